package read

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dpatool/dpa/lint/doc"
)

func TestMarkdown(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		want    func(t *testing.T) []doc.Block
		wantSup []doc.Suppression
	}{{
		name: "front matter, heading, multi-line paragraph with markup",
		src: `---
title: Data processing agreement
---

# 1. Subject *matter*

The **Processor** shall process [Personal Data](https://example.com/pd)
only on ` + "`documented`" + ` instructions &amp; nothing\*else,
as Article 28(3)(a) GDPR requires.
`,
		want: func(t *testing.T) []doc.Block {
			p := `The Processor shall process Personal Data only on documented instructions & nothing*else, as Article 28(3)(a) GDPR requires.`
			return []doc.Block{
				{Kind: doc.Heading, Level: 1, Text: "1. Subject matter", Loc: doc.Loc{Line: 5}},
				{Kind: doc.Paragraph, Text: p, Loc: doc.Loc{Line: 7}, Lines: offs(t, p, "The", "only", "as Article")},
			}
		},
	}, {
		name: "nested list items and list paragraphs",
		src: `Intro:

- The Processor shall:
  1. notify breaches within
     48 hours;
  2. assist the Controller.
- Sub-processors need consent.
`,
		want: func(t *testing.T) []doc.Block {
			n := "notify breaches within 48 hours;"
			return []doc.Block{
				{Kind: doc.Paragraph, Text: "Intro:", Loc: doc.Loc{Line: 1}},
				{Kind: doc.ListItem, Level: 1, Text: "The Processor shall:", Loc: doc.Loc{Line: 3}},
				{Kind: doc.ListItem, Level: 2, Text: n, Loc: doc.Loc{Line: 4}, Lines: offs(t, n, "notify", "48")},
				{Kind: doc.ListItem, Level: 2, Text: "assist the Controller.", Loc: doc.Loc{Line: 6}},
				{Kind: doc.ListItem, Level: 1, Text: "Sub-processors need consent.", Loc: doc.Loc{Line: 7}},
			}
		},
	}, {
		name: "table rows and suppressions",
		src: `| Sub-processor | Location |
|---|---|
| Hetzner **Online** | Germany |
| AWS | ` + "`eu-west-1`" + ` |

<!-- dpa-lint-disable breach-notice: agreed in the MSA -->
<!-- dpa-lint-disable audit-rights -->
Text with an inline <!-- dpa-lint-disable deletion, records: see annex --> comment.
`,
		want: func(t *testing.T) []doc.Block {
			return []doc.Block{
				{Kind: doc.TableRow, Text: "Sub-processor | Location", Loc: doc.Loc{Line: 1}},
				{Kind: doc.TableRow, Text: "Hetzner Online | Germany", Loc: doc.Loc{Line: 3}},
				{Kind: doc.TableRow, Text: "AWS | eu-west-1", Loc: doc.Loc{Line: 4}},
				{Kind: doc.Paragraph, Text: "Text with an inline comment.", Loc: doc.Loc{Line: 8}},
			}
		},
		wantSup: []doc.Suppression{
			{ID: "breach-notice", Reason: "agreed in the MSA", Loc: doc.Loc{Line: 6}},
			{ID: "audit-rights", Loc: doc.Loc{Line: 7}},
			{ID: "deletion", Reason: "see annex", Loc: doc.Loc{Line: 8}},
			{ID: "records", Reason: "see annex", Loc: doc.Loc{Line: 8}},
		},
	}, {
		name: "raw HTML block keeps file line numbers",
		src: `Before.

<ol>
  <li>Data Security Certifications.
  <li>Personnel. The data importer&rsquo;s
  personnel are bound by confidentiality.</li>
</ol>
`,
		want: func(t *testing.T) []doc.Block {
			p := "Personnel. The data importer’s personnel are bound by confidentiality."
			return []doc.Block{
				{Kind: doc.Paragraph, Text: "Before.", Loc: doc.Loc{Line: 1}},
				{Kind: doc.ListItem, Level: 1, Text: "Data Security Certifications.", Loc: doc.Loc{Line: 4}},
				{Kind: doc.ListItem, Level: 1, Text: p, Loc: doc.Loc{Line: 5}, Lines: offs(t, p, "Personnel", "personnel are")},
			}
		},
	}, {
		name: "CRLF, ligature, non-breaking space and soft hyphen",
		src:  "## Noti\uFB01cation\r\n\r\nWithin\u00A072\u00A0hours of aware\u00ADness.\r\n",
		want: func(t *testing.T) []doc.Block {
			return []doc.Block{
				{Kind: doc.Heading, Level: 2, Text: "Notification", Loc: doc.Loc{Line: 1}},
				{Kind: doc.Paragraph, Text: "Within 72 hours of awareness.", Loc: doc.Loc{Line: 3}},
			}
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read("c.md", strings.NewReader(tc.src), "")
			if err != nil {
				t.Fatal(err)
			}
			compareBlocks(t, d.Blocks, tc.want(t))
			if fmt.Sprint(d.Suppressions) != fmt.Sprint(tc.wantSup) {
				t.Errorf("suppressions\n got %+v\nwant %+v", d.Suppressions, tc.wantSup)
			}
		})
	}
}
