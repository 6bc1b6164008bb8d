package read

import (
	"bytes"
	"testing"
)

func TestPDFUnicodeText(t *testing.T) {
	data := makePDF(t, pdfSpec{utf8: true, pages: [][]string{{"Le « sous-traitant » notifie – sans délai – l’“incident” • € ß ﬁn"}}})
	d, err := Read("x.pdf", bytes.NewReader(data), "")
	if err != nil {
		t.Fatal(err)
	}
	// One page, so the running header stays: it is not repeated anywhere.
	want := "Le « sous-traitant » notifie – sans délai – l’“incident” • € ß fin"
	if len(d.Blocks) != 2 || d.Blocks[1].Text != want {
		t.Errorf("got %s\nwant block 1 %q", dump(d.Blocks), want)
	}
}

func TestParseCMap(t *testing.T) {
	m := parseCMap([]byte(`/CIDInit /ProcSet findresource begin 12 dict begin begincmap
/CMapName /Test def % a comment <0041>
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar
<0003> <0020>
<0010> <00660069>
endbfchar
3 beginbfrange
<0020> <0120> <0020>
<2000> <2002> [<2022> <00AB> (\000\273)]
<0200> <0201> <D83DDE00>
endbfrange
endcmap`))
	tests := []struct {
		code, want string
		ok         bool
	}{
		{"\x00\x03", " ", true},
		{"\x00\x10", "fi", true},
		{"\x00\x41", "A", true},
		{"\x01\x20", "Ġ", true}, // past the first 256 codes of a range
		{"\x20\x00", "•", true},
		{"\x20\x02", "»", true},
		{"\x02\x01", "😁", true}, // surrogate pair destination
		{"\x30\x00", "", false},
	}
	for _, tc := range tests {
		got, ok := m.text(tc.code)
		if got != tc.want || ok != tc.ok {
			t.Errorf("text(%x) = %q, %v; want %q, %v", tc.code, got, ok, tc.want, tc.ok)
		}
	}
	if n := m.codeLen("\x00\x41\x00", 1); n != 2 {
		t.Errorf("codeLen = %d, want 2", n)
	}
}
