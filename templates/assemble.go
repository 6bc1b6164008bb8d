// Package templates assembles a contract's Markdown from a document skeleton (one
// per language, structured like the Article 28(7) standard contractual clauses of
// Implementing Decision (EU) 2021/915) and the clause library.
//
// The skeleton holds the frame that satisfies no requirement by itself: title,
// parties, the general clauses, annex headings and signatures. Everything that
// satisfies a requirement of the catalogue comes from a clause, so that coverage
// can be checked and each clause's text can be found again in the output between
// <!-- clause: ID --> and <!-- /clause --> comments.
package templates

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"regexp"
	"sort"
	"strings"
	"sync"
	"text/template"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/contract"
)

//go:embed skeleton/*.md.tmpl
var skeletonFS embed.FS

// Result is an assembled contract.
type Result struct {
	Markdown []byte
	// Coverage maps each requirement id satisfied by the document to the ids of the
	// clauses that satisfy it, in document order.
	Coverage map[string][]string
	// Clauses lists the ids of the clauses included, in document order.
	Clauses []string
}

// UncoveredError reports applicable requirements that no included clause covers,
// typically because a house clause set replaced or dropped a clause.
type UncoveredError struct {
	Lang string
	IDs  []string
}

func (e *UncoveredError) Error() string {
	return fmt.Sprintf("no %s clause covers applicable requirement(s) %s; add a clause whose front matter lists them under covers",
		e.Lang, strings.Join(e.IDs, ", "))
}

// Markdown returns the contract as Markdown; see Assemble.
func Markdown(c *contract.Contract, lib *clauses.Library) ([]byte, error) {
	r, err := Assemble(c, lib)
	if err != nil {
		return nil, err
	}
	return r.Markdown, nil
}

// Assemble renders a validated contract in c.Language with the clauses of lib (the
// built-in library when lib is nil). It fails when an applicable requirement of
// the catalogue is covered by no included clause.
func Assemble(c *contract.Contract, lib *clauses.Library) (*Result, error) {
	if c == nil {
		return nil, errors.New("assemble: no contract")
	}
	lang := c.Language
	if !validLang(lang) {
		return nil, fmt.Errorf("assemble: language %q has no skeleton; want %s", lang, strings.Join(clauses.Languages, " or "))
	}
	if lib == nil {
		var err error
		if lib, err = clauses.Default(); err != nil {
			return nil, fmt.Errorf("assemble: built-in clause library: %w", err)
		}
	}
	skel, err := skeleton(lang)
	if err != nil {
		return nil, err
	}

	a := &assembler{
		lang:     lang,
		data:     clauses.EscapeData(c).(*contract.Contract),
		sections: map[string][]*clauses.Clause{},
	}
	// A title left at one language's default reads as the other's default when the
	// contract is rendered in the other language (dpa render --lang).
	if c.Title == "" || isDefaultTitle(c.Title) {
		a.data.Title = vocabulary[lang]["title"]
	}
	facts := clauses.Facts{
		Subprocessors:     c.Subprocessors.Authorisation,
		EndDefault:        c.EndOfProcessing.Default,
		Transfers:         len(c.Transfers) > 0,
		SpecialCategories: c.HasSpecialCategories(),
		Migration:         c.HasMigration(),
	}
	for _, cl := range lib.Clauses(lang) {
		if cl.Applies(facts) {
			a.sections[cl.Section] = append(a.sections[cl.Section], cl)
		}
	}

	// Clause numbers depend on which sections turn out non-empty, and clauses may
	// refer to later ones, so the skeleton runs twice: the first run numbers the
	// sections, the second writes the document with the references resolved.
	if _, err := a.run(skel, nil); err != nil {
		return nil, err
	}
	numbers := a.numbers
	if err := a.unplaced(); err != nil {
		return nil, err
	}
	out, err := a.run(skel, numbers)
	if err != nil {
		return nil, err
	}

	res := &Result{Markdown: normalise(out), Coverage: map[string][]string{}, Clauses: a.included}
	for _, id := range a.included {
		cl, _ := lib.Clause(lang, id)
		for _, req := range cl.Covers {
			res.Coverage[req] = append(res.Coverage[req], id)
		}
	}
	var missing []string
	for _, r := range clauses.Catalogue() {
		if r.Applies(c.HasSpecialCategories(), c.HasMigration()) && len(res.Coverage[r.ID]) == 0 {
			missing = append(missing, r.ID)
		}
	}
	if len(missing) > 0 {
		return nil, &UncoveredError{Lang: lang, IDs: missing}
	}
	return res, nil
}

