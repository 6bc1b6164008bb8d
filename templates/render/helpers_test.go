package render

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/ledongthuc/pdf"
	"github.com/yuin/goldmark/ast"
	east "github.com/yuin/goldmark/extension/ast"
)

var update = flag.Bool("update", false, "rewrite testdata/golden from actual output")

// sample is a Markdown contract used by the tests: the clause engineer's golden
// Markdown for every sample contract (both languages), and our own fixtures.
type sample struct {
	name string // e.g. "payroll.fr"
	lang string
	md   []byte
}

// mdSamples returns the assembled sample contracts from ../testdata/golden (written
// by the templates package tests) followed by this package's fixtures.
func mdSamples(t testing.TB) []sample {
	t.Helper()
	var out []sample
	for _, dir := range []string{filepath.Join("..", "testdata", "golden"), filepath.Join("testdata", "fixtures")} {
		files, err := filepath.Glob(filepath.Join(dir, "*.md"))
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(files)
		for _, f := range files {
			md, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			name := strings.TrimSuffix(filepath.Base(f), ".md")
			lang := "en"
			if strings.HasSuffix(name, ".fr") {
				lang = "fr"
			}
			out = append(out, sample{name: name, lang: lang, md: md})
		}
	}
	if len(out) < 8 {
		t.Fatalf("found %d sample Markdown files, want the 6 assembled samples and the fixtures", len(out))
	}
	return out
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file; review and run go test -update", name)
	}
}

// pdfPage is the text of one PDF page as extracted by a PDF reader.
type pdfPage struct {
	text  string     // rows top to bottom, words separated by single spaces
	texts []pdf.Text // every glyph run, with position and size
}

var spaces = regexp.MustCompile(`\s+`)

// readPDF parses data with github.com/ledongthuc/pdf, a reader independent of
// the writer, and returns the text of each page.
func readPDF(t testing.TB, data []byte) []pdfPage {
	t.Helper()
	r, err := pdf.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("parse PDF: %v", err)
	}
	var pages []pdfPage
	for i := 1; i <= r.NumPage(); i++ {
		p := r.Page(i)
		texts := p.Content().Text
		// Group glyphs into rows by baseline, top row first, then left to right.
		sorted := append([]pdf.Text(nil), texts...)
		sort.SliceStable(sorted, func(a, b int) bool {
			if d := sorted[a].Y - sorted[b].Y; d > 0.5 || d < -0.5 {
				return sorted[a].Y > sorted[b].Y
			}
			return sorted[a].X < sorted[b].X
		})
		var b strings.Builder
		lastY := -1.0
		for _, tx := range sorted {
			if lastY >= 0 && (tx.Y-lastY > 0.5 || lastY-tx.Y > 0.5) {
				b.WriteByte('\n')
			}
			lastY = tx.Y
			b.WriteString(tx.S)
		}
		pages = append(pages, pdfPage{text: b.String(), texts: texts})
	}
	return pages
}

// flat joins the pages' text with whitespace normalised, for substring checks.
func flat(pages []pdfPage) string {
	var b strings.Builder
	for _, p := range pages {
		b.WriteString(p.text)
		b.WriteByte('\n')
	}
	return strings.TrimSpace(spaces.ReplaceAllString(strings.ReplaceAll(b.String(), "\u00a0", " "), " "))
}

// headings returns the text of every heading of md.
func headings(md []byte) []string {
	doc := parse(md)
	var out []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if h, ok := n.(*ast.Heading); ok && entering {
			out = append(out, plainText(h, md))
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
	return out
}

// clauseStarts returns, for each <!-- clause: ID --> marker, the id and the
// first words of the text that follows it.
func clauseStarts(md []byte, words int) map[string]string {
	doc := parse(md)
	out := map[string]string{}
	for c := doc.FirstChild(); c != nil; c = c.NextSibling() {
		hb, ok := c.(*ast.HTMLBlock)
		if !ok {
			continue
		}
		m := regexp.MustCompile(`clause:\s*([A-Za-z0-9_.-]+)`).FindStringSubmatch(string(hb.Lines().Value(md)))
		if m == nil {
			continue
		}
		for n := c.NextSibling(); n != nil; n = n.NextSibling() {
			if _, isHTML := n.(*ast.HTMLBlock); isHTML {
				break
			}
			src := n
			limit := words
			if _, isTable := n.(*east.Table); isTable {
				// Cells that wrap interleave in extracted text: check the first cell.
				src, limit = n.FirstChild().FirstChild(), 2
			}
			txt := strings.Fields(strings.ReplaceAll(plainText(src, md), "\u00a0", " "))
			if len(txt) == 0 {
				continue
			}
			// Signature blanks are drawn as rules, not printed as underscores.
			var keep []string
			for _, w := range txt {
				if !strings.Contains(w, "___") {
					keep = append(keep, w)
				}
			}
			out[m[1]] = strings.Join(keep[:min(limit, len(keep))], " ")
			break
		}
	}
	return out
}
