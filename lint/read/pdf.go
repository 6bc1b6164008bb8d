package read

import (
	"bytes"
	"errors"
	"fmt"
	"math"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/ledongthuc/pdf"

	"github.com/dpatool/dpa/lint/doc"
)

// Limits for PDF text extraction: a small file can hold compressed content streams
// that expand enormously, so extraction stops at these.
const (
	maxPDFPages = 2000
	maxPDFText  = 50 << 20 // bytes of decoded text in all pages
)

// maxPDFOps bounds the content-stream operators interpreted in all pages. A variable
// only so a test can lower it.
var maxPDFOps = 20_000_000

// errPDFText is raised (as a panic inside the content interpreter) when a document
// decodes to more than maxPDFText bytes.
var errPDFText = fmt.Errorf("%w: more than %d MB of text in the PDF", ErrTooLarge, maxPDFText>>20)

// errPDFOps stops a content stream that inflates to endless operators (a flate bomb
// of empty text operators would pass the text limit).
func errPDFOps() error {
	return fmt.Errorf("%w: more than %d drawing operators in the PDF", ErrTooLarge, maxPDFOps)
}

// pdfRun is the text drawn by one text-showing operator, in page space.
type pdfRun struct {
	x, y, w float64 // baseline start and advance width, points
	size    float64 // font size after scaling, points
	s       string
	// trow numbers the table row the run is in (0: not in a table) and col is the
	// x where its column starts; see pdftable.go.
	trow int
	col  float64
}

// pdfRow is one line of a page: runs on the same baseline, left to right. A table
// row is one pdfRow too, with its cells' lines in cells and text their summary.
type pdfRow struct {
	y, size float64
	left    float64 // x of the first run
	right   float64 // x where the last run ends
	text    string
	line    int             // 1-based line on the page (the first line of a table row)
	cells   [][]pdfCellLine // table cells in column order; nil for ordinary lines
	// colStart: the row starts a column of a two-column page, so its text may
	// continue the previous row's as across a page break. margin, when set, is the
	// right margin of the row's column (the page's is the right column's).
	colStart bool
	margin   float64
}

// pdfCellLine is one line of text inside a table cell.
type pdfCellLine struct {
	text string
	line int // 1-based line on the page
}

// symbolBullets maps the private-use code points that Word and LibreOffice emit
// for list bullets drawn in the Symbol and Wingdings fonts to ordinary bullets,
// so a bulleted list reads as a list, not as a two-column table of "\uf0b7" marks.
var symbolBullets = strings.NewReplacer(
	"\uf0b7", "•", "\uf0a7", "▪", "\uf0d8", "•", "\uf076", "•", "\uf0fc", "•",
	"\uf06e", "▪", "\uf0a8", "•", "\uf02d", "–", "\uf0e8", "•",
)

func readPDF(d *doc.Document, data []byte) (err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && errors.Is(e, ErrTooLarge) {
				err = e
				return
			}
			err = fmt.Errorf("malformed PDF: %v", r)
		}
	}()
	data = preparePDF(data)
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return fmt.Errorf("not a readable PDF: %w", err)
	}
	n := r.NumPage()
	if n > maxPDFPages {
		return fmt.Errorf("%w: %d pages (limit %d)", ErrTooLarge, n, maxPDFPages)
	}
	ex := &pdfExtractor{}
	var pages [][]pdfRow
	for i := 1; i <= n; i++ {
		p, err := pageAt(r, i)
		if err != nil {
			return err
		}
		if p.V.IsNull() {
			return fmt.Errorf("page %d of %d is missing from the page tree", i, n)
		}
		ex.page = i
		runs, edges, err := ex.pageRuns(p)
		if err != nil {
			return fmt.Errorf("page %d: %w", i, err)
		}
		pages = append(pages, layoutPage(runs, edges))
	}
	// Text in a font without a ToUnicode map is lost. A little (a logo, a symbol
	// font) does not matter; if it is a fifth of the text or more, findings would
	// be wrong, so refuse the file.
	if ex.undecoded > 0 && ex.undecoded*4 >= ex.total {
		return fmt.Errorf("%s (%d of %d characters)", ex.noMap, ex.undecoded, ex.undecoded+ex.total)
	}
	lines := pdfLines(pages)
	if len(lines) == 0 {
		return errors.New("no text found in the PDF (a scanned image? run OCR first)")
	}
	d.Blocks, d.Suppressions = groupLines(lines)
	return nil
}

