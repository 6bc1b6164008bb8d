package render

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"math"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/ledongthuc/pdf"
	"golang.org/x/image/font/sfnt"
)

// TestPDFSamples renders every sample and fixture and reads the PDF back with an
// independent parser: headings, each clause's first words, accented characters,
// the euro sign and the footer must all be there, and nothing may be drawn
// outside the margins.
func TestPDFSamples(t *testing.T) {
	for _, s := range mdSamples(t) {
		t.Run(s.name, func(t *testing.T) {
			t.Parallel() // reading a PDF back is the slow part
			data, err := PDF(s.md, PDFOptions{Lang: s.lang})
			if err != nil {
				t.Fatal(err)
			}
			pages := readPDF(t, data)
			text := flat(pages)
			n := len(pages)
			if strings.HasPrefix(s.name, "fixture") {
				if n < 1 || n > 10 {
					t.Errorf("%d pages, want 1..10", n)
				}
			} else if n < 4 || n > 40 {
				t.Errorf("%d pages, want 4..40", n)
			}
			of := "of"
			if s.lang == "fr" {
				of = "sur"
			}
			for i := range pages {
				footer := fmt.Sprintf("Page %d %s %d", i+1, of, n)
				if !strings.Contains(spaces.ReplaceAllString(pages[i].text, " "), footer) {
					t.Errorf("page %d lacks footer %q", i+1, footer)
				}
			}
			for _, h := range headings(s.md) {
				if !strings.Contains(text, spaces.ReplaceAllString(h, " ")) {
					t.Errorf("heading %q missing", h)
				}
			}
			starts := clauseStarts(s.md, 6)
			if len(starts) == 0 {
				t.Fatal("no clause markers found in the Markdown")
			}
			nospace := strings.ReplaceAll(text, " ", "")
			for id, words := range starts {
				// A table's first cell may be broken inside a word: compare without spaces.
				if !strings.Contains(text, words) && (strings.Contains(words, " ") || !strings.Contains(nospace, words)) {
					t.Errorf("clause %s: first words %q missing", id, words)
				}
			}
			// Every character printed has a glyph in the embedded fonts (no boxes).
			for _, r := range text {
				if !hasGlyph(r) {
					t.Errorf("character %q (%U) has no glyph: it prints as a box", r, r)
				}
			}
			// Every non-ASCII letter of the source must come back as itself.
			for _, r := range string(s.md) {
				if r > 0x7f && r != 0x202f && r != 0xa0 && !strings.ContainsRune(text, r) {
					t.Errorf("character %q (%U) missing from the PDF text", r, r)
				}
			}
			if strings.ContainsRune(text, '\uFFFD') || strings.Contains(text, "<!--") || strings.Contains(text, "clause:") {
				t.Error("PDF text has replacement characters or visible HTML comments")
			}
			checkMargins(t, pages)
			checkNoOrphanHeadings(t, pages)
		})
	}
}

// checkMargins fails for any glyph outside the page's text area (the running
// header and the footer sit in the top and bottom margins by design).
func checkMargins(t *testing.T, pages []pdfPage) {
	t.Helper()
	const k = 72 / 25.4 // points per millimetre
	left, right := marginL*k-0.5, (pageW-marginR)*k+0.5
	for i, p := range pages {
		for _, tx := range p.texts {
			if strings.TrimSpace(tx.S) == "" {
				continue // the invisible trailing space after a word
			}
			if tx.X < left || tx.X+tx.W > right {
				t.Errorf("page %d: %q at x=%.1f..%.1fpt is outside the margins %.1f..%.1f", i+1, tx.S, tx.X, tx.X+tx.W, left, right)
				return
			}
			if tx.Y < 8*k || tx.Y > (pageH-8)*k {
				t.Errorf("page %d: %q at y=%.1fpt is off the page", i+1, tx.S, tx.Y)
				return
			}
		}
	}
}

// checkNoOrphanHeadings fails when the last line of body text on a page (above
// the footer) is in a heading size: a heading must never end a page.
func checkNoOrphanHeadings(t *testing.T, pages []pdfPage) {
	t.Helper()
	const k = 72 / 25.4
	footerY := (pageH - 17) * k
	for i, p := range pages[:len(pages)-1] {
		lowY, size, row := math.Inf(1), 0.0, ""
		for _, tx := range p.texts {
			y := (pageH * k) - tx.Y
			if y > footerY || strings.TrimSpace(tx.S) == "" {
				continue
			}
			if tx.Y < lowY-0.5 {
				lowY, size, row = tx.Y, tx.FontSize, tx.S
			} else if math.Abs(tx.Y-lowY) <= 0.5 {
				row += tx.S
			}
		}
		if size > bodySize+0.5 {
			t.Errorf("page %d ends with a heading line %q (%.1fpt)", i+1, row, size)
		}
	}
}

