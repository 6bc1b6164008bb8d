package read

import (
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode/utf8"
)

// Tables in a PDF are only positioned text: a row whose cells wrap onto several
// lines shares its baselines with its neighbours, so grouping by baseline alone
// interleaves the cells ("Categories of data the controller's customers ...
// subjects"). This file finds table cells so that each table row becomes one block
// with its cells in column order, each cell's lines in reading order.
//
// Two kinds of table are recognised:
//   - ruled tables, whose cells are bounded by drawn lines or rectangles (gofpdf,
//     Word and LibreOffice exports all draw cell borders as path segments or thin
//     filled rectangles);
//   - borderless tables, whose columns show only as text fragments that start at
//     the same x positions on consecutive lines, with gaps wider than a word space.

// pdfEdge is an axis-parallel line segment drawn on a page (a stroked line, or a
// side of a stroked or filled rectangle): at is x for a vertical edge and y for a
// horizontal one; from <= to span the other coordinate.
type pdfEdge struct {
	vert     bool
	at       float64
	from, to float64
}

// Limits for table detection, so that a page of a million hairlines costs little.
const (
	maxPageEdges = 20000
	maxPageCells = 4000
	// maxCellWork bounds runs × edges compared on one page (each run is checked
	// against every border); a real page is far below it.
	maxCellWork = 50_000_000
	edgeTol     = 1.5 // points: borders drawn twice or as thin rectangles merge
	minEdgeLen  = 3.0 // shorter segments are glyph decoration, not borders
)

// mergeEdges joins collinear overlapping or touching segments (a column border
// drawn cell by cell becomes one line) and drops short ones.
func mergeEdges(edges []pdfEdge) []pdfEdge {
	es := append([]pdfEdge(nil), edges...)
	sort.Slice(es, func(i, j int) bool {
		if es[i].vert != es[j].vert {
			return !es[i].vert
		}
		return es[i].at < es[j].at
	})
	var out []pdfEdge
	for i := 0; i < len(es); {
		// A cluster: same orientation, positions within edgeTol of the previous one.
		j := i + 1
		for j < len(es) && es[j].vert == es[i].vert && es[j].at-es[j-1].at <= edgeTol {
			j++
		}
		cl := es[i:j]
		at := (cl[0].at + cl[len(cl)-1].at) / 2
		sort.Slice(cl, func(a, b int) bool { return cl[a].from < cl[b].from })
		cur := cl[0]
		for _, e := range cl[1:] {
			if e.from <= cur.to+edgeTol {
				cur.to = math.Max(cur.to, e.to)
				continue
			}
			if cur.to-cur.from >= minEdgeLen {
				out = append(out, pdfEdge{vert: cur.vert, at: at, from: cur.from, to: cur.to})
			}
			cur = e
		}
		if cur.to-cur.from >= minEdgeLen {
			out = append(out, pdfEdge{vert: cur.vert, at: at, from: cur.from, to: cur.to})
		}
		i = j
	}
	return out
}

// pdfCell is a ruled cell that holds text: its border x positions and the y
// interval (bottom lo, top hi) its borders enclose.
type pdfCell struct {
	left, right float64
	lo, hi      float64
}

