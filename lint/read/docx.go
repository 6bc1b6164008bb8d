package read

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"sort"
	"strconv"
	"strings"

	"github.com/dpatool/dpa/lint/doc"
)

// Limits against zip bombs. A real contract's document.xml is well under 5 MB.
const (
	maxZipEntries = 10000
	maxEntrySize  = 50 << 20  // uncompressed bytes per entry read
	maxTotalSize  = 100 << 20 // uncompressed bytes of all entries read
	maxRatio      = 100       // uncompressed/compressed, checked on entries over ratioFloor
	ratioFloor    = 1 << 20
)

const (
	wNS       = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	wNSStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	mcNS      = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

func isDOCX(data []byte) bool {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	for _, f := range z.File {
		if f.Name == "word/document.xml" {
			return true
		}
	}
	return false
}

// zipReader reads entries of a DOCX within the limits above.
type zipReader struct {
	files map[string]*zip.File
	total int64
}

func openZip(data []byte) (*zipReader, error) {
	z, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("not a DOCX (zip) file: %w", err)
	}
	if len(z.File) > maxZipEntries {
		return nil, fmt.Errorf("%w: %d zip entries (limit %d)", ErrTooLarge, len(z.File), maxZipEntries)
	}
	zr := &zipReader{files: map[string]*zip.File{}}
	for _, f := range z.File {
		zr.files[f.Name] = f
	}
	return zr, nil
}

