package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"encoding/xml"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/diag/sariftest"
	"github.com/jung-kurt/gofpdf"
)

// cliFixtures are the contracts of lint/testdata/cli, relative to this package.
var cliFixtures = filepath.Join("..", "..", "lint", "testdata", "cli")

func fixture(name string) string { return filepath.Join(cliFixtures, name) }

func runDPA(t testing.TB, stdin string, args ...string) (code int, stdout, stderr string) {
	t.Helper()
	var out, errb bytes.Buffer
	code = run(args, strings.NewReader(stdin), &out, &errb)
	return code, out.String(), errb.String()
}

// TestLintExitCodes pins the exit code of each situation: testscript can only
// tell zero from non-zero, and 1 (findings) versus 2 (errors) is the interface
// CI pipelines depend on.
func TestLintExitCodes(t *testing.T) {
	clean, err := os.ReadFile(fixture("clean.md"))
	if err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	badCfg := filepath.Join(dir, "bad.yaml")
	if err := os.WriteFile(badCfg, []byte("fail_on: sometimes\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	big := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(big, bytes.Repeat([]byte("The processor shall process data.\n"), 21<<20/34+1), 0o644); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name   string
		stdin  string
		args   []string
		code   int
		stderr string
	}{
		{"clean", "", []string{"lint", fixture("clean.md")}, exitOK, ""},
		{"weak and missing", "", []string{"lint", fixture("weak.md")}, exitFindings, ""},
		{"fail-on none", "", []string{"lint", "--fail-on", "none", fixture("weak.md")}, exitOK, ""},
		{"fail-on expected only", "", []string{"lint", "--fail-on", "expected", fixture("suppressed.md")}, exitOK, ""},
		{"suppressed with reason", "", []string{"lint", fixture("suppressed.md")}, exitOK, ""},
		{"suppression without reason", "", []string{"lint", fixture("bad-suppression.md")}, exitFindings, ""},
		{"stdin", string(clean), []string{"lint", "-"}, exitOK, ""},
		{"stdin twice", string(clean), []string{"lint", "-", "-"}, exitError, "standard input can be read only once"},
		{"directory with a weak file", "", []string{"lint", cliFixtures}, exitFindings, ""},
		{"missing file", "", []string{"lint", "nosuch.md"}, exitError, "nosuch.md: no such file or directory"},
		{"missing file and findings", "", []string{"lint", fixture("weak.md"), "nosuch.md"}, exitError, "1 input(s) could not be linted"},
		{"glob without match", "", []string{"lint", filepath.Join(cliFixtures, "*.docx")}, exitError, "no contract files match"},
		{"empty directory", "", []string{"lint", dir}, exitError, "no contract files"},
		{"bad format", "", []string{"lint", "--format", "xml", fixture("clean.md")}, exitError, `unknown format "xml"`},
		{"bad output", "", []string{"lint", "--output", "sarif", fixture("clean.md")}, exitError, "want FORMAT=FILE"},
		{"bad fail-on", "", []string{"lint", "--fail-on", "all", fixture("clean.md")}, exitError, `unknown level "all"`},
		{"bad profile", "", []string{"lint", "--profile", "health", fixture("clean.md")}, exitError, `unknown profile "health"`},
		{"bad config", "", []string{"lint", "--config", badCfg, fixture("clean.md")}, exitError, `bad.yaml:1:10: fail_on: unknown level "sometimes"`},
		{"missing config", "", []string{"lint", "--config", filepath.Join(dir, "none.yaml"), fixture("clean.md")}, exitError, "none.yaml"},
		{"suggest needs text", "", []string{"lint", "--suggest", "--format", "sarif", fixture("clean.md")}, exitError, "--suggest"},
		{"no arguments", "", []string{"lint"}, exitError, "requires at least 1 arg"},
		{"input over the size limit", "", []string{"lint", big}, exitError, "big.txt: input too large"},
		{"no text", "\n\n   \n", []string{"lint", "-"}, exitError, "<stdin>: no text found"},
		{"unwritable output", "", []string{"lint", "--output", "json=" + filepath.Join(dir, "no", "such", "dir.json"), fixture("clean.md")}, exitError, "dir.json"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, stdout, stderr := runDPA(t, tt.stdin, tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d\nstdout:\n%s\nstderr:\n%s", code, tt.code, stdout, stderr)
			}
			if tt.stderr != "" && !strings.Contains(stderr, tt.stderr) {
				t.Errorf("stderr %q does not contain %q", stderr, tt.stderr)
			}
			if tt.stderr == "" && stderr != "" {
				t.Errorf("unexpected stderr: %s", stderr)
			}
			if strings.Contains(stderr, "goroutine ") || strings.Contains(stderr, "internal error") {
				t.Errorf("a panic reached the user: %s", stderr)
			}
		})
	}
}

