package render

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"testing"
)

// TestFixToUnicodeKeepsXref checks the rewritten file's cross-reference table:
// every entry must point at its object, and startxref at the table.
func TestFixToUnicodeKeepsXref(t *testing.T) {
	data, err := PDF([]byte("# Tïtle\n\n“Quoted” – text ’ € « ».\n"), PDFOptions{})
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(data, []byte("<0000> <FFFF> <0000>")) {
		t.Fatal("gofpdf's non-conforming ToUnicode range is still there")
	}
	for _, want := range []string{"<0000> <00FF> <0000>", "<2000> <20FF> <2000>"} {
		if !bytes.Contains(data, []byte(want)) {
			t.Errorf("ToUnicode CMap lacks the range %s", want)
		}
	}
	m := regexp.MustCompile(`startxref\n(\d+)\n%%EOF`).FindSubmatch(data)
	if m == nil {
		t.Fatal("no startxref")
	}
	xref, _ := strconv.Atoi(string(m[1]))
	if !bytes.HasPrefix(data[xref:], []byte("xref\n")) {
		t.Fatalf("startxref %d does not point at the table", xref)
	}
	entries := regexp.MustCompile(`(\d{10}) 00000 n `).FindAllSubmatch(data[xref:], -1)
	if len(entries) < 10 {
		t.Fatalf("only %d xref entries", len(entries))
	}
	for i, e := range entries {
		off, _ := strconv.Atoi(string(e[1]))
		if want := fmt.Sprintf("%d 0 obj", i+1); !bytes.HasPrefix(data[off:], []byte(want)) {
			t.Errorf("xref entry %d points at %q, want %q", i+1, data[off:min(off+12, len(data))], want)
		}
	}
}

func TestFixToUnicodeRejectsBrokenInput(t *testing.T) {
	old := fmt.Sprintf("<</Length %d>>\nstream\n%s\nendstream", len(gofpdfToUnicode), gofpdfToUnicode)
	var used [256]bool
	if _, err := fixToUnicode([]byte("%PDF-1.3\n"+old+"\ntrailer\n"), &used); err == nil {
		t.Error("a file without an xref table was accepted")
	}
	plain := []byte("%PDF-1.3\nno fonts\n")
	if got, err := fixToUnicode(plain, &used); err != nil || !bytes.Equal(got, plain) {
		t.Errorf("a file without gofpdf's CMap changed (err %v)", err)
	}
}
