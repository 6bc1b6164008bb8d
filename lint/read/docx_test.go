package read

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/dpatool/dpa/lint/doc"
)

const docxHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>`

// makeDOCX zips parts (name -> content) into a .docx; document.xml gets the
// namespace wrapper so tests only write the body.
func makeDOCX(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	z := zip.NewWriter(&buf)
	names := []string{"[Content_Types].xml", "word/document.xml", "word/styles.xml", "word/comments.xml", "word/footnotes.xml", "word/endnotes.xml"}
	for _, name := range names {
		content, ok := parts[name]
		if !ok {
			continue
		}
		if name == "word/document.xml" {
			content = docxHead + content + `</w:body></w:document>`
		}
		w, err := z.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(content)); err != nil {
			t.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func wp(style, text string) string {
	ppr := ""
	if style != "" {
		ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + ppr + `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

const stylesXML = `<?xml version="1.0"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:style w:type="paragraph" w:styleId="Titre1"><w:name w:val="heading 1"/></w:style>
<w:style w:type="paragraph" w:styleId="Clause"><w:name w:val="Clause"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="Puce"><w:name w:val="Puce"/><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style>
</w:styles>`

func TestDOCX(t *testing.T) {
	body := wp("Titre1", "Article 1 – Objet") + // para 1
		wp("", "") + // para 2: empty, still counted
		`<w:p><w:r><w:t>Le sous-traitant notifie</w:t></w:r><w:r><w:tab/><w:t>la violation</w:t><w:br/><w:t xml:space="preserve"> dans les 48</w:t><w:noBreakHyphen/><w:t>heures.</w:t></w:r>` +
		`<w:del><w:r><w:delText>texte supprimé</w:delText></w:r></w:del><w:commentRangeStart w:id="7"/></w:p>` + // para 3
		wp("Clause", "Audits") + // para 4
		`<w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="2"/></w:numPr></w:pPr><w:r><w:t>tenir un registre</w:t></w:r></w:p>` + // para 5
		wp("Puce", "supprimer les données") + // para 6
		`<w:tbl><w:tr><w:tc>` + wp("", "Sous-traitant") + wp("", "ultérieur") + `</w:tc><w:tc>` + wp("", "Pays") + `</w:tc></w:tr>` + // paras 7-9
		`<w:tr><w:tc>` + wp("", "OVH") + `</w:tc><w:tc>` + wp("", "France") + `</w:tc></w:tr></w:tbl>` + // paras 10-11
		`<w:p><w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:txbxContent>` + wp("", "Encadré") + `</w:txbxContent></mc:Choice>` + // para 12 (outer), 13 (box)
		`<mc:Fallback><w:txbxContent>` + wp("", "Encadré") + `</w:txbxContent></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
		wp("", "dpa-lint-disable records: tenu par le client") // para 14
	data := makeDOCX(t, map[string]string{
		"word/document.xml": body,
		"word/styles.xml":   stylesXML,
		"word/comments.xml": `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="7"><w:p><w:r><w:t>dpa-lint-disable breach-notice: délai fixé au contrat cadre</w:t></w:r></w:p></w:comment></w:comments>`,
	})
	row1 := "Sous-traitant ultérieur | Pays"
	want := []doc.Block{
		{Kind: doc.Heading, Level: 1, Text: "Article 1 – Objet", Loc: doc.Loc{Para: 1}},
		{Kind: doc.Paragraph, Text: "Le sous-traitant notifie la violation dans les 48-heures.", Loc: doc.Loc{Para: 3}},
		{Kind: doc.Heading, Level: 2, Text: "Audits", Loc: doc.Loc{Para: 4}},
		{Kind: doc.ListItem, Level: 2, Text: "tenir un registre", Loc: doc.Loc{Para: 5}},
		{Kind: doc.ListItem, Level: 1, Text: "supprimer les données", Loc: doc.Loc{Para: 6}},
		{Kind: doc.TableRow, Text: row1, Loc: doc.Loc{Para: 7}, Lines: offs(t, row1, "Sous", "ultérieur", "Pays"),
			LineLocs: []doc.Loc{{Para: 7}, {Para: 8}, {Para: 9}}},
		{Kind: doc.TableRow, Text: "OVH | France", Loc: doc.Loc{Para: 10}, Lines: offs(t, "OVH | France", "OVH", "France"),
			LineLocs: []doc.Loc{{Para: 10}, {Para: 11}}},
		{Kind: doc.Paragraph, Text: "Encadré", Loc: doc.Loc{Para: 13}},
	}
	wantSup := []doc.Suppression{
		{ID: "records", Reason: "tenu par le client", Loc: doc.Loc{Para: 14}},
		{ID: "breach-notice", Reason: "délai fixé au contrat cadre", Loc: doc.Loc{Para: 3}},
	}
	d, err := Read("c.docx", bytes.NewReader(data), "")
	if err != nil {
		t.Fatal(err)
	}
	compareBlocks(t, d.Blocks, want)
	if fmt.Sprint(d.Suppressions) != fmt.Sprint(wantSup) {
		t.Errorf("suppressions\n got %+v\nwant %+v", d.Suppressions, wantSup)
	}
	// Sniffing finds DOCX without the extension.
	if d, err := Read("upload", bytes.NewReader(data), ""); err != nil || d.Format != "docx" {
		t.Errorf("sniff: %v, %v", d, err)
	}
}

// A footnote or endnote is read as a paragraph right after the paragraph or table
// row that cites it, at that paragraph's number; separators, notes nobody cites and
// text deleted in a tracked change are not read.
func TestDOCXNotes(t *testing.T) {
	const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	note := func(elem, id, typ, body string) string {
		if typ != "" {
			typ = ` w:type="` + typ + `"`
		}
		return `<w:` + elem + ` w:id="` + id + `"` + typ + `>` + body + `</w:` + elem + `>`
	}
	foot := `<w:footnotes ` + ns + `>` +
		note("footnote", "-1", "separator", `<w:p><w:r><w:separator/></w:r></w:p>`) +
		note("footnote", "0", "continuationSeparator", `<w:p><w:r><w:continuationSeparator/></w:r></w:p>`) +
		note("footnote", "1", "", `<w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> The current list of sub-processors is kept at</w:t></w:r><w:r><w:tab/><w:t>https://vendor.example/sub-processors.</w:t></w:r></w:p>`) +
		note("footnote", "2", "", `<w:p><w:r><w:t>Hosting only.</w:t></w:r><w:del><w:r><w:delText> And backups.</w:delText></w:r></w:del></w:p>`) +
		note("footnote", "3", "", `<w:p><w:r><w:t>Never cited.</w:t></w:r></w:p>`) + `</w:footnotes>`
	end := `<w:endnotes ` + ns + `>` + note("endnote", "1", "", `<w:p><w:r><w:t>Within 48 hours.</w:t></w:r></w:p>`) + `</w:endnotes>`
	ref := func(elem, id string) string { return `<w:r><w:` + elem + ` w:id="` + id + `"/></w:r>` }
	body := `<w:p><w:r><w:t>The Processor engages sub-processors.</w:t></w:r>` + ref("footnoteReference", "1") + `</w:p>` + // para 1
		`<w:tbl><w:tr><w:tc>` + wp("", "Hostco Ltd") + `</w:tc><w:tc><w:p><w:r><w:t>Dublin</w:t></w:r>` + ref("footnoteReference", "2") + `</w:p></w:tc></w:tr></w:tbl>` + // paras 2-3
		`<w:p><w:r><w:t>Breaches are notified.</w:t></w:r>` + ref("endnoteReference", "1") + ref("footnoteReference", "99") + `</w:p>` // para 4
	data := makeDOCX(t, map[string]string{"word/document.xml": body, "word/footnotes.xml": foot, "word/endnotes.xml": end})
	d, err := Read("notes.docx", bytes.NewReader(data), "")
	if err != nil {
		t.Fatal(err)
	}
	compareBlocks(t, d.Blocks, []doc.Block{
		{Kind: doc.Paragraph, Text: "The Processor engages sub-processors.", Loc: doc.Loc{Para: 1}},
		{Kind: doc.Paragraph, Text: "The current list of sub-processors is kept at https://vendor.example/sub-processors.", Loc: doc.Loc{Para: 1}},
		{Kind: doc.TableRow, Text: "Hostco Ltd | Dublin", Loc: doc.Loc{Para: 2}, Lines: offs(t, "Hostco Ltd | Dublin", "Hostco", "Dublin"),
			LineLocs: []doc.Loc{{Para: 2}, {Para: 3}}},
		{Kind: doc.Paragraph, Text: "Hosting only.", Loc: doc.Loc{Para: 3}},
		{Kind: doc.Paragraph, Text: "Breaches are notified.", Loc: doc.Loc{Para: 4}},
		{Kind: doc.Paragraph, Text: "Within 48 hours.", Loc: doc.Loc{Para: 4}},
	})
	// A broken notes part is an error naming the part, not a silent skip.
	bad := makeDOCX(t, map[string]string{"word/document.xml": body, "word/footnotes.xml": `<w:footnotes ` + ns + `><w:footnote>`})
	if _, err := Read("bad.docx", bytes.NewReader(bad), ""); err == nil || !strings.Contains(err.Error(), "word/footnotes.xml") {
		t.Errorf("broken footnotes: err = %v, want one naming word/footnotes.xml", err)
	}
}

