package templates

import (
	"bytes"
	"errors"
	"flag"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/contract"
	"github.com/dpatool/dpa/samples"
)

var update = flag.Bool("update", false, "rewrite the golden Markdown files in testdata/golden")

// loadSample loads and validates samples/<name>.yaml through the real loader, and
// fails the test if the sample does not validate clean.
func loadSample(t testing.TB, name string) *contract.Contract {
	t.Helper()
	file := name + ".yaml"
	data, err := fs.ReadFile(samples.FS, file)
	if err != nil {
		t.Fatal(err)
	}
	open := func(p string) ([]byte, error) { return fs.ReadFile(samples.FS, path.Clean(p)) }
	c, src, err := contract.Load(file, data, open)
	if err != nil {
		t.Fatalf("load %s: %v", file, err)
	}
	for _, d := range contract.Validate(c, src) {
		if d.Severity == "error" {
			t.Fatalf("%s does not validate: %s: %s", file, d.ID, d.Message)
		}
	}
	return c
}

func withLang(c *contract.Contract, lang string) *contract.Contract {
	cp := *c
	cp.Language = lang
	return &cp
}

// Every sample in every language: all applicable requirements covered, no
// placeholder left, output equal to its golden file.
func TestAssembleSamples(t *testing.T) {
	for _, name := range samples.Examples {
		for _, lang := range clauses.Languages {
			t.Run(name+"."+lang, func(t *testing.T) {
				c := withLang(loadSample(t, name), lang)
				res, err := Assemble(c, nil)
				if err != nil {
					t.Fatal(err)
				}
				md := res.Markdown
				for _, r := range clauses.Catalogue() {
					if r.Applies(c.HasSpecialCategories(), c.HasMigration()) && len(res.Coverage[r.ID]) == 0 {
						t.Errorf("applicable requirement %s not covered", r.ID)
					}
				}
				checkClean(t, md)
				golden := filepath.Join("testdata", "golden", name+"."+lang+".md")
				if *update {
					if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(golden, md, 0o644); err != nil {
						t.Fatal(err)
					}
					return
				}
				want, err := os.ReadFile(golden)
				if err != nil {
					t.Fatalf("%v (run go test ./templates -update)", err)
				}
				if !bytes.Equal(md, want) {
					t.Errorf("output differs from %s (run go test ./templates -update and review the diff)\n%s", golden, firstDiff(want, md))
				}
			})
		}
	}
}

var placeholders = []string{"TODO", "[insert", "<no value>", "%!", "(?)", "| |", "||"}

// checkClean fails on anything a signed contract must not show: placeholders,
// template debris, empty table cells, gaps in the clause numbering, and clause
// markers that do not pair up.
func checkClean(t *testing.T, md []byte) {
	t.Helper()
	s := string(md)
	for _, p := range placeholders {
		if i := strings.Index(s, p); i >= 0 {
			t.Errorf("output contains %q: ...%s...", p, excerpt(s, i))
		}
	}
	for i, line := range strings.Split(s, "\n") {
		if strings.HasPrefix(line, "|") {
			cells := strings.Split(strings.Trim(line, "|"), " | ")
			for _, c := range cells {
				if strings.TrimSpace(c) == "" {
					t.Errorf("line %d: empty table cell: %s", i+1, line)
				}
			}
		}
	}
	nums := regexp.MustCompile(`(?m)^## Clause (\d+) - `).FindAllStringSubmatch(s, -1)
	for i, m := range nums {
		if m[1] != strconv.Itoa(i+1) {
			t.Errorf("clause headings numbered %v: want 1..%d without gaps", nums, len(nums))
			break
		}
	}
	open := strings.Count(s, "<!-- clause: ")
	closed := strings.Count(s, "<!-- /clause -->")
	if open != closed || open == 0 {
		t.Errorf("%d clause openings, %d closings", open, closed)
	}
}

func excerpt(s string, i int) string {
	lo, hi := max(0, i-40), min(len(s), i+40)
	return s[lo:hi]
}

func firstDiff(want, got []byte) string {
	wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	for i := 0; i < len(wl) || i < len(gl); i++ {
		var w, g string
		if i < len(wl) {
			w = wl[i]
		}
		if i < len(gl) {
			g = gl[i]
		}
		if w != g {
			return "line " + strconv.Itoa(i+1) + ":\n  want: " + w + "\n  got:  " + g
		}
	}
	return ""
}

