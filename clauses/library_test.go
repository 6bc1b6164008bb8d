package clauses

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
)

func mustDefault(t testing.TB) *Library {
	t.Helper()
	lib, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	return lib
}

// Every requirement of the catalogue is covered in every language, by a clause
// that applies unconditionally or under a condition that can hold. Risk
// requirements may be covered only under their condition.
func TestLibraryCoversCatalogue(t *testing.T) {
	lib := mustDefault(t)
	for _, lang := range Languages {
		covered := map[string]bool{}
		for _, c := range lib.Clauses(lang) {
			for _, id := range c.Covers {
				covered[id] = true
			}
		}
		for _, r := range Catalogue() {
			if !covered[r.ID] {
				t.Errorf("%s: no clause covers %s", lang, r.ID)
			}
		}
	}
}

// Conditional alternatives must cover the same ids, so that whichever applies the
// requirement stays covered: both values of each condition are tried.
func TestConditionsEachCovered(t *testing.T) {
	lib := mustDefault(t)
	for _, lang := range Languages {
		for _, sub := range []string{"general", "specific"} {
			for _, end := range []string{"delete", "return"} {
				for _, tr := range []bool{false, true} {
					f := Facts{Subprocessors: sub, EndDefault: end, Transfers: tr}
					covered := map[string]bool{}
					for _, c := range lib.Clauses(lang) {
						if c.Applies(f) {
							for _, id := range c.Covers {
								covered[id] = true
							}
						}
					}
					for _, r := range Catalogue() {
						if r.Level != Risk && !covered[r.ID] {
							t.Errorf("%s %+v: %s not covered", lang, f, r.ID)
						}
					}
				}
			}
		}
	}
}

// The English and French sets are the same clauses: same ids, covers, conditions,
// sections and order, so a document has the same structure in both languages.
func TestLanguagesParallel(t *testing.T) {
	lib := mustDefault(t)
	en, fr := lib.Clauses("en"), lib.Clauses("fr")
	if len(en) != len(fr) {
		t.Fatalf("%d English clauses, %d French", len(en), len(fr))
	}
	for i := range en {
		a, b := en[i], fr[i]
		if a.ID != b.ID || a.Section != b.Section || a.Order != b.Order ||
			fmt.Sprint(a.Covers) != fmt.Sprint(b.Covers) || fmt.Sprint(a.When) != fmt.Sprint(b.When) {
			t.Errorf("en %s %s/%d %v %v differs from fr %s %s/%d %v %v",
				a.ID, a.Section, a.Order, a.Covers, a.When, b.ID, b.Section, b.Order, b.Covers, b.When)
		}
	}
}

// French clause texts follow French typography: a no-break space before : ; ? !
// and inside guillemets, never an ordinary space.
func TestFrenchTypography(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("fr", "*.md"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no French clauses: %v", err)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		_, body, _ := strings.Cut(string(data)[4:], "\n---\n")
		for _, bad := range []string{" :", " ;", " ?", " !", "« ", " »"} {
			if i := strings.Index(body, bad); i >= 0 {
				t.Errorf("%s: ordinary space in %q: ...%s...", f, bad, body[max(0, i-30):min(len(body), i+30)])
			}
		}
	}
}

func TestSuggest(t *testing.T) {
	lib := mustDefault(t)
	for _, lang := range Languages {
		for _, r := range Catalogue() {
			s, err := lib.Suggest(r.ID, lang)
			if err != nil {
				t.Errorf("%s %s: %v", lang, r.ID, err)
				continue
			}
			if len(s) < 80 {
				t.Errorf("%s %s: suggestion too short: %q", lang, r.ID, s)
			}
			for _, bad := range []string{"<no value>", "%!", "{{", "TODO", "[insert", "(?)", "map["} {
				if strings.Contains(s, bad) {
					t.Errorf("%s %s: suggestion contains %q:\n%s", lang, r.ID, bad, s)
				}
			}
		}
	}
	s, err := lib.Suggest("breach-notification", "fr")
	if err != nil || !strings.Contains(s, "48 heures") || !strings.Contains(s, "Sous-traitant") {
		t.Errorf("French breach suggestion = %q, %v", s, err)
	}
	s, err = lib.Suggest("security-measures-specific", "en")
	if err != nil || !strings.Contains(s, "### Encryption of personal data") || !strings.Contains(s, "### Regular testing") {
		t.Errorf("security-measures-specific should suggest the whole of Annex III: %q, %v", s, err)
	}
	s, err = lib.Suggest("subprocessor-authorisation", "en")
	if err != nil || !strings.Contains(s, "general written authorisation") || strings.Contains(s, "prior specific written authorisation") {
		t.Errorf("subprocessor-authorisation should suggest the clause that applies to the example (general): %q, %v", s, err)
	}
	if _, err := lib.Suggest("no-such-id", "en"); err == nil || !strings.Contains(err.Error(), "no-such-id") {
		t.Errorf("unknown id: err = %v", err)
	}
	if _, err := lib.Suggest("audits", "de"); err == nil || !strings.Contains(err.Error(), `"de"`) {
		t.Errorf("unknown language: err = %v", err)
	}
}