// maxPageTreeDepth bounds the descent through the page tree. Real trees are a few
// levels deep; a Pages node listing itself among its kids would otherwise send the
// descent round for ever.
const maxPageTreeDepth = 64

// pageAt finds page num (1-based) as pdf.Reader.Page does, but stops at a cyclic
// or absurdly deep page tree.
func pageAt(r *pdf.Reader, num int) (pdf.Page, error) {
	num--
	node := r.Trailer().Key("Root").Key("Pages")
	for depth := 0; node.Key("Type").Name() == "Pages"; depth++ {
		if depth >= maxPageTreeDepth {
			return pdf.Page{}, fmt.Errorf("page tree is cyclic or more than %d levels deep", maxPageTreeDepth)
		}
		if int(node.Key("Count").Int64()) < num {
			return pdf.Page{}, nil
		}
		kids := node.Key("Kids")
		var next pdf.Value
		for i := 0; i < kids.Len() && next.IsNull(); i++ {
			kid := kids.Index(i)
			switch kid.Key("Type").Name() {
			case "Pages":
				if c := int(kid.Key("Count").Int64()); num < c {
					next = kid
				} else {
					num -= c
				}
			case "Page":
				if num == 0 {
					return pdf.Page{V: kid}, nil
				}
				num--
			}
		}
		if next.IsNull() {
			return pdf.Page{}, nil
		}
		node = next
	}
	return pdf.Page{}, nil
}

// preparePDF works around the PDF library's strict file checks for things real
// files do and other readers accept: bytes before "%PDF-" (the header may be anywhere
// in the first 1024 bytes), a PDF 2.0 header, a header line that goes on after the
// version, and anything after the last %%EOF. The xref offsets are then taken from
// the header, as other readers do. data is copied before it is changed.
func preparePDF(data []byte) []byte {
	if i := bytes.Index(data[:min(len(data), 1024)], []byte("%PDF-")); i > 0 {
		data = data[i:]
	}
	if j := bytes.LastIndex(data, []byte("%%EOF")); j >= 0 && len(data)-j > 64 {
		data = data[:j+len("%%EOF\n")-1]
		data = append(data[:len(data):len(data)], '\n')
	}
	if len(data) > 9 {
		v := data[5:9]
		if !(v[0] == '1' && v[1] == '.' && v[2] >= '0' && v[2] <= '7' && (v[3] == '\n' || v[3] == '\r')) {
			data = append([]byte(nil), data...)
			copy(data[5:9], "1.7\n")
		}
	}
	return data
}

// pdfFont is what the extractor needs from a font: how to decode codes to text and
// how wide each glyph is.
type pdfFont struct {
	uni     *toUnicode // the font's ToUnicode map, preferred when present
	enc     pdf.TextEncoding
	twoByte bool
	widths  func(code int) float64 // thousandths of an em; 0 = unknown
	noMap   string                 // set when the text of this font cannot be decoded
}

type pdfExtractor struct {
	total int // bytes of text decoded so far
	ops   int // operators interpreted so far
	page  int // page being read, for messages
	// undecoded counts glyphs shown in fonts whose text cannot be decoded, and
	// noMap describes the first such font.
	undecoded int
	noMap     string
	// edges collects the axis-parallel lines drawn on the page being read (table
	// borders); too many are dropped (see maxPageEdges).
	edges []pdfEdge
}

type pdfState struct {
	ctm, tm, tlm               [6]float64
	tc, tw, th, tl, tfs, trise float64
	font                       *pdfFont
}

var identity = [6]float64{1, 0, 0, 1, 0, 0}

// mul returns a×b for PDF matrices [a b c d e f].
func mul(a, b [6]float64) [6]float64 {
	return [6]float64{
		a[0]*b[0] + a[1]*b[2], a[0]*b[1] + a[1]*b[3],
		a[2]*b[0] + a[3]*b[2], a[2]*b[1] + a[3]*b[3],
		a[4]*b[0] + a[5]*b[2] + b[4], a[4]*b[1] + a[5]*b[3] + b[5],
	}
}

