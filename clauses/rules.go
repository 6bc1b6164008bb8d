package clauses

import (
	"bytes"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"gopkg.in/yaml.v3"
)

// The lint rules are data so that a lawyer can read and extend them without Go:
// rules/<id>.yaml holds the rule for one catalogue requirement, rules/vocab.yaml
// the named vocabularies the patterns share, rules/profile.yaml the patterns that
// decide the risk profile (special categories, migration).
//
//go:embed rules/*.yaml
var rulesFS embed.FS

// Langs are the languages every pattern list must cover.
var Langs = []string{"en", "fr"}

// Window is the widest stretch of text in which all parts of a rule must be found.
type Window int

const (
	// WindowSentence: every part in one sentence.
	WindowSentence Window = iota
	// WindowBlock: every part in one paragraph, list item or table row.
	WindowBlock
	// WindowClause: every part in one clause: a heading with what follows it up to
	// the next heading, or a lead-in block with the two blocks after it.
	WindowClause
	// WindowSection: as clause, and also a heading with all its sub-headings (up to
	// a size limit).
	WindowSection
)

var windowNames = map[string]Window{"sentence": WindowSentence, "block": WindowBlock, "clause": WindowClause, "section": WindowSection}

func (w Window) String() string {
	for k, v := range windowNames {
		if v == w {
			return k
		}
	}
	return "window(" + strconv.Itoa(int(w)) + ")"
}

// Where says where a weak pattern must match to weaken a rule.
type Where int

const (
	// WhereWindow: in the same window as the rule's anchor part.
	WhereWindow Where = iota
	// WhereSentence: in the very sentence that matched the anchor part.
	WhereSentence
	// WhereDocument: anywhere in the document (a term that undermines the
	// requirement wherever it stands, e.g. processing for the processor's own purposes).
	WhereDocument
)

// Patterns are the compiled alternatives of one pattern list, per language.
type Patterns map[string][]matcher

// matcher is one pattern and the literals one of which any match contains.
type matcher struct {
	re       *regexp.Regexp
	triggers []string
}

// PatternsOf splits a list into one-pattern lists, for measuring each pattern.
func PatternsOf(p Patterns, lang string) []Patterns {
	var out []Patterns
	for _, m := range p[lang] {
		out = append(out, Patterns{lang: {m}})
	}
	return out
}

// String shows the pattern's regular expression.
func (m matcher) String() string { return m.re.String() }

// Match reports whether any pattern of lang matches folded text s.
func (p Patterns) Match(lang, s string) bool {
	for _, m := range p[lang] {
		if m.triggers != nil && !containsAny(s, m.triggers) {
			continue
		}
		if m.re.MatchString(s) {
			return true
		}
	}
	return false
}

// Part is one element a requirement needs; a rule is present only when every part is.
type Part struct {
	Name string
	// Anywhere: the part may be found anywhere in the document, not only in the
	// window of the other parts (e.g. the concrete security measures of an annex).
	Anywhere bool
	Patterns Patterns
	// Labels: a sentence that carries a label (a run-in "Objet." or "How long:",
	// a table's row or column label, a question or a heading over a paragraph)
	// matching one of these, with a body that is not empty, matches the part
	// whatever the body's wording. Labels are matched against the folded label
	// without numbering or final punctuation, and against each of its
	// conjuncts ("object and duration" is also "object" and "duration").
	Labels Patterns
	// Not: a sentence matching one of these does not count for the part.
	Not Patterns
}

// WeakPattern turns an otherwise present requirement into a weak one.
type WeakPattern struct {
	Reason   string
	Where    Where
	Patterns Patterns
	// Not: a sentence matching one of these does not weaken ("shall not use the
	// data for its own purposes" is no weakness).
	Not Patterns
}

