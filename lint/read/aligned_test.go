package read

import (
	"fmt"
	"strings"
	"testing"

	"github.com/dpatool/dpa/lint/doc"
)

// shortBlocks renders blocks as "T@24 Subject-matter | Hosting ..." (kind letter,
// first line, text), which is what these tests are about.
func shortBlocks(bs []doc.Block) []string {
	var out []string
	for _, b := range bs {
		k := map[doc.Kind]string{doc.Paragraph: "P", doc.Heading: "H", doc.ListItem: "L", doc.TableRow: "T"}[b.Kind]
		out = append(out, fmt.Sprintf("%s@%d %s", k, b.Loc.Line, b.Text))
	}
	return out
}

// readAs reads src with the reader for format and fails the test on error.
func readAs(t *testing.T, format, src string) *doc.Document {
	t.Helper()
	d, err := Read("t."+format, strings.NewReader(src), format)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestAlignedTables: tables laid out with spaces become table rows, label first.
// The layouts are those of real plain-text contracts (two-column particulars with
// wrapped values, three-column lists under a dashed rule, "Item | Content" tables
// whose pipes only separate, tabs); the wording is ours.
func TestAlignedTables(t *testing.T) {
	tests := []struct {
		name string
		src  string
		want []string
		// at maps a phrase of the output to the source line it must be reported on.
		at map[string]int
	}{{
		name: "two columns, values wrapped under the value column",
		src: `B1. The processing is described below.

  Subject-matter   Hosting and maintenance of the visitor
                   register for the Customer's offices
  Duration         For the term of the Agreement
  Data subjects    Visitors, employees of the Customer,
                   couriers
`,
		want: []string{
			"P@1 B1. The processing is described below.",
			"T@3 Subject-matter | Hosting and maintenance of the visitor register for the Customer's offices",
			"T@5 Duration | For the term of the Agreement",
			"T@6 Data subjects | Visitors, employees of the Customer, couriers",
		},
		at: map[string]int{"register for": 4, "couriers": 7, "Data subjects": 6, "Visitors": 6},
	}, {
		name: "French particulars",
		src: `Objet          Hébergement du logiciel de gestion des
               adhérents
Finalité       Gestion des inscriptions et des cotisations
Personnes      Adhérents, parents des adhérents mineurs
concernées
`,
		want: []string{
			"T@1 Objet | Hébergement du logiciel de gestion des adhérents",
			"T@3 Finalité | Gestion des inscriptions et des cotisations",
			// A line with nothing but a label continues the label above.
			"T@4 Personnes concernées | Adhérents, parents des adhérents mineurs",
		},
		at: map[string]int{"concernées": 5, "Adhérents,": 4},
	}, {
		name: "three columns under a dashed rule, wrap in the last column",
		src: `  Sub-processor          Country        Activity
  ---------------------  -------------  ---------------------
  Harbourline Cloud Ltd  Ireland        hosting and back-ups,
                                        monitoring
  Quillmail GmbH         Germany        transactional e-mail
`,
		want: []string{
			"T@1 Sub-processor | Country | Activity",
			"T@3 Harbourline Cloud Ltd | Ireland | hosting and back-ups, monitoring",
			"T@5 Quillmail GmbH | Germany | transactional e-mail",
		},
		at: map[string]int{"monitoring": 4, "Ireland": 3},
	}, {
		name: "pipes that only separate, continuation lines start with a pipe",
		src: `  Item               | Content
  -------------------+-------------------------------
  Subject            | Delivery of parcels to the
                     | recipients named by the Client
  Persons concerned  | Recipients of the parcels
`,
		want: []string{
			"T@1 Item | Content",
			"T@3 Subject | Delivery of parcels to the recipients named by the Client",
			"T@5 Persons concerned | Recipients of the parcels",
		},
		at: map[string]int{"recipients named": 4},
	}, {
		name: "three columns, pipes one space from the text",
		src: `  Lot | Données reprises                  | Période
  ----+----------------------------------+----------
  L1  | Élèves : identité, coordonnées,  | 2022-2025
      | responsables légaux              |
  L2  | Factures et échéanciers          | 2023-2025
`,
		want: []string{
			"T@1 Lot | Données reprises | Période",
			"T@3 L1 | Élèves : identité, coordonnées, responsables légaux | 2022-2025",
			"T@5 L2 | Factures et échéanciers | 2023-2025",
		},
	}, {
		name: "tabs align the columns",
		src:  "Name\t\t\tService\nNorthwind Hosting\tservers and back-ups\nPostmark Relay\t\te-mail delivery\n",
		want: []string{
			"T@1 Name | Service",
			"T@2 Northwind Hosting | servers and back-ups",
			"T@3 Postmark Relay | e-mail delivery",
		},
	}, {
		name: "a heading right above the table stays a heading",
		src: `ANNEX 2 - SUB-PROCESSORS
  Kestrel Data Centres BV     colocation     Amsterdam, NL
  Tern Support Ltd            helpdesk       Cork, IE
`,
		want: []string{
			"H@1 ANNEX 2 - SUB-PROCESSORS",
			"T@2 Kestrel Data Centres BV | colocation | Amsterdam, NL",
			"T@3 Tern Support Ltd | helpdesk | Cork, IE",
		},
	}, {
		// The wrapped prose sets a wrap column of 70; the heading plus the
		// table's first word is longer, which must not make it a wrapped line.
		name: "a long heading above a table in a hard-wrapped file",
		src: `7.1 The Processor shall engage a sub-processor only with the prior
written authorisation of the Controller, given in general terms for the
sub-processors listed below and for any replacement notified in time.

ANNEX 2 - SUB-PROCESSORS AUTHORISED BY THE CONTROLLER AT SIGNATURE
  Kestrel Data Centres BV     colocation     Amsterdam, NL
  Tern Support Ltd            helpdesk       Cork, IE
`,
		want: []string{
			"P@1 7.1 The Processor shall engage a sub-processor only with the prior written authorisation of the Controller, given in general terms for the sub-processors listed below and for any replacement notified in time.",
			"H@5 ANNEX 2 - SUB-PROCESSORS AUTHORISED BY THE CONTROLLER AT SIGNATURE",
			"T@6 Kestrel Data Centres BV | colocation | Amsterdam, NL",
			"T@7 Tern Support Ltd | helpdesk | Cork, IE",
		},
	}, {
		name: "unaligned pipe-separated rows",
		src: `Name | Service | Location
Nimbus Hosting S.L. | data centre | Spain
Relaytel B.V. | SMS gateway | Netherlands
`,
		want: []string{
			"T@1 Name | Service | Location",
			"T@2 Nimbus Hosting S.L. | data centre | Spain",
			"T@3 Relaytel B.V. | SMS gateway | Netherlands",
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := readAs(t, "txt", tt.src)
			got := shortBlocks(d.Blocks)
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
			checkLines(t, d, tt.at)
		})
	}
}

// checkLines asserts that each phrase is reported on its source line.
func checkLines(t *testing.T, d *doc.Document, at map[string]int) {
	t.Helper()
	for phrase, line := range at {
		found := false
		for _, b := range d.Blocks {
			if i := strings.Index(b.Text, phrase); i >= 0 {
				found = true
				if got := b.LocAt(i).Line; got != line {
					t.Errorf("%q reported on line %d, want %d", phrase, got, line)
				}
				break
			}
		}
		if !found {
			t.Errorf("%q not in the blocks", phrase)
		}
	}
}

// TestAlignedNearMisses: layouts with wide spaces that are not tables read as
// they did before tables were looked for.
func TestAlignedNearMisses(t *testing.T) {
	tests := []struct{ name, src string }{
		{"justified prose with double spaces", `The Processor shall  notify the Controller without undue delay  after
becoming aware of a breach, and in any  event within 48 hours,  giving
the details required by Article 33(3)  of the GDPR.
`},
		{"two-line paragraph with one aligned double space", `The Processor keeps a record  of all processing carried out
on behalf of each controller  as required by Article 30(2).
`},
		{"French signature block", `Pour le Client                         Pour le Prestataire
Yannick Morvan, gérant                 Soizic Le Berre, présidente
`},
		{"English signature block with dates", `Oslo, 2 March 2026                 Bergen, 4 March 2026
For the Municipality               For the Supplier
Kari Nordmann, director            Ola Hansen, CEO
`},
		{"signature lines with fill-in blanks", `Signed for the Company: ____________   Date: ____________
Signed for the Supplier: ____________  Date: ____________
`},
		{"hanging-indent clauses", `A1  Subject-matter. Hosting of the Customer's donor
    database and support of its users.
A2  Duration. From signature until the end of the
    Services Agreement.
`},
		{"hanging-indent measures", `  C.1  Hébergement en France chez un hébergeur certifié.
  C.2  Chiffrement des flux et des sauvegardes.
  C.3  Comptes nominatifs, mots de passe d'au moins
       douze caractères.
`},
		{"one label with a wrapped value", `Parties:  Fjordline AS, Strandkaien 4, Bergen
          (the "Processor"), and the Customer.
`},
		{"label lines whose colons leave one space", `Controller: Nordlys Meieri SA, Tromsø
            (the "Cooperative")
Processor:  Målerhuset AS, Trondheim
`},
		{"e-mail headers", `From:    Ana Ruiz <ana@example.com>
To:      Ben Ito <ben@example.com>
Subject: Data processing terms
`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := readAs(t, "txt", tt.src)
			for _, b := range d.Blocks {
				if b.Kind == doc.TableRow {
					t.Fatalf("read as a table:\n%s", strings.Join(shortBlocks(d.Blocks), "\n"))
				}
			}
		})
	}
}

