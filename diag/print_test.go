package diag

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/diag/sariftest"
)

var update = flag.Bool("update", false, "rewrite golden files under testdata/golden")

// lintReport is a lint run over three files in three formats: every catalogue
// requirement once per file, with a spread of verdicts, a suppressed finding,
// a malformed suppression and evidence that needs quoting and escaping.
func lintReport() Report {
	md := File{Path: "contracts/vendor dpa.md"}
	pdf := File{Path: "contracts/cloud.pdf"}
	docx := File{Path: "contracts/payroll.docx"}
	for i, r := range clauses.Catalogue() {
		sev := Error
		if r.Level == clauses.Expected {
			sev = Warning
		}
		base := Diagnostic{ID: r.ID, Level: string(r.Level), Article: r.Article, Severity: sev,
			Message: strings.ToLower(r.Title[:1]) + r.Title[1:] + " (Art. " + r.Article + ")", Hint: r.Ask}
		// The markdown file: mostly present, a few weak and missing, one suppressed.
		d := base
		switch {
		case r.Level == clauses.Risk:
			d.Status, d.Severity = NA, Note
		case i == 3:
			d.Status, d.Pos = Weak, Position{File: md.Path, Line: 40 + i, Col: 5}
			d.Evidence = "The Vendor shall process data for \"business purposes\",\nincluding 100% of analytics."
			d.Reason = "purposes are open-ended: \"business purposes\""
		case i == 5:
			d.Status = Missing
		case i == 7:
			d.Status, d.Suppressed = Missing, "covered by the master agreement, clause 12"
			d.Severity = Note
		default:
			d.Status, d.Severity = Present, Note
			d.Pos = Position{File: md.Path, Line: 10 + 2*i}
			d.Evidence = "clause " + r.ID
		}
		md.Diagnostics = append(md.Diagnostics, d)

		// The PDF: page and line positions.
		d = base
		switch {
		case r.Level == clauses.Risk:
			d.Status, d.Severity = NA, Note
		case i%4 == 1:
			d.Status, d.Pos = Weak, Position{File: pdf.Path, Page: 1 + i/5, Line: 3 + i}
			d.Evidence, d.Reason = "within a reasonable time", "no deadline of 72 hours or less"
		default:
			d.Status, d.Severity, d.Pos = Present, Note, Position{File: pdf.Path, Page: 1 + i/5, Line: 2 + i}
			d.Evidence = "p. " + r.ID
		}
		pdf.Diagnostics = append(pdf.Diagnostics, d)

		// The DOCX: paragraph positions, all missing for the first two ids.
		d = base
		switch {
		case r.Level == clauses.Risk:
			d.Status, d.Severity = NA, Note
		case i < 2:
			d.Status = Missing
		default:
			d.Status, d.Severity, d.Pos = Present, Note, Position{File: docx.Path, Para: 4 + i}
			d.Evidence = "para " + r.ID
		}
		docx.Diagnostics = append(docx.Diagnostics, d)
	}
	md.Diagnostics = append(md.Diagnostics, Diagnostic{
		ID: SuppressionID, Level: "mandatory", Severity: Error, Status: Weak,
		Pos:     Position{File: md.Path, Line: 3, Col: 1},
		Message: "suppression of audits gives no reason", Evidence: "<!-- dpa-lint-disable audits -->",
		Hint: "write the reason after a colon: <!-- dpa-lint-disable audits: why -->",
	})
	return Report{Tool: "lint", Files: []File{md, pdf, docx}}
}

// validateReport is a validate run: two files, one clean.
func validateReport() Report {
	return Report{Tool: "validate", Files: []File{
		{Path: "contract.yaml", Diagnostics: []Diagnostic{
			{Pos: Position{File: "contract.yaml", Line: 4, Col: 3}, ID: "subject-matter", Level: "mandatory", Article: "28(3)",
				Severity: Error, Field: "processing.subject_matter", Message: "processing.subject_matter is required (Art. 28(3))",
				Hint: "set processing.subject_matter to one sentence naming the service"},
			{Pos: Position{File: "contract.yaml", Line: 31, Col: 17}, ID: "breach-notification", Level: "mandatory", Article: "28(3)(f)",
				Severity: Warning, Field: "breach.notice_hours", Message: "breach.notice_hours is 60: over 48 hours, allowed but slow (Art. 33(2))"},
			{Pos: Position{File: "contract.yaml", Line: 2, Col: 1}, ID: "input", Level: "mandatory",
				Severity: Error, Field: "procesing", Message: "unknown field \"procesing\", did you mean \"processing\"?"},
		}},
		{Path: "clean.yaml"},
	}}
}

