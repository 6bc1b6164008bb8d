package lint

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/lint/doc"
)

// FuzzCheck feeds arbitrary text to the engine: it must not panic, must give one
// finding per catalogue id, and every location must point inside the input.
func FuzzCheck(f *testing.F) {
	for _, c := range ruleCases {
		f.Add(c.src)
	}
	f.Add("a. b; c. (d) e.\u00a0\u2019 \u0153 ;")
	rs := mustRules(f)
	f.Fuzz(func(t *testing.T, src string) {
		lines := strings.Split(src, "\n")
		d := &doc.Document{}
		for i, l := range lines {
			d.Blocks = append(d.Blocks, doc.Block{Kind: doc.Kind(i % 4), Level: i%6 + 1, Text: l, Loc: doc.Loc{Line: i + 1}})
		}
		// One block spanning everything, with line offsets, exercises Loc refinement.
		joined := strings.Join(lines, " ")
		var offs []int
		o := 0
		for _, l := range lines {
			offs = append(offs, o)
			o += len(l) + 1
		}
		d.Blocks = append(d.Blocks, doc.Block{Text: joined, Loc: doc.Loc{Line: 1}, Lines: offs})
		res := Check(d, rs, Options{})
		if len(res.Findings) != len(clauses.IDs()) {
			t.Fatalf("%d findings", len(res.Findings))
		}
		for _, fd := range res.Findings {
			if fd.Loc.Line < 0 || fd.Loc.Line > len(lines) {
				t.Fatalf("%s: line %d outside 1..%d", fd.ID, fd.Loc.Line, len(lines))
			}
		}
	})
}

func BenchmarkCheckLargest(b *testing.B) {
	path := filepath.Join("..", "..", "shared", "corpus", "github-dpa-2022.md")
	d, err := readFile(path)
	if err != nil {
		b.Skipf("corpus not available (%v); it exists only in the project workspace", err)
	}
	rs := mustRules(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		Check(d, rs, Options{})
	}
}

func BenchmarkCheckDirectory(b *testing.B) {
	dir := filepath.Join("testdata", "contracts")
	entries, err := os.ReadDir(dir)
	if err != nil {
		b.Skipf("no fixtures: %v", err)
	}
	var docs []*doc.Document
	for _, e := range entries {
		if e.IsDir() || e.Name() == "labels.yaml" || e.Name() == "README.md" {
			continue
		}
		d, err := readFile(filepath.Join(dir, e.Name()))
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	rs := mustRules(b)
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		for _, d := range docs {
			Check(d, rs, Options{})
		}
	}
	b.ReportMetric(float64(len(docs)), "files")
}
