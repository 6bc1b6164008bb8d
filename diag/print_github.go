package diag

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// printGitHub writes GitHub Actions workflow commands, one per failure:
//
//	::error file=vendor.md,line=12,col=3,title=dpa audits::weak: audits and inspections
//
// Suppressed, present and n/a lint requirements are not annotated.
func printGitHub(w io.Writer, rep Report) error {
	for _, f := range rep.Files {
		for _, d := range f.Diagnostics {
			if !d.Failing() {
				continue
			}
			pos := d.Pos
			if pos.File == "" {
				pos.File = f.Path
			}
			props := []string{"file=" + escapeProperty(slashPath(pos.File))}
			if pos.lineOnly() {
				props = append(props, "line="+strconv.Itoa(pos.Line))
				if pos.Col > 0 {
					props = append(props, "col="+strconv.Itoa(pos.Col))
				}
			}
			props = append(props, "title="+escapeProperty("dpa "+d.ID))
			msg := textMessage(d)
			if d.Reason != "" {
				msg += ": " + d.Reason
			}
			if where := pos.inWords(); where != "" {
				msg += " (" + where + ")"
			}
			if d.Hint != "" {
				msg += "\nhint: " + d.Hint
			}
			if _, err := fmt.Fprintf(w, "::%s %s::%s\n", githubCommand(d.Severity), strings.Join(props, ","), escapeData(msg)); err != nil {
				return fmt.Errorf("write github output: %w", err)
			}
		}
	}
	return nil
}

func githubCommand(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "notice"
}

// escapeData escapes a workflow command's message as the Actions runner expects
// (toolkit/packages/core/src/command.ts escapeData): % first, then CR and LF.
func escapeData(s string) string { return dataEscaper.Replace(s) }

var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

// escapeProperty escapes a workflow command's property value: as escapeData, plus
// ':' and ',' which would otherwise end the value.
func escapeProperty(s string) string { return propertyEscaper.Replace(s) }
