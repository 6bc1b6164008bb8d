// Package nearest finds the known word closest to a misspelt one, so every
// "did you mean" hint in dpa (input fields, config keys, requirement ids,
// profiles) uses the same notion of a likely typo.
package nearest

import (
	"fmt"
	"strings"

	"github.com/agnivade/levenshtein"
)

// Word returns the candidate closest to s by edit distance, ignoring case, and
// whether it is close enough to be a likely typo: within a third of the longer
// word's length, and never more than two edits for short words. Ties go to the
// candidate that sorts first, so the answer does not depend on candidate order.
func Word(s string, candidates []string) (string, bool) {
	ls := strings.ToLower(s)
	best, bestD := "", -1
	for _, c := range candidates {
		d := levenshtein.ComputeDistance(ls, strings.ToLower(c))
		if bestD < 0 || d < bestD || (d == bestD && c < best) {
			best, bestD = c, d
		}
	}
	if bestD < 0 {
		return "", false
	}
	return best, bestD <= max(2, max(len(s), len(best))/3)
}

// DidYouMean returns ` (did you mean "x"?)` for a likely typo of a candidate, or "".
func DidYouMean(s string, candidates []string) string {
	if w, ok := Word(s, candidates); ok {
		return fmt.Sprintf(" (did you mean %q?)", w)
	}
	return ""
}
