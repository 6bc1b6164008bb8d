package contract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"path"
	"reflect"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/diag"
	"github.com/dpatool/dpa/internal/nearest"
	"github.com/dpatool/dpa/internal/yamlerr"
	"gopkg.in/yaml.v3"
)

// MaxSize is the largest input Load accepts. A real contract description is a few
// kilobytes; anything this big is a wrong file, and refusing it early keeps a
// mistaken `dpa validate huge.log` from eating memory.
const MaxSize = 10 << 20

// ErrTooLarge is returned (wrapped) for input over MaxSize.
var ErrTooLarge = errors.New("file too large")

// maxVisits bounds the nodes the decoder walks, so alias bombs ("billion laughs")
// fail fast instead of expanding. A real contract has a few hundred nodes.
const maxVisits = 1 << 20

// Source remembers where each field of a loaded contract came from, so that
// validation findings can point at file:line:col.
type Source struct {
	// File is the name the contract was loaded under.
	File string
	pos  map[string]diag.Position
}

// Has reports whether the input named field explicitly (even with an empty value).
func (s *Source) Has(field string) bool {
	if s == nil {
		return false
	}
	_, ok := s.pos[field]
	return ok
}

// Pos returns the position of field, or of its nearest ancestor present in the
// input when the field itself is missing (a missing field is reported at the
// mapping that should hold it). A nil Source yields positions with no file.
func (s *Source) Pos(field string) diag.Position {
	if s == nil {
		return diag.Position{}
	}
	for f := field; f != ""; f = parentPath(f) {
		if p, ok := s.pos[f]; ok {
			return p
		}
	}
	return diag.Position{File: s.File, Line: 1, Col: 1}
}

// parentPath strips the last ".name" or "[i]" from a field path.
func parentPath(f string) string {
	i := strings.LastIndexAny(f, ".[")
	if i < 0 {
		return ""
	}
	return f[:i]
}

// LoadError is every problem found while loading one input: syntax, types, unknown
// or duplicate keys. Each entry is a positioned error diagnostic.
type LoadError struct {
	Diagnostics []diag.Diagnostic
}

func (e *LoadError) Error() string {
	var b strings.Builder
	for i, d := range e.Diagnostics {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s:%d:%d: %s", d.Pos.File, d.Pos.Line, d.Pos.Col, d.Message)
	}
	return b.String()
}

// Load parses a contract from data (YAML, or JSON, which is YAML too). name is used
// in positions and to resolve subprocessors.list_file, which is read through open
// (paths are slash-separated and relative to name's directory; open may be nil when
// no other file may be read).
//
// The error is a *LoadError when the content is wrong (with positions for each
// problem), or wraps ErrTooLarge when data exceeds MaxSize. Load never panics.
func Load(name string, data []byte, open func(path string) ([]byte, error)) (*Contract, *Source, error) {
	src := &Source{File: name, pos: map[string]diag.Position{}}
	l := &loader{src: src, file: name}
	root, err := l.parse(data, "a mapping of contract fields (run `dpa init` for a starter)")
	if err != nil {
		return nil, nil, err
	}
	if root != nil && root.Kind != yaml.MappingNode {
		l.errAt(l.nodePos(root), "", "expected a mapping of contract fields at the top level, got %s", yamlerr.Describe(root))
		root = nil
	}
	if root == nil {
		return nil, nil, &LoadError{Diagnostics: l.errs}
	}
	var c Contract
	l.decode(root, reflect.ValueOf(&c).Elem(), "")
	if len(l.errs) == 0 && c.Subprocessors.ListFile != "" {
		l.loadListFile(&c, open)
	}
	if len(l.errs) > 0 {
		return nil, nil, &LoadError{Diagnostics: l.errs}
	}
	return &c, src, nil
}

// loader walks a yaml.Node tree against the model's Go types, filling the value and
// recording positions. It checks kinds itself (instead of yaml.Node.Decode) so that
// every error names the field path and what was expected, and so that unknown and
// duplicate keys are caught, which yaml.v3's decoder does not do for us with positions.
type loader struct {
	src    *Source
	file   string
	errs   []diag.Diagnostic
	visits int
}

