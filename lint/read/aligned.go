package read

import (
	"regexp"
	"strings"
	"unicode"
)

// Plain-text contracts lay tables out with spaces: each column starts at the same
// character column on every line, and a long value wraps onto lines that leave the
// first column empty:
//
//	Subject-matter   Hosting and support of the badge
//	                 platform for the Company's sites
//	Data subjects    Members, day-pass visitors
//
// Read as text, such a table is one paragraph ("Subject-matter Hosting ... Data
// subjects Members ...") in which no label can be told from its value. The
// functions below find the columns of such a paragraph and hand each row over as a
// line with cells, so that it becomes a table row ("Subject-matter | Hosting ...")
// exactly as a PDF or Markdown table would.

const (
	// tabWidth is the tab stop assumed when tabs align columns.
	tabWidth = 8
	// maxAlignedWidth bounds the lines a table may have (in runes, tabs
	// expanded); wider lines are not a page's layout and the paragraph is skipped,
	// which keeps the work per line bounded.
	maxAlignedWidth = 400
	// maxLeadLines is how many lines (a heading, a sentence introducing the
	// table) may precede a table in the same paragraph.
	maxLeadLines = 2
)

// alignTables returns lines with each space-aligned table in a paragraph replaced
// by its rows, one line with cells per row. Lines that already have cells and
// paragraphs that are not tables are returned as they are.
func alignTables(lines []srcLine) []srcLine {
	var out []srcLine
	for lo := 0; lo < len(lines); {
		hi := lo + 1
		for hi < len(lines) && !lines[hi].breakBefore && lines[hi].cells == nil {
			hi++
		}
		para := lines[lo:hi]
		if rows := alignedParagraph(para); rows != nil {
			if out == nil {
				out = append(out, lines[:lo]...)
			}
			out = append(out, rows...)
		} else if out != nil {
			out = append(out, para...)
		}
		lo = hi
	}
	if out == nil {
		return lines
	}
	return out
}

// alignedParagraph returns the lines of para with its table's rows as lines with
// cells, or nil when para holds no space-aligned table. The table may follow up to
// maxLeadLines lines of other text (a heading without a blank line after it).
func alignedParagraph(para []srcLine) []srcLine {
	if len(para) < 2 || para[0].cells != nil || !hasGap(para) {
		return nil
	}
	for s := 0; s <= maxLeadLines && len(para)-s >= 2; s++ {
		if s > 0 && hasGap(para[s-1:s]) {
			break // a lead line is text, not part of a table that failed
		}
		rows := alignedTable(para[s:])
		if rows == nil {
			rows = pipedTable(para[s:])
		}
		if rows == nil {
			continue
		}
		out := append(append([]srcLine(nil), para[:s]...), rows...)
		out[s].breakBefore = true
		if s > 0 {
			out[s-1].full = false // it was measured against the table's first line
		}
		return out
	}
	return nil
}

// hasGap reports whether some line of para has two spaces (or a pipe between
// spaces) after its indentation: without one there is no gutter to find.
func hasGap(para []srcLine) bool {
	for _, l := range para {
		t := strings.TrimSpace(l.text)
		if strings.Contains(t, "  ") || strings.Contains(t, " | ") || strings.ContainsRune(t, '\t') {
			return true
		}
	}
	return false
}

// gridLine is one line of a candidate table, tabs expanded.
type gridLine struct {
	src int // index in the paragraph
	r   []rune
}

// ink reports whether the character at column c is text: not a space, and not a
// pipe standing alone between spaces (a column separator).
func (g gridLine) ink(c int) bool {
	if c >= len(g.r) || g.r[c] == ' ' {
		return false
	}
	if g.r[c] == '|' {
		return c > 0 && g.r[c-1] != ' ' || c+1 < len(g.r) && g.r[c+1] != ' '
	}
	return true
}

// expandTabs returns s as runes with tabs expanded to tabWidth stops and other
// white space (carriage returns, no-break spaces) as plain spaces.
func expandTabs(s string) []rune {
	var out []rune
	for _, r := range s {
		switch {
		case r == '\t':
			for n := tabWidth - len(out)%tabWidth; n > 0; n-- {
				out = append(out, ' ')
			}
		case unicode.IsSpace(r):
			out = append(out, ' ')
		default:
			out = append(out, r)
		}
	}
	return out
}

func isRuleLine(r []rune) bool {
	t := strings.TrimSpace(string(r))
	return t != "" && strings.Trim(t, "-=+|: ") == "" && strings.ContainsAny(t, "-=")
}

