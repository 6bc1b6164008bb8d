package lint

import (
	"regexp"
	"strings"

	"github.com/dpatool/dpa/lint/doc"
)

// splitMarkdown is a small Markdown-to-blocks splitter for tests, so the engine's
// tests do not depend on the readers. It keeps line numbers exact: a block's Loc is
// its first line and Lines maps offsets to the following lines.
func splitMarkdown(src string) *doc.Document {
	d := &doc.Document{Path: "test.md", Format: "md"}
	lines := strings.Split(src, "\n")
	var cur *doc.Block
	flush := func() {
		if cur != nil && strings.TrimSpace(cur.Text) != "" {
			d.Blocks = append(d.Blocks, *cur)
		}
		cur = nil
	}
	for i, raw := range lines {
		line := strings.TrimSpace(stripMarkup(raw))
		n := i + 1
		switch {
		case line == "":
			flush()
		case strings.HasPrefix(strings.TrimSpace(raw), "#"):
			flush()
			t := strings.TrimLeft(strings.TrimSpace(raw), "#")
			lvl := len(strings.TrimSpace(raw)) - len(t)
			d.Blocks = append(d.Blocks, doc.Block{Kind: doc.Heading, Level: lvl, Text: strings.TrimSpace(stripMarkup(t)), Loc: doc.Loc{Line: n}})
		case listRe.MatchString(raw):
			flush()
			cur = &doc.Block{Kind: doc.ListItem, Text: listRe.ReplaceAllString(stripMarkup(raw), ""), Loc: doc.Loc{Line: n}}
		case strings.HasPrefix(line, "|"):
			flush()
			if strings.Trim(line, "|-: ") == "" {
				continue
			}
			cells := strings.Split(strings.Trim(line, "|"), "|")
			for j := range cells {
				cells[j] = strings.TrimSpace(cells[j])
			}
			d.Blocks = append(d.Blocks, doc.Block{Kind: doc.TableRow, Text: strings.Join(cells, " | "), Loc: doc.Loc{Line: n}})
		default:
			if cur == nil {
				cur = &doc.Block{Kind: doc.Paragraph, Loc: doc.Loc{Line: n}}
			} else {
				cur.Text += " "
				if cur.Lines == nil {
					cur.Lines = []int{0}
				}
				cur.Lines = append(cur.Lines, len(cur.Text))
			}
			cur.Text += line
		}
	}
	flush()
	return d
}

var (
	listRe   = regexp.MustCompile(`^\s*(?:[-*+]|\d+[.)])\s+`)
	markupRe = regexp.MustCompile("[*_`]+|</?[a-zA-Z][^>]*>")
	linkRe   = regexp.MustCompile(`\[([^\]]*)\]\([^)]*\)`)
)

func stripMarkup(s string) string {
	s = linkRe.ReplaceAllString(s, "$1")
	return markupRe.ReplaceAllString(s, "")
}
