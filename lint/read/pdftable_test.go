package read

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/jung-kurt/gofpdf"
	"github.com/ledongthuc/pdf"

	"github.com/dpatool/dpa/lint/doc"
)

// tableBorder says how makeTablePDF draws cell borders.
type tableBorder int

const (
	borderRect  tableBorder = iota // one stroked rectangle per cell (re S)
	borderLines                    // separate lines per cell side (m l S), as dpa render does
	borderFills                    // thin filled rectangles (re f), as Word exports draw borders
	borderNone                     // no borders: columns show only by alignment
)

// tableSpec is a test table: column widths in mm and rows of cells. Cells wrap at
// their column width. rowGap is extra space between rows in mm.
type tableSpec struct {
	widths []float64
	rows   [][]string
	border tableBorder
	rowGap float64
}

// makeTablePDF draws, on one A4 page: a title line, the tables one after the other
// with a paragraph line between them, and a closing line. Every text line is 5 mm
// below the last, so line numbers can be counted by hand.
func makeTablePDF(t testing.TB, tables ...tableSpec) []byte {
	t.Helper()
	f := gofpdf.New("P", "mm", "A4", "")
	f.SetCreationDate(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	f.SetModificationDate(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	f.SetAutoPageBreak(false, 0)
	f.AddPage()
	f.SetFont("Helvetica", "", 10)
	f.SetLineWidth(0.2)
	const lh, pad, x0 = 5.0, 2.0, 20.0
	y := 20.0
	f.Text(x0, y, "The parties agree to the following description.")
	y += lh
	for ti, tb := range tables {
		if ti > 0 {
			f.Text(x0, y+lh, "The next table lists further details.")
			y += 2 * lh
		}
		vpad := pad
		if tb.border == borderNone {
			vpad = 0 // rows apart only by rowGap
		}
		top := y - lh + vpad // the first baseline sits lh below the row top, less padding
		for _, row := range tb.rows {
			wrapped := make([][]string, len(row))
			n := 1
			for i, cell := range row {
				for _, l := range f.SplitText(cell, tb.widths[i]-2*pad) {
					wrapped[i] = append(wrapped[i], strings.TrimSpace(l))
				}
				n = max(n, len(wrapped[i]))
			}
			h := float64(n)*lh + 2*vpad
			x := x0
			for i := range row {
				for j, l := range wrapped[i] {
					f.Text(x+pad, top+vpad+float64(j+1)*lh-1.2, l)
				}
				switch tb.border {
				case borderRect:
					f.Rect(x, top, tb.widths[i], h, "D")
				case borderLines:
					f.Line(x, top, x, top+h)
					f.Line(x, top, x+tb.widths[i], top)
					f.Line(x, top+h, x+tb.widths[i], top+h)
					if i == len(row)-1 {
						f.Line(x+tb.widths[i], top, x+tb.widths[i], top+h)
					}
				case borderFills:
					f.SetFillColor(0, 0, 0)
					f.Rect(x, top, 0.25, h, "F")
					f.Rect(x, top, tb.widths[i], 0.25, "F")
					f.Rect(x, top+h, tb.widths[i], 0.25, "F")
					if i == len(row)-1 {
						f.Rect(x+tb.widths[i], top, 0.25, h, "F")
					}
				}
				x += tb.widths[i]
			}
			top += h + tb.rowGap
		}
		y = top + lh
	}
	f.Text(x0, y, "Each party signs below.")
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

var twoColRows = [][]string{
	{"Item", "Description"},
	{"Categories of data subjects", "the controller's customers; the controller's prospects; the controller's employees who use the CRM service every day"},
	{"Nature of the processing", "collection through web forms and imports; storage and hosting; backup; deletion"},
}

var threeColRows = [][]string{
	{"Name", "Address", "Service"},
	{"Nordwolke Rechenzentren GmbH", "Lyoner Strasse 14, 60528 Frankfurt am Main, Germany", "hosting of the production and backup infrastructure"},
	{"Postwell Inc.", "221 Second Street, San Francisco, United States", "e-mail delivery"},
}

// TestPDFTables: bordered tables (rectangles and separate lines) and borderless
// aligned tables come out as one TableRow per row, cells joined by " | " in column
// order and each cell's wrapped lines in reading order; the text around them stays
// paragraphs. Line numbers are counted on the page: title 1, then the rows.
func TestPDFTables(t *testing.T) {
	para := func(text string, line int) doc.Block {
		return doc.Block{Kind: doc.Paragraph, Text: text, Loc: doc.Loc{Page: 1, Line: line}}
	}
	row := func(line int, cells ...string) doc.Block {
		return doc.Block{Kind: doc.TableRow, Text: strings.Join(cells, " | "), Loc: doc.Loc{Page: 1, Line: line}}
	}
	// Lines of each row (see pdftotext -layout): two-column table 1, 2, 2;
	// three-column table 1, 2, 2.
	both := []doc.Block{
		para("The parties agree to the following description.", 1),
		row(2, twoColRows[0]...),
		row(3, twoColRows[1]...),
		row(5, twoColRows[2]...),
		para("The next table lists further details.", 7),
		row(8, threeColRows[0]...),
		row(9, threeColRows[1]...),
		row(11, threeColRows[2]...),
		para("Each party signs below.", 13),
	}

	for _, tc := range []struct {
		name   string
		border tableBorder
		gap    float64
	}{
		{"rectangles", borderRect, 0},
		{"lines", borderLines, 0},
		{"filled hairlines", borderFills, 0},
		{"borderless, spaced rows", borderNone, 3},
		{"borderless, rows not spaced", borderNone, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			data := makeTablePDF(t,
				tableSpec{widths: []float64{45, 110}, rows: twoColRows, border: tc.border, rowGap: tc.gap},
				tableSpec{widths: []float64{45, 60, 50}, rows: threeColRows, border: tc.border, rowGap: tc.gap},
			)
			d, err := Read("t.pdf", bytes.NewReader(data), "")
			if err != nil {
				t.Fatal(err)
			}
			// Bordered tables are found from their borders, not by alignment.
			if runs, edges := firstPage(t, data); tc.border != borderNone {
				if n := ruledTables(wordSpaced(runs), edges); n != 6 {
					t.Errorf("ruledTables found %d rows, want 6", n)
				}
			} else if n := ruledTables(wordSpaced(runs), edges); n != 0 {
				t.Errorf("ruledTables found %d rows without borders", n)
			}
			got := make([]doc.Block, len(d.Blocks))
			for i, b := range d.Blocks {
				b.Lines, b.LineLocs = nil, nil // checked below
				got[i] = b
			}
			compareBlocks(t, got, both)
			// A word is reported on its own line: the second line of a wrapped
			// cell, or the first line of the next cell after a wrapped one.
			for word, line := range map[string]int{"subjects": 4, "controller's employees": 4, "Frankfurt": 10, "hosting of": 9, "infrastructure": 10, "Postwell": 11} {
				found := false
				for _, b := range d.Blocks {
					if i := strings.Index(b.Text, word); i >= 0 {
						found = true
						if loc := b.LocAt(i); loc != (doc.Loc{Page: 1, Line: line}) {
							t.Errorf("LocAt(%s) = %+v, want page 1 line %d", word, loc, line)
						}
					}
				}
				if !found {
					t.Errorf("%q not found", word)
				}
			}
		})
	}
}

// TestPDFNotTables: layouts with aligned gaps that are not tables stay paragraphs:
// hanging-indent clause numbers, and a single line with a wide gap.
func TestPDFNotTables(t *testing.T) {
	f := gofpdf.New("P", "mm", "A4", "")
	f.SetCreationDate(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	f.SetModificationDate(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	f.SetAutoPageBreak(false, 0)
	f.AddPage()
	f.SetFont("Helvetica", "", 10)
	lines := []struct {
		x    float64
		text string
	}{
		{20, "7.1"}, {32, "The Processor shall notify the Controller without undue delay"},
		{32, "after becoming aware of a personal data breach."},
		{20, "7.2"}, {32, "The notification shall describe the nature of the breach."},
		{20, "7.3"}, {32, "The Processor shall document every breach."},
	}
	y := 30.0
	for i, l := range lines {
		if i > 0 && l.x == 20 || i > 0 && lines[i-1].x == 32 && l.x == 32 {
			y += 5
		}
		f.Text(l.x, y, l.text)
	}
	f.Rect(18, 60, 170, 12, "D") // a box around a paragraph is not a table
	f.Text(20, 66, "Note: this box is a single cell.")
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	d, err := Read("n.pdf", &buf, "")
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range d.Blocks {
		if b.Kind == doc.TableRow {
			t.Errorf("table row found in text without a table: %q", b.Text)
		}
	}
	var texts []string
	for _, b := range d.Blocks {
		texts = append(texts, b.Text)
	}
	want := "7.1 The Processor shall notify the Controller without undue delay after becoming aware of a personal data breach. 7.2 The notification shall describe the nature of the breach. 7.3 The Processor shall document every breach. Note: this box is a single cell."
	if got := strings.Join(texts, " "); got != want {
		t.Errorf("text %q\nwant %q", got, want)
	}
}

// TestMergeEdges: a border drawn cell by cell, or twice, or as a thin filled
// rectangle is one edge; glyph-sized strokes are dropped.
func TestMergeEdges(t *testing.T) {
	got := mergeEdges([]pdfEdge{
		{vert: true, at: 100, from: 0, to: 20},
		{vert: true, at: 100.4, from: 20, to: 40},
		{vert: true, at: 100, from: 10, to: 15},
		{vert: true, at: 200, from: 0, to: 2},
		{at: 50, from: 0, to: 300},
		{at: 50.5, from: 0, to: 300},
		{vert: true, at: 100, from: 60, to: 80},
	})
	want := []pdfEdge{
		{at: 50.25, from: 0, to: 300},
		{vert: true, at: 100.2, from: 0, to: 40},
		{vert: true, at: 100.2, from: 60, to: 80},
	}
	if len(got) != len(want) {
		t.Fatalf("got %+v, want %+v", got, want)
	}
	for i := range got {
		if got[i] != want[i] {
			t.Errorf("edge %d: got %+v, want %+v", i, got[i], want[i])
		}
	}
}

// firstPage returns the text runs and drawn edges of page 1 of a PDF.
func firstPage(t *testing.T, data []byte) ([]pdfRun, []pdfEdge) {
	t.Helper()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	ex := &pdfExtractor{}
	runs, edges, err := ex.pageRuns(r.Page(1))
	if err != nil {
		t.Fatal(err)
	}
	return runs, edges
}
