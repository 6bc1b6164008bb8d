package report

import (
	"reflect"
	"strings"
	"testing"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/diag"
	"github.com/dpatool/dpa/lint"
	"github.com/dpatool/dpa/lint/config"
	"github.com/dpatool/dpa/lint/doc"
)

// result gives every catalogue id a verdict: the ids in status get that status,
// risk ids are n/a, the rest present.
func result(status map[string]diag.Status) lint.Result {
	var res lint.Result
	for i, r := range clauses.Catalogue() {
		f := lint.Finding{ID: r.ID, Status: diag.Present, Loc: doc.Loc{Line: 10 + i}, Evidence: "text of " + r.ID}
		if r.Level == clauses.Risk {
			f = lint.Finding{ID: r.ID, Status: diag.NA}
		}
		if s, ok := status[r.ID]; ok {
			f.Status = s
			if s == diag.Missing {
				f.Loc, f.Evidence = doc.Loc{}, ""
			}
			if s == diag.Weak {
				f.Reason = "weak because"
			}
		}
		res.Findings = append(res.Findings, f)
	}
	return res
}

func byID(f diag.File) map[string]diag.Diagnostic {
	m := map[string]diag.Diagnostic{}
	for _, d := range f.Diagnostics {
		if d.ID != diag.SuppressionID {
			m[d.ID] = d
		}
	}
	return m
}

func TestBuildOnePerRequirementInOrder(t *testing.T) {
	d := &doc.Document{Path: "v.md"}
	f := Build(d, result(map[string]diag.Status{"audits": diag.Weak, "transfers": diag.Missing}), nil)
	ids := clauses.IDs()
	if len(f.Diagnostics) != len(ids) {
		t.Fatalf("%d diagnostics, want %d", len(f.Diagnostics), len(ids))
	}
	for i, dg := range f.Diagnostics {
		if dg.ID != ids[i] {
			t.Fatalf("diagnostic %d is %s, want %s", i, dg.ID, ids[i])
		}
	}
	m := byID(f)
	audits, _ := clauses.Lookup("audits")
	want := diag.Diagnostic{
		Pos: diag.Position{File: "v.md", Line: m["audits"].Pos.Line}, ID: "audits", Level: "mandatory", Article: audits.Article,
		Severity: diag.Error, Status: diag.Weak, Message: "information to demonstrate compliance; audits and inspections by the controller or its mandated auditor (Art. 28(3)(h))",
		Evidence: "text of audits", Reason: "weak because", Hint: audits.Ask,
	}
	if !reflect.DeepEqual(m["audits"], want) {
		t.Errorf("audits:\n got %+v\nwant %+v", m["audits"], want)
	}
	if tr := m["transfers"]; tr.Severity != diag.Warning || tr.Pos.Line != 0 || tr.Evidence != "" {
		t.Errorf("transfers (expected, missing) = %+v, want a warning without position or evidence", tr)
	}
	if s := m["subject-matter"]; s.Severity != diag.Note || s.Pos.Line == 0 {
		t.Errorf("present requirement = %+v, want a note with its line", s)
	}
}

func TestBuildPositions(t *testing.T) {
	res := result(nil)
	res.Findings[0].Loc = doc.Loc{Page: 3, Line: 7}
	res.Findings[1].Loc = doc.Loc{Para: 12}
	f := Build(&doc.Document{Path: "v.pdf"}, res, nil)
	if got := f.Diagnostics[0].Pos; got != (diag.Position{File: "v.pdf", Page: 3, Line: 7}) {
		t.Errorf("page position = %+v", got)
	}
	if got := f.Diagnostics[1].Pos; got != (diag.Position{File: "v.pdf", Para: 12}) {
		t.Errorf("paragraph position = %+v", got)
	}
}

func TestBuildMissingVerdict(t *testing.T) {
	res := result(nil)
	res.Findings = res.Findings[1:] // the engine forgot one
	f := Build(&doc.Document{Path: "v.md"}, res, nil)
	if d := f.Diagnostics[0]; d.Status != diag.Missing || !strings.Contains(d.Reason, "no verdict") {
		t.Errorf("a requirement without a verdict = %+v, want missing with a reason saying so", d)
	}
}

