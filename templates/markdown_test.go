package templates

import (
	"bytes"
	"html"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	gast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	east "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/text"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/samples"
)

// The assembled Markdown parses as intended with goldmark and GFM tables, the
// parser the renderer uses: every table is a table with the same number of cells
// in each row, no table row or template debris leaks into a paragraph, headings
// are where the skeleton puts them, clause markers produce no visible text, and
// escaped contract values read back as written.
func TestMarkdownParses(t *testing.T) {
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	for _, name := range samples.Examples {
		for _, lang := range clauses.Languages {
			c := withLang(loadSample(t, name), lang)
			src, err := Markdown(c, nil)
			if err != nil {
				t.Fatal(err)
			}
			doc := md.Parser().Parse(text.NewReader(src))
			var tables, h2 int
			err = gast.Walk(doc, func(n gast.Node, entering bool) (gast.WalkStatus, error) {
				if !entering {
					return gast.WalkContinue, nil
				}
				switch n := n.(type) {
				case *east.Table:
					tables++
					cols := len(n.Alignments)
					for row := n.FirstChild(); row != nil; row = row.NextSibling() {
						if row.ChildCount() != cols {
							t.Errorf("%s.%s: table row with %d cells, header has %d", name, lang, row.ChildCount(), cols)
						}
					}
				case *gast.Heading:
					if n.Level == 2 {
						h2++
					}
				case *gast.Paragraph:
					p := string(n.Lines().Value(src))
					if strings.HasPrefix(strings.TrimSpace(p), "|") || strings.Contains(p, "{{") || strings.Contains(p, "<!--") {
						t.Errorf("%s.%s: paragraph holds a table row or markup: %q", name, lang, p)
					}
				}
				return gast.WalkContinue, nil
			})
			if err != nil {
				t.Fatal(err)
			}
			// Annex I, Annex II, Annex IV, plus the transfers table when there are transfers.
			want := 3
			if len(c.Transfers) > 0 {
				want++
			}
			if tables != want {
				t.Errorf("%s.%s: %d tables, want %d", name, lang, tables, want)
			}
			// Three section headings, the numbered clauses, four annexes, signatures.
			if clausesN := bytes.Count(src, []byte("\n## Clause ")); h2 != 3+clausesN+4+1 {
				t.Errorf("%s.%s: %d level-2 headings, want %d", name, lang, h2, 3+clausesN+4+1)
			}

			var html bytes.Buffer
			if err := md.Convert(src, &html); err != nil {
				t.Fatal(err)
			}
			out := html.String()
			if strings.Contains(out, "clause:") || strings.Contains(out, "&lt;!--") {
				t.Errorf("%s.%s: clause markers visible in HTML", name, lang)
			}
			if !strings.Contains(out, c.Parties.Processor.Contact.Email) {
				t.Errorf("%s.%s: processor contact e-mail not rendered as written", name, lang)
			}
		}
	}
}

// Contract values that look like Markdown print as written, in running text and in
// table cells, and cannot break a table or start a list.
func TestMarkdownEscaping(t *testing.T) {
	c := *loadSample(t, "saas-crm")
	const name = "Acme *Holdings* | Data_Ops <b>Ltd</b> [EU]"
	c.Parties.Processor.Name = name
	c.Processing.Purposes = append([]string{"- 1. # not markup"}, c.Processing.Purposes...)
	src, err := Markdown(&c, nil)
	if err != nil {
		t.Fatal(err)
	}
	var html bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.Table)).Convert(src, &html); err != nil {
		t.Fatal(err)
	}
	out := html.String()
	escaped := "Acme *Holdings* | Data_Ops &lt;b&gt;Ltd&lt;/b&gt; [EU]"
	if got := strings.Count(out, escaped); got != 3 { // parties, Annex I, signature block
		t.Errorf("name printed as written %d times, want 3 (parties, Annex I, signatures)", got)
	}
	if !strings.Contains(out, "<li>- 1. # not markup</li>") {
		t.Error("a purpose that looks like list markup did not print as written")
	}
	checkClean(t, src)
}

// FuzzEscapeMarkdown: any contract value, escaped, renders through goldmark as
// exactly its own text - in running text and as a list item - and never as markup.
func FuzzEscapeMarkdown(f *testing.F) {
	for _, s := range []string{"Acme *Holdings* | Ltd", "# 1. - + > <b>", "data_protection@x.eu", "a\\b `c` [d](e) ![f](g)", "AT&T &copy; ~~x~~", "1) first", "***", "n°\u00a012 ; « x »"} {
		f.Add(s)
	}
	md := goldmark.New(goldmark.WithExtensions(extension.Table))
	f.Fuzz(func(t *testing.T, s string) {
		if !utf8.ValidString(s) || strings.ContainsFunc(s, func(r rune) bool { return unicode.IsControl(r) && r != '\n' && r != '\t' && r != '\r' }) {
			t.Skip("control characters and invalid UTF-8 are not contract text")
		}
		want := strings.Join(strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == '\n' || r == '\t' || r == '\r' }), " ")
		if strings.TrimSpace(want) != want || want == "" {
			t.Skip("values with surrounding Unicode spaces are trimmed by Markdown itself")
		}
		esc := clauses.EscapeMarkdown(s)
		for _, frame := range []struct{ pre, post, open, close string }{
			{"x ", "", "<p>x ", "</p>\n"},
			{"- ", "", "<ul>\n<li>", "</li>\n</ul>\n"},
			{"| a |\n|---|\n| ", " |", "<table>\n<thead>\n<tr>\n<th>a</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>", "</td>\n</tr>\n</tbody>\n</table>\n"},
		} {
			var out bytes.Buffer
			if err := md.Convert([]byte(frame.pre+esc+frame.post), &out); err != nil {
				t.Fatal(err)
			}
			got := out.String()
			if !strings.HasPrefix(got, frame.open) || !strings.HasSuffix(got, frame.close) {
				t.Fatalf("%q escaped as %q renders as markup: %q", s, esc, got)
			}
			inner := got[len(frame.open) : len(got)-len(frame.close)]
			if strings.Contains(inner, "<") || html.UnescapeString(inner) != want {
				t.Fatalf("%q escaped as %q renders as %q, want the text %q", s, esc, inner, want)
			}
		}
	})
}

// The French skeleton follows French typography: a no-break space before : ; ? !
// and inside guillemets.
func TestFrenchSkeletonTypography(t *testing.T) {
	src, err := skeletonFS.ReadFile("skeleton/fr.md.tmpl")
	if err != nil {
		t.Fatal(err)
	}
	for i, line := range strings.Split(string(src), "\n") {
		for _, bad := range []string{" :", " ;", " ?", " !", "« ", " »"} {
			if strings.Contains(line, bad) {
				t.Errorf("skeleton/fr.md.tmpl:%d: ordinary space in %q: %s", i+1, bad, line)
			}
		}
	}
}
