// Package read turns a contract file (Markdown, plain text, HTML, PDF or DOCX) into a
// doc.Document: blocks of clean text in reading order, each with its exact position in
// the original file, plus the inline dpa-lint-disable suppressions. The lint engine
// matches rules against the blocks; this package only reads.
//
// Positions: Block.Loc is where the block's first text is (line; page and line within
// the page for PDF; paragraph number for DOCX), and Block.LocAt maps a byte offset in
// the block's text to the line (and page) it came from. Fold and FoldIndex give the
// form rules match against, with a map back to offsets in the block text.
package read

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"unicode/utf8"

	"github.com/dpatool/dpa/lint/doc"
)

// MaxSize is the largest input Read accepts. A DPA is rarely over 2 MB even as a PDF;
// the cap keeps memory bounded for any input.
const MaxSize = 20 << 20

// ErrTooLarge is returned (wrapped) when an input is over MaxSize or expands past a limit.
var ErrTooLarge = errors.New("input too large")

var formats = []string{"md", "txt", "html", "pdf", "docx"}

// Formats lists the formats Read accepts, in the order --format help shows them.
func Formats() []string { return append([]string(nil), formats...) }

var extFormat = map[string]string{
	".md": "md", ".markdown": "md", ".mdown": "md", ".mkd": "md",
	".txt": "txt", ".text": "txt",
	".html": "html", ".htm": "html", ".xhtml": "html",
	".pdf":  "pdf",
	".docx": "docx",
}

var formatAlias = map[string]string{"markdown": "md", "text": "txt", "htm": "html"}

// Read reads one contract. name is used for the Document's Path and in error messages;
// format is one of Formats(), or "" to choose by name's extension and then by content.
func Read(name string, r io.Reader, format string) (*doc.Document, error) {
	data, err := io.ReadAll(io.LimitReader(r, MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("%s: read: %w", name, err)
	}
	if len(data) > MaxSize {
		return nil, fmt.Errorf("%s: %w: more than %d MB (limit)", name, ErrTooLarge, MaxSize>>20)
	}
	f, err := chooseFormat(name, data, format)
	if err != nil {
		return nil, err
	}
	d := &doc.Document{Path: name, Format: f}
	switch f {
	case "md":
		err = readMarkdown(d, textBytes(data))
	case "txt":
		err = readText(d, textBytes(data))
	case "html":
		err = readHTMLDoc(d, textBytes(data))
	case "pdf":
		err = readPDF(d, data)
	case "docx":
		err = readDOCX(d, data)
	}
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return d, nil
}

func chooseFormat(name string, data []byte, format string) (string, error) {
	if format != "" {
		f := strings.ToLower(format)
		if a, ok := formatAlias[f]; ok {
			f = a
		}
		for _, known := range formats {
			if f == known {
				return checkBinary(name, data, f)
			}
		}
		return "", fmt.Errorf("%s: unknown format %q (want one of %s)", name, format, strings.Join(formats, ", "))
	}
	if f, ok := extFormat[strings.ToLower(filepath.Ext(name))]; ok {
		return checkBinary(name, data, f)
	}
	f, err := Sniff(data)
	if err != nil {
		return "", fmt.Errorf("%s: %w", name, err)
	}
	return f, nil
}

// checkBinary refuses to read a binary file as text: a PDF renamed .txt would
// otherwise produce pages of garbage and no useful finding.
func checkBinary(name string, data []byte, f string) (string, error) {
	if f == "pdf" || f == "docx" {
		return f, nil
	}
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return "", fmt.Errorf("%s: binary content (NUL bytes) cannot be read as %s; is it a PDF or DOCX with the wrong extension?", name, f)
	}
	return f, nil
}