func TestPrintGolden(t *testing.T) {
	tests := []struct {
		name   string
		rep    Report
		format string
		opt    PrintOptions
	}{
		{"lint.txt", lintReport(), "text", PrintOptions{}},
		{"lint-verbose.txt", lintReport(), "text", PrintOptions{Verbose: true}},
		{"lint-color.txt", lintReport(), "text", PrintOptions{Color: true}},
		{"lint.json", lintReport(), "json", PrintOptions{}},
		{"lint.sarif", lintReport(), "sarif", PrintOptions{Version: "1.2.3"}},
		{"lint.github", lintReport(), "github", PrintOptions{}},
		{"validate.txt", validateReport(), "text", PrintOptions{}},
		{"validate.json", validateReport(), "json", PrintOptions{}},
		{"validate.sarif", validateReport(), "sarif", PrintOptions{}},
		{"validate.github", validateReport(), "github", PrintOptions{}},
		{"empty-lint.json", Report{Tool: "lint"}, "json", PrintOptions{}},
		{"empty-validate.sarif", Report{Tool: "validate"}, "sarif", PrintOptions{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := PrintWith(&buf, tt.format, tt.rep, tt.opt); err != nil {
				t.Fatal(err)
			}
			// Same input, same bytes: run it twice.
			var again bytes.Buffer
			if err := PrintWith(&again, tt.format, tt.rep, tt.opt); err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(buf.Bytes(), again.Bytes()) {
				t.Fatal("output differs between two runs on the same report")
			}
			golden := filepath.Join("testdata", "golden", tt.name)
			if *update {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, buf.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test ./diag -update to create it)", err)
			}
			if got := buf.String(); got != string(want) {
				t.Errorf("%s differs from golden file (go test ./diag -update to accept):\n--- got ---\n%s", tt.name, got)
			}
		})
	}
}

func TestColourOnlyWhenAsked(t *testing.T) {
	for _, format := range Formats {
		var plain bytes.Buffer
		if err := PrintWith(&plain, format, lintReport(), PrintOptions{}); err != nil {
			t.Fatal(err)
		}
		if bytes.Contains(plain.Bytes(), []byte("\x1b[")) {
			t.Errorf("%s output without Color contains an ANSI escape", format)
		}
		var col bytes.Buffer
		if err := PrintWith(&col, format, lintReport(), PrintOptions{Color: true}); err != nil {
			t.Fatal(err)
		}
		hasANSI := bytes.Contains(col.Bytes(), []byte("\x1b["))
		if hasANSI != (format == "text") {
			t.Errorf("%s output with Color: ANSI escapes present = %v, want %v", format, hasANSI, format == "text")
		}
	}
}

// TestLintJSONShape checks the documented shape key by key, so that a field added
// to the structs by accident fails here and not in a user's script.
func TestLintJSONShape(t *testing.T) {
	var buf bytes.Buffer
	if err := Print(&buf, "json", lintReport()); err != nil {
		t.Fatal(err)
	}
	if !bytes.HasSuffix(buf.Bytes(), []byte("}\n")) {
		t.Error("json output does not end with a newline")
	}
	var top map[string][]map[string]json.RawMessage
	if err := json.Unmarshal(buf.Bytes(), &top); err != nil {
		t.Fatal(err)
	}
	if len(top) != 1 || top["files"] == nil {
		t.Fatalf("top-level keys: want exactly \"files\", got %v", keys(top))
	}
	ids := clauses.IDs()
	for _, f := range top["files"] {
		if len(f) != 2 || f["path"] == nil || f["requirements"] == nil {
			t.Fatalf("file keys: want path, requirements; got %v", keys(f))
		}
		var reqs []map[string]any
		if err := json.Unmarshal(f["requirements"], &reqs); err != nil {
			t.Fatal(err)
		}
		if len(reqs) < len(ids) {
			t.Fatalf("%s: %d requirements, want at least %d", f["path"], len(reqs), len(ids))
		}
		for i, r := range reqs {
			if got := keys(r); strings.Join(got, ",") != "evidence,id,line,reason,status" {
				t.Errorf("requirement keys %v", got)
			}
			if i < len(ids) && r["id"] != ids[i] {
				t.Errorf("requirement %d: id %v, want %s (catalogue order)", i, r["id"], ids[i])
			}
			switch r["status"] {
			case "present", "weak", "missing", "n/a":
			default:
				t.Errorf("requirement %v: status %v", r["id"], r["status"])
			}
			if r["status"] == "missing" && r["id"] != SuppressionID && (r["line"] != 0.0 || r["evidence"] != "") {
				t.Errorf("missing requirement %v: line %v evidence %q, want 0 and empty", r["id"], r["line"], r["evidence"])
			}
		}
	}
}

