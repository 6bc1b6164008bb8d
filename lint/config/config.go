// Package config reads .dpa-lint.yaml, the per-directory settings of `dpa lint`:
// which requirements to skip or re-level, the risk profile, which files to lint
// and which levels fail the run.
//
// A file is governed by the nearest .dpa-lint.yaml found walking up from its
// directory; the search stops at the directory that holds .git (the repository
// root) or at the root of the file system. Configurations are not merged: the
// nearest file is the whole configuration, so what applies can be read in one place.
package config

import (
	"errors"
	"fmt"
	"strings"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/internal/nearest"
	"github.com/dpatool/dpa/internal/yamlerr"
	"gopkg.in/yaml.v3"
)

// FileName is the name looked for in each directory.
const FileName = ".dpa-lint.yaml"

// MaxSize bounds a configuration file; a real one is a few hundred bytes.
const MaxSize = 1 << 20

// Off is the level that disables a requirement, like listing it under disable.
const Off clauses.Level = "off"

// Switch is a profile setting: on, off, or detected from the contract's text.
type Switch string

const (
	Auto Switch = "auto"
	On   Switch = "true"
	No   Switch = "false"
)

// Profile forces or leaves to detection the facts that make risk requirements apply.
type Profile struct {
	SpecialCategories Switch
	Migration         Switch
}

// Config is one parsed .dpa-lint.yaml. The zero value (from Default) changes nothing.
type Config struct {
	// Path is the file the configuration came from, as given to Parse; empty for Default.
	Path string
	// Dir is the slash-separated directory include and exclude patterns are
	// relative to (the directory of Path).
	Dir     string
	Disable []string
	// Levels overrides a requirement's level; Off disables it.
	Levels  map[string]clauses.Level
	Profile Profile
	Include []string
	Exclude []string
	// FailOn is the set of levels whose weak or missing requirements fail the run;
	// nil when the file does not say (the CLI default then applies), empty for "none".
	FailOn []clauses.Level
}

// Default is the configuration of a file with no .dpa-lint.yaml above it.
func Default() *Config {
	return &Config{Profile: Profile{SpecialCategories: Auto, Migration: Auto}}
}

