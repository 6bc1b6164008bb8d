package clauses

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"reflect"
	"regexp"
	"sort"
	"strings"
	"text/template"

	"gopkg.in/yaml.v3"
)

// The built-in clause texts, one Markdown file per clause and language.
//
//go:embed en/*.md fr/*.md
var builtinFS embed.FS

// The generic contracts (one per language) that Suggest renders clauses against. Its keys are the Go
// field names of contract.Contract, because clause bodies are templates over that
// type; the clauses package cannot import contract (contract imports the catalogue).
//
//go:embed example/*.yaml
var exampleFS embed.FS

// Languages are the languages a clause may be written in.
var Languages = []string{"en", "fr"}

// Clause is one clause of the library: front matter plus a text/template body.
type Clause struct {
	ID      string
	Covers  []string
	Lang    string
	When    map[string]string
	Order   int
	Section string
	// File is where the clause was read from, for error messages.
	File string
	body *template.Template
}

// Facts are the properties of a contract that decide which clauses apply. They are
// computed by the caller (package templates) from the contract.
type Facts struct {
	Subprocessors     string // "general" or "specific"
	EndDefault        string // "delete" or "return"
	Transfers         bool
	SpecialCategories bool
	Migration         bool
}

// whenValues lists the conditions a clause may name in `when`, and their values.
var whenValues = map[string][]string{
	"subprocessors":      {"general", "specific"},
	"end_default":        {"delete", "return"},
	"transfers":          {"present", "none"},
	"special_categories": {"present", "none"},
	"migration":          {"present", "none"},
}

// Applies reports whether every condition of the clause's `when` holds for f.
func (c *Clause) Applies(f Facts) bool {
	presence := func(b bool) string {
		if b {
			return "present"
		}
		return "none"
	}
	for k, v := range c.When {
		var got string
		switch k {
		case "subprocessors":
			got = f.Subprocessors
		case "end_default":
			got = f.EndDefault
		case "transfers":
			got = presence(f.Transfers)
		case "special_categories":
			got = presence(f.SpecialCategories)
		case "migration":
			got = presence(f.Migration)
		}
		if got != v {
			return false
		}
	}
	return true
}

// Execute renders the clause body against data, whose strings the caller has
// already escaped with EscapeData. funcs supplies the per-document functions (at
// least "ref"); the language functions are bound at load time.
// The result is trimmed; an empty result means the clause has nothing to say for
// this contract (e.g. a measures category the contract leaves empty).
func (c *Clause) Execute(data any, funcs template.FuncMap) (string, error) {
	t, err := c.body.Clone()
	if err != nil {
		return "", fmt.Errorf("clause %s (%s): %w", c.ID, c.File, err)
	}
	if funcs != nil {
		t.Funcs(funcs)
	}
	var buf bytes.Buffer
	if err := t.Execute(&buf, data); err != nil {
		return "", c.execError(err)
	}
	return tidyBody(buf.String()), nil
}

