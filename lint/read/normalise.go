package read

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// foldRune maps the characters that PDF producers, word processors and web pages use
// in place of plain ones. Ligatures are spelled out because the rules match words
// ("notification" must match whatever glyph the typesetter chose for "fi").
var foldRune = map[rune]string{
	'\uFB00': "ff", '\uFB01': "fi", '\uFB02': "fl", '\uFB03': "ffi", '\uFB04': "ffl",
	'\uFB05': "st", '\uFB06': "st",
	'\u00AD': "", // soft hyphen: only a hint where a word may break
	'\u200B': "", '\u200C': "", '\u200D': "", '\u2060': "", '\uFEFF': "",
	'\u00A0': " ", '\u202F': " ", '\u2007': " ", '\u3000': " ",
}

// mapRune returns the replacement for r and whether r is replaced at all.
func mapRune(r rune) (string, bool) {
	if r < 0x80 { // fast path: plain ASCII
		if r < 0x20 && r != '\t' && r != '\n' && r != '\r' && r != '\f' && r != '\v' {
			return "", true
		}
		return "", r == 0x7F
	}
	if s, ok := foldRune[r]; ok {
		return s, true
	}
	if r >= '\u2000' && r <= '\u200A' { // typographic spaces
		return " ", true
	}
	if r == utf8.RuneError || (unicode.IsControl(r) && !unicode.IsSpace(r)) {
		return "", true
	}
	return "", false
}

// Normalise returns s as the readers store block text: NFC (so a decomposed "é" equals
// the precomposed one), ligatures spelled out, soft hyphens and zero-width characters
// removed, every run of white space (including non-breaking spaces) one space, trimmed.
// Curly quotes and accents are kept; Fold removes the quotes' curl for matching.
func Normalise(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range norm.NFC.String(s) {
		if rep, ok := mapRune(r); ok {
			for _, q := range rep {
				space = writeFolded(&b, q, space)
			}
			continue
		}
		space = writeFolded(&b, r, space)
	}
	return b.String()
}

// writeFolded writes r, turning white space into at most one pending space that is
// written only before the next visible character (so the result is trimmed).
func writeFolded(b *strings.Builder, r rune, space bool) bool {
	if unicode.IsSpace(r) {
		return b.Len() > 0 || space
	}
	if space && b.Len() > 0 {
		b.WriteByte(' ')
	}
	b.WriteRune(r)
	return false
}

// quoteFold straightens quotes and dashes so a rule written with ASCII punctuation
// matches typeset text.
var quoteFold = map[rune]rune{
	'\u2018': '\'', '\u2019': '\'', '\u201A': '\'', '\u201B': '\'', '\u2032': '\'',
	'\u2039': '\'', '\u203A': '\'',
	'\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
	'\u00AB': '"', '\u00BB': '"',
	'\u2010': '-', '\u2011': '-', '\u2012': '-', '\u2013': '-', '\u2014': '-', '\u2212': '-',
}

// Fold returns s in the form the lint engine matches against: normalised as by
// Normalise, lower-cased, quotes straightened, dashes made ASCII hyphens, white space
// single. Accents are kept on purpose: French rules need "délai" and "données" as
// written, and folding them would let patterns match unrelated words.
func Fold(s string) string {
	f, _ := FoldIndex(Normalise(s))
	return f
}

// FoldIndex folds s like Fold and also returns, for every byte of the result, the
// byte offset in s it came from, so a match found in folded text can be reported at
// its place in the block (Block.LocAt). s should already be normalised (Block.Text
// is); FoldIndex does not apply NFC because that would reorder bytes.
func FoldIndex(s string) (string, []int) {
	var b strings.Builder
	b.Grow(len(s))
	idx := make([]int, 0, len(s))
	pending := -1 // offset in s of a pending space, -1 if none
	for i, r := range s {
		var out string
		if rep, ok := mapRune(r); ok {
			out = rep
		} else if q, ok := quoteFold[r]; ok {
			out = string(q)
		} else {
			out = string(unicode.ToLower(r))
		}
		for _, q := range out {
			if unicode.IsSpace(q) {
				if b.Len() > 0 && pending < 0 {
					pending = i
				}
				continue
			}
			if pending >= 0 {
				b.WriteByte(' ')
				idx = append(idx, pending)
				pending = -1
			}
			n := b.Len()
			b.WriteRune(q)
			for k := n; k < b.Len(); k++ {
				idx = append(idx, i)
			}
		}
	}
	return b.String(), idx
}
