package read

import (
	"flag"
	"fmt"
	"strings"
	"testing"

	"github.com/dpatool/dpa/lint/doc"
)

// offs returns the byte offsets in text of each marker, for building Block.Lines
// in expectations without counting bytes by hand. The first marker should be the
// text's start.
func offs(t testing.TB, text string, markers ...string) []int {
	t.Helper()
	var out []int
	from := 0
	for _, m := range markers {
		i := strings.Index(text[from:], m)
		if i < 0 {
			t.Fatalf("marker %q not in %q after %d", m, text, from)
		}
		out = append(out, from+i)
		from += i + len(m)
	}
	return out
}

func dump(blocks []doc.Block) string {
	var b strings.Builder
	for i, bl := range blocks {
		fmt.Fprintf(&b, "%d: kind=%d level=%d loc=%+v text=%q lines=%v linelocs=%v\n", i, bl.Kind, bl.Level, bl.Loc, bl.Text, bl.Lines, bl.LineLocs)
	}
	return b.String()
}

func compareBlocks(t *testing.T, got, want []doc.Block) {
	t.Helper()
	if dump(got) != dump(want) {
		t.Errorf("blocks differ\n got:\n%s\nwant:\n%s", dump(got), dump(want))
	}
}

var update = flag.Bool("update", false, "rewrite golden files and generated fuzz seeds")
