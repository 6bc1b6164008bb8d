package read

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dpatool/dpa/lint/doc"
)

// srcLine is one physical line of a plain-text file or one row of a PDF page.
type srcLine struct {
	text string
	loc  doc.Loc
	// breakBefore: a paragraph ends before this line (blank line, vertical gap).
	breakBefore bool
	// headingHint: the line is set larger than body text (PDF only).
	headingHint bool
	// sizeLevel is the heading level its type size suggests: 1 for the largest
	// heading size in the document, 2 for the next, and so on (PDF only).
	sizeLevel int
	// full: the line fills the measure, so the typesetter wrapped it and the next
	// line continues the same block even if it starts like a list item or heading.
	full bool
	// pageStart: the first line of a page after the first (form-feed text).
	pageStart bool
	// cells, when set, make the line a table row: its cells in column order, each
	// a list of lines (PDF only).
	cells [][]cellLine
}

// cellLine is one source line of a table cell.
type cellLine struct {
	text string
	loc  doc.Loc
}

var (
	// clauseHeadRe matches the numbering that opens a clause: "7.", "7.1", "7.1.2",
	// "Article 7", "ARTICLE 7 -", "Section 7:", "Clause 7", "Annex I", "§ 7".
	clauseHeadRe = regexp.MustCompile(`^(?:(?i:article|art\.|section|clause|annex|annexe|appendix|schedule|chapter|chapitre|part|partie)\s+(?:\d+(?:\.\d+)*|[IVXLC]+)[a-z]?\b\.?|§\s*\d+(?:\.\d+)*|\d{1,2}(?:\.\d{1,2}){0,3}\.?)(?:\s*[-–—:.)]\s*|\s+|$)`)
	// listMarkRe matches a list item start: bullets, "(a)", "a)", "(iv)", "iv.".
	// "a. process only on instructions;" after a colon or a finished item: a letter
	// or small roman numeral with a dot opens an item as "a)" does.
	listMarkRe = regexp.MustCompile(`^(?:[•●▪◦‣∙·–\-*]\s+|\(?` + itemLetter + `\)\s+|` + itemLetter + `\.\s+)`)
	// letterDotRe is an item opened by "b.", which listMarkRe also matches.
	letterDotRe = regexp.MustCompile(`^` + itemLetter + `\.\s+\S`)
	// runInRe matches a run-in heading followed by the first words of its sentence:
	// a few words, a full stop, then two words or more ("Duration. The term ..."). A word
	// with inner dots ("U.S.") is an abbreviation, not the end of a heading.
	runInRe = regexp.MustCompile(`^\p{Lu}[\p{L}’'-]*(?:\s+[\p{L}’'-]+){0,4}\.\s+\p{Lu}\p{Ll}*\s+\S`)
	// numberedRe matches a numbered clause that is not a heading: "7.1 The processor".
	// It needs a dot, so "34 of the GDPR" wrapped onto a new line is not a clause.
	numberedRe = regexp.MustCompile(`^\d{1,2}(?:\.\d{1,2}){0,3}\.\s+\S|^\d{1,2}(?:\.\d{1,2}){1,3}\s+\S`)
)

// itemLetter is the letter or small roman numeral of a list item: "b", "iv".
const itemLetter = `(?:[a-z]|[ivx]{1,5})`

// bulletGlyphs only ever mark list items (unlike "-", which also hyphenates).
const bulletGlyphs = "•●▪◦‣∙·"

// headingLevel returns the heading level of a line standing alone (0 = not a
// heading). Numbered headings are short and do not end like a sentence; their level
// is the depth of the numbering ("7" 1, "7.1" 2). A short all-capitals line is a
// level-1 heading ("DEFINITIONS").
func headingLevel(t string) int {
	if utf8.RuneCountInString(t) > 90 || len(strings.Fields(t)) > 12 {
		return 0
	}
	if m := clauseHeadRe.FindString(t); m != "" {
		rest := strings.TrimSpace(t[len(m):])
		if rest != "" {
			if strings.ContainsAny(rest[len(rest)-1:], ".;,") {
				return 0
			}
			// "3.1 We maintain a security program that includes:" leads into a
			// list; a heading with a colon is a word or two ("3.1 Definitions:").
			if strings.HasSuffix(rest, ":") && len(strings.Fields(rest)) >= 4 {
				return 0
			}
			r, _ := utf8.DecodeRuneInString(rest)
			if !unicode.IsUpper(r) && !unicode.IsDigit(r) {
				return 0
			}
			// "1.4 Duration. The term of the Agreement, plus the return period in" is
			// a run-in heading and the start of its clause, cut by the wrap.
			if runInRe.MatchString(rest) {
				return 0
			}
		}
		num := strings.TrimRight(strings.Fields(m)[0], ".-–—:)")
		if unicode.IsDigit(rune(num[0])) {
			return min(strings.Count(num, ".")+1, 6)
		}
		return 1
	}
	letters, upper := 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	if letters >= 4 && upper == letters && len(strings.Fields(t)) <= 8 && !strings.HasSuffix(t, ".") {
		return 1
	}
	return 0
}

