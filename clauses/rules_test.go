package clauses

import (
	"io/fs"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
)

// Loading compiles every pattern of every rule file, in both languages; a rule
// for every catalogue id and no rule for an unknown id is part of LoadRules.
func TestDefaultRulesCompile(t *testing.T) {
	rs, err := DefaultRules()
	if err != nil {
		t.Fatalf("embedded rules: %v", err)
	}
	for _, id := range IDs() {
		r, ok := rs.Rule(id)
		if !ok {
			t.Errorf("no rule for %s", id)
			continue
		}
		for _, p := range r.Parts {
			for _, l := range Langs {
				if len(p.Patterns[l]) == 0 {
					t.Errorf("%s: part %q has no %s patterns", id, p.Name, l)
				}
			}
		}
	}
	for _, c := range []Condition{SpecialCategories, Migration} {
		for _, l := range Langs {
			if len(rs.Profiles[c].In[l]) == 0 {
				t.Errorf("profile %s has no %s patterns", c, l)
			}
		}
	}
}

// base is a minimal valid rule set with one rule file replaced per test case.
func base(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	real := RuleFiles()
	names, err := fs.Glob(real, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		b, err := fs.ReadFile(real, n)
		if err != nil {
			t.Fatal(err)
		}
		m[n] = &fstest.MapFile{Data: b}
	}
	return m
}

func TestRuleFileErrors(t *testing.T) {
	cases := []struct {
		name, file, src, want string
	}{
		{"bad regexp", "duration.yaml", "id: duration\nparts:\n  - name: x\n    en: ['(unclosed']\n    fr: ['ok']\n",
			"duration.yaml:4:10: bad pattern"},
		{"unknown vocabulary", "duration.yaml", "id: duration\nparts:\n  - name: x\n    en: ['ok']\n    fr: ['{nosuch} x']\n",
			"duration.yaml:5:10: unknown vocabulary {nosuch}"},
		{"unknown key", "duration.yaml", "id: duration\nwindw: clause\nparts:\n  - name: x\n    en: ['a']\n    fr: ['b']\n",
			"duration.yaml:2:1: field windw not found"},
		{"missing language", "duration.yaml", "id: duration\nparts:\n  - name: x\n    en: ['a']\n",
			"duration.yaml:3:11: part \"x\" has no fr patterns"},
		{"unknown id", "duration.yaml", "id: durration\nparts:\n  - name: x\n    en: ['a']\n    fr: ['b']\n",
			"duration.yaml:1:5: id \"durration\" is not in the requirement catalogue"},
		{"bad window", "duration.yaml", "id: duration\nwindow: page\nparts:\n  - name: x\n    en: ['a']\n    fr: ['b']\n",
			"window \"page\": expected sentence, block, clause or section"},
		{"upper case", "duration.yaml", "id: duration\nparts:\n  - name: x\n    en: ['Term']\n    fr: ['b']\n",
			"duration.yaml:4:10: write patterns in lower case"},
		{"weak without reason", "duration.yaml", "id: duration\nparts:\n  - name: x\n    en: ['a']\n    fr: ['b']\nweak:\n  - en: ['c']\n    fr: ['d']\n",
			"a weak pattern needs a reason"},
		{"anchor anywhere", "duration.yaml", "id: duration\nparts:\n  - name: x\n    anywhere: true\n    en: ['a']\n    fr: ['b']\n",
			"the first part is the anchor"},
		{"stated by an unknown id", "duration.yaml", "id: duration\nstated_by: [natur]\nparts:\n  - name: x\n    en: ['a']\n    fr: ['b']\n",
			"duration.yaml:2:13: stated_by: \"natur\" is not another requirement of the catalogue"},
		{"stated by itself", "duration.yaml", "id: duration\nstated_by: [duration]\nparts:\n  - name: x\n    en: ['a']\n    fr: ['b']\n",
			"stated_by: \"duration\" is not another requirement"},
		{"bad topic pattern", "duration.yaml", "id: duration\nparts:\n  - name: x\n    en: ['a']\n    fr: ['b']\ntopics:\n  en: ['(term']\n",
			"duration.yaml:7:8: bad pattern"},
		{"bad references", "duration.yaml", "id: duration\nreferences: elsewhere\nparts:\n  - name: x\n    en: ['a']\n    fr: ['b']\n",
			"duration.yaml:1:5: references \"elsewhere\": expected check, outside or nothing"},
		{"bad law_definitions", "duration.yaml", "id: duration\nlaw_definitions: keep\nparts:\n  - name: x\n    en: ['a']\n    fr: ['b']\n",
			"duration.yaml:1:5: law_definitions \"keep\": expected skip or nothing"},
		{"not yaml", "duration.yaml", "id: [\n", "duration.yaml:"},
		{"vocab cycle", "vocab.yaml", "vocab:\n  a:\n    en: ['{b}']\n    fr: ['x']\n  b:\n    en: ['{a}']\n    fr: ['y']\nnegations:\n  en: ['n']\n  fr: ['n']\nlang_words:\n  en: [the]\n  fr: [le]\n",
			"refers to itself"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := base(t)
			m[c.file] = &fstest.MapFile{Data: []byte(c.src)}
			_, err := LoadRules(m)
			if err == nil {
				t.Fatalf("no error, want %q", c.want)
			}
			if !strings.Contains(err.Error(), c.want) {
				t.Errorf("error %q\nwant it to contain %q", err, c.want)
			}
		})
	}
}

