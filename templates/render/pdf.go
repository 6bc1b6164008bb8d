package render

// This file holds every gofpdf call of the project. The goldmark AST is turned
// into a flat list of items (a line of a paragraph, a heading, a table row), each
// with its height, the space above it and how many following items must share its
// page; a paginator then places the items, which is where page breaks, kept-with-
// next headings and repeated table headers are decided.

import (
	"bytes"
	"fmt"
	"math"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jung-kurt/gofpdf"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

// PDFOptions controls PDF output.
type PDFOptions struct {
	// Lang selects the footer wording: "fr" prints "Page X sur Y", anything else
	// "Page X of Y".
	Lang string
	// Title is the document title in the PDF metadata; empty means the first
	// level-1 heading.
	Title string
	// Header is the running header printed from page 2 on (typically the parties'
	// names); empty means the title.
	Header string
	// Date is the creation and modification date recorded in the file. The zero
	// value records FixedDate, so that output never depends on the clock.
	Date time.Time
}

// FixedDate is the date recorded when PDFOptions.Date is zero: the Unix epoch,
// as for SOURCE_DATE_EPOCH=0.
var FixedDate = time.Unix(0, 0).UTC()

// Page geometry in millimetres (A4 portrait) and type sizes in points.
const (
	pageW        = 210.0
	pageH        = 297.0
	marginL      = 25.0
	marginR      = 25.0
	marginT      = 25.0
	marginB      = 22.0
	bodyW        = pageW - marginL - marginR
	bodyBottom   = pageH - marginB
	bodyH        = bodyBottom - marginT
	bodySize     = 10.5
	tableSize    = 9.0
	codeSize     = 8.5
	headerSize   = 8.5
	leading      = 1.38 // line height as a multiple of the type size
	ptToMM       = 25.4 / 72
	paraGap      = 2.6 // space between paragraphs
	listGap      = 1.0 // space between items of a tight list
	listIndent   = 7.0
	quoteIndent  = 8.0
	cellPadX     = 1.6
	cellPadY     = 1.2
	signatureMax = 75.0 // longest drawn signature line
	keepLines    = 2    // lines of the next block a heading needs below it
)

type style uint8

const (
	bold style = 1 << iota
	italic
	mono
)

func (s style) font() (family, st string) {
	if s&mono != 0 {
		return "gomono", ""
	}
	switch s & (bold | italic) {
	case bold:
		return "go", "B"
	case italic:
		return "go", "I"
	case bold | italic:
		return "go", "BI"
	}
	return "go", ""
}

// span is a run of inline text in one style.
type span struct {
	text string
	st   style
	br   bool // hard line break
}

// frag is the part of a word in one style; sig marks a blank to sign on
// (underscores), drawn as a rule rather than as glyphs.
type frag struct {
	text string
	st   style
	sig  bool
	w    float64
}

// word is the unit of line breaking: fragments with no space between them.
type word struct {
	frags []frag
	w     float64
	space bool // a space follows in the source
	br    bool // a hard line break follows
}

type line struct {
	words []word
	w     float64 // natural width, spaces included
	last  bool    // last line of a paragraph or before a hard break: not justified
}

// item is one unbreakable piece of the page flow.
type item struct {
	h      float64 // height, without the space above
	before float64 // space above, dropped at the top of a page
	keep   int     // number of following items that must be on the same page
	header int     // 1 + index of the table header row to repeat after a page break; 0 for none
	draw   func(y float64)
}

type pdfDoc struct {
	f      *gofpdf.Fpdf
	src    []byte
	items  []item
	widths map[widthKey]float64
	// hi records the high-order bytes of the characters printed, for the
	// ToUnicode CMaps (see fixToUnicode).
	hi [256]bool
	// outlined and outlineLevel track the bookmark levels given so far.
	outlined     bool
	outlineLevel int
	// tableCols records each table's column widths, for tests.
	tableCols [][]float64
}

type widthKey struct {
	st   style
	size float64
	s    string
}

// PDF renders md as an A4 PDF. The output depends only on md and opt: fonts are
// embedded from Go source, the dates come from opt, and nothing iterates a map.
func PDF(md []byte, opt PDFOptions) ([]byte, error) {
	doc := parse(md)
	groupSignatures(doc, md)
	title := opt.Title
	if title == "" {
		title = firstHeading(doc, md)
	}
	header := opt.Header
	if header == "" {
		header = title
	}
	date := opt.Date
	if date.IsZero() {
		date = FixedDate
	}

	f := newFpdf()
	f.SetMargins(marginL, marginT, marginR)
	f.SetAutoPageBreak(false, marginB)
	f.SetCatalogSort(true)
	f.SetCreationDate(date.UTC())
	f.SetModificationDate(date.UTC())
	f.SetCreator("dpa", true)
	if title != "" {
		f.SetTitle(printable(title), true)
	}
	pageWord, ofWord := "Page", "of"
	if opt.Lang == "fr" {
		ofWord = "sur"
	}
	header = printable(header)
	d := &pdfDoc{f: f, src: md, widths: map[widthKey]float64{}}
	f.SetHeaderFuncMode(func() {
		if f.PageNo() < 2 || header == "" {
			return
		}
		f.SetFont("go", "I", headerSize)
		f.SetTextColor(90, 90, 90)
		text := header
		for f.GetStringWidth(text) > bodyW && utf8.RuneCountInString(text) > 1 {
			r := []rune(strings.TrimSuffix(text, "…"))
			text = string(r[:len(r)-1]) + "…"
		}
		d.text(marginL, 14, text)
		f.SetDrawColor(160, 160, 160)
		f.SetLineWidth(0.2)
		f.Line(marginL, 16, pageW-marginR, 16)
		f.SetTextColor(0, 0, 0)
		f.SetDrawColor(0, 0, 0)
	}, false)
	f.SetFooterFunc(func() {
		f.SetFont("go", "", headerSize)
		f.SetTextColor(90, 90, 90)
		s := fmt.Sprintf("%s %d %s {nb}", pageWord, f.PageNo(), ofWord)
		// {nb} is replaced after layout; centre on the width of the widest number.
		w := f.GetStringWidth(strings.Replace(s, "{nb}", "000", 1))
		d.text((pageW-w)/2, pageH-12, s)
		f.SetTextColor(0, 0, 0)
	})

	d.blocks(doc, marginL, bodyW, 0)
	d.paginate()
	if err := f.Error(); err != nil {
		return nil, fmt.Errorf("render pdf: %w", err)
	}
	var out bytes.Buffer
	if err := f.Output(&out); err != nil {
		return nil, fmt.Errorf("render pdf: %w", err)
	}
	return fixToUnicode(out.Bytes(), &d.hi)
}

// newFpdf returns an A4 document with the fonts loaded.
func newFpdf() *gofpdf.Fpdf {
	f := gofpdf.New("P", "mm", "A4", "")
	// AliasNbPages must precede the fonts: gofpdf sizes the font subsets for it.
	f.AliasNbPages("{nb}")
	for _, face := range fontFaces {
		// gofpdf writes into the font bytes it is given while subsetting (seen with
		// gomono: the second PDF of a process differed from the first). The Go
		// fonts are shared package variables, so each document gets its own copy.
		f.AddUTF8FontFromBytes(face.family, face.style, bytes.Clone(face.ttf))
	}
	return f
}

// newMeasurer returns a document that lays out without drawing, for tests.
func newMeasurer() *pdfDoc {
	return &pdfDoc{f: newFpdf(), widths: map[widthKey]float64{}}
}

// paginate places the items on pages.
func (d *pdfDoc) paginate() {
	f := d.f
	f.AddPage()
	y, fresh := marginT, true
	for i := 0; i < len(d.items); i++ {
		it := &d.items[i]
		// The chain of items that must share a page with this one.
		end := i
		for j := i; j <= end && j < len(d.items); j++ {
			end = max(end, j+d.items[j].keep)
		}
		end = min(end, len(d.items)-1)
		need := it.h
		for j := i + 1; j <= end; j++ {
			need += d.items[j].before + d.items[j].h
		}
		before := it.before
		if fresh {
			before = 0
		}
		room := bodyBottom - y - before
		var hdr *item
		if it.header > 0 && it.header-1 != i {
			hdr = &d.items[it.header-1]
		}
		fits := bodyH
		if hdr != nil {
			fits -= hdr.h
		}
		if !fresh && (need > room && need <= fits || it.h > room) {
			f.AddPage()
			y, fresh, before = marginT, true, 0
			if hdr != nil {
				hdr.draw(y)
				y += hdr.h
			}
		}
		it.draw(y + before)
		y += before + it.h
		fresh = false
	}
}

// blocks lays out the block children of n in a column starting at x, w wide.
func (d *pdfDoc) blocks(n ast.Node, x, w float64, depth int) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		d.block(c, x, w, depth, "")
	}
}