func popArgs(stk *pdf.Stack) []pdf.Value {
	args := make([]pdf.Value, stk.Len())
	for i := len(args) - 1; i >= 0; i-- {
		args[i] = stk.Pop()
	}
	return args
}

func (ex *pdfExtractor) font(res pdf.Value, cache map[string]*pdfFont, name string) *pdfFont {
	if f, ok := cache[name]; ok {
		return f
	}
	v := res.Key("Font").Key(name)
	f := &pdfFont{}
	pf := pdf.Font{V: v}
	f.enc = pf.Encoder()
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		if m, err := readToUnicode(tu); err == nil {
			f.uni = m
		}
	}
	if v.Key("Subtype").Name() == "Type0" {
		f.twoByte = true
		desc := v.Key("DescendantFonts").Index(0)
		dw := 1000.0
		if x := desc.Key("DW"); x.Kind() == pdf.Integer || x.Kind() == pdf.Real {
			dw = x.Float64()
		}
		w := map[int]float64{}
		arr := desc.Key("W")
		for i := 0; i < arr.Len() && i < 1<<16; {
			first := int(arr.Index(i).Int64())
			if i+1 < arr.Len() && arr.Index(i+1).Kind() == pdf.Array {
				ws := arr.Index(i + 1)
				for j := 0; j < ws.Len() && j < 1<<16; j++ {
					w[first+j] = ws.Index(j).Float64()
				}
				i += 2
				continue
			}
			if i+2 >= arr.Len() {
				break
			}
			last := int(arr.Index(i + 1).Int64())
			for c := first; c <= last && c-first < 1<<16; c++ {
				w[c] = arr.Index(i + 2).Float64()
			}
			i += 3
		}
		f.widths = func(code int) float64 {
			if x, ok := w[code]; ok {
				return x
			}
			return dw
		}
		if v.Key("ToUnicode").Kind() != pdf.Stream {
			f.noMap = fmt.Sprintf("font %s (%s) has no ToUnicode map, so its text cannot be decoded", name, v.Key("BaseFont").Name())
		}
	} else {
		first, last := int(v.Key("FirstChar").Int64()), int(v.Key("LastChar").Int64())
		ws := v.Key("Widths")
		f.widths = func(code int) float64 {
			if code < first || code > last || ws.Len() == 0 {
				return 0
			}
			return ws.Index(code - first).Float64()
		}
	}
	cache[name] = f
	return f
}

// pageRuns interprets the page's content stream, keeping only text positions. It
// follows the text and graphics state operators of ISO 32000 §9.4 closely enough to
// place each run, and descends into form XObjects (Do) a few levels deep.
func (ex *pdfExtractor) pageRuns(p pdf.Page) (runs []pdfRun, edges []pdfEdge, err error) {
	defer func() {
		if r := recover(); r != nil {
			if e, ok := r.(error); ok && errors.Is(e, ErrTooLarge) {
				err = e
				return
			}
			runs, edges, err = nil, nil, fmt.Errorf("malformed content stream: %v", r)
		}
	}()
	ex.edges = nil
	strm := p.V.Key("Contents")
	if strm.Kind() == pdf.Null {
		return nil, nil, nil
	}
	ex.interpret(strm, p.Resources(), identity, 0, &runs)
	return runs, ex.edges, nil
}

// maxFormDepth bounds nesting of form XObjects (a form may even draw itself).
const maxFormDepth = 4