// parse checks the raw bytes and returns the root node, or nil after recording why
// there is none. what names the expected top level ("a mapping of contract fields").
func (l *loader) parse(data []byte, what string) (root *yaml.Node, err error) {
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%s: %d bytes is over the %d MB limit: %w", l.file, len(data), MaxSize>>20, ErrTooLarge)
	}
	if i := bytes.IndexByte(data, 0); i >= 0 || !utf8.Valid(data) {
		if i < 0 {
			i = invalidUTF8At(data)
		}
		line, col := lineCol(data, i)
		l.errAt(diag.Position{File: l.file, Line: line, Col: col}, "",
			"not a text file: binary or non-UTF-8 content at byte %d; expected YAML or JSON", i)
		return nil, nil
	}
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf")) // a BOM from Windows editors is harmless
	defer func() {
		// yaml.v3 has panicked on hostile input in the past; a panic here is a bad
		// file, not a crash.
		if r := recover(); r != nil {
			l.errAt(diag.Position{File: l.file, Line: 1, Col: 1}, "", "not valid YAML: %v", r)
			root, err = nil, nil
		}
	}()
	empty := func() {
		l.errAt(diag.Position{File: l.file, Line: 1, Col: 1}, "", "empty file: expected %s", what)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if errors.Is(err, io.EOF) {
			empty()
			return nil, nil
		}
		l.yamlErr(data, err)
		return nil, nil
	}
	var extra yaml.Node
	if err := dec.Decode(&extra); err == nil {
		l.errAt(diag.Position{File: l.file, Line: extra.Line, Col: extra.Column}, "", "a second YAML document starts here; expected exactly one")
		return nil, nil
	} else if !errors.Is(err, io.EOF) {
		l.yamlErr(data, err)
		return nil, nil
	}
	if len(doc.Content) == 0 || isNull(doc.Content[0]) {
		empty()
		return nil, nil
	}
	return doc.Content[0], nil
}

// yamlErr reports a syntax error at the line and column of the mistake.
func (l *loader) yamlErr(data []byte, err error) {
	p := yamlerr.Locate(data, err)
	line, col := p.Line, p.Col
	if line == 0 {
		line, col = 1, 1
	}
	l.errAt(diag.Position{File: l.file, Line: line, Col: col}, "", "not valid YAML: %s", p.Msg)
}

func (l *loader) errAt(pos diag.Position, field, format string, args ...any) {
	msg := fmt.Sprintf(format, args...)
	if field != "" {
		msg = field + ": " + msg
	}
	// Unreadable input is reported as "input", not under the requirement the field
	// serves: the requirement cannot be judged until the file says what it means.
	l.errs = append(l.errs, diag.Diagnostic{
		Pos: pos, ID: InputID, Level: string(clauses.Mandatory),
		Severity: diag.Error, Field: field, Message: msg,
	})
}

func (l *loader) nodePos(n *yaml.Node) diag.Position {
	return diag.Position{File: l.file, Line: n.Line, Col: n.Column}
}

func joinPath(base, key string) string {
	if base == "" {
		return key
	}
	return base + "." + key
}

// decode fills v from n. field is the path of v, already recorded by the caller.
func (l *loader) decode(n *yaml.Node, v reflect.Value, field string) {
	l.visits++
	if l.visits > maxVisits {
		if l.visits == maxVisits+1 {
			l.errAt(l.nodePos(n), field, "too many nodes (more than %d, likely an alias bomb)", maxVisits)
		}
		return
	}
	if n.Kind == yaml.AliasNode && n.Alias != nil {
		n = n.Alias
	}
	if isNull(n) {
		return // an empty value leaves the zero value; validation says if it was required
	}
	switch v.Kind() {
	case reflect.Pointer:
		p := reflect.New(v.Type().Elem())
		l.decode(n, p.Elem(), field)
		v.Set(p)
	case reflect.Struct:
		l.decodeStruct(n, v, field)
	case reflect.Slice:
		if n.Kind != yaml.SequenceNode {
			l.errAt(l.nodePos(n), field, "expected %s, got %s", expect(v.Type()), yamlerr.Describe(n))
			return
		}
		s := reflect.MakeSlice(v.Type(), len(n.Content), len(n.Content))
		for i, item := range n.Content {
			p := fmt.Sprintf("%s[%d]", field, i)
			l.src.pos[p] = l.nodePos(item)
			l.decode(item, s.Index(i), p)
		}
		v.Set(s)
	case reflect.String:
		if n.Kind != yaml.ScalarNode {
			l.errAt(l.nodePos(n), field, "expected %s, got %s", expect(v.Type()), yamlerr.Describe(n))
			return
		}
		// Any scalar reads as text: an unquoted date or number is what the user meant.
		v.SetString(n.Value)
	case reflect.Int:
		var i int64
		if n.Kind == yaml.ScalarNode && (n.Tag == "!!int" || n.Tag == "!!float") && isDigits(strings.TrimPrefix(n.Value, "-")) && n.Decode(&i) != nil {
			// yaml.v3 resolves an integer beyond 64 bits as a float; say what is wrong.
			l.errAt(l.nodePos(n), field, "the number %s is too large", n.Value)
			return
		}
		if n.Kind != yaml.ScalarNode || n.Tag != "!!int" || n.Decode(&i) != nil {
			l.errAt(l.nodePos(n), field, "expected %s, got %s", expect(v.Type()), yamlerr.Describe(n))
			return
		}
		v.SetInt(i)
	case reflect.Bool:
		if n.Kind != yaml.ScalarNode || n.Tag != "!!bool" {
			l.errAt(l.nodePos(n), field, "expected %s, got %s", expect(v.Type()), yamlerr.Describe(n))
			return
		}
		var b bool
		if err := n.Decode(&b); err != nil {
			l.errAt(l.nodePos(n), field, "expected %s, got %s", expect(v.Type()), yamlerr.Describe(n))
			return
		}
		v.SetBool(b)
	default:
		// The model only uses the kinds above; a new kind is a defect caught by tests.
		l.errAt(l.nodePos(n), field, "internal: unsupported field type %s", v.Type())
	}
}