// block lays out one block; marker, when set, is a list item's bullet or number,
// printed in the hanging indent left of x on the block's first line.
func (d *pdfDoc) block(c ast.Node, x, w float64, depth int, marker string) {
	switch n := c.(type) {
	case *ast.Heading:
		d.heading(n, x, w)
	case *ast.Paragraph, *ast.TextBlock:
		gap := paraGap
		if _, tight := n.(*ast.TextBlock); tight || marker != "" {
			gap = listGap
		}
		d.paragraph(d.spans(n), x, w, gap, bodySize, true, marker)
	case *ast.List:
		d.list(n, x, w, depth)
	case *east.Table:
		d.table(n, x, w)
	case *ast.ThematicBreak:
		d.items = append(d.items, item{h: 2, before: paraGap + 2, draw: func(y float64) {
			d.f.SetLineWidth(0.3)
			d.f.Line(x, y+1, x+w, y+1)
		}})
	case *ast.CodeBlock, *ast.FencedCodeBlock:
		d.code(n, x, w)
	case *ast.Blockquote:
		d.blocks(n, x+quoteIndent, w-quoteIndent, depth)
	case *signatureBlock:
		first := len(d.items)
		d.blocks(n, x, w, depth)
		if k := len(d.items) - first - 1; k > 0 {
			d.items[first].before = max(d.items[first].before, 2*paraGap)
			d.items[first].keep = max(d.items[first].keep, k)
		}
	case *ast.HTMLBlock:
		// Raw HTML, such as the clause markers, is not printed.
	default:
		if n.HasChildren() {
			d.blocks(n, x, w, depth)
		}
	}
}