// alignedTable reads ls, every line of which must belong to the table, and returns
// its rows; nil when ls is not a table.
//
// A column boundary is a gutter: character columns, at least two wide, blank on
// every line, with text left of it and text right of it on at least two lines. A
// line whose first cell has text starts a row; a line whose first cell is empty
// continues the row above, and so does a line with text in its first cell only (a
// label that wraps). Guards keep prose out: a paragraph whose "first column"
// is only clause numbers or list markers is a hanging indent, a block with fill-in
// blanks (____) or two columns opening with the same word ("For the Client  For
// the Supplier") is a signature block, and without a pipe or a rule to confirm it a
// gutter must be three wide on some line (justified prose has double spaces, not
// triple ones).
func alignedTable(ls []srcLine) []srcLine {
	var body []gridLine
	ruled := false
	width := 0
	for i, l := range ls {
		r := expandTabs(l.text)
		if len(r) > maxAlignedWidth {
			return nil
		}
		if isRuleLine(r) {
			ruled = true
			continue
		}
		body = append(body, gridLine{src: i, r: r})
		width = max(width, len(r))
	}
	if len(body) < 2 {
		return nil
	}
	margin := width
	for _, g := range body {
		for c := 0; c < len(g.r) && c < margin; c++ {
			if g.ink(c) {
				margin = c
				break
			}
		}
	}
	for _, g := range body {
		if t := strings.TrimLeft(string(g.r), " "); strings.HasPrefix(t, "|") && len(g.r)-len([]rune(t)) <= margin {
			return nil // a table bordered with pipes is the engine's (gridRows)
		}
	}
	// Column starts: the margin, then the end of every gutter.
	starts := []int{margin}
	for c := margin; c < width; {
		if colInk(body, c) {
			c++
			continue
		}
		end := c
		for end < width && !colInk(body, end) {
			end++
		}
		if end-c >= 2 && end < width {
			starts = append(starts, end)
		}
		c = end
	}
	starts = confirmedColumns(body, starts)
	if len(starts) < 2 {
		return nil
	}
	piped := false
	for _, g := range body {
		for _, s := range starts[1:] {
			for c := s - 1; c >= 0 && c >= s-3; c-- {
				if c < len(g.r) && g.r[c] == '|' {
					piped = true
				}
			}
		}
	}
	cellsOf := make([][]string, len(body))
	for i, g := range body {
		cellsOf[i] = splitCells(g, starts)
		if strings.Contains(string(g.r), "___") || strings.Contains(string(g.r), ".....") {
			return nil // fill-in blanks: a signature block or a form
		}
	}
	if filled(cellsOf[0]) < 2 {
		return nil // a heading or a continuation without a row above it
	}
	if !ruled && !piped && !wideGutters(body, starts) {
		return nil
	}
	// Group the lines into rows.
	type row struct{ lines []int } // indices into body
	var rows []row
	for i, cs := range cellsOf {
		// A line with text in the first column only continues the label above
		// ("Persons" / "concerned"); any other line with a first cell starts a row.
		if cs[0] != "" && (i == 0 || filled(cs) > 1) {
			rows = append(rows, row{})
		}
		rows[len(rows)-1].lines = append(rows[len(rows)-1].lines, i)
	}
	if len(rows) < 2 {
		return nil
	}
	markers, parallel := 0, false
	for _, rw := range rows {
		first := cellsOf[rw.lines[0]]
		if isMarker(first[0]) {
			markers++
		}
		if len(starts) == 2 && first[1] != "" && sameFirstWord(first[0], first[1]) {
			parallel = true
		}
	}
	if markers == len(rows) {
		return nil // a hanging indent: "7.1   The processor ..." is a clause
	}
	if parallel && !ruled && !piped {
		return nil // "For the Client   For the Supplier": a signature block
	}
	out := make([]srcLine, 0, len(rows)+len(ls)-len(body))
	next := 0 // next line of ls to copy (rule lines stay where they were)
	for _, rw := range rows {
		first := body[rw.lines[0]].src
		for ; next < first; next++ {
			out = append(out, ls[next]) // a rule line: groupLines skips it
		}
		l := ls[first]
		l.breakBefore, l.full, l.headingHint = true, false, false
		l.cells = make([][]cellLine, len(starts))
		for _, bi := range rw.lines {
			src := ls[body[bi].src]
			for k, c := range cellsOf[bi] {
				if c != "" {
					l.cells[k] = append(l.cells[k], cellLine{text: c, loc: src.loc})
				}
			}
		}
		out = append(out, l)
		next = body[rw.lines[len(rw.lines)-1]].src + 1
	}
	out = append(out, ls[next:]...)
	return out
}