// TestAlignedBorderedLeftToEngine: a table bordered with pipes reaches the engine
// as the paragraph it always was (lint.gridRows rebuilds its rows there).
func TestAlignedBorderedLeftToEngine(t *testing.T) {
	src := `| Field          | Particulars                     |
|----------------|---------------------------------|
| Subject-matter | Hosting of the archive and      |
|                | migration of legacy records     |
`
	d := readAs(t, "txt", src)
	for _, b := range d.Blocks {
		if b.Kind != doc.Paragraph || !strings.HasPrefix(b.Text, "| ") {
			t.Fatalf("got\n%s", strings.Join(shortBlocks(d.Blocks), "\n"))
		}
	}
}

// TestAlignedMarkdownCode: a table pasted into a Markdown code block keeps its
// rows; other code stays one paragraph.
func TestAlignedMarkdownCode(t *testing.T) {
	src := "# Annex\n\n```\nPurpose          Payroll for the Customer's staff\nData subjects    Employees, former employees\n                 and their dependants\n```\n\n" +
		"    Data is kept  for six years  after payroll\n    closes, as the law  requires  for records.\n"
	d := readAs(t, "md", src)
	want := []string{
		"H@1 Annex",
		"T@4 Purpose | Payroll for the Customer's staff",
		"T@5 Data subjects | Employees, former employees and their dependants",
		"P@9 Data is kept for six years after payroll closes, as the law requires for records.",
	}
	got := shortBlocks(d.Blocks)
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Fatalf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	checkLines(t, d, map[string]int{"their dependants": 6, "closes": 10})
}