// ruledTables marks the runs that sit in cells of ruled tables: run.trow is set to
// a number shared by all runs of one table row, run.col to the x of the cell's left
// border. It returns the number of table rows found.
//
// A run's cell is bounded by the nearest vertical borders left and right of it and
// the nearest horizontal borders above and below that cross the whole cell. A cell
// open at the top or bottom is accepted only when it is taller than two lines of
// its text (a row split by a page break), so that the gap between two shaded code
// spans on one line is not taken for a cell. Cells that share a border and overlap
// vertically form a row; a row is a table row if it has two columns of text, or one
// column whose top or bottom border runs on to another column's border. A box
// around a paragraph, or a page background, is therefore not a table.
func ruledTables(runs []pdfRun, edges []pdfEdge) int {
	if len(edges) == 0 || len(edges) > maxPageEdges {
		return 0
	}
	es := mergeEdges(edges)
	var vs, hs []pdfEdge
	for _, e := range es {
		if e.vert {
			vs = append(vs, e)
		} else {
			hs = append(hs, e)
		}
	}
	if len(vs) < 2 || len(runs)*(len(vs)+len(hs)) > maxCellWork {
		return 0
	}
	var cells []pdfCell
	tops := map[int]pdfEdge{} // cell → its top border, where it has one
	bottoms := map[int]pdfEdge{}
	index := map[[4]int64]int{}
	cellOf := make([]int, len(runs))
	for i, r := range runs {
		cellOf[i] = -1
		px := r.x + math.Min(r.w, r.size)/2
		py := r.y + r.size*0.3
		li, ri := -1, -1
		for k, v := range vs {
			if py < v.from-edgeTol || py > v.to+edgeTol {
				continue
			}
			if v.at <= px && (li < 0 || v.at > vs[li].at) {
				li = k
			}
			if v.at >= px && (ri < 0 || v.at < vs[ri].at) {
				ri = k
			}
		}
		if li < 0 || ri < 0 || vs[ri].at-vs[li].at < r.size {
			continue
		}
		left, right := vs[li].at, vs[ri].at
		ti, bi := -1, -1
		for k, h := range hs {
			if h.from > left+edgeTol || h.to < right-edgeTol {
				continue
			}
			if h.at >= py && (ti < 0 || h.at < hs[ti].at) {
				ti = k
			}
			if h.at <= py && (bi < 0 || h.at > hs[bi].at) {
				bi = k
			}
		}
		lo := math.Max(vs[li].from, vs[ri].from)
		hi := math.Min(vs[li].to, vs[ri].to)
		if bi >= 0 {
			lo = math.Max(lo, hs[bi].at)
		}
		if ti >= 0 {
			hi = math.Min(hi, hs[ti].at)
		}
		if (ti < 0 || bi < 0) && hi-lo < 2.5*r.size {
			continue
		}
		key := [4]int64{int64(math.Round(left)), int64(math.Round(right)), int64(math.Round(lo)), int64(math.Round(hi))}
		c, ok := index[key]
		if !ok {
			if len(cells) >= maxPageCells {
				return 0
			}
			c = len(cells)
			index[key] = c
			cells = append(cells, pdfCell{left: left, right: right, lo: lo, hi: hi})
			if ti >= 0 {
				tops[c] = hs[ti]
			}
			if bi >= 0 {
				bottoms[c] = hs[bi]
			}
		}
		cellOf[i] = c
	}
	if len(cells) == 0 {
		return 0
	}
	// Rows: union cells that share a vertical border (or a column) and overlap
	// vertically.
	parent := make([]int, len(cells))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	near := func(a, b float64) bool { return math.Abs(a-b) <= edgeTol }
	for i := range cells {
		for j := i + 1; j < len(cells); j++ {
			a, b := cells[i], cells[j]
			if math.Min(a.hi, b.hi)-math.Max(a.lo, b.lo) <= 1 {
				continue
			}
			if near(a.right, b.left) || near(b.right, a.left) || (near(a.left, b.left) && near(a.right, b.right)) {
				parent[find(i)] = find(j)
			}
		}
	}
	cols := map[int]map[int64]bool{}
	for i, c := range cells {
		g := find(i)
		if cols[g] == nil {
			cols[g] = map[int64]bool{}
		}
		cols[g][int64(math.Round(c.left))] = true
	}
	// widerGrid reports whether a horizontal border h runs past cell c to another
	// vertical border that crosses c's middle.
	widerGrid := func(c pdfCell, h pdfEdge, ok bool) bool {
		if !ok {
			return false
		}
		mid := (c.lo + c.hi) / 2
		for _, v := range vs {
			if mid < v.from || mid > v.to {
				continue
			}
			if (v.at < c.left-edgeTol && v.at >= h.from-edgeTol) || (v.at > c.right+edgeTol && v.at <= h.to+edgeTol) {
				return true
			}
		}
		return false
	}
	table := map[int]bool{}
	for i, c := range cells {
		g := find(i)
		if len(cols[g]) >= 2 {
			table[g] = true
			continue
		}
		t, tok := tops[i]
		b, bok := bottoms[i]
		if widerGrid(c, t, tok) || widerGrid(c, b, bok) {
			table[g] = true
		}
	}
	// Number the table rows in a stable order (top to bottom, then left to right)
	// so output does not depend on map order.
	var groups []int
	seen := map[int]bool{}
	for i := range cells {
		if g := find(i); table[g] && !seen[g] {
			seen[g] = true
			groups = append(groups, g)
		}
	}
	num := map[int]int{}
	for k, g := range groups {
		num[g] = k + 1
	}
	for i := range runs {
		if c := cellOf[i]; c >= 0 && table[find(c)] {
			runs[i].trow = num[find(c)]
			runs[i].col = cells[c].left
		}
	}
	return len(groups)
}