// read returns the entry's content, or nil if there is no such entry. Declared sizes
// are checked first, then the actual bytes, because a crafted header can lie.
func (zr *zipReader) read(name string) ([]byte, error) {
	f, ok := zr.files[name]
	if !ok {
		return nil, nil
	}
	if f.UncompressedSize64 > maxEntrySize {
		return nil, fmt.Errorf("%s: %w: %d MB uncompressed (limit %d MB)", name, ErrTooLarge, f.UncompressedSize64>>20, maxEntrySize>>20)
	}
	if f.UncompressedSize64 > ratioFloor && f.UncompressedSize64 > maxRatio*f.CompressedSize64 {
		return nil, fmt.Errorf("%s: compression ratio over %d:1 (a zip bomb?)", name, maxRatio)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(io.LimitReader(rc, maxEntrySize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	n := int64(len(b))
	zr.total += n
	switch {
	case n > maxEntrySize:
		return nil, fmt.Errorf("%s: %w: over %d MB uncompressed", name, ErrTooLarge, maxEntrySize>>20)
	case n > ratioFloor && uint64(n) > maxRatio*f.CompressedSize64:
		return nil, fmt.Errorf("%s: compression ratio over %d:1 (a zip bomb?)", name, maxRatio)
	case zr.total > maxTotalSize:
		return nil, fmt.Errorf("%w: over %d MB uncompressed in all", ErrTooLarge, maxTotalSize>>20)
	}
	return b, nil
}

func isW(n xml.Name) bool { return n.Space == wNS || n.Space == wNSStrict }

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// paraStyle is what a paragraph style means for the linter.
type paraStyle struct {
	heading int
	list    bool
}

var headingStyleRe = regexp.MustCompile(`(?i)^(?:heading|titre|berschrift|überschrift|kop|titolo|encabezado|título)\s*([1-9])$`)

// styleOf classifies a style from its id and name: Word writes the built-in English
// name ("heading 1") in styles.xml whatever the interface language, while the id is
// localised ("Titre1", "berschrift1").
func styleOf(id, name string) paraStyle {
	for _, s := range []string{name, id} {
		if m := headingStyleRe.FindStringSubmatch(strings.TrimSpace(s)); m != nil {
			n, _ := strconv.Atoi(m[1])
			return paraStyle{heading: min(n, 6)}
		}
	}
	switch strings.ToLower(strings.ReplaceAll(name+"|"+id, " ", "")) {
	case "title|title", "titre|titre":
		return paraStyle{heading: 1}
	}
	if strings.EqualFold(name, "title") || strings.EqualFold(id, "title") {
		return paraStyle{heading: 1}
	}
	ln := strings.ToLower(name + " " + id)
	return paraStyle{list: strings.Contains(ln, "list") || strings.Contains(ln, "liste")}
}

// readStyles maps style ids to heading levels and list styles from word/styles.xml.
func readStyles(data []byte) (map[string]paraStyle, error) {
	styles := map[string]paraStyle{}
	if data == nil {
		return styles, nil
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	var id, name string
	outline, numbered := -1, false
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return styles, nil
		}
		if err != nil {
			return nil, xmlErr("word/styles.xml", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if !isW(t.Name) {
				continue
			}
			switch t.Name.Local {
			case "style":
				id, name, outline, numbered = attr(t, "styleId"), "", -1, false
			case "name":
				name = attr(t, "val")
			case "outlineLvl":
				if n, err := strconv.Atoi(attr(t, "val")); err == nil && n < 9 {
					outline = n
				}
			case "numPr":
				numbered = true
			}
		case xml.EndElement:
			if isW(t.Name) && t.Name.Local == "style" && id != "" {
				s := styleOf(id, name)
				if s.heading == 0 && outline >= 0 {
					s.heading = min(outline+1, 6)
				}
				s.list = s.list || numbered
				styles[id] = s
			}
		}
	}
}

func xmlErr(part string, err error) error {
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		return fmt.Errorf("%s: line %d: invalid XML: %s", part, se.Line, se.Msg)
	}
	return fmt.Errorf("%s: invalid XML: %w", part, err)
}

// readNotes returns the text of each element named elem in a DOCX part, by w:id:
// the comments of word/comments.xml (where a reviewer may write a dpa-lint-disable
// suppression), and the footnotes and endnotes, which a contract uses for terms as
// binding as the body's ("¹ The current list is kept at ..."). Deleted text of a
// tracked change is left out, as in the body.
func readNotes(data []byte, part, elem string) (map[string]string, error) {
	out := map[string]string{}
	if data == nil {
		return out, nil
	}
	dec := xml.NewDecoder(bytes.NewReader(data))
	var id string
	var sb strings.Builder
	inT := false
	skip := 0
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return out, nil
		}
		if err != nil {
			return nil, xmlErr(part, err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch {
			case isSkipped(t.Name):
				skip++
			case isW(t.Name) && t.Name.Local == elem:
				id = attr(t, "id")
				sb.Reset()
			case isW(t.Name) && t.Name.Local == "t":
				inT = true
			case isW(t.Name) && (t.Name.Local == "p" || t.Name.Local == "tab" || t.Name.Local == "br"):
				sb.WriteByte(' ')
			}
		case xml.EndElement:
			switch {
			case isSkipped(t.Name):
				skip--
			case isW(t.Name) && t.Name.Local == elem:
				if s := strings.TrimSpace(sb.String()); s != "" {
					out[id] = s
				}
			case isW(t.Name) && t.Name.Local == "t":
				inT = false
			}
		case xml.CharData:
			if inT && skip == 0 {
				sb.Write(t)
			}
		}
	}
}

// isSkipped reports elements whose text is not the document's: the fallback copy of
// alternate content, and text deleted or moved away in a tracked change.
func isSkipped(n xml.Name) bool {
	return n.Space == mcNS && n.Local == "Fallback" || isW(n) && (n.Local == "del" || n.Local == "moveFrom")
}

// readDOCX reads word/document.xml. Loc.Para is the 1-based number of the w:p
// element in document order, counting every paragraph (empty ones and those in
// tables included), which is what Word's navigation and most converters count.
func readDOCX(d *doc.Document, data []byte) error {
	zr, err := openZip(data)
	if err != nil {
		return err
	}
	body, err := zr.read("word/document.xml")
	if err != nil {
		return err
	}
	if body == nil {
		return errors.New("not a DOCX file: no word/document.xml in the archive")
	}
	stylesXML, err := zr.read("word/styles.xml")
	if err != nil {
		return err
	}
	styles, err := readStyles(stylesXML)
	if err != nil {
		return err
	}
	var parts [3]map[string]string
	for i, p := range []struct{ name, elem string }{
		{"word/comments.xml", "comment"}, {"word/footnotes.xml", "footnote"}, {"word/endnotes.xml", "endnote"},
	} {
		data, err := zr.read(p.name)
		if err != nil {
			return err
		}
		if parts[i], err = readNotes(data, p.name, p.elem); err != nil {
			return err
		}
	}
	return parseDocumentXML(d, body, styles, parts[0], docxNotes{foot: parts[1], end: parts[2]})
}

// docxNotes holds the text of footnotes and endnotes by id.
type docxNotes struct{ foot, end map[string]string }

// parseDocumentXML reads the body. A footnote or endnote becomes a paragraph right
// after the paragraph (or table row) that cites it, located at that paragraph: Word
// numbers notes separately, and the citing paragraph is where a reader finds it.
func parseDocumentXML(d *doc.Document, body []byte, styles map[string]paraStyle, comments map[string]string, notes docxNotes) error {
	dec := xml.NewDecoder(bytes.NewReader(body))
	var (
		b        builder
		para     int
		rowDepth int // nesting of w:tr; rows inside cells are flattened
		cells    int
		skip     int // inside mc:Fallback or w:del
		inT      bool
		style    string
		numbered bool
		ilvl     int
		outline  = -1
		anchors  = map[string]int{}
		cited    []string // notes cited in the current paragraph or row
		plain    []docxPara
		gap      bool            // an empty paragraph since the last block
		raw      strings.Builder // the paragraph's text as typed, spaces kept
	)
	flushNotes := func() {
		for _, n := range cited {
			b.add(n, doc.Loc{Para: para})
			d.Blocks = append(d.Blocks, b.block(doc.Paragraph, 0))
		}
		cited = cited[:0]
	}
	finishPara := func() {
		if rowDepth > 0 {
			return
		}
		defer flushNotes()
		if b.empty() {
			gap = gap || len(cited) == 0
			return
		}
		text := string(b.buf)
		if isCommentLine(text) {
			d.Suppressions = append(d.Suppressions, parseSuppressions(text, doc.Loc{Para: para})...)
			b.reset()
			return
		}
		st := styles[style]
		if st == (paraStyle{}) && style != "" {
			st = styleOf(style, "")
		}
		kind, level := doc.Paragraph, 0
		defer func() { gap = false }()
		switch {
		case st.heading > 0:
			kind, level = doc.Heading, st.heading
		case outline >= 0:
			kind, level = doc.Heading, min(outline+1, 6)
		case numbered || st.list:
			kind, level = doc.ListItem, ilvl+1
		default:
			plain = append(plain, docxPara{block: len(d.Blocks), gap: gap, raw: raw.String()})
		}
		d.Blocks = append(d.Blocks, b.block(kind, level))
	}
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return xmlErr("word/document.xml", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if isSkipped(t.Name) {
				skip++
				continue
			}
			if skip > 0 || !isW(t.Name) {
				continue
			}
			switch t.Name.Local {
			case "p":
				para++
				if rowDepth == 0 {
					style, numbered, ilvl, outline = "", false, 0, -1
					raw.Reset()
				}
			case "pStyle":
				style = attr(t, "val")
			case "numPr":
				numbered = true
			case "ilvl":
				if n, err := strconv.Atoi(attr(t, "val")); err == nil && n >= 0 && n < 9 {
					ilvl = n
				}
			case "outlineLvl":
				if n, err := strconv.Atoi(attr(t, "val")); err == nil && n >= 0 && n < 9 {
					outline = n
				}
			case "t":
				inT = true
			case "tab", "br", "cr":
				b.breakSpace()
				raw.WriteString("    ")
			case "noBreakHyphen":
				b.add("-", doc.Loc{Para: para})
			case "tr":
				if rowDepth == 0 {
					cells = 0
				}
				rowDepth++
			case "tc":
				if rowDepth == 1 {
					if cells > 0 && !b.empty() {
						b.addHere(" | ")
					}
					cells++
				}
			case "footnoteReference":
				if n, ok := notes.foot[attr(t, "id")]; ok {
					cited = append(cited, n)
				}
			case "endnoteReference":
				if n, ok := notes.end[attr(t, "id")]; ok {
					cited = append(cited, n)
				}
			case "commentRangeStart", "commentReference":
				id := attr(t, "id")
				if _, ok := anchors[id]; !ok {
					anchors[id] = max(para, 1)
				}
			}
		case xml.EndElement:
			if isSkipped(t.Name) {
				skip--
				continue
			}
			if skip > 0 || !isW(t.Name) {
				continue
			}
			switch t.Name.Local {
			case "t":
				inT = false
			case "p":
				finishPara()
			case "tr":
				rowDepth--
				if rowDepth == 0 {
					if !b.empty() {
						d.Blocks = append(d.Blocks, b.block(doc.TableRow, 0))
					}
					gap = false
					flushNotes()
				}
			}
		case xml.CharData:
			if inT && skip == 0 {
				b.add(string(t), doc.Loc{Para: para})
				raw.Write(t)
			}
		}
	}
	reflowWrapped(d, plain)
	ids := make([]string, 0, len(anchors))
	for id := range anchors {
		ids = append(ids, id)
	}
	sort.Slice(ids, func(i, j int) bool {
		if anchors[ids[i]] != anchors[ids[j]] {
			return anchors[ids[i]] < anchors[ids[j]]
		}
		return ids[i] < ids[j]
	})
	for _, id := range ids {
		if c, ok := comments[id]; ok {
			if s := strings.TrimSpace(Normalise(c)); isCommentLine(s) {
				d.Suppressions = append(d.Suppressions, parseSuppressions(s, doc.Loc{Para: anchors[id]})...)
			}
		}
	}
	return nil
}