// interpret runs one content stream with its resources; ctm is the transformation
// in force where it is drawn.
func (ex *pdfExtractor) interpret(strm, res pdf.Value, ctm [6]float64, depth int, out *[]pdfRun) {
	cache := map[string]*pdfFont{}
	g := pdfState{ctm: ctm, tm: identity, tlm: identity, th: 1}
	var stack []pdfState
	runs := *out
	defer func() { *out = runs }()
	show := func(raw string) {
		f := g.font
		if f == nil {
			f = &pdfFont{widths: func(int) float64 { return 0 }}
		}
		if f.noMap != "" {
			if ex.noMap == "" {
				ex.noMap = fmt.Sprintf("page %d: %s", ex.page, f.noMap)
			}
			ex.undecoded += (len(raw) + 1) / 2
			return
		}
		var sb strings.Builder
		adv := 0.0 // in text space units
		def := 1
		if f.twoByte {
			def = 2
		}
		for i := 0; i < len(raw); {
			n := def
			if f.uni != nil {
				n = f.uni.codeLen(raw[i:], def)
			}
			if i+n > len(raw) {
				break
			}
			code := raw[i : i+n]
			i += n
			s, ok := "", false
			if f.uni != nil {
				s, ok = f.uni.text(code)
			}
			if !ok && f.enc != nil && !f.twoByte {
				s = f.enc.Decode(code)
			} else if !ok && f.enc == nil {
				s = code
			}
			sb.WriteString(s)
			w := f.widths(codeInt(code))
			if w == 0 {
				w = estimateWidth(s)
			}
			tx := w/1000*g.tfs + g.tc
			if code == " " {
				tx += g.tw // word spacing applies to the single-byte code 32 only
			}
			adv += tx * g.th
		}
		s := symbolBullets.Replace(sb.String())
		m := mul([6]float64{g.tfs * g.th, 0, 0, g.tfs, 0, g.trise}, mul(g.tm, g.ctm))
		size := math.Hypot(m[2], m[3])
		end := mul([6]float64{1, 0, 0, 1, adv, 0}, mul(g.tm, g.ctm))
		ex.total += len(s)
		if ex.total > maxPDFText {
			panic(errPDFText)
		}
		if strings.TrimSpace(s) != "" {
			runs = append(runs, pdfRun{x: m[4], y: m[5], w: end[4] - m[4], size: size, s: s})
		}
		g.tm = mul([6]float64{1, 0, 0, 1, adv, 0}, g.tm)
	}
	num := func(args []pdf.Value, i int) float64 {
		if i < len(args) {
			return args[i].Float64()
		}
		return 0
	}
	newLine := func(tx, ty float64) {
		g.tlm = mul([6]float64{1, 0, 0, 1, tx, ty}, g.tlm)
		g.tm = g.tlm
	}
	// The current path, in page space: straight segments only, since borders are
	// straight; curves just move the current point.
	type pt struct{ x, y float64 }
	var path [][2]pt
	var cur, start pt
	toPage := func(x, y float64) pt {
		m := g.ctm
		return pt{m[0]*x + m[2]*y + m[4], m[1]*x + m[3]*y + m[5]}
	}
	lineTo := func(p pt) {
		if len(path) < maxPageEdges {
			path = append(path, [2]pt{cur, p})
		}
		cur = p
	}
	paint := func() {
		for _, s := range path {
			a, b := s[0], s[1]
			switch {
			case len(ex.edges) >= maxPageEdges+1:
				// Past the limit table detection is off for the page; stop growing.
			case math.Abs(a.x-b.x) < 0.5 && math.Abs(a.y-b.y) >= minEdgeLen:
				ex.edges = append(ex.edges, pdfEdge{vert: true, at: (a.x + b.x) / 2, from: math.Min(a.y, b.y), to: math.Max(a.y, b.y)})
			case math.Abs(a.y-b.y) < 0.5 && math.Abs(a.x-b.x) >= minEdgeLen:
				ex.edges = append(ex.edges, pdfEdge{at: (a.y + b.y) / 2, from: math.Min(a.x, b.x), to: math.Max(a.x, b.x)})
			}
		}
		path = path[:0]
	}
	pdf.Interpret(strm, func(stk *pdf.Stack, op string) {
		args := popArgs(stk)
		if ex.ops++; ex.ops > maxPDFOps {
			panic(errPDFOps())
		}
		switch op {
		case "m":
			cur = toPage(num(args, 0), num(args, 1))
			start = cur
		case "l":
			lineTo(toPage(num(args, 0), num(args, 1)))
		case "c":
			cur = toPage(num(args, 4), num(args, 5))
		case "v", "y":
			cur = toPage(num(args, 2), num(args, 3))
		case "h":
			lineTo(start)
		case "re":
			x, y, w, h := num(args, 0), num(args, 1), num(args, 2), num(args, 3)
			cur = toPage(x, y)
			start = cur
			lineTo(toPage(x+w, y))
			lineTo(toPage(x+w, y+h))
			lineTo(toPage(x, y+h))
			lineTo(start)
		case "S", "s", "f", "F", "f*", "B", "B*", "b", "b*":
			if op == "s" || op == "b" || op == "b*" {
				lineTo(start)
			}
			paint()
		case "n":
			path = path[:0]
		case "q":
			if len(stack) < 1000 {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g, stack = stack[n-1], stack[:n-1]
			}
		case "cm":
			if len(args) == 6 {
				var m [6]float64
				for i := range m {
					m[i] = num(args, i)
				}
				g.ctm = mul(m, g.ctm)
			}
		case "BT":
			g.tm, g.tlm = identity, identity
		case "Tc":
			g.tc = num(args, 0)
		case "Tw":
			g.tw = num(args, 0)
		case "Tz":
			g.th = num(args, 0) / 100
		case "TL":
			g.tl = num(args, 0)
		case "Ts":
			g.trise = num(args, 0)
		case "Tf":
			if len(args) == 2 {
				g.font = ex.font(res, cache, args[0].Name())
				g.tfs = args[1].Float64()
			}
		case "Td":
			newLine(num(args, 0), num(args, 1))
		case "TD":
			g.tl = -num(args, 1)
			newLine(num(args, 0), num(args, 1))
		case "Tm":
			if len(args) == 6 {
				for i := range g.tm {
					g.tm[i] = num(args, i)
				}
				g.tlm = g.tm
			}
		case "T*":
			newLine(0, -g.tl)
		case "Tj":
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "'":
			newLine(0, -g.tl)
			if len(args) == 1 {
				show(args[0].RawString())
			}
		case "\"":
			if len(args) == 3 {
				g.tw, g.tc = num(args, 0), num(args, 1)
				newLine(0, -g.tl)
				show(args[2].RawString())
			}
		case "TJ":
			if len(args) != 1 {
				return
			}
			v := args[0]
			for i := 0; i < v.Len(); i++ {
				x := v.Index(i)
				if x.Kind() == pdf.String {
					show(x.RawString())
					continue
				}
				adj := x.Float64()
				if adj < -250 {
					// A large negative adjustment is how many producers set a word
					// space; mark it so rowsOf separates the words.
					runs = append(runs, pdfRun{})
				}
				g.tm = mul([6]float64{1, 0, 0, 1, -adj / 1000 * g.tfs * g.th, 0}, g.tm)
			}
		case "Do":
			if len(args) != 1 || depth >= maxFormDepth {
				return
			}
			x := res.Key("XObject").Key(args[0].Name())
			if x.Key("Subtype").Name() != "Form" {
				return
			}
			m := identity
			if mv := x.Key("Matrix"); mv.Len() == 6 {
				for i := range m {
					m[i] = mv.Index(i).Float64()
				}
			}
			xres := x.Key("Resources")
			if xres.Kind() == pdf.Null {
				xres = res
			}
			*out = runs
			ex.interpret(x, xres, mul(m, g.ctm), depth+1, out)
			runs = *out
		}
	})
}