// tableRowOf builds the row for table row t, on lines phys[first..last]:
// cells in column order, each cell's lines (one per physical line) in order.
func tableRowOf(phys [][]pdfRun, first, last, t int) pdfRow {
	byCol := map[float64][]pdfCellLine{}
	var colXs []float64
	row := pdfRow{line: first + 1}
	var parts []string
	for lj := first; lj <= last; lj++ {
		var mine []pdfRun
		for _, r := range phys[lj] {
			if r.trow == t {
				mine = append(mine, r)
			}
		}
		if len(mine) == 0 {
			continue
		}
		row.y = mine[0].y
		cols := map[float64][]pdfRun{}
		for _, r := range mine {
			if _, ok := byCol[r.col]; !ok {
				byCol[r.col] = nil
				colXs = append(colXs, r.col)
			}
			cols[r.col] = append(cols[r.col], r)
		}
		for c, rs := range cols {
			text, size, _, _ := joinRuns(rs)
			row.size = math.Max(row.size, size)
			byCol[c] = append(byCol[c], pdfCellLine{text: text, line: lj + 1})
		}
	}
	sort.Float64s(colXs)
	row.left = colXs[0]
	for _, c := range colXs {
		row.cells = append(row.cells, byCol[c])
		var ts []string
		for _, l := range byCol[c] {
			ts = append(ts, strings.TrimSpace(l.text))
		}
		parts = append(parts, strings.Join(ts, " "))
	}
	row.text = strings.Join(parts, " | ")
	row.right = row.left
	return row
}

// pdfFrag is a stretch of one line with no gap wider than a word space: in a
// borderless table, the part of the line in one column.
type pdfFrag struct {
	runs       []int // indices into the page's runs
	start, end float64
	text       string
}

// markerRe matches text that is only a clause number or list marker ("1.1", "(a)",
// "iv.", "•", "Article 5"): a column of these is hanging-indent numbering, not a
// table column.
var markerRe = regexp.MustCompile(`^(?:[•●▪◦‣∙·–\-*]|\(?\d{1,3}(?:\.\d{1,3})*[.)]?|\(?[a-zA-Z][.)]|\(?[ivxIVX]{1,5}[.)]|(?i:article|art\.|section|clause|annex|schedule)\s+\S+)$`)

