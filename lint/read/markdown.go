package read

import (
	"bytes"
	"html"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/dpatool/dpa/lint/doc"
)

var mdParser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough)).Parser()

type mdReader struct {
	src    []byte
	lines  lineIndex
	b      builder
	blocks []doc.Block
	sups   []doc.Suppression
}

// readMarkdown reads CommonMark with GFM tables. Front matter is blanked out (not
// cut) so line numbers still count it.
func readMarkdown(d *doc.Document, src []byte) error {
	src = blankFrontMatter(src)
	m := &mdReader{src: src, lines: newLineIndex(src)}
	root := mdParser.Parse(text.NewReader(src))
	m.walk(root, 0, false)
	d.Blocks, d.Suppressions = m.blocks, m.sups
	return nil
}

// blankFrontMatter replaces a leading YAML front matter block (--- ... --- or ...)
// with blank lines of the same length.
func blankFrontMatter(src []byte) []byte {
	rest := bytes.TrimLeft(src, " ")
	if !bytes.HasPrefix(rest, []byte("---\n")) && !bytes.HasPrefix(rest, []byte("---\r\n")) {
		return src
	}
	off := bytes.IndexByte(src, '\n') + 1
	for off < len(src) {
		end := bytes.IndexByte(src[off:], '\n')
		line := src[off:]
		if end >= 0 {
			line = src[off : off+end]
		}
		l := string(bytes.TrimRight(line, " \r"))
		if l == "---" || l == "..." {
			stop := off + len(line)
			out := append([]byte(nil), src...)
			for i := 0; i < stop; i++ {
				if out[i] != '\n' {
					out[i] = ' '
				}
			}
			return out
		}
		if end < 0 {
			break
		}
		off += end + 1
	}
	return src // unterminated: a thematic break, not front matter
}

func (m *mdReader) loc(off int) doc.Loc { return doc.Loc{Line: m.lines.line(off)} }

// walk visits block nodes; depth is the list nesting, inItem whether the paragraph
// belongs to a list item.
func (m *mdReader) walk(n ast.Node, depth int, inItem bool) {
	switch n := n.(type) {
	case *ast.Heading:
		m.emit(n, doc.Heading, n.Level)
		return
	case *ast.Paragraph, *ast.TextBlock:
		if inItem {
			m.emit(n, doc.ListItem, depth)
		} else {
			m.emit(n, doc.Paragraph, 0)
		}
		return
	case *ast.List:
		depth++
	case *ast.ListItem:
		inItem = true
	case *ast.Blockquote:
		inItem = false
	case *east.TableHeader, *east.TableRow:
		m.row(n)
		return
	case *ast.FencedCodeBlock, *ast.CodeBlock:
		m.code(n)
		return
	case *ast.HTMLBlock:
		m.htmlBlock(n)
		return
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		m.walk(c, depth, inItem)
	}
}

func (m *mdReader) emit(n ast.Node, kind doc.Kind, level int) {
	if n.Lines().Len() > 0 {
		m.b.cur = m.loc(n.Lines().At(0).Start)
	}
	m.inline(n)
	if !m.b.empty() {
		m.blocks = append(m.blocks, m.b.block(kind, level))
	}
	m.b.reset()
}

func (m *mdReader) row(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if c != n.FirstChild() && !m.b.empty() {
			m.b.addHere(" | ")
		}
		m.inline(c)
	}
	if !m.b.empty() {
		m.blocks = append(m.blocks, m.b.block(doc.TableRow, 0))
	}
	m.b.reset()
}

// code reads a fenced or indented code block as one paragraph, except the tables
// laid out with spaces in it (plain text pasted into Markdown keeps its layout
// there), whose rows become table rows as in plain text.
func (m *mdReader) code(n ast.Node) {
	lines := n.Lines()
	var src []srcLine
	blank := false
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		t := strings.TrimRight(string(seg.Value(m.src)), "\r\n")
		if isBlank(t) {
			blank = true
			continue
		}
		src = append(src, srcLine{text: t, loc: m.loc(seg.Start), breakBefore: blank})
		blank = false
	}
	flush := func() {
		if !m.b.empty() {
			m.blocks = append(m.blocks, m.b.block(doc.Paragraph, 0))
		}
		m.b.reset()
	}
	for _, l := range alignTables(src) {
		if l.cells == nil {
			m.b.add(l.text, l.loc)
			continue
		}
		flush()
		m.b.addCells(l.cells)
		if !m.b.empty() {
			m.blocks = append(m.blocks, m.b.block(doc.TableRow, 0))
		}
		m.b.reset()
	}
	flush()
}

// htmlBlock reads raw HTML inside Markdown with the HTML reader, keeping the
// Markdown file's line numbers.
func (m *mdReader) htmlBlock(n *ast.HTMLBlock) {
	lines := n.Lines()
	if lines.Len() == 0 {
		return
	}
	start, end := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	if n.HasClosure() {
		end = n.ClosureLine.Stop
	}
	h := &htmlReader{src: m.src, lines: m.lines}
	_ = h.read(start, end) // the tokenizer only fails on I/O, and this reads memory
	m.blocks = append(m.blocks, h.blocks...)
	m.sups = append(m.sups, h.sups...)
}

// inline appends the text of n's inline children to the builder, markup stripped.
func (m *mdReader) inline(n ast.Node) {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			v := c.Segment.Value(m.src)
			if !c.IsRaw() {
				v = []byte(html.UnescapeString(string(util.UnescapePunctuations(v))))
			}
			m.b.add(string(v), m.loc(c.Segment.Start))
			if c.SoftLineBreak() || c.HardLineBreak() {
				m.b.breakSpace()
			}
		case *ast.String:
			m.b.addHere(string(c.Value))
		case *ast.AutoLink:
			m.b.addHere(string(c.Label(m.src)))
		case *ast.RawHTML:
			m.rawHTML(c)
		default:
			m.inline(c)
		}
	}
}

func (m *mdReader) rawHTML(n *ast.RawHTML) {
	if n.Segments.Len() == 0 {
		return
	}
	raw := string(n.Segments.Value(m.src))
	if strings.HasPrefix(raw, "<!--") {
		m.sups = append(m.sups, parseSuppressions(raw, m.loc(n.Segments.At(0).Start))...)
		return
	}
	tag := strings.ToLower(strings.TrimLeft(raw, "</"))
	if strings.HasPrefix(tag, "br") {
		m.b.breakSpace()
	}
}