func headingSize(level int) float64 {
	switch level {
	case 1:
		return 17
	case 2:
		return 12.5
	case 3:
		return 11
	}
	return bodySize
}

func (d *pdfDoc) heading(n *ast.Heading, x, w float64) {
	size := headingSize(n.Level)
	spans := d.spans(n)
	for i := range spans {
		spans[i].st |= bold
	}
	lines := d.wrap(d.words(spans, size), w, size)
	lh := size * ptToMM * 1.25
	before := []float64{0, 4, 7, 5, 4, 4, 4}[min(n.Level, 6)]
	centre := n.Level == 1
	// Outline (bookmark) levels must start at 0 and go down one step at a time.
	level := 0
	if d.outlined {
		level = min(n.Level-1, d.outlineLevel+1)
	}
	d.outlined, d.outlineLevel = true, level
	title := printable(plainText(n, d.src))
	d.items = append(d.items, item{
		h:      float64(len(lines))*lh + 2.2,
		before: before,
		keep:   keepLines,
		draw: func(y float64) {
			d.setFont(bold, size)
			d.f.Bookmark(title, level, y)
			for i, ln := range lines {
				lx := x
				if centre {
					lx = x + (w-ln.w)/2
				}
				d.drawLine(ln, lx, y+float64(i)*lh, lh, size, 0, false)
			}
		},
	})
}

// paragraph adds one item per line, keeping the first two and the last two lines
// together (no orphan or widow lines).
func (d *pdfDoc) paragraph(spans []span, x, w, before, size float64, justify bool, marker string) {
	lines := d.wrap(d.words(spans, size), w, size)
	if len(lines) == 0 {
		if marker == "" {
			return
		}
		lines = []line{{last: true}}
	}
	lh := size * ptToMM * leading
	for i, ln := range lines {
		it := item{h: lh}
		if i == 0 {
			it.before = before
			if len(lines) > 1 {
				it.keep = 1
			}
		}
		if i == len(lines)-2 {
			it.keep = 1
		}
		if i == len(lines)-1 && introduces(spans) {
			// "... the following sub-processors:" stays with what it introduces.
			it.keep = 1
		}
		mark := ""
		if i == 0 {
			mark = marker
		}
		it.draw = func(y float64) {
			if mark != "" {
				d.setFont(0, size)
				mw := d.width(0, size, mark)
				d.text(x-mw-1.5, y+baseline(lh, size), mark)
			}
			d.drawLine(ln, x, y, lh, size, w, justify)
		}
		d.items = append(d.items, it)
	}
}