// borderlessTables finds tables drawn without borders among the runs not already
// in a ruled table, numbering their rows from first. A table is a run of
// consecutive lines that are split by gaps of at least 3/4 em into fragments, where
// every fragment starts at one of the same column positions (within 3 pt) and
// fits before the next column starts; lines with one fragment join when they fit
// a column too (the wrapped lines of a cell). At least two lines must have two or
// more fragments, and the first column must not be just clause numbers or bullets.
//
// Rows: where the table has extra space between rows, that space separates them;
// otherwise see startsRow.
func borderlessTables(runs []pdfRun, first int) int {
	var idx []int
	for i, r := range runs {
		if r.trow == 0 {
			idx = append(idx, i)
		}
	}
	if len(idx) == 0 {
		return 0
	}
	// Physical lines of the remaining runs, as index lists, top to bottom.
	lines := lineIndexes(runs, idx)
	lines = mergeInterleaved(runs, lines)
	// A merged line is placed at its top baseline and sized by its first run there.
	ys := make([]float64, len(lines))
	sizes := make([]float64, len(lines))
	for i, line := range lines {
		ys[i] = math.Inf(-1)
		for _, k := range line {
			if runs[k].y > ys[i] {
				ys[i], sizes[i] = runs[k].y, runs[k].size
			}
		}
	}
	frags := make([][]pdfFrag, len(lines))
	for li, line := range lines {
		var cur *pdfFrag
		for _, k := range line {
			r := runs[k]
			if cur != nil && r.x-cur.end < 0.75*r.size && r.x >= cur.start {
				cur.runs = append(cur.runs, k)
				cur.end = math.Max(cur.end, r.x+r.w)
				continue
			}
			frags[li] = append(frags[li], pdfFrag{runs: []int{k}, start: r.x, end: r.x + r.w})
			cur = &frags[li][len(frags[li])-1]
		}
		for f := range frags[li] {
			var rs []pdfRun
			for _, k := range frags[li][f].runs {
				rs = append(rs, runs[k])
			}
			frags[li][f].text, _, _, _ = joinRuns(rs)
		}
	}
	const colTol = 3.0
	// centre0 is the centre of the first cell of the table being tried: labels
	// centred in the first column share it, whatever their width.
	centre0 := math.NaN()
	// colOf returns the column a fragment starts in, or -1, and whether it fits
	// before the next column.
	colOf := func(cols []float64, f pdfFrag) int {
		for c, x := range cols {
			if math.Abs(f.start-x) <= colTol {
				if c+1 < len(cols) && f.end > cols[c+1]-colTol {
					return -1
				}
				return c
			}
		}
		if len(cols) >= 2 && f.end <= cols[1]-colTol && math.Abs((f.start+f.end)/2-centre0) <= colTol {
			return 0
		}
		return -1
	}
	n := 0
	floor := 0 // lines before it belong to an earlier table
	for li := 0; li < len(lines); {
		if len(frags[li]) < 2 {
			li++
			continue
		}
		var cols []float64
		for _, f := range frags[li] {
			cols = append(cols, f.start)
		}
		centre0 = (frags[li][0].start + frags[li][0].end) / 2
		if colOf(cols, frags[li][0]) != 0 {
			li++
			continue
		}
		size := sizes[li]
		// Lines are split at the columns of the table being tried; a table that
		// is not accepted must leave them as they were for the next try.
		saved := map[int][]pdfFrag{}
		split := func(k int) {
			if sp := splitAtColumns(frags[k], cols, runs, colTol); sp != nil {
				if _, ok := saved[k]; !ok {
					saved[k] = frags[k]
				}
				frags[k] = sp
			}
		}
		unsplit := func() {
			for k, orig := range saved {
				frags[k] = orig
			}
		}
		end := li + 1
		multi := 1
		for end < len(lines) {
			gap := ys[end-1] - ys[end]
			if gap > 4*size {
				break
			}
			split(end)
			fs := frags[end]
			ok := true
			if len(fs) >= 2 {
				// A line may add a column the first line left empty, if it
				// shares two columns with the table.
				shared := 0
				for _, f := range fs {
					if colOf(cols, f) >= 0 {
						shared++
					}
				}
				if shared < 2 && shared < len(fs) {
					ok = false
				} else {
					for _, f := range fs {
						if colOf(cols, f) < 0 && !atColumn(cols, f.start, colTol) {
							cols = append(cols, f.start)
							sort.Float64s(cols)
						}
					}
				}
			}
			if !fitColumns(fs, cols, colOf) {
				ok = false
			}
			if !ok {
				break
			}
			if len(fs) >= 2 {
				multi++
			}
			end++
		}
		if !realColumns(frags[li:end], cols, colOf) {
			unsplit()
			li = end
			continue
		}
		start := li
		// A label cell centred vertically in its row starts below the first
		// line of the row's other cells, so the table may begin a few lines
		// above its first line with two cells: lines wholly inside a later
		// column, or lines whose cells fit the columns once split at them.
		for li > floor {
			k := li - 1
			split(k)
			if ys[k]-ys[li] > 3*size || !(inLaterColumns(frags[k], cols, colOf) || len(frags[k]) >= 2 && fitColumns(frags[k], cols, colOf)) {
				if orig, ok := saved[k]; ok {
					frags[k] = orig
				}
				break
			}
			li = k
		}
		// A header row of centred cells does not start at the columns but sits
		// inside them, on up to three lines ("What it" over "does").
		// The header must use two columns or more, so that a short paragraph line
		// just above a table is not taken for one.
		right := lastRight(frags[li:end])
		hdr, used := li, map[int]bool{}
		for hdr > floor && li-hdr < 3 {
			k := hdr - 1
			limit := 3 * size // cell padding lies between a header and the body
			if hdr < li {
				limit = 1.5 * size
			}
			if ys[k]-ys[hdr] > limit || !withinColumns(frags[k], cols, right, colTol) {
				break
			}
			for _, f := range frags[k] {
				used[startColumn(cols, f.start, colTol)] = true
			}
			hdr = k
		}
		if len(used) >= 2 {
			li = hdr
		} else if multi < 2 {
			// One line with two cells is a table only under a header (a table
			// continued on a new page may show one row under its repeated one).
			unsplit()
			li = start + 1
			continue
		}
		// Cells set close together are one fragment until the columns are known.
		for k := li; k < end; k++ {
			split(k)
		}
		// Rows. The line advance is the smallest gap between lines that share
		// a column: a centred label sits between two lines of its neighbour
		// cell and would halve any gap measured across columns.
		minGap, maxGap := math.Inf(1), 0.0
		for k := li + 1; k < end; k++ {
			g := ys[k-1] - ys[k]
			maxGap = math.Max(maxGap, g)
			if shareColumn(frags[k-1], frags[k], cols, colOf) {
				minGap = math.Min(minGap, g)
			}
		}
		// Rows are spaced apart when some gap is clearly wider than the line
		// advance and none lies in between: word processors pad cells by a
		// third of a line or more, browsers by only a fifth.
		spaced, rowGap := false, minGap*1.3
		if !math.IsInf(minGap, 1) && maxGap > minGap*1.15 {
			spaced, rowGap = true, minGap*1.1
			for k := li + 1; k < end; k++ {
				g := ys[k-1] - ys[k]
				if shareColumn(frags[k-1], frags[k], cols, colOf) && g > minGap*1.05 && g < minGap*1.15 {
					spaced = false
				}
			}
		}
		lastEnd := 0.0 // the right edge of the last column
		for k := li; k < end; k++ {
			for _, f := range frags[k] {
				if colOf(cols, f) == len(cols)-1 {
					lastEnd = math.Max(lastEnd, f.end)
				}
			}
		}
		for k := li; k < end; k++ {
			newRow := k == li
			if k > li {
				g := ys[k-1] - ys[k]
				if spaced {
					newRow = g > rowGap
				} else {
					newRow = startsRow(frags[k-1], frags[k], cols, lastEnd, colOf, sizes[k])
				}
			}
			if newRow {
				n++
			}
			for _, f := range frags[k] {
				c := colOf(cols, f)
				if c < 0 {
					// A column added by a later line can make an earlier
					// fragment overrun it; such a fragment stays in the
					// column it starts in.
					c = startColumn(cols, f.start, colTol)
				}
				for _, r := range f.runs {
					runs[r].trow = first + n
					runs[r].col = cols[c]
				}
			}
		}
		li = end
		floor = end
	}
	return n
}