func TestAssembleDeterministic(t *testing.T) {
	for _, name := range samples.Examples {
		c := loadSample(t, name)
		a, err := Markdown(c, nil)
		if err != nil {
			t.Fatal(err)
		}
		b, err := Markdown(c, nil)
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two renderings differ", name)
		}
	}
}

// Conditional clauses: each condition of the library picks exactly the clause
// written for it, and the numbering closes up when a section drops out.
func TestConditions(t *testing.T) {
	base := loadSample(t, "saas-crm") // general, transfers, delete, no special, no migration
	med := loadSample(t, "medical-lab")
	pay := loadSample(t, "payroll")
	cases := []struct {
		name    string
		c       *contract.Contract
		want    []string
		notWant []string
	}{
		{"general", base, []string{"subprocessors-general", "transfers-present", "end-delete"}, []string{"subprocessors-specific", "transfers-none", "end-return", "special-categories", "migration-scope", "migration-deletion"}},
		{"specific", pay, []string{"subprocessors-specific", "transfers-none", "end-return"}, []string{"subprocessors-general", "transfers-present", "end-delete"}},
		{"special and migration", med, []string{"special-categories", "migration-scope", "migration-deletion"}, nil},
	}
	for _, tc := range cases {
		for _, lang := range clauses.Languages {
			res, err := Assemble(withLang(tc.c, lang), nil)
			if err != nil {
				t.Fatalf("%s/%s: %v", tc.name, lang, err)
			}
			md := string(res.Markdown)
			for _, id := range tc.want {
				if !strings.Contains(md, "<!-- clause: "+id+" -->") {
					t.Errorf("%s/%s: clause %s missing", tc.name, lang, id)
				}
			}
			for _, id := range tc.notWant {
				if strings.Contains(md, "<!-- clause: "+id+" -->") {
					t.Errorf("%s/%s: clause %s should not apply", tc.name, lang, id)
				}
			}
		}
	}
	// Without special categories and migration, Sensitive data and Data migration
	// drop out and the clause after Security is numbered right after it.
	md, err := Markdown(base, nil)
	if err != nil {
		t.Fatal(err)
	}
	if !regexp.MustCompile(`## Clause 9 - Security of processing[\s\S]*## Clause 10 - Documentation and compliance`).Match(md) {
		t.Errorf("numbering does not close up over the absent Sensitive data clause")
	}
}