func TestBuildConfig(t *testing.T) {
	cfg, err := config.Parse("legal/.dpa-lint.yaml", []byte("disable: [audits]\nlevels: {transfers: mandatory, deletion-return: expected, duration: off}\n"))
	if err != nil {
		t.Fatal(err)
	}
	res := result(map[string]diag.Status{"audits": diag.Missing, "transfers": diag.Weak, "deletion-return": diag.Missing})
	m := byID(Build(&doc.Document{Path: "v.md"}, res, cfg))
	if a := m["audits"]; a.Suppressed != "disabled in legal/.dpa-lint.yaml" || a.Failing() || a.Status != diag.Missing {
		t.Errorf("disabled audits = %+v", a)
	}
	if tr := m["transfers"]; tr.Level != "mandatory" || tr.Severity != diag.Error {
		t.Errorf("transfers raised to mandatory = %+v", tr)
	}
	if dr := m["deletion-return"]; dr.Level != "expected" || dr.Severity != diag.Warning {
		t.Errorf("deletion-return lowered to expected = %+v", dr)
	}
	// duration is off but present: nothing to suppress, nothing to say.
	if du := m["duration"]; du.Suppressed != "" || du.Status != diag.Present {
		t.Errorf("present, disabled duration = %+v", du)
	}
}

func TestSuppressions(t *testing.T) {
	tests := []struct {
		name       string
		sups       []doc.Suppression
		suppressed map[string]string // id -> reason expected in Suppressed
		problems   []string          // messages of suppression findings
	}{
		{"with reason", []doc.Suppression{{ID: "audits", Reason: "in the master agreement", Loc: doc.Loc{Line: 3}}},
			map[string]string{"audits": "in the master agreement"}, nil},
		{"no reason", []doc.Suppression{{ID: "audits", Loc: doc.Loc{Line: 3}}},
			map[string]string{"audits": ""}, []string{"suppression of audits gives no reason"}},
		{"unknown id", []doc.Suppression{{ID: "audit", Reason: "x", Loc: doc.Loc{Line: 4}}},
			map[string]string{"audits": ""}, []string{`suppression names unknown requirement id "audit"`}},
		{"no id", []doc.Suppression{{Reason: "x"}}, nil, []string{"suppression names no requirement id"}},
		{"present requirement", []doc.Suppression{{ID: "duration", Reason: "belt and braces"}},
			map[string]string{"duration": ""}, nil},
		{"first reason wins", []doc.Suppression{{ID: "transfers", Reason: "one"}, {ID: "transfers", Reason: "two"}},
			map[string]string{"transfers": "one"}, nil},
		{"several", []doc.Suppression{{ID: "audits", Reason: "a"}, {ID: "transfers"}},
			map[string]string{"audits": "a", "transfers": ""}, []string{"suppression of transfers gives no reason"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{Path: "v.md", Suppressions: tt.sups}
			f := Build(d, result(map[string]diag.Status{"audits": diag.Missing, "transfers": diag.Weak}), nil)
			m := byID(f)
			for id, want := range tt.suppressed {
				if got := m[id].Suppressed; got != want {
					t.Errorf("%s suppressed = %q, want %q", id, got, want)
				}
				if want != "" && (m[id].Failing() || m[id].Severity != diag.Note) {
					t.Errorf("%s is suppressed but still failing: %+v", id, m[id])
				}
			}
			var got []string
			for _, dg := range f.Diagnostics[len(clauses.IDs()):] {
				if dg.ID != diag.SuppressionID || dg.Severity != diag.Error || !dg.Failing() || dg.Hint == "" {
					t.Errorf("suppression finding %+v: want id suppression, error, failing, with a hint", dg)
				}
				got = append(got, dg.Message)
			}
			if !reflect.DeepEqual(got, tt.problems) {
				t.Errorf("problems = %q, want %q", got, tt.problems)
			}
		})
	}
}

