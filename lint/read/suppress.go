package read

import (
	"strings"

	"github.com/dpatool/dpa/lint/doc"
)

const disableMarker = "dpa-lint-disable"

// parseSuppressions reads `dpa-lint-disable ID[, ID...]: reason` from one comment or
// line. Several ids may share a reason. A marker without an id or without a reason is
// still returned (empty ID or Reason) so the engine can report the bad suppression
// instead of silently ignoring it.
func parseSuppressions(s string, loc doc.Loc) []doc.Suppression {
	i := strings.Index(s, disableMarker)
	if i < 0 {
		return nil
	}
	rest := s[i+len(disableMarker):]
	if rest != "" && !strings.ContainsRune(" \t:", rune(rest[0])) {
		return nil // dpa-lint-disabled, dpa-lint-disable-next-line: not ours
	}
	rest = strings.TrimSpace(rest)
	for _, end := range []string{"-->", "*/"} {
		rest = strings.TrimSpace(strings.TrimSuffix(rest, end))
	}
	ids, reason, _ := strings.Cut(rest, ":")
	reason = Normalise(reason)
	var out []doc.Suppression
	for _, id := range strings.FieldsFunc(ids, func(r rune) bool { return r == ',' || r == ' ' || r == '\t' }) {
		out = append(out, doc.Suppression{ID: id, Reason: reason, Loc: loc})
	}
	if len(out) == 0 {
		out = append(out, doc.Suppression{Reason: reason, Loc: loc})
	}
	return out
}