func validLang(lang string) bool {
	for _, l := range clauses.Languages {
		if l == lang {
			return true
		}
	}
	return false
}

// assembler holds the state of one run of the skeleton.
type assembler struct {
	lang     string
	data     *contract.Contract
	sections map[string][]*clauses.Clause // applicable clauses by section, in order

	// Reset by each run.
	counter  int
	numbers  map[string]int // section id -> clause number
	placed   map[string]bool
	included []string
	fail     error // the first clause error of the run
}

var (
	skeletonOnce sync.Once
	skeletons    map[string]*template.Template
	skeletonErr  error
)

// skeleton returns the parsed skeleton of a language. It is parsed once with
// stand-in functions; each run clones it and binds its own.
func skeleton(lang string) (*template.Template, error) {
	skeletonOnce.Do(func() {
		skeletons = map[string]*template.Template{}
		for _, l := range clauses.Languages {
			name := "skeleton/" + l + ".md.tmpl"
			src, err := skeletonFS.ReadFile(name)
			if err != nil {
				skeletonErr = fmt.Errorf("assemble: %w", err)
				return
			}
			funcs := clauses.TemplateFuncs(l)
			for _, f := range []string{"num", "numbered", "section", "annex"} {
				funcs[f] = func(...string) string { return "" }
			}
			t, err := template.New(name).Option("missingkey=error").Funcs(funcs).Parse(string(src))
			if err != nil {
				skeletonErr = fmt.Errorf("assemble: skeleton: %w", err)
				return
			}
			skeletons[l] = t
		}
	})
	return skeletons[lang], skeletonErr
}

func (a *assembler) run(skel *template.Template, numbers map[string]int) ([]byte, error) {
	a.counter = 0
	a.numbers = map[string]int{}
	a.placed = map[string]bool{}
	a.included = nil
	a.fail = nil

	number := func(section string) (string, error) {
		if numbers == nil {
			return "?", nil // first run: the text is discarded
		}
		n, ok := numbers[section]
		if !ok {
			return "", fmt.Errorf("reference to section %q, which is not in this document", section)
		}
		return fmt.Sprint(n), nil
	}
	// ref is the parenthesised reference clause bodies use: " (Clause 7)".
	ref := func(section string) (string, error) {
		n, err := number(section)
		return fmt.Sprintf(" (%s %s)", a.word("ref"), n), err
	}
	funcs := clauses.TemplateFuncs(a.lang)
	funcs["ref"] = ref
	// num is the bare number of a clause, for references in the skeleton's own text.
	funcs["num"] = number
	funcs["numbered"] = func(id, title string) string {
		a.counter++
		a.numbers[id] = a.counter
		return fmt.Sprintf("## %s %d - %s", a.word("clause"), a.counter, title)
	}
	funcs["section"] = func(id, title string) (string, error) {
		bodies, err := a.render(id, ref)
		if err != nil || len(bodies) == 0 {
			a.fail = err
			return "", err
		}
		a.counter++
		n := a.counter
		a.numbers[id] = n
		var b strings.Builder
		fmt.Fprintf(&b, "## %s %d - %s\n\n", a.word("clause"), n, title)
		for i, body := range bodies {
			text := body.text
			if len(bodies) > 1 {
				text = subNumber(fmt.Sprintf("%d.%d.", n, i+1), text)
			}
			wrap(&b, body.id, text)
		}
		return b.String(), nil
	}
	funcs["annex"] = func(id string) (string, error) {
		bodies, err := a.render(id, ref)
		if err != nil {
			a.fail = err
			return "", err
		}
		var b strings.Builder
		for _, body := range bodies {
			wrap(&b, body.id, body.text)
		}
		return b.String(), nil
	}

	t, err := skel.Clone()
	if err != nil {
		return nil, fmt.Errorf("assemble: %w", err)
	}
	t.Funcs(funcs)
	var buf bytes.Buffer
	if err := t.Execute(&buf, a.data); err != nil {
		if a.fail != nil {
			// A clause failed: its own file:line:col says more than the
			// skeleton's "error calling section" wrapping.
			return nil, a.fail
		}
		return nil, fmt.Errorf("assemble: %w", err)
	}
	return buf.Bytes(), nil
}

