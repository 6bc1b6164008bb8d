package read

import (
	"bytes"
	"io/fs"
	"strings"
	"testing"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/contract"
	"github.com/dpatool/dpa/lint/doc"
	"github.com/dpatool/dpa/samples"
	"github.com/dpatool/dpa/templates"
	"github.com/dpatool/dpa/templates/render"
)

// TestRenderedSamplesTables renders every sample contract to Markdown and, through
// the render package as `dpa render` does, to PDF, then reads both back. Every
// table row of the Markdown (Annex I parties, Annex II description of the
// processing, transfers, sub-processors) must come out of the PDF as one TableRow
// block with the same text; the PDF may only add the header rows it repeats after
// a page break. And the Annex II rows that lint looks for must be intact.
func TestRenderedSamplesTables(t *testing.T) {
	lib, err := clauses.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range samples.Examples {
		t.Run(name, func(t *testing.T) {
			src, err := fs.ReadFile(samples.FS, name+".yaml")
			if err != nil {
				t.Fatal(err)
			}
			c, _, err := contract.Load(name+".yaml", src, func(p string) ([]byte, error) { return fs.ReadFile(samples.FS, p) })
			if err != nil {
				t.Fatal(err)
			}
			md, err := templates.Markdown(c, lib)
			if err != nil {
				t.Fatal(err)
			}
			pdfData, err := render.PDF(md, render.PDFOptions{Lang: c.Language, Header: c.Parties.Controller.Name + " – " + c.Parties.Processor.Name})
			if err != nil {
				t.Fatal(err)
			}
			mdDoc, err := Read(name+".md", bytes.NewReader(md), "")
			if err != nil {
				t.Fatal(err)
			}
			pdfDoc, err := Read(name+".pdf", bytes.NewReader(pdfData), "")
			if err != nil {
				t.Fatal(err)
			}
			mdRows, pdfRows := tableRows(mdDoc), tableRows(pdfDoc)
			if len(mdRows) < 10 {
				t.Fatalf("only %d table rows in the Markdown: %q", len(mdRows), mdRows)
			}
			have := map[string]int{}
			for _, r := range pdfRows {
				have[r]++
			}
			for _, r := range mdRows {
				if have[r] == 0 {
					t.Errorf("Markdown table row not in the PDF:\n  %q", r)
					continue
				}
				have[r]--
			}
			// A table's header row is the first row after other text.
			headers := map[string]bool{}
			for i, b := range mdDoc.Blocks {
				if b.Kind == doc.TableRow && (i == 0 || mdDoc.Blocks[i-1].Kind != doc.TableRow) {
					headers[b.Text] = true
				}
			}
			for r, n := range have {
				if n > 0 && !headers[r] {
					t.Errorf("PDF table row not in the Markdown (%d times):\n  %q", n, r)
				}
			}
			// The rows that hold data subjects and the nature of the processing
			// are whole: label, then the description.
			want := []string{
				"Categories of data subjects | " + strings.Join(c.Processing.DataSubjects, "; "),
				"Nature of the processing | " + strings.Join(c.Processing.Nature, "; "),
			}
			if c.Language == "fr" { // French typography: a space before the semicolon
				want = []string{
					"Catégories de personnes concernées | " + strings.Join(c.Processing.DataSubjects, " ; "),
					"Nature du traitement | " + strings.Join(c.Processing.Nature, " ; "),
				}
			}
			for _, w := range want {
				if !contains(pdfRows, w) {
					t.Errorf("Annex II row not intact in the PDF:\n  want %q\n  rows %q", w, pdfRows)
				}
			}
		})
	}
}

func tableRows(d *doc.Document) []string {
	var out []string
	for _, b := range d.Blocks {
		if b.Kind == doc.TableRow {
			out = append(out, b.Text)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
