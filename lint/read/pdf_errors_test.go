package read

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/dpatool/dpa/lint/doc"
)

// rawPDF assembles a PDF from object bodies (object i+1 is objs[i]) with a correct
// cross-reference table, for inputs gofpdf would never write.
func rawPDF(objs ...string) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n")
	offsets := make([]int, len(objs))
	for i, o := range objs {
		offsets[i] = b.Len()
		fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", i+1, o)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(objs)+1)
	for _, off := range offsets {
		fmt.Fprintf(&b, "%010d 00000 n \n", off)
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n", len(objs)+1, xref)
	return b.Bytes()
}

func stream(s string) string {
	return fmt.Sprintf("<< /Length %d >>\nstream\n%s\nendstream", len(s), s)
}

func onePagePDF(content, font string) []byte {
	return rawPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
		stream(content),
		font,
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Secret /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>",
	)
}

const helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"

func TestPDFErrors(t *testing.T) {
	good := makePDF(t, pdfSpec{pages: contractPages})
	tests := []struct {
		name string
		data []byte
		want string // error prefix
	}{
		{"truncated", good[:len(good)/2], "c.pdf: not a readable PDF"},
		{"garbage after header", []byte("%PDF-1.7\n\x00\x01garbage"), "c.pdf: not a readable PDF"},
		{"font without ToUnicode", onePagePDF("BT /F1 12 Tf 72 720 Td <00410042> Tj ET",
			"<< /Type /Font /Subtype /Type0 /BaseFont /Secret /Encoding /Identity-H /DescendantFonts [6 0 R] >>"),
			"c.pdf: page 1: font F1 (Secret) has no ToUnicode map, so its text cannot be decoded (2 of 2 characters)"},
		{"no text", onePagePDF("0 0 m 100 100 l S", helvetica), "c.pdf: no text found in the PDF"},
		{"bad hex string", onePagePDF("BT /F1 12 Tf 72 720 Td <414> Tj ET", helvetica), "c.pdf: page 1: malformed content stream: malformed hex string"},
		{"stray delimiter", onePagePDF("BT ) ET", helvetica), "c.pdf: page 1: malformed content stream: unexpected delimiter"},
		{"unterminated string", onePagePDF("BT /F1 12 Tf 72 720 Td (unterminated Tj ET", helvetica), "c.pdf: no text found"},
		{"cyclic page tree", rawPDF(
			"<< /Type /Catalog /Pages 2 0 R >>",
			"<< /Type /Pages /Kids [2 0 R] /Count 1 >>",
		), "c.pdf: page tree is cyclic or more than 64 levels deep"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read("c.pdf", bytes.NewReader(tc.data), "")
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("error %v (doc %v), want prefix %q", err, d, tc.want)
			}
		})
	}
}

// TestPDFRawOperators checks the text-positioning operators gofpdf does not use:
// TJ with kerning and word-space adjustments, T*, ', Tm with scaling.
func TestPDFRawOperators(t *testing.T) {
	content := strings.Join([]string{
		"BT /F1 12 Tf 14 TL 72 720 Td",
		"[(The Pro) -20 (cessor) -300 (shall)] TJ",
		"T* (assist the) Tj ( Controller.) Tj",
		"ET",
		"BT 2 0 0 2 72 600 Tm /F1 6 Tf (Second paragraph.) Tj ET",
	}, "\n")
	d, err := Read("c.pdf", bytes.NewReader(onePagePDF(content, helvetica)), "pdf")
	if err != nil {
		t.Fatal(err)
	}
	got := dump(d.Blocks)
	want := "0: kind=0 level=0 loc={Line:1 Page:1 Para:0} text=\"The Processor shall assist the Controller.\" lines=[0 20] linelocs=[]\n" +
		"1: kind=0 level=0 loc={Line:3 Page:1 Para:0} text=\"Second paragraph.\" lines=[] linelocs=[]\n"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestPDFBadOperands: operators with the wrong number of operands are skipped, not
// fatal, and the text around them is still read.
func TestPDFBadOperands(t *testing.T) {
	d, err := Read("c.pdf", bytes.NewReader(onePagePDF(`BT /F1 Tf 72 Td 1 2 3 Tm (x) " /F1 12 Tf 72 720 Td [1 (Still) -400 (read.)] TJ ET`, helvetica)), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Blocks) != 1 || d.Blocks[0].Text != "Still read." {
		t.Errorf("got %s", dump(d.Blocks))
	}
}

// TestPDFLenientFile: files other readers open despite a non-strict layout.
func TestPDFLenientFile(t *testing.T) {
	good := onePagePDF("BT /F1 12 Tf 72 720 Td (Readable text.) Tj ET", helvetica)
	v20 := append([]byte(nil), good...)
	copy(v20, "%PDF-2.0")
	tests := []struct {
		name string
		data []byte
	}{
		{"as written", good},
		{"PDF 2.0 header", v20},
		{"bytes before the header", append([]byte("MIME junk\r\n"), good...)},
		{"bytes after %%EOF", append(append([]byte(nil), good...), bytes.Repeat([]byte{0}, 500)...)},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read("c.pdf", bytes.NewReader(tc.data), "")
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Blocks) != 1 || d.Blocks[0].Text != "Readable text." {
				t.Errorf("got %s", dump(d.Blocks))
			}
		})
	}
}