func TestFailures(t *testing.T) {
	d := &doc.Document{Path: "v.md", Suppressions: []doc.Suppression{{ID: "audits"}}} // no reason: a problem
	f := Build(d, result(map[string]diag.Status{
		"audits":         diag.Missing, // mandatory
		"transfers":      diag.Weak,    // expected
		"breach-details": diag.Missing, // expected
	}), nil)
	tests := []struct {
		failOn []clauses.Level
		want   int
	}{
		{DefaultFailOn, 2}, // audits + the bad suppression
		{[]clauses.Level{clauses.Mandatory}, 2},
		{[]clauses.Level{clauses.Expected}, 3}, // transfers, breach-details + suppression
		{[]clauses.Level{clauses.Mandatory, clauses.Expected, clauses.Risk}, 4},
		{[]clauses.Level{}, 0},
	}
	for _, tt := range tests {
		if got := Failures(f, tt.failOn); got != tt.want {
			t.Errorf("Failures(%v) = %d, want %d", tt.failOn, got, tt.want)
		}
	}
}

func TestParseProfile(t *testing.T) {
	tests := []struct {
		in      string
		special config.Switch
		mig     config.Switch
		err     string
	}{
		{"auto", config.Auto, config.Auto, ""},
		{"none", config.No, config.No, ""},
		{"special-categories", config.On, config.No, ""},
		{"migration", config.No, config.On, ""},
		{"special-categories,migration", config.On, config.On, ""},
		{" migration , special-categories ", config.On, config.On, ""},
		{"special", "", "", `unknown profile "special"`},
		{"migraton", "", "", `(did you mean "migration"?)`},
	}
	for _, tt := range tests {
		p, err := ParseProfile(tt.in)
		if tt.err != "" {
			if err == nil || !strings.Contains(err.Error(), tt.err) {
				t.Errorf("ParseProfile(%q) err = %v, want %q", tt.in, err, tt.err)
			}
			continue
		}
		if err != nil || p.SpecialCategories != tt.special || p.Migration != tt.mig {
			t.Errorf("ParseProfile(%q) = %+v, %v", tt.in, p, err)
		}
		if Force(p.SpecialCategories) != map[config.Switch]lint.Force{config.Auto: lint.Auto, config.On: lint.On, config.No: lint.Off}[tt.special] {
			t.Errorf("Force(%s) wrong", p.SpecialCategories)
		}
	}
}

// A failing risk requirement says which condition put it in scope, quoting the
// sentence, so that a detection gone wrong is visible; mandatory ones do not.
func TestBuildRiskScopeReason(t *testing.T) {
	res := result(map[string]diag.Status{
		"special-categories-safeguards": diag.Missing, // special categories only
		"encryption":                    diag.Weak,    // special categories or migration
		"migration-scope":               diag.Missing, // migration only
		"audits":                        diag.Missing,
	})
	res.Special, res.SpecialEvidence = true, "The Laboratory processes genetic data."
	res.Migration = true // forced: no evidence
	m := byID(Build(&doc.Document{Path: "v.md"}, res, nil))
	tests := []struct{ id, want string }{
		{"special-categories-safeguards", `applies because the text shows special categories of data: "The Laboratory processes genetic data."`},
		{"encryption", `weak because; applies because the text shows special categories of data: "The Laboratory processes genetic data."; applies because the profile (--profile or .dpa-lint.yaml) says the processing includes a migration or extraction`},
		{"migration-scope", `applies because the profile (--profile or .dpa-lint.yaml) says the processing includes a migration or extraction`},
		{"audits", ``},
	}
	for _, tt := range tests {
		if got := m[tt.id].Reason; got != tt.want {
			t.Errorf("%s: reason %q, want %q", tt.id, got, tt.want)
		}
	}
	// A present risk requirement needs no explanation.
	res = result(nil)
	res.Special, res.SpecialEvidence = true, "health data"
	res.Findings[indexOf(t, "encryption")].Status = diag.Present
	if got := byID(Build(&doc.Document{Path: "v.md"}, res, nil))["encryption"].Reason; got != "" {
		t.Errorf("present encryption: reason %q, want none", got)
	}
}

func indexOf(t *testing.T, id string) int {
	t.Helper()
	for i, r := range clauses.Catalogue() {
		if r.ID == id {
			return i
		}
	}
	t.Fatalf("no requirement %s", id)
	return -1
}