// introduces reports whether a paragraph ends with a colon, as one that
// introduces a list or table does.
func introduces(spans []span) bool {
	for i := len(spans) - 1; i >= 0; i-- {
		if t := strings.TrimSpace(spans[i].text); t != "" {
			return strings.HasSuffix(t, ":")
		}
	}
	return false
}

// baseline is the distance from the top of a line box to the text baseline.
func baseline(lh, size float64) float64 {
	s := size * ptToMM
	return (lh-s)/2 + 0.8*s
}

var bullets = []string{"•", "–", "◦"}

func (d *pdfDoc) list(n *ast.List, x, w float64, depth int) {
	num := n.Start
	for li := n.FirstChild(); li != nil; li = li.NextSibling() {
		marker := bullets[depth%len(bullets)]
		if n.IsOrdered() {
			marker = strconv.Itoa(num) + string(n.Marker)
			num++
		}
		first := true
		for c := li.FirstChild(); c != nil; c = c.NextSibling() {
			m := ""
			if first {
				m = marker
			}
			switch c := c.(type) {
			case *ast.List:
				d.list(c, x+listIndent, w-listIndent, depth+1)
			default:
				d.block(c, x+listIndent, w-listIndent, depth+1, m)
			}
			first = false
		}
	}
	// Space after the list, before what follows.
	if len(d.items) > 0 {
		d.items[len(d.items)-1].h += 0.5
	}
}

func (d *pdfDoc) code(n ast.Node, x, w float64) {
	size := codeSize
	lh := size * ptToMM * 1.3
	lines := n.Lines()
	var rows []string
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		s := strings.TrimRight(printable(string(seg.Value(d.src))), " ")
		rows = append(rows, d.breakText(s, mono, size, w-4)...)
	}
	for i, r := range rows {
		it := item{h: lh, draw: func(y float64) {
			d.f.SetFillColor(242, 242, 242)
			d.f.Rect(x, y, w, lh, "F")
			d.setFont(mono, size)
			d.text(x+2, y+baseline(lh, size), r)
		}}
		if i == 0 {
			it.before = paraGap
		}
		d.items = append(d.items, it)
	}
}

