package render

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestHTMLGolden renders every sample contract (both languages) and fixture to a
// standalone page and compares it with testdata/golden/NAME.html. The Markdown
// input is kept beside it as NAME.md, so that a later change to the clause
// library does not break this package's golden test: go test -update copies the
// current assembled Markdown and rewrites both after review.
func TestHTMLGolden(t *testing.T) {
	if *update {
		for _, s := range mdSamples(t) {
			if err := os.WriteFile(filepath.Join("testdata", "golden", s.name+".md"), s.md, 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	files, err := filepath.Glob(filepath.Join("testdata", "golden", "*.md"))
	if err != nil || len(files) < 8 {
		t.Fatalf("want the 6 samples and 2 fixtures in testdata/golden, found %d (%v)", len(files), err)
	}
	for _, f := range files {
		name := strings.TrimSuffix(filepath.Base(f), ".md")
		t.Run(name, func(t *testing.T) {
			md, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			s := sample{name: name, lang: "en", md: md}
			if strings.HasSuffix(name, ".fr") {
				s.lang = "fr"
			}
			got, err := HTML(s.md, HTMLOptions{Lang: s.lang})
			if err != nil {
				t.Fatal(err)
			}
			golden(t, s.name+".html", got)
			again, err := HTML(s.md, HTMLOptions{Lang: s.lang})
			if err != nil || !bytes.Equal(got, again) {
				t.Errorf("second rendering differs from the first (err %v)", err)
			}
			checkPage(t, got, s)
		})
	}
}

// TestHTMLCurrentSamples checks the pages of the samples as the clause library
// assembles them today (not frozen): what a reader sees, never the markup.
func TestHTMLCurrentSamples(t *testing.T) {
	for _, s := range mdSamples(t) {
		t.Run(s.name, func(t *testing.T) {
			got, err := HTML(s.md, HTMLOptions{Lang: s.lang})
			if err != nil {
				t.Fatal(err)
			}
			checkPage(t, got, s)
		})
	}
}

// checkPage parses the page with an HTML5 parser and checks what a reader sees.
func checkPage(t *testing.T, page []byte, s sample) {
	t.Helper()
	doc, err := html.Parse(bytes.NewReader(page))
	if err != nil {
		t.Fatalf("parse page: %v", err)
	}
	var visible strings.Builder
	var lang, title string
	var walk func(n *html.Node, hidden bool)
	walk = func(n *html.Node, hidden bool) {
		switch {
		case n.Type == html.ElementNode && n.Data == "html":
			for _, a := range n.Attr {
				if a.Key == "lang" {
					lang = a.Val
				}
			}
		case n.Type == html.ElementNode && n.Data == "title":
			title = n.FirstChild.Data
		case n.Type == html.ElementNode && (n.Data == "style" || n.Data == "head"):
			hidden = true
		case n.Type == html.TextNode && !hidden:
			visible.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, hidden)
		}
	}
	walk(doc, false)
	if lang != s.lang {
		t.Errorf("lang = %q, want %q", lang, s.lang)
	}
	if h := headings(s.md); len(h) == 0 || title != h[0] {
		t.Errorf("title = %q, want the first heading", title)
	}
	text := visible.String()
	for _, bad := range []string{"<!--", "-->", "clause:", "raw html", "raw HTML omitted"} {
		if strings.Contains(text, bad) {
			t.Errorf("visible text contains %q", bad)
		}
	}
	norm := spaces.ReplaceAllString(text, " ")
	for _, h := range headings(s.md) {
		if !strings.Contains(norm, spaces.ReplaceAllString(h, " ")) {
			t.Errorf("heading %q not in the page", h)
		}
	}
}

func TestHTMLOptionsAndMarkup(t *testing.T) {
	md := []byte("# T & co\n\n<!-- clause: x -->\n\nSome *text* with <b>inline</b> HTML <!-- clause: y --> and <!-- secret -->.\n\n<!-- /clause -->\n\n<script>alert(1)</script>\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n**For the Controller: A**\n\nName: X\n\nSignature: ____\n")
	tests := []struct {
		name    string
		opt     HTMLOptions
		want    []string
		notWant []string
	}{
		{"page", HTMLOptions{}, []string{
			"<!doctype html>", `<html lang="en">`, "<title>T &amp; co</title>", "size: A4", "text-align: justify",
			"page-break-inside: avoid", "page-break-after: avoid", "<table>", "<th>a</th>",
			"<!-- clause: x -->", "<!-- /clause -->", "<!-- clause: y -->", `<div class="signature">`,
		}, []string{"<script>", "alert", "secret", "raw HTML omitted", "<b>"}},
		{"french", HTMLOptions{Lang: "fr", Title: "Accord"}, []string{`<html lang="fr">`, "<title>Accord</title>"}, nil},
		{"fragment", HTMLOptions{Fragment: true}, []string{"<h1>T &amp; co</h1>", "<em>text</em>"}, []string{"<!doctype", "<html", "<style"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := HTML(md, tt.opt)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range tt.want {
				if !bytes.Contains(got, []byte(w)) {
					t.Errorf("output lacks %q", w)
				}
			}
			for _, w := range tt.notWant {
				if bytes.Contains(got, []byte(w)) {
					t.Errorf("output contains %q", w)
				}
			}
		})
	}
}

// TestHTMLKeepsTextAsWritten checks that the typographer is off: straight
// quotes and double hyphens stay as written.
func TestHTMLKeepsTextAsWritten(t *testing.T) {
	got, err := HTML([]byte(`He said "yes" -- and 'no'...`), HTMLOptions{Fragment: true})
	if err != nil {
		t.Fatal(err)
	}
	if want := `<p>He said &quot;yes&quot; -- and 'no'...</p>`; !strings.Contains(string(got), want) {
		t.Errorf("got %s, want %s", got, want)
	}
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

func FuzzHTML(f *testing.F) {
	for _, s := range mdSamples(f) {
		f.Add(s.md)
	}
	f.Add([]byte("<!-- clause: x --> <script>x</script>\n\n|a|\n|-|\n|<!-- y -->|"))
	f.Fuzz(func(t *testing.T, md []byte) {
		got, err := HTML(md, HTMLOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.HasPrefix(got, []byte("<!doctype html>\n")) {
			t.Fatal("page does not start with a doctype")
		}
		for _, tag := range tagRE.FindAll(got, -1) {
			if bytes.HasPrefix(bytes.ToLower(tag), []byte("<script")) {
				t.Fatalf("raw HTML passed through: %s", tag)
			}
		}
	})
}