// TestLintJSONExactShape decodes the CLI's JSON strictly: exactly the documented
// keys, every catalogue id once per file in catalogue order, line 0 and empty
// evidence when missing.
func TestLintJSONExactShape(t *testing.T) {
	code, stdout, stderr := runDPA(t, "", "lint", "--format", "json", fixture("weak.md"), fixture("clean.md"))
	if code != exitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	type req struct {
		ID       string `json:"id"`
		Status   string `json:"status"`
		Line     int    `json:"line"`
		Evidence string `json:"evidence"`
		Reason   string `json:"reason"`
	}
	var out struct {
		Files []struct {
			Path         string `json:"path"`
			Requirements []req  `json:"requirements"`
		} `json:"files"`
	}
	dec := json.NewDecoder(strings.NewReader(stdout))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&out); err != nil {
		t.Fatalf("output does not have the documented shape: %v", err)
	}
	if dec.More() {
		t.Fatal("more than one JSON value")
	}
	// Each requirement object has all five keys, even when empty.
	if n := strings.Count(stdout, `"reason": `); n != 2*len(clauses.IDs()) {
		t.Errorf("%d reason keys, want %d", n, 2*len(clauses.IDs()))
	}
	if len(out.Files) != 2 || !strings.HasSuffix(out.Files[0].Path, "weak.md") || !strings.HasSuffix(out.Files[1].Path, "clean.md") {
		t.Fatalf("files = %+v", out.Files)
	}
	ids := clauses.IDs()
	for _, f := range out.Files {
		if len(f.Requirements) != len(ids) {
			t.Fatalf("%s: %d requirements, want %d", f.Path, len(f.Requirements), len(ids))
		}
		for i, r := range f.Requirements {
			if r.ID != ids[i] {
				t.Errorf("%s: requirement %d is %s, want %s", f.Path, i, r.ID, ids[i])
			}
			switch r.Status {
			case "present", "weak":
				if r.Line <= 0 || r.Evidence == "" {
					t.Errorf("%s %s %s: line %d evidence %q", f.Path, r.ID, r.Status, r.Line, r.Evidence)
				}
			case "missing", "n/a":
				if r.Line != 0 || r.Evidence != "" {
					t.Errorf("%s %s %s: line %d evidence %q, want 0 and empty", f.Path, r.ID, r.Status, r.Line, r.Evidence)
				}
			default:
				t.Errorf("%s %s: status %q", f.Path, r.ID, r.Status)
			}
			if r.Status == "weak" && r.Reason == "" {
				t.Errorf("%s %s: weak without a reason", f.Path, r.ID)
			}
		}
	}
	// Deterministic: a second run is byte-identical.
	_, again, _ := runDPA(t, "", "lint", "--format", "json", fixture("weak.md"), fixture("clean.md"))
	if again != stdout {
		t.Error("two runs on the same input differ")
	}
}

