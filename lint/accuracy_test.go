package lint

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/diag"
)

// labelled is one entry of a labels.yaml (the corpus format).
type labelled struct {
	File              string `yaml:"file"`
	Language          string `yaml:"language"`
	SpecialCategories bool   `yaml:"special_categories"`
	Migration         bool   `yaml:"migration"`
	Requirements      map[string]struct {
		Status diag.Status `yaml:"status"`
	} `yaml:"requirements"`
}

// outcome is one (contract, id) pair: what the labels say and what we said.
type outcome struct {
	set, file, id string
	truth, got    diag.Status
	reason        string // the engine's own reason, never the contract's text
}

// tally accumulates the measures the brief names.
type tally struct {
	tp, fp, fn, exact, pairs int
	missMand, missMandHit    int
}

func (t *tally) add(o outcome, mandatory bool) {
	finding := func(s diag.Status) bool { return s == diag.Missing || s == diag.Weak }
	t.pairs++
	if o.truth == o.got {
		t.exact++
	}
	switch {
	case finding(o.got) && finding(o.truth):
		t.tp++
	case finding(o.got):
		t.fp++
	case finding(o.truth):
		t.fn++
	}
	if mandatory && o.truth == diag.Missing {
		t.missMand++
		if finding(o.got) {
			t.missMandHit++
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

func (t tally) precision() float64 { return ratio(t.tp, t.tp+t.fp) }
func (t tally) recall() float64    { return ratio(t.tp, t.tp+t.fn) }
func (t tally) exactShare() float64 {
	return ratio(t.exact, t.pairs)
}
func (t tally) missRecall() float64 { return ratio(t.missMandHit, t.missMand) }

// scoreSet lints every labelled file in dir and returns the outcomes, or skips
// with reason when the set is absent.
func scoreSet(t *testing.T, set, dir string) ([]outcome, bool) {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(dir, "labels.yaml"))
	if err != nil {
		t.Logf("%s: no labels (%v); skipped", set, err)
		return nil, false
	}
	var labels []labelled
	if err := yaml.Unmarshal(data, &labels); err != nil {
		t.Fatalf("%s/labels.yaml: %v", dir, err)
	}
	rs := mustRules(t)
	var out []outcome
	profileOK, profiles := 0, 0
	for _, l := range labels {
		d, err := readFile(filepath.Join(dir, l.File))
		if err != nil {
			t.Errorf("%s: %v", l.File, err)
			continue
		}
		res := Check(d, rs, Options{})
		profiles += 2
		if res.Special == l.SpecialCategories {
			profileOK++
		} else {
			t.Logf("%s/%s: special categories: labelled %v, detected %v (%q)", set, l.File, l.SpecialCategories, res.Special, res.SpecialEvidence)
		}
		if res.Migration == l.Migration {
			profileOK++
		} else {
			t.Logf("%s/%s: migration: labelled %v, detected %v (%q)", set, l.File, l.Migration, res.Migration, res.MigrationEvidence)
		}
		if res.Lang != l.Language && l.Language != "" {
			t.Logf("%s/%s: language: labelled %s, detected %s", set, l.File, l.Language, res.Lang)
		}
		for _, f := range res.Findings {
			lab, ok := l.Requirements[f.ID]
			if !ok {
				t.Errorf("%s/%s: no label for %s", set, l.File, f.ID)
				continue
			}
			out = append(out, outcome{set: set, file: l.File, id: f.ID, truth: lab.Status, got: f.Status, reason: f.Reason})
			// Mismatches are listed for the corpus only by default; DPA_SHOW_FIXTURES=1
			// lists the fixtures' too. Since round 2 both sets are tuning sets: fix
			// rules for the legal concept, never for one file's sentence.
			if lab.Status != f.Status && testing.Verbose() && (set == "corpus" || os.Getenv("DPA_SHOW_FIXTURES") != "") {
				t.Logf("  %s/%s %-30s labelled %-7s got %-7s %s | %s", set, l.File, f.ID, lab.Status, f.Status, f.Reason, trimEvidence(f.Evidence, 120))
			}
		}
	}
	if os.Getenv("DPA_CONFUSION") != "" {
		conf := map[string]int{}
		for _, o := range out {
			if o.truth != o.got {
				conf[fmt.Sprintf("%-30s %s->%s %s", o.id, o.truth, o.got, o.reason)]++
			}
		}
		keys := make([]string, 0, len(conf))
		for k := range conf {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			t.Logf("%s confusion: %s x%d", set, k, conf[k])
		}
	}
	t.Logf("%s: risk profile correct for %d of %d (file, condition) pairs", set, profileOK, profiles)
	return out, true
}

// report prints the per-id table and returns the totals.
func report(t *testing.T, name string, outs []outcome) tally {
	t.Helper()
	per := map[string]*tally{}
	var total tally
	for _, o := range outs {
		req, _ := clauses.Lookup(o.id)
		mand := req.Level == clauses.Mandatory
		if per[o.id] == nil {
			per[o.id] = &tally{}
		}
		per[o.id].add(o, mand)
		total.add(o, mand)
	}
	var b strings.Builder
	fmt.Fprintf(&b, "\n%s: %d (contract, id) pairs\n", name, total.pairs)
	fmt.Fprintf(&b, "%-30s %6s %6s %9s %6s\n", "id", "prec", "recall", "miss-mand", "exact")
	ids := clauses.IDs()
	for _, id := range ids {
		p := per[id]
		if p == nil {
			continue
		}
		mm := "-"
		if p.missMand > 0 {
			mm = fmt.Sprintf("%d/%d", p.missMandHit, p.missMand)
		}
		fmt.Fprintf(&b, "%-30s %6.2f %6.2f %9s %6.2f\n", id, p.precision(), p.recall(), mm, p.exactShare())
	}
	fmt.Fprintf(&b, "%-30s %6.3f %6.3f %9s %6.3f  (findings tp=%d fp=%d fn=%d)\n", "ALL", total.precision(), total.recall(),
		fmt.Sprintf("%d/%d", total.missMandHit, total.missMand), total.exactShare(), total.tp, total.fp, total.fn)
	t.Log(b.String())
	return total
}

// TestAccuracy measures the rules against labelled contracts: the shared corpus of
// real DPAs and the fixtures written by another engineer without sight of the
// rules (both were read while tuning the rules in round 2). The floors are set just
// under the measured figures so that a regression fails; they are not targets.
func TestAccuracy(t *testing.T) {
	floors := []struct {
		name, dir                 string
		prec, recall, miss, exact float64
	}{
		// Measured 2026-11-29 after round 2 (precision / recall / missing-mandatory
		// recall / exact): corpus 0.93 / 0.82 / 1.00 / 0.91; fixtures (18 files)
		// 1.00 / 0.94 / 0.96 / 0.98; combined 0.98 / 0.91 / 0.97 / 0.96. Both sets were
		// read while tuning, so these are training figures, not an estimate for
		// unseen contracts.
		{"corpus", filepath.Join("..", "..", "shared", "corpus"), 0.91, 0.80, 0.99, 0.89},
		{"fixtures", filepath.Join("testdata", "contracts"), 0.97, 0.92, 0.92, 0.96},
		// contracts-b (18 files written blind; 0.72 exact before round 2, 0.77 after
		// tuning on the two sets above, then itself tuned on): 0.73 / 0.87 / 1.00 / 0.85.
		{"fixtures-b", filepath.Join("testdata", "contracts-b"), 0.71, 0.85, 0.99, 0.83},
		// holdout (12 files written blind by a third writer): 0.65 / 0.78 / 0.97 (30 of
		// 31) / 0.79 while it was held out; read and tuned on in round 4, after which it
		// measured 1.00 / 0.97 / 0.97 / 0.98 (training figures from then on).
		{"holdout", filepath.Join("testdata", "holdout"), 0.90, 0.90, 0.93, 0.93},
		// blind4 (12 files by a fourth writer, written while round 4 tuned on the sets
		// above and never read by it): 0.73 / 0.84 / 1.00 (22 of 22) / 0.88 after round 4
		// (0.66 / 0.84 / 1.00 / 0.84 before it); read and tuned on in round 5, after
		// which it measured 0.96 / 0.92 / 1.00 / 0.97 (training figures from then on).
		{"blind4", filepath.Join("testdata", "blind4"), 0.93, 0.89, 0.99, 0.95},
		// blind5 (12 files by a fifth writer, written while round 4 tuned and kept out
		// of the repository until round 5 ended; never read while tuning): the estimate
		// for unseen contracts. 0.55 / 0.78 / 0.96 (26 of 27) / 0.74 at the start of
		// round 4, 0.59 / 0.87 / 0.96 / 0.76 after it, 0.63 / 0.86 / 0.93 (25 of 27) /
		// 0.79 after round 5. Read and tuned on in round 6, after which it measured
		// 0.84 / 0.89 / 0.93 / 0.89 (training figures from then on).
		{"blind5", filepath.Join("testdata", "blind5"), 0.80, 0.86, 0.90, 0.86},
		// blind6 (16 files by two more writers, written while round 6 tuned and kept
		// out of the repository until it ended; never read while tuning): the estimate
		// for unseen contracts. 0.53 / 0.81 / 0.93 (28 of 30) / 0.74 with the rules of
		// the session's start, 0.67 / 0.83 / 0.97 / 0.83 after round 5, 0.68 / 0.84 /
		// 0.97 (29 of 30) / 0.83 after round 6. Read and tuned on in round 7, after
		// which it measured 0.98 / 0.93 / 1.00 (30 of 30) / 0.96 (training figures
		// from then on; the floors leave room for the round's last commits).
		{"blind6", filepath.Join("testdata", "blind6"), 0.95, 0.91, 0.99, 0.94},
		// blind7 (16 files by two more writers, written while round 7 tuned and kept
		// out of the repository until it ended; never read while tuning): 0.63 / 0.85 /
		// 0.94 (33 of 35) / 0.79 with the rules of the session's start, 0.66 / 0.91 /
		// 0.97 (34 of 35) / 0.81 after round 7. Read and tuned on in round 8, after
		// which it measured 0.99 / 0.98 / 0.97 (34 of 35) / 0.99 (training figures).
		{"blind7", filepath.Join("testdata", "blind7"), 0.97, 0.96, 0.94, 0.97},
		// blind8 and blind9 (16 files each, by four more writers, written while rounds 7
		// and 8 tuned and kept out of the repository until round 8 ended; never read
		// while tuning): the estimate for unseen contracts. blind8: 0.62 / 0.95 / 1.00
		// (28 of 28) / 0.82 with the rules of the session's start, 0.64 / 0.95 / 0.96
		// (27 of 28) / 0.83 after rounds 7 and 8; blind9: 0.63 / 0.88 / 0.97 (28 of 29) /
		// 0.78 at the start, 0.67 / 0.88 / 1.00 (29 of 29) / 0.80 after round 8 (0.68 /
		// 0.81 once infringing-instruction stopped losing "need not carry out that
		// instruction" to the shared negation, a change made for blind4 and blind5).
		// Read and tuned on in round 9, after which they measured (working tree of
		// the three round-9 engineers, 15:00): blind8 1.00 / 0.98 / 1.00 (28 of 28) /
		// 0.99, blind9 0.95 / 0.93 / 1.00 (29 of 29) / 0.96 (training figures from
		// then on; the floors leave room for the round's last commits).
		{"blind8", filepath.Join("testdata", "blind8"), 0.97, 0.96, 0.99, 0.97},
		{"blind9", filepath.Join("testdata", "blind9"), 0.93, 0.91, 0.99, 0.94},
		// blind10 and blind11 (16 files each, by four more writers, written while round
		// 9 tuned and kept out of the repository until it ended; never read while
		// tuning): the estimate for unseen contracts. With the rules of the session's
		// start and after round 9: blind10 0.75 / 0.90 / 0.94 (29 of 31) / 0.87, then
		// 0.79 / 0.89 / 0.94 / 0.89; blind11 0.79 / 0.87 / 1.00 (26 of 26) / 0.88, then
		// 0.80 / 0.87 / 1.00 / 0.89. Then read: two profile rules they showed (processing
		// denied, a change of plan) took them to 0.82 / 0.89 / 0.94 / 0.90 and 0.84 /
		// 0.87 / 1.00 / 0.90 (training figures from then on). Tuned on in round 10,
		// after which they measured (HEAD of the three round-10 engineers, 17:00):
		// blind10 0.93 / 0.89 / 0.94 (29 of 31) / 0.94, blind11 0.95 / 0.90 / 1.00
		// (26 of 26) / 0.94; the floors leave room for the round's last commits.
		{"blind10", filepath.Join("testdata", "blind10"), 0.90, 0.87, 0.93, 0.92},
		{"blind11", filepath.Join("testdata", "blind11"), 0.92, 0.87, 0.99, 0.92},
		// blind12 (16 files by two more writers, written after round 9 ended and asked
		// to deny special categories and migrations in varied wording; never read
		// while tuning): 0.56 / 0.91 / 1.00 (23 of 23) / 0.82 with the rules of the
		// session's start, 0.57 / 0.90 / 1.00 / 0.83 with this release's. A training
		// set in round 10, after which it measured 0.93 / 0.92 / 1.00 / 0.96 (HEAD,
		// 17:00).
		{"blind12", filepath.Join("testdata", "blind12"), 0.90, 0.89, 0.99, 0.94},
		// blind13 (16 files, 10 en and 6 fr, by two more writers, written after round
		// 9 ended; never read while tuning): 0.68 / 0.87 / 1.00 (32 of 32) / 0.81 with
		// the rules of the session's start, 0.71 / 0.88 / 1.00 / 0.83 with this
		// release's.
		{"blind13", filepath.Join("testdata", "blind13"), 0.78, 0.89, 0.99, 0.87},
		// blind13 was round 10's check set, read only in aggregate: 0.834 exact before
		// the round, 0.851 after it, 0.858 with the release's last rules.
		//
		// blind14 and blind15 (16 files each, by four more writers, written while round
		// 10 tuned and kept out of the repository until it ended; each labelled twice):
		// the estimate for unseen contracts. With the rules of the session's start and
		// after round 10: blind14 0.79 / 0.84 / 0.95 (21 of 22) / 0.886, then 0.77 /
		// 0.83 / 0.95 / 0.877; blind15 0.83 / 0.88 / 1.00 (31 of 31) / 0.864, then 0.83 /
		// 0.87 / 1.00 / 0.866. Then read for one risk-profile change (denials of new
		// kinds); blind14 0.82 / 0.83 / 0.95 / 0.894 and blind15 0.86 / 0.87 / 1.00 /
		// 0.879 with the release's rules.
		{"blind14", filepath.Join("testdata", "blind14"), 0.84, 0.83, 0.94, 0.91},
		{"blind15", filepath.Join("testdata", "blind15"), 0.84, 0.85, 0.99, 0.87},
		// blind16 and blind17 (16 files each, written after round 10; never read while
		// tuning): blind16 0.76 / 0.89 / 0.93 (25 of 27) / 0.864 with the rules of the
		// session's start and 0.76 / 0.89 / 0.96 (26 of 27) / 0.864 when first scored;
		// blind17 0.76 / 0.92 / 0.97 (28 of 29) / 0.888 at the session's start and 0.77
		// / 0.91 / 0.97 / 0.890 with the release's rules.
		{"blind16", filepath.Join("testdata", "blind16"), 0.77, 0.89, 0.95, 0.87},
		{"blind17", filepath.Join("testdata", "blind17"), 0.80, 0.90, 0.96, 0.90},
		// blind18 (16 files, 9 en and 7 fr, written after round 10; never read while
		// tuning): 0.78 / 0.94 / 1.00 (38 of 38) / 0.862 with the rules of the
		// session's start, 0.80 / 0.93 / 1.00 / 0.875 after round 10, 0.84 / 0.92 /
		// 1.00 / 0.888 with the release's rules; risk profile 30, 31, 32 of 32.
		{"blind18", filepath.Join("testdata", "blind18"), 0.84, 0.92, 0.99, 0.89},
		// blind19 (16 files, 9 en and 7 fr, written at the start of round 11 and
		// used in it only as a check set, read as aggregate figures): 0.75 / 0.82 /
		// 0.95 (35 of 37) / 0.808 with the rules of the session's start, 0.77 / 0.82 /
		// 0.95 / 0.815 after round 11, 0.79 / 0.84 / 0.95 / 0.830 with the release's
		// rules; risk profile 29 of 32 until the release's last change, then 30.
		{"blind19", filepath.Join("testdata", "blind19"), 0.75, 0.82, 0.94, 0.81},
		// blind20 and blind21 (16 files each; blind20 9 en and 7 fr, blind21 9 en and
		// 7 fr), written during round 11 and never read while tuning it: blind20 0.79 /
		// 0.91 / 1.00 (29 of 29) / 0.869 with the session's starting rules and 0.79 /
		// 0.92 / 1.00 / 0.871 when first scored after round 11; blind21 0.83 / 0.92 /
		// 1.00 (28 of 28) / 0.909 and 0.85 / 0.93 / 1.00 / 0.920.
		{"blind20", filepath.Join("testdata", "blind20"), 0.77, 0.91, 0.99, 0.86},
		{"blind21", filepath.Join("testdata", "blind21"), 0.83, 0.94, 0.99, 0.91},
		// blind22 (16 files, 9 en and 7 fr, written after round 11; never read while
		// tuning): 0.85 / 0.92 / 0.97 (35 of 36) / 0.897 with the session's starting
		// rules, 0.86 / 0.92 / 0.97 / 0.905 after round 11, 0.86 / 0.94 / 0.97 / 0.909
		// with the release's rules (scored once with each); risk profile 32 of 32.
		{"blind22", filepath.Join("testdata", "blind22"), 0.84, 0.92, 0.96, 0.90},
		// blind23 (16 files, 9 en and 7 fr, written after the release's last rule
		// change and scored once with it): 0.79 / 0.89 / 0.95 (35 of 37) / 0.879
		// (0.78 / 0.87 / 0.95 / 0.873 with the session's starting rules); risk
		// profile 30 of 32.
		{"blind23", filepath.Join("testdata", "blind23"), 0.77, 0.87, 0.94, 0.87},
		// blind24 (16 files, 9 en and 7 fr, written at the start of round 12 and used
		// in it only as a check set, read as aggregate figures): 0.80 / 0.90 / 0.97
		// (31 of 32) / 0.879 with the session's starting rules, 0.83 / 0.92 / 0.97 /
		// 0.894 after round 12, 0.84 / 0.92 / 0.97 / 0.899 with the release's rules.
		{"blind24", filepath.Join("testdata", "blind24"), 0.82, 0.90, 0.96, 0.89},
		// blind25-27 (16 files each; 9 en and 7 fr, 9 en and 7 fr, 9 en and 7 fr),
		// written during round 12 and never read while tuning it; scored once after
		// its last rule change (blind25 0.85 / 0.92 / 0.97 (34 of 35) / 0.894, blind26
		// 0.83 / 0.89 / 0.92 (34 of 37) / 0.860, blind27 0.70 / 0.88 / 1.00 (31 of 31)
		// / 0.834; the session's starting rules, scored for aggregates only, gave
		// 0.892, 0.836 and 0.836 exact).
		{"blind25", filepath.Join("testdata", "blind25"), 0.83, 0.90, 0.97, 0.88},
		{"blind26", filepath.Join("testdata", "blind26"), 0.81, 0.87, 0.91, 0.85},
		{"blind27", filepath.Join("testdata", "blind27"), 0.67, 0.85, 0.99, 0.82},
		// blind28 (16 files, 8 en and 8 fr, written after round 12 and kept unread
		// until the release's last rule change; scored once with it): 0.73 / 0.91 /
		// 1.00 (28 of 28) / 0.851 (0.71 / 0.88 / 1.00 / 0.836 with the session's
		// starting rules, totals only).
		{"blind28", filepath.Join("testdata", "blind28"), 0.71, 0.89, 0.99, 0.84},
		// blind29 (16 files, 8 en and 8 fr): round 13's check set, read only as
		// aggregate figures: 0.74 / 0.93 / 0.98 (40 of 41) / 0.838 with the session's
		// starting rules, 0.76 / 0.93 / 0.98 / 0.849 after the round.
		{"blind29", filepath.Join("testdata", "blind29"), 0.84, 0.91, 0.95, 0.88},
		// blind30-32 (16 files each, 8 en and 8 fr), written at the start of round 13
		// and kept unread until its last rule change; scored once with the release's
		// rules: blind30 0.79 / 0.92 / 0.97 (28 of 29) / 0.890, blind31 0.75 / 0.90 /
		// 1.00 (29 of 29) / 0.871, blind32 0.79 / 0.88 / 0.86 (25 of 29) / 0.899 (the
		// session's starting rules, totals only: 0.886, 0.849, 0.890 exact). Read in
		// round 14 (risk profile above all): blind29 0.86 / 0.93 / 0.899, blind30 0.86 /
		// 0.93 / 0.918, blind31 0.80 / 0.93 / 0.897, blind32 0.81 / 0.91 / 0.912.
		{"blind30", filepath.Join("testdata", "blind30"), 0.84, 0.90, 0.95, 0.90},
		{"blind31", filepath.Join("testdata", "blind31"), 0.78, 0.90, 0.99, 0.88},
		{"blind32", filepath.Join("testdata", "blind32"), 0.79, 0.88, 0.85, 0.90},
		// blind33 (16 files, 8 en and 8 fr), written at the start of round 14 and
		// kept unread until its last rule change; scored once: 0.87 / 0.89 / 0.96
		// (25 of 26) / 0.914, the same verdicts as with the session's starting rules.
		{"blind33", filepath.Join("testdata", "blind33"), 0.85, 0.87, 0.95, 0.90},
		// corpus and fixtures together, scored below from the two sets' outcomes.
		{"combined", "", 0.96, 0.88, 0.93, 0.94},
	}
	outs, have := map[string][]outcome{}, map[string]bool{}
	for _, f := range floors {
		if f.dir != "" {
			outs[f.name], have[f.name] = scoreSet(t, f.name, f.dir)
		}
	}
	if !have["corpus"] && !have["fixtures"] {
		t.Skip("neither ../shared/corpus (only in the project workspace) nor testdata/contracts has labels")
	}
	outs["combined"] = append(append([]outcome{}, outs["corpus"]...), outs["fixtures"]...)
	have["combined"] = have["corpus"] && have["fixtures"]
	for _, f := range floors {
		if !have[f.name] {
			continue
		}
		tot := report(t, f.name, outs[f.name])
		if tot.precision() < f.prec || tot.recall() < f.recall || tot.missRecall() < f.miss || tot.exactShare() < f.exact {
			t.Errorf("%s: accuracy fell below its floor: precision %.3f (floor %.2f), recall %.3f (%.2f), missing-mandatory recall %.3f (%.2f), exact %.3f (%.2f)",
				f.name, tot.precision(), f.prec, tot.recall(), f.recall, tot.missRecall(), f.miss, tot.exactShare(), f.exact)
		}
	}
}
