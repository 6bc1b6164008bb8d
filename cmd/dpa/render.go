package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/contract"
	"github.com/dpatool/dpa/diag"
	"github.com/dpatool/dpa/templates"
	"github.com/dpatool/dpa/templates/render"
	"github.com/spf13/cobra"
)

// renderFormats are the output formats of dpa render, by -o extension.
var renderFormats = map[string]string{
	".md":       "md",
	".markdown": "md",
	".html":     "html",
	".htm":      "html",
	".pdf":      "pdf",
}

type renderFlags struct {
	out      string
	format   string
	fragment bool
	lang     string
	clauses  string
}

func newRenderCmd() *cobra.Command {
	var fl renderFlags
	cmd := &cobra.Command{
		Use:   "render FILE -o OUT",
		Short: "Write a contract as Markdown, HTML or PDF",
		Long: `render writes a contract as Markdown, HTML or PDF.

FILE is either a contract description (.yaml, .yml or .json), which is loaded,
validated and assembled from the clause library, or a Markdown contract (.md,
.markdown), which is rendered as written. A contract description with validation
errors is not rendered: the report is printed and the exit code is 1.

The format follows the extension of -o (.md, .html, .pdf) unless --format is
given; "-o -" writes to standard output (Markdown unless --format says otherwise;
PDF is refused on a terminal). Output files are written whole or not at all.

The output is byte-identical for the same input. The PDF records the contract's
date as its creation date, or SOURCE_DATE_EPOCH for a Markdown input, or else
1970-01-01.`,
		Example: `  dpa render contract.yaml -o dpa.pdf
  dpa render contract.yaml -o dpa.html --lang fr
  dpa render contract.yaml -o - --format md | less
  dpa render contract.yaml -o dpa.pdf --clauses house-clauses/
  dpa render existing-dpa.md -o existing-dpa.pdf`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runRender(cmd, args[0], fl)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&fl.out, "output", "o", "", `output file ("-" for standard output)`)
	f.StringVar(&fl.format, "format", "", "output format: md, html or pdf (default: from the -o extension)")
	f.BoolVar(&fl.fragment, "fragment", false, "HTML only: write the body content, not a standalone page")
	f.StringVar(&fl.lang, "lang", "", "language of the output, en or fr (default: the contract's language; en for Markdown)")
	f.StringVar(&fl.clauses, "clauses", "", "directory of house clauses that replace or add to the built-in ones (contract input only)")
	return cmd
}

func runRender(cmd *cobra.Command, in string, fl renderFlags) error {
	if fl.out == "" {
		return errors.New("render: -o OUT is required (a file, or - for standard output)")
	}
	format, err := renderFormat(fl)
	if err != nil {
		return err
	}
	if fl.fragment && format != "html" {
		return fmt.Errorf("render: --fragment applies to HTML output only, not %s", format)
	}
	if fl.lang != "" && !renderLangKnown(fl.lang) {
		return fmt.Errorf("render: unknown --lang %q (want %s)", fl.lang, strings.Join(clauses.Languages, " or "))
	}
	stdout := cmd.OutOrStdout()
	if fl.out == "-" && format == "pdf" && renderIsTerminal(stdout) {
		return errors.New("render: refusing to write PDF to a terminal; use -o FILE.pdf or redirect standard output")
	}

	var (
		md   []byte
		lang = fl.lang
		hopt render.HTMLOptions
		popt render.PDFOptions
	)
	switch ext := strings.ToLower(filepath.Ext(in)); ext {
	case ".yaml", ".yml", ".json":
		c, err := loadForRender(cmd.ErrOrStderr(), in)
		if err != nil {
			return err
		}
		if lang == "" {
			lang = c.Language
		}
		c.Language = lang
		lib, err := clauses.Default()
		if err != nil {
			return fmt.Errorf("render: built-in clause library: %w", err)
		}
		if fl.clauses != "" {
			if st, err := os.Stat(fl.clauses); err != nil {
				return fmt.Errorf("render: --clauses: %w", err)
			} else if !st.IsDir() {
				return fmt.Errorf("render: --clauses %s: not a directory", fl.clauses)
			}
			if err := lib.Override(os.DirFS(fl.clauses)); err != nil {
				return fmt.Errorf("render: --clauses %s: %w", fl.clauses, err)
			}
		}
		if md, err = templates.Markdown(c, lib); err != nil {
			return fmt.Errorf("render %s: %w", in, err)
		}
		popt.Header = c.Parties.Controller.Name + " – " + c.Parties.Processor.Name
		if d, err := time.Parse("2006-01-02", c.Date); err == nil {
			popt.Date = d
		}
	case ".md", ".markdown":
		if fl.clauses != "" {
			return errors.New("render: --clauses applies to a contract description (.yaml, .json), not to Markdown")
		}
		if md, err = readInputFile(in); err != nil {
			return fmt.Errorf("render: %w", err)
		}
		if lang == "" {
			lang = "en"
		}
	default:
		return fmt.Errorf("render: cannot tell what %s is from its extension %q: want a contract (.yaml, .yml, .json) or Markdown (.md, .markdown)", in, ext)
	}
	if popt.Date.IsZero() {
		if popt.Date, err = sourceDateEpoch(); err != nil {
			return err
		}
	}

	var data []byte
	switch format {
	case "md":
		data = md
	case "html":
		hopt.Lang, hopt.Fragment = lang, fl.fragment
		data, err = render.HTML(md, hopt)
	case "pdf":
		popt.Lang = lang
		data, err = render.PDF(md, popt)
	}
	if err != nil {
		return fmt.Errorf("render %s: %w", in, err)
	}
	if fl.out == "-" {
		_, err := stdout.Write(data)
		return err
	}
	return writeFileAtomic(fl.out, data, 0o644)
}

