package read

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dpatool/dpa/lint/doc"
)

// checkDoc asserts what every reader guarantees, whatever the input: clean block
// text, ordered in-range line offsets, positions set, output bounded by the input.
func checkDoc(t *testing.T, d *doc.Document, inputLen, bound int) {
	t.Helper()
	total := 0
	for i, b := range d.Blocks {
		total += len(b.Text)
		if b.Text == "" || strings.TrimSpace(b.Text) != b.Text || strings.Contains(b.Text, "  ") {
			t.Fatalf("block %d text not normalised: %q", i, b.Text)
		}
		if !utf8.ValidString(b.Text) {
			t.Fatalf("block %d text not UTF-8: %q", i, b.Text)
		}
		if b.Loc == (doc.Loc{}) {
			t.Fatalf("block %d has no position", i)
		}
		for j, off := range b.Lines {
			if off < 0 || off > len(b.Text) || (j > 0 && off < b.Lines[j-1]) || (j == 0 && off != 0) {
				t.Fatalf("block %d Lines %v out of order for %d bytes", i, b.Lines, len(b.Text))
			}
		}
		if b.LineLocs != nil && len(b.LineLocs) != len(b.Lines) {
			t.Fatalf("block %d: %d LineLocs for %d Lines", i, len(b.LineLocs), len(b.Lines))
		}
	}
	if total > bound {
		t.Fatalf("%d bytes of text from %d bytes of input (bound %d)", total, inputLen, bound)
	}
}

// textBound: a text reader never adds more than the " | " cell separators and
// Windows-1252 expansion (at most 3 bytes per input byte).
func textBound(n int) int { return 3*n + 16 }

func fuzzText(f *testing.F, format string, seeds ...string) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := Read("fuzz."+format, strings.NewReader(s), format)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz."+format+": ") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		checkDoc(t, d, len(s), textBound(len(s)))
	})
}

func FuzzMarkdown(f *testing.F) {
	fuzzText(f, "md",
		"---\ntitle: x\n---\n# H *e*\n\npara [link](u) `c`\nline two\n",
		"| a | b |\n|---|---|\n| 1 | 2 |\n\n- x\n  - y\n",
		"<div><p>html</p></div>\n\n<!-- dpa-lint-disable x: y -->\n",
		"> quote\n\n```\ncode\n```\n\\*esc\\* &amp; &#x41;",
	)
}

func FuzzText(f *testing.F) {
	fuzzText(f, "txt",
		"ARTICLE 7 - X\n\n7.1 The obliga-\ntions of a sub-\nprocessor.\n",
		"(a) one;\n(b) two.\n• three\n# dpa-lint-disable a: b\n",
		"d\xe9lai\r\n\r\n1.\n",
	)
}

func FuzzHTML(f *testing.F) {
	fuzzText(f, "html",
		"<html><body><h2>T</h2><p>a &amp; b<br>c</p><ul><li>x<ul><li>y</ul></ul></body></html>",
		"<table><tr><td>a<td>b<tr><th>c</table><!-- dpa-lint-disable x -->",
		"<script>x</script><p>unclosed<div>d<p>e",
	)
}

func fuzzBinary(f *testing.F, format string, seeds ...[]byte) {
	for _, s := range seeds {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Read("fuzz."+format, bytes.NewReader(data), format)
		if err != nil {
			if !strings.HasPrefix(err.Error(), "fuzz."+format+": ") {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		bound := maxPDFText + 16*len(data)
		if format == "docx" {
			bound = 2 * maxTotalSize
		}
		checkDoc(t, d, len(data), bound)
	})
}

func FuzzPDF(f *testing.F) {
	fuzzBinary(f, "pdf",
		onePagePDF("BT /F1 12 Tf 72 720 Td [(a) -300 (b)] TJ T* (c) Tj ET", helvetica),
		// Small table seeds (a gofpdf table is large, and the fuzzer spends its
		// time minimising mutations of large inputs).
		onePagePDF("BT /F1 10 Tf 72 700 Td (Name) Tj 100 0 Td (Value one) Tj -100 -12 Td (Role) Tj 100 0 Td (Value two) Tj 0 -12 Td (wrapped) Tj ET", helvetica),
		onePagePDF("0.5 w 70 700 100 30 re S 170 700 m 170 730 l 270 730 l 270 700 l h S 70 680 200 0.5 re f BT /F1 10 Tf 72 715 Td (a) Tj 100 0 Td (b) Tj 0 -10 Td (c) Tj ET", helvetica),
		[]byte("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF"),
	)
}

func FuzzDOCX(f *testing.F) {
	fuzzBinary(f, "docx", []byte("PK\x03\x04"))
}

// TestWriteFuzzSeeds regenerates the generated seed files under testdata/fuzz
// (a gofpdf PDF and a zipped DOCX are too large to write inline) with -update.
func TestWriteFuzzSeeds(t *testing.T) {
	seeds := map[string][]byte{
		"FuzzPDF/gofpdf-two-pages": makePDF(t, pdfSpec{pages: contractPages}),
		"FuzzPDF/gofpdf-truetype":  makePDF(t, pdfSpec{utf8: true, pages: contractPages[:1]}),
		"FuzzDOCX/wrapped-lines":   docxOfLines(t, wrappedLines),
		"FuzzDOCX/styles-table-comments": makeDOCX(t, map[string]string{
			"word/document.xml": wp("Titre1", "Article 1") + `<w:tbl><w:tr><w:tc>` + wp("", "a") + `</w:tc><w:tc>` + wp("", "b") + `</w:tc></w:tr></w:tbl>` + `<w:p><w:commentRangeStart w:id="1"/><w:r><w:t>x</w:t></w:r></w:p>`,
			"word/styles.xml":   stylesXML,
			"word/comments.xml": `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="1"><w:p><w:r><w:t>dpa-lint-disable a: b</w:t></w:r></w:p></w:comment></w:comments>`,
		}),
	}
	for name, data := range seeds {
		path := filepath.Join("testdata", "fuzz", filepath.FromSlash(name))
		content := fmt.Sprintf("go test fuzz v1\n[]byte(%q)\n", data)
		if *update {
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatalf("%v (run go test -run TestWriteFuzzSeeds -update)", err)
		}
		if string(got) != content {
			t.Errorf("%s is stale (run go test -run TestWriteFuzzSeeds -update)", path)
		}
	}
}

// FuzzCMap feeds arbitrary ToUnicode CMaps to the parser and decodes codes with
// them: a font's CMap is as untrusted as the rest of the PDF.
func FuzzCMap(f *testing.F) {
	f.Add([]byte("1 begincodespacerange <0000> <FFFF> endcodespacerange 1 beginbfchar <0003> <0020> endbfchar 2 beginbfrange <0020> <0120> <0020> <2000> <2002> [<2022> (\\273)] endbfrange"), []byte("\x00\x03\x01\x10\x20\x01"))
	f.Add([]byte("beginbfrange <00> <FF> <D800> endbfrange [ [ ( \\"), []byte("\xff"))
	f.Fuzz(func(t *testing.T, cmap, codes []byte) {
		m := parseCMap(cmap)
		raw := string(codes)
		for i := 0; i < len(raw); {
			n := m.codeLen(raw[i:], 2)
			if n <= 0 {
				t.Fatalf("codeLen %d", n)
			}
			m.text(raw[i:min(i+n, len(raw))])
			i += n
		}
	})
}
