package lint

import (
	"bytes"
	"io/fs"
	"path"
	"regexp"
	"testing"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/contract"
	"github.com/dpatool/dpa/diag"
	"github.com/dpatool/dpa/lint/read"
	"github.com/dpatool/dpa/samples"
	"github.com/dpatool/dpa/templates"
)

func loadSample(t *testing.T, name string) *contract.Contract {
	t.Helper()
	file := name + ".yaml"
	data, err := fs.ReadFile(samples.FS, file)
	if err != nil {
		t.Fatal(err)
	}
	open := func(p string) ([]byte, error) { return fs.ReadFile(samples.FS, path.Clean(p)) }
	c, _, err := contract.Load(file, data, open)
	if err != nil {
		t.Fatalf("load %s: %v", file, err)
	}
	return c
}

// restated lists (clause id, requirement id) pairs where deleting the clause
// legitimately leaves the requirement present, because another clause of the
// rendered contract restates the duty. Each is a fact about the clause library's
// wording, checked by a lawyer; a pair not listed here must behave exactly.
var restated = map[[2]string]string{
	{"security", "security"}:                                "the assistance clause commits to implementing the security measures of Annex III (Article 32)",
	{"controller-rights", "controller-rights"}:              "the instructions clause gives the controller the right to give further instructions at any time",
	{"instructions-documented", "instructions"}:             "the transfers clause (and the migration clause) require documented instructions",
	{"annex-iv-subprocessors", "subprocessor-list"}:         "the authorisation clause points to Annex IV, whose heading the skeleton keeps when the list is removed",
	{"annex-ii-description", "data-types"}:                  "the special-categories clause names the categories of data it covers",
	{"special-categories", "special-categories-safeguards"}: "Annex III lists the health-data hosting certification, a safeguard specific to health data",
	{"audits", "audits"}:                                    "the controller-rights clause lists the rights to information and to audits, including inspections",
	{"migration-deletion", "migration-deletion"}:            "Annex III restates the automatic deletion of temporary migration copies",
}

// sampleLanguage lists findings that depend on values the sample writes in the
// other language (the medical-lab sample's safeguards are in French, so its
// English rendering quotes French text the English patterns do not read).
var sampleLanguage = map[string]string{
	"medical-lab.en/special-categories-safeguards": "the listed safeguards are French text inside an English contract",
	// Clause 7 lists the purposes in French; without Annex II only the
	// heading "Purpose and scope" (the purpose of the clauses) named one.
	"medical-lab.en/purpose": "the listed purposes are French text inside an English contract",
}

var clauseSpan = regexp.MustCompile(`(?s)<!-- clause: ([a-z0-9-]+) -->.*?<!-- /clause -->`)

func lintMarkdown(t *testing.T, md []byte, opt Options) Result {
	t.Helper()
	d, err := read.Read("contract.md", bytes.NewReader(md), "md")
	if err != nil {
		t.Fatalf("reading assembled contract: %v", err)
	}
	return Check(d, mustRules(t), opt)
}

// What dpa writes, dpa lint must find complete; and each clause must be what the
// linter relies on for the requirements it alone covers.
func TestRoundTrip(t *testing.T) {
	for _, name := range samples.Examples {
		for _, lang := range clauses.Languages {
			t.Run(name+"."+lang, func(t *testing.T) {
				c := loadSample(t, name)
				c.Language = lang
				asm, err := templates.Assemble(c, nil)
				if err != nil {
					t.Fatalf("assemble: %v", err)
				}
				opt := Options{Special: Off, Migration: Off}
				if c.HasSpecialCategories() {
					opt.Special = On
				}
				if c.HasMigration() {
					opt.Migration = On
				}
				full := lintMarkdown(t, asm.Markdown, opt)
				if auto := lintMarkdown(t, asm.Markdown, Options{}); auto.Special != c.HasSpecialCategories() || auto.Migration != c.HasMigration() {
					t.Errorf("profile detected special=%v migration=%v, contract says %v %v (evidence %q / %q)",
						auto.Special, auto.Migration, c.HasSpecialCategories(), c.HasMigration(), auto.SpecialEvidence, auto.MigrationEvidence)
				}
				if full.Lang != lang {
					t.Errorf("language detected %s, want %s", full.Lang, lang)
				}
				before := map[string]diag.Status{}
				for _, f := range full.Findings {
					before[f.ID] = f.Status
					req, _ := clauses.Lookup(f.ID)
					if why := sampleLanguage[name+"."+lang+"/"+f.ID]; why != "" {
						t.Logf("%s: %s (%s)", f.ID, f.Status, why)
						continue
					}
					if req.Applies(c.HasSpecialCategories(), c.HasMigration()) && f.Status != diag.Present {
						t.Errorf("%s (%s): %s in the rendered contract: %s", f.ID, req.Level, f.Status, f.Reason)
					}
				}

				// Delete each clause in turn.
				for _, m := range clauseSpan.FindAllSubmatchIndex(asm.Markdown, -1) {
					clauseID := string(asm.Markdown[m[2]:m[3]])
					alone := map[string]bool{}
					for req, by := range asm.Coverage {
						if len(by) == 1 && by[0] == clauseID {
							alone[req] = true
						}
					}
					cut := append(append([]byte{}, asm.Markdown[:m[0]]...), asm.Markdown[m[1]:]...)
					after := lintMarkdown(t, cut, opt)
					for _, f := range after.Findings {
						was := before[f.ID]
						switch {
						case sampleLanguage[name+"."+lang+"/"+f.ID] != "" && f.Status != diag.Missing:
							// Read from the other language's text; see sampleLanguage.
						case alone[f.ID] && f.Status == diag.Present && restated[[2]string{clauseID, f.ID}] != "":
							// Another clause restates the duty; see restated.
						case alone[f.ID] && f.Status == diag.Present:
							t.Errorf("without clause %s, %s is still present: %q", clauseID, f.ID, f.Evidence)
						case !alone[f.ID] && f.Status != was:
							t.Errorf("without clause %s, %s changed from %s to %s (%s)", clauseID, f.ID, was, f.Status, f.Reason)
						}
					}
				}
			})
		}
	}
}