// FuzzAligned: whatever the layout, the detector neither panics nor invents text:
// every cell is text of its line, and rows keep their lines in order.
func FuzzAligned(f *testing.F) {
	for _, s := range []string{
		"  Subject-matter   Hosting\n                   more\n  Duration         Term\n",
		"  A     B     C\n  ---   ---   ---\n  1     2     3\n        x\n",
		"  Item  | Content\n  ------+--------\n  One   | first\n        | more\n  Two   | second\n",
		"x | y\n1 | 2\n",
		"Name\t\tService\nA\t\tb\n\tc\n",
		"|  |\n |  | \n  |   |  \n",
		"Pour le Client      Pour le Prestataire\nA                   B\n",
		"H\n  a    b\n  c    d\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var lines []srcLine
		for i, l := range strings.Split(s, "\n") {
			lines = append(lines, srcLine{text: l, loc: doc.Loc{Line: i + 1}, breakBefore: strings.TrimSpace(l) == ""})
		}
		out := alignTables(lines)
		if len(out) > len(lines) {
			t.Fatalf("%d lines out of %d", len(out), len(lines))
		}
		last := 0
		for _, l := range out {
			if l.loc.Line < last {
				t.Fatalf("line %d after line %d", l.loc.Line, last)
			}
			last = l.loc.Line
			for _, c := range l.cells {
				for _, cl := range c {
					src := lines[cl.loc.Line-1].text
					if cl.text == "" || !strings.Contains(strings.Join(strings.Fields(string(expandTabs(src))), " "), strings.Join(strings.Fields(cl.text), " ")) {
						t.Fatalf("cell %q is not text of line %d %q", cl.text, cl.loc.Line, src)
					}
				}
			}
		}
		d, err := Read("f.txt", strings.NewReader(s), "txt")
		if err != nil {
			return
		}
		checkDoc(t, d, len(s), textBound(len(s)))
	})
}

// BenchmarkAlignedText: the cost of looking for tables in a long plain-text
// contract with a few of them.
func BenchmarkAlignedText(b *testing.B) {
	var sb strings.Builder
	for i := 0; i < 200; i++ {
		sb.WriteString("7.1 The Processor shall  process the personal data only on documented\ninstructions from the Controller, including  with regard to transfers.\n\n")
		if i%20 == 0 {
			sb.WriteString("  Sub-processor     Country    Activity\n  ---------------   --------   ----------\n  Kestrel Ltd       Ireland    hosting and\n                               back-ups\n\n")
		}
	}
	src := []byte(sb.String())
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		var d doc.Document
		if err := readText(&d, src); err != nil {
			b.Fatal(err)
		}
	}
}
