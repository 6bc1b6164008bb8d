package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dpatool/dpa/contract"
	"github.com/dpatool/dpa/diag"
	"github.com/spf13/cobra"
)

func newValidateCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "validate FILE...",
		Short: "Check contract descriptions against every element of Article 28(3)",
		Long: `validate loads each contract description (YAML or JSON; "-" reads standard input)
and checks it: every element Article 28(3) requires, the cross-field rules (duration,
sub-processor authorisation, transfers, breach deadline, deletion or return), and the
risk rules that apply when special categories of data or a migration are involved.

Each finding names the file, line and column, the requirement id (see dpa rules and
dpa explain ID), the article, and a hint.

Exit codes: 0 no errors (warnings allowed), 1 errors found, 2 a file could not be read
or the command line is wrong.`,
		Example: `  dpa validate contract.yaml
  dpa validate --format json contracts/*.yaml
  dpa validate --format github contract.yaml   # annotations in GitHub Actions
  dpa validate --format sarif contract.yaml > dpa.sarif`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			if !slices.Contains(diag.Formats, format) {
				return fmt.Errorf("unknown --format %q (want one of %s)", format, strings.Join(diag.Formats, ", "))
			}
			rep := diag.Report{Tool: "validate"}
			var ioErrs []error
			for _, name := range args {
				diags, err := validateFile(name, cmd.InOrStdin())
				if err != nil {
					ioErrs = append(ioErrs, err)
					continue
				}
				rep.Files = append(rep.Files, diag.File{Path: displayName(name), Diagnostics: diags})
			}
			out := cmd.OutOrStdout()
			if err := diag.Print(out, format, rep); err != nil {
				return err
			}
			errs, warns := 0, 0
			for _, f := range rep.Files {
				fe, fw := countSeverities(f.Diagnostics)
				errs, warns = errs+fe, warns+fw
				if format == "text" {
					if _, err := fmt.Fprintf(out, "%s: %s\n", f.Path, verdict(fe, fw)); err != nil {
						return err
					}
				}
			}
			if len(ioErrs) > 0 {
				return errors.Join(ioErrs...)
			}
			if errs > 0 {
				return findingsError{n: errs}
			}
			return nil
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: "+strings.Join(diag.Formats, ", "))
	return cmd
}

// validateFile loads and validates one file. Problems in the content come back as
// diagnostics; an error means the file could not be read at all.
func validateFile(name string, stdin io.Reader) ([]diag.Diagnostic, error) {
	var data []byte
	var err error
	if name == "-" {
		data, err = readLimited(stdin, "standard input")
	} else {
		data, err = readInputFile(name)
	}
	if err != nil {
		return nil, err
	}
	c, src, err := contract.Load(displayName(name), data, func(p string) ([]byte, error) {
		return readInputFile(filepath.FromSlash(p))
	})
	var le *contract.LoadError
	switch {
	case errors.As(err, &le):
		return le.Diagnostics, nil
	case err != nil:
		return nil, err
	}
	return contract.Validate(c, src), nil
}

func displayName(name string) string {
	if name == "-" {
		return "<stdin>"
	}
	return name
}

// readInputFile reads a user's input file, refusing anything over contract.MaxSize
// before reading it: a mistaken 5 GB argument must fail at once, not fill memory.
func readInputFile(name string) ([]byte, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err // *PathError already says "open NAME: no such file or directory"
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s: is a directory, expected a contract file", name)
	}
	if st.Mode().IsRegular() && st.Size() > contract.MaxSize {
		return nil, fmt.Errorf("%s: %d bytes is over the %d MB limit for a contract: %w", name, st.Size(), contract.MaxSize>>20, contract.ErrTooLarge)
	}
	return readLimited(f, name)
}

// readLimited reads at most one byte over the limit, so that Load sees the input is
// too large without us holding all of it (pipes and devices have no size to stat).
func readLimited(r io.Reader, name string) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, contract.MaxSize+1))
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	if len(data) > contract.MaxSize {
		return nil, fmt.Errorf("%s: over the %d MB limit for a contract: %w", name, contract.MaxSize>>20, contract.ErrTooLarge)
	}
	return data, nil
}

func countSeverities(ds []diag.Diagnostic) (errs, warns int) {
	for _, d := range ds {
		switch d.Severity {
		case diag.Error:
			errs++
		case diag.Warning:
			warns++
		}
	}
	return errs, warns
}

// verdict is the one-line summary the text format ends each file with.
func verdict(errs, warns int) string {
	plural := func(n int, word string) string {
		if n == 1 {
			return fmt.Sprintf("%d %s", n, word)
		}
		return fmt.Sprintf("%d %ss", n, word)
	}
	switch {
	case errs == 0 && warns == 0:
		return "valid"
	case errs == 0:
		return "valid, " + plural(warns, "warning")
	case warns == 0:
		return "invalid, " + plural(errs, "error")
	}
	return "invalid, " + plural(errs, "error") + ", " + plural(warns, "warning")
}
