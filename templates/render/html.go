package render

import (
	"bytes"
	"fmt"
	"html"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/renderer"
	"github.com/yuin/goldmark/util"
)

// HTMLOptions controls HTML output.
type HTMLOptions struct {
	// Lang is the document language for the lang attribute ("en", "fr"); empty
	// means "en".
	Lang string
	// Title is the page title; empty means the first level-1 heading.
	Title string
	// Fragment returns only the body content, for embedding in another page.
	Fragment bool
}

// HTML renders md as a standalone HTML page with embedded print CSS, or as a
// fragment. The output depends only on md and opt.
func HTML(md []byte, opt HTMLOptions) ([]byte, error) {
	gm := newMarkdown(goldmark.WithRendererOptions(
		renderer.WithNodeRenderers(util.Prioritized(rawHTMLRenderer{}, 100)),
	))
	doc := gm.Parser().Parse(textReader(md))
	groupSignatures(doc, md)
	var body bytes.Buffer
	if err := gm.Renderer().Render(&body, md, doc); err != nil {
		return nil, fmt.Errorf("render html: %w", err)
	}
	if opt.Fragment {
		return body.Bytes(), nil
	}
	lang := opt.Lang
	if lang == "" {
		lang = "en"
	}
	title := opt.Title
	if title == "" {
		title = firstHeading(doc, md)
	}
	if title == "" {
		title = "Data processing agreement"
	}
	var b bytes.Buffer
	b.Grow(body.Len() + len(printCSS) + 256)
	fmt.Fprintf(&b, "<!doctype html>\n<html lang=\"%s\">\n<head>\n<meta charset=\"utf-8\">\n", html.EscapeString(lang))
	b.WriteString("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
	b.WriteString("<meta name=\"generator\" content=\"dpa\">\n")
	fmt.Fprintf(&b, "<title>%s</title>\n<style>\n%s</style>\n</head>\n<body>\n<main>\n", html.EscapeString(title), printCSS)
	b.Write(body.Bytes())
	b.WriteString("</main>\n</body>\n</html>\n")
	return b.Bytes(), nil
}

// printCSS lays the page out like the PDF: A4, serif, justified, bordered tables
// that are not split across pages, headings kept with what follows them.
const printCSS = `@page { size: A4; margin: 25mm 22mm 22mm 22mm; }
html { font-family: "Times New Roman", Georgia, "DejaVu Serif", serif; font-size: 11pt; line-height: 1.4; color: #111; }
body { margin: 0; }
main { max-width: 46em; margin: 2em auto; padding: 0 1em; }
@media print { main { max-width: none; margin: 0; padding: 0; } }
h1 { font-size: 1.7em; text-align: center; margin: 0 0 1em; }
h2 { font-size: 1.25em; margin: 1.6em 0 0.5em; }
h3 { font-size: 1.05em; margin: 1.2em 0 0.4em; }
h1, h2, h3, h4, h5, h6 { page-break-after: avoid; break-after: avoid; }
p, li { text-align: justify; hyphens: auto; orphans: 2; widows: 2; }
ul, ol { padding-left: 1.6em; }
table { border-collapse: collapse; width: 100%; margin: 0.8em 0; font-size: 0.92em; page-break-inside: avoid; break-inside: avoid; }
th, td { border: 1px solid #444; padding: 0.3em 0.5em; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
th { background: #eee; }
thead { display: table-header-group; }
tr { page-break-inside: avoid; break-inside: avoid; }
code { font-family: "Go Mono", "DejaVu Sans Mono", monospace; font-size: 0.9em; }
hr { border: 0; border-top: 1px solid #444; margin: 1.5em 0; }
.signature { page-break-inside: avoid; break-inside: avoid; margin-top: 1.5em; }
.signature p { text-align: left; margin: 0.3em 0; }
`

// rawHTMLRenderer replaces goldmark's handling of raw HTML: clause markers are
// kept as comments (invisible), everything else is dropped. Dropping, not
// escaping, keeps stray markup out of a contract without printing it as text.
type rawHTMLRenderer struct{}

func (rawHTMLRenderer) RegisterFuncs(reg renderer.NodeRendererFuncRegisterer) {
	reg.Register(ast.KindHTMLBlock, renderHTMLBlock)
	reg.Register(ast.KindRawHTML, renderRawHTML)
	reg.Register(kindSignature, renderSignature)
}

func renderSignature(w util.BufWriter, _ []byte, _ ast.Node, entering bool) (ast.WalkStatus, error) {
	if entering {
		_, _ = w.WriteString("<div class=\"signature\">\n")
	} else {
		_, _ = w.WriteString("</div>\n")
	}
	return ast.WalkContinue, nil
}

func renderHTMLBlock(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkContinue, nil
	}
	b := n.(*ast.HTMLBlock)
	var raw strings.Builder
	lines := b.Lines()
	for i := 0; i < lines.Len(); i++ {
		seg := lines.At(i)
		raw.Write(seg.Value(src))
	}
	if b.HasClosure() {
		raw.Write(b.ClosureLine.Value(src))
	}
	if s := strings.TrimSpace(raw.String()); clauseComment.MatchString(s) {
		_, _ = w.WriteString(s + "\n")
	}
	return ast.WalkSkipChildren, nil
}

func renderRawHTML(w util.BufWriter, src []byte, n ast.Node, entering bool) (ast.WalkStatus, error) {
	if !entering {
		return ast.WalkSkipChildren, nil
	}
	r := n.(*ast.RawHTML)
	var raw strings.Builder
	for i := 0; i < r.Segments.Len(); i++ {
		seg := r.Segments.At(i)
		raw.Write(seg.Value(src))
	}
	if s := raw.String(); clauseComment.MatchString(s) {
		_, _ = w.WriteString(s)
	}
	return ast.WalkSkipChildren, nil
}