// renderFormat is --format, or the format the -o extension names.
func renderFormat(fl renderFlags) (string, error) {
	if fl.format != "" {
		switch fl.format {
		case "md", "html", "pdf":
			return fl.format, nil
		}
		return "", fmt.Errorf("render: unknown --format %q (want md, html or pdf)", fl.format)
	}
	if fl.out == "-" {
		return "md", nil
	}
	ext := strings.ToLower(filepath.Ext(fl.out))
	if f, ok := renderFormats[ext]; ok {
		return f, nil
	}
	return "", fmt.Errorf("render: cannot tell the format from %q; name the file .md, .html or .pdf, or give --format", fl.out)
}

// loadForRender loads and validates a contract. Problems in it are printed as a
// validation report on w and returned as findings (exit 1): an invalid contract
// is never rendered. Warnings are printed and do not stop rendering.
func loadForRender(w io.Writer, name string) (*contract.Contract, error) {
	data, err := readInputFile(name)
	if err != nil {
		return nil, fmt.Errorf("render: %w", err)
	}
	c, src, err := contract.Load(name, data, func(p string) ([]byte, error) {
		return readInputFile(filepath.FromSlash(p))
	})
	var diags []diag.Diagnostic
	var le *contract.LoadError
	switch {
	case errors.As(err, &le):
		diags = le.Diagnostics
	case err != nil:
		return nil, fmt.Errorf("render: %w", err)
	default:
		diags = contract.Validate(c, src)
	}
	if len(diags) == 0 {
		return c, nil
	}
	errs, warns := countSeverities(diags)
	rep := diag.Report{Tool: "validate", Files: []diag.File{{Path: name, Diagnostics: diags}}}
	if err := diag.Print(w, "text", rep); err != nil {
		return nil, err
	}
	if errs > 0 || c == nil {
		fmt.Fprintf(w, "%s: %s; not rendered\n", name, verdict(errs, warns))
		return nil, findingsError{n: max(errs, 1)}
	}
	return c, nil
}

// sourceDateEpoch returns the date set by SOURCE_DATE_EPOCH (the reproducible
// builds convention), or the zero time, which the renderer replaces by a fixed date.
func sourceDateEpoch() (time.Time, error) {
	v, ok := os.LookupEnv("SOURCE_DATE_EPOCH")
	if !ok || v == "" {
		return time.Time{}, nil
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil || n < 0 || n > 253402300799 {
		return time.Time{}, fmt.Errorf("render: SOURCE_DATE_EPOCH=%q: want seconds since 1970-01-01 as a non-negative integer", v)
	}
	return time.Unix(n, 0).UTC(), nil
}

func renderLangKnown(l string) bool {
	for _, x := range clauses.Languages {
		if x == l {
			return true
		}
	}
	return false
}

// renderIsTerminal reports whether w is a character device other than the null
// device: a terminal, in practice. Redirecting to /dev/null must still work.
func renderIsTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	if err != nil || st.Mode()&os.ModeCharDevice == 0 {
		return false
	}
	null, err := os.Stat(os.DevNull)
	return err != nil || !os.SameFile(st, null)
}