// tidy trims a rendered body and folds runs of blank lines, which conditional
// template actions leave behind, into one.
func tidyBody(s string) string {
	lines := strings.Split(strings.TrimSpace(s), "\n")
	out := make([]string, 0, len(lines))
	blank := false
	for _, l := range lines {
		l = strings.TrimRight(l, " \t")
		if l == "" {
			if blank {
				continue
			}
			blank = true
		} else {
			blank = false
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// Library is a set of clauses, by language and id.
type Library struct {
	byLang map[string]map[string]*Clause
}

// Default returns the built-in library.
func Default() (*Library, error) { return LoadLibrary(builtinFS) }

// LoadLibrary reads every *.md file of fsys (recursively) as a clause.
func LoadLibrary(fsys fs.FS) (*Library, error) {
	l := &Library{byLang: map[string]map[string]*Clause{}}
	for _, lang := range Languages {
		l.byLang[lang] = map[string]*Clause{}
	}
	if err := l.add(fsys, false); err != nil {
		return nil, err
	}
	return l, nil
}

// Override adds the clauses of fsys (a house clause set, e.g. from --clauses DIR)
// to the library: a clause with the id of an existing clause in the same language
// replaces it; any other is added.
func (l *Library) Override(fsys fs.FS) error { return l.add(fsys, true) }

func (l *Library) add(fsys fs.FS, replace bool) error {
	var files []string
	err := fs.WalkDir(fsys, ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if !d.IsDir() && strings.HasSuffix(p, ".md") {
			files = append(files, p)
		}
		return nil
	})
	if err != nil {
		return fmt.Errorf("reading clauses: %w", err)
	}
	sort.Strings(files)
	if len(files) == 0 && replace {
		return errors.New("reading clauses: no .md clause files found")
	}
	seen := map[string]string{} // lang/id -> file, within this set
	var errs []error
	for _, p := range files {
		data, err := fs.ReadFile(fsys, p)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", p, err))
			continue
		}
		c, err := ParseClause(p, data)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		key := c.Lang + "/" + c.ID
		if prev, dup := seen[key]; dup {
			errs = append(errs, fmt.Errorf("%s:1:1: clause id %q (%s) already defined in %s", p, c.ID, c.Lang, prev))
			continue
		}
		seen[key] = p
		l.byLang[c.Lang][c.ID] = c
	}
	return errors.Join(errs...)
}

// Clauses returns the clauses of a language, ordered by section, order and id.
func (l *Library) Clauses(lang string) []*Clause {
	m := l.byLang[lang]
	out := make([]*Clause, 0, len(m))
	for _, c := range m {
		out = append(out, c)
	}
	sort.Slice(out, func(i, j int) bool {
		a, b := out[i], out[j]
		if a.Section != b.Section {
			return a.Section < b.Section
		}
		if a.Order != b.Order {
			return a.Order < b.Order
		}
		return a.ID < b.ID
	})
	return out
}

// Clause returns one clause by language and id.
func (l *Library) Clause(lang, id string) (*Clause, bool) {
	c, ok := l.byLang[lang][id]
	return c, ok
}

var clauseIDPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// ParseClause reads one clause file: YAML front matter between "---" lines, then a
// text/template body. Errors name the file, line and column.
func ParseClause(name string, data []byte) (*Clause, error) {
	text := strings.ReplaceAll(string(data), "\r\n", "\n")
	if !strings.HasPrefix(text, "---\n") {
		return nil, fmt.Errorf("%s:1:1: a clause file begins with a '---' line opening its front matter", name)
	}
	rest := text[len("---\n"):]
	end := -1
	for off := 0; off <= len(rest); {
		nl := strings.IndexByte(rest[off:], '\n')
		line := rest[off:]
		if nl >= 0 {
			line = rest[off : off+nl]
		}
		if strings.TrimRight(line, " \t") == "---" {
			end = off
			break
		}
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	if end < 0 {
		return nil, fmt.Errorf("%s:1:1: front matter is not closed by a '---' line", name)
	}
	front := rest[:end]
	body := ""
	if i := strings.IndexByte(rest[end:], '\n'); i >= 0 {
		body = rest[end+i+1:]
	}
	// Lines of the file before the body: the opening "---", the front matter, the closing "---".
	bodyLine := 2 + strings.Count(front, "\n")

	c := &Clause{File: name}
	if err := c.parseFront(name, front); err != nil {
		return nil, err
	}
	if strings.TrimSpace(body) == "" {
		return nil, fmt.Errorf("%s:%d:1: clause %s has no text after its front matter", name, bodyLine+1, c.ID)
	}
	// Padding the body with the front matter's lines makes template errors report
	// line numbers of the file itself.
	t, err := template.New(name).Option("missingkey=error").Funcs(langFuncs(c.Lang)).
		Parse(strings.Repeat("\n", bodyLine) + body)
	if err != nil {
		return nil, templateError(err)
	}
	c.body = t
	return c, nil
}

// parseFront decodes and checks the front matter. Positions from yaml.v3 are
// relative to the front matter, which starts on line 2 of the file.
func (c *Clause) parseFront(name, front string) error {
	var root yaml.Node
	if err := yaml.Unmarshal([]byte(front), &root); err != nil {
		return frontError(name, err)
	}
	at := func(n *yaml.Node, format string, args ...any) error {
		return fmt.Errorf("%s:%d:%d: %s", name, n.Line+1, n.Column, fmt.Sprintf(format, args...))
	}
	if len(root.Content) == 0 {
		return fmt.Errorf("%s:2:1: front matter is empty; it needs id, covers, lang and section", name)
	}
	m := root.Content[0]
	if m.Kind != yaml.MappingNode {
		return at(m, "front matter must be a mapping of keys (id, covers, lang, when, order, section)")
	}
	has := map[string]bool{}
	for i := 0; i+1 < len(m.Content); i += 2 {
		k, v := m.Content[i], m.Content[i+1]
		if has[k.Value] {
			return at(k, "key %q appears twice", k.Value)
		}
		has[k.Value] = true
		switch k.Value {
		case "id":
			if v.Kind != yaml.ScalarNode || !clauseIDPattern.MatchString(v.Value) {
				return at(v, "id must be lower-case words joined by hyphens, e.g. subprocessors-general")
			}
			c.ID = v.Value
		case "lang":
			if v.Kind != yaml.ScalarNode || !libContains(Languages, v.Value) {
				return at(v, "lang must be one of %s, got %q", strings.Join(Languages, ", "), v.Value)
			}
			c.Lang = v.Value
		case "section":
			if v.Kind != yaml.ScalarNode || !clauseIDPattern.MatchString(v.Value) {
				return at(v, "section must name a section of the skeleton, e.g. subprocessors")
			}
			c.Section = v.Value
		case "order":
			if err := v.Decode(&c.Order); err != nil {
				return at(v, "order must be an integer, got %q", v.Value)
			}
		case "covers":
			if v.Kind != yaml.SequenceNode {
				return at(v, "covers must be a list of requirement ids, e.g. [subprocessor-authorisation]")
			}
			for _, e := range v.Content {
				if _, ok := Lookup(e.Value); !ok || e.Kind != yaml.ScalarNode {
					return at(e, "covers names unknown requirement id %q (see `dpa rules`)", e.Value)
				}
				c.Covers = append(c.Covers, e.Value)
			}
		case "when":
			if v.Kind != yaml.MappingNode {
				return at(v, "when must be a mapping, e.g. {subprocessors: general}")
			}
			c.When = map[string]string{}
			for j := 0; j+1 < len(v.Content); j += 2 {
				wk, wv := v.Content[j], v.Content[j+1]
				allowed, ok := whenValues[wk.Value]
				if !ok {
					return at(wk, "unknown condition %q in when; expected one of %s", wk.Value, strings.Join(libSortedKeys(whenValues), ", "))
				}
				if wv.Kind != yaml.ScalarNode || !libContains(allowed, wv.Value) {
					return at(wv, "condition %s must be one of %s, got %q", wk.Value, strings.Join(allowed, ", "), wv.Value)
				}
				c.When[wk.Value] = wv.Value
			}
		default:
			return at(k, "unknown front matter key %q; expected id, covers, lang, when, order or section", k.Value)
		}
	}
	for _, req := range []string{"id", "covers", "lang", "section"} {
		if !has[req] {
			return fmt.Errorf("%s:2:1: front matter lacks %q", name, req)
		}
	}
	if len(c.Covers) == 0 {
		return at(m, "covers is empty: a clause must name the requirement ids it satisfies")
	}
	return nil
}

var templateErrLine = regexp.MustCompile(`^template: (.+?):(\d+):(?:(\d+):)? (.*)$`)

// templateError puts a text/template parse error ("template: f.md:9: ...") in
// file:line:col form; text/template reports no column, so it is 1.
func templateError(err error) error {
	m := templateErrLine.FindStringSubmatch(err.Error())
	if m == nil {
		return err
	}
	col := m[3]
	if col == "" {
		col = "1"
	}
	return fmt.Errorf("%s:%s:%s: clause text: %s", m[1], m[2], col, m[4])
}

var execErrLine = regexp.MustCompile(`^template: (.+?):(\d+):(\d+): executing "[^"]*" at (<.*?>): (.*)$`)

// execError turns a text/template execution error into file:line:col form,
// naming the clause and the action that failed.
func (c *Clause) execError(err error) error {
	m := execErrLine.FindStringSubmatch(err.Error())
	if m == nil {
		return fmt.Errorf("%s: clause %s: %w", c.File, c.ID, err)
	}
	return fmt.Errorf("%s:%s:%s: clause %s: %s: %s", m[1], m[2], m[3], c.ID, m[4], m[5])
}

var yamlErrLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// frontError turns a yaml.v3 syntax error into file:line:col form. yaml.v3 gives
// only a line, counted within the front matter, which starts on line 2 of the file.
func frontError(name string, err error) error {
	msg := err.Error()
	if m := yamlErrLine.FindStringSubmatch(msg); m != nil {
		var n int
		fmt.Sscan(m[1], &n)
		return fmt.Errorf("%s:%d:1: front matter: %s", name, n+1, m[2])
	}
	return fmt.Errorf("%s:2:1: front matter: %s", name, strings.TrimPrefix(msg, "yaml: "))
}

func libContains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func libSortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// Suggest returns the text of the clause covering requirement id in lang (with the
// other clauses of its section that cover it too), rendered against a generic
// contract, for a reviewer to send to a vendor. Cross-references
// to numbered clauses are left out since the vendor's numbering is unknown.
func (l *Library) Suggest(id, lang string) (string, error) {
	if _, ok := Lookup(id); !ok {
		return "", fmt.Errorf("suggest: unknown requirement id %q", id)
	}
	if _, ok := l.byLang[lang]; !ok {
		return "", fmt.Errorf("suggest: unknown language %q (want %s)", lang, strings.Join(Languages, " or "))
	}
	data, err := exampleFS.ReadFile("example/" + lang + ".yaml")
	if err != nil {
		return "", fmt.Errorf("suggest: no example contract in %s: %w", lang, err)
	}
	var ex map[string]any
	if err := yaml.Unmarshal(data, &ex); err != nil {
		return "", fmt.Errorf("suggest: embedded example contract: %w", err)
	}
	facts := exampleFacts(ex)
	var best *Clause
	rank := func(c *Clause) (int, int) {
		applies := 1
		if c.Applies(facts) {
			applies = 0
		}
		return applies, len(c.Covers)
	}
	for _, c := range l.Clauses(lang) {
		if !libContains(c.Covers, id) {
			continue
		}
		if best == nil {
			best = c
			continue
		}
		a1, n1 := rank(c)
		a0, n0 := rank(best)
		if a1 < a0 || (a1 == a0 && n1 < n0) {
			best = c
		}
	}
	if best == nil {
		return "", fmt.Errorf("suggest: no %s clause covers %s", lang, id)
	}
	// The other applicable clauses of the same section that cover the id belong
	// with it: for security-measures-specific that is the whole of Annex III.
	escaped, funcs := EscapeData(ex), template.FuncMap{"ref": func(string) string { return "" }}
	var parts []string
	for _, c := range l.Clauses(lang) {
		if c != best && (c.Section != best.Section || !c.Applies(facts) || !libContains(c.Covers, id)) {
			continue
		}
		text, err := c.Execute(escaped, funcs)
		if err != nil {
			return "", fmt.Errorf("suggest: %w", err)
		}
		if text != "" {
			parts = append(parts, text)
		}
	}
	return strings.Join(parts, "\n\n"), nil
}

func exampleFacts(ex map[string]any) Facts {
	dig := func(keys ...string) any {
		var v any = ex
		for _, k := range keys {
			m, ok := v.(map[string]any)
			if !ok {
				return nil
			}
			v = m[k]
		}
		return v
	}
	str := func(v any) string { s, _ := v.(string); return s }
	nonEmpty := func(v any) bool {
		if v == nil {
			return false
		}
		rv := reflect.ValueOf(v)
		switch rv.Kind() {
		case reflect.Slice, reflect.Map:
			return rv.Len() > 0
		}
		return true
	}
	return Facts{
		Subprocessors:     str(dig("Subprocessors", "Authorisation")),
		EndDefault:        str(dig("EndOfProcessing", "Default")),
		Transfers:         nonEmpty(dig("Transfers")),
		SpecialCategories: nonEmpty(dig("Processing", "SpecialCategories")),
		Migration:         nonEmpty(dig("Migration")),
	}
}

// EscapeData returns a copy of v (a struct, map, slice or pointer tree) in which
// every string is escaped for inline Markdown, so that user input such as
// "Acme *Holdings*" or "a | b" prints as written and never as markup.
func EscapeData(v any) any {
	if v == nil {
		return nil
	}
	return escapeValue(reflect.ValueOf(v)).Interface()
}

func escapeValue(v reflect.Value) reflect.Value {
	switch v.Kind() {
	case reflect.String:
		out := reflect.New(v.Type()).Elem()
		out.SetString(EscapeMarkdown(v.String()))
		return out
	case reflect.Pointer:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type().Elem())
		out.Elem().Set(escapeValue(v.Elem()))
		return out
	case reflect.Interface:
		if v.IsNil() {
			return v
		}
		out := reflect.New(v.Type()).Elem()
		out.Set(escapeValue(v.Elem()))
		return out
	case reflect.Struct:
		out := reflect.New(v.Type()).Elem()
		for i := 0; i < v.NumField(); i++ {
			if !v.Type().Field(i).IsExported() {
				continue
			}
			out.Field(i).Set(escapeValue(v.Field(i)))
		}
		return out
	case reflect.Slice:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeSlice(v.Type(), v.Len(), v.Len())
		for i := 0; i < v.Len(); i++ {
			out.Index(i).Set(escapeValue(v.Index(i)))
		}
		return out
	case reflect.Map:
		if v.IsNil() {
			return v
		}
		out := reflect.MakeMapWithSize(v.Type(), v.Len())
		iter := v.MapRange()
		for iter.Next() {
			out.SetMapIndex(iter.Key(), escapeValue(iter.Value()))
		}
		return out
	}
	return v
}

// EscapeMarkdown makes s safe to print inline in Markdown, including in a table
// cell: markup characters are backslash-escaped (CommonMark allows it before any
// ASCII punctuation), line breaks become spaces, and a leading "#", "-", "+" or
// "1." cannot start a heading, list or rule when the value opens a line or list item.
func EscapeMarkdown(s string) string {
	s = foldSpace(s)
	var b strings.Builder
	for i, r := range s {
		switch r {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '&':
			b.WriteByte('\\')
		case '#', '-', '+':
			// At the start of a line or list item these open a heading, a list
			// item or a thematic break ("##", "- x", "---").
			if i == 0 {
				b.WriteByte('\\')
			}
		case '.', ')':
			if i > 0 && libAllDigits(s[:i]) {
				b.WriteByte('\\')
			}
		}
		b.WriteRune(r)
	}
	return b.String()
}

// foldSpace turns ASCII line breaks and tabs into spaces and folds runs of spaces,
// keeping no-break spaces (French typography) as they are.
func foldSpace(s string) string {
	var b strings.Builder
	space := false
	for _, r := range strings.TrimSpace(s) {
		switch r {
		case ' ', '\t', '\n', '\r', '\v', '\f':
			if !space {
				b.WriteByte(' ')
			}
			space = true
			continue
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

func libAllDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return s != ""
}

// TemplateFuncs returns the template functions of clause bodies in one language,
// for the document skeleton to share them: list, join, cell, orNone, date,
// special, mechanism, party, and a placeholder "ref" that the assembler replaces
// per document.
func TemplateFuncs(lang string) template.FuncMap { return langFuncs(lang) }

func langFuncs(lang string) template.FuncMap {
	w := clauseWords[lang]
	return template.FuncMap{
		"ref": func(string) string { return "" },
		// list renders items as a Markdown bullet list, in the order given.
		"list": func(items any) string {
			ss := libStrings(items)
			if len(ss) == 0 {
				return w.none
			}
			return "- " + strings.Join(ss, "\n- ")
		},
		// join renders items inline: "a, b and c".
		"join": func(items any) string { return libJoin(libStrings(items), w.and, w.none) },
		// cell renders items for a table cell: "a; b; c", or none.
		"cell": func(items any) string {
			ss := libStrings(items)
			if len(ss) == 0 {
				return w.none
			}
			return strings.Join(ss, w.semicolon)
		},
		// or returns s, or the word for none when s is empty.
		"orNone": func(s string) string {
			if strings.TrimSpace(s) == "" {
				return w.none
			}
			return s
		},
		"date": func(s string) string { return formatDate(s, lang) },
		// special names Article 9 kinds (health, genetic...) in clauseWords.
		"special": func(items any) string {
			ss := libStrings(items)
			out := make([]string, len(ss))
			for i, s := range ss {
				if t, ok := w.special[s]; ok {
					out[i] = t
				} else {
					out[i] = s
				}
			}
			return libJoin(out, w.and, w.none)
		},
		// mechanism names a Chapter V transfer tool in clauseWords.
		"mechanism": func(s string) string {
			if t, ok := w.mechanism[s]; ok {
				return t
			}
			return s
		},
		// party names "controller", "processor" or "shared" as the defined term
		// ("the Controller"; in French with its preposition: "du Responsable du traitement").
		"party": func(s string) string {
			if t, ok := w.party[s]; ok {
				return t
			}
			return s
		},
	}
}

type clauseVocabulary struct {
	none, and string
	semicolon string // "; ", or in French with the no-break space before it
	special   map[string]string
	mechanism map[string]string
	party     map[string]string
	months    [12]string
}

var clauseWords = map[string]clauseVocabulary{
	"en": {
		none:      "none",
		and:       "and",
		semicolon: "; ",
		special: map[string]string{
			"health":                             "data concerning health",
			"genetic":                            "genetic data",
			"biometric":                          "biometric data processed to uniquely identify a natural person",
			"racial-or-ethnic-origin":            "data revealing racial or ethnic origin",
			"political-opinions":                 "data revealing political opinions",
			"religious-or-philosophical-beliefs": "data revealing religious or philosophical beliefs",
			"trade-union-membership":             "data revealing trade union membership",
			"sex-life":                           "data concerning a natural person's sex life",
			"sexual-orientation":                 "data concerning a natural person's sexual orientation",
		},
		mechanism: map[string]string{
			"adequacy":   "adequacy decision of the European Commission (Article 45 GDPR)",
			"scc":        "standard contractual clauses adopted by the European Commission (Article 46(2)(c) GDPR)",
			"bcr":        "binding corporate rules (Article 47 GDPR)",
			"derogation": "derogation for a specific situation (Article 49 GDPR)",
		},
		party: map[string]string{
			"controller": "the Controller",
			"processor":  "the Processor",
			"shared":     "the Controller and the Processor in equal shares",
		},
		months: [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"},
	},
	"fr": {
		none:      "néant",
		and:       "et",
		semicolon: "\u00a0; ",
		special: map[string]string{
			"health":                             "données concernant la santé",
			"genetic":                            "données génétiques",
			"biometric":                          "données biométriques aux fins d'identifier une personne physique de manière unique",
			"racial-or-ethnic-origin":            "données qui révèlent l'origine raciale ou ethnique",
			"political-opinions":                 "données qui révèlent les opinions politiques",
			"religious-or-philosophical-beliefs": "données qui révèlent les convictions religieuses ou philosophiques",
			"trade-union-membership":             "données qui révèlent l'appartenance syndicale",
			"sex-life":                           "données concernant la vie sexuelle d'une personne physique",
			"sexual-orientation":                 "données concernant l'orientation sexuelle d'une personne physique",
		},
		mechanism: map[string]string{
			"adequacy":   "décision d'adéquation de la Commission européenne (article 45 du RGPD)",
			"scc":        "clauses contractuelles types adoptées par la Commission européenne (article 46, paragraphe 2, point c), du RGPD)",
			"bcr":        "règles d'entreprise contraignantes (article 47 du RGPD)",
			"derogation": "dérogation pour une situation particulière (article 49 du RGPD)",
		},
		party: map[string]string{
			// French needs the contracted "du" after "à la charge".
			"controller": "du Responsable du traitement",
			"processor":  "du Sous-traitant",
			"shared":     "du Responsable du traitement et du Sous-traitant, chacun pour moitié",
		},
		months: [12]string{"janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"},
	},
}

// NoneWord returns the word for "none" in lang, for callers that fill table cells.
func NoneWord(lang string) string { return clauseWords[lang].none }

// FormatDate writes an ISO date (2006-01-02) in clauseWords: "2 March 2026", "1er mars 2026".
func FormatDate(s, lang string) string { return formatDate(s, lang) }

func formatDate(s, lang string) string {
	var y, m, d int
	if n, err := fmt.Sscanf(s, "%4d-%2d-%2d", &y, &m, &d); err != nil || n != 3 || m < 1 || m > 12 || d < 1 || d > 31 {
		return s
	}
	month := clauseWords[lang].months[m-1]
	if lang == "fr" {
		day := fmt.Sprint(d)
		if d == 1 {
			day = "1er"
		}
		return fmt.Sprintf("%s %s %d", day, month, y)
	}
	return fmt.Sprintf("%d %s %d", d, month, y)
}

func libJoin(ss []string, and, none string) string {
	switch len(ss) {
	case 0:
		return none
	case 1:
		return ss[0]
	}
	return strings.Join(ss[:len(ss)-1], ", ") + " " + and + " " + ss[len(ss)-1]
}

// strs turns a []string or a []any of strings (from the example map) into []string.
func libStrings(v any) []string {
	rv := reflect.ValueOf(v)
	if !rv.IsValid() || rv.Kind() != reflect.Slice {
		if s, ok := v.(string); ok && s != "" {
			return []string{s}
		}
		return nil
	}
	out := make([]string, 0, rv.Len())
	for i := 0; i < rv.Len(); i++ {
		e := rv.Index(i)
		if e.Kind() == reflect.Interface {
			e = e.Elem()
		}
		if e.Kind() == reflect.String {
			out = append(out, e.String())
		} else {
			out = append(out, fmt.Sprint(e.Interface()))
		}
	}
	return out
}