// Rule decides one requirement id. Parts[0] is the anchor: without it the
// requirement is missing; with it but without some other part it is weak.
type Rule struct {
	ID     string
	File   string
	Window Window
	Parts  []Part
	Weak   []WeakPattern
	// CheckReferences: an anchor sentence that only points to an annex, schedule or
	// appendix the document does not contain does not make the rule present.
	CheckReferences bool
	// Outside: an anchor sentence that only defers the content to an
	// instrument outside the document (the main agreement, an order form, a
	// cover page: "The nature of the processing is set out in the Order
	// Form") or to the controller's later decision does not make the rule
	// present; and such a sentence naming the rule's topic (Topics) makes an
	// unlabelled statement elsewhere weak and a missing one weak: the
	// document's own statement of the requirement is the deferral.
	Outside bool
	// SkipLawDefinitions: a definition of a term of the GDPR ("'Processing'
	// means any operation ...", « Traitement : toute opération ... » in a
	// definitions section) counts for no part: it describes the law, not this
	// processing.
	SkipLawDefinitions bool
	// NegationExcept: a sentence the shared negations mark ("need not") still
	// counts for this rule when it matches one of these ("... and need not carry
	// out that instruction" still tells the controller of an unlawful instruction).
	NegationExcept Patterns
	// StatedBy: when nothing states this requirement in its own words, a present
	// verdict of one of these requirements states it too (the subject-matter of a
	// processing is read from its purposes or its nature, as the Annex I template of
	// Decision (EU) 2021/915 does).
	StatedBy []string
	// Topics name the requirement's topic as an amendment names the clauses of
	// an earlier agreement it keeps in force without reproducing them ("Clause
	// 2 (Instructions) ... of the 2018 DPA remain in force unchanged"): with no
	// anchor in the document, such a reference makes the requirement weak.
	Topics Patterns
}

// Profile holds the patterns deciding whether a risk condition holds: a sentence
// matching In and none of Not says the condition holds, unless a sentence anywhere
// matches Veto ("the Customer shall not upload special categories of data").
type Profile struct {
	In   Patterns
	Not  Patterns
	Veto Patterns
	// Deny marks a sentence that names the data only to keep it out of the
	// processing ("will not receive", "outside the application"); Affirm, a plain
	// statement of the processing or a limit that presupposes it ("hosted by the
	// Supplier", "never disclosed to third parties"), which overrides Deny.
	Deny, Affirm Patterns
}

// Rules is the compiled rule set.
type Rules struct {
	byID map[string]*Rule
	// Negations are phrases that, in a sentence, stop any part from matching it
	// ("is not required to notify").
	Negations Patterns
	// Profiles by condition.
	Profiles map[Condition]Profile
	// PersonalData matches a sentence about personal data or data protection; a
	// text with none is no data processing agreement (an NDA, the wrong file).
	PersonalData Patterns
	// LangWords are frequent function words per language, for language detection.
	LangWords map[string][]string
	// roleWords match, in full, a word the vocabulary {processor} (0) or
	// {controller} (1) already knows ("vendor", "the customer", "prestataire").
	roleWords map[string][2]*regexp.Regexp
}

// PartyRole reports whether folded text s, in full, is a word of the
// {processor} vocabulary of lang, of the {controller} vocabulary, or both
// ("the company" is in both).
func (rs *Rules) PartyRole(lang, s string) (processor, controller bool) {
	re, ok := rs.roleWords[lang]
	if !ok {
		return false, false
	}
	return re[0].MatchString(s), re[1].MatchString(s)
}

// PartyWord reports whether folded text s, in full, is a word that the
// {processor} or {controller} vocabulary of lang already names. The linter uses
// it to tell a contract's own names for the parties ("the Laboratory", "l'Éditeur")
// from names every rule already reads.
func (rs *Rules) PartyWord(lang, s string) bool {
	processor, controller := rs.PartyRole(lang, s)
	return processor || controller
}

// Rule returns the rule for requirement id.
func (rs *Rules) Rule(id string) (*Rule, bool) {
	r, ok := rs.byID[id]
	return r, ok
}

// DefaultRules compiles the embedded rules. They are checked by tests, so an error
// here is a build defect; it is returned rather than panicking so callers can report it.
func DefaultRules() (*Rules, error) {
	sub, err := fs.Sub(rulesFS, "rules")
	if err != nil {
		return nil, fmt.Errorf("embedded rules: %w", err)
	}
	return LoadRules(sub)
}

// RuleFiles returns the embedded rule files, for tools that show them.
func RuleFiles() fs.FS {
	sub, _ := fs.Sub(rulesFS, "rules")
	return sub
}

// RuleError locates a problem in a rule file.
type RuleError struct {
	File      string
	Line, Col int
	Msg       string
}

func (e *RuleError) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s", e.File, e.Line, e.Col, e.Msg)
}