// table lays out a GFM table: column widths from content, wrapped cells, the
// header row repeated after each page break, rows taller than a page split by line.
func (d *pdfDoc) table(t *east.Table, x, w float64) {
	size := tableSize
	lh := size * ptToMM * 1.3
	var rows [][][]word // rows, cells, words
	headerRows := 0
	for r := t.FirstChild(); r != nil; r = r.NextSibling() {
		var cells [][]word
		_, isHeader := r.(*east.TableHeader)
		for c := r.FirstChild(); c != nil; c = c.NextSibling() {
			sp := d.spans(c)
			if isHeader {
				for i := range sp {
					sp[i].st |= bold
				}
			}
			cells = append(cells, d.words(sp, size))
		}
		if isHeader {
			headerRows++
		}
		rows = append(rows, cells)
	}
	ncol := len(t.Alignments)
	if ncol == 0 || len(rows) == 0 {
		return
	}
	minW, maxW := make([]float64, ncol), make([]float64, ncol)
	for _, cells := range rows {
		for i := 0; i < ncol && i < len(cells); i++ {
			lo, hi := d.measureCell(cells[i], size)
			minW[i] = max(minW[i], lo+2*cellPadX)
			maxW[i] = max(maxW[i], hi+2*cellPadX)
		}
	}
	cols := columnWidths(minW, maxW, w)
	d.tableCols = append(d.tableCols, cols)

	hdr := 0 // 1 + index of the header row item
	for ri, cells := range rows {
		wrapped := make([][]line, ncol)
		nl := 1
		for i := 0; i < ncol; i++ {
			if i < len(cells) {
				wrapped[i] = d.wrap(cells[i], cols[i]-2*cellPadX, size)
			}
			nl = max(nl, len(wrapped[i]))
		}
		isHeader := ri < headerRows
		drawRows := func(y float64, from, to int, top, bottom bool) {
			h := float64(to-from)*lh + pad(top) + pad(bottom)
			cx := x
			for i := 0; i < ncol; i++ {
				if isHeader {
					d.f.SetFillColor(232, 232, 232)
					d.f.Rect(cx, y, cols[i], h, "F")
				}
				d.f.SetLineWidth(0.2)
				d.f.Line(cx, y, cx, y+h)
				if top {
					d.f.Line(cx, y, cx+cols[i], y)
				}
				if bottom {
					d.f.Line(cx, y+h, cx+cols[i], y+h)
				}
				ty := y + pad(top)
				for li := from; li < to && li < len(wrapped[i]); li++ {
					ln := wrapped[i][li]
					lx := cx + cellPadX
					inner := cols[i] - 2*cellPadX
					switch t.Alignments[i] {
					case east.AlignRight:
						lx += inner - ln.w
					case east.AlignCenter:
						lx += (inner - ln.w) / 2
					}
					d.drawLine(ln, lx, ty+float64(li-from)*lh, lh, size, 0, false)
				}
				cx += cols[i]
			}
			d.f.Line(x+sum(cols), y, x+sum(cols), y+h)
		}
		full := float64(nl)*lh + 2*cellPadY
		limit := bodyH
		if hdr > 0 {
			limit -= d.items[hdr-1].h
		}
		if full <= limit {
			it := item{h: full, header: hdr, draw: func(y float64) { drawRows(y, 0, nl, true, true) }}
			if ri == 0 {
				it.before = paraGap + 1
			}
			if isHeader {
				it.keep = 1
			}
			d.items = append(d.items, it)
			if isHeader && ri == headerRows-1 {
				hdr = len(d.items)
			}
			continue
		}
		// A row taller than a page: one item per line, borders closed at the ends.
		for li := 0; li < nl; li++ {
			top, bottom := li == 0, li == nl-1
			it := item{h: lh + pad(top) + pad(bottom), header: hdr}
			it.draw = func(y float64) { drawRows(y, li, li+1, top, bottom) }
			d.items = append(d.items, it)
		}
	}
}

func pad(b bool) float64 {
	if b {
		return cellPadY
	}
	return 0
}

func sum(xs []float64) float64 {
	var s float64
	for _, v := range xs {
		s += v
	}
	return s
}

// columnWidths shares avail among columns whose content needs at least minW and
// at most maxW (one line per cell), the way browsers lay out automatic tables:
// when everything fits on one line, widths follow the content and the spare room
// is shared in proportion; otherwise each column gets its minimum plus a share of
// the rest in proportion to how much it would like to grow; when even the minima
// do not fit, the columns with the longest words give way and those words break.
func columnWidths(minW, maxW []float64, avail float64) []float64 {
	n := len(minW)
	out := make([]float64, n)
	sumMin, sumMax := sum(minW), sum(maxW)
	switch {
	case n == 0:
	case sumMax <= avail:
		for i := range out {
			if sumMax > 0 {
				out[i] = maxW[i] + (avail-sumMax)*maxW[i]/sumMax
			} else {
				out[i] = avail / float64(n)
			}
		}
	case sumMin <= avail:
		grow := sumMax - sumMin
		for i := range out {
			out[i] = minW[i]
			if grow > 0 {
				out[i] += (avail - sumMin) * (maxW[i] - minW[i]) / grow
			}
		}
	default:
		// Max-min fair shares: taking columns from the narrowest longest word up,
		// each keeps its words whole if they fit in an equal share of the room
		// still free; the rest split that room equally and their words break. One
		// very long word (a URL) so gives way instead of squeezing every column.
		order := make([]int, n)
		for i := range order {
			order[i] = i
		}
		sort.SliceStable(order, func(a, b int) bool { return minW[order[a]] < minW[order[b]] })
		rest := avail
		for k, i := range order {
			share := rest / float64(n-k)
			out[i] = math.Min(minW[i], share)
			rest -= out[i]
		}
	}
	return out
}

