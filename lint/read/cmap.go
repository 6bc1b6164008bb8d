package read

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf16"

	"github.com/ledongthuc/pdf"
)

// toUnicode is a font's ToUnicode CMap (ISO 32000 §9.10.3). The PDF library has its
// own, but it adds a range offset to the last byte of the destination only, so any
// range wider than 256 codes decodes wrongly (gofpdf writes one range for all of
// <0000>-<FFFF>, and "•" U+2022 came back as '"'). Lookups here are map-based.
type toUnicode struct {
	spaces [4][][2]string // codespace ranges by code length
	chars  map[string]string
	ranges []cmapRange
	sorted bool
}

type cmapRange struct {
	lo, hi string
	dst    string   // UTF-16BE of the first code's text
	arr    []string // per-code UTF-16BE texts, when the range maps to an array
}

// maxCMapEntries bounds a crafted CMap.
const maxCMapEntries = 1 << 17

func readToUnicode(v pdf.Value) (m *toUnicode, err error) {
	defer func() {
		if r := recover(); r != nil {
			m, err = nil, fmt.Errorf("bad ToUnicode map: %v", r)
		}
	}()
	rc := v.Reader()
	defer rc.Close()
	data, err := io.ReadAll(io.LimitReader(rc, maxCMapBytes))
	if err != nil {
		return nil, fmt.Errorf("ToUnicode map: %w", err)
	}
	return parseCMap(data), nil
}

// maxCMapBytes bounds the decompressed size of one ToUnicode stream.
const maxCMapBytes = 4 << 20

// cmapToken is a hex or literal string (str), an array of strings (arr) or a
// keyword or number (word).
type cmapToken struct {
	word string
	str  *string
	arr  []string
}

// parseCMap reads the bfchar, bfrange and codespacerange sections of a CMap. It
// tokenizes the PostScript itself rather than running it: a CMap is data, and only
// these sections matter.
func parseCMap(data []byte) *toUnicode {
	m := &toUnicode{chars: map[string]string{}}
	var stk []cmapToken
	entries := 0
	for toks := cmapTokens(data); ; {
		t, ok := toks()
		if !ok {
			break
		}
		if t.word == "" {
			if len(stk) < maxCMapEntries {
				stk = append(stk, t)
			}
			continue
		}
		switch t.word {
		case "endcodespacerange":
			for i := 0; i+1 < len(stk); i += 2 {
				lo, hi := stk[i].str, stk[i+1].str
				if lo != nil && hi != nil && len(*lo) >= 1 && len(*lo) <= 4 && len(*hi) == len(*lo) {
					m.spaces[len(*lo)-1] = append(m.spaces[len(*lo)-1], [2]string{*lo, *hi})
				}
			}
		case "endbfchar":
			for i := 0; i+1 < len(stk) && entries < maxCMapEntries; i += 2 {
				if stk[i].str != nil && stk[i+1].str != nil {
					m.chars[*stk[i].str] = decodeUTF16(*stk[i+1].str)
					entries++
				}
			}
		case "endbfrange":
			for i := 0; i+2 < len(stk) && entries < maxCMapEntries; i += 3 {
				lo, hi := stk[i].str, stk[i+1].str
				if lo == nil || hi == nil || len(*lo) != len(*hi) || len(*lo) == 0 {
					continue
				}
				r := cmapRange{lo: *lo, hi: *hi, arr: stk[i+2].arr}
				if d := stk[i+2].str; d != nil {
					r.dst = *d
				}
				m.ranges = append(m.ranges, r)
				entries++
			}
		}
		stk = stk[:0]
	}
	return m
}

