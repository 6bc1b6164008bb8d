package read

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/dpatool/dpa/lint/doc"
)

func TestChooseFormat(t *testing.T) {
	pdfData := makePDF(t, pdfSpec{pages: [][]string{{"Hello."}}})
	docxData := makeDOCX(t, map[string]string{"word/document.xml": wp("", "Hello.")})
	tests := []struct {
		name, file, format string
		data               []byte
		want, wantErr      string
	}{
		{"extension md", "a.MD", "", []byte("plain"), "md", ""},
		{"extension txt", "a.txt", "", []byte("# looks like md"), "txt", ""},
		{"extension htm", "a.htm", "", []byte("x"), "html", ""},
		{"explicit wins", "a.md", "text", []byte("x"), "txt", ""},
		{"explicit alias", "a", "markdown", []byte("x"), "md", ""},
		{"unknown format", "a", "rtf", []byte("x"), "", `a: unknown format "rtf" (want one of md, txt, html, pdf, docx)`},
		{"sniff pdf", "upload", "", pdfData, "pdf", ""},
		{"sniff docx", "upload.bin", "", docxData, "docx", ""},
		{"sniff plain zip", "x", "", func() []byte { d := makeDOCX(t, map[string]string{"[Content_Types].xml": "x"}); return d }(), "", "x: zip archive without word/document.xml: not a DOCX file"},
		{"sniff html", "x", "", []byte("\xEF\xBB\xBF  <!DOCTYPE html><p>x"), "html", ""},
		{"sniff html fragment", "x", "", []byte("<div class=\"dpa\">\n<h2>1. Scope</h2>\n<p>Text.</p></div>"), "html", ""},
		{"sniff markdown", "x", "", []byte("# Title\n\nSome **bold** text.\n"), "md", ""},
		{"sniff markdown opening with html", "x", "", []byte("<div align=\"center\">Logo</div>\n\n# Title\n\n## Scope\n"), "md", ""},
		{"sniff front matter", "x", "", []byte("---\ntitle: x\n---\nText.\n"), "md", ""},
		{"sniff text", "x", "", []byte("1. DEFINITIONS\n\nThe Processor shall - where needed - act.\n"), "txt", ""},
		{"sniff binary", "x", "", []byte("\x00\x01\x02"), "", "x: binary content of unknown format"},
		{"binary as txt", "a.txt", "", []byte("ab\x00cd"), "", "a.txt: binary content (NUL bytes) cannot be read as txt"},
		{"empty", "x", "", nil, "txt", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read(tc.file, bytes.NewReader(tc.data), tc.format)
			if tc.wantErr != "" {
				if err == nil || !strings.HasPrefix(err.Error(), tc.wantErr) {
					t.Fatalf("error %v, want prefix %q", err, tc.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if d.Format != tc.want || d.Path != tc.file {
				t.Errorf("format %q path %q, want %q %q", d.Format, d.Path, tc.want, tc.file)
			}
		})
	}
}

func TestFormats(t *testing.T) {
	f := Formats()
	if strings.Join(f, ",") != "md,txt,html,pdf,docx" {
		t.Errorf("Formats() = %v", f)
	}
	f[0] = "changed"
	if Formats()[0] != "md" {
		t.Error("Formats returns the package's own slice")
	}
}

type endless struct{}

func (endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

type failing struct{}

func (failing) Read([]byte) (int, error) { return 0, io.ErrUnexpectedEOF }

func TestReadLimits(t *testing.T) {
	_, err := Read("big.txt", endless{}, "")
	if !errors.Is(err, ErrTooLarge) || !strings.HasPrefix(err.Error(), "big.txt: input too large: more than 20 MB") {
		t.Errorf("endless input: %v", err)
	}
	_, err = Read("bad.txt", failing{}, "")
	if err == nil || err.Error() != "bad.txt: read: unexpected EOF" {
		t.Errorf("failing reader: %v", err)
	}
}

func TestNormalise(t *testing.T) {
	tests := []struct{ in, want string }{
		{"  a \t b\n\nc  ", "a b c"},
		{"noti\uFB01cation \uFB02ow e\uFB03cient", "notification flow efficient"},
		{"72\u00A0hours\u202Fmax", "72 hours max"},
		{"aware\u00ADness zero\u200Bwidth\uFEFF", "awareness zerowidth"},
		{"de\u0301lai", "délai"}, // NFC: decomposed accent composed
		{"“Controller” ‘x’", "“Controller” ‘x’"},
		{"\u2003em\u2009thin", "em thin"},
		{"bad \x00 control", "bad control"},
	}
	for _, tc := range tests {
		if got := Normalise(tc.in); got != tc.want {
			t.Errorf("Normalise(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"The “Controller’s” Instructions", `the "controller's" instructions`},
		{"Le « Sous-Traitant » — DÉLAI", `le " sous-traitant " - délai`},
		{"Noti\uFB01cation  WITHIN\u00A072 hours", "notification within 72 hours"},
		{"", ""},
	}
	for _, tc := range tests {
		if got := Fold(tc.in); got != tc.want {
			t.Errorf("Fold(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestFoldIndex(t *testing.T) {
	s := "The “Processor”  shall NOTIFY"
	f, idx := FoldIndex(s)
	if f != `the "processor" shall notify` {
		t.Fatalf("folded %q", f)
	}
	if len(idx) != len(f) {
		t.Fatalf("index has %d entries for %d bytes", len(idx), len(f))
	}
	for _, word := range []string{"processor", "shall", "notify"} {
		i := strings.Index(f, word)
		orig := s[idx[i]:]
		if !strings.HasPrefix(strings.ToLower(orig), word) {
			t.Errorf("%q maps to %q", word, orig)
		}
	}
}

func TestParseSuppressions(t *testing.T) {
	loc := doc.Loc{Line: 3}
	tests := []struct {
		in   string
		want string
	}{
		{"<!-- dpa-lint-disable breach-notice: in the MSA -->", "[{breach-notice in the MSA {3 0 0}}]"},
		{"dpa-lint-disable a, b c:  shared reason ", "[{a shared reason {3 0 0}} {b shared reason {3 0 0}} {c shared reason {3 0 0}}]"},
		{"/* dpa-lint-disable x */", "[{x  {3 0 0}}]"},
		{"dpa-lint-disable: reason but no id", "[{ reason but no id {3 0 0}}]"},
		{"dpa-lint-disabled x: no", "[]"},
		{"nothing here", "[]"},
	}
	for _, tc := range tests {
		got := fmt.Sprint(parseSuppressions(tc.in, loc))
		if got == "[]" || tc.want == "[]" {
			if len(parseSuppressions(tc.in, loc)) != 0 || tc.want != "[]" {
				t.Errorf("parseSuppressions(%q) = %s, want %s", tc.in, got, tc.want)
			}
			continue
		}
		if got != tc.want {
			t.Errorf("parseSuppressions(%q) = %s, want %s", tc.in, got, tc.want)
		}
	}
}

// TestConcurrentRead: readers share no mutable state (the goldmark parser is
// shared), so a caller may read files in parallel; run with -race.
func TestConcurrentRead(t *testing.T) {
	md := mustRead(t, "dpa.md")
	pdfData := makePDF(t, pdfSpec{utf8: true, pages: contractPages})
	want := map[string]string{}
	for _, in := range []struct {
		name string
		data []byte
	}{{"a.md", md}, {"a.pdf", pdfData}} {
		d, err := Read(in.name, bytes.NewReader(in.data), "")
		if err != nil {
			t.Fatal(err)
		}
		want[in.name] = dump(d.Blocks)
	}
	errs := make(chan error, 16)
	for i := 0; i < 16; i++ {
		go func(i int) {
			name, data := "a.md", md
			if i%2 == 1 {
				name, data = "a.pdf", pdfData
			}
			d, err := Read(name, bytes.NewReader(data), "")
			if err == nil && dump(d.Blocks) != want[name] {
				err = fmt.Errorf("%s: concurrent read differs", name)
			}
			errs <- err
		}(i)
	}
	for i := 0; i < 16; i++ {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