// LoadRules compiles vocab.yaml, profile.yaml and one <id>.yaml per catalogue id
// from fsys. Every catalogue id must have a rule and every rule must name a catalogue id.
func LoadRules(fsys fs.FS) (*Rules, error) {
	rs := &Rules{byID: map[string]*Rule{}, Profiles: map[Condition]Profile{}}
	vocab, err := loadVocab(fsys, rs)
	if err != nil {
		return nil, err
	}
	if err := loadProfile(fsys, vocab, rs); err != nil {
		return nil, err
	}
	rs.roleWords = map[string][2]*regexp.Regexp{}
	for _, lang := range Langs {
		var roles [2]*regexp.Regexp
		for i, name := range []string{"processor", "controller"} {
			re, err := regexp.Compile(StripAccents(`^(?:the |le |la |l')?(?:` + vocab[name][lang] + `)$`))
			if err != nil {
				return nil, fmt.Errorf("vocab.yaml: {%s}: %w", name, err)
			}
			roles[i] = re
		}
		rs.roleWords[lang] = roles
	}
	names, err := fs.Glob(fsys, "*.yaml")
	if err != nil {
		return nil, fmt.Errorf("listing rules: %w", err)
	}
	sort.Strings(names)
	var errs []error
	for _, name := range names {
		if name == "vocab.yaml" || name == "profile.yaml" {
			continue
		}
		r, err := loadRule(fsys, name, vocab)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		rs.byID[r.ID] = r
	}
	for _, id := range IDs() {
		if _, ok := rs.byID[id]; !ok && len(errs) == 0 {
			errs = append(errs, fmt.Errorf("%s.yaml: no rule for catalogue requirement %q", id, id))
		}
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	return rs, nil
}

// ---- YAML shapes ----

// src is a string with its position in the rule file.
type src struct {
	S         string
	Line, Col int
}

func (s *src) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind != yaml.ScalarNode {
		return &yaml.TypeError{Errors: []string{fmt.Sprintf("line %d: expected a string", n.Line)}}
	}
	s.S, s.Line, s.Col = n.Value, n.Line, n.Column
	return nil
}

type langList struct {
	EN []src `yaml:"en"`
	FR []src `yaml:"fr"`
}

func (l langList) byLang() map[string][]src { return map[string][]src{"en": l.EN, "fr": l.FR} }

type partYAML struct {
	Name     src      `yaml:"name"`
	Anywhere bool     `yaml:"anywhere"`
	EN       []src    `yaml:"en"`
	FR       []src    `yaml:"fr"`
	Labels   langList `yaml:"labels"`
	Not      langList `yaml:"not"`
}

type weakYAML struct {
	Reason src      `yaml:"reason"`
	Where  string   `yaml:"where"`
	EN     []src    `yaml:"en"`
	FR     []src    `yaml:"fr"`
	Not    langList `yaml:"not"`
}

type ruleYAML struct {
	ID         src    `yaml:"id"`
	Window     string `yaml:"window"`
	References string `yaml:"references"`
	// LawDefinitions: "skip" ignores definitions of the GDPR's own terms.
	LawDefinitions string     `yaml:"law_definitions"`
	Parts          []partYAML `yaml:"parts"`
	Weak           []weakYAML `yaml:"weak"`
	// NegationExcept narrows the shared negations for this rule.
	NegationExcept langList `yaml:"negation_except"`
	// StatedBy lists requirement ids whose present verdict also states this one.
	StatedBy []src `yaml:"stated_by"`
	// Topics name the requirement's topic in a reference that keeps another
	// agreement's clauses in force.
	Topics langList `yaml:"topics"`
}

// decode reads one YAML file strictly (unknown keys are errors) and turns yaml.v3's
// "line N: msg" errors into file:line:col form.
func decode(fsys fs.FS, name string, v any) error {
	data, err := fs.ReadFile(fsys, name)
	if err != nil {
		return fmt.Errorf("reading rule file %s: %w", name, err)
	}
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(v); err != nil {
		return yamlError(name, err)
	}
	return nil
}

var lineRe = regexp.MustCompile(`line (\d+)(?:, column (\d+))?: (.*)`)

