package lint

import "github.com/dpatool/dpa/clauses"

// profile decides a risk condition.
func (t *text) profile(rs *clauses.Rules, c clauses.Condition, force Force) (bool, string) {
	switch force {
	case On:
		return true, ""
	case Off:
		return false, ""
	}
	p := rs.Profiles[c]
	for _, s := range t.sentences {
		if p.Veto.Match(t.lang, s.folded) {
			return false, ""
		}
	}
	for _, s := range t.sentences {
		// A question states nothing; its answer does ("Q. Are fingerprints
		// processed? A. No. ...").
		f := s.folded
		if s.question {
			f = s.body
		}
		if p.In.Match(t.lang, f) && !p.Not.Match(t.lang, f) {
			return true, t.evidence(s)
		}
	}
	return false, ""
}