// mergeInterleaved joins a line to the one above when they are closer than a line
// height and do not overlap horizontally: text that near cannot be stacked in one
// column, so it sits beside it - a table cell centred vertically in its row, as
// browsers and word processors draw HTML tables, has its baselines half a line off
// its neighbour's.
func mergeInterleaved(runs []pdfRun, lines [][]int) [][]int {
	var out [][]int
	for _, line := range lines {
		if n := len(out); n > 0 {
			prev := out[n-1]
			top, size := math.Inf(-1), 0.0
			for _, k := range prev {
				if runs[k].y > top {
					top, size = runs[k].y, runs[k].size
				}
			}
			if top-runs[line[0]].y < 0.8*size && !overlapX(runs, prev, line) {
				merged := append(append([]int(nil), prev...), line...)
				sort.SliceStable(merged, func(a, b int) bool { return runs[merged[a]].x < runs[merged[b]].x })
				out[n-1] = merged
				continue
			}
		}
		out = append(out, line)
	}
	return out
}

// overlapX reports whether any run of a overlaps any run of b horizontally.
func overlapX(runs []pdfRun, a, b []int) bool {
	for _, i := range a {
		for _, j := range b {
			if runs[i].x < runs[j].x+runs[j].w && runs[j].x < runs[i].x+runs[i].w {
				return true
			}
		}
	}
	return false
}

