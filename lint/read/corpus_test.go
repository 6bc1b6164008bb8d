package read

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/dpatool/dpa/lint/doc"
)

// corpusDir is the shared labelled corpus next to the repository; a user's clone
// does not have it.
var corpusDir = filepath.Join("..", "..", "..", "shared", "corpus")

func corpusFiles(t testing.TB) []string {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(corpusDir, "*.md"))
	var out []string
	for _, f := range files {
		if filepath.Base(f) != "README.md" {
			out = append(out, f)
		}
	}
	if len(out) == 0 {
		t.Skipf("no corpus at %s (only present in the project workspace)", corpusDir)
	}
	return out
}

// firstWord returns the first run of two or more letters or digits in s, folded.
func firstWord(s string) string {
	for _, w := range strings.FieldsFunc(Fold(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if len([]rune(w)) >= 2 {
			return w
		}
	}
	return ""
}

// TestCorpus reads every corpus contract and checks that each block's first word,
// and the first word of each of its later lines, is on the source line its
// position names.
func TestCorpus(t *testing.T) {
	for _, path := range corpusFiles(t) {
		t.Run(filepath.Base(path), func(t *testing.T) {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			f, err := os.Open(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			d, err := Read(path, f, "")
			if err != nil {
				t.Fatal(err)
			}
			lines := strings.Split(string(src), "\n")
			if len(d.Blocks) < 10 {
				t.Fatalf("only %d blocks", len(d.Blocks))
			}
			checked := 0
			for i, b := range d.Blocks {
				if strings.TrimSpace(b.Text) == "" {
					t.Errorf("block %d is empty", i)
				}
				starts := b.Lines
				if starts == nil {
					starts = []int{0}
				}
				for j, off := range starts {
					end := len(b.Text)
					if j+1 < len(starts) {
						end = starts[j+1]
					}
					w := firstWord(b.Text[off:end])
					if w == "" {
						continue
					}
					loc := b.LocAt(off)
					if loc.Line < 1 || loc.Line > len(lines) {
						t.Errorf("block %d line %d out of range", i, loc.Line)
						continue
					}
					if !strings.Contains(Fold(lines[loc.Line-1]), w) {
						t.Errorf("block %d (%s): line %d %q does not contain %q", i, kindName(b.Kind), loc.Line, lines[loc.Line-1], w)
					}
					checked++
				}
			}
			t.Logf("%d blocks, %d line starts checked, %d suppressions", len(d.Blocks), checked, len(d.Suppressions))
		})
	}
}

func kindName(k doc.Kind) string {
	return [...]string{"paragraph", "heading", "list item", "table row"}[k]
}
