package read

import (
	"bytes"
	"fmt"
	"strings"
	"testing"
	"time"

	"github.com/jung-kurt/gofpdf"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/dpatool/dpa/lint/doc"
)

// pdfSpec describes a test PDF: each page is a list of body lines; "" leaves a
// paragraph gap, a "#" prefix sets the line as a 14 pt heading, "##" as 13 pt. Every page gets a
// running header and a "Page N of M" footer.
type pdfSpec struct {
	utf8  bool // use an embedded TrueType font (Type0, Identity-H, ToUnicode)
	pages [][]string
}

func makePDF(t testing.TB, spec pdfSpec) []byte {
	t.Helper()
	f := gofpdf.New("P", "mm", "A4", "")
	f.SetCreationDate(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	f.SetModificationDate(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	f.SetAutoPageBreak(false, 0)
	f.AliasNbPages("{nb}")
	family := "Helvetica"
	if spec.utf8 {
		f.AddUTF8FontFromBytes("go", "", goregular.TTF)
		family = "go"
	}
	f.SetHeaderFunc(func() {
		f.SetFont(family, "", 9)
		f.Text(20, 12, "Acme Cloud Ltd - Data Processing Agreement - Confidential")
	})
	f.SetFooterFunc(func() {
		f.SetFont(family, "", 9)
		f.Text(95, 287, fmt.Sprintf("Page %d of {nb}", f.PageNo()))
	})
	for _, lines := range spec.pages {
		f.AddPage()
		y := 25.0
		for _, l := range lines {
			switch {
			case l == "":
				y += 6
				continue
			case strings.HasPrefix(l, "##"):
				f.SetFont(family, "", 13)
				f.Text(20, y, l[2:])
				y += 7
			case strings.HasPrefix(l, "#"):
				f.SetFont(family, "", 14)
				f.Text(20, y, l[1:])
				y += 8
			default:
				f.SetFont(family, "", 11)
				f.Text(20, y, l)
				y += 6
			}
		}
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var contractPages = [][]string{{
	"#1. Subject matter",
	"The Processor shall process Personal Data only on docu-",
	"mented instructions from the Controller, including with",
	"regard to transfers to a third country.",
	"",
	"The Processor shall ensure that each sub-",
	"processor is bound by the same data protection obliga-",
	"tions as set out in this Agreement, and the Controller",
}, {
	"may object to any new sub-processor within 30 days.",
	"",
	"#2. Security",
	"The Processor shall implement appropriate technical and",
	"organisational measures under Article 32 GDPR.",
	"dpa-lint-disable audit-rights: audits are in the MSA",
}}

func TestPDF(t *testing.T) {
	p1 := "The Processor shall process Personal Data only on documented instructions from the Controller, including with regard to transfers to a third country."
	p2 := "The Processor shall ensure that each sub-processor is bound by the same data protection obligations as set out in this Agreement, and the Controller may object to any new sub-processor within 30 days."
	p3 := "The Processor shall implement appropriate technical and organisational measures under Article 32 GDPR."
	want := []doc.Block{
		{Kind: doc.Heading, Level: 1, Text: "1. Subject matter", Loc: doc.Loc{Page: 1, Line: 2}},
		{Kind: doc.Paragraph, Text: p1, Loc: doc.Loc{Page: 1, Line: 3}, Lines: offs(t, p1, "The", "mented", "regard")},
		{Kind: doc.Paragraph, Text: p2, Loc: doc.Loc{Page: 1, Line: 6}, Lines: offs(t, p2, "The", "processor", "tions", "may"),
			LineLocs: []doc.Loc{{Page: 1, Line: 6}, {Page: 1, Line: 7}, {Page: 1, Line: 8}, {Page: 2, Line: 2}}},
		{Kind: doc.Heading, Level: 1, Text: "2. Security", Loc: doc.Loc{Page: 2, Line: 3}},
		{Kind: doc.Paragraph, Text: p3, Loc: doc.Loc{Page: 2, Line: 4}, Lines: offs(t, p3, "The", "organisational")},
	}
	wantSup := []doc.Suppression{{ID: "audit-rights", Reason: "audits are in the MSA", Loc: doc.Loc{Page: 2, Line: 6}}}
	for _, tc := range []struct {
		name string
		utf8 bool
	}{{"standard font", false}, {"embedded TrueType", true}} {
		t.Run(tc.name, func(t *testing.T) {
			data := makePDF(t, pdfSpec{utf8: tc.utf8, pages: contractPages})
			d, err := Read("c.pdf", bytes.NewReader(data), "")
			if err != nil {
				t.Fatal(err)
			}
			if d.Format != "pdf" {
				t.Errorf("format %q", d.Format)
			}
			compareBlocks(t, d.Blocks, want)
			if fmt.Sprint(d.Suppressions) != fmt.Sprint(wantSup) {
				t.Errorf("suppressions %+v, want %+v", d.Suppressions, wantSup)
			}
			// A match in the continued sentence is reported on page 2.
			b := d.Blocks[2]
			if got := b.LocAt(strings.Index(b.Text, "30 days")); got != (doc.Loc{Page: 2, Line: 2}) {
				t.Errorf("LocAt(30 days) = %+v", got)
			}
		})
	}
}

var headerTestBody = []string{
	"The Processor acts only on documented instructions.",
	"Staff are bound by confidentiality.",
	"Breaches are notified within 48 hours.",
	"Data are deleted at the end of the services.",
}

// TestPDFRunningHeaders: alternating even/odd headers, a two-line header block, a
// bare page number footer and a confidentiality notice are all removed.
func TestPDFRunningHeaders(t *testing.T) {
	f := gofpdf.New("P", "mm", "A4", "")
	f.SetCreationDate(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	f.SetModificationDate(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	f.SetAutoPageBreak(false, 0)
	f.SetHeaderFunc(func() {
		f.SetFont("Helvetica", "", 8)
		if f.PageNo()%2 == 0 {
			f.Text(20, 10, "Acme Cloud Ltd")
		} else {
			f.Text(150, 10, "Data Processing Agreement v3")
		}
		f.Text(20, 14, "Version 3 of 1 March 2026")
	})
	f.SetFooterFunc(func() {
		f.SetFont("Helvetica", "", 8)
		f.Text(20, 280, "CONFIDENTIAL - do not distribute")
		f.Text(105, 287, fmt.Sprint(f.PageNo()))
	})
	for p := 1; p <= 4; p++ {
		f.AddPage()
		f.SetFont("Helvetica", "", 11)
		f.Text(20, 30, headerTestBody[p-1])
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	d, err := Read("c.pdf", &buf, "")
	if err != nil {
		t.Fatal(err)
	}
	var want []doc.Block
	for p := 1; p <= 4; p++ {
		// Rows: header (1), version line (2), clause (3).
		want = append(want, doc.Block{Kind: doc.Paragraph, Text: headerTestBody[p-1], Loc: doc.Loc{Page: p, Line: 3}})
	}
	compareBlocks(t, d.Blocks, want)
}

// TestPDFHeadingLevels: un-numbered headings get their level from type size.
func TestPDFHeadingLevels(t *testing.T) {
	data := makePDF(t, pdfSpec{pages: [][]string{{
		"#Data Processing Agreement",
		"The parties agree as follows.",
		"",
		"##Definitions",
		"Terms have the meaning given in the GDPR.",
	}}})
	d, err := Read("c.pdf", bytes.NewReader(data), "")
	if err != nil {
		t.Fatal(err)
	}
	compareBlocks(t, d.Blocks[1:], []doc.Block{
		{Kind: doc.Heading, Level: 1, Text: "Data Processing Agreement", Loc: doc.Loc{Page: 1, Line: 2}},
		{Kind: doc.Paragraph, Text: "The parties agree as follows.", Loc: doc.Loc{Page: 1, Line: 3}},
		{Kind: doc.Heading, Level: 2, Text: "Definitions", Loc: doc.Loc{Page: 1, Line: 4}},
		{Kind: doc.Paragraph, Text: "Terms have the meaning given in the GDPR.", Loc: doc.Loc{Page: 1, Line: 5}},
	})
}