type renderedClause struct{ id, text string }

// render executes the applicable clauses of one section. A clause whose text
// comes out empty has nothing to say for this contract and is left out.
func (a *assembler) render(section string, ref func(string) (string, error)) ([]renderedClause, error) {
	a.placed[section] = true
	var out []renderedClause
	for _, cl := range a.sections[section] {
		text, err := cl.Execute(a.data, template.FuncMap{"ref": ref})
		if err != nil {
			return nil, err
		}
		if text == "" {
			continue
		}
		out = append(out, renderedClause{cl.ID, text})
		a.included = append(a.included, cl.ID)
	}
	return out, nil
}

// unplaced reports applicable clauses whose section the skeleton never asked for;
// without this check a house clause with a misspelt section would vanish silently.
func (a *assembler) unplaced() error {
	var errs []error
	for _, s := range sortedKeys(a.sections) {
		if a.placed[s] {
			continue
		}
		for _, cl := range a.sections[s] {
			errs = append(errs, fmt.Errorf("%s: clause %s names section %q, which the %s skeleton does not have (sections: %s)",
				cl.File, cl.ID, s, a.lang, strings.Join(sortedKeys(a.placed), ", ")))
		}
	}
	return errors.Join(errs...)
}

var vocabulary = map[string]map[string]string{
	"en": {"clause": "Clause", "ref": "Clause", "title": "Data Processing Agreement"},
	"fr": {"clause": "Clause", "ref": "clause", "title": "Accord de traitement de données"},
}

func isDefaultTitle(t string) bool {
	for _, v := range vocabulary {
		if strings.EqualFold(strings.TrimSpace(t), v["title"]) {
			return true
		}
	}
	return false
}

func (a *assembler) word(k string) string { return vocabulary[a.lang][k] }

// wrap writes a clause's text between the comments that identify it.
func wrap(b *strings.Builder, id, text string) {
	fmt.Fprintf(b, "<!-- clause: %s -->\n\n%s\n\n<!-- /clause -->\n\n", id, text)
}

var blockStart = regexp.MustCompile(`^(\||#|[-*+] |>|<|\d+[.)] |    |\t)`)

// subNumber puts a paragraph number such as "7.2." in front of a clause's text:
// inline when the text opens with a paragraph, otherwise as a line of its own.
func subNumber(num, text string) string {
	if blockStart.MatchString(text) {
		return "**" + num + "**\n\n" + text
	}
	return "**" + num + "** " + text
}

var manyBlank = regexp.MustCompile(`\n{3,}`)

// normalise folds the blank lines that template actions leave into one and ends
// the document with a single newline.
func normalise(md []byte) []byte {
	lines := strings.Split(string(md), "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	s := manyBlank.ReplaceAllString(strings.Join(lines, "\n"), "\n\n")
	return []byte(strings.TrimSpace(s) + "\n")
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