func yamlError(file string, err error) error {
	var msgs []string
	if te, ok := err.(*yaml.TypeError); ok {
		msgs = te.Errors
	} else {
		msgs = []string{strings.TrimPrefix(err.Error(), "yaml: ")}
	}
	var errs []error
	for _, m := range msgs {
		if sm := lineRe.FindStringSubmatch(m); sm != nil {
			line, _ := strconv.Atoi(sm[1])
			col, _ := strconv.Atoi(sm[2])
			if col == 0 {
				col = 1
			}
			errs = append(errs, &RuleError{File: file, Line: line, Col: col, Msg: sm[3]})
			continue
		}
		errs = append(errs, &RuleError{File: file, Line: 1, Col: 1, Msg: m})
	}
	return errors.Join(errs...)
}

// ---- vocabularies and pattern expansion ----

// vocab maps a name to its alternatives per language, already expanded.
type vocab map[string]map[string]string

var refRe = regexp.MustCompile(`\{([a-z][a-z0-9_-]*)\}`)

func loadVocab(fsys fs.FS, rs *Rules) (vocab, error) {
	var raw struct {
		Vocab     map[string]langList `yaml:"vocab"`
		Negations langList            `yaml:"negations"`
		LangWords map[string][]string `yaml:"lang_words"`
	}
	if err := decode(fsys, "vocab.yaml", &raw); err != nil {
		return nil, err
	}
	v := vocab{}
	// Vocabularies may refer to each other; expand depth-first, refusing cycles.
	var expand func(name string, stack []string) error
	expand = func(name string, stack []string) error {
		if _, done := v[name]; done {
			return nil
		}
		for _, s := range stack {
			if s == name {
				return fmt.Errorf("vocab.yaml: vocabulary {%s} refers to itself via %s", name, strings.Join(stack, " -> "))
			}
		}
		ll := raw.Vocab[name]
		out := map[string]string{}
		for lang, alts := range ll.byLang() {
			if len(alts) == 0 {
				return &RuleError{File: "vocab.yaml", Line: 1, Col: 1, Msg: fmt.Sprintf("vocabulary {%s} has no %s words", name, lang)}
			}
			parts := make([]string, 0, len(alts))
			for _, a := range alts {
				var err error
				s := refRe.ReplaceAllStringFunc(a.S, func(m string) string {
					ref := m[1 : len(m)-1]
					if _, ok := raw.Vocab[ref]; !ok {
						err = &RuleError{File: "vocab.yaml", Line: a.Line, Col: a.Col, Msg: fmt.Sprintf("unknown vocabulary {%s}", ref)}
						return m
					}
					if e := expand(ref, append(stack, name)); e != nil {
						err = e
						return m
					}
					return v[ref][lang]
				})
				if err != nil {
					return err
				}
				if _, cerr := regexp.Compile(s); cerr != nil {
					return &RuleError{File: "vocab.yaml", Line: a.Line, Col: a.Col, Msg: fmt.Sprintf("bad pattern in {%s}: %v", name, cerr)}
				}
				parts = append(parts, s)
			}
			out[lang] = "(?:" + strings.Join(parts, "|") + ")"
		}
		v[name] = out
		return nil
	}
	names := make([]string, 0, len(raw.Vocab))
	for n := range raw.Vocab {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if err := expand(n, nil); err != nil {
			return nil, err
		}
	}
	neg, err := compileList("vocab.yaml", raw.Negations.byLang(), v)
	if err != nil {
		return nil, err
	}
	rs.Negations = neg
	rs.LangWords = raw.LangWords
	for _, l := range Langs {
		if len(rs.LangWords[l]) == 0 {
			return nil, &RuleError{File: "vocab.yaml", Line: 1, Col: 1, Msg: "lang_words needs words for " + l}
		}
	}
	return v, nil
}

// gap is what "~" stands for in a pattern: a few words in between, within the same
// sentence (sentences are split before matching).
const gap = `.*?`

