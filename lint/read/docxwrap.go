package read

import (
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dpatool/dpa/lint/doc"
)

// docxPara is a plain paragraph of a DOCX body (no heading, list or table style),
// kept so a document typed as one paragraph per line can be reflowed.
type docxPara struct {
	block int    // index in Document.Blocks
	gap   bool   // an empty paragraph came before it
	raw   string // its text with the spaces as typed, for columns laid out with spaces
}

// reflowWrapped rejoins documents whose paragraphs are lines: a hard-wrapped text
// pasted into Word, a "PDF to Word" conversion, LibreOffice opening a .txt. There a
// sentence runs over several w:p elements, a word can be hyphenated across two, and
// blank paragraphs mark where real paragraphs end. The runs of plain paragraphs are
// then read as lines of text (groupLines: headings, list items, hyphenation), so
// such a DOCX lints like the text it came from. Ordinary documents, whose
// paragraphs end with their sentences, are left alone.
func reflowWrapped(d *doc.Document, paras []docxPara) {
	if !lineLike(d, paras) {
		return
	}
	byBlock := make(map[int]docxPara, len(paras))
	for _, p := range paras {
		byBlock[p.block] = p
	}
	var out []doc.Block
	for i := 0; i < len(d.Blocks); {
		if _, ok := byBlock[i]; !ok {
			out = append(out, d.Blocks[i])
			i++
			continue
		}
		var lines []srcLine
		for ; i < len(d.Blocks); i++ {
			p, ok := byBlock[i]
			if !ok {
				break
			}
			lines = append(lines, srcLine{text: p.raw, loc: d.Blocks[i].Loc, breakBefore: p.gap || len(lines) == 0})
		}
		markFull(lines)
		blocks, _ := groupLines(alignTables(lines))
		out = append(out, blocks...)
	}
	d.Blocks = out
}

// lineLike reports whether the plain paragraphs look like the lines of a wrapped
// text: short (no more than a line of a page) and mostly ending mid-sentence with
// the next line straight after them.
func lineLike(d *doc.Document, paras []docxPara) bool {
	if len(paras) < 8 {
		return false
	}
	lens := make([]int, len(paras))
	for i, p := range paras {
		lens[i] = utf8.RuneCountInString(d.Blocks[p.block].Text)
	}
	sort.Ints(lens)
	if p90, p98 := lens[len(lens)*9/10], lens[len(lens)*98/100]; p90 < 40 || p98 > 120 {
		return false
	}
	// Lines run on into the next one without a sentence ending; in an ordinary
	// document only unstyled headings do.
	runOn, open := 0, 0
	for i := 0; i+1 < len(paras); i++ {
		if next := paras[i+1]; next.block != paras[i].block+1 || next.gap {
			continue
		}
		runOn++
		if !endsSentence(strings.TrimSpace(d.Blocks[paras[i].block].Text)) {
			open++
		}
	}
	return runOn*3 >= len(paras) && open*3 >= runOn*2
}
