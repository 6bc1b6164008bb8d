package diag

import (
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ANSI sequences for the text format; used only when PrintOptions.Color is set.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiRed    = "\x1b[1;31m"
	ansiYellow = "\x1b[1;33m"
	ansiCyan   = "\x1b[36m"
	ansiGreen  = "\x1b[32m"
	ansiDim    = "\x1b[2m"
)

// printText writes one finding per block:
//
//	file:line:col: severity id: message
//	    reason: ...
//	    evidence: "..."
//	    hint: ...
//
// and, for lint, a summary line per file.
func printText(w io.Writer, rep Report, opt PrintOptions) error {
	paint := func(code, s string) string {
		if !opt.Color || s == "" {
			return s
		}
		return code + s + ansiReset
	}
	for _, f := range rep.Files {
		for _, d := range f.Diagnostics {
			if rep.IsLint() && !opt.Verbose && !d.Failing() && d.Suppressed == "" {
				continue
			}
			pos := d.Pos
			if pos.File == "" {
				pos.File = f.Path
			}
			sev := string(d.Severity)
			switch d.Severity {
			case Error:
				sev = paint(ansiRed, sev)
			case Warning:
				sev = paint(ansiYellow, sev)
			default:
				sev = paint(ansiCyan, sev)
			}
			if _, err := fmt.Fprintf(w, "%s: %s %s: %s\n", paint(ansiBold, pos.Where()), sev, paint(ansiBold, d.ID), oneLine(textMessage(d))); err != nil {
				return fmt.Errorf("write text output: %w", err)
			}
			detail := func(label, value string) error {
				if value == "" {
					return nil
				}
				_, err := fmt.Fprintf(w, "    %s %s\n", paint(ansiDim, label+":"), oneLine(value))
				return err
			}
			if err := detail("reason", d.Reason); err != nil {
				return fmt.Errorf("write text output: %w", err)
			}
			if d.Evidence != "" {
				if err := detail("evidence", strconv.Quote(oneLine(d.Evidence))); err != nil {
					return fmt.Errorf("write text output: %w", err)
				}
			}
			if d.Failing() {
				if err := detail("hint", d.Hint); err != nil {
					return fmt.Errorf("write text output: %w", err)
				}
			}
		}
		if rep.IsLint() {
			if _, err := fmt.Fprintf(w, "%s: %s\n", paint(ansiBold, f.Path), summary(f, paint)); err != nil {
				return fmt.Errorf("write text output: %w", err)
			}
		}
	}
	return nil
}

// textMessage is the message with the lint status in front, so that a reader of
// the text output sees "weak" or "missing (suppressed: reason)" before the title.
func textMessage(d Diagnostic) string {
	if d.Status == "" || !isRequirement(d.ID) {
		// Validation findings have no status, and a finding about a suppression
		// comment is not a verdict on a requirement.
		return d.Message
	}
	st := string(d.Status)
	if d.Suppressed != "" {
		st += " (suppressed: " + d.Suppressed + ")"
	}
	if d.Message == "" {
		return st
	}
	return st + ": " + d.Message
}

// summary counts a lint file's verdicts, e.g. "22 present, 3 weak, 4 missing, 1 n/a".
// Suppressed requirements are counted under their status and again as suppressed;
// findings that are not catalogue requirements (a bad suppression comment) are
// counted as errors.
func summary(f File, paint func(code, s string) string) string {
	var present, weak, missing, na, suppressed, other int
	for _, d := range f.Diagnostics {
		if !isRequirement(d.ID) {
			other++
			continue
		}
		switch d.Status {
		case Present:
			present++
		case Weak:
			weak++
		case Missing:
			missing++
		case NA:
			na++
		}
		if d.Suppressed != "" {
			suppressed++
		}
	}
	parts := []string{
		paint(ansiGreen, fmt.Sprintf("%d present", present)),
		colourIf(weak > 0, ansiYellow, fmt.Sprintf("%d weak", weak), paint),
		colourIf(missing > 0, ansiRed, fmt.Sprintf("%d missing", missing), paint),
		fmt.Sprintf("%d n/a", na),
	}
	if suppressed > 0 {
		parts = append(parts, fmt.Sprintf("%d suppressed", suppressed))
	}
	if other > 0 {
		noun := "suppression error"
		if other > 1 {
			noun += "s"
		}
		parts = append(parts, paint(ansiRed, fmt.Sprintf("%d %s", other, noun)))
	}
	return strings.Join(parts, ", ")
}

func colourIf(cond bool, code, s string, paint func(code, s string) string) string {
	if cond {
		return paint(code, s)
	}
	return s
}

// oneLine folds line breaks so that every finding stays one grep-able line.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n\t") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}