// compile expands {vocabulary} references and "~" in a pattern and compiles it.
func compile(file string, p src, lang string, v vocab) (*regexp.Regexp, error) {
	var err error
	s := refRe.ReplaceAllStringFunc(p.S, func(m string) string {
		name := m[1 : len(m)-1]
		alts, ok := v[name]
		if !ok {
			if err == nil {
				err = &RuleError{File: file, Line: p.Line, Col: p.Col, Msg: fmt.Sprintf("unknown vocabulary {%s}", name)}
			}
			return m
		}
		return alts[lang]
	})
	if err != nil {
		return nil, err
	}
	if upperRe.MatchString(s) {
		return nil, &RuleError{File: file, Line: p.Line, Col: p.Col, Msg: "write patterns in lower case: text is folded to lower case before matching"}
	}
	// Text is matched without accents (see StripAccents), so patterns are too.
	s = StripAccents(s)
	// Spaces around "~" belong to it: "a ~ b", "a ~b" and "a~b" all mean the same.
	for _, g := range []string{" ~ ", " ~", "~ ", "~"} {
		s = strings.ReplaceAll(s, g, gap)
	}
	re, cerr := regexp.Compile(s)
	if cerr != nil {
		return nil, &RuleError{File: file, Line: p.Line, Col: p.Col, Msg: fmt.Sprintf("bad pattern: %v", cerr)}
	}
	return re, nil
}

// accents maps the accented lower-case letters of French (and German, for
// names) to their base letter.
var accents = strings.NewReplacer(
	"à", "a", "â", "a", "ä", "a", "á", "a",
	"é", "e", "è", "e", "ê", "e", "ë", "e",
	"î", "i", "ï", "i", "í", "i",
	"ô", "o", "ö", "o", "ó", "o",
	"ù", "u", "û", "u", "ü", "u", "ú", "u",
	"ç", "c", "ÿ", "y", "ñ", "n",
)

// StripAccents removes the accents of lower-case letters. Contracts are often
// typed without accents ("donnees", "securite": plain-text e-mails, ASCII
// exports), so matching ignores them: the linter folds text with it, and
// every pattern is compiled through it.
func StripAccents(s string) string { return accents.Replace(s) }

// upperRe finds an upper-case letter that is not part of an escape like \S or \W.
var upperRe = regexp.MustCompile(`(?:^|[^\\])\p{Lu}`)

func compileList(file string, by map[string][]src, v vocab) (Patterns, error) {
	out := Patterns{}
	for _, lang := range Langs {
		for _, p := range by[lang] {
			re, err := compile(file, p, lang, v)
			if err != nil {
				return nil, err
			}
			out[lang] = append(out[lang], matcher{re: re, triggers: triggers(re.String())})
		}
	}
	return out, nil
}

func loadProfile(fsys fs.FS, v vocab, rs *Rules) error {
	var raw map[string]struct {
		EN     []src    `yaml:"en"`
		FR     []src    `yaml:"fr"`
		Not    langList `yaml:"not"`
		Veto   langList `yaml:"veto"`
		Deny   langList `yaml:"deny"`
		Affirm langList `yaml:"affirm"`
	}
	if err := decode(fsys, "profile.yaml", &raw); err != nil {
		return err
	}
	for _, c := range []Condition{SpecialCategories, Migration} {
		p, ok := raw[string(c)]
		if !ok {
			return &RuleError{File: "profile.yaml", Line: 1, Col: 1, Msg: fmt.Sprintf("no patterns for condition %q", c)}
		}
		var prof Profile
		for _, l := range []struct {
			dst *Patterns
			src map[string][]src
		}{
			{&prof.In, map[string][]src{"en": p.EN, "fr": p.FR}},
			{&prof.Not, p.Not.byLang()},
			{&prof.Veto, p.Veto.byLang()},
			{&prof.Deny, p.Deny.byLang()},
			{&prof.Affirm, p.Affirm.byLang()},
		} {
			pats, err := compileList("profile.yaml", l.src, v)
			if err != nil {
				return err
			}
			*l.dst = pats
		}
		rs.Profiles[c] = prof
	}
	p, ok := raw[personalData]
	if !ok {
		return &RuleError{File: "profile.yaml", Line: 1, Col: 1, Msg: fmt.Sprintf("no patterns for %q", personalData)}
	}
	pd, err := compileList("profile.yaml", map[string][]src{"en": p.EN, "fr": p.FR}, v)
	if err != nil {
		return err
	}
	rs.PersonalData = pd
	return nil
}

// personalData is the profile.yaml key of the patterns that tell a text about
// personal data from one that is not (see Rules.PersonalData).
const personalData = "personal-data"

