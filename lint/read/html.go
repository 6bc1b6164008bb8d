package read

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"

	"golang.org/x/net/html"

	"github.com/dpatool/dpa/lint/doc"
)

// lineIndex converts byte offsets to 1-based line numbers.
type lineIndex []int

func newLineIndex(src []byte) lineIndex {
	li := lineIndex{0}
	for i, c := range src {
		if c == '\n' {
			li = append(li, i+1)
		}
	}
	return li
}

func (li lineIndex) line(off int) int {
	return sort.Search(len(li), func(i int) bool { return li[i] > off })
}

// ignoredHTML elements hold no contract text.
var ignoredHTML = map[string]bool{
	"script": true, "style": true, "nav": true, "head": true, "template": true,
	"noscript": true, "svg": true, "select": true, "iframe": true, "object": true,
}

// blockHTML elements end the text before them and start a new block.
var blockHTML = map[string]bool{
	"p": true, "div": true, "li": true, "dt": true, "dd": true, "blockquote": true,
	"h1": true, "h2": true, "h3": true, "h4": true, "h5": true, "h6": true,
	"tr": true, "td": true, "th": true, "table": true, "thead": true, "tbody": true, "tfoot": true,
	"ul": true, "ol": true, "dl": true, "section": true, "article": true, "header": true,
	"footer": true, "main": true, "aside": true, "pre": true, "caption": true, "figure": true,
	"figcaption": true, "address": true, "body": true, "html": true, "form": true, "hr": true,
	"center": true, "details": true, "summary": true, "fieldset": true, "legend": true,
}

type htmlCtx struct {
	name  string
	kind  doc.Kind
	level int
}

type htmlReader struct {
	src    []byte
	lines  lineIndex
	b      builder
	blocks []doc.Block
	sups   []doc.Suppression
	stack  []htmlCtx
	skip   int
	lists  int
	cells  int // cells seen in the current table row
	// dt: a <dt> has ended and its text waits for its <dd>: a definition list is
	// a list of labels and values, read like a label table ("Duration | The term").
	dt bool
}

func readHTMLDoc(d *doc.Document, src []byte) error {
	h := &htmlReader{src: src, lines: newLineIndex(src)}
	if err := h.read(0, len(src)); err != nil {
		return err
	}
	d.Blocks, d.Suppressions = h.blocks, h.sups
	return nil
}

func (h *htmlReader) top() htmlCtx {
	if len(h.stack) == 0 {
		return htmlCtx{kind: doc.Paragraph}
	}
	return h.stack[len(h.stack)-1]
}

func (h *htmlReader) inRow() bool {
	for i := len(h.stack) - 1; i >= 0; i-- {
		switch h.stack[i].name {
		case "tr":
			return true
		case "table":
			return false
		}
	}
	return false
}

func (h *htmlReader) flush() {
	if h.b.empty() {
		return
	}
	c := h.top()
	if h.inRow() {
		c = htmlCtx{kind: doc.TableRow}
	}
	h.blocks = append(h.blocks, h.b.block(c.kind, c.level))
}

// read reads src[start:end]; positions are reported in the whole of src, so an HTML
// block inside a Markdown file gets the Markdown file's line numbers.
func (h *htmlReader) read(start, end int) error {
	z := html.NewTokenizer(bytes.NewReader(h.src[start:end]))
	z.SetMaxBuf(MaxSize)
	pos := start
	for {
		tt := z.Next()
		raw := z.Raw()
		tokStart := pos
		pos += len(raw)
		switch tt {
		case html.ErrorToken:
			if err := z.Err(); err != nil && !errors.Is(err, io.EOF) {
				return fmt.Errorf("line %d: html: %w", h.lines.line(tokStart), err)
			}
			h.flush()
			return nil
		case html.TextToken:
			if h.skip > 0 {
				continue
			}
			h.text(raw, tokStart)
		case html.CommentToken:
			h.sups = append(h.sups, parseSuppressions(string(z.Text()), doc.Loc{Line: h.lines.line(tokStart)})...)
		case html.StartTagToken, html.SelfClosingTagToken:
			name, _ := z.TagName()
			h.start(string(name), tt == html.SelfClosingTagToken)
		case html.EndTagToken:
			name, _ := z.TagName()
			h.end(string(name))
		}
	}
}