// TestLintSARIFFile writes SARIF with --output next to text on stdout and
// validates the file against the OASIS schema.
func TestLintSARIFFile(t *testing.T) {
	dir := t.TempDir()
	sarif := filepath.Join(dir, "dpa.sarif")
	// The held-out contracts add HTML, text, French and real drafting to the mix.
	contracts := filepath.Join("..", "..", "lint", "testdata", "contracts")
	code, stdout, stderr := runDPA(t, "", "lint", fixture("weak.md"), fixture("bad-suppression.md"), contracts, "--output", "sarif="+sarif)
	if code != exitFindings {
		t.Fatalf("exit %d: %s", code, stderr)
	}
	if !strings.Contains(stdout, "weak.md:40: error breach-notification: weak") {
		t.Errorf("text output missing on stdout:\n%s", stdout)
	}
	data, err := os.ReadFile(sarif)
	if err != nil {
		t.Fatal(err)
	}
	if err := sariftest.Validate(data); err != nil {
		t.Fatalf("SARIF written by dpa lint is invalid: %v", err)
	}
	for _, want := range []string{`"ruleId": "suppression"`, `"ruleId": "breach-notification"`, `"uri": "../../lint/testdata/cli/weak.md"`} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("SARIF lacks %s", want)
		}
	}
	// No temporary file is left next to the output.
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("output directory holds %d entries, want only dpa.sarif", len(entries))
	}
}

func TestSuggestGroupsSharedClauses(t *testing.T) {
	code, stdout, _ := runDPA(t, "", "lint", "--suggest", fixture("faible.md"))
	if code != exitFindings {
		t.Fatalf("exit %d", code)
	}
	if !strings.Contains(stdout, "suggested clause for") || !strings.Contains(stdout, ", fr):") {
		t.Fatalf("no French suggestions:\n%s", stdout)
	}
	// A clause text appears once per file however many requirements it covers.
	blocks := map[string]int{}
	for _, part := range strings.Split(stdout, "\n\n") {
		if strings.HasPrefix(part, "    ") {
			blocks[part]++
		}
	}
	for b, n := range blocks {
		if n > 1 {
			t.Errorf("clause printed %d times:\n%s", n, b)
		}
	}
}

// BenchmarkLintDirectory lints a directory of real-world-shaped contracts: the
// held-out fixtures, the CLI fixtures and the rendered samples (en and fr), as
// `dpa lint DIR --format json` does, output discarded.
func BenchmarkLintDirectory(b *testing.B) {
	dir := b.TempDir()
	var files, size int
	for _, src := range []string{
		filepath.Join("..", "..", "lint", "testdata", "contracts", "*"),
		filepath.Join(cliFixtures, "*.md"),
		filepath.Join("..", "..", "templates", "testdata", "golden", "*.md"),
	} {
		matches, _ := filepath.Glob(src)
		for _, m := range matches {
			if !hasLintExt(m) || strings.HasSuffix(m, "README.md") {
				continue
			}
			data, err := os.ReadFile(m)
			if err != nil {
				b.Fatal(err)
			}
			name := filepath.Base(filepath.Dir(m)) + "-" + filepath.Base(m)
			if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
				b.Fatal(err)
			}
			files++
			size += len(data)
		}
	}
	if files == 0 {
		b.Skip("no contracts found to lint")
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		if code := run([]string{"lint", "--format", "json", "--fail-on", "none", dir}, strings.NewReader(""), io.Discard, io.Discard); code != exitOK {
			b.Fatalf("exit %d", code)
		}
	}
	b.ReportMetric(float64(files), "files")
	b.ReportMetric(float64(b.Elapsed().Milliseconds())/float64(b.N)/float64(files), "ms/file")
}