// Error is a problem in a configuration file, at a line and column.
type Error struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *Error) Error() string {
	if e.Line == 0 {
		return e.File + ": " + e.Msg
	}
	if e.Col == 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// Parse reads a configuration. name is used in error messages and to set Path and
// Dir; every problem found is reported, each as an *Error joined with errors.Join.
func Parse(name string, data []byte) (*Config, error) {
	c := Default()
	c.Path = name
	c.Dir = dirOf(name)
	if len(data) > MaxSize {
		return nil, &Error{File: name, Msg: fmt.Sprintf("configuration is %d bytes, over the %d byte limit", len(data), MaxSize)}
	}
	var root yaml.Node
	if err := yaml.Unmarshal(data, &root); err != nil {
		return nil, yamlError(name, data, err)
	}
	if root.Kind == 0 || len(root.Content) == 0 {
		return c, nil // an empty file is a valid configuration that changes nothing
	}
	p := parser{file: name}
	doc := root.Content[0]
	if doc.Kind == yaml.ScalarNode && doc.Tag == "!!null" {
		return c, nil
	}
	if doc.Kind != yaml.MappingNode {
		p.errorf(doc, "expected a mapping of settings (disable, levels, profile, include, exclude, fail_on), got %s", yamlerr.Describe(doc))
		return nil, p.err()
	}
	seen := map[string]bool{}
	for i := 0; i+1 < len(doc.Content); i += 2 {
		k, v := doc.Content[i], doc.Content[i+1]
		if seen[k.Value] {
			p.errorf(k, "%s is set twice", k.Value)
			continue
		}
		seen[k.Value] = true
		switch k.Value {
		case "disable":
			c.Disable = p.ids(v, "disable")
		case "levels":
			c.Levels = p.levels(v)
		case "profile":
			c.Profile = p.profile(v)
		case "include":
			c.Include = p.globs(v, "include")
		case "exclude":
			c.Exclude = p.globs(v, "exclude")
		case "fail_on":
			c.FailOn = p.failOn(v)
		default:
			hint := nearest.DidYouMean(k.Value, []string{"disable", "levels", "profile", "include", "exclude", "fail_on"})
			if hint == "" {
				hint = " (want disable, levels, profile, include, exclude or fail_on)"
			}
			p.errorf(k, "unknown setting %q%s", k.Value, hint)
		}
	}
	if err := p.err(); err != nil {
		return nil, err
	}
	return c, nil
}

// Enabled reports whether requirement id is linted under this configuration, and
// at which level (def is the catalogue's level).
func (c *Config) Enabled(id string, def clauses.Level) (clauses.Level, bool) {
	for _, d := range c.Disable {
		if d == id {
			return def, false
		}
	}
	if l, ok := c.Levels[id]; ok {
		if l == Off {
			return def, false
		}
		return l, true
	}
	return def, true
}

// Selects reports whether a file found by walking a directory is to be linted:
// it must match an include pattern (when there are any) and no exclude pattern.
// name is the file's path in the same form as the name given to Parse; patterns
// are matched against its part below c.Dir.
func (c *Config) Selects(name string) bool {
	r := rel(c.Dir, strings.ReplaceAll(name, "\\", "/"))
	if len(c.Include) > 0 {
		in := false
		for _, p := range c.Include {
			if MatchGlob(p, r) {
				in = true
				break
			}
		}
		if !in {
			return false
		}
	}
	for _, p := range c.Exclude {
		if MatchGlob(p, r) {
			return false
		}
	}
	return true
}

// ParseFailOn reads a --fail-on value: a comma-separated list of levels, or "none".
func ParseFailOn(s string) ([]clauses.Level, error) {
	s = strings.TrimSpace(s)
	if s == "none" {
		return []clauses.Level{}, nil
	}
	var out []clauses.Level
	for _, part := range strings.Split(s, ",") {
		l, err := failLevel(strings.TrimSpace(part))
		if err != nil {
			return nil, err
		}
		out = appendLevel(out, l)
	}
	return out, nil
}

var levelNames = []string{string(clauses.Mandatory), string(clauses.Expected), string(clauses.Risk)}

func failLevel(s string) (clauses.Level, error) {
	for _, l := range levelNames {
		if s == l {
			return clauses.Level(s), nil
		}
	}
	return "", fmt.Errorf("unknown level %q%s (want mandatory, expected, risk, a comma-separated list of them, or none)", s, nearest.DidYouMean(s, append(levelNames, "none")))
}

func appendLevel(ls []clauses.Level, l clauses.Level) []clauses.Level {
	for _, have := range ls {
		if have == l {
			return ls
		}
	}
	return append(ls, l)
}

type parser struct {
	file string
	errs []error
}

func (p *parser) errorf(n *yaml.Node, format string, args ...any) {
	p.errs = append(p.errs, &Error{File: p.file, Line: n.Line, Col: n.Column, Msg: fmt.Sprintf(format, args...)})
}

func (p *parser) err() error { return errors.Join(p.errs...) }

// list accepts a YAML sequence of scalars, or a single scalar as a one-item list.
func (p *parser) list(v *yaml.Node, key string) []*yaml.Node {
	switch v.Kind {
	case yaml.SequenceNode:
		var out []*yaml.Node
		for _, item := range v.Content {
			if item.Kind != yaml.ScalarNode {
				p.errorf(item, "%s: expected a string, got %s", key, yamlerr.Describe(item))
				continue
			}
			out = append(out, item)
		}
		return out
	case yaml.ScalarNode:
		if v.Tag == "!!null" {
			return nil
		}
		return []*yaml.Node{v}
	}
	p.errorf(v, "%s: expected a list, got %s", key, yamlerr.Describe(v))
	return nil
}

func (p *parser) ids(v *yaml.Node, key string) []string {
	var out []string
	for _, n := range p.list(v, key) {
		if p.checkID(n, key) {
			out = append(out, n.Value)
		}
	}
	return out
}

func (p *parser) checkID(n *yaml.Node, key string) bool {
	if _, ok := clauses.Lookup(n.Value); ok {
		return true
	}
	hint := nearest.DidYouMean(n.Value, clauses.IDs())
	if hint == "" {
		hint = " (dpa rules lists them)"
	}
	p.errorf(n, "%s: unknown requirement id %q%s", key, n.Value, hint)
	return false
}

func (p *parser) levels(v *yaml.Node) map[string]clauses.Level {
	if v.Kind != yaml.MappingNode {
		p.errorf(v, "levels: expected a mapping of requirement id to level, got %s", yamlerr.Describe(v))
		return nil
	}
	out := map[string]clauses.Level{}
	names := append(append([]string{}, levelNames...), string(Off))
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		if !p.checkID(k, "levels") {
			continue
		}
		if _, dup := out[k.Value]; dup {
			p.errorf(k, "levels: %s is set twice", k.Value)
			continue
		}
		// YAML reads a bare off as the boolean false; accept it as the level off.
		value := val.Value
		if val.Kind == yaml.ScalarNode && val.Tag == "!!bool" && strings.EqualFold(value, "off") {
			value = string(Off)
		}
		ok := val.Kind == yaml.ScalarNode
		if ok {
			ok = false
			for _, n := range names {
				if value == n {
					ok = true
				}
			}
		}
		if !ok {
			p.errorf(val, "levels.%s: expected mandatory, expected, risk or off, got %s%s", k.Value, yamlerr.Describe(val), nearest.DidYouMean(val.Value, names))
			continue
		}
		out[k.Value] = clauses.Level(value)
	}
	return out
}