func (l *loader) decodeStruct(n *yaml.Node, v reflect.Value, field string) {
	if n.Kind != yaml.MappingNode {
		l.errAt(l.nodePos(n), field, "expected %s, got %s", expect(v.Type()), yamlerr.Describe(n))
		return
	}
	fields := structFields(v.Type())
	seen := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, val := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			l.errAt(l.nodePos(k), field, "expected a field name, got %s", yamlerr.Describe(k))
			continue
		}
		key := k.Value
		if key == "<<" {
			l.errAt(l.nodePos(k), field, "merge keys (<<) are not supported; write the fields out")
			continue
		}
		p := joinPath(field, key)
		if first, dup := seen[key]; dup {
			l.errAt(l.nodePos(k), p, "duplicate key %q (first set at line %d)", key, first.Line)
			continue
		}
		seen[key] = k
		idx, ok := fields[key]
		if !ok {
			l.errAt(l.nodePos(k), p, "unknown field %q%s", key, suggest(key, v.Type()))
			continue
		}
		l.src.pos[p] = l.nodePos(k)
		l.decode(val, v.Field(idx), p)
	}
}

// loadListFile reads subprocessors.list_file into c.Subprocessors.List, recording
// positions in that file so findings about an entry point there.
func (l *loader) loadListFile(c *Contract, open func(string) ([]byte, error)) {
	const field = "subprocessors.list_file"
	at := l.src.pos[field]
	if len(c.Subprocessors.List) > 0 {
		l.errAt(at, field, "set either subprocessors.list or subprocessors.list_file, not both")
		return
	}
	if open == nil {
		l.errAt(at, field, "cannot read %q: no file access here", c.Subprocessors.ListFile)
		return
	}
	p := c.Subprocessors.ListFile
	if !path.IsAbs(p) {
		p = path.Join(path.Dir(filepathToSlash(l.file)), p)
	}
	data, err := open(p)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			err = pe.Err
		}
		l.errAt(at, field, "cannot read %q: %v", p, err)
		return
	}
	sub := &loader{src: l.src, file: p, visits: l.visits}
	root, err := sub.parse(data, "a list of sub-processors")
	switch {
	case err != nil:
		l.errAt(at, field, "%v", err)
	case root != nil && root.Kind != yaml.SequenceNode:
		sub.errAt(sub.nodePos(root), "", "expected a list of sub-processors, got %s", yamlerr.Describe(root))
	case root != nil:
		var list []Subprocessor
		l.src.pos["subprocessors.list"] = sub.nodePos(root)
		sub.decode(root, reflect.ValueOf(&list).Elem(), "subprocessors.list")
		c.Subprocessors.List = list
	}
	l.errs = append(l.errs, sub.errs...)
}

func filepathToSlash(p string) string { return strings.ReplaceAll(p, `\`, "/") }

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// expect names what a Go type accepts, in the user's terms.
func expect(t reflect.Type) string {
	switch t.Kind() {
	case reflect.Pointer:
		return expect(t.Elem())
	case reflect.Struct:
		return "a mapping"
	case reflect.String:
		return "a string"
	case reflect.Int:
		return "a whole number"
	case reflect.Bool:
		return "true or false"
	case reflect.Slice:
		switch t.Elem().Kind() {
		case reflect.String:
			return "a list of strings"
		case reflect.Struct:
			return "a list of mappings"
		}
		return "a list"
	}
	return t.String()
}

// structFields maps yaml keys to field indexes.
func structFields(t reflect.Type) map[string]int {
	m := make(map[string]int, t.NumField())
	for i := 0; i < t.NumField(); i++ {
		if name := yamlName(t.Field(i)); name != "" {
			m[name] = i
		}
	}
	return m
}

func yamlName(f reflect.StructField) string {
	tag := f.Tag.Get("yaml")
	if tag == "-" || !f.IsExported() {
		return ""
	}
	name, _, _ := strings.Cut(tag, ",")
	if name == "" {
		name = strings.ToLower(f.Name)
	}
	return name
}

// suggest returns ` (did you mean "x"?)` for the closest known key, or "" when
// nothing is close enough to be a likely typo.
func suggest(key string, t reflect.Type) string {
	names := make([]string, 0, t.NumField())
	for name := range structFields(t) {
		names = append(names, name)
	}
	sort.Strings(names)
	if hint := nearest.DidYouMean(strings.ReplaceAll(key, "-", "_"), names); hint != "" {
		return hint
	}
	return fmt.Sprintf("; known fields here: %s", strings.Join(names, ", "))
}

func invalidUTF8At(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(data)
}

// lineCol converts a byte offset to a 1-based line and column (in runes).
func lineCol(data []byte, off int) (int, int) {
	line := 1 + bytes.Count(data[:off], []byte("\n"))
	start := bytes.LastIndexByte(data[:off], '\n') + 1
	return line, 1 + utf8.RuneCount(data[start:off])
}