const goodClause = `---
id: house-audit
covers: [audits]
lang: en
when: {subprocessors: general}
order: 5
section: documentation
---
The Controller may audit the Processor {{.Audits.Frequency}}.
`

func TestParseClause(t *testing.T) {
	c, err := ParseClause("house/audit.md", []byte(goodClause))
	if err != nil {
		t.Fatal(err)
	}
	if c.ID != "house-audit" || c.Lang != "en" || c.Order != 5 || c.Section != "documentation" ||
		fmt.Sprint(c.Covers) != "[audits]" || c.When["subprocessors"] != "general" {
		t.Errorf("parsed %+v", c)
	}
	if !c.Applies(Facts{Subprocessors: "general"}) || c.Applies(Facts{Subprocessors: "specific"}) {
		t.Error("when: {subprocessors: general} not honoured")
	}
	got, err := c.Execute(map[string]any{"Audits": map[string]any{"Frequency": "once a year"}}, nil)
	if err != nil || got != "The Controller may audit the Processor once a year." {
		t.Errorf("Execute = %q, %v", got, err)
	}
	// CRLF files parse the same.
	if _, err := ParseClause("crlf.md", []byte(strings.ReplaceAll(goodClause, "\n", "\r\n"))); err != nil {
		t.Errorf("CRLF: %v", err)
	}
}

// Errors in a clause file name the file, line and column of the fault.
func TestParseClauseErrors(t *testing.T) {
	tests := []struct {
		name, text, want string
	}{
		{"no front matter", "Just text.\n", "c.md:1:1: a clause file begins with a '---' line"},
		{"unclosed", "---\nid: x\n", "c.md:1:1: front matter is not closed"},
		{"yaml syntax", "---\nid: x\ncovers: [audits]\nlang: en: x\n---\nText.\n", "c.md:4:1: front matter: mapping values are not allowed"},
		{"unknown key", "---\nid: x\ncovers: [audits]\nlang: en\nsection: s\ncolour: red\n---\nText.\n", `c.md:6:1: unknown front matter key "colour"`},
		{"unknown id", "---\nid: x\ncovers: [audits, audit]\nlang: en\nsection: s\n---\nText.\n", `c.md:3:18: covers names unknown requirement id "audit"`},
		{"empty covers", "---\nid: x\ncovers: []\nlang: en\nsection: s\n---\nText.\n", "c.md:2:1: covers is empty"},
		{"no covers", "---\nid: x\nlang: en\nsection: s\n---\nText.\n", `c.md:2:1: front matter lacks "covers"`},
		{"covers not a list", "---\nid: x\ncovers: audits\nlang: en\nsection: s\n---\nText.\n", "c.md:3:9: covers must be a list"},
		{"bad lang", "---\nid: x\ncovers: [audits]\nlang: de\nsection: s\n---\nText.\n", `c.md:4:7: lang must be one of en, fr, got "de"`},
		{"bad id", "---\nid: Audit_1\ncovers: [audits]\nlang: en\nsection: s\n---\nText.\n", "c.md:2:5: id must be lower-case words"},
		{"bad when key", "---\nid: x\ncovers: [audits]\nlang: en\nsection: s\nwhen: {transfer: present}\n---\nText.\n", `c.md:6:8: unknown condition "transfer"`},
		{"bad when value", "---\nid: x\ncovers: [audits]\nlang: en\nsection: s\nwhen: {transfers: yes}\n---\nText.\n", `c.md:6:19: condition transfers must be one of present, none, got "yes"`},
		{"bad order", "---\nid: x\ncovers: [audits]\nlang: en\nsection: s\norder: first\n---\nText.\n", `c.md:6:8: order must be an integer`},
		{"duplicate key", "---\nid: x\nid: y\ncovers: [audits]\nlang: en\nsection: s\n---\nText.\n", `c.md:3:1: key "id" appears twice`},
		{"empty body", "---\nid: x\ncovers: [audits]\nlang: en\nsection: s\n---\n\n", "c.md:7:1: clause x has no text"},
		{"template syntax", "---\nid: x\ncovers: [audits]\nlang: en\nsection: s\n---\nFirst line.\nBad {{.Audits.Frequency\n", "c.md:9:1: clause text: unclosed action started at c.md:8"},
		{"unknown function", "---\nid: x\ncovers: [audits]\nlang: en\nsection: s\n---\nText {{shout .Audits}}.\n", `c.md:7:1: clause text: function "shout" not defined`},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ParseClause("c.md", []byte(tc.text))
			if err == nil {
				t.Fatalf("no error, want %q", tc.want)
			}
			if !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %q\nwant it to contain %q", err, tc.want)
			}
		})
	}
}

