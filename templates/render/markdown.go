// Package render turns a contract's Markdown into a standalone HTML page or an A4
// PDF. Both outputs come from one goldmark parse, so the two never disagree about
// the structure of the document.
package render

import (
	"bytes"
	"regexp"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// newMarkdown returns the one goldmark configuration used for both outputs: GFM
// tables and nothing else. The typographer stays off on purpose: a contract's
// quotes and dashes are printed exactly as written.
func newMarkdown(extra ...goldmark.Option) goldmark.Markdown {
	opts := append([]goldmark.Option{goldmark.WithExtensions(extension.Table)}, extra...)
	return goldmark.New(opts...)
}

// parse returns the document's AST.
func parse(md []byte) ast.Node {
	return newMarkdown().Parser().Parse(textReader(md))
}

// clauseComment matches the markers the clause assembler puts around each clause
// (<!-- clause: ID --> and <!-- /clause -->). They are kept in HTML output, where
// they are invisible and let a reader trace text back to the library; any other
// raw HTML in the Markdown is dropped.
var clauseComment = regexp.MustCompile(`^<!--\s*(clause:\s*[A-Za-z0-9_.-]+|/clause)\s*-->$`)

// plainText concatenates the text under n, the way a reader sees it.
func plainText(n ast.Node, src []byte) string {
	var b []byte
	_ = ast.Walk(n, func(c ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch t := c.(type) {
		case *ast.Text:
			if _, code := t.Parent().(*ast.CodeSpan); code {
				b = append(b, t.Value(src)...)
			} else {
				b = append(b, unescape(t.Value(src))...)
			}
			if t.SoftLineBreak() || t.HardLineBreak() {
				b = append(b, ' ')
			}
		case *ast.String:
			b = append(b, t.Value...)
		case *ast.AutoLink:
			b = append(b, t.Label(src)...)
		}
		return ast.WalkContinue, nil
	})
	return string(b)
}

// firstHeading returns the text of the first level-1 heading, or "".
func firstHeading(doc ast.Node, src []byte) string {
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		if h, ok := c.(*ast.Heading); ok && h.Level == 1 {
			return plainText(h, src)
		}
	}
	return ""
}

// unescape resolves backslash escapes and character references in a text
// segment, as goldmark's HTML writer does when it prints one: "end\_of" is
// printed "end_of", "&amp;" is "&".
func unescape(b []byte) []byte {
	if bytes.IndexByte(b, '\\') < 0 && bytes.IndexByte(b, '&') < 0 {
		return b
	}
	return util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(b)))
}

func textReader(md []byte) text.Reader { return text.NewReader(md) }