func keys[V any](m map[string]V) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

// TestSARIFSchema validates SARIF output against the OASIS SARIF 2.1.0 schema
// (errata 01), committed under testdata, with format assertions on.
func TestSARIFSchema(t *testing.T) {
	for name, rep := range map[string]Report{"lint": lintReport(), "validate": validateReport(), "empty": {Tool: "lint"}} {
		t.Run(name, func(t *testing.T) {
			var buf bytes.Buffer
			if err := PrintWith(&buf, "sarif", rep, PrintOptions{Version: "dev"}); err != nil {
				t.Fatal(err)
			}
			if err := sariftest.Validate(buf.Bytes()); err != nil {
				t.Fatalf("SARIF output does not validate against the 2.1.0 schema: %v", err)
			}
		})
	}
	// The schema check must be able to fail: a result without a message is invalid.
	if err := sariftest.Validate([]byte(`{"version":"2.1.0","runs":[{"tool":{"driver":{"name":"dpa"}},"results":[{"ruleId":"x"}]}]}`)); err == nil {
		t.Fatal("schema accepted a result without a message; the schema test would not catch anything")
	}
}

// TestSARIFContent checks what the schema cannot: rules mirror the catalogue and
// results point at the right rule and place.
func TestSARIFContent(t *testing.T) {
	var buf bytes.Buffer
	if err := Print(&buf, "sarif", lintReport()); err != nil {
		t.Fatal(err)
	}
	var log sarifLog
	if err := json.Unmarshal(buf.Bytes(), &log); err != nil {
		t.Fatal(err)
	}
	run := log.Runs[0]
	cat := clauses.Catalogue()
	if len(run.Tool.Driver.Rules) != len(cat)+1 {
		t.Fatalf("%d rules, want %d catalogue requirements + suppression", len(run.Tool.Driver.Rules), len(cat))
	}
	for i, r := range cat {
		got := run.Tool.Driver.Rules[i]
		if got.ID != r.ID || got.ShortDescription.Text != r.Title || got.Properties.Article != r.Article || got.Properties.Level != string(r.Level) {
			t.Errorf("rule %d = %+v, want catalogue entry %s", i, got, r.ID)
		}
		if !strings.Contains(got.Help.Text, r.Ask) || !strings.HasPrefix(got.FullDescription.Text, r.Demands) {
			t.Errorf("rule %s: help or full description does not carry the catalogue's ask and demands", r.ID)
		}
	}
	var suppressed, results int
	for _, res := range run.Results {
		results++
		if run.Tool.Driver.Rules[res.RuleIndex].ID != res.RuleID {
			t.Errorf("result %s has ruleIndex %d pointing at %s", res.RuleID, res.RuleIndex, run.Tool.Driver.Rules[res.RuleIndex].ID)
		}
		if len(res.Suppressions) > 0 {
			suppressed++
		}
		if uri := res.Locations[0].PhysicalLocation.ArtifactLocation.URI; strings.Contains(uri, " ") {
			t.Errorf("uri %q is not escaped", uri)
		}
	}
	want := 0
	for _, f := range lintReport().Files {
		for _, d := range f.Diagnostics {
			if d.Failing() || d.Suppressed != "" {
				want++
			}
		}
	}
	if results != want || suppressed != 1 {
		t.Errorf("%d results (%d suppressed), want %d (1 suppressed)", results, suppressed, want)
	}
}