// estimateWidth guesses a glyph's width (thousandths of an em) for fonts that do not
// state widths (the standard 14 fonts): close enough to tell a word gap from a kern.
func estimateWidth(s string) float64 {
	w := 0.0
	for _, r := range s {
		switch {
		case r == ' ', strings.ContainsRune("iljtf.,:;'!|()[]", r):
			w += 278
		case strings.ContainsRune("mwMW", r):
			w += 833
		case unicode.IsUpper(r):
			w += 667
		default:
			w += 556
		}
	}
	return w
}

// layoutPage turns a page's runs into rows in reading order: ordinary lines, and
// one row per table row found by ruledTables or borderlessTables. A page set in two
// columns is read column by column (see pageColumns); rows are numbered in that
// order.
func layoutPage(runs []pdfRun, edges []pdfEdge) []pdfRow {
	var rows []pdfRow
	lines := 0
	for _, reg := range pageColumns(wordSpaced(runs)) {
		rs, n := layoutRegion(reg.runs, edges, lines)
		if reg.column && len(rs) > 0 {
			rs[0].colStart = len(rows) > 0
			m, _ := rightMargin(rs)
			for i := range rs {
				rs[i].margin = m
			}
		}
		rows = append(rows, rs...)
		lines += n
	}
	return rows
}