// measureCell returns the widest word and the width of the cell on one line.
func (d *pdfDoc) measureCell(words []word, size float64) (lo, hi float64) {
	sp := d.width(0, size, " ")
	for i, wd := range words {
		lo = max(lo, math.Min(wd.w, signatureMax))
		hi += wd.w
		if i < len(words)-1 && wd.space {
			hi += sp
		}
	}
	return lo, hi
}

// spans collects the inline content of n as styled runs.
func (d *pdfDoc) spans(n ast.Node) []span {
	var out []span
	d.inline(n, 0, &out)
	return out
}

func (d *pdfDoc) inline(n ast.Node, st style, out *[]span) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch t := c.(type) {
		case *ast.Text:
			v := t.Value(d.src)
			if st&mono == 0 {
				v = unescape(v) // code spans are printed exactly as written
			}
			*out = append(*out, span{text: string(v), st: st})
			switch {
			case t.HardLineBreak():
				*out = append(*out, span{br: true})
			case t.SoftLineBreak():
				*out = append(*out, span{text: " ", st: st})
			}
		case *ast.String:
			*out = append(*out, span{text: string(t.Value), st: st})
		case *ast.Emphasis:
			s := st | italic
			if t.Level >= 2 {
				s = st | bold
			}
			d.inline(t, s, out)
		case *ast.CodeSpan:
			d.inline(t, st|mono, out)
		case *ast.Link:
			d.inline(t, st, out)
			dest := string(t.Destination)
			label := plainText(t, d.src)
			shown := strings.TrimPrefix(dest, "mailto:")
			if dest != "" && !strings.HasPrefix(dest, "#") && shown != label {
				*out = append(*out, span{text: " (" + shown + ")", st: st})
			}
		case *ast.AutoLink:
			*out = append(*out, span{text: string(t.Label(d.src)), st: st})
		case *ast.Image:
			d.inline(t, st, out)
		case *ast.RawHTML:
			// Inline HTML, such as a clause marker, is not printed.
		default:
			d.inline(c, st, out)
		}
	}
}

// words splits styled runs into words at spaces; a word may mix styles.
func (d *pdfDoc) words(spans []span, size float64) []word {
	var out []word
	var cur word
	open := false
	flush := func(space bool) {
		if open {
			cur.space = space
			out = append(out, cur)
		}
		cur, open = word{}, false
	}
	for _, s := range spans {
		if s.br {
			if open {
				flush(false)
				out[len(out)-1].br = true
			} else if len(out) > 0 {
				out[len(out)-1].br = true
			}
			continue
		}
		text := printable(s.text)
		for len(text) > 0 {
			i := strings.IndexByte(text, ' ')
			part := text
			if i >= 0 {
				part = text[:i]
			}
			if part != "" {
				open = true
				for _, fr := range d.frags(part, s.st, size) {
					cur.frags = append(cur.frags, fr)
					cur.w += fr.w
				}
			}
			if i < 0 {
				break
			}
			flush(true)
			text = text[i+1:]
		}
	}
	flush(false)
	return out
}

// frags splits a word's text in one style into glyph runs and signature blanks.
func (d *pdfDoc) frags(s string, st style, size float64) []frag {
	var out []frag
	for s != "" {
		loc := signatureLine.FindStringIndex(s)
		if loc == nil {
			out = append(out, frag{text: s, st: st, w: d.width(st, size, s)})
			break
		}
		if loc[0] > 0 {
			out = append(out, frag{text: s[:loc[0]], st: st, w: d.width(st, size, s[:loc[0]])})
		}
		n := loc[1] - loc[0]
		out = append(out, frag{text: s[loc[0]:loc[1]], st: st, sig: true,
			w: math.Min(float64(n)*d.width(st, size, "_"), signatureMax)})
		s = s[loc[1]:]
	}
	return out
}

// wrap breaks words into lines at most width wide. A word wider than a line is
// broken between characters, so nothing ever runs into the margin.
func (d *pdfDoc) wrap(words []word, width, size float64) []line {
	var out []line
	var cur line
	sp := d.width(0, size, " ")
	push := func(last bool) {
		if len(cur.words) > 0 || last {
			cur.last = last
			out = append(out, cur)
		}
		cur = line{}
	}
	for _, wd := range words {
		for _, piece := range d.split(wd, width, size) {
			add := piece.w
			if n := len(cur.words); n > 0 && cur.words[n-1].space {
				add += sp
			}
			if len(cur.words) > 0 && cur.w+add > width+1e-6 {
				push(false)
				add = piece.w
			}
			cur.words = append(cur.words, piece)
			cur.w += add
		}
		if wd.br {
			push(true)
		}
	}
	if len(cur.words) > 0 {
		push(true)
	} else if len(out) > 0 {
		out[len(out)-1].last = true
	}
	return out
}

