package read

import (
	"strings"
	"testing"

	"github.com/dpatool/dpa/lint/doc"
)

// "a." opens a list item after a colon or a finished item, as "a)" does, and keeps
// its letter (clauses cite items by it); mid-sentence it continues the line.
func TestLetterDotItems(t *testing.T) {
	src := "The Contractor shall:\n" +
		"a. process the data only on documented instructions from the\n" +
		"Authority, including with regard to transfers;\n" +
		"b. inform the Authority if an instruction infringes the GDPR;\n" +
		"c. keep the data in the Union, as required under point\n" +
		"b. of the Framework Agreement.\n"
	d, err := Read("c.txt", strings.NewReader(src), "")
	if err != nil {
		t.Fatal(err)
	}
	want := []struct {
		kind doc.Kind
		text string
	}{
		{doc.Paragraph, "The Contractor shall:"},
		{doc.ListItem, "a. process the data only on documented instructions from the Authority, including with regard to transfers;"},
		{doc.ListItem, "b. inform the Authority if an instruction infringes the GDPR;"},
		{doc.ListItem, "c. keep the data in the Union, as required under point b. of the Framework Agreement."},
	}
	if len(d.Blocks) != len(want) {
		t.Fatalf("got %d blocks, want %d:\n%s", len(d.Blocks), len(want), dump(d.Blocks))
	}
	for i, w := range want {
		if b := d.Blocks[i]; b.Kind != w.kind || b.Text != w.text {
			t.Errorf("block %d = %v %q, want %v %q", i, b.Kind, b.Text, w.kind, w.text)
		}
	}
}