// TestPDFFormXObject: text drawn inside a form XObject is read, placed by the form's
// matrix, and a form that draws itself stops at maxFormDepth.
func TestPDFFormXObject(t *testing.T) {
	form := "BT /F1 12 Tf 72 700 Td (Inside the form.) Tj ET /X1 Do"
	data := rawPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> /Contents 4 0 R >>",
		stream("BT /F1 12 Tf 72 750 Td (Page text.) Tj ET q 1 0 0 1 0 -20 cm /X1 Do Q"),
		helvetica,
		fmt.Sprintf("<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Matrix [1 0 0 1 0 -20] /Resources << /Font << /F1 5 0 R >> /XObject << /X1 6 0 R >> >> /Length %d >>\nstream\n%s\nendstream", len(form), form),
	)
	d, err := Read("c.pdf", bytes.NewReader(data), "")
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, b := range d.Blocks {
		all = append(all, b.Text)
	}
	got := strings.Join(all, " / ")
	want := "Page text. / Inside the form. Inside the form. Inside the form. Inside the form."
	if got != want {
		t.Errorf("got %q\nwant %q\n%s", got, want, dump(d.Blocks))
	}
	// The first form line is drawn at 700-20-20 = 660, the page text at 750.
	if d.Blocks[1].Loc != (doc.Loc{Page: 1, Line: 2}) {
		t.Errorf("form text at %+v", d.Blocks[1].Loc)
	}
}

// TestPDFOperatorLimit: a stream of endless operators stops with ErrTooLarge.
func TestPDFOperatorLimit(t *testing.T) {
	defer func(n int) { maxPDFOps = n }(maxPDFOps)
	maxPDFOps = 1000
	data := onePagePDF(strings.Repeat("0 0 m ", 2000)+"BT /F1 12 Tf 72 720 Td (x) Tj ET", helvetica)
	_, err := Read("c.pdf", bytes.NewReader(data), "")
	if !errors.Is(err, ErrTooLarge) || !strings.Contains(err.Error(), "c.pdf: page 1: input too large: more than 1000 drawing operators") {
		t.Errorf("error %v", err)
	}
}

// TestPDFSomeTextUndecodable: a little text in a font without ToUnicode (a logo, a
// symbol) is dropped; the rest of the page is read.
func TestPDFSomeTextUndecodable(t *testing.T) {
	content := "BT /F2 12 Tf 72 750 Td <0041> Tj ET BT /F1 12 Tf 72 720 Td (The Processor keeps records of processing.) Tj ET"
	data := rawPDF(
		"<< /Type /Catalog /Pages 2 0 R >>",
		"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R /F2 6 0 R >> >> /Contents 4 0 R >>",
		stream(content),
		helvetica,
		"<< /Type /Font /Subtype /Type0 /BaseFont /Logo /Encoding /Identity-H /DescendantFonts [7 0 R] >>",
		"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /Logo /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> >>",
	)
	d, err := Read("c.pdf", bytes.NewReader(data), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Blocks) != 1 || d.Blocks[0].Text != "The Processor keeps records of processing." || d.Blocks[0].Loc != (doc.Loc{Page: 1, Line: 1}) {
		t.Errorf("got %s", dump(d.Blocks))
	}
}