// split breaks a word wider than width into pieces that fit.
func (d *pdfDoc) split(wd word, width, size float64) []word {
	if wd.w <= width+1e-6 {
		return []word{wd}
	}
	var out []word
	var cur word
	for _, fr := range wd.frags {
		if fr.sig {
			fr.w = math.Min(fr.w, width)
			if cur.w+fr.w > width && len(cur.frags) > 0 {
				out = append(out, cur)
				cur = word{}
			}
			cur.frags = append(cur.frags, fr)
			cur.w += fr.w
			continue
		}
		for _, r := range fr.text {
			rs := string(r)
			rw := d.width(fr.st, size, rs)
			if cur.w+rw > width && len(cur.frags) > 0 {
				out = append(out, cur)
				cur = word{}
			}
			if n := len(cur.frags); n > 0 && cur.frags[n-1].st == fr.st && !cur.frags[n-1].sig {
				cur.frags[n-1].text += rs
				cur.frags[n-1].w += rw
			} else {
				cur.frags = append(cur.frags, frag{text: rs, st: fr.st, w: rw})
			}
			cur.w += rw
		}
	}
	cur.space, cur.br = wd.space, wd.br
	return append(out, cur)
}

// breakText breaks s between characters into pieces at most width wide.
func (d *pdfDoc) breakText(s string, st style, size, width float64) []string {
	if s == "" || d.width(st, size, s) <= width {
		return []string{s}
	}
	var out []string
	var b strings.Builder
	var w float64
	for _, r := range s {
		rw := d.width(st, size, string(r))
		if w+rw > width && b.Len() > 0 {
			out = append(out, b.String())
			b.Reset()
			w = 0
		}
		b.WriteRune(r)
		w += rw
	}
	return append(out, b.String())
}

// drawLine draws one line with its top at y. With justify set and a line that
// is not the last of its paragraph, the spaces are stretched to fill width. Each
// word is placed on its own, which lets a justified line mix bold, italic and
// mono; the space after a word is still written, invisibly, so that text
// extracted from the PDF keeps its word boundaries.
func (d *pdfDoc) drawLine(ln line, x, y, lh, size, width float64, justify bool) {
	sp := d.width(0, size, " ")
	gap := sp
	if justify && !ln.last {
		gaps := 0
		for i, wd := range ln.words {
			if i < len(ln.words)-1 && wd.space {
				gaps++
			}
		}
		if gaps > 0 {
			gap = sp + (width-ln.w)/float64(gaps)
		}
	}
	base := y + baseline(lh, size)
	cx := x
	for i, wd := range ln.words {
		for j, fr := range wd.frags {
			if fr.sig {
				d.f.SetLineWidth(0.25)
				d.f.Line(cx, base+0.6, cx+fr.w, base+0.6)
				cx += fr.w
				continue
			}
			d.setFont(fr.st, size)
			text := fr.text
			if j == len(wd.frags)-1 && (wd.space || i == len(ln.words)-1) {
				text += " "
			}
			d.text(cx, base, text)
			cx += fr.w
		}
		if wd.space {
			cx += gap
		}
	}
}

// text prints s with its baseline at y.
func (d *pdfDoc) text(x, y float64, s string) {
	for _, r := range s {
		if r <= 0xffff {
			d.hi[r>>8] = true
		}
	}
	d.f.Text(x, y, s)
}

func (d *pdfDoc) setFont(st style, size float64) {
	family, s := st.font()
	d.f.SetFont(family, s, size)
}

// width measures s in style st at size, with a cache: contracts repeat words.
func (d *pdfDoc) width(st style, size float64, s string) float64 {
	k := widthKey{st, size, s}
	if w, ok := d.widths[k]; ok {
		return w
	}
	d.setFont(st, size)
	w := d.f.GetStringWidth(s)
	d.widths[k] = w
	return w
}