// rightMargin is the right margin of rows (of one or more pages or columns): the
// 95th percentile of the right edges of body-length rows, so that a few wide table
// rows do not move it. n is how many rows it was taken from (0: no margin).
func rightMargin(rows ...[]pdfRow) (margin float64, n int) {
	var rights []float64
	for _, rs := range rows {
		for _, r := range rs {
			if len(r.text) >= 20 && r.cells == nil {
				rights = append(rights, r.right)
			}
		}
	}
	if len(rights) == 0 {
		return 0, 0
	}
	sort.Float64s(rights)
	return rights[len(rights)*95/100], len(rights)
}

// layoutRegion lays out one region of a page, numbering its physical lines from
// first+1; it returns the rows and the number of physical lines.
func layoutRegion(rs []pdfRun, edges []pdfEdge, first int) ([]pdfRow, int) {
	borderlessTables(rs, ruledTables(rs, edges))
	phys := groupRows(rs)
	last := map[int]int{} // table row → its last line
	for li, line := range phys {
		for _, r := range line {
			if r.trow != 0 {
				last[r.trow] = li
			}
		}
	}
	var rows []pdfRow
	done := map[int]bool{}
	for li, line := range phys {
		var plain []pdfRun
		for _, r := range line {
			if r.trow == 0 {
				plain = append(plain, r)
			}
		}
		if len(plain) > 0 {
			text, size, left, right := joinRuns(plain)
			rows = append(rows, pdfRow{y: line[0].y, size: size, left: left, right: right, text: text, line: first + li + 1})
		}
		for _, r := range line {
			if r.trow != 0 && !done[r.trow] {
				done[r.trow] = true
				row := tableRowOf(phys, li, last[r.trow], r.trow)
				row.line += first
				for _, c := range row.cells {
					for k := range c {
						c[k].line += first
					}
				}
				rows = append(rows, row)
			}
		}
	}
	return rows, len(phys)
}

// wordSpaced drops the word-space markers from TJ, putting a space before the run
// that follows each.
func wordSpaced(runs []pdfRun) []pdfRun {
	var rs []pdfRun
	space := false
	for _, r := range runs {
		if r.s == "" {
			space = true
			continue
		}
		if space && len(rs) > 0 {
			r.s = " " + r.s
		}
		space = false
		rs = append(rs, r)
	}
	return rs
}

// groupRows groups runs into physical lines by baseline (top to bottom), each
// ordered left to right.
func groupRows(runs []pdfRun) [][]pdfRun {
	idx := make([]int, len(runs))
	for i := range idx {
		idx[i] = i
	}
	lines := lineIndexes(runs, idx)
	rows := make([][]pdfRun, len(lines))
	for i, line := range lines {
		rows[i] = make([]pdfRun, len(line))
		for j, k := range line {
			rows[i][j] = runs[k]
		}
	}
	return rows
}

// lineIndexes groups the runs at idx (reordered in place) into physical lines by
// baseline, top to bottom, each ordered left to right: runs within 0.4 of the
// first one's font size of its baseline share its line, so that superscripts and
// slightly offset fragments stay on it.
func lineIndexes(runs []pdfRun, idx []int) [][]int {
	sort.SliceStable(idx, func(a, b int) bool { return runs[idx[a]].y > runs[idx[b]].y })
	var lines [][]int
	for i := 0; i < len(idx); {
		j := i + 1
		tol := math.Max(runs[idx[i]].size*0.4, 1)
		for j < len(idx) && math.Abs(runs[idx[j]].y-runs[idx[i]].y) <= tol {
			j++
		}
		line := idx[i:j:j]
		sort.SliceStable(line, func(a, b int) bool { return runs[line[a]].x < runs[line[b]].x })
		lines = append(lines, line)
		i = j
	}
	return lines
}