// house builds an in-memory clause directory.
func house(files map[string]string) fstest.MapFS {
	m := fstest.MapFS{}
	for name, text := range files {
		m[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return m
}

func TestHouseClauses(t *testing.T) {
	c := loadSample(t, "saas-crm")
	const replaced = `---
id: breach-notification
covers: [breach-notification]
lang: en
order: 10
section: breach
---
The Processor shall notify the Controller of any personal data breach within {{.Breach.NoticeHours}} hours by telephone and in writing (house wording).
`
	const added = `---
id: house-insurance
covers: [security]
lang: en
order: 90
section: security
---
The Processor shall maintain cyber-insurance cover of at least EUR 5 million (house wording).
`
	t.Run("replace and add", func(t *testing.T) {
		lib, err := clauses.Default()
		if err != nil {
			t.Fatal(err)
		}
		if err := lib.Override(house(map[string]string{"breach.md": replaced, "extra/insurance.md": added})); err != nil {
			t.Fatal(err)
		}
		res, err := Assemble(c, lib)
		if err != nil {
			t.Fatal(err)
		}
		md := string(res.Markdown)
		if !strings.Contains(md, "within 36 hours by telephone and in writing (house wording)") {
			t.Error("replacement clause not used")
		}
		if strings.Contains(md, "so that the Controller can meet its own obligations under Articles 33 and 34") {
			t.Error("built-in breach clause still present after replacement")
		}
		if !strings.Contains(md, "<!-- clause: house-insurance -->") || !strings.Contains(md, "cyber-insurance") {
			t.Error("added clause missing")
		}
		if got := res.Coverage["security"]; len(got) != 2 || got[1] != "house-insurance" {
			t.Errorf("coverage of security = %v, want [security house-insurance]", got)
		}
	})
	t.Run("refuses uncovered", func(t *testing.T) {
		lib, err := clauses.Default()
		if err != nil {
			t.Fatal(err)
		}
		// Replacing the audits clause with one that covers something else leaves
		// audits uncovered.
		err = lib.Override(house(map[string]string{"audits.md": `---
id: audits
covers: [confidentiality]
lang: en
section: documentation
---
Staff are bound by confidentiality.
`}))
		if err != nil {
			t.Fatal(err)
		}
		_, err = Assemble(c, lib)
		var ue *UncoveredError
		if !errors.As(err, &ue) || strings.Join(ue.IDs, ",") != "audits" {
			t.Fatalf("err = %v, want UncoveredError for audits", err)
		}
		if !strings.Contains(err.Error(), "audits") {
			t.Errorf("error does not name the id: %v", err)
		}
	})
	t.Run("unknown section", func(t *testing.T) {
		lib, _ := clauses.Default()
		err := lib.Override(house(map[string]string{"x.md": strings.Replace(added, "section: security", "section: securty", 1)}))
		if err != nil {
			t.Fatal(err)
		}
		_, err = Assemble(c, lib)
		if err == nil || !strings.Contains(err.Error(), `x.md: clause house-insurance names section "securty"`) {
			t.Fatalf("err = %v, want unknown-section error naming the file", err)
		}
	})
	t.Run("bad front matter", func(t *testing.T) {
		lib, _ := clauses.Default()
		err := lib.Override(house(map[string]string{"bad.md": "---\nid: x\ncovers: [no-such-id]\nlang: en\nsection: security\n---\nText.\n"}))
		if err == nil || !strings.Contains(err.Error(), "bad.md:3:10: covers names unknown requirement id \"no-such-id\"") {
			t.Fatalf("err = %v", err)
		}
	})
}

// Each clause's text sits between its markers, and cutting one out removes from
// the coverage exactly the ids only it covered: the property the linter's
// round-trip test relies on.
func TestClauseMarkers(t *testing.T) {
	c := loadSample(t, "medical-lab")
	res, err := Assemble(c, nil)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?s)<!-- clause: ([a-z0-9-]+) -->\n\n(.*?)\n\n<!-- /clause -->`)
	found := re.FindAllStringSubmatch(string(res.Markdown), -1)
	if len(found) != len(res.Clauses) {
		t.Fatalf("%d marked clauses in the text, %d in Result.Clauses", len(found), len(res.Clauses))
	}
	for i, m := range found {
		if m[1] != res.Clauses[i] {
			t.Errorf("clause %d: marker %s, Result.Clauses %s", i, m[1], res.Clauses[i])
		}
		if strings.Contains(m[2], "<!--") {
			t.Errorf("clause %s: nested marker", m[1])
		}
	}
}

func BenchmarkAssemble(b *testing.B) {
	for _, name := range samples.Examples {
		c := loadSample(b, name)
		lib, err := clauses.Default()
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Assemble(c, lib); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// A sparse contract - no title, no DPOs, no transfers, no sub-processors, no
// optional measures - still gives a clean document: "none" where a value is
// legitimately absent, never an empty cell, and no optional sentence left half-built.
func TestSparseContract(t *testing.T) {
	base := loadSample(t, "payroll")
	c := *base
	c.Title = ""
	c.Parties.Controller.DPO = nil
	c.Parties.Processor.DPO = nil
	c.Parties.Processor.Contact.Phone = ""
	c.Transfers = nil
	c.Subprocessors.List = nil
	c.Subprocessors.NoticeDays = 0
	c.Assistance = contract.Assistance{}
	c.Audits.NoticeDays = 0
	c.EndOfProcessing.Certificate = false
	c.Processing.Duration = contract.Duration{EndDate: "2027-12-31"}
	c.Security = contract.Security{Measures: contract.Measures{
		Encryption: contract.Encryption{AtRest: "AES-256"},
	}}
	for _, lang := range clauses.Languages {
		res, err := Assemble(withLang(&c, lang), nil)
		if err != nil {
			t.Fatalf("%s: %v", lang, err)
		}
		checkClean(t, res.Markdown)
		md := string(res.Markdown)
		want := map[string][]string{
			"en": {"# Data Processing Agreement", "| Data protection officer | none | none |", "has authorised no sub-processor",
				"reasonable written notice", "in good time before", "until 31 December 2027", "| Duration of the processing | until 31 December 2027 |"},
			"fr": {"# Accord de traitement de données", "| Délégué à la protection des données | néant | néant |", "n'a autorisé aucun sous-traitant ultérieur",
				"dans un délai raisonnable", "suffisamment longtemps", "jusqu'au 31 décembre 2027"},
		}[lang]
		for _, w := range want {
			if !strings.Contains(md, w) {
				t.Errorf("%s: output lacks %q", lang, w)
			}
		}
		for _, absent := range []string{"### Pseudonymisation", "annex-iii-access-control", "costs of assistance", "frais de l'assistance", "certify", "atteste"} {
			if strings.Contains(md, absent) {
				t.Errorf("%s: output has %q for an absent input", lang, absent)
			}
		}
	}
}

// Risk requirements must be covered only when their condition holds: a house set
// that drops encryption is refused for the medical laboratory (health data and a
// migration) but accepted for the payroll contract (neither).
func TestRiskCoverage(t *testing.T) {
	noEncryption := house(map[string]string{"enc.md": `---
id: annex-iii-encryption
covers: [security-measures-specific]
lang: en
order: 10
section: annex-iii
---
### Encryption

- {{.Security.Measures.Encryption.AtRest}}
`})
	for _, tc := range []struct {
		sample string
		want   string
	}{{"medical-lab", "encryption"}, {"payroll", ""}} {
		lib, err := clauses.Default()
		if err != nil {
			t.Fatal(err)
		}
		if err := lib.Override(noEncryption); err != nil {
			t.Fatal(err)
		}
		_, err = Assemble(withLang(loadSample(t, tc.sample), "en"), lib)
		var ue *UncoveredError
		switch {
		case tc.want == "" && err != nil:
			t.Errorf("%s: %v", tc.sample, err)
		case tc.want != "" && (!errors.As(err, &ue) || strings.Join(ue.IDs, ",") != tc.want):
			t.Errorf("%s: err = %v, want uncovered %s", tc.sample, err, tc.want)
		}
	}
}

func TestBadInput(t *testing.T) {
	if _, err := Assemble(nil, nil); err == nil {
		t.Error("nil contract accepted")
	}
	c := *loadSample(t, "payroll")
	c.Language = "de"
	if _, err := Assemble(&c, nil); err == nil || !strings.Contains(err.Error(), `"de"`) {
		t.Errorf("err = %v, want unknown language", err)
	}
}

// Assemble shares the parsed skeletons and clause templates between calls; run
// it concurrently (under -race in CI) to show that nothing shared is written.
func TestAssembleConcurrent(t *testing.T) {
	c := loadSample(t, "medical-lab")
	want, err := Markdown(c, nil)
	if err != nil {
		t.Fatal(err)
	}
	lib, err := clauses.Default()
	if err != nil {
		t.Fatal(err)
	}
	errs := make(chan error, 8)
	for range 8 {
		go func() {
			got, err := Markdown(c, lib)
			if err == nil && !bytes.Equal(got, want) {
				err = errors.New("concurrent rendering differs")
			}
			errs <- err
		}()
	}
	for range 8 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}

// A house clause that refers to a field the contract does not have fails with its
// file, line and column, not with the skeleton's wrapping.
func TestClauseExecError(t *testing.T) {
	lib, err := clauses.Default()
	if err != nil {
		t.Fatal(err)
	}
	err = lib.Override(house(map[string]string{"house/audits.md": "---\nid: audits\ncovers: [audits]\nlang: en\nsection: documentation\n---\nAudits happen\n{{.Audits.Frequncy}}.\n"}))
	if err != nil {
		t.Fatal(err)
	}
	_, err = Assemble(loadSample(t, "saas-crm"), lib)
	want := "house/audits.md:8:9: clause audits: <.Audits.Frequncy>: can't evaluate field Frequncy"
	if err == nil || !strings.HasPrefix(err.Error(), want) {
		t.Errorf("err = %v\nwant prefix %q", err, want)
	}
}
