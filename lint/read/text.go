package read

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dpatool/dpa/lint/doc"
)

// readText reads plain text: paragraphs are separated by blank lines; see groupLines
// for headings, list items and hyphenation repair.
func readText(d *doc.Document, src []byte) error {
	raw := strings.Split(string(src), "\n")
	lines := make([]srcLine, 0, len(raw))
	blank := false
	for i, l := range raw {
		l = strings.TrimRight(l, "\r")
		if strings.TrimSpace(Normalise(l)) == "" {
			blank = true
			continue
		}
		lines = append(lines, srcLine{text: l, loc: doc.Loc{Line: i + 1}, breakBefore: blank})
		blank = false
	}
	markFull(lines)
	d.Blocks, d.Suppressions = groupLines(lines)
	return nil
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
		next := strings.Fields(lines[i+1].text)
		if len(next) > 0 && !lines[i+1].breakBefore {
			lines[i].full = lens[i]+1+utf8.RuneCountInString(next[0]) > wrap
		}
	}
}