func TestDOCXErrors(t *testing.T) {
	bomb := func() []byte {
		var buf bytes.Buffer
		z := zip.NewWriter(&buf)
		w, _ := z.Create("word/document.xml")
		w.Write([]byte(docxHead))
		w.Write(bytes.Repeat([]byte(" "), 3<<20)) // 3 MB of spaces compress about 1000:1
		z.Close()
		return buf.Bytes()
	}()
	manyEntries := func() []byte {
		var buf bytes.Buffer
		z := zip.NewWriter(&buf)
		for i := 0; i <= maxZipEntries; i++ {
			z.Create(fmt.Sprintf("f%d", i))
		}
		z.Close()
		return buf.Bytes()
	}()
	// A header that declares 1 KB for an entry that inflates to 3 MB.
	lying := func() []byte {
		var raw bytes.Buffer
		fw, _ := flate.NewWriter(&raw, flate.BestCompression)
		fw.Write([]byte(docxHead))
		fw.Write(bytes.Repeat([]byte(" "), 3<<20))
		fw.Close()
		var buf bytes.Buffer
		z := zip.NewWriter(&buf)
		w, _ := z.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate,
			CompressedSize64: uint64(raw.Len()), UncompressedSize64: 1024})
		w.Write(raw.Bytes())
		z.Close()
		return buf.Bytes()
	}()
	declared := func() []byte {
		var buf bytes.Buffer
		z := zip.NewWriter(&buf)
		w, _ := z.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Store,
			CompressedSize64: 3, UncompressedSize64: 60 << 20})
		w.Write([]byte("abc"))
		z.Close()
		return buf.Bytes()
	}()
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"too many entries", manyEntries, "c.docx: input too large: 10001 zip entries (limit 10000)"},
		{"header understates size", lying, "c.docx: word/document.xml: zip: "},
		{"declared too large", declared, "c.docx: word/document.xml: input too large: 60 MB uncompressed (limit 50 MB)"},
		{"not a zip", []byte("PK\x03\x04garbage"), "c.docx: not a DOCX (zip) file"},
		{"no document.xml", makeDOCX(t, map[string]string{"[Content_Types].xml": "<x/>"}), "c.docx: not a DOCX file: no word/document.xml"},
		{"bad xml", makeDOCX(t, map[string]string{"word/document.xml": "<w:p>\n<w:r></w:p>"}), "c.docx: word/document.xml: line 3: invalid XML: element <r> closed by </p>"},
		{"zip bomb", bomb, "c.docx: word/document.xml: compression ratio over 100:1"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read("c.docx", bytes.NewReader(tc.data), "")
			if err == nil || !strings.HasPrefix(err.Error(), tc.want) {
				t.Fatalf("error %v, want prefix %q", err, tc.want)
			}
		})
	}
}

// A footnote as LibreOffice writes it (word/footnotes.xml with its separators and a
// footnoteRef run) is read after the paragraph citing it.
func TestDOCXNotesLibreOffice(t *testing.T) {
	f, err := os.Open("testdata/footnote-libreoffice.docx")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := Read("footnote-libreoffice.docx", f, "")
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, b := range d.Blocks {
		got = append(got, fmt.Sprintf("%d %s", b.Loc.Para, b.Text))
	}
	want := []string{
		"1 5. Sub-processors",
		"2 The Processor may engage the sub-processors it has notified to the Controller.",
		"2 The current list of sub-processors is kept at https://vendor.example/subprocessors.",
		"3 Another paragraph.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("blocks:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
