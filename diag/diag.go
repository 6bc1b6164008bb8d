// Package diag holds the one finding type that validation and linting both produce,
// and the printers that turn findings into text, JSON, SARIF and GitHub annotations.
package diag

// Severity orders findings for exit codes and --fail-on.
type Severity string

const (
	Error   Severity = "error"
	Warning Severity = "warning"
	Note    Severity = "note"
)

// Status is a lint verdict for one requirement in one document.
type Status string

const (
	Present Status = "present"
	Weak    Status = "weak"
	Missing Status = "missing"
	NA      Status = "n/a"
)

// Position locates a finding. Line and Col are 1-based; 0 means unknown. Page is set
// for PDF input (Line then counts within the page) and Para for DOCX input.
type Position struct {
	File string `json:"file"`
	Line int    `json:"line"`
	Col  int    `json:"col,omitempty"`
	Page int    `json:"page,omitempty"`
	Para int    `json:"para,omitempty"`
}

// Diagnostic is one finding about one requirement. Level and Article are copied from
// the catalogue entry named by ID so printers need not look them up.
type Diagnostic struct {
	Pos      Position `json:"position"`
	ID       string   `json:"id"`
	Level    string   `json:"level"`
	Article  string   `json:"article"`
	Severity Severity `json:"severity"`
	// Status is set by lint (present, weak, missing, n/a); empty for validation.
	Status Status `json:"status,omitempty"`
	// Field is the input field path for validation findings, e.g. "breach.notice_hours".
	Field    string `json:"field,omitempty"`
	Message  string `json:"message"`
	Evidence string `json:"evidence,omitempty"`
	Reason   string `json:"reason,omitempty"`
	Hint     string `json:"hint,omitempty"`
	// Suppressed is the reason of the inline dpa-lint-disable comment that covers
	// this lint finding; empty when it is not suppressed. A suppressed finding keeps
	// its status but is not a failure.
	Suppressed string `json:"suppressed,omitempty"`
}

// File is every finding about one input file. For lint, Diagnostics holds exactly
// one entry per catalogue requirement, in catalogue order (status present, weak,
// missing or n/a); for validation it holds only the problems found.
type File struct {
	Path        string       `json:"path"`
	Diagnostics []Diagnostic `json:"diagnostics"`
}

// Report is what one run of validate or lint produced.
type Report struct {
	// Tool is "validate" or "lint"; printers shape JSON and SARIF by it.
	Tool  string `json:"tool"`
	Files []File `json:"files"`
}
