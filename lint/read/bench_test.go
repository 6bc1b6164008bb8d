package read

import (
	"bytes"
	"fmt"
	"strings"
	"testing"

	"github.com/dpatool/dpa/lint/doc"
)

// benchSentences are our own contract sentences, cycled to build inputs of a
// realistic size (about 40 pages) without the shared corpus.
var benchSentences = []string{
	"The Processor shall process Personal Data only on documented instructions from the Controller, including with regard to transfers to a third country.",
	"The Processor shall ensure that persons authorised to process the Personal Data have committed themselves to confidentiality.",
	"The Processor shall notify the Controller without undue delay, and in any event within 48 hours, after becoming aware of a Personal Data Breach.",
	"The Processor shall not engage another processor without the prior specific or general written authorisation of the Controller.",
	"At the choice of the Controller, the Processor shall delete or return all Personal Data after the end of the provision of services.",
	"The Processor shall make available to the Controller all information necessary to demonstrate compliance with Article 28 GDPR.",
}

func benchBlocks() []doc.Block {
	var blocks []doc.Block
	for i := 0; i < 400; i++ {
		if i%10 == 0 {
			blocks = append(blocks, doc.Block{Kind: doc.Heading, Level: 2, Text: fmt.Sprintf("%d. Obligations of the Processor", i/10+1)})
			continue
		}
		var b strings.Builder
		for j := 0; j < 3; j++ {
			if j > 0 {
				b.WriteByte(' ')
			}
			b.WriteString(benchSentences[(i+j)%len(benchSentences)])
		}
		kind := doc.Paragraph
		if i%5 == 0 {
			kind = doc.ListItem
		}
		blocks = append(blocks, doc.Block{Kind: kind, Level: 1, Text: b.String()})
	}
	return blocks
}

func renderMarkdown(blocks []doc.Block) []byte {
	var b strings.Builder
	for _, bl := range blocks {
		switch bl.Kind {
		case doc.Heading:
			b.WriteString(strings.Repeat("#", bl.Level) + " " + bl.Text + "\n\n")
		case doc.ListItem:
			b.WriteString("- " + bl.Text + "\n\n")
		default:
			b.WriteString(bl.Text + "\n\n")
		}
	}
	return []byte(b.String())
}

func benchRead(b *testing.B, name string, data []byte) {
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		d, err := Read(name, bytes.NewReader(data), "")
		if err != nil || len(d.Blocks) < 300 {
			b.Fatalf("%v, %d blocks", err, len(d.Blocks))
		}
	}
}

func BenchmarkMarkdown(b *testing.B) { benchRead(b, "c.md", renderMarkdown(benchBlocks())) }
func BenchmarkText(b *testing.B)     { benchRead(b, "c.txt", renderText(benchBlocks())) }
func BenchmarkHTML(b *testing.B) {
	benchRead(b, "c.html", renderHTML(b, renderMarkdown(benchBlocks())))
}
func BenchmarkPDF(b *testing.B)  { benchRead(b, "c.pdf", renderPDF(b, benchBlocks())) }
func BenchmarkDOCX(b *testing.B) { benchRead(b, "c.docx", renderDOCX(b, benchBlocks())) }