func loadRule(fsys fs.FS, name string, v vocab) (*Rule, error) {
	var raw ruleYAML
	if err := decode(fsys, name, &raw); err != nil {
		return nil, err
	}
	at := func(s src, msg string) error {
		line, col := s.Line, s.Col
		if line == 0 {
			line, col = 1, 1
		}
		return &RuleError{File: name, Line: line, Col: col, Msg: msg}
	}
	id := raw.ID.S
	if _, ok := Lookup(id); !ok {
		return nil, at(raw.ID, fmt.Sprintf("id %q is not in the requirement catalogue", id))
	}
	if want := id + ".yaml"; path.Base(name) != want {
		return nil, at(raw.ID, fmt.Sprintf("rule %q must be in a file named %s", id, want))
	}
	r := &Rule{ID: id, File: name, Window: WindowSection}
	switch raw.References {
	case "":
	case "check":
		r.CheckReferences = true
	case "outside":
		r.Outside = true
	default:
		return nil, at(raw.ID, fmt.Sprintf("references %q: expected check, outside or nothing", raw.References))
	}
	switch raw.LawDefinitions {
	case "":
	case "skip":
		r.SkipLawDefinitions = true
	default:
		return nil, at(raw.ID, fmt.Sprintf("law_definitions %q: expected skip or nothing", raw.LawDefinitions))
	}
	if raw.Window != "" {
		w, ok := windowNames[raw.Window]
		if !ok {
			return nil, at(raw.ID, fmt.Sprintf("window %q: expected sentence, block, clause or section", raw.Window))
		}
		r.Window = w
	}
	if len(raw.Parts) == 0 {
		return nil, at(raw.ID, "a rule needs at least one part")
	}
	// Matches are kept as bit sets of 64 bits.
	if len(raw.Parts) > 64 || len(raw.Weak) > 64 {
		return nil, at(raw.ID, "a rule has at most 64 parts and 64 weak patterns")
	}
	for i, p := range raw.Parts {
		if p.Name.S == "" {
			return nil, at(raw.ID, fmt.Sprintf("part %d has no name", i+1))
		}
		by := map[string][]src{"en": p.EN, "fr": p.FR}
		for _, l := range Langs {
			if len(by[l]) == 0 {
				return nil, at(p.Name, fmt.Sprintf("part %q has no %s patterns", p.Name.S, l))
			}
		}
		pats, err := compileList(name, by, v)
		if err != nil {
			return nil, err
		}
		not, err := compileList(name, p.Not.byLang(), v)
		if err != nil {
			return nil, err
		}
		labels, err := compileList(name, p.Labels.byLang(), v)
		if err != nil {
			return nil, err
		}
		if i == 0 && p.Anywhere {
			return nil, at(p.Name, "the first part is the anchor and cannot be 'anywhere'")
		}
		r.Parts = append(r.Parts, Part{Name: p.Name.S, Anywhere: p.Anywhere, Patterns: pats, Labels: labels, Not: not})
	}
	negExcept, err := compileList(name, raw.NegationExcept.byLang(), v)
	if err != nil {
		return nil, err
	}
	r.NegationExcept = negExcept
	if r.Topics, err = compileList(name, raw.Topics.byLang(), v); err != nil {
		return nil, err
	}
	for _, by := range raw.StatedBy {
		if _, ok := Lookup(by.S); !ok || by.S == id {
			return nil, at(by, fmt.Sprintf("stated_by: %q is not another requirement of the catalogue", by.S))
		}
		r.StatedBy = append(r.StatedBy, by.S)
	}
	for _, w := range raw.Weak {
		if w.Reason.S == "" {
			return nil, at(raw.ID, "a weak pattern needs a reason")
		}
		wp := WeakPattern{Reason: w.Reason.S}
		switch w.Where {
		case "", "window":
			wp.Where = WhereWindow
		case "sentence":
			wp.Where = WhereSentence
		case "document":
			wp.Where = WhereDocument
		default:
			return nil, at(w.Reason, fmt.Sprintf("where %q: expected window, sentence or document", w.Where))
		}
		by := map[string][]src{"en": w.EN, "fr": w.FR}
		for _, l := range Langs {
			if len(by[l]) == 0 {
				return nil, at(w.Reason, fmt.Sprintf("weak pattern %q has no %s patterns", w.Reason.S, l))
			}
		}
		pats, err := compileList(name, by, v)
		if err != nil {
			return nil, err
		}
		wp.Patterns = pats
		if wp.Not, err = compileList(name, w.Not.byLang(), v); err != nil {
			return nil, err
		}
		r.Weak = append(r.Weak, wp)
	}
	return r, nil
}
