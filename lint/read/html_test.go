package read

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dpatool/dpa/lint/doc"
)

func TestHTML(t *testing.T) {
	src := `<!DOCTYPE html>
<html><head><title>DPA</title>
<style>p { color: red }</style>
<script>var x = "<p>not text</p>";</script>
</head>
<body>
<nav><a href="/">Home</a></nav>
<h1>Data Processing <em>Agreement</em></h1>
<!-- dpa-lint-disable audit-rights: audits are in the MSA -->
<p>The Processor shall notify the Controller
of a personal data breach &ndash; without undue delay &amp; within
<b>48&nbsp;hours</b>.</p>
<div>Direct text in a div.<p>A nested paragraph.</p></div>
<ul>
  <li>Outer item
    <ul><li>Inner item</li></ul>
  </li>
</ul>
<table>
  <tr><th>Sub-processor</th><th>Country</th></tr>
  <tr><td>Hetzner</td><td><p>Germany</p></td></tr>
</table>
<dl><dt>Controller</dt><dd>The customer.</dd><dd>A second value.</dd><dt>Blank</dt>
<dt>Duration</dt>
<dd>The term of the Agreement.</dd></dl>
<blockquote>Quoted clause.</blockquote>
<p>Unclosed one
<p>Unclosed two
</body></html>
`
	p := "The Processor shall notify the Controller of a personal data breach – without undue delay & within 48 hours."
	want := []doc.Block{
		{Kind: doc.Heading, Level: 1, Text: "Data Processing Agreement", Loc: doc.Loc{Line: 8}},
		{Kind: doc.Paragraph, Text: p, Loc: doc.Loc{Line: 10}, Lines: offs(t, p, "The", "of a", "48")},
		{Kind: doc.Paragraph, Text: "Direct text in a div.", Loc: doc.Loc{Line: 13}},
		{Kind: doc.Paragraph, Text: "A nested paragraph.", Loc: doc.Loc{Line: 13}},
		{Kind: doc.ListItem, Level: 1, Text: "Outer item", Loc: doc.Loc{Line: 15}},
		{Kind: doc.ListItem, Level: 2, Text: "Inner item", Loc: doc.Loc{Line: 16}},
		{Kind: doc.TableRow, Text: "Sub-processor | Country", Loc: doc.Loc{Line: 20}},
		{Kind: doc.TableRow, Text: "Hetzner | Germany", Loc: doc.Loc{Line: 21}},
		// A definition list reads like a label table: term | definition.
		{Kind: doc.TableRow, Text: "Controller | The customer.", Loc: doc.Loc{Line: 23}},
		{Kind: doc.Paragraph, Text: "A second value.", Loc: doc.Loc{Line: 23}},
		{Kind: doc.Paragraph, Text: "Blank", Loc: doc.Loc{Line: 23}},
		{Kind: doc.TableRow, Text: "Duration | The term of the Agreement.", Loc: doc.Loc{Line: 24}, Lines: []int{0, 11}},
		{Kind: doc.Paragraph, Text: "Quoted clause.", Loc: doc.Loc{Line: 26}},
		{Kind: doc.Paragraph, Text: "Unclosed one", Loc: doc.Loc{Line: 27}},
		{Kind: doc.Paragraph, Text: "Unclosed two", Loc: doc.Loc{Line: 28}},
	}
	wantSup := []doc.Suppression{{ID: "audit-rights", Reason: "audits are in the MSA", Loc: doc.Loc{Line: 9}}}
	d, err := Read("c.html", strings.NewReader(src), "")
	if err != nil {
		t.Fatal(err)
	}
	compareBlocks(t, d.Blocks, want)
	if fmt.Sprint(d.Suppressions) != fmt.Sprint(wantSup) {
		t.Errorf("suppressions\n got %+v\nwant %+v", d.Suppressions, wantSup)
	}
}
