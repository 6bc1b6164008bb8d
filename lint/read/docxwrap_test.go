package read

import (
	"bytes"
	"strings"
	"testing"

	"github.com/dpatool/dpa/lint/doc"
)

// wrappedLines is a hard-wrapped contract: typed into Word one line per paragraph,
// blank paragraphs between real ones, a word hyphenated across two paragraphs and a
// particulars table laid out with spaces.
var wrappedLines = []string{
	"DATA PROCESSING TERMS",
	"",
	"1. SECURITY",
	"",
	"The Supplier encrypts the data at rest and in transit and keeps the",
	"access logs for twelve months; it reviews them every week and re-",
	"ports anomalies to the Customer without undue delay; the reports say",
	"what was seen, when, and what the Supplier did about it.",
	"",
	"2. PARTICULARS",
	"",
	"Subject-matter:    Hosting of the appointment calendar of the clinic",
	"Duration:          The term of the Agreement and three months after",
	"",
	"The Supplier processes names, e-mail addresses and phone numbers of",
	"patients only on the Customer's documented instructions, including",
	"with regard to transfers, unless required to do otherwise by law.",
}

func docxOfLines(t *testing.T, lines []string) []byte {
	var body strings.Builder
	for _, l := range lines {
		body.WriteString(wp("PreformattedText", l))
	}
	return makeDOCX(t, map[string]string{"word/document.xml": body.String(), "word/styles.xml": stylesXML})
}

// A DOCX whose paragraphs are the lines of a wrapped text reads as that text does:
// the same blocks, with paragraph numbers where the text has line numbers.
func TestDOCXWrappedLinesReadAsText(t *testing.T) {
	d, err := Read("c.docx", bytes.NewReader(docxOfLines(t, wrappedLines)), "")
	if err != nil {
		t.Fatal(err)
	}
	txt, err := Read("c.txt", strings.NewReader(strings.Join(wrappedLines, "\n")+"\n"), "")
	if err != nil {
		t.Fatal(err)
	}
	// Every paragraph, empty ones included, is one line, so Para n is Line n.
	want := make([]doc.Block, len(txt.Blocks))
	for i, b := range txt.Blocks {
		b.Loc = doc.Loc{Para: b.Loc.Line}
		if b.Lines != nil {
			b.LineLocs = make([]doc.Loc, len(b.Lines))
			for j := range b.Lines {
				b.LineLocs[j] = doc.Loc{Para: b.Loc.Para + j}
			}
		}
		want[i] = b
	}
	compareBlocks(t, d.Blocks, want)

	// And what that means for a reader of the report: the sentence is whole, the
	// hyphenated word joined, the table read as rows, each match on its paragraph.
	var security, subject *doc.Block
	for i, b := range d.Blocks {
		switch {
		case strings.HasPrefix(b.Text, "The Supplier encrypts"):
			security = &d.Blocks[i]
		case strings.HasPrefix(b.Text, "Subject-matter"):
			subject = &d.Blocks[i]
		}
	}
	if security == nil || !strings.Contains(security.Text, "and reports anomalies to the Customer without undue delay") {
		t.Fatalf("security sentence not rejoined:\n%s", dump(d.Blocks))
	}
	if got := security.LocAt(strings.Index(security.Text, "what was seen")); got != (doc.Loc{Para: 8}) {
		t.Errorf("'what was seen' located at %+v, want paragraph 8", got)
	}
	if subject == nil || subject.Kind != doc.TableRow || subject.Text != "Subject-matter: | Hosting of the appointment calendar of the clinic" {
		t.Errorf("particulars not read as a table row:\n%s", dump(d.Blocks))
	}
}

// An ordinary document keeps its paragraphs even when some are short unstyled
// headings: only run-on lines make a document "wrapped".
func TestDOCXOrdinaryParagraphsKept(t *testing.T) {
	lines := []string{
		"Data processing agreement",
		"The Supplier processes the personal data only on documented instructions from the Customer.",
		"Security",
		"The Supplier encrypts the data at rest and in transit.",
		"Staff",
		"Every person authorised to process the data is bound by confidentiality.",
		"Breaches",
		"The Supplier notifies the Customer of a personal data breach within 24 hours.",
		"Deletion",
		"At the end of the services the Supplier deletes or returns all personal data.",
		"Audits",
		"The Customer may audit the Supplier once a year on 30 days' notice.",
	}
	d, err := Read("c.docx", bytes.NewReader(docxOfLines(t, lines)), "")
	if err != nil {
		t.Fatal(err)
	}
	if len(d.Blocks) != len(lines) {
		t.Fatalf("got %d blocks, want one per paragraph (%d):\n%s", len(d.Blocks), len(lines), dump(d.Blocks))
	}
	for i, b := range d.Blocks {
		if b.Text != lines[i] || b.Loc != (doc.Loc{Para: i + 1}) {
			t.Errorf("block %d = %q at %+v, want %q at paragraph %d", i, b.Text, b.Loc, lines[i], i+1)
		}
	}
}
