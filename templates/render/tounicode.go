package render

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
)

// gofpdf gives every UTF-8 font the ToUnicode CMap below: one bfrange from
// <0000> to <FFFF>. ISO 32000-1 (9.10.3) does not allow a bfrange to cross a
// change in the high-order byte, and readers that follow the rule (such as
// github.com/ledongthuc/pdf) then decode ’ “ ” – — € as control characters, so
// text copied or extracted from the PDF loses them. fixToUnicode replaces that
// CMap with conforming ranges, one per high-order byte in use, and shifts the
// cross-reference table to match.
const gofpdfToUnicode = `/CIDInit /ProcSet findresource begin
12 dict begin
begincmap
/CIDSystemInfo
<</Registry (Adobe)
/Ordering (UCS)
/Supplement 0
>> def
/CMapName /Adobe-Identity-UCS def
/CMapType 2 def
1 begincodespacerange
<0000> <FFFF>
endcodespacerange
1 beginbfrange
<0000> <FFFF> <0000>
endbfrange
endcmap
CMapName currentdict /CMap defineresource pop
end
end`

// toUnicodeFix returns a CMap with one range for each high-order byte set in
// used (the byte 0x00 always, for the ASCII gofpdf itself prints).
func toUnicodeFix(used *[256]bool) []byte {
	var his []int
	for hi, ok := range used {
		if ok || hi == 0 {
			his = append(his, hi)
		}
	}
	var b strings.Builder
	b.WriteString(gofpdfToUnicode[:strings.Index(gofpdfToUnicode, "1 beginbfrange")])
	// At most 100 entries per beginbfrange block (ISO 32000-1, 9.10.3).
	for start := 0; start < len(his); start += 100 {
		end := min(start+100, len(his))
		fmt.Fprintf(&b, "%d beginbfrange\n", end-start)
		for _, hi := range his[start:end] {
			fmt.Fprintf(&b, "<%02X00> <%02XFF> <%02X00>\n", hi, hi, hi)
		}
		b.WriteString("endbfrange\n")
	}
	b.WriteString(gofpdfToUnicode[strings.Index(gofpdfToUnicode, "endcmap"):])
	return []byte(b.String())
}

// fixToUnicode returns pdf with each of gofpdf's ToUnicode streams replaced by
// toUnicodeFix(used). The output of gofpdf is a classic PDF with one xref table and
// uncompressed object headers, which is all this needs to handle; anything else
// is reported as an error rather than silently written broken.
func fixToUnicode(pdf []byte, used *[256]bool) ([]byte, error) {
	cmap := toUnicodeFix(used)
	old := []byte(fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream", len(gofpdfToUnicode), gofpdfToUnicode))
	repl := []byte(fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream", len(cmap), cmap))
	if !bytes.Contains(pdf, old) {
		return pdf, nil
	}
	xref := bytes.LastIndex(pdf, []byte("\nxref\n"))
	if xref < 0 {
		return nil, fmt.Errorf("fix ToUnicode: no cross-reference table")
	}
	xref++
	delta := len(repl) - len(old)
	var positions []int // offsets of the replaced streams in the original
	for i := 0; ; {
		j := bytes.Index(pdf[i:xref], old)
		if j < 0 {
			break
		}
		positions = append(positions, i+j)
		i += j + len(old)
	}
	shift := func(off int) int {
		n := 0
		for _, p := range positions {
			if p < off {
				n++
			}
		}
		return off + n*delta
	}

	var out bytes.Buffer
	out.Grow(len(pdf) + len(positions)*delta)
	prev := 0
	for _, p := range positions {
		out.Write(pdf[prev:p])
		out.Write(repl)
		prev = p + len(old)
	}
	out.Write(pdf[prev:xref])

	// The table: "xref", then "0 N", then N entries of 20 bytes, then the trailer.
	lines := strings.SplitAfter(string(pdf[xref:]), "\n")
	if len(lines) < 3 || lines[0] != "xref\n" {
		return nil, fmt.Errorf("fix ToUnicode: unexpected cross-reference table")
	}
	out.WriteString(lines[0])
	out.WriteString(lines[1])
	i := 2
	for ; i < len(lines) && len(lines[i]) == 20 && (lines[i][17] == 'n' || lines[i][17] == 'f'); i++ {
		if lines[i][17] == 'f' {
			out.WriteString(lines[i])
			continue
		}
		off, err := strconv.Atoi(lines[i][:10])
		if err != nil {
			return nil, fmt.Errorf("fix ToUnicode: bad xref entry %q", lines[i])
		}
		fmt.Fprintf(&out, "%010d%s", shift(off), lines[i][10:])
	}
	for ; i < len(lines); i++ {
		out.WriteString(lines[i])
		if lines[i] == "startxref\n" && i+1 < len(lines) {
			out.WriteString(strconv.Itoa(shift(xref)) + "\n")
			i++
		}
	}
	return out.Bytes(), nil
}