func TestGitHubEscaping(t *testing.T) {
	tests := []struct {
		in, data, prop string
	}{
		{"plain", "plain", "plain"},
		{"100% sure", "100%25 sure", "100%25 sure"},
		{"a\nb\r\nc", "a%0Ab%0D%0Ac", "a%0Ab%0D%0Ac"},
		{"dpa: audits, weak", "dpa: audits, weak", "dpa%3A audits%2C weak"},
		{"%0A literal", "%250A literal", "%250A literal"},
		{"c:\\dpa,v1.pdf", "c:\\dpa,v1.pdf", "c%3A\\dpa%2Cv1.pdf"},
		{"", "", ""},
		{"données", "données", "données"},
	}
	for _, tt := range tests {
		if got := escapeData(tt.in); got != tt.data {
			t.Errorf("escapeData(%q) = %q, want %q", tt.in, got, tt.data)
		}
		if got := escapeProperty(tt.in); got != tt.prop {
			t.Errorf("escapeProperty(%q) = %q, want %q", tt.in, got, tt.prop)
		}
	}
}

func TestGitHubOneLinePerFailure(t *testing.T) {
	var buf bytes.Buffer
	if err := Print(&buf, "github", lintReport()); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(buf.String(), "\n"), "\n")
	want := 0
	for _, f := range lintReport().Files {
		for _, d := range f.Diagnostics {
			if d.Failing() {
				want++
			}
		}
	}
	if len(lines) != want {
		t.Fatalf("%d annotation lines, want %d", len(lines), want)
	}
	for _, l := range lines {
		if !strings.HasPrefix(l, "::error file=") && !strings.HasPrefix(l, "::warning file=") {
			t.Errorf("not a workflow command: %q", l)
		}
	}
}

func TestWhere(t *testing.T) {
	tests := []struct {
		pos  Position
		want string
	}{
		{Position{File: "a.md", Line: 12, Col: 3}, "a.md:12:3"},
		{Position{File: "a.md", Line: 12}, "a.md:12"},
		{Position{File: "a.md"}, "a.md"},
		{Position{File: "a.pdf", Page: 2, Line: 7}, "a.pdf:page 2:line 7"},
		{Position{File: "a.pdf", Page: 2}, "a.pdf:page 2"},
		{Position{File: "a.docx", Para: 14}, "a.docx:para 14"},
	}
	for _, tt := range tests {
		if got := tt.pos.Where(); got != tt.want {
			t.Errorf("%+v.Where() = %q, want %q", tt.pos, got, tt.want)
		}
	}
}

func TestFileURI(t *testing.T) {
	tests := []struct{ in, want string }{
		{"vendor.md", "vendor.md"},
		{"contracts/vendor dpa.md", "contracts/vendor%20dpa.md"},
		{"/abs/x.pdf", "file:///abs/x.pdf"},
		{"a:b.md", "./a:b.md"},
		{"100%.md", "100%25.md"},
	}
	for _, tt := range tests {
		if got := fileURI(tt.in); got != tt.want {
			t.Errorf("fileURI(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestUnknownFormat(t *testing.T) {
	err := Print(&bytes.Buffer{}, "xml", lintReport())
	if err == nil || !strings.Contains(err.Error(), `"xml"`) || !strings.Contains(err.Error(), "sarif") {
		t.Fatalf("err = %v, want unknown format naming xml and the valid formats", err)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("disk full") }

func TestWriteErrorsSurface(t *testing.T) {
	for _, format := range Formats {
		err := Print(failWriter{}, format, lintReport())
		if err == nil || !strings.Contains(err.Error(), "disk full") {
			t.Errorf("%s: err = %v, want the writer's error", format, err)
		}
	}
}

func BenchmarkPrint(b *testing.B) {
	rep := lintReport()
	for i := 0; i < 6; i++ {
		rep.Files = append(rep.Files, rep.Files...)
	}
	for _, format := range Formats {
		b.Run(format, func(b *testing.B) {
			for b.Loop() {
				var buf bytes.Buffer
				if err := Print(&buf, format, rep); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
