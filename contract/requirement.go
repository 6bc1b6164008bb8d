package contract

import (
	"strings"

	"github.com/dpatool/dpa/clauses"
)

// InputID is the id of findings about fields that satisfy no catalogue requirement
// (parties, date, language, governing law...) and about input that cannot be read.
// It is not a requirement id: the catalogue lists only what Article 28 demands.
const InputID = "input"

// requirementFor finds the requirement a field path belongs to: the one whose
// `fields` entry is the longest prefix of the path (on a path-segment boundary).
// On a tie, a requirement the input actually configures wins over one whose clause
// is always rendered from the library (its hint says "nothing to set"), then the
// first in catalogue order: security.measures.testing belongs to
// security-measures-specific rather than confidentiality. The catalogue is the
// single source of this mapping, so adding a field to a requirement there re-routes
// findings here.
func requirementFor(field string) clauses.Requirement {
	var best clauses.Requirement
	bestLen, bestSet := -1, false
	for _, r := range clauses.Catalogue() {
		set := !strings.Contains(r.Hint, "nothing to set")
		for _, f := range r.Fields {
			if !hasPathPrefix(field, f) {
				continue
			}
			if len(f) > bestLen || (len(f) == bestLen && set && !bestSet) {
				best, bestLen, bestSet = r, len(f), set
			}
		}
	}
	if bestLen < 0 {
		return clauses.Requirement{ID: InputID, Level: clauses.Mandatory}
	}
	return best
}

// hasPathPrefix reports whether prefix names field or one of its ancestors:
// "processing.duration" is a prefix of "processing.duration.term" and of itself,
// but not of "processing.durations"; list indexes are ignored.
func hasPathPrefix(field, prefix string) bool {
	if !strings.HasPrefix(field, prefix) {
		return false
	}
	rest := field[len(prefix):]
	return rest == "" || rest[0] == '.' || rest[0] == '['
}
