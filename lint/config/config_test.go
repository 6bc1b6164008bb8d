package config

import (
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dpatool/dpa/clauses"
)

func TestParse(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want *Config
	}{
		{"empty", "", Default()},
		{"comment only", "# nothing yet\n", Default()},
		{"full", `
disable: [subprocessor-list, breach-details]
levels:
  encryption: mandatory
  audits: expected
  logging-monitoring: off
profile:
  special_categories: true
  migration: auto
include: ["contracts/**/*.md", "*.pdf"]
exclude: [drafts/]
fail_on: [mandatory, expected]
`, &Config{
			Disable: []string{"subprocessor-list", "breach-details"},
			Levels:  map[string]clauses.Level{"encryption": clauses.Mandatory, "audits": clauses.Expected, "logging-monitoring": Off},
			Profile: Profile{SpecialCategories: On, Migration: Auto},
			Include: []string{"contracts/**/*.md", "*.pdf"},
			Exclude: []string{"drafts/"},
			FailOn:  []clauses.Level{clauses.Mandatory, clauses.Expected},
		}},
		{"scalars as one-item lists", "disable: audits\nfail_on: mandatory,risk\n", &Config{
			Disable: []string{"audits"},
			Profile: Profile{SpecialCategories: Auto, Migration: Auto},
			FailOn:  []clauses.Level{clauses.Mandatory, clauses.Risk},
		}},
		{"fail_on none", "fail_on: none\nprofile: {migration: false}\n", &Config{
			Profile: Profile{SpecialCategories: Auto, Migration: No},
			FailOn:  []clauses.Level{},
		}},
		{"quoted off", "levels: {audits: \"off\"}\n", &Config{
			Levels:  map[string]clauses.Level{"audits": Off},
			Profile: Profile{SpecialCategories: Auto, Migration: Auto},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Parse("repo/.dpa-lint.yaml", []byte(tt.in))
			if err != nil {
				t.Fatal(err)
			}
			tt.want.Path, tt.want.Dir = "repo/.dpa-lint.yaml", "repo"
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("got  %+v\nwant %+v", got, tt.want)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, in string
		want     []string // every message expected, in order
	}{
		{"unknown key", "disabel: [audits]\n", []string{`c.yaml:1:1: unknown setting "disabel" (did you mean "disable"?)`}},
		{"unknown key far", "colour: red\n", []string{`c.yaml:1:1: unknown setting "colour" (want disable`}},
		{"bad id", "disable: [audit, breach-notificaton]\n", []string{
			`c.yaml:1:11: disable: unknown requirement id "audit" (did you mean "audits"?)`,
			`c.yaml:1:18: disable: unknown requirement id "breach-notificaton" (did you mean "breach-notification"?)`,
		}},
		{"bad level", "levels:\n  audits: mandatroy\n", []string{`c.yaml:2:11: levels.audits: expected mandatory, expected, risk or off, got the string "mandatroy" (did you mean "mandatory"?)`}},
		{"bad level id", "levels:\n  audit: risk\n", []string{`c.yaml:2:3: levels: unknown requirement id "audit" (did you mean "audits"?)`}},
		{"levels not a map", "levels: [audits]\n", []string{`c.yaml:1:9: levels: expected a mapping of requirement id to level, got a list`}},
		{"profile key", "profile:\n  special: true\n", []string{`c.yaml:2:3: profile: unknown setting "special" (want special_categories or migration)`}},
		{"profile key typo", "profile:\n  migraton: true\n", []string{`c.yaml:2:3: profile: unknown setting "migraton" (did you mean "migration"?)`}},
		{"profile value", "profile:\n  migration: maybe\n", []string{`c.yaml:2:14: profile.migration: expected true, false or auto, got the string "maybe"`}},
		{"fail_on", "fail_on: [mandatory, expectd]\n", []string{`c.yaml:1:22: fail_on: unknown level "expectd" (did you mean "expected"?)`}},
		{"glob", "include: [\"[a-\"]\n", []string{`c.yaml:1:11: include: pattern "[a-": syntax error in pattern`}},
		{"glob star", "exclude: [\"docs/**x/*.md\"]\n", []string{`c.yaml:1:11: exclude: pattern "docs/**x/*.md": ** must be a whole path segment`}},
		{"list of maps", "disable:\n  - {id: audits}\n", []string{`c.yaml:2:5: disable: expected a string, got a mapping`}},
		{"twice", "disable: [audits]\ndisable: [transfers]\n", []string{`c.yaml:2:1: disable is set twice`}},
		{"not a mapping", "- audits\n", []string{`c.yaml:1:1: expected a mapping of settings`}},
		{"syntax", "disable: [audits\n", []string{`c.yaml:`, `invalid YAML`}},
		{"tab", "levels:\n\taudits: off\n", []string{`c.yaml:2:1: invalid YAML: a tab character here; YAML indents with spaces, not tabs`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Parse("c.yaml", []byte(tt.in))
			if err == nil {
				t.Fatal("no error")
			}
			msg := err.Error()
			for _, w := range tt.want {
				if !strings.Contains(msg, w) {
					t.Errorf("error\n  %s\ndoes not contain\n  %s", msg, w)
				}
			}
			var ce *Error
			if !errors.As(err, &ce) {
				t.Errorf("error %T is not a *config.Error", err)
			}
		})
	}
}

func TestParseTooLarge(t *testing.T) {
	_, err := Parse("big.yaml", make([]byte, MaxSize+1))
	if err == nil || !strings.Contains(err.Error(), "big.yaml: configuration is") {
		t.Fatalf("err = %v", err)
	}
}

func TestEnabled(t *testing.T) {
	c, err := Parse(".dpa-lint.yaml", []byte("disable: [audits]\nlevels: {encryption: mandatory, transfers: off}\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		id      string
		def     clauses.Level
		want    clauses.Level
		enabled bool
	}{
		{"audits", clauses.Mandatory, clauses.Mandatory, false},
		{"transfers", clauses.Mandatory, clauses.Mandatory, false},
		{"encryption", clauses.Risk, clauses.Mandatory, true},
		{"duration", clauses.Mandatory, clauses.Mandatory, true},
	}
	for _, tt := range tests {
		l, ok := c.Enabled(tt.id, tt.def)
		if l != tt.want || ok != tt.enabled {
			t.Errorf("Enabled(%s) = %s, %v; want %s, %v", tt.id, l, ok, tt.want, tt.enabled)
		}
	}
}

func TestParseFailOn(t *testing.T) {
	tests := []struct {
		in   string
		want []clauses.Level
		err  string
	}{
		{"mandatory", []clauses.Level{clauses.Mandatory}, ""},
		{"mandatory,risk", []clauses.Level{clauses.Mandatory, clauses.Risk}, ""},
		{" risk , mandatory,risk", []clauses.Level{clauses.Risk, clauses.Mandatory}, ""},
		{"none", []clauses.Level{}, ""},
		{"mandatory,none", nil, `unknown level "none"`},
		{"mandtory", nil, `unknown level "mandtory" (did you mean "mandatory"?)`},
		{"", nil, `unknown level ""`},
	}
	for _, tt := range tests {
		got, err := ParseFailOn(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseFailOn(%q) err = %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || !reflect.DeepEqual(got, tt.want) {
			t.Errorf("ParseFailOn(%q) = %v, %v; want %v", tt.in, got, err, tt.want)
		}
	}
}

func TestMatchGlob(t *testing.T) {
	tests := []struct {
		pattern, name string
		want          bool
	}{
		{"*.pdf", "a.pdf", true},
		{"*.pdf", "x/y/a.pdf", true},
		{"*.pdf", "a.pdf.md", false},
		{"contracts/*.md", "contracts/a.md", true},
		{"contracts/*.md", "contracts/sub/a.md", false},
		{"contracts/*.md", "other/contracts/a.md", false},
		{"contracts/**/*.md", "contracts/a.md", true},
		{"contracts/**/*.md", "contracts/x/y/a.md", true},
		{"**/drafts/**", "drafts/a.md", true},
		{"**/drafts/**", "x/drafts/y/a.md", true},
		{"**/drafts/**", "x/drafted/a.md", false},
		{"drafts/", "drafts/a.md", true},
		{"drafts/", "drafts/x/a.md", true},
		{"drafts/", "x/drafts/a.md", false},
		{"./a.md", "a.md", true},
		{"a.md", "./a.md", true},
		{"**", "anything/at/all", true},
		{"**/**/a/**/b", "a/b", true},
		{"**/**/a/**/b", "x/a/y/z/b", true},
		{"**/**/a/**/b", "x/a/y/z/c", false},
		{"vendor-?.txt", "vendor-1.txt", true},
		{"vendor-[0-9].txt", "vendor-x.txt", false},
		{"[", "[", false},
	}
	paths := []struct {
		pattern, name string
		want          bool
	}{
		{"*.md", "a.md", true},
		{"*.md", "x/a.md", false},
		{"x/**/*.md", "x/a.md", true},
		{"x/**/*.md", "x/y/z/a.md", true},
		{"x/**", "x/y/z/a.md", true},
		{"./x/*.md", "x/a.md", true},
	}
	for _, tt := range paths {
		if got := MatchPath(tt.pattern, tt.name); got != tt.want {
			t.Errorf("MatchPath(%q, %q) = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
	for _, tt := range tests {
		if got := MatchGlob(tt.pattern, tt.name); got != tt.want {
			t.Errorf("MatchGlob(%q, %q) = %v, want %v", tt.pattern, tt.name, got, tt.want)
		}
	}
}

func TestSelects(t *testing.T) {
	c, err := Parse("repo/.dpa-lint.yaml", []byte("include: [\"contracts/**\"]\nexclude: [\"*.txt\", \"contracts/old/\"]\n"))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		want bool
	}{
		{"repo/contracts/a.md", true},
		{"repo/contracts/sub/b.pdf", true},
		{"repo/contracts/notes.txt", false},
		{"repo/contracts/old/a.md", false},
		{"repo/other/a.md", false},
		{"repo/a.md", false},
	}
	for _, tt := range tests {
		if got := c.Selects(tt.name); got != tt.want {
			t.Errorf("Selects(%q) = %v, want %v", tt.name, got, tt.want)
		}
	}
	if !Default().Selects("anything/at/all.md") {
		t.Error("the default configuration must select every file")
	}
}

func TestLoaderNearestWins(t *testing.T) {
	fsys := fstest.MapFS{
		"home/.dpa-lint.yaml":               {Data: []byte("disable: [audits]\n")},
		"home/repo/.git/HEAD":               {Data: []byte("ref: main\n")},
		"home/repo/a.md":                    {},
		"home/repo/legal/.dpa-lint.yaml":    {Data: []byte("disable: [transfers]\n")},
		"home/repo/legal/b.md":              {},
		"home/repo/legal/deep/er/c.md":      {},
		"home/other/d.md":                   {},
		"home/repo/bad/.dpa-lint.yaml":      {Data: []byte("disable: [nope]\n")},
		"home/repo/bad/e.md":                {},
		"home/repo/dir/.dpa-lint.yaml/x.md": {},
	}
	l := &Loader{FS: fsys, Display: func(p string) string { return "/" + p }}
	tests := []struct {
		file    string
		path    string // "" = Default
		disable []string
		err     string
	}{
		{"home/repo/a.md", "", nil, ""}, // .git stops the search before home/
		{"home/repo/legal/b.md", "/home/repo/legal/.dpa-lint.yaml", []string{"transfers"}, ""},
		{"home/repo/legal/deep/er/c.md", "/home/repo/legal/.dpa-lint.yaml", []string{"transfers"}, ""},
		{"home/other/d.md", "/home/.dpa-lint.yaml", []string{"audits"}, ""},
		{"home/repo/bad/e.md", "", nil, `/home/repo/bad/.dpa-lint.yaml:1:11: disable: unknown requirement id "nope"`},
		{"home/repo/dir/f.md", "", nil, "/home/repo/dir/.dpa-lint.yaml: is a directory"},
	}
	for _, tt := range tests {
		c, err := l.For(tt.file)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("For(%s) err = %v, want %q", tt.file, err, tt.err)
			}
			continue
		}
		if err != nil {
			t.Errorf("For(%s): %v", tt.file, err)
			continue
		}
		if c.Path != tt.path || !reflect.DeepEqual(c.Disable, tt.disable) {
			t.Errorf("For(%s) = %s %v, want %s %v", tt.file, c.Path, c.Disable, tt.path, tt.disable)
		}
	}
	// Patterns are relative to the configuration's directory, in FS paths.
	sel := fstest.MapFS{
		"r/.dpa-lint.yaml": {Data: []byte("exclude: [\"old/**\"]\n")},
		"r/old/a.md":       {},
		"r/new/old/b.md":   {},
	}
	sl := &Loader{FS: sel}
	for name, want := range map[string]bool{"r/old/a.md": false, "r/new/old/b.md": true} {
		c, err := sl.For(name)
		if err != nil {
			t.Fatal(err)
		}
		if got := c.Selects(name); got != want {
			t.Errorf("Selects(%s) = %v, want %v", name, got, want)
		}
	}
	// Cached: the same *Config for files sharing a directory chain.
	a, _ := l.For("home/repo/legal/b.md")
	b, _ := l.For("home/repo/legal/deep/er/c.md")
	if a != b {
		t.Error("two files under one configuration got two parses")
	}
}

// deniedFS refuses to open anything under deny, as an unreadable directory does.
type deniedFS struct {
	fstest.MapFS
	deny string
}

func (d deniedFS) Open(name string) (fs.File, error) {
	if strings.HasPrefix(name, d.deny) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrPermission}
	}
	return d.MapFS.Open(name)
}

func TestLoaderUnreadableDirectory(t *testing.T) {
	fsys := deniedFS{MapFS: fstest.MapFS{
		".dpa-lint.yaml":      {Data: []byte("disable: [audits]\n")},
		"locked/x/a.md":       {},
		"locked/x/y/b.md":     {},
		"open/.dpa-lint.yaml": {Data: []byte("disable: [audits]\n")},
	}, deny: "locked/x/.dpa-lint.yaml"}
	// The search stops at the directory it may not read: no error, no configuration
	// from above it.
	c, err := (&Loader{FS: fsys}).For("locked/x/a.md")
	if err != nil || c.Path != "" {
		t.Fatalf("For under an unreadable directory = %+v, %v; want the default", c, err)
	}
	// A configuration file that exists but cannot be read is an error.
	fsys.deny = "open/.dpa-lint.yaml"
	fsys.MapFS["open/z.md"] = &fstest.MapFile{}
	if _, err := (&Loader{FS: fsys}).For("open/z.md"); err == nil || !errors.Is(err, fs.ErrPermission) {
		t.Fatalf("unreadable configuration: err = %v", err)
	}
}

func TestLoad(t *testing.T) {
	fsys := fstest.MapFS{"ci/lint.yaml": {Data: []byte("fail_on: none\n")}}
	c, err := Load(fsys, "ci/lint.yaml", "ci/lint.yaml")
	if err != nil || c.FailOn == nil || len(c.FailOn) != 0 || c.Dir != "ci" {
		t.Fatalf("Load = %+v, %v", c, err)
	}
	if _, err := Load(fsys, "ci/missing.yaml", "ci/missing.yaml"); err == nil || !strings.HasPrefix(err.Error(), "ci/missing.yaml: ") {
		t.Fatalf("missing file: err = %v", err)
	}
}

// FuzzConfig: any input parses or fails with a positioned *Error, never a panic.
func FuzzConfig(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("testdata", "seed", "*.yaml"))
	for _, s := range seeds {
		data, err := os.ReadFile(s)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte("disable: [audits]\nlevels: {encryption: off}\n"))
	f.Add([]byte("include: ['**/**/x/**']\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Parse("f.yaml", data)
		if err != nil {
			var ce *Error
			if !errors.As(err, &ce) {
				t.Fatalf("error %T %v is not a *config.Error", err, err)
			}
			if !strings.HasPrefix(err.Error(), "f.yaml") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		for _, p := range append(c.Include, c.Exclude...) {
			MatchGlob(p, "a/b/c/d/e/f/g.md")
		}
	})
}

func BenchmarkMatchGlob(b *testing.B) {
	for b.Loop() {
		MatchGlob("**/contracts/**/drafts/**/*.md", "a/b/contracts/c/d/e/drafts/f/g/h/i.md")
	}
}

// FuzzMatchPath checks MatchPath against path.Match, which it must agree with on
// patterns without ** (and without classes or escapes, whose handling of / differs).
func FuzzMatchPath(f *testing.F) {
	f.Add("contracts/*.md", "contracts/a.md")
	f.Add("*/x?.pdf", "a/x1.pdf")
	f.Add("a/*/c", "a/b/d")
	f.Fuzz(func(t *testing.T, pattern, name string) {
		if strings.ContainsAny(pattern, "[\\") || strings.Contains(pattern, "**") ||
			path.Clean(pattern) != pattern || path.Clean(name) != name {
			return
		}
		want, err := path.Match(pattern, name)
		if err != nil {
			return
		}
		if got := MatchPath(pattern, name); got != want {
			t.Fatalf("MatchPath(%q, %q) = %v, path.Match says %v", pattern, name, got, want)
		}
		// ** in front of a pattern matches it at any depth.
		if deep := "x/y/" + name; want && path.Clean(deep) == deep && !MatchPath("**/"+pattern, deep) {
			t.Fatalf("MatchPath(**/%q, x/y/%q) = false", pattern, name)
		}
	})
}