// endsSentence reports whether a line ends a sentence or introduces a list.
func endsSentence(t string) bool {
	t = strings.TrimRight(t, `"'”’)]* `)
	return t == "" || strings.ContainsAny(t[len(t)-1:], ".!?:;")
}

func firstRune(t string) string {
	_, n := utf8.DecodeRuneInString(t)
	return t[:n]
}

func startsLower(t string) bool {
	r, _ := utf8.DecodeRuneInString(strings.TrimLeft(t, `"'“‘(`))
	return unicode.IsLower(r)
}

// groupLines turns physical lines into blocks: paragraphs end at breaks, headings
// stand alone, a list marker or clause number after a finished sentence opens a new
// block, line-end hyphenation is repaired and suppression lines are taken out.
func groupLines(lines []srcLine) ([]doc.Block, []doc.Suppression) {
	texts := make([]string, len(lines))
	for i, l := range lines {
		texts[i] = l.text
	}
	b := &builder{hy: newHyphenator(texts)}
	var blocks []doc.Block
	var sups []doc.Suppression
	kind, level := doc.Paragraph, 0
	prev := ""        // text of the previous line in the current block
	prevFull := false // the previous line in the current block was full
	flush := func() {
		if !b.empty() {
			blocks = append(blocks, b.block(kind, level))
		}
		kind, level, prev, prevFull = doc.Paragraph, 0, "", false
	}
	for i, l := range lines {
		if l.cells != nil {
			// A table row is a block of its own, its cells joined as in Markdown.
			flush()
			b.addCells(l.cells)
			kind = doc.TableRow
			flush()
			continue
		}
		t := strings.TrimSpace(Normalise(l.text))
		if t == "" {
			flush()
			continue
		}
		if s := parseSuppressions(t, l.loc); s != nil && isCommentLine(t) {
			sups = append(sups, s...)
			flush()
			continue
		}
		if !strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			// A rule of dashes, underscores or stars separates; it is not text.
			flush()
			continue
		}
		if l.breakBefore {
			flush()
		}
		// A heading is one line, unless a large-type heading wrapped.
		if kind == doc.Heading && !(prevFull && l.headingHint) {
			flush()
		}
		// The layout says this line goes on; a bullet glyph never continues a line.
		// Nor does "b." after an item that ended with ";" or ":", however full that
		// line was ("...transfers;" then "b. inform the Authority"); "(b)" can go
		// on a sentence ("...Data; (a) direct access ... or (b) the keys").
		cont := !b.empty() && prevFull && !strings.ContainsAny(firstRune(t), bulletGlyphs) &&
			!(strings.ContainsAny(prev[len(prev)-1:], ";:") && letterDotRe.MatchString(t))
		nextCont := i+1 < len(lines) && !lines[i+1].breakBefore && startsLower(strings.TrimSpace(lines[i+1].text))
		switch h := headingLevel(t); {
		case cont:
		case (h > 0 && !l.full || l.headingHint) && !nextCont && (b.empty() || endsSentence(prev)) &&
			!strings.ContainsAny(firstRune(t), bulletGlyphs): // "• ISO 27001" is an item
			// A numbered line that fills the measure is the start of a wrapped
			// clause, not a heading.
			flush()
			kind, level = doc.Heading, max(h, 1)
			if l.sizeLevel > 0 {
				level = l.sizeLevel // in a PDF, type size ranks headings
			}
		default:
			if m := listMarkRe.FindString(t); m != "" && (b.empty() || endsSentence(prev) || strings.ContainsAny(m, bulletGlyphs)) {
				flush()
				kind, level = doc.ListItem, 1
				if !strings.ContainsFunc(m, unicode.IsLetter) {
					// A bullet glyph is layout, not text: drop it ("a." and "(a)"
					// are kept, as clauses cite them).
					b.add(strings.TrimSpace(t[len(m):]), l.loc)
					prev, prevFull = t, l.full
					continue
				}
			} else if numberedRe.MatchString(t) && !b.empty() && (endsSentence(prev) || kind == doc.ListItem) {
				flush()
			}
		}
		b.add(l.text, l.loc)
		prev, prevFull = t, l.full
	}
	flush()
	return blocks, sups
}

// isCommentLine reports whether a line carrying the suppression marker is a comment
// (the marker opens the line, or follows #, //, <!--, /*, %, ;) rather than contract
// text that happens to quote it.
func isCommentLine(t string) bool {
	t = strings.TrimLeft(t, "#/<!-*%; \t")
	return strings.HasPrefix(t, disableMarker)
}