func TestOverride(t *testing.T) {
	lib := mustDefault(t)
	before := len(lib.Clauses("en"))
	replacement := strings.Replace(goodClause, "id: house-audit", "id: audits", 1)
	err := lib.Override(fstest.MapFS{
		"en/audits.md": {Data: []byte(replacement)},
		"en/new.md":    {Data: []byte(goodClause)},
	})
	if err != nil {
		t.Fatal(err)
	}
	if got := len(lib.Clauses("en")); got != before+1 {
		t.Errorf("%d clauses after replacing one and adding one, want %d", got, before+1)
	}
	c, _ := lib.Clause("en", "audits")
	if c.File != "en/audits.md" || c.Order != 5 {
		t.Errorf("audits not replaced: %+v", c)
	}
	if fr, _ := lib.Clause("fr", "audits"); fr.File != "fr/audits.md" {
		t.Errorf("French audits clause touched by an English override: %s", fr.File)
	}

	// Errors: every bad file is reported, a duplicate within one set too, and an
	// empty directory is refused.
	err = mustDefault(t).Override(fstest.MapFS{
		"a.md": {Data: []byte(goodClause)},
		"b.md": {Data: []byte(goodClause)},
		"c.md": {Data: []byte("---\nid: c\ncovers: [nope]\nlang: en\nsection: s\n---\nx\n")},
	})
	if err == nil || !strings.Contains(err.Error(), `b.md:1:1: clause id "house-audit" (en) already defined in a.md`) ||
		!strings.Contains(err.Error(), `c.md:3:10: covers names unknown requirement id "nope"`) {
		t.Errorf("err = %v", err)
	}
	if err := mustDefault(t).Override(fstest.MapFS{"README.txt": {Data: []byte("x")}}); err == nil {
		t.Error("a directory without .md clauses should be refused")
	}
}

func TestEscapeMarkdown(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Acme SA", "Acme SA"},
		{"Acme *Holdings* | Ltd", `Acme \*Holdings\* \| Ltd`},
		{"data_protection@acme.eu", `data\_protection@acme.eu`},
		{"<script>", `\<script\>`},
		{"# not a heading", `\# not a heading`},
		{"#1 priority", `\#1 priority`},
		{"##", `\##`},
		{"---", `\---`},
		{"- not a list", `\- not a list`},
		{"+33 1 23 45 67 89", `\+33 1 23 45 67 89`},
		{"2026. A year", `2026\. A year`},
		{"line\nbreak\ttab", "line break tab"},
		{`back\slash [link](x)`, `back\\slash \[link\](x)`},
		{"AT&T ~strike~", `AT\&T \~strike\~`},
		{"2026-03-02", "2026-03-02"},
		{"l'article 28", "l'article 28"},
		{"n°\u00a012  \r\n", "n°\u00a012"},
	}
	for _, tc := range tests {
		if got := EscapeMarkdown(tc.in); got != tc.want {
			t.Errorf("EscapeMarkdown(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestEscapeData(t *testing.T) {
	type inner struct{ S string }
	type outer struct {
		A  string
		P  *inner
		L  []string
		M  map[string]any
		N  *inner
		I  int
		un string
	}
	in := &outer{A: "a|b", P: &inner{"*x*"}, L: []string{"_y_"}, M: map[string]any{"k": []any{"[z]"}}, I: 3, un: "|"}
	out := EscapeData(in).(*outer)
	if out.A != `a\|b` || out.P.S != `\*x\*` || out.L[0] != `\_y\_` || out.M["k"].([]any)[0] != `\[z\]` || out.N != nil || out.I != 3 {
		t.Errorf("EscapeData = %+v", out)
	}
	if in.A != "a|b" || in.P.S != "*x*" || in.L[0] != "_y_" {
		t.Error("EscapeData modified its input")
	}
}

func TestFormatDate(t *testing.T) {
	tests := []struct{ in, lang, want string }{
		{"2026-03-02", "en", "2 March 2026"},
		{"2026-03-01", "fr", "1er mars 2026"},
		{"2026-08-15", "fr", "15 août 2026"},
		{"soon", "en", "soon"},
		{"2026-13-01", "en", "2026-13-01"},
	}
	for _, tc := range tests {
		if got := FormatDate(tc.in, tc.lang); got != tc.want {
			t.Errorf("FormatDate(%q, %s) = %q, want %q", tc.in, tc.lang, got, tc.want)
		}
	}
}

// FuzzParseClause: no input makes the parser panic, and an error always names the
// file with a line.
func FuzzParseClause(f *testing.F) {
	f.Add([]byte(goodClause))
	f.Add([]byte("---\nid: x\ncovers: [audits]\nlang: en\nsection: s\n---\n{{if .X}}y{{end}}\n"))
	f.Add([]byte("---\n---\n"))
	f.Add([]byte("---\n: [\n---\nx"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ParseClause("f.md", data)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.md:") && !strings.Contains(err.Error(), "f.md:") {
				t.Errorf("error does not name the file: %v", err)
			}
			return
		}
		if c.ID == "" || len(c.Covers) == 0 || c.Section == "" {
			t.Errorf("accepted clause without id, covers or section: %+v", c)
		}
	})
}

func BenchmarkDefault(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Default(); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkSuggest(b *testing.B) {
	lib := mustDefault(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := lib.Suggest("security-measures-specific", "fr"); err != nil {
			b.Fatal(err)
		}
	}
}