// writePDF typesets the paragraphs of a Markdown fixture into a real PDF with
// gofpdf, so that the page and line positions go through the whole pipeline.
func writePDF(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.SetFont("Helvetica", "", 11)
	pdf.AddPage()
	for _, para := range strings.Split(string(data), "\n\n") {
		para = strings.TrimLeft(strings.ReplaceAll(para, "\n", " "), "# ")
		pdf.MultiCell(0, 6, pdf.UnicodeTranslatorFromDescriptor("")(para), "", "L", false)
		pdf.Ln(4)
	}
	if err := pdf.OutputFileAndClose(dst); err != nil {
		t.Fatal(err)
	}
}

func TestLintPDFPositions(t *testing.T) {
	dir := t.TempDir()
	pdfPath := filepath.Join(dir, "weak.pdf")
	writePDF(t, fixture("weak.md"), pdfPath)
	code, stdout, stderr := runDPA(t, "", "lint", pdfPath)
	if code != exitFindings {
		t.Fatalf("exit %d: %s\n%s", code, stderr, stdout)
	}
	if !regexp.MustCompile(`(?m)^\S+weak\.pdf:page [12]:line \d+: error breach-notification: weak: `).MatchString(stdout) {
		t.Errorf("no page:line position for the weak breach clause:\n%s", stdout)
	}
	_, gh, _ := runDPA(t, "", "lint", "--format", "github", pdfPath)
	// GitHub cannot point into a PDF: no line= property, the page is in the message.
	if !regexp.MustCompile(`(?m)^::error file=\S+weak\.pdf,title=dpa breach-notification::weak: .*\(page [12], line \d+\)`).MatchString(gh) {
		t.Errorf("github annotation for the PDF lacks the page in its message:\n%s", gh)
	}
}

// writeDOCX packs the paragraphs of a Markdown fixture into a minimal WordprocessingML
// document, one w:p per paragraph, as Word would store them.
func writeDOCX(t *testing.T, src, dst string) {
	t.Helper()
	data, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	var body strings.Builder
	for _, para := range strings.Split(string(data), "\n\n") {
		para = strings.TrimLeft(strings.ReplaceAll(para, "\n", " "), "# ")
		body.WriteString(`<w:p><w:r><w:t xml:space="preserve">`)
		if err := xml.EscapeText(&body, []byte(para)); err != nil {
			t.Fatal(err)
		}
		body.WriteString(`</w:t></w:r></w:p>`)
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for name, content := range map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			body.String() + `</w:body></w:document>`,
	} {
		w, err := zw.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(w, content); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestLintDOCXPositions(t *testing.T) {
	dir := t.TempDir()
	docx := filepath.Join(dir, "weak.docx")
	writeDOCX(t, fixture("weak.md"), docx)
	code, stdout, stderr := runDPA(t, "", "lint", docx)
	if code != exitFindings {
		t.Fatalf("exit %d: %s\n%s", code, stderr, stdout)
	}
	// "2.5 Vendor will notify ..." is the 13th paragraph of weak.md.
	if !regexp.MustCompile(`(?m)^\S+weak\.docx:para 13: error breach-notification: weak: `).MatchString(stdout) {
		t.Errorf("no paragraph position for the weak breach clause:\n%s", stdout)
	}
	_, sarif, _ := runDPA(t, "", "lint", "--format", "sarif", docx)
	if !strings.Contains(sarif, "(paragraph 13)") {
		t.Errorf("SARIF message for the DOCX lacks the paragraph:\n%s", sarif)
	}
}

func TestLintImageOnlyPDF(t *testing.T) {
	// A PDF whose pages carry no text, as a scan without OCR does.
	pdfPath := filepath.Join(t.TempDir(), "scan.pdf")
	pdf := gofpdf.New("P", "mm", "A4", "")
	pdf.AddPage()
	pdf.Rect(20, 20, 100, 150, "F")
	if err := pdf.OutputFileAndClose(pdfPath); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := runDPA(t, "", "lint", pdfPath)
	if code != exitError || !strings.Contains(stderr, "scan.pdf: no text found") {
		t.Fatalf("exit %d, stderr %q", code, stderr)
	}
}