// splitAtColumns splits fragments that run across a column start at a run that
// begins there: a long label set close to its neighbour cell is one fragment by the
// gap rule ("Categories of data Client's customers"). It returns nil when no
// fragment splits. Nothing is split at the first column: a label centred in it and
// wider than the label that set it starts to its left, and would lose its first
// letters ("F" | "inalité").
func splitAtColumns(fs []pdfFrag, cols []float64, runs []pdfRun, tol float64) []pdfFrag {
	var out []pdfFrag
	split := false
	for _, f := range fs {
		cur := pdfFrag{start: f.start, end: f.start}
		for _, k := range f.runs {
			r := runs[k]
			if len(cur.runs) > 0 && r.x > cur.start+tol && atColumn(cols[1:], r.x, tol) {
				out = append(out, cur)
				cur = pdfFrag{start: r.x, end: r.x}
				split = true
			}
			cur.runs = append(cur.runs, k)
			cur.end = math.Max(cur.end, r.x+r.w)
		}
		out = append(out, cur)
	}
	if !split {
		return nil
	}
	for i := range out {
		var rs []pdfRun
		for _, k := range out[i].runs {
			rs = append(rs, runs[k])
		}
		out[i].text, _, _, _ = joinRuns(rs)
	}
	return out
}

func atColumn(cols []float64, x, tol float64) bool {
	for _, c := range cols {
		if math.Abs(c-x) <= tol {
			return true
		}
	}
	return false
}

// inLaterColumns reports whether every fragment of a line sits in a column other
// than the first.
func inLaterColumns(fs []pdfFrag, cols []float64, colOf func([]float64, pdfFrag) int) bool {
	for _, f := range fs {
		if colOf(cols, f) < 1 {
			return false
		}
	}
	return len(fs) > 0
}

// withinColumns reports whether each fragment of a line lies inside one column
// (between its start and the next column's), as the centred cells of a header row
// do; right is where the last column ends.
func withinColumns(fs []pdfFrag, cols []float64, right, tol float64) bool {
	if len(fs) == 0 {
		return false
	}
	for _, f := range fs {
		c := startColumn(cols, f.start, tol)
		if f.start < cols[c]-tol {
			return false
		}
		limit := right + tol
		if c+1 < len(cols) {
			limit = cols[c+1] + tol
		}
		if f.end > limit {
			return false
		}
	}
	return true
}