// text adds a text token line by line so every line keeps its own number.
func (h *htmlReader) text(raw []byte, off int) {
	for len(raw) > 0 {
		piece := raw
		if i := bytes.IndexByte(raw, '\n'); i >= 0 {
			piece = raw[:i+1]
		}
		if strings.TrimSpace(string(piece)) != "" {
			lead := len(piece) - len(bytes.TrimLeft(piece, " \t\r\n"))
			h.b.add(html.UnescapeString(string(piece)), doc.Loc{Line: h.lines.line(off + lead)})
		} else {
			h.b.breakSpace()
		}
		off += len(piece)
		raw = raw[len(piece):]
	}
}

func (h *htmlReader) start(name string, selfClosing bool) {
	if ignoredHTML[name] {
		if !selfClosing {
			h.skip++
		}
		return
	}
	if h.skip > 0 {
		return
	}
	switch name {
	case "br", "wbr":
		h.b.breakSpace()
		return
	case "img", "input", "meta", "link", "col", "area", "source", "embed", "param", "track":
		return
	}
	if !blockHTML[name] {
		return
	}
	if h.dt {
		h.dt = false
		if name == "dd" && !h.b.empty() {
			h.b.addHere(" | ")
			if !selfClosing {
				h.stack = append(h.stack, htmlCtx{name: name, kind: doc.TableRow})
			}
			return
		}
	}
	if name == "td" || name == "th" {
		if h.inRow() {
			h.closeTo(name, "tr")
			if h.cells > 0 && !h.b.empty() {
				h.b.addHere(" | ")
			}
			h.cells++
			if !selfClosing {
				h.stack = append(h.stack, htmlCtx{name: name, kind: doc.TableRow})
			}
			return
		}
	}
	if h.inRow() && name != "tr" && name != "table" {
		// A paragraph or div inside a cell stays in the row's block.
		h.b.breakSpace()
		if !selfClosing {
			h.stack = append(h.stack, htmlCtx{name: name, kind: doc.TableRow})
		}
		return
	}
	h.flush()
	// Implied end tags: a new <p> closes an open <p>, a new <li> an open <li>.
	switch name {
	case "p", "li", "dt", "dd", "tr":
		h.closeTo(name, map[string]string{"p": "div", "li": "ul", "dt": "dl", "dd": "dl", "tr": "table"}[name])
	}
	c := htmlCtx{name: name, kind: doc.Paragraph}
	if name == "p" || name == "div" {
		// <li><p>text</p></li> (a loose list) is still a list item.
		if top := h.top(); top.kind == doc.ListItem {
			c.kind, c.level = top.kind, top.level
		}
	}
	switch name {
	case "h1", "h2", "h3", "h4", "h5", "h6":
		c.kind, c.level = doc.Heading, int(name[1]-'0')
	case "li":
		c.kind, c.level = doc.ListItem, max(h.lists, 1)
	case "ul", "ol":
		h.lists++
	case "tr":
		c.kind = doc.TableRow
		h.cells = 0
	}
	if name == "hr" || selfClosing {
		return
	}
	h.stack = append(h.stack, c)
}

// closeTo pops an open element called name if it is open below the nearest boundary
// element (so <p>a<p>b is two paragraphs, while a <p> inside a <div> stays nested).
func (h *htmlReader) closeTo(name, boundary string) {
	for i := len(h.stack) - 1; i >= 0; i-- {
		switch h.stack[i].name {
		case name:
			h.popTo(i)
			return
		case boundary, "ul", "ol", "table", "div", "body", "blockquote":
			if h.stack[i].name != name {
				return
			}
		}
	}
}

func (h *htmlReader) popTo(i int) {
	for j := len(h.stack) - 1; j >= i; j-- {
		if n := h.stack[j].name; n == "ul" || n == "ol" {
			h.lists--
		}
	}
	h.stack = h.stack[:i]
}

func (h *htmlReader) end(name string) {
	if ignoredHTML[name] {
		if h.skip > 0 {
			h.skip--
		}
		return
	}
	if h.skip > 0 || !blockHTML[name] {
		return
	}
	idx := -1
	for i := len(h.stack) - 1; i >= 0; i-- {
		if h.stack[i].name == name {
			idx = i
			break
		}
	}
	if idx < 0 {
		return
	}
	if (name == "td" || name == "th") || (h.inRow() && name != "tr" && name != "table") {
		h.b.breakSpace()
		h.popTo(idx)
		return
	}
	if name == "dt" && !h.b.empty() {
		h.popTo(idx)
		h.dt = true
		return
	}
	h.dt = false
	h.flush()
	h.popTo(idx)
}
