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
// block with the same text, in the same order. And the Annex II rows that lint
// looks for must be intact.
func TestRenderedSamplesTables(t *testing.T) {
	lib, err := clauses.Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range samples.Examples {
		t.Run(name, func(t *testing.T) {
			c, md, pdfData := renderSample(t, lib, name)
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
			// Same rows, same order: the header row a table repeats after a page
			// break is dropped.
			n := max(len(mdRows), len(pdfRows))
			for i := 0; i < n; i++ {
				var m, p string
				if i < len(mdRows) {
					m = mdRows[i]
				}
				if i < len(pdfRows) {
					p = pdfRows[i]
				}
				if m != p {
					t.Errorf("table row %d:\n  md  %q\n  pdf %q", i, m, p)
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

// renderSample renders a sample contract to Markdown and PDF as `dpa render` does.
func renderSample(t testing.TB, lib *clauses.Library, name string) (*contract.Contract, []byte, []byte) {
	t.Helper()
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
	return c, md, pdfData
}

// BenchmarkReadRenderedPDF reads the ten-page saas-crm sample as rendered by dpa
// render (four ruled tables, one across a page break).
func BenchmarkReadRenderedPDF(b *testing.B) {
	lib, err := clauses.Default()
	if err != nil {
		b.Fatal(err)
	}
	_, _, data := renderSample(b, lib, "saas-crm")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := Read("s.pdf", bytes.NewReader(data), ""); err != nil {
			b.Fatal(err)
		}
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
