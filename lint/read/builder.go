package read

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dpatool/dpa/lint/doc"
)

// builder assembles one block's text from pieces of source, normalising as it goes
// and recording where each source line starts in the text (Block.Lines), so offsets
// stay exact however much white space and markup were dropped.
type builder struct {
	buf     []byte
	lines   []int
	locs    []doc.Loc
	started bool
	cur     doc.Loc // position of the source line being written
	space   bool    // a space is due before the next visible character
	// newLine is set when the next visible character starts a new source line.
	newLine bool
	next    doc.Loc
	// softBreak: the previous line ended in a soft hyphen, so the word continues.
	softBreak bool
	hy        *hyphenator // nil: no hyphenation repair (Markdown, HTML)
}

func (b *builder) reset() {
	*b = builder{buf: b.buf[:0], hy: b.hy}
}

// lineBased reports whether l can be stored as Loc.Line+i (no LineLocs needed).
func lineBased(l doc.Loc) bool { return l.Page == 0 && l.Para == 0 }

// add appends s, which comes from the single source line at loc.
func (b *builder) add(s string, loc doc.Loc) {
	if b.started && loc != b.cur && !b.newLine {
		b.newLine = true
		b.next = loc
	} else if b.newLine {
		b.next = loc
	} else if !b.started {
		b.cur = loc
	}
	b.write(s)
}

// addHere appends s at the current position (text with no source segment of its own,
// such as a table cell separator or an autolink label).
func (b *builder) addHere(s string) { b.write(s) }

// addCells appends a table row's cells, each cell's lines at their own
// positions, joined with the cell separator every reader uses (" | ").
func (b *builder) addCells(cells [][]cellLine) {
	for ci, c := range cells {
		if ci > 0 {
			b.addHere(" | ")
		}
		for _, cl := range c {
			b.add(cl.text, cl.loc)
		}
	}
}

// breakSpace ends a word without starting a new line (a cell or an inline break).
func (b *builder) breakSpace() { b.space = b.started }

func (b *builder) write(s string) {
	trimmed := strings.TrimRight(s, " \t\r\n")
	soft := strings.HasSuffix(trimmed, "\u00AD")
	for i, r := range s {
		if rep, ok := mapRune(r); ok {
			for _, q := range rep {
				b.rune(q, s[i:])
			}
			continue
		}
		b.rune(r, s[i:])
	}
	if soft {
		b.softBreak = true
	}
}

func (b *builder) rune(r rune, rest string) {
	if unicode.IsSpace(r) {
		if b.started {
			b.space = true
		}
		return
	}
	if !b.started {
		b.started = true
		b.lines = append(b.lines, 0)
		b.locs = append(b.locs, b.cur)
		b.space = false
	} else if b.newLine {
		switch {
		case b.softBreak:
		case b.hy == nil:
			b.buf = append(b.buf, ' ')
		default:
			switch b.hy.split(b.buf, rest) {
			case breakWord:
				b.buf = b.buf[:len(b.buf)-1] // drop the line-end hyphen
			case breakSpace:
				b.buf = append(b.buf, ' ')
			}
		}
		b.space = false
		b.softBreak = false
		b.newLine = false
		b.markLine(b.next)
	} else if b.space {
		b.buf = append(b.buf, ' ')
		b.space = false
		b.softBreak = false
	}
	b.buf = utf8.AppendRune(b.buf, r)
}

// markLine records that source line loc starts at the current end of the text. For
// line-based formats every skipped line gets an entry too, so Lines[i] is always
// line Loc.Line+i.
func (b *builder) markLine(loc doc.Loc) {
	if lineBased(loc) && lineBased(b.cur) {
		for l := b.cur.Line + 1; l < loc.Line; l++ {
			b.lines = append(b.lines, len(b.buf))
			b.locs = append(b.locs, doc.Loc{Line: l})
		}
	}
	b.lines = append(b.lines, len(b.buf))
	b.locs = append(b.locs, loc)
	b.cur = loc
}

func (b *builder) empty() bool { return !b.started }

// block returns the finished block and resets the builder.
func (b *builder) block(kind doc.Kind, level int) doc.Block {
	blk := doc.Block{Kind: kind, Level: level, Text: string(b.buf), Loc: b.locs[0]}
	if len(b.lines) > 1 {
		blk.Lines = append([]int(nil), b.lines...)
		first := b.locs[0]
		for i, l := range b.locs {
			if l != (doc.Loc{Line: first.Line + i, Page: first.Page, Para: first.Para}) {
				blk.LineLocs = append([]doc.Loc(nil), b.locs...)
				break
			}
		}
	}
	b.reset()
	return blk
}

// hyphenator decides whether "word-" at a line end and the word starting the next
// line are one word broken by the typesetter ("obliga-" + "tions") or a compound
// that keeps its hyphen ("sub-" + "processor").
//
// The rule: join only when the line ends with a letter and "-" and the next line
// starts with a lower-case letter. Then, using the words of the document itself:
// keep the hyphen if the hyphenated compound appears elsewhere on one line; join if
// the joined word appears elsewhere; otherwise keep the hyphen after a known compound
// prefix (sub-, co-, non-, pre-, re-, self-, third-, cross-, e- ...) and join in every
// other case.
type hyphenator struct {
	words map[string]bool // lower-case words and hyphenated compounds seen within lines
}

var compoundPrefixes = map[string]bool{
	"sub": true, "co": true, "non": true, "pre": true, "re": true, "self": true,
	"third": true, "cross": true, "e": true, "anti": true, "ex": true, "inter": true,
	"intra": true, "multi": true, "post": true, "semi": true, "well": true, "opt": true,
	"end": true, "high": true, "low": true, "long": true, "short": true, "top": true,
}

func newHyphenator(lines []string) *hyphenator {
	h := &hyphenator{words: map[string]bool{}}
	for _, l := range lines {
		for _, w := range strings.FieldsFunc(strings.ToLower(l), func(r rune) bool {
			return !unicode.IsLetter(r) && r != '-'
		}) {
			w = strings.Trim(w, "-")
			if w != "" {
				h.words[w] = true
			}
		}
	}
	return h
}

// How a line break inside a block is rendered.
const (
	breakSpace    = iota // an ordinary line break: a space
	breakWord            // a word broken by the typesetter: drop the hyphen, no space
	breakCompound        // a compound broken at its hyphen: keep the hyphen, no space
)

// split decides how the line break between text (so far) and next is rendered.
func (h *hyphenator) split(text []byte, next string) int {
	if len(text) < 2 || text[len(text)-1] != '-' {
		return breakSpace
	}
	head := text[:len(text)-1]
	r, _ := utf8.DecodeLastRune(head)
	if !unicode.IsLetter(r) {
		return breakSpace
	}
	n, _ := utf8.DecodeRuneInString(next)
	if !unicode.IsLower(n) {
		return breakSpace
	}
	start := len(head)
	for start > 0 {
		r, size := utf8.DecodeLastRune(head[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= size
	}
	prefix := strings.ToLower(string(head[start:]))
	end := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) })
	if end < 0 {
		end = len(next)
	}
	tail := strings.ToLower(next[:end])
	switch {
	case h.words[prefix+"-"+tail]:
		return breakCompound
	case h.words[prefix+tail]:
		return breakWord
	case compoundPrefixes[prefix]:
		return breakCompound
	}
	return breakWord
}
