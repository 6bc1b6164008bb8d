package read

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dpatool/dpa/lint/doc"
)

// readText reads plain text: paragraphs are separated by blank lines; see groupLines
// for headings, list items and hyphenation repair, and alignTables for tables laid
// out with spaces. Form feeds split pages (as pdftotext writes them); then running
// headers, footers and page numbers are removed and paragraphs continue across page
// breaks as in PDF input.
func readText(d *doc.Document, src []byte) error {
	raw := strings.Split(string(src), "\n")
	var lines []srcLine
	var pages [][]string  // non-blank line texts per page
	var pageLines [][]int // their indices in lines
	pageStart := map[int]bool{}
	blank, newPage := false, false
	pages, pageLines = append(pages, nil), append(pageLines, nil)
	for i, l := range raw {
		l = strings.TrimRight(l, "\r")
		if strings.Contains(l, "\f") {
			// Text before the form feed ends the page; text after starts the next.
			before, after, _ := strings.Cut(l, "\f")
			if strings.TrimSpace(before) != "" {
				lines = append(lines, srcLine{text: before, loc: doc.Loc{Line: i + 1}, breakBefore: blank})
				pages[len(pages)-1] = append(pages[len(pages)-1], before)
				pageLines[len(pageLines)-1] = append(pageLines[len(pageLines)-1], len(lines)-1)
			}
			pages, pageLines = append(pages, nil), append(pageLines, nil)
			newPage = true
			l = strings.ReplaceAll(after, "\f", " ")
		}
		if isBlank(l) {
			blank = true
			continue
		}
		if newPage {
			pageStart[len(lines)] = true
			newPage = false
		}
		lines = append(lines, srcLine{text: l, loc: doc.Loc{Line: i + 1}, breakBefore: blank && !pageStart[len(lines)]})
		pages[len(pages)-1] = append(pages[len(pages)-1], l)
		pageLines[len(pageLines)-1] = append(pageLines[len(pageLines)-1], len(lines)-1)
		blank = false
	}
	if len(pages) > 1 {
		lines = dropRunning(lines, pages, pageLines)
	}
	markFull(lines)
	for i := range lines {
		if lines[i].pageStart && i > 0 {
			prev := strings.TrimSpace(lines[i-1].text)
			cont := startsLower(strings.TrimSpace(lines[i].text)) || (lines[i-1].full && !endsSentence(prev))
			lines[i].breakBefore = !cont
		}
	}
	d.Blocks, d.Suppressions = groupLines(alignTables(lines))
	return nil
}

// dropRunning removes running headers and footers from form-feed pages and marks
// the first remaining line of each page.
func dropRunning(lines []srcLine, pages [][]string, pageLines [][]int) []srcLine {
	running := runningLines(pages)
	drop := map[int]bool{}
	for p, idx := range pageLines {
		for i, li := range idx {
			if running(pages[p][i], i, len(idx)) {
				drop[li] = true
			}
		}
	}
	var out []srcLine
	for p, idx := range pageLines {
		first := p > 0
		for _, li := range idx {
			if drop[li] {
				continue
			}
			l := lines[li]
			l.pageStart = first
			first = false
			out = append(out, l)
		}
	}
	return out
}

// markFull marks the lines of a hard-wrapped file that the writer (or the tool that
// wrapped it) broke because the next word did not fit: the line plus a space plus the
// next line's first word is longer than the wrap column (the 98th-percentile line
// length). Files with one paragraph per line have no wrap column and are not marked.
func markFull(lines []srcLine) {
	lens := make([]int, len(lines))
	for i, l := range lines {
		lens[i] = utf8.RuneCountInString(strings.TrimSpace(l.text))
	}
	sorted := append([]int(nil), lens...)
	sort.Ints(sorted)
	if len(sorted) < 5 {
		return
	}
	p90, wrap := sorted[len(sorted)*9/10], sorted[len(sorted)*98/100]
	if p90 < 40 || wrap > 120 {
		return
	}
	for i := 0; i+1 < len(lines); i++ {
		if !lines[i+1].breakBefore {
			lines[i].full = lens[i]+1+firstWordLen(lines[i+1].text) > wrap
		}
	}
}

// isBlank reports whether a line has nothing but white space and invisible
// characters (which Normalise would remove).
func isBlank(l string) bool {
	for _, r := range l {
		if unicode.IsSpace(r) {
			continue
		}
		if rep, ok := mapRune(r); ok && strings.TrimSpace(rep) == "" {
			continue
		}
		return false
	}
	return true
}

// firstWordLen is the length in runes of the first word of s.
func firstWordLen(s string) int {
	s = strings.TrimLeftFunc(s, unicode.IsSpace)
	n := 0
	for _, r := range s {
		if unicode.IsSpace(r) {
			break
		}
		n++
	}
	return n
}
