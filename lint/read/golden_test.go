package read

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
)

// TestGolden reads the sample contracts in testdata/golden (md, txt, html, the
// Markdown sample rendered to PDF and DOCX by the test, and a plain-text schedule of
// space-aligned tables) and compares the documents,
// as JSON, with the .golden files. Each input is read twice: the output must be
// byte-identical. Regenerate after a reviewed change with -update.
func TestGolden(t *testing.T) {
	md, err := os.ReadFile(filepath.Join("testdata", "golden", "dpa.md"))
	if err != nil {
		t.Fatal(err)
	}
	mdDoc, err := Read("dpa.md", bytes.NewReader(md), "")
	if err != nil {
		t.Fatal(err)
	}
	inputs := map[string]func() []byte{
		"dpa.md":   func() []byte { return md },
		"dpa.txt":  func() []byte { return mustRead(t, "dpa.txt") },
		"dpa.html": func() []byte { return mustRead(t, "dpa.html") },
		"dpa.pdf":  func() []byte { return renderPDF(t, mdDoc.Blocks) },
		"dpa.docx": func() []byte { return renderDOCX(t, mdDoc.Blocks) },
		// a schedule with three space-aligned table layouts and a signature block
		"aligned.txt": func() []byte { return mustRead(t, "aligned.txt") },
	}
	for _, name := range []string{"dpa.md", "dpa.txt", "dpa.html", "dpa.pdf", "dpa.docx", "aligned.txt"} {
		t.Run(name, func(t *testing.T) {
			var outs [2][]byte
			for i := range outs {
				d, err := Read(name, bytes.NewReader(inputs[name]()), "")
				if err != nil {
					t.Fatal(err)
				}
				outs[i], err = json.MarshalIndent(d, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
			}
			if !bytes.Equal(outs[0], outs[1]) {
				t.Fatal("two reads of the same input differ")
			}
			path := filepath.Join("testdata", "golden", name+".golden")
			if *update {
				if err := os.WriteFile(path, append(outs[0], '\n'), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./lint/read -run TestGolden -update)", err)
			}
			if string(want) != string(outs[0])+"\n" {
				t.Errorf("%s differs from %s (run with -update after review)\n%s", name, path, outs[0])
			}
		})
	}
}

func mustRead(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", "golden", name))
	if err != nil {
		t.Fatal(err)
	}
	return b
}