func (p *parser) profile(v *yaml.Node) Profile {
	pr := Profile{SpecialCategories: Auto, Migration: Auto}
	if v.Kind != yaml.MappingNode {
		p.errorf(v, "profile: expected a mapping with special_categories and migration, got %s", yamlerr.Describe(v))
		return pr
	}
	keys := []string{"special_categories", "migration"}
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		var dst *Switch
		switch k.Value {
		case "special_categories":
			dst = &pr.SpecialCategories
		case "migration":
			dst = &pr.Migration
		default:
			p.errorf(k, "profile: unknown setting %q%s (want special_categories or migration)", k.Value, nearest.DidYouMean(k.Value, keys))
			continue
		}
		s, ok := toSwitch(val)
		if !ok {
			p.errorf(val, "profile.%s: expected true, false or auto, got %s", k.Value, yamlerr.Describe(val))
			continue
		}
		*dst = s
	}
	return pr
}

func toSwitch(n *yaml.Node) (Switch, bool) {
	if n.Kind != yaml.ScalarNode {
		return "", false
	}
	switch strings.ToLower(n.Value) {
	case "auto":
		return Auto, true
	case "true", "yes", "on":
		return On, n.Tag == "!!bool" || n.Value == "true"
	case "false", "no", "off":
		return No, n.Tag == "!!bool" || n.Value == "false"
	}
	return "", false
}

func (p *parser) globs(v *yaml.Node, key string) []string {
	var out []string
	for _, n := range p.list(v, key) {
		if err := CheckGlob(n.Value); err != nil {
			p.errorf(n, "%s: %v", key, err)
			continue
		}
		out = append(out, n.Value)
	}
	return out
}

func (p *parser) failOn(v *yaml.Node) []clauses.Level {
	out := []clauses.Level{}
	items := p.list(v, "fail_on")
	if len(items) == 1 && items[0].Value == "none" {
		return out
	}
	for _, n := range items {
		// "mandatory,risk" as one string reads like the --fail-on flag; allow it.
		for _, part := range strings.Split(n.Value, ",") {
			l, err := failLevel(strings.TrimSpace(part))
			if err != nil {
				p.errorf(n, "fail_on: %v", err)
				continue
			}
			out = appendLevel(out, l)
		}
	}
	return out
}

// yamlError places a syntax error at the line and column of the mistake.
func yamlError(name string, data []byte, err error) error {
	p := yamlerr.Locate(data, err)
	return &Error{File: name, Line: p.Line, Col: p.Col, Msg: "invalid YAML: " + p.Msg}
}

func dirOf(name string) string {
	name = strings.ReplaceAll(name, "\\", "/")
	i := strings.LastIndex(name, "/")
	if i < 0 {
		return "."
	}
	if i == 0 {
		return "/"
	}
	return name[:i]
}
