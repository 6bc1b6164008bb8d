package read

import (
	"math"
	"sort"
)

// A page set in two columns (newsletters, some law-firm and bilingual contracts)
// draws the left and the right column on the same baselines. Read line by line it
// interleaves half-sentences of both columns, and the borderless-table reader takes
// it for a two-column table. pageColumns finds such a page and gives its runs in
// reading order instead.

// pageRegion is a part of a page read on its own, top to bottom.
type pageRegion struct {
	runs []pdfRun
	// column: the region is a column, with its own right margin; its first row
	// may continue the text of the region before it, as across a page break.
	column bool
}

// pageColumns splits a page's runs into regions in reading order: lines spanning
// the page above the columns (a title), the left column, the right column, and
// lines spanning the page below them (a footer). A page not set in two columns
// comes back as one region.
//
// A page is in two columns when a vertical gutter near the middle of its text runs
// between every line from the first column line to the last, both columns are at
// least a third of the text width and hold at least five lines each, and the left
// column's lines mostly run up to the gutter (the text wraps there). A two-column
// table with a narrow label column fails the last two tests; a table set between
// paragraphs fails the first, because the paragraphs cross the gutter.
func pageColumns(runs []pdfRun) []pageRegion {
	whole := []pageRegion{{runs: runs}}
	if len(runs) < 20 {
		return whole
	}
	lines := groupRows(runs)
	if len(lines) < 12 {
		return whole
	}
	minX, maxX := math.Inf(1), math.Inf(-1)
	var sizes []float64
	for _, r := range runs {
		minX, maxX = math.Min(minX, r.x), math.Max(maxX, r.x+r.w)
		sizes = append(sizes, r.size)
	}
	sort.Float64s(sizes)
	size := sizes[len(sizes)/2]
	width := maxX - minX
	if width < 200 || size <= 0 {
		return whole
	}
	// Each line as the spans it covers, word spaces bridged.
	spans := make([][][2]float64, len(lines))
	for i, line := range lines {
		for _, r := range line {
			if n := len(spans[i]); n > 0 && r.x-spans[i][n-1][1] < 0.8*r.size {
				spans[i][n-1][1] = math.Max(spans[i][n-1][1], r.x+r.w)
				continue
			}
			spans[i] = append(spans[i], [2]float64{r.x, r.x + r.w})
		}
	}
	ga, gb, ok := gutter(spans, minX+0.3*width, minX+0.7*width, size)
	if !ok {
		return whole
	}
	crosses := func(i int) bool {
		for _, s := range spans[i] {
			if s[0] <= gb && s[1] >= ga {
				return true
			}
		}
		return false
	}
	// Column lines and the rows they span; spanning lines must lie outside them.
	firstCol, lastCol := -1, -1
	var left, right []pdfRun
	var leftEnds, rightStarts []float64
	for i, line := range lines {
		if crosses(i) {
			continue
		}
		if firstCol < 0 {
			firstCol = i
		}
		lastCol = i
		var l, r []pdfRun
		for _, run := range line {
			if run.x+run.w <= ga+1 {
				l = append(l, run)
			} else {
				r = append(r, run)
			}
		}
		if len(l) > 0 {
			left = append(left, l...)
			leftEnds = append(leftEnds, l[len(l)-1].x+l[len(l)-1].w)
		}
		if len(r) > 0 {
			right = append(right, r...)
			rightStarts = append(rightStarts, r[0].x)
		}
	}
	if len(leftEnds) < 5 || len(rightStarts) < 5 {
		return whole
	}
	for i := firstCol; i <= lastCol; i++ {
		if crosses(i) {
			return whole
		}
	}
	sort.Float64s(leftEnds)
	sort.Float64s(rightStarts)
	leftW := leftEnds[len(leftEnds)-1] - minX
	rightW := maxX - rightStarts[0]
	if leftW < width/3 || rightW < width/3 {
		return whole
	}
	// Prose wraps near the gutter: the median left line ends in the last quarter of
	// its column.
	if leftEnds[len(leftEnds)/2] < minX+0.75*leftW {
		return whole
	}
	var top, bottom []pdfRun
	for i, line := range lines {
		switch {
		case i < firstCol:
			top = append(top, line...)
		case i > lastCol:
			bottom = append(bottom, line...)
		}
	}
	var out []pageRegion
	if len(top) > 0 {
		out = append(out, pageRegion{runs: top})
	}
	out = append(out, pageRegion{runs: left, column: true}, pageRegion{runs: right, column: true})
	if len(bottom) > 0 {
		out = append(out, pageRegion{runs: bottom})
	}
	return out
}

// gutter finds the widest x-range within [from, to] that the fewest lines' text
// covers, when that is at most a tenth of the lines (a title or footer across the
// page) and the range is at least one em wide. Lines are given as their spans.
func gutter(spans [][][2]float64, from, to, size float64) (a, b float64, ok bool) {
	const step = 0.5
	var cov []int
	least := len(spans)
	for x := from; x <= to; x += step {
		n := 0
		for _, line := range spans {
			for _, s := range line {
				if s[0] <= x && x <= s[1] {
					n++
					break
				}
			}
		}
		cov = append(cov, n)
		least = min(least, n)
	}
	if least > len(spans)/10 {
		return 0, 0, false
	}
	best, start := 0.0, -1
	for i := 0; i <= len(cov); i++ {
		free := i < len(cov) && cov[i] == least
		switch {
		case free && start < 0:
			start = i
		case !free && start >= 0:
			if w := float64(i-start) * step; w > best {
				// a and b are the first and last free positions.
				a, b, best = from+float64(start)*step, from+float64(i-1)*step, w
			}
			start = -1
		}
	}
	return a, b, best >= size
}
