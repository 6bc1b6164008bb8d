package read

import (
	"bytes"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/jung-kurt/gofpdf"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	ghtml "github.com/yuin/goldmark/renderer/html"
	"golang.org/x/image/font/gofont/goregular"

	"github.com/dpatool/dpa/lint/doc"
)

// The agreement tests take the blocks read from each corpus Markdown file, write
// them out again as HTML, DOCX, PDF and plain text, read those back and measure how
// many blocks come back with exactly the same text. This measures each reader on
// real contract prose in layouts it did not see.

func renderHTML(t testing.TB, src []byte) []byte {
	var buf bytes.Buffer
	if err := goldmark.New(goldmark.WithExtensions(extension.Table), goldmark.WithRendererOptions(ghtml.WithUnsafe())).Convert(src, &buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func renderDOCX(t testing.TB, blocks []doc.Block) []byte {
	var body strings.Builder
	inTable := false
	for _, b := range blocks {
		if b.Kind == doc.TableRow && !inTable {
			body.WriteString("<w:tbl>")
			inTable = true
		}
		if b.Kind != doc.TableRow && inTable {
			body.WriteString("</w:tbl>")
			inTable = false
		}
		esc := html.EscapeString
		switch b.Kind {
		case doc.Heading:
			body.WriteString(wp(fmt.Sprintf("Heading%d", b.Level), esc(b.Text)))
		case doc.ListItem:
			fmt.Fprintf(&body, `<w:p><w:pPr><w:numPr><w:ilvl w:val="%d"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>%s</w:t></w:r></w:p>`, b.Level-1, esc(b.Text))
		case doc.TableRow:
			body.WriteString("<w:tr>")
			for _, c := range strings.Split(b.Text, " | ") {
				body.WriteString("<w:tc>" + wp("", esc(c)) + "</w:tc>")
			}
			body.WriteString("</w:tr>")
		default:
			body.WriteString(wp("", esc(b.Text)))
		}
	}
	if inTable {
		body.WriteString("</w:tbl>")
	}
	return makeDOCX(t, map[string]string{"word/document.xml": body.String()})
}

func renderPDF(t testing.TB, blocks []doc.Block) []byte {
	f := gofpdf.New("P", "mm", "A4", "")
	f.SetCreationDate(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	f.SetModificationDate(time.Date(2026, 1, 1, 0, 0, 0, 0, time.UTC))
	f.AddUTF8FontFromBytes("go", "", goregular.TTF)
	f.SetMargins(20, 25, 20)
	f.SetAutoPageBreak(true, 25)
	f.AliasNbPages("{nb}")
	f.SetHeaderFunc(func() {
		f.SetFont("go", "", 8)
		f.Text(20, 12, "Data Processing Agreement - Confidential")
	})
	f.SetFooterFunc(func() {
		f.SetFont("go", "", 8)
		f.Text(95, 287, fmt.Sprintf("Page %d of {nb}", f.PageNo()))
	})
	f.AddPage()
	for _, b := range blocks {
		switch b.Kind {
		case doc.Heading:
			f.SetFont("go", "", 14)
			f.MultiCell(0, 7, b.Text, "", "L", false)
		case doc.ListItem:
			f.SetFont("go", "", 10)
			f.SetLeftMargin(20 + 5*float64(b.Level))
			f.SetX(20 + 5*float64(b.Level))
			f.MultiCell(0, 5, "• "+b.Text, "", "L", false)
			f.SetLeftMargin(20)
		default:
			f.SetFont("go", "", 10)
			f.MultiCell(0, 5, b.Text, "", "L", false)
		}
		f.Ln(3)
	}
	var buf bytes.Buffer
	if err := f.Output(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// renderText wraps each block at 72 columns, blank line between blocks.
func renderText(blocks []doc.Block) []byte {
	var b strings.Builder
	for _, bl := range blocks {
		line := 0
		if bl.Kind == doc.ListItem {
			b.WriteString("• ")
			line = 2
		}
		for i, w := range strings.Fields(bl.Text) {
			if i > 0 && line+1+len(w) > 72 {
				b.WriteString("\n")
				line = 0
			} else if i > 0 {
				b.WriteString(" ")
				line++
			}
			b.WriteString(w)
			line += len(w)
		}
		b.WriteString("\n\n")
	}
	return []byte(b.String())
}

// agreement returns the share of want blocks whose text comes back exactly, in
// order (longest common subsequence of texts), and how many kinds agree among them.
func agreement(want, got []doc.Block) (text, kind float64) {
	n, m := len(want), len(got)
	dp := make([][]int, n+1)
	for i := range dp {
		dp[i] = make([]int, m+1)
	}
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			switch {
			case want[i].Text == got[j].Text:
				dp[i][j] = dp[i+1][j+1] + 1
			case dp[i+1][j] >= dp[i][j+1]:
				dp[i][j] = dp[i+1][j]
			default:
				dp[i][j] = dp[i][j+1]
			}
		}
	}
	same := 0
	for i, j := 0, 0; i < n && j < m; {
		switch {
		case want[i].Text == got[j].Text:
			if want[i].Kind == got[j].Kind {
				same++
			}
			i++
			j++
		case dp[i+1][j] >= dp[i][j+1]:
			i++
		default:
			j++
		}
	}
	return float64(dp[0][0]) / float64(n), float64(same) / float64(n)
}

func TestFormatAgreement(t *testing.T) {
	files := corpusFiles(t)
	if testing.Short() {
		t.Skip("renders the corpus to PDF; skipped in -short")
	}
	// Minimum share of blocks recovered exactly, per format. Plain text and PDF
	// lose table structure and list markers, so their kinds agree less.
	minText := map[string]float64{"html": 0.99, "docx": 1, "txt": 0.99, "pdf": 0.99}
	sum := map[string][2]float64{}
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		md, err := Read(path, bytes.NewReader(src), "md")
		if err != nil {
			t.Fatal(err)
		}
		// Blocks that only a Markdown table can carry are left out of the
		// txt and pdf renderings, which have no tables.
		var flow []doc.Block
		for _, b := range md.Blocks {
			if b.Kind != doc.TableRow {
				flow = append(flow, b)
			}
		}
		inputs := map[string]struct {
			data []byte
			want []doc.Block
		}{
			"html": {renderHTML(t, src), md.Blocks},
			"docx": {renderDOCX(t, md.Blocks), md.Blocks},
			"txt":  {renderText(flow), flow},
			"pdf":  {renderPDF(t, flow), flow},
		}
		for _, format := range []string{"html", "docx", "txt", "pdf"} {
			in := inputs[format]
			d, err := Read(filepath.Base(path)+"."+format, bytes.NewReader(in.data), "")
			if err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			text, kind := agreement(in.want, d.Blocks)
			t.Logf("%-40s %-4s blocks %4d/%4d text %5.1f%% kind %5.1f%%", filepath.Base(path), format, len(d.Blocks), len(in.want), 100*text, 100*kind)
			if text < minText[format] {
				t.Errorf("%s %s: only %.1f%% of blocks read back exactly", filepath.Base(path), format, 100*text)
			}
			s := sum[format]
			sum[format] = [2]float64{s[0] + text, s[1] + kind}
		}
	}
	for _, format := range []string{"html", "docx", "txt", "pdf"} {
		t.Logf("mean %-4s text %5.1f%% kind %5.1f%%", format, 100*sum[format][0]/float64(len(files)), 100*sum[format][1]/float64(len(files)))
	}
}