func TestMissingRuleFile(t *testing.T) {
	m := base(t)
	delete(m, "audits.yaml")
	_, err := LoadRules(m)
	if err == nil || !strings.Contains(err.Error(), `no rule for catalogue requirement "audits"`) {
		t.Fatalf("got %v", err)
	}
}

// The prefilter must never reject a sentence its pattern matches.
var prefilterCases = []struct{ expr, in string }{
	{`notif(?:y|ies)`, "we notifies you"},
	{`ab{2}c`, "xabbcx"},
	{`(?:security|data) (?:incident|breach)(?:es)?`, "a data breaches"},
	{`organi[sz]ational .*?measures`, "organizational and technical measures"},
	{`\bwe\b`, "we"},
	{`x+y`, "xxxy"},
	{`(?:the )?customer`, "customer"},
	{`within (?:[1-9]|[1-6][0-9]|7[0-2]) hours`, "within 48 hours"},
	{`données (?:de|relatives à la) santé`, "les données relatives à la santé"},
}

func TestPrefilterSound(t *testing.T) {
	for _, c := range prefilterCases {
		re := regexp.MustCompile(c.expr)
		if !re.MatchString(c.in) {
			t.Fatalf("case %q does not match %q", c.expr, c.in)
		}
		if tr := triggers(c.expr); tr != nil && !containsAny(c.in, tr) {
			t.Errorf("%q: triggers %q reject %q", c.expr, tr, c.in)
		}
	}
}

func FuzzPrefilter(f *testing.F) {
	for _, c := range prefilterCases {
		f.Add(c.expr, c.in)
	}
	f.Fuzz(func(t *testing.T, expr, in string) {
		re, err := regexp.Compile(expr)
		if err != nil {
			return
		}
		if tr := triggers(expr); tr != nil && re.MatchString(in) && !containsAny(in, tr) {
			t.Fatalf("%q: triggers %q reject matching %q", expr, tr, in)
		}
	})
}

// Every pattern of the embedded rules, with its prefilter, agrees with the bare
// regular expression on text made from the rules' own words.
func TestPrefilterOnRules(t *testing.T) {
	rs, err := DefaultRules()
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, id := range IDs() {
		r, _ := rs.Rule(id)
		for _, p := range r.Parts {
			texts = append(texts, strings.ToLower(p.Name))
		}
		req, _ := Lookup(id)
		texts = append(texts, strings.ToLower(req.Demands), strings.ToLower(req.Title))
	}
	for _, id := range IDs() {
		r, _ := rs.Rule(id)
		for _, p := range r.Parts {
			for _, l := range Langs {
				for _, m := range p.Patterns[l] {
					for _, s := range texts {
						if m.re.MatchString(s) && m.triggers != nil && !containsAny(s, m.triggers) {
							t.Errorf("%s: %q: prefilter rejects %q", id, m.re, s)
						}
					}
				}
			}
		}
	}
}