// Sniff chooses a format from content alone: %PDF-, a zip with word/document.xml,
// an HTML start, Markdown structure, else plain text.
func Sniff(data []byte) (string, error) {
	head := data[:min(len(data), 1024)]
	if bytes.Contains(head, []byte("%PDF-")) {
		return "pdf", nil
	}
	if bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		if isDOCX(data) {
			return "docx", nil
		}
		return "", errors.New("zip archive without word/document.xml: not a DOCX file")
	}
	if bytes.IndexByte(data[:min(len(data), 8192)], 0) >= 0 {
		return "", errors.New("binary content of unknown format (want md, txt, html, pdf or docx)")
	}
	t := bytes.TrimLeft(bytes.TrimPrefix(data, bom), " \t\r\n")
	lower := bytes.ToLower(t[:min(len(t), 512)])
	for _, p := range []string{"<!doctype html", "<html", "<?xml", "<head", "<body"} {
		if bytes.HasPrefix(lower, []byte(p)) {
			return "html", nil
		}
	}
	if bytes.HasPrefix(lower, []byte("<")) && !looksMarkdown(t) {
		// An HTML fragment: starts with a tag and closes a block element early on
		// (Markdown that opens with an HTML block stays Markdown).
		head := bytes.ToLower(t[:min(len(t), 4096)])
		for _, end := range []string{"</p>", "</div>", "</h1>", "</h2>", "</li>", "</table>", "</section>"} {
			if bytes.Contains(head, []byte(end)) {
				return "html", nil
			}
		}
	}
	if looksMarkdown(t) {
		return "md", nil
	}
	return "txt", nil
}

var bom = []byte("\xEF\xBB\xBF")

// looksMarkdown reports Markdown structure in the first lines: front matter, ATX
// headings, fenced code, tables, list bullets with emphasis or links. Numbered lines
// alone are not enough: plain-text contracts number their clauses too.
func looksMarkdown(t []byte) bool {
	if bytes.HasPrefix(t, []byte("---\n")) || bytes.HasPrefix(t, []byte("---\r\n")) {
		return true
	}
	score := 0
	for i, line := range bytes.Split(t[:min(len(t), 16384)], []byte("\n")) {
		if i > 400 {
			break
		}
		l := bytes.TrimSpace(line)
		switch {
		case bytes.HasPrefix(l, []byte("#")) && len(l) > 1 && (l[1] == '#' || l[1] == ' '):
			score += 2
		case bytes.HasPrefix(l, []byte("```")), bytes.HasPrefix(l, []byte("|")) && bytes.HasSuffix(l, []byte("|")):
			score += 2
		case bytes.Contains(l, []byte("](")), bytes.Contains(l, []byte("**")), bytes.Contains(l, []byte("__")):
			score++
		case bytes.HasPrefix(l, []byte("* ")), bytes.HasPrefix(l, []byte("- ")):
			score++
		}
	}
	return score >= 2
}

// textBytes returns data as UTF-8 without a byte-order mark, keeping every byte
// offset (and so every line number) as it was: invalid UTF-8 bytes are read as
// Windows-1252 only when the whole file is not UTF-8, which changes lengths but not
// line breaks.
func textBytes(data []byte) []byte {
	if bytes.HasPrefix(data, bom) {
		// Replace the BOM with spaces rather than cutting it, so offsets stay put.
		d := append([]byte(nil), data...)
		copy(d, "   ")
		data = d
	}
	if utf8.Valid(data) {
		return data
	}
	var b bytes.Buffer
	b.Grow(len(data) + len(data)/8)
	for _, c := range data {
		if c < 0x80 {
			b.WriteByte(c)
			continue
		}
		b.WriteRune(cp1252[c])
	}
	return b.Bytes()
}

// cp1252 maps the Windows-1252 upper half (the usual encoding of non-UTF-8 text
// exported from office software) to Unicode.
var cp1252 = func() (t [256]rune) {
	for i := range t {
		t[i] = rune(i)
	}
	for i, r := range []rune("€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ") {
		t[0x80+i] = r
	}
	return t
}()
