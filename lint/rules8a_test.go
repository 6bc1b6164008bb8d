package lint

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/diag"
)

// Round 8 (issue 5), engine and particulars half: the drafting forms of
// blind7 that the rules read as missing, each written other ways, with
// near-misses that must still not count.
var rules8aCases = []struct {
	id, name, src string
	want          diag.Status
}{}

func TestRules8a(t *testing.T) { checkSnippets(t, plainSnippets(rules8aCases)) }

// rulesWith compiles the embedded rules with file name's text extended by extra.
func rulesWith(t *testing.T, name, extra string) *clauses.Rules {
	t.Helper()
	m := fstest.MapFS{}
	src := clauses.RuleFiles()
	names, err := fs.Glob(src, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		b, err := fs.ReadFile(src, n)
		if err != nil {
			t.Fatal(err)
		}
		if n == name {
			b = append(b, extra...)
		}
		m[n] = &fstest.MapFile{Data: b}
	}
	rs, err := clauses.LoadRules(m)
	if err != nil {
		t.Fatalf("rules with %s extended: %v", name, err)
	}
	return rs
}

// A rule may narrow the shared negations: "... and need not carry out that
// instruction" is a right to suspend, not a refusal to notify.
func TestNegationExcept(t *testing.T) {
	const src = "## Instructions\n\nIf the Supplier considers that an instruction infringes the GDPR, it tells the Customer immediately and need not carry out that instruction."
	const id = "infringing-instruction"
	get := func(rs *clauses.Rules, src string) diag.Status {
		for _, f := range Check(mdDoc(t, src), rs, Options{}).Findings {
			if f.ID == id {
				return f.Status
			}
		}
		t.Fatalf("no finding for %s", id)
		return ""
	}
	plain := rulesWith(t, "vocab.yaml", "")
	narrowed := rulesWith(t, id+".yaml", "negation_except:\n  en: ['need not (?:carry out|follow|act on) (?:that|the|such) instruction']\n  fr: ['pas tenu d.ex[ée]cuter']\n")
	if got := get(plain, src); got != diag.Missing {
		t.Errorf("shared negation: got %s, want missing", got)
	}
	if got := get(narrowed, src); got != diag.Present {
		t.Errorf("narrowed negation: got %s, want present", got)
	}
	// Near-miss: the exception is the rule's own, and other negations still hold.
	const refuse = "## Instructions\n\nThe Supplier need not tell the Customer if it considers that an instruction infringes the GDPR, and may act immediately."
	if got := get(narrowed, refuse); got != diag.Missing {
		t.Errorf("other negation under a narrowed rule: got %s, want missing", got)
	}
	// Other rules keep the shared negation.
	f := Check(mdDoc(t, "## Audits\n\nThe Supplier need not allow audits; it makes its certificates available to the Customer on request."), narrowed, Options{})
	for _, x := range f.Findings {
		if x.ID == "audits" && x.Status == diag.Present {
			t.Errorf("audits under another rule's exception: present, want the negation to hold")
		}
	}
}

// A bad negation_except pattern is reported with file, line and column.
func TestNegationExceptError(t *testing.T) {
	m := fstest.MapFS{}
	src := clauses.RuleFiles()
	names, _ := fs.Glob(src, "*.yaml")
	for _, n := range names {
		b, _ := fs.ReadFile(src, n)
		if n == "duration.yaml" {
			b = append(b, "negation_except:\n  en: ['(unclosed']\n"...)
		}
		m[n] = &fstest.MapFile{Data: b}
	}
	_, err := clauses.LoadRules(m)
	if err == nil || !strings.Contains(err.Error(), "duration.yaml:") || !strings.Contains(err.Error(), "bad pattern") {
		t.Fatalf("got %v, want a located bad-pattern error in duration.yaml", err)
	}
}

// "l'art. 28" does not end a sentence; "Appendix 7B" is not Appendix 7.
func TestSplitElidedAbbreviation(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"Le Prestataire agit conformément à l'art. 28 du RGPD. Il informe le Client.", 2},
		{"Conformément à l’art. 9 RGPD, aucune donnée de santé n'est traitée.", 1},
		{"Voir d'ex. 3 ci-dessous. Le Client décide.", 2},
		// Near-miss: a word with an apostrophe that is no abbreviation still ends a sentence.
		{"The data is the Customer's. The Supplier hosts it.", 2},
	} {
		if got := len(splitSentences(c.in)); got != c.want {
			t.Errorf("%q: %d sentences, want %d", c.in, got, c.want)
		}
	}
}

func TestDanglingLetteredAnnex(t *testing.T) {
	for _, c := range []struct {
		name, src, want string
	}{
		{"7B absent, 7 present", "## Appendix 7\n\nPricing.\n\n## Security\n\nThe measures are listed in Appendix 7B.", "appendix 7b"},
		{"7B present", "## Appendix 7B\n\nEncryption at rest.\n\n## Security\n\nThe measures are listed in Appendix 7B.", ""},
		{"7 present, referred to as 7", "## Appendix 7\n\nEncryption at rest.\n\n## Security\n\nThe measures are listed in Appendix 7.", ""},
		{"schedule 2bis read as 2", "## Schedule 2\n\nEncryption at rest.\n\n## Security\n\nThe measures are listed in Schedule 2bis.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			tx := prepare(mdDoc(t, c.src), mustRules(t))
			got := ""
			for _, d := range tx.dangling {
				if d != "" {
					got = d
				}
			}
			if got != c.want {
				t.Errorf("dangling %q, want %q", got, c.want)
			}
		})
	}
}
