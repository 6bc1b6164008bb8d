package lint

import (
	"os"
	"path/filepath"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/diag"
)

// TestLabellerAgreement compares two lawyers' labels of the same contracts: a set's
// labels.yaml and labels-second.yaml, written independently by a second labeller who
// saw neither the first labels nor the linter. How often two careful people agree
// bounds what any linter can be measured to reach against one of them; it also
// shows the linter's accuracy on the pairs both agree on.
func TestLabellerAgreement(t *testing.T) {
	// Measured 2026-11-29 (exact / precision / recall / missing mandatory found):
	// holdout 0.940 / 0.903 / 0.955 / 29 of 31; blind7 0.985 / 0.991 / 0.983 / 34 of
	// 35; blind10 0.968 / 0.991 / 0.982 / 31 of 31; blind11 0.983 / 0.970 / 0.970 /
	// 26 of 26; blind14 0.970 / 0.945 / 1.000 / 22 of 22; blind15 0.961 / 0.967 /
	// 0.936 / 31 of 31; blind19 0.946 / 0.970 / 0.921 / 37 of 37; blind20 0.974 /
	// 0.940 / 0.973 / 29 of 29; blind21 0.989 / 0.981 / 0.981 / 28 of 28; blind22 0.983
	// / 0.975 / 0.992 / 36 of 36; blind23 0.953 / 0.908 / 0.967 / 37 of 37; blind24
	// 0.981 / 0.969 / 1.000 / 32 of 32; blind25 0.985 / 1.000 / 0.969 / 34 of 35;
	// blind26 0.946 / 0.992 / 0.932 / 35 of 37; blind27 0.976 / 0.991 / 0.964 / 29
	// of 31; blind28 0.978 / 0.983 / 0.959 / 27 of 28; blind29 0.968, blind30 0.981,
	// blind31 0.978, blind32 0.983, blind33 0.983. The floor
	// guards the label files, not the linter.
	sets := []struct {
		name  string
		floor float64
	}{{"holdout", 0.90}, {"blind7", 0.95}, {"blind10", 0.95}, {"blind11", 0.95}, {"blind14", 0.95}, {"blind15", 0.94}, {"blind19", 0.93}, {"blind20", 0.95}, {"blind21", 0.96}, {"blind22", 0.96}, {"blind23", 0.93}, {"blind24", 0.96}, {"blind25", 0.97}, {"blind26", 0.93}, {"blind27", 0.96}, {"blind28", 0.96}, {"blind29", 0.95}, {"blind30", 0.97}, {"blind31", 0.96}, {"blind32", 0.97}, {"blind33", 0.97}}
	var all tally
	var consensus []outcome
	rs := mustRules(t)
	for _, set := range sets {
		dir := filepath.Join("testdata", set.name)
		first := readLabels(t, filepath.Join(dir, "labels.yaml"))
		second := readLabels(t, filepath.Join(dir, "labels-second.yaml"))
		if len(first) != len(second) {
			t.Fatalf("%s: labels.yaml has %d files, labels-second.yaml %d", set.name, len(first), len(second))
		}
		var humans tally
		for name, a := range first {
			b, ok := second[name]
			if !ok {
				t.Errorf("%s: labels-second.yaml has no entry for %s", set.name, name)
				continue
			}
			d, err := readFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			res := Check(d, rs, Options{})
			for _, f := range res.Findings {
				la, okA := a.Requirements[f.ID]
				lb, okB := b.Requirements[f.ID]
				if !okA || !okB {
					t.Errorf("%s: %s: %s is not labelled in both files", set.name, name, f.ID)
					continue
				}
				req, _ := clauses.Lookup(f.ID)
				mandatory := req.Level == clauses.Mandatory
				o := outcome{file: name, id: f.ID, truth: la.Status, got: lb.Status}
				humans.add(o, mandatory)
				all.add(o, mandatory)
				if la.Status == lb.Status {
					consensus = append(consensus, outcome{set: "consensus", file: name, id: f.ID, truth: la.Status, got: f.Status})
				}
			}
		}
		t.Logf("%s: second labeller against the first, %d pairs: exact %.3f, precision %.3f, recall %.3f, missing mandatory found %d of %d",
			set.name, humans.pairs, humans.exactShare(), humans.precision(), humans.recall(), humans.missMandHit, humans.missMand)
		if humans.exactShare() < set.floor {
			t.Errorf("%s: the two labellers agree on %.3f of pairs; below %.2f one of the label files was probably damaged", set.name, humans.exactShare(), set.floor)
		}
	}
	t.Logf("all: %d pairs: exact %.3f, precision %.3f, recall %.3f, missing mandatory found %d of %d",
		all.pairs, all.exactShare(), all.precision(), all.recall(), all.missMandHit, all.missMand)
	if testing.Verbose() {
		report(t, "consensus (pairs both labellers agree on)", consensus)
	}
}

func readLabels(t *testing.T, path string) map[string]labelled {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var ls []labelled
	if err := yaml.Unmarshal(data, &ls); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	out := map[string]labelled{}
	for _, l := range ls {
		for id, r := range l.Requirements {
			switch r.Status {
			case diag.Present, diag.Weak, diag.Missing, diag.NA:
			default:
				t.Errorf("%s: %s %s: status %q is not present, weak, missing or n/a", path, l.File, id, r.Status)
			}
		}
		out[l.File] = l
	}
	return out
}
