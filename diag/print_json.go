package diag

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/dpatool/dpa/clauses"
)

// The lint JSON shape is a public interface that scripts parse: keep these
// structs exactly as documented, field for field.
type lintJSON struct {
	Files []lintFileJSON `json:"files"`
}

type lintFileJSON struct {
	Path         string            `json:"path"`
	Requirements []requirementJSON `json:"requirements"`
}

type requirementJSON struct {
	ID       string `json:"id"`
	Status   Status `json:"status"`
	Line     int    `json:"line"`
	Evidence string `json:"evidence"`
	Reason   string `json:"reason"`
}

type validateJSON struct {
	Files []File `json:"files"`
}

// printJSON writes lint reports as {"files":[{"path","requirements":[...]}]} with
// one entry per diagnostic (the linter gives one per catalogue requirement, in
// catalogue order), and validation reports as {"files":[{"path","diagnostics"}]}.
func printJSON(w io.Writer, rep Report) error {
	var v any
	if rep.IsLint() {
		out := lintJSON{Files: make([]lintFileJSON, 0, len(rep.Files))}
		for _, f := range rep.Files {
			lf := lintFileJSON{Path: f.Path, Requirements: make([]requirementJSON, 0, len(f.Diagnostics))}
			for _, d := range f.Diagnostics {
				reason := d.Reason
				if d.Suppressed != "" {
					reason = "suppressed: " + d.Suppressed
					if d.Reason != "" {
						reason += "; " + d.Reason
					}
				}
				lf.Requirements = append(lf.Requirements, requirementJSON{
					ID: d.ID, Status: d.Status, Line: d.Pos.Line, Evidence: d.Evidence, Reason: reason,
				})
			}
			out.Files = append(out.Files, lf)
		}
		v = out
	} else {
		out := validateJSON{Files: make([]File, 0, len(rep.Files))}
		for _, f := range rep.Files {
			if f.Diagnostics == nil {
				f.Diagnostics = []Diagnostic{}
			}
			out.Files = append(out.Files, f)
		}
		v = out
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	// Contract text is full of < > & (clause cross-references, "Art. 28(3)(a) & (b)");
	// HTML-escaping them would make the output harder to read for no benefit.
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return fmt.Errorf("write json output: %w", err)
	}
	return nil
}

// isRequirement reports whether id names a catalogue requirement (as opposed to
// a finding about the input itself, such as a malformed suppression comment).
func isRequirement(id string) bool {
	_, ok := clauses.Lookup(id)
	return ok
}
