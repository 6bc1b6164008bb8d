package render

import (
	"regexp"

	"github.com/yuin/goldmark/ast"
)

// kindSignature is the node kind of a signature block: the lines one party signs
// (its name in bold, then name, title, date and a "Signature: ____" line). Both
// renderers keep such a block on one page, so no party signs below a page break
// with its name on the page before.
var kindSignature = ast.NewNodeKind("Signature")

type signatureBlock struct{ ast.BaseBlock }

func (n *signatureBlock) Kind() ast.NodeKind { return kindSignature }

func (n *signatureBlock) Dump(src []byte, level int) { ast.DumpHelper(n, src, level, nil, nil) }

// signatureLine matches a blank to sign on: three or more underscores.
var signatureLine = regexp.MustCompile(`_{3,}`)

// maxSignatureBlock bounds how far back from a signature line a block reaches.
const maxSignatureBlock = 6

// groupSignatures wraps each signature block among doc's top-level children in a
// signatureBlock node. A block ends with a paragraph holding a signature line and
// starts at the nearest earlier paragraph that is entirely bold (the party's
// name), or at the first of the consecutive paragraphs before the line.
func groupSignatures(doc ast.Node, src []byte) {
	var ends []ast.Node
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		if p, ok := c.(*ast.Paragraph); ok && signatureLine.MatchString(plainText(p, src)) {
			ends = append(ends, c)
		}
	}
	for _, end := range ends {
		if end.Parent() != doc {
			continue // already moved into an earlier block
		}
		start := end
		var boldStart ast.Node
		for p, n := end.PreviousSibling(), 1; p != nil && n < maxSignatureBlock; p, n = p.PreviousSibling(), n+1 {
			if _, ok := p.(*ast.Paragraph); !ok || signatureLine.MatchString(plainText(p, src)) {
				break
			}
			start = p
			if allBold(p) {
				boldStart = p
				break
			}
		}
		if boldStart != nil {
			start = boldStart
		}
		blk := &signatureBlock{}
		doc.InsertBefore(doc, start, blk)
		for n := start; ; {
			next := n.NextSibling()
			doc.RemoveChild(doc, n)
			blk.AppendChild(blk, n)
			if n == end {
				break
			}
			n = next
		}
	}
}

// allBold reports whether paragraph p is one strong emphasis and nothing else.
func allBold(p ast.Node) bool {
	c := p.FirstChild()
	e, ok := c.(*ast.Emphasis)
	return ok && e.Level == 2 && c.NextSibling() == nil
}
