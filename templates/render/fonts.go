package render

import (
	"strings"
	"sync"

	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/gomono"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/sfnt"
)

// The PDF embeds the Go fonts (BSD licence, shipped as Go source by
// golang.org/x/image), subset to the characters used. They cover Latin-1,
// Latin Extended-A, the euro sign, typographic quotes and dashes: everything an
// English or French contract prints.
var fontFaces = []struct {
	family, style string
	ttf           []byte
}{
	{"go", "", goregular.TTF},
	{"go", "B", gobold.TTF},
	{"go", "I", goitalic.TTF},
	{"go", "BI", gobolditalic.TTF},
	{"gomono", "", gomono.TTF},
}

// substitutes replaces characters the Go fonts lack (and drops invisible ones) with the nearest character
// they have, so that nothing prints as an empty box. French typography puts a
// narrow no-break space (U+202F) inside « » and before ; : ! ?; the Go fonts have
// no glyph for it, and the no-break space (U+00A0) keeps the same line-breaking
// behaviour at a slightly larger width.
var substitutes = map[rune]string{
	'\u202f': "\u00a0", // narrow no-break space
	'\u2007': "\u00a0", // figure space
	'\u2009': " ",      // thin space
	'\u200a': " ",      // hair space
	'\u2002': " ",      // en space
	'\u2003': " ",      // em space
	'\u2011': "-",      // non-breaking hyphen
	'\u2010': "-",      // hyphen
	'\u2212': "-",      // minus sign
	'\u200b': "",       // zero-width space
	'\u00ad': "",       // soft hyphen: we do not hyphenate
	'\ufeff': "",       // byte order mark
}

var (
	coverageOnce sync.Once
	coverage     *sfnt.Font
)

// hasGlyph reports whether the regular Go font has a glyph for r.
func hasGlyph(r rune) bool {
	coverageOnce.Do(func() {
		f, err := sfnt.Parse(goregular.TTF)
		if err == nil {
			coverage = f
		}
	})
	if coverage == nil {
		return true
	}
	var b sfnt.Buffer
	g, err := coverage.GlyphIndex(&b, r)
	return err == nil && g != 0
}

// printable maps s to characters the embedded fonts can print (see substitutes)
// and drops control characters. Characters that have neither a glyph nor a
// substitute are kept: a box in the output is honest about what is missing.
func printable(s string) string {
	clean := true
	for _, r := range s {
		if r < 0x20 || r >= 0x7f {
			clean = false
			break
		}
	}
	if clean {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch {
		case r == '\t' || r == '\n' || r == '\r':
			b.WriteByte(' ')
		case r < 0x20 || r == 0x7f:
		case r < 0x7f:
			b.WriteRune(r)
		default:
			if sub, ok := substitutes[r]; ok && (sub == "" || !hasGlyph(r)) {
				b.WriteString(sub)
			} else {
				b.WriteRune(r)
			}
		}
	}
	return b.String()
}
