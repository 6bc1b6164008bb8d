package diag

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"
	"strconv"
	"strings"
)

// Formats lists the output formats Print accepts, in the order help texts show them.
var Formats = []string{"text", "json", "sarif", "github"}

// PrintOptions tune a printer. The zero value is what tests and files want: no
// colour, failures only.
type PrintOptions struct {
	// Color adds ANSI colour to the text format. The CLI sets it only when writing
	// to a terminal; it is ignored by every other format.
	Color bool
	// Verbose makes the text format also print lint requirements that are present
	// or not applicable, not just the failures.
	Verbose bool
	// Version is the tool version recorded in SARIF output; empty leaves it out.
	Version string
}

// Print writes rep to w in the named format (text, json, sarif or github) with
// default options.
func Print(w io.Writer, format string, rep Report) error {
	return PrintWith(w, format, rep, PrintOptions{})
}

// PrintWith writes rep to w in the named format with the given options.
func PrintWith(w io.Writer, format string, rep Report, opt PrintOptions) error {
	bw := bufio.NewWriter(w)
	var err error
	switch format {
	case "text", "":
		err = printText(bw, rep, opt)
	case "json":
		err = printJSON(bw, rep)
	case "sarif":
		err = printSARIF(bw, rep, opt)
	case "github":
		err = printGitHub(bw, rep)
	default:
		return fmt.Errorf("unknown output format %q (want one of %s)", format, strings.Join(Formats, ", "))
	}
	if err != nil {
		return err
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("write %s output: %w", format, err)
	}
	return nil
}

// IsLint reports whether rep came from the linter, whose files list every
// requirement rather than only problems.
func (r Report) IsLint() bool { return r.Tool == "lint" }

// Failing reports whether a diagnostic is a problem to show by default: every
// validation finding, and lint findings that are weak or missing and not
// suppressed. Present and n/a requirements are context, not problems.
func (d Diagnostic) Failing() bool {
	if d.Suppressed != "" {
		return false
	}
	switch d.Status {
	case "", Weak, Missing:
		return true
	}
	return false
}

// Where renders the position the way the text format prints it, without the
// trailing colon: "file:12:3", "file:12", "file:page 2:line 7", "file:para 14",
// or just "file" when the position is unknown.
func (p Position) Where() string {
	var b strings.Builder
	b.WriteString(p.File)
	switch {
	case p.Page > 0:
		fmt.Fprintf(&b, ":page %d", p.Page)
		if p.Line > 0 {
			fmt.Fprintf(&b, ":line %d", p.Line)
		}
	case p.Para > 0:
		fmt.Fprintf(&b, ":para %d", p.Para)
	case p.Line > 0:
		b.WriteString(":" + strconv.Itoa(p.Line))
		if p.Col > 0 {
			b.WriteString(":" + strconv.Itoa(p.Col))
		}
	}
	return b.String()
}

// inWords says where a PDF or DOCX finding is for formats that can only point at
// file lines: "page 2, line 7" or "paragraph 14"; empty for line-based files.
func (p Position) inWords() string {
	switch {
	case p.Page > 0 && p.Line > 0:
		return fmt.Sprintf("page %d, line %d", p.Page, p.Line)
	case p.Page > 0:
		return fmt.Sprintf("page %d", p.Page)
	case p.Para > 0:
		return fmt.Sprintf("paragraph %d", p.Para)
	}
	return ""
}

// lineOnly reports whether Line counts lines of the file itself, so a tool that
// opens the file (an editor, GitHub) can jump to it. For PDF the line counts
// within a page and for DOCX there are only paragraphs.
func (p Position) lineOnly() bool { return p.Page == 0 && p.Para == 0 && p.Line > 0 }

// slashPath turns an OS path into the forward-slash form SARIF and GitHub expect.
func slashPath(p string) string { return filepath.ToSlash(p) }