// TestPDFDeterministic renders each sample twice in one process and compares
// bytes; the CLI script render_deterministic.txtar compares two processes. It
// also checks that rendering leaves the shared Go font bytes untouched (gofpdf
// writes into the font it is given; see newFpdf).
func TestPDFDeterministic(t *testing.T) {
	before := make([][32]byte, len(fontFaces))
	for i, f := range fontFaces {
		before[i] = sha256.Sum256(f.ttf)
	}
	defer func() {
		for i, f := range fontFaces {
			if sha256.Sum256(f.ttf) != before[i] {
				t.Errorf("font %s %q was modified by rendering", f.family, f.style)
			}
		}
	}()
	for _, s := range mdSamples(t) {
		a, err := PDF(s.md, PDFOptions{Lang: s.lang})
		if err != nil {
			t.Fatal(err)
		}
		b, err := PDF(s.md, PDFOptions{Lang: s.lang})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(a, b) {
			t.Errorf("%s: two renderings differ", s.name)
		}
	}
}

// TestPDFOutline checks the bookmarks a PDF viewer shows: one per heading,
// nested by level, with accents intact.
func TestPDFOutline(t *testing.T) {
	md := []byte("# Accord é\n\n## Clause 1 – Objet\n\nTexte.\n\n### 1.1 Détail\n\nTexte.\n\n## Annexe I\n\n#### Deep\n\nTexte.\n")
	data, err := PDF(md, PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	var walk func(o pdf.Outline, depth int)
	walk = func(o pdf.Outline, depth int) {
		if o.Title != "" {
			got = append(got, strings.Repeat("-", depth)+o.Title)
		}
		for _, c := range o.Child {
			walk(c, depth+1)
		}
	}
	walk(r.Outline(), -1)
	want := []string{"Accord é", "-Clause 1 – Objet", "--1.1 Détail", "-Annexe I", "--Deep"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("outline = %q, want %q", got, want)
	}
}

func TestPDFMetadata(t *testing.T) {
	md := []byte("# Title é\n\nText.\n")
	date := time.Date(2026, 3, 2, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name string
		opt  PDFOptions
		want []string
	}{
		{"fixed date", PDFOptions{}, []string{"/CreationDate (D:19700101000000)", "/ModDate (D:19700101000000)"}},
		{"given date", PDFOptions{Date: date}, []string{"/CreationDate (D:20260302000000)"}},
		{"given date in another zone", PDFOptions{Date: date.In(time.FixedZone("X", 3600))}, []string{"/CreationDate (D:20260302000000)"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data, err := PDF(md, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.HasPrefix(data, []byte("%PDF-")) {
				t.Fatal("not a PDF")
			}
			for _, w := range tt.want {
				if !bytes.Contains(data, []byte(w)) {
					t.Errorf("PDF lacks %q", w)
				}
			}
			if p := readPDF(t, data); len(p) != 1 || !strings.Contains(p[0].text, "Page 1 of 1") {
				t.Errorf("want one page with its footer, got %d pages", len(p))
			}
		})
	}
}

// TestPDFRunningHeader checks the header from page 2 on, and its default.
func TestPDFRunningHeader(t *testing.T) {
	md := []byte("# The Title\n\n" + strings.Repeat("A paragraph of text that fills the page with words.\n\n", 120))
	for _, tt := range []struct{ header, want string }{{"", "The Title"}, {"Alpha SA – Beta Ltd", "Alpha SA – Beta Ltd"}} {
		data, err := PDF(md, PDFOptions{Header: tt.header})
		if err != nil {
			t.Fatal(err)
		}
		pages := readPDF(t, data)
		if len(pages) < 3 {
			t.Fatalf("%d pages, want at least 3", len(pages))
		}
		if first := strings.SplitN(pages[0].text, "\n", 2)[0]; strings.Contains(first, tt.want) && tt.header != "" {
			t.Errorf("page 1 has the running header %q", first)
		}
		for i, p := range pages[1:] {
			if first := strings.SplitN(p.text, "\n", 2)[0]; strings.TrimSpace(first) != tt.want {
				t.Errorf("page %d starts with %q, want the header %q", i+2, first, tt.want)
			}
		}
	}
}

// TestPDFHeadingsKeptWithText builds sections of growing length so that page
// breaks fall at many different points, and checks that no page ends with a
// heading and that every heading shares its page with text that follows it.
func TestPDFHeadingsKeptWithText(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Keep test\n\n")
	for i := 1; i <= 60; i++ {
		fmt.Fprintf(&b, "## Heading %d\n\n### Subheading %d\n\n", i, i)
		b.WriteString(strings.Repeat("word ", 9*i%70+3))
		b.WriteString("\n\n")
	}
	data, err := PDF([]byte(b.String()), PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	pages := readPDF(t, data)
	if len(pages) < 5 {
		t.Fatalf("%d pages, want enough for many page breaks", len(pages))
	}
	checkNoOrphanHeadings(t, pages)
	for i, p := range pages {
		rows := strings.Split(strings.TrimSpace(p.text), "\n")
		for j, row := range rows {
			if strings.HasPrefix(row, "Heading ") && (j+2 >= len(rows) || !strings.HasPrefix(rows[j+1], "Subheading ")) {
				t.Errorf("page %d: %q is not followed by its subheading", i+1, row)
			}
			if strings.HasPrefix(row, "Subheading ") && (j+1 >= len(rows) || !strings.HasPrefix(rows[j+1], "word")) {
				t.Errorf("page %d: %q is not followed by text", i+1, row)
			}
		}
	}
}

// TestPDFTableHeaderRepeats checks that a table broken across pages repeats its
// header row at the top of the next page.
func TestPDFTableHeaderRepeats(t *testing.T) {
	var b strings.Builder
	b.WriteString("# T\n\n| Number | Name of the row |\n|---|---|\n")
	for i := 1; i <= 120; i++ {
		fmt.Fprintf(&b, "| %d | row %d |\n", i, i)
	}
	data, err := PDF([]byte(b.String()), PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	pages := readPDF(t, data)
	if len(pages) < 3 {
		t.Fatalf("%d pages, want at least 3", len(pages))
	}
	for i, p := range pages {
		if got := strings.Count(p.text, "Number Name of the row"); got != 1 {
			t.Errorf("page %d has the header row %d times, want once", i+1, got)
		}
	}
	text := flat(pages)
	for i := 1; i <= 120; i++ {
		if !strings.Contains(text, fmt.Sprintf(" row %d ", i)) {
			t.Errorf("row %d missing", i)
		}
	}
}

func TestColumnWidths(t *testing.T) {
	tests := []struct {
		name     string
		min, max []float64
		avail    float64
		want     []float64
	}{
		{"all fits: share spare room in proportion", []float64{10, 10}, []float64{20, 60}, 160, []float64{40, 120}},
		{"wrap: minimum plus share of the growth", []float64{10, 20}, []float64{60, 170}, 130, []float64{35, 95}},
		{"minima too wide: equal shares", []float64{100, 100}, []float64{200, 200}, 160, []float64{80, 80}},
		{"one long word gives way", []float64{10, 300, 20}, []float64{10, 300, 40}, 160, []float64{10, 130, 20}},
		{"two long words share", []float64{10, 300, 200, 20}, []float64{10, 300, 200, 40}, 160, []float64{10, 65, 65, 20}},
		{"empty columns", []float64{0, 0}, []float64{0, 0}, 100, []float64{50, 50}},
		{"no columns", nil, nil, 100, []float64{}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := columnWidths(tt.min, tt.max, tt.avail)
			if len(got) != len(tt.want) {
				t.Fatalf("got %v, want %v", got, tt.want)
			}
			total := 0.0
			for i := range got {
				total += got[i]
				if math.Abs(got[i]-tt.want[i]) > 1e-9 {
					t.Errorf("got %v, want %v", got, tt.want)
				}
			}
			if len(got) > 0 && math.Abs(total-tt.avail) > 1e-9 {
				t.Errorf("widths add up to %v, want %v", total, tt.avail)
			}
		})
	}
}

// TestWideTableFits lays out a table far wider than the page and checks the
// computed widths and that every cell's text comes back from the PDF.
func TestWideTableFits(t *testing.T) {
	md := []byte("| Aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa | b | c | d | e | f | g | h |\n|---|---|---|---|---|---|---|---|\n" +
		"| https://example.com/an/extremely/long/unbreakable/address/that/goes/on/and/on | two words | three more words | four | five | six | seven | eight |\n")
	d := newMeasurer()
	d.src = md
	d.blocks(parse(md), marginL, bodyW, 0)
	if len(d.tableCols) != 1 || len(d.tableCols[0]) != 8 {
		t.Fatalf("table columns = %v, want one table of 8", d.tableCols)
	}
	total := 0.0
	for i, w := range d.tableCols[0] {
		total += w
		if w < 2*cellPadX+1 {
			t.Errorf("column %d is %.2fmm, too narrow for any text", i, w)
		}
	}
	if total > bodyW+1e-6 {
		t.Errorf("columns add up to %.2fmm, wider than the %.0fmm text area", total, bodyW)
	}
	data, err := PDF(md, PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	pages := readPDF(t, data)
	checkMargins(t, pages)
	text := strings.ReplaceAll(flat(pages), " ", "")
	for _, w := range []string{"two", "words", "three", "eight", "Aaaaaaaaaaaa", "extremely"} {
		if !strings.Contains(text, w) {
			t.Errorf("%q missing", w)
		}
	}
}

// TestWrapNeverOverflows checks the line breaker on its own: no line is wider
// than the measure, words are kept whole when they fit, and hard breaks end lines.
func TestWrapNeverOverflows(t *testing.T) {
	d := newMeasurer()
	spans := []span{
		{text: "Plain words then "}, {text: "bold", st: bold}, {text: "and"}, {text: " italic", st: italic},
		{text: " and an unbreakable " + strings.Repeat("x", 200)}, {br: true}, {text: "after the break"},
	}
	for _, width := range []float64{20, 50, 160} {
		lines := d.wrap(d.words(spans, bodySize), width, bodySize)
		var got []string
		for _, ln := range lines {
			if ln.w > width+1e-6 {
				t.Errorf("width %v: line %.2f wide", width, ln.w)
			}
			var ws []string
			for _, w := range ln.words {
				var s string
				for _, f := range w.frags {
					s += f.text
				}
				ws = append(ws, s)
			}
			got = append(got, strings.Join(ws, " "))
		}
		all := strings.Join(got, "|")
		if !strings.Contains(all, "boldand") {
			t.Errorf("width %v: mixed-style word split: %q", width, all)
		}
		if !strings.Contains(all, "|after") {
			t.Errorf("width %v: hard break not honoured: %q", width, all)
		}
		if !lines[len(lines)-1].last {
			t.Errorf("width %v: last line not marked last", width)
		}
	}
}

// TestPDFEscapes checks that Markdown escapes and entities print as the
// characters they stand for, except inside code spans.
func TestPDFEscapes(t *testing.T) {
	data, err := PDF([]byte("# A \\* b\n\nend\\_of\\_processing &amp; &#8364; `a\\_b`\n"), PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	text := flat(readPDF(t, data))
	for _, want := range []string{"A * b", "end_of_processing & € a\\_b"} {
		if !strings.Contains(text, want) {
			t.Errorf("text %q lacks %q", text, want)
		}
	}
}

// TestGlyphCoverage checks every embedded face against the characters a French
// or English contract needs, after substitution.
func TestGlyphCoverage(t *testing.T) {
	const need = "éèàçüöÉÈÀÇÜÖâêîôûëïœæ€«»’‘“”–—…•◦°§\u00a0\u202f"
	for _, face := range fontFaces {
		f, err := sfnt.Parse(face.ttf)
		if err != nil {
			t.Fatal(err)
		}
		var b sfnt.Buffer
		for _, r := range printable(need) {
			if g, err := f.GlyphIndex(&b, r); err != nil || g == 0 {
				t.Errorf("font %s %q has no glyph for %q (%U)", face.family, face.style, r, r)
			}
		}
	}
}

func TestPrintable(t *testing.T) {
	tests := []struct{ in, want string }{
		{"plain", "plain"},
		{"«\u202fmot\u202f»", "«\u00a0mot\u00a0»"},
		{"a\u2011b\u00adc", "a-bc"},
		{"é è à ç ü ö € ’ “ ” – —", "é è à ç ü ö € ’ “ ” – —"},
		{"tab\there\x00", "tab here"},
	}
	for _, tt := range tests {
		if got := printable(tt.in); got != tt.want {
			t.Errorf("printable(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

var pdfHeader = regexp.MustCompile(`^%PDF-1\.\d`)

func FuzzPDF(f *testing.F) {
	for _, s := range mdSamples(f) {
		f.Add(s.md)
	}
	f.Add([]byte("|a|b|\n|-|-|\n|" + strings.Repeat("w", 500) + "|x|\n\n- a\n  - b\n    - c\n\n1. x\n\n```\ncode\n```\n"))
	f.Fuzz(func(t *testing.T, md []byte) {
		if len(md) > 1<<16 {
			t.Skip("large inputs make slow fuzzing; the samples cover size")
		}
		data, err := PDF(md, PDFOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !pdfHeader.Match(data) {
			t.Fatal("not a PDF")
		}
	})
}