// lastRight returns the right edge of the rightmost fragment.
func lastRight(lines [][]pdfFrag) float64 {
	r := 0.0
	for _, fs := range lines {
		for _, f := range fs {
			r = math.Max(r, f.end)
		}
	}
	return r
}

// fitColumns reports whether every fragment of a line fits a column.
func fitColumns(fs []pdfFrag, cols []float64, colOf func([]float64, pdfFrag) int) bool {
	for _, f := range fs {
		if colOf(cols, f) < 0 {
			return false
		}
	}
	return true
}

// shareColumn reports whether two lines have a fragment in the same column.
func shareColumn(a, b []pdfFrag, cols []float64, colOf func([]float64, pdfFrag) int) bool {
	for _, f := range a {
		c := colOf(cols, f)
		if c < 0 {
			continue
		}
		for _, g := range b {
			if colOf(cols, g) == c {
				return true
			}
		}
	}
	return false
}

// startColumn returns the last column starting at or before x (within tol), or 0.
func startColumn(cols []float64, x, tol float64) int {
	c := 0
	for i, cx := range cols {
		if cx <= x+tol {
			c = i
		}
	}
	return c
}

// realColumns reports whether a candidate table has two columns or more, and a
// first column of text rather than only numbering (or numbering followed by two
// columns of text).
func realColumns(frags [][]pdfFrag, cols []float64, colOf func([]float64, pdfFrag) int) bool {
	used := map[int]bool{}
	var cells, markers [2]int // fragments and list markers in the first two columns
	for _, fs := range frags {
		for _, f := range fs {
			c := colOf(cols, f)
			used[c] = true
			if c == 0 || c == 1 {
				cells[c]++
				if markerRe.MatchString(strings.TrimSpace(Normalise(f.text))) {
					markers[c]++
				}
			}
		}
	}
	if len(used) < 2 {
		return false
	}
	// A first column of clause numbers or bullets is a list, unless two more
	// columns of text follow it (a "No. | Item | Details" table).
	numbered := markers[0]*2 > cells[0]
	return !numbered || len(used) >= 3 && markers[1]*2 <= cells[1]
}

// firstWordWidth estimates the width of a fragment's first word from its share of
// the fragment's characters.
func firstWordWidth(f pdfFrag) float64 {
	t := strings.TrimSpace(f.text)
	words := strings.Fields(t)
	n := utf8.RuneCountInString(t)
	if len(words) == 0 || n == 0 {
		return 0
	}
	return (f.end - f.start) * float64(utf8.RuneCountInString(words[0])) / float64(n)
}

// startsRow decides, in a borderless table without extra space between rows,
// whether line cur starts a new row or continues the wrapped cells of line prev.
// A column shows a new row when it has text on cur and either was empty on prev
// (first column only) or its text on prev left room for cur's first word, so the
// typesetter did not wrap it there. First-column text in lower case continues.
func startsRow(prev, cur []pdfFrag, cols []float64, lastEnd float64, colOf func([]float64, pdfFrag) int, size float64) bool {
	for _, f := range cur {
		c := colOf(cols, f)
		var p *pdfFrag
		for i := range prev {
			if colOf(cols, prev[i]) == c {
				p = &prev[i]
			}
		}
		if c == 0 && startsLower(strings.TrimSpace(f.text)) {
			continue
		}
		if p == nil {
			if c == 0 {
				return true
			}
			continue
		}
		// Room left on the line above, less the narrowest column gap (3/4 em)
		// and half an em for the error of the word-width estimate.
		limit := lastEnd - 0.5*size
		if c+1 < len(cols) {
			limit = cols[c+1] - 1.25*size
		}
		if p.end+0.25*size+firstWordWidth(f) < limit {
			return true
		}
	}
	return false
}