// joinRuns joins the runs of one line (left to right), putting a space where the
// gap between runs is wider than a fifth of the font size.
func joinRuns(line []pdfRun) (text string, size, left, right float64) {
	var sb strings.Builder
	for k, r := range line {
		size = math.Max(size, r.size)
		if k > 0 {
			prev := line[k-1]
			gap := r.x - (prev.x + prev.w)
			if gap > r.size*0.2 && !strings.HasSuffix(sb.String(), " ") && !strings.HasPrefix(r.s, " ") {
				sb.WriteByte(' ')
			}
		}
		sb.WriteString(r.s)
	}
	last := line[len(line)-1]
	return sb.String(), size, line[0].x, last.x + last.w
}

// runningLines finds running headers and footers in pages of lines and returns a
// test for line i (of n) of a page, with text t. See pdfLines for the rule; plain
// text split into pages by form feeds (pdftotext output) uses it too.
func runningLines(pages [][]string) func(t string, i, n int) bool {
	zone := func(i, n int) string {
		switch {
		case i < 3:
			return "top"
		case i >= n-3:
			return "bottom"
		}
		return ""
	}
	key := func(z, t string) string {
		return z + "\x00" + digitsRe.ReplaceAllString(Fold(t), "#")
	}
	count := map[string]int{}
	for _, lines := range pages {
		seen := map[string]bool{}
		for i, t := range lines {
			if z := zone(i, len(lines)); z != "" {
				k := key(z, t)
				if !seen[k] {
					seen[k] = true
					count[k]++
				}
			}
		}
	}
	return func(t string, i, n int) bool {
		z := zone(i, n)
		if z == "" {
			return false
		}
		if (i == 0 || i == n-1) && pageNumberRe.MatchString(strings.TrimSpace(t)) {
			return true
		}
		c := count[key(z, t)]
		return len(pages) >= 2 && c >= 2 && c*2 >= len(pages)
	}
}

// pageNumberRe matches running page numbers: "3", "- 3 -", "Page 3", "Page 3 of 12",
// "3/12", "p. 3", "Seite 3 von 12", "Page 3 sur 12".
var pageNumberRe = regexp.MustCompile(`(?i)^[-–—\s]*(?:(?:page|p\.|seite|pág\.?|pagina)\s*)?\d{1,4}(?:\s*(?:of|/|sur|von|de|di)\s*\d{1,4})?[-–—\s]*$`)

// digitsRe stands for every number in a running header, so "Page 3 of 12" on page 3
// and "Page 4 of 12" on page 4 count as the same line.
var digitsRe = regexp.MustCompile(`\d+`)

