package read

import (
	"strings"

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
	d.Blocks, d.Suppressions = groupLines(lines)
	return nil
}