// cmapTokens returns an iterator over the tokens of a CMap.
func cmapTokens(data []byte) func() (cmapToken, bool) {
	i := 0
	var next func() (cmapToken, bool)
	next = func() (cmapToken, bool) {
		for i < len(data) {
			c := data[i]
			switch {
			case c == '%':
				for i < len(data) && data[i] != '\n' && data[i] != '\r' {
					i++
				}
			case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == 0:
				i++
			case c == '<' && i+1 < len(data) && data[i+1] == '<', c == '>' && i+1 < len(data) && data[i+1] == '>':
				i += 2
			case c == '<':
				j := i + 1
				var hex []byte
				for j < len(data) && data[j] != '>' {
					if h, ok := unhex(data[j]); ok {
						hex = append(hex, h)
					}
					j++
				}
				i = j + 1
				if len(hex)%2 == 1 {
					hex = append(hex, 0)
				}
				b := make([]byte, len(hex)/2)
				for k := range b {
					b[k] = hex[2*k]<<4 | hex[2*k+1]
				}
				s := string(b)
				return cmapToken{str: &s}, true
			case c == '(':
				j, depth := i+1, 1
				var b []byte
				for j < len(data) && depth > 0 {
					switch data[j] {
					case '\\':
						j++
						if j >= len(data) {
							break
						}
						if c := data[j]; c >= '0' && c <= '7' {
							v, k := 0, 0
							for ; k < 3 && j+k < len(data) && data[j+k] >= '0' && data[j+k] <= '7'; k++ {
								v = v*8 + int(data[j+k]-'0')
							}
							b = append(b, byte(v))
							j += k - 1
						} else if e, ok := map[byte]byte{'n': '\n', 'r': '\r', 't': '\t', 'b': '\b', 'f': '\f'}[c]; ok {
							b = append(b, e)
						} else {
							b = append(b, c)
						}
					case '(':
						depth++
						b = append(b, '(')
					case ')':
						depth--
						if depth > 0 {
							b = append(b, ')')
						}
					default:
						b = append(b, data[j])
					}
					j++
				}
				i = j
				s := string(b)
				return cmapToken{str: &s}, true
			case c == '[':
				i++
				var arr []string
				for {
					t, ok := next()
					if !ok || t.word == "]" {
						break
					}
					if t.str != nil && len(arr) < maxCMapEntries {
						arr = append(arr, *t.str)
					}
				}
				if arr == nil {
					arr = []string{}
				}
				return cmapToken{arr: arr}, true
			case c == ']':
				i++
				return cmapToken{word: "]"}, true
			default:
				j := i
				for j < len(data) && !strings.ContainsRune(" \t\r\n\f\x00<>[]()/%", rune(data[j])) {
					j++
				}
				if j == i { // "/" or a stray delimiter
					j++
				}
				w := string(data[i:j])
				i = j
				return cmapToken{word: w}, true
			}
		}
		return cmapToken{}, false
	}
	return next
}

func unhex(c byte) (byte, bool) {
	switch {
	case c >= '0' && c <= '9':
		return c - '0', true
	case c >= 'a' && c <= 'f':
		return c - 'a' + 10, true
	case c >= 'A' && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}

// codeLen returns the length of the code at the start of raw, from the codespace
// ranges, or def when none matches.
func (m *toUnicode) codeLen(raw string, def int) int {
	for n := 1; n <= 4 && n <= len(raw); n++ {
		for _, s := range m.spaces[n-1] {
			if s[0] <= raw[:n] && raw[:n] <= s[1] {
				return n
			}
		}
	}
	return min(def, len(raw))
}

// text returns the Unicode text of one code and whether the map has it.
func (m *toUnicode) text(code string) (string, bool) {
	if s, ok := m.chars[code]; ok {
		return s, true
	}
	if !m.sorted {
		// Sorted by length then start, ranges are found by binary search: a crafted
		// CMap may hold 10^5 ranges and a page 10^6 codes.
		sort.SliceStable(m.ranges, func(i, j int) bool {
			a, b := m.ranges[i], m.ranges[j]
			if len(a.lo) != len(b.lo) {
				return len(a.lo) < len(b.lo)
			}
			return a.lo < b.lo
		})
		m.sorted = true
	}
	i := sort.Search(len(m.ranges), func(i int) bool {
		r := m.ranges[i]
		return len(r.lo) > len(code) || (len(r.lo) == len(code) && r.lo > code)
	}) - 1
	if i >= 0 {
		r := m.ranges[i]
		if len(r.lo) != len(code) || code < r.lo || code > r.hi {
			return "", false
		}
		off := codeInt(code) - codeInt(r.lo)
		if r.arr != nil {
			if off < len(r.arr) {
				return decodeUTF16(r.arr[off]), true
			}
			return "", false
		}
		u := utf16Units(r.dst)
		if len(u) == 0 {
			return "", false
		}
		u[len(u)-1] += uint16(off)
		return string(utf16.Decode(u)), true
	}
	return "", false
}

func codeInt(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		n = n<<8 | int(s[i])
	}
	return n
}

func utf16Units(s string) []uint16 {
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return u
}

func decodeUTF16(s string) string { return string(utf16.Decode(utf16Units(s))) }
