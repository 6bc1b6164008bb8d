package clauses

import (
	"regexp/syntax"
	"sort"
	"strings"
)

// Go's regexp engine walks every byte of a sentence through the whole pattern,
// which is slow for the long alternations the rules are made of. Most sentences
// contain none of a pattern's words, so each pattern gets a list of literal
// strings one of which must occur in any match; strings.Contains rules out most
// sentences before the regexp runs.

// triggers returns literals of which at least one occurs in every match of expr,
// or nil when no such list could be worked out (then the regexp always runs).
func triggers(expr string) []string {
	re, err := syntax.Parse(expr, syntax.Perl)
	if err != nil {
		return nil
	}
	t, ok, _ := lits(re.Simplify())
	if !ok || len(t) == 0 || len(t) > 200 {
		return nil
	}
	for _, s := range t {
		if s == "" {
			return nil
		}
	}
	return minimalLits(t)
}

// minimalLits drops every literal that contains another one: a sentence that
// contains "processors" contains "processor", so one strings.Contains suffices.
// The prefilter is a quarter of a check's time, most of it on such duplicates.
func minimalLits(t []string) []string {
	sorted := append([]string(nil), t...)
	sort.SliceStable(sorted, func(i, j int) bool { return len(sorted[i]) < len(sorted[j]) })
	var out []string
	for _, s := range sorted {
		redundant := false
		for _, k := range out {
			if strings.Contains(s, k) {
				redundant = true
				break
			}
		}
		if !redundant {
			out = append(out, s)
		}
	}
	return out
}

// lits computes the trigger set of one node; ok is false when the node can match
// without any literal we can name. exact is true when every match of the node is
// exactly one of the strings, so neighbouring literals may be joined to it.
func lits(re *syntax.Regexp) (out []string, ok, exact bool) {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil, false, false
		}
		return []string{string(re.Rune)}, true, true
	case syntax.OpCapture:
		return lits(re.Sub[0])
	case syntax.OpPlus:
		t, ok, _ := lits(re.Sub[0])
		return t, ok, false
	case syntax.OpRepeat:
		if re.Min >= 1 {
			t, ok, _ := lits(re.Sub[0])
			return t, ok, false
		}
		return nil, false, false
	case syntax.OpAlternate:
		exact = true
		for _, s := range re.Sub {
			t, ok, ex := lits(s)
			if !ok {
				return nil, false, false
			}
			exact = exact && ex
			out = append(out, t...)
		}
		return out, true, exact
	case syntax.OpCharClass:
		// A small class of single letters ("[sz]") is a set of one-rune literals.
		for i := 0; i+1 < len(re.Rune); i += 2 {
			if re.Rune[i+1]-re.Rune[i] > 3 {
				return nil, false, false
			}
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				out = append(out, string(r))
			}
		}
		return out, len(out) > 0, true
	case syntax.OpConcat:
		// Join runs of adjacent exact elements into longer literals, and pick the
		// candidate whose shortest literal is longest (the most selective).
		var best []string
		bestScore := 0
		var run []string
		consider := func(c []string) {
			if sc := selectivity(c); len(c) > 0 && sc > bestScore {
				best, bestScore = c, sc
			}
		}
		allExact := true
		for _, s := range re.Sub {
			t, ok, ex := lits(s)
			if !ok || !ex {
				allExact = false
				consider(run)
				run = nil
				if ok {
					consider(t)
				}
				continue
			}
			if run == nil {
				run = t
				continue
			}
			if len(run)*len(t) > 64 {
				allExact = false
				consider(run)
				run = t
				continue
			}
			var next []string
			for _, a := range run {
				for _, b := range t {
					next = append(next, a+b)
				}
			}
			run = next
		}
		if allExact && run != nil {
			return run, true, true
		}
		consider(run)
		if best == nil {
			return nil, false, false
		}
		return best, true, false
	}
	return nil, false, false
}

// commonWords occur in nearly every sentence of a data processing agreement, so a
// trigger list holding one of them rules out almost nothing: in "{data|records}
// (\w+ ){0,2}(is|are) (compromised|lost)" the words after the gap are the ones
// worth looking for, though "records " is longer than "lost".
var commonWords = map[string]bool{
	"data": true, "personal": true, "information": true, "processing": true, "process": true,
	"processor": true, "controller": true, "agreement": true, "services": true, "service": true,
	"the": true, "and": true, "or": true, "of": true, "to": true, "in": true, "is": true,
	"are": true, "be": true, "shall": true, "will": true, "any": true, "this": true, "by": true,
	"for": true, "on": true, "with": true, "as": true, "its": true, "a": true, "an": true,
	"données": true, "donnees": true, "traitement": true, "les": true, "des": true, "de": true,
	"la": true, "le": true, "et": true, "du": true, "est": true, "sont": true,
}

// selectivity scores a trigger list: the length of its shortest literal, or 1 when
// one of its literals is only common words (any list beats none).
func selectivity(c []string) int {
	for _, l := range c {
		common := true
		for _, w := range strings.Fields(l) {
			if !commonWords[w] {
				common = false
				break
			}
		}
		if common && strings.TrimSpace(l) != "" {
			return 1
		}
	}
	return minLen(c)
}

func minLen(ss []string) int {
	m := -1
	for _, s := range ss {
		if m < 0 || len(s) < m {
			m = len(s)
		}
	}
	return m
}

// containsAny reports whether s contains one of the literals.
func containsAny(s string, lits []string) bool {
	for _, l := range lits {
		if strings.Contains(s, l) {
			return true
		}
	}
	return false
}