// filled counts the non-empty cells of a line.
func filled(cs []string) int {
	n := 0
	for _, c := range cs {
		if c != "" {
			n++
		}
	}
	return n
}

// colInk reports whether any line has text at column c.
func colInk(body []gridLine, c int) bool {
	for _, g := range body {
		if g.ink(c) {
			return true
		}
	}
	return false
}

// confirmedColumns drops the column starts that fewer than two lines have text
// right of: one stray double space is not a gutter.
func confirmedColumns(body []gridLine, starts []int) []int {
	out := starts[:1]
	for k := 1; k < len(starts); k++ {
		end := maxAlignedWidth
		if k+1 < len(starts) {
			end = starts[k+1]
		}
		n := 0
		for _, g := range body {
			for c := starts[k]; c < end && c < len(g.r); c++ {
				if g.ink(c) {
					n++
					break
				}
			}
		}
		if n >= 2 {
			out = append(out, starts[k])
		}
	}
	return out
}

// splitCells cuts line g at the column starts; each cell is trimmed of spaces and
// of the pipes that separate it from its neighbours.
func splitCells(g gridLine, starts []int) []string {
	cs := make([]string, len(starts))
	for k, s := range starts {
		end := len(g.r)
		if k+1 < len(starts) {
			end = min(starts[k+1], end)
		}
		if s < end {
			cs[k] = strings.Trim(string(g.r[s:end]), " |")
		}
	}
	return cs
}

// wideGutters reports whether every gutter is at least three spaces wide on some
// line that has text on both sides of it.
func wideGutters(body []gridLine, starts []int) bool {
	for _, s := range starts[1:] {
		wide := false
		for _, g := range body {
			if !g.ink(s) {
				continue
			}
			c := s - 1
			for c >= 0 && !g.ink(c) {
				c--
			}
			if c >= 0 && s-c-1 >= 3 {
				wide = true
				break
			}
		}
		if !wide {
			return false
		}
	}
	return true
}

// cellMarkerRe matches a cell that is only a clause number or a list marker: "7.1",
// "A1", "C.2", "(a)", "iv.", "-", "•".
var cellMarkerRe = regexp.MustCompile(`^(?:[A-Z]?\.?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?(?:[a-zA-Z]|[ivxIVX]{1,5})[.)]|[•●▪◦‣∙·–\-*])$`)

func isMarker(s string) bool { return cellMarkerRe.MatchString(s) }

// sameFirstWord reports whether a and b open with the same word ("Pour le Client",
// "Pour le Prestataire").
func sameFirstWord(a, b string) bool {
	fa, fb := strings.Fields(a), strings.Fields(b)
	return len(fa) > 0 && len(fb) > 0 && strings.EqualFold(fa[0], fb[0])
}

// pipedTable reads ls as a table whose cells are separated by " | " without being
// aligned ("Name | Service | Location"): every line but the rules has the same
// number of separators, at least one, and none starts with a pipe (a bordered
// table is the engine's). Each line is a row; nil when ls is not such a table.
func pipedTable(ls []srcLine) []srcLine {
	seps, rows := -1, 0
	for _, l := range ls {
		r := expandTabs(l.text)
		if isRuleLine(r) {
			continue
		}
		t := strings.TrimSpace(string(r))
		n := strings.Count(t, " | ")
		if n == 0 || strings.HasPrefix(t, "|") || seps >= 0 && n != seps {
			return nil
		}
		seps = n
		rows++
	}
	if rows < 2 {
		return nil
	}
	out := make([]srcLine, 0, len(ls))
	for _, l := range ls {
		r := expandTabs(l.text)
		if isRuleLine(r) {
			out = append(out, l)
			continue
		}
		l.breakBefore, l.full, l.headingHint = true, false, false
		parts := strings.Split(strings.TrimSpace(string(r)), " | ")
		l.cells = make([][]cellLine, len(parts))
		for k, p := range parts {
			if p = strings.TrimSpace(p); p != "" {
				l.cells[k] = []cellLine{{text: p, loc: l.loc}}
			}
		}
		out = append(out, l)
	}
	return out
}