// pdfLines removes running headers and footers and turns rows into lines for
// groupLines, with paragraph breaks from vertical gaps.
//
// A row is a running header or footer when it is among the first three or last
// three rows of its page and the same text (numbers ignored) sits in that place on
// at least half of the pages (and at least two: alternating left and right headers
// each appear on half), or when it is a bare page number in the first or last row. Line numbers count every row, headers included, because that
// is what a reader counts on the page.
func pdfLines(pages [][]pdfRow) []srcLine {
	texts := make([][]string, len(pages))
	for p, rows := range pages {
		for _, r := range rows {
			texts[p] = append(texts[p], r.text)
		}
	}
	isRunning := runningLines(texts)
	running := func(rows []pdfRow, i int) bool { return isRunning(rows[i].text, i, len(rows)) }

	// Body font size and line spacing: the most common values among body rows
	// (running headers are often set smaller and would otherwise win).
	sizes := map[float64]int{}
	gaps := map[float64]int{}
	for _, rows := range pages {
		for i, r := range rows {
			if running(rows, i) {
				continue
			}
			sizes[math.Round(r.size*2)/2] += len(r.text)
			if i > 0 && !running(rows, i-1) {
				gaps[math.Round((rows[i-1].y-r.y)*2)/2]++
			}
		}
	}
	body, lineGap := mode(sizes), mode(gaps)
	full := fullMeasure(pages)
	// Heading sizes, largest first, give heading levels.
	headingSizes := map[float64]int{}
	var hs []float64
	for sz := range sizes {
		if body > 0 && sz >= body*1.15 {
			hs = append(hs, sz)
		}
	}
	sort.Sort(sort.Reverse(sort.Float64Slice(hs)))
	for i, sz := range hs {
		headingSizes[sz] = min(i+1, 6)
	}

	var out []srcLine
	// tableHead is the first row of the table being read: a table that runs onto
	// the next page repeats it there, and the repeat is dropped.
	tableHead := ""
	for p, rows := range pages {
		prevY, prevSize := math.NaN(), 0.0
		first := true
		for i, r := range rows {
			if running(rows, i) || strings.TrimSpace(r.text) == "" {
				continue
			}
			inTable := len(out) > 0 && out[len(out)-1].cells != nil
			if r.cells != nil && first && inTable && r.text == tableHead {
				continue
			}
			if r.cells != nil && !inTable {
				tableHead = r.text
			}
			l := srcLine{text: r.text, loc: doc.Loc{Page: p + 1, Line: r.line}}
			for _, c := range r.cells {
				var cell []cellLine
				for _, cl := range c {
					cell = append(cell, cellLine{text: cl.text, loc: doc.Loc{Page: p + 1, Line: cl.line}})
				}
				l.cells = append(l.cells, cell)
			}
			switch {
			case (first || r.colStart) && len(out) > 0:
				// A paragraph continues across the page (or column) break when this
				// line starts in lower case, or when the last line before the break
				// filled the measure without ending a sentence.
				last := out[len(out)-1]
				prev := strings.TrimSpace(last.text)
				cont := startsLower(strings.TrimSpace(r.text)) || (last.full && !endsSentence(prev))
				l.breakBefore = !cont
			case !first && lineGap > 0 && prevY-r.y > lineGap*1.4*math.Max(1, r.size/body):
				// Larger type is set with more leading: scale the expected gap.
				l.breakBefore = true
			case !first && math.Abs(r.size-prevSize) > 1:
				// A change of type size ends a paragraph (a header above the
				// body, a footnote below it).
				l.breakBefore = true
			}
			l.headingHint = body > 0 && r.size >= body*1.15 && len(r.text) < 120
			if l.headingHint {
				l.sizeLevel = headingSizes[math.Round(r.size*2)/2]
			}
			if next, ok := nextBodyRow(pages, p, i, running); ok {
				l.full = full(r, next)
			}
			out = append(out, l)
			prevY, prevSize = r.y, r.size
			first = false
		}
	}
	return out
}

// nextBodyRow returns the row after rows[i] of page p that is not a running header
// or footer, looking onto the next page if needed.
func nextBodyRow(pages [][]pdfRow, p, i int, running func([]pdfRow, int) bool) (pdfRow, bool) {
	for ; p < len(pages); p, i = p+1, -1 {
		rows := pages[p]
		for j := i + 1; j < len(rows); j++ {
			if !running(rows, j) && strings.TrimSpace(rows[j].text) != "" {
				return rows[j], true
			}
		}
	}
	return pdfRow{}, false
}

// fullMeasure returns a test for rows the typesetter wrapped: the next row's first
// word (its width estimated from its share of the row's characters) would not have
// fitted after the row before the right margin (see rightMargin).
func fullMeasure(pages [][]pdfRow) func(r, next pdfRow) bool {
	margin, n := rightMargin(pages...)
	if n < 5 {
		return func(pdfRow, pdfRow) bool { return false }
	}
	return func(r, next pdfRow) bool {
		words := strings.Fields(next.text)
		n := utf8.RuneCountInString(next.text)
		if len(words) == 0 || n == 0 {
			return false
		}
		wordW := (next.right - next.left) * float64(utf8.RuneCountInString(words[0])+1) / float64(n)
		// One em of slack for the estimate: a false "full" only matters where no
		// vertical gap already separates the blocks.
		m := margin
		if r.margin > 0 {
			m = r.margin
		}
		return r.right+wordW > m-r.size
	}
}

// mode returns the most frequent key (the smallest on ties, for determinism).
func mode(m map[float64]int) float64 {
	best, n := 0.0, 0
	for k, c := range m {
		if c > n || (c == n && k < best) {
			best, n = k, c
		}
	}
	return best
}
