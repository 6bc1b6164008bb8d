package read_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/lint"
	"github.com/dpatool/dpa/lint/read"
)

// TestOfficeFilesLintLikeTheirSource reads contracts that LibreOffice saved as DOCX
// and PDF, and that Chromium printed to PDF (*.chrome.pdf, and *.twocol.pdf set in
// two columns), and requires every requirement to get the status its source gets: what
// the readers lose (a table cell split from its label, a line lost to a column
// boundary) shows up as a requirement that goes missing.
func TestOfficeFilesLintLikeTheirSource(t *testing.T) {
	rules, err := clauses.DefaultRules()
	if err != nil {
		t.Fatal(err)
	}
	sources := map[string]string{}
	for _, set := range []string{"contracts", "contracts-b", "holdout", "blind5", "blind6"} {
		dir := filepath.Join("..", "testdata", set)
		entries, err := os.ReadDir(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range entries {
			name := e.Name()
			sources[strings.TrimSuffix(name, filepath.Ext(name))] = filepath.Join(dir, name)
		}
	}
	office, err := filepath.Glob(filepath.Join("testdata", "office", "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range office {
		ext := filepath.Ext(path)
		if ext != ".docx" && ext != ".pdf" {
			continue
		}
		n++
		base := strings.TrimSuffix(filepath.Base(path), ext)
		base = strings.TrimSuffix(strings.TrimSuffix(base, ".chrome"), ".twocol")
		src, ok := sources[base]
		if !ok {
			t.Errorf("%s: no labelled source contract named %s.*", path, base)
			continue
		}
		t.Run(filepath.Base(path), func(t *testing.T) {
			want := lintFile(t, rules, src)
			got := lintFile(t, rules, path)
			for i, f := range want.Findings {
				if g := got.Findings[i]; g.Status != f.Status {
					t.Errorf("%s: %s, but %s in %s\n  source evidence: %q\n  %s evidence: %q",
						f.ID, g.Status, f.Status, filepath.Base(src), f.Evidence, ext, g.Evidence)
				}
			}
		})
	}
	if n < 38 {
		t.Fatalf("found %d office files, want 38 (12 DOCX, 14 PDF from LibreOffice, 12 from Chromium)", n)
	}
}

func lintFile(t *testing.T, rules *clauses.Rules, path string) lint.Result {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	d, err := read.Read(path, f, "")
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return lint.Check(d, rules, lint.Options{})
}
