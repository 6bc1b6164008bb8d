package read

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dpatool/dpa/lint/doc"
)

func TestText(t *testing.T) {
	tests := []struct {
		name    string
		src     string
		want    func(t *testing.T) []doc.Block
		wantSup []doc.Suppression
	}{{
		name: "clause headings, hyphenation repair, compounds kept",
		src: `ARTICLE 7 - SUB-PROCESSORS

7.1 The Processor shall not engage another processor without the prior obliga-
tory written authorisation of the Controller; each sub-
processor is bound by the same obligations.

Article 8
The co-
operation duty covers self-
assessments and re-
identification risks.
`,
		want: func(t *testing.T) []doc.Block {
			p1 := "7.1 The Processor shall not engage another processor without the prior obligatory written authorisation of the Controller; each sub-processor is bound by the same obligations."
			p2 := "The co-operation duty covers self-assessments and re-identification risks."
			return []doc.Block{
				{Kind: doc.Heading, Level: 1, Text: "ARTICLE 7 - SUB-PROCESSORS", Loc: doc.Loc{Line: 1}},
				{Kind: doc.Paragraph, Text: p1, Loc: doc.Loc{Line: 3}, Lines: offs(t, p1, "7.1", "tory", "processor is")},
				{Kind: doc.Heading, Level: 1, Text: "Article 8", Loc: doc.Loc{Line: 7}},
				{Kind: doc.Paragraph, Text: p2, Loc: doc.Loc{Line: 8}, Lines: offs(t, p2, "The", "operation", "assessments", "identification")},
			}
		},
	}, {
		name: "document vocabulary decides: joined word seen elsewhere",
		src: `The subprocessor list is public. Each sub-
processor signs.

7.2 Data-processing is limited. The data-
processing record is kept.
`,
		want: func(t *testing.T) []doc.Block {
			p1 := "The subprocessor list is public. Each subprocessor signs."
			p2 := "7.2 Data-processing is limited. The data-processing record is kept."
			return []doc.Block{
				{Kind: doc.Paragraph, Text: p1, Loc: doc.Loc{Line: 1}, Lines: offs(t, p1, "The", "processor signs")},
				{Kind: doc.Paragraph, Text: p2, Loc: doc.Loc{Line: 4}, Lines: offs(t, p2, "7.2", "processing record")},
			}
		},
	}, {
		name: "numbered headings with levels, list items and clauses without blank lines",
		src: `1. DEFINITIONS
1.1 Scope
The Processor shall:
(a) process data only on instructions;
(b) delete data at the end of the services.
• keep records of processing
7.3 The Controller may audit once a year.
`,
		want: func(t *testing.T) []doc.Block {
			return []doc.Block{
				{Kind: doc.Heading, Level: 1, Text: "1. DEFINITIONS", Loc: doc.Loc{Line: 1}},
				{Kind: doc.Heading, Level: 2, Text: "1.1 Scope", Loc: doc.Loc{Line: 2}},
				{Kind: doc.Paragraph, Text: "The Processor shall:", Loc: doc.Loc{Line: 3}},
				{Kind: doc.ListItem, Level: 1, Text: "(a) process data only on instructions;", Loc: doc.Loc{Line: 4}},
				{Kind: doc.ListItem, Level: 1, Text: "(b) delete data at the end of the services.", Loc: doc.Loc{Line: 5}},
				{Kind: doc.ListItem, Level: 1, Text: "keep records of processing", Loc: doc.Loc{Line: 6}},
				{Kind: doc.Paragraph, Text: "7.3 The Controller may audit once a year.", Loc: doc.Loc{Line: 7}},
			}
		},
	}, {
		name: "a number inside a sentence does not start a clause",
		src: `The Processor shall notify the Controller within
72 hours and under clause
7.1 above.
`,
		want: func(t *testing.T) []doc.Block {
			p := "The Processor shall notify the Controller within 72 hours and under clause 7.1 above."
			return []doc.Block{{Kind: doc.Paragraph, Text: p, Loc: doc.Loc{Line: 1}, Lines: offs(t, p, "The", "72", "7.1")}}
		},
	}, {
		name: "hard-wrapped text: a marker at a line start after a full line continues",
		src: `The Processor shall not give any third party access to the Processed Data;
(a) direct, indirect, blanket or unfettered access to Processed Data; or
(b) the platform encryption keys used to secure the Processed Data, and it
shall refer any request for such access to the Controller without delay.
The Processor keeps a record of every request it receives from a public
authority, and reports the number of such requests to the Controller.
`,
		want: func(t *testing.T) []doc.Block {
			p := "The Processor shall not give any third party access to the Processed Data; (a) direct, indirect, blanket or unfettered access to Processed Data; or (b) the platform encryption keys used to secure the Processed Data, and it shall refer any request for such access to the Controller without delay. The Processor keeps a record of every request it receives from a public authority, and reports the number of such requests to the Controller."
			return []doc.Block{{Kind: doc.Paragraph, Text: p, Loc: doc.Loc{Line: 1},
				Lines: offs(t, p, "The", "(a)", "(b)", "shall refer", "The Processor keeps", "authority")}}
		},
	}, {
		name: "form-feed pages: running header and page numbers removed, paragraph continues",
		src: "ACME CLOUD LTD - DATA PROCESSING AGREEMENT\n" +
			"\n" +
			"1. Subject matter\n" +
			"\n" +
			"The Processor shall process Personal Data only on documented instruc-\n" +
			"tions from the Controller and shall keep a written record of each one\n" +
			"of the instructions it receives from the Controller under the Service\n" +
			"\n" +
			"                              Page 1 of 2\n" +
			"\fACME CLOUD LTD - DATA PROCESSING AGREEMENT\n" +
			"Agreement, including instructions about transfers to a third country.\n" +
			"\n" +
			"2. Security\n" +
			"\n" +
			"The Processor implements the technical and organisational measures of\n" +
			"Annex II.\n" +
			"                              Page 2 of 2\n",
		want: func(t *testing.T) []doc.Block {
			p := "The Processor shall process Personal Data only on documented instructions from the Controller and shall keep a written record of each one of the instructions it receives from the Controller under the Service Agreement, including instructions about transfers to a third country."
			a := strings.Index(p, "Agreement")
			q := "The Processor implements the technical and organisational measures of Annex II."
			return []doc.Block{
				{Kind: doc.Heading, Level: 1, Text: "1. Subject matter", Loc: doc.Loc{Line: 3}},
				// Lines 8-10 (blank, page number, header) hold no text: their
				// entries repeat the offset where line 11 begins.
				{Kind: doc.Paragraph, Text: p, Loc: doc.Loc{Line: 5}, Lines: append(offs(t, p, "The", "tions", "of the", "Agreement"), a, a, a)},
				{Kind: doc.Heading, Level: 1, Text: "2. Security", Loc: doc.Loc{Line: 13}},
				{Kind: doc.Paragraph, Text: q, Loc: doc.Loc{Line: 15}, Lines: offs(t, q, "The", "Annex")},
			}
		},
	}, {
		name: "a wrapped numbered clause is not a heading; rules are dropped",
		src: `1.1 The Client uses the Hirewell applicant tracking service (the
"Service") to publish job adverts and manage applications. In doing so
the Processor processes personal data on behalf of the Client, which is
the controller of that data under the General Data Protection Regulation.
----------------------------------------------------------------------
2. SECURITY
`,
		want: func(t *testing.T) []doc.Block {
			p := "1.1 The Client uses the Hirewell applicant tracking service (the \"Service\") to publish job adverts and manage applications. In doing so the Processor processes personal data on behalf of the Client, which is the controller of that data under the General Data Protection Regulation."
			return []doc.Block{
				{Kind: doc.Paragraph, Text: p, Loc: doc.Loc{Line: 1}, Lines: offs(t, p, "1.1", "\"Service", "the Processor", "the controller")},
				{Kind: doc.Heading, Level: 1, Text: "2. SECURITY", Loc: doc.Loc{Line: 6}},
			}
		},
	}, {
		name: "suppression comment lines",
		src: `# dpa-lint-disable breach-notice: covered by the MSA
The Processor keeps records.
// dpa-lint-disable audit-rights
dpa-lint-disable deletion:   kept by law  
A clause quoting dpa-lint-disable stays text.
`,
		want: func(t *testing.T) []doc.Block {
			return []doc.Block{
				{Kind: doc.Paragraph, Text: "The Processor keeps records.", Loc: doc.Loc{Line: 2}},
				{Kind: doc.Paragraph, Text: "A clause quoting dpa-lint-disable stays text.", Loc: doc.Loc{Line: 5}},
			}
		},
		wantSup: []doc.Suppression{
			{ID: "breach-notice", Reason: "covered by the MSA", Loc: doc.Loc{Line: 1}},
			{ID: "audit-rights", Loc: doc.Loc{Line: 3}},
			{ID: "deletion", Reason: "kept by law", Loc: doc.Loc{Line: 4}},
		},
	}, {
		name: "Windows-1252 text and CRLF",
		src:  "Le sous-traitant notifie la violation dans les meilleurs d\xe9lais.\r\n",
		want: func(t *testing.T) []doc.Block {
			return []doc.Block{{Kind: doc.Paragraph, Text: "Le sous-traitant notifie la violation dans les meilleurs délais.", Loc: doc.Loc{Line: 1}}}
		},
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Read("c.txt", strings.NewReader(tc.src), "")
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
