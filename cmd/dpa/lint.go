package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/diag"
	"github.com/dpatool/dpa/lint"
	"github.com/dpatool/dpa/lint/config"
	"github.com/dpatool/dpa/lint/doc"
	"github.com/dpatool/dpa/lint/read"
	"github.com/dpatool/dpa/lint/report"
	"github.com/spf13/cobra"
)

// lintExts are the extensions picked up when walking a directory or expanding a
// glob; a file named explicitly is read whatever its name.
var lintExts = []string{".md", ".markdown", ".txt", ".html", ".htm", ".pdf", ".docx"}

type lintFlags struct {
	format       string
	outputs      []string
	failOn       string
	profile      string
	configFile   string
	inputFormat  string
	suggest      bool
	verbose      bool
	forceExclude bool
}

func newLintCmd() *cobra.Command {
	var fl lintFlags
	cmd := &cobra.Command{
		Use:   "lint PATH...",
		Short: "Check a DPA written by someone else for missing and weak clauses",
		Long: `lint reads contracts (Markdown, text, HTML, PDF or DOCX) and says, for every
requirement of the catalogue (see dpa rules), whether the contract has it (present),
has it in a form that falls short (weak), lacks it (missing) or does not need it (n/a).

PATH is a file, a directory (searched recursively for .md .markdown .txt .html .htm
.pdf .docx), a glob (quote it; ** matches any number of directories), or - for
standard input.

Settings come from the nearest .dpa-lint.yaml above each file (or --config).
Exit codes: 0 nothing at a --fail-on level is weak or missing, 1 something is,
2 a file or the configuration could not be read.`,
		Example: `  dpa lint vendor-dpa.pdf
  dpa lint contracts/ --format json
  dpa lint 'contracts/**/*.md' --output sarif=dpa.sarif
  dpa lint - --input-format html < dpa.html
  dpa lint vendor-dpa.docx --fail-on mandatory,risk,expected --suggest`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runLint(cmd, args, fl)
		},
	}
	f := cmd.Flags()
	f.StringVar(&fl.format, "format", "text", "output format: "+strings.Join(diag.Formats, ", "))
	f.StringArrayVar(&fl.outputs, "output", nil, "also write FORMAT=FILE (repeatable), e.g. --output sarif=dpa.sarif")
	f.StringVar(&fl.failOn, "fail-on", "", `levels whose weak or missing requirements fail the run: a comma-separated list of mandatory, risk, expected, or none (default "mandatory,risk", or fail_on in .dpa-lint.yaml)`)
	f.StringVar(&fl.profile, "profile", "", `risk profile: auto (detect from the text), none, or the conditions that hold: special-categories, migration (default auto, or profile in .dpa-lint.yaml)`)
	f.StringVar(&fl.configFile, "config", "", "use this configuration file for every input instead of the nearest .dpa-lint.yaml")
	f.StringVar(&fl.inputFormat, "input-format", "", "format of standard input: "+strings.Join(read.Formats(), ", ")+" (default: sniffed)")
	f.BoolVar(&fl.suggest, "suggest", false, "for each weak or missing requirement, print a clause that would satisfy it")
	f.BoolVarP(&fl.verbose, "verbose", "v", false, "also print requirements that are present or not applicable")
	f.BoolVar(&fl.forceExclude, "force-exclude", false, "apply include/exclude of .dpa-lint.yaml to files named on the command line too (for pre-commit, which names every changed file)")
	return cmd
}

// lintInput is one contract to lint.
type lintInput struct {
	name     string // as shown to the user
	abs      string // absolute OS path; empty for stdin
	explicit bool   // named on the command line, so include/exclude do not apply
}

type output struct{ format, file string }

func runLint(cmd *cobra.Command, args []string, fl lintFlags) error {
	stdout, stderr := cmd.OutOrStdout(), cmd.ErrOrStderr()

	// Every flag is checked before any file is read, so a typo costs nothing.
	if !slices.Contains(diag.Formats, fl.format) {
		return fmt.Errorf("--format: unknown format %q (want one of %s)", fl.format, strings.Join(diag.Formats, ", "))
	}
	var outputs []output
	for _, o := range fl.outputs {
		format, file, ok := strings.Cut(o, "=")
		if !ok || file == "" {
			return fmt.Errorf("--output %q: want FORMAT=FILE, e.g. sarif=dpa.sarif", o)
		}
		if !slices.Contains(diag.Formats, format) {
			return fmt.Errorf("--output %q: unknown format %q (want one of %s)", o, format, strings.Join(diag.Formats, ", "))
		}
		outputs = append(outputs, output{format, file})
	}
	var failOn []clauses.Level
	if fl.failOn != "" {
		var err error
		if failOn, err = config.ParseFailOn(fl.failOn); err != nil {
			return fmt.Errorf("--fail-on: %w", err)
		}
	}
	var profile *config.Profile
	if fl.profile != "" {
		p, err := report.ParseProfile(fl.profile)
		if err != nil {
			return fmt.Errorf("--profile: %w", err)
		}
		profile = &p
	}
	if fl.inputFormat != "" && !slices.Contains(read.Formats(), fl.inputFormat) {
		return fmt.Errorf("--input-format: unknown format %q (want one of %s)", fl.inputFormat, strings.Join(read.Formats(), ", "))
	}
	if fl.suggest && fl.format != "text" {
		return fmt.Errorf("--suggest prints clause text and needs --format text; use --output %s=FILE for the machine-readable report", fl.format)
	}

	rules, err := clauses.DefaultRules()
	if err != nil {
		return fmt.Errorf("built-in lint rules: %w", err)
	}
	cwd, err := os.Getwd()
	if err != nil {
		return fmt.Errorf("working directory: %w", err)
	}
	// Configuration is looked up through an fs.FS over the whole file system so that
	// the search can walk up past the working directory to the repository root.
	rootFS := os.DirFS("/")
	display := func(fsPath string) string { return displayPath(cwd, "/"+fsPath) }
	var fixed *config.Config
	if fl.configFile != "" {
		abs, err := filepath.Abs(fl.configFile)
		if err != nil {
			return fmt.Errorf("--config: %w", err)
		}
		if fixed, err = config.Load(rootFS, fsPath(abs), fl.configFile); err != nil {
			return err
		}
	}
	loader := &config.Loader{FS: rootFS, Display: display}
	configFor := func(abs string) (*config.Config, error) {
		if fixed != nil {
			return fixed, nil
		}
		return loader.For(fsPath(abs))
	}

	inputs, errs := expandPaths(args)
	for _, err := range errs {
		fmt.Fprintf(stderr, "dpa: %v\n", err)
	}
	rep := diag.Report{Tool: "lint"}
	var langs []string
	failures, broken := 0, len(errs)
	for _, in := range inputs {
		cfgPath := in.abs
		if cfgPath == "" {
			cfgPath = filepath.Join(cwd, "-") // stdin is governed by the working directory's settings
		}
		cfg, err := configFor(cfgPath)
		if err != nil {
			// A bad configuration would be wrong for every file it governs: stop here.
			return err
		}
		if in.abs != "" && (!in.explicit || fl.forceExclude) && !cfg.Selects(fsPath(in.abs)) {
			continue
		}
		file, lang, aboutData, err := lintOne(cmd.InOrStdin(), in, fl.inputFormat, rules, cfg, profile)
		if err != nil {
			fmt.Fprintf(stderr, "dpa: %v\n", err)
			broken++
			continue
		}
		if !aboutData {
			// Linted as asked, but every "missing" would be beside the point.
			fmt.Fprintf(stderr, "dpa: %s: warning: the text never mentions personal data or data protection; is this a data processing agreement?\n", in.name)
		}
		rep.Files = append(rep.Files, file)
		langs = append(langs, lang)
		fo := failOn
		if fo == nil {
			fo = cfg.FailOn
		}
		if fo == nil {
			fo = report.DefaultFailOn
		}
		failures += report.Failures(file, fo)
	}
	if len(inputs) > 0 && len(rep.Files) == 0 && broken == 0 {
		fmt.Fprintln(stderr, "dpa: every file found was excluded by the configuration; nothing to lint")
	}

	opt := diag.PrintOptions{Verbose: fl.verbose, Version: version, Color: colourTerminal(stdout)}
	if err := diag.PrintWith(stdout, fl.format, rep, opt); err != nil {
		return err
	}
	if fl.suggest {
		if err := printSuggestions(stdout, rep, langs); err != nil {
			return err
		}
	}
	for _, o := range outputs {
		var buf bytes.Buffer
		if err := diag.PrintWith(&buf, o.format, rep, diag.PrintOptions{Version: version}); err != nil {
			return err
		}
		if err := writeFileAtomic(o.file, buf.Bytes(), 0o644); err != nil {
			return err
		}
	}
	if broken > 0 {
		return fmt.Errorf("%d input(s) could not be linted", broken)
	}
	if failures > 0 {
		return findingsError{n: failures}
	}
	return nil
}

// lintOne reads, checks and reports one input, and says whether its text is about
// personal data at all.
func lintOne(stdin io.Reader, in lintInput, inputFormat string, rules *clauses.Rules, cfg *config.Config, profile *config.Profile) (diag.File, string, bool, error) {
	d, err := readInput(stdin, in, inputFormat)
	if err != nil {
		return diag.File{}, "", false, err
	}
	p := cfg.Profile
	if profile != nil {
		p = *profile
	}
	res := lint.Check(d, rules, lint.Options{Special: report.Force(p.SpecialCategories), Migration: report.Force(p.Migration)})
	return report.Build(d, res, cfg), res.Lang, res.PersonalData, nil
}

// readInput reads one input: its file, or standard input (in inputFormat, or
// sniffed). An input with no text is an error: "every requirement missing" would
// be true but useless for an empty file or an export gone wrong (the PDF reader
// says the same of scans).
func readInput(stdin io.Reader, in lintInput, inputFormat string) (*doc.Document, error) {
	r, format := stdin, inputFormat
	if in.abs != "" {
		f, err := os.Open(in.abs)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", in.name, unwrapPathError(err))
		}
		defer f.Close()
		r, format = f, ""
	}
	d, err := read.Read(in.name, r, format)
	if err != nil {
		return nil, err
	}
	if len(d.Blocks) == 0 {
		return nil, fmt.Errorf("%s: no text found", in.name)
	}
	return d, nil
}

// expandPaths turns command-line arguments into inputs, in argument order, each
// file once. Directories are walked and globs expanded in lexical order.
func expandPaths(args []string) ([]lintInput, []error) {
	var inputs []lintInput
	var errs []error
	seen := map[string]bool{}
	add := func(name string, explicit bool) {
		abs, err := filepath.Abs(name)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: %w", name, err))
			return
		}
		if seen[abs] {
			return
		}
		seen[abs] = true
		inputs = append(inputs, lintInput{name: filepath.ToSlash(filepath.Clean(name)), abs: abs, explicit: explicit})
	}
	stdinUsed := false
	for _, arg := range args {
		if arg == "-" {
			if stdinUsed {
				errs = append(errs, errors.New("-: standard input can be read only once"))
				continue
			}
			stdinUsed = true
			inputs = append(inputs, lintInput{name: "<stdin>", explicit: true})
			continue
		}
		st, err := os.Stat(arg)
		switch {
		case err == nil && st.IsDir():
			files, err := walkDir(arg)
			if err != nil {
				errs = append(errs, err)
			}
			if len(files) == 0 && err == nil {
				errs = append(errs, fmt.Errorf("%s: no contract files (%s) in this directory", arg, strings.Join(lintExts, " ")))
			}
			for _, f := range files {
				add(f, false)
			}
		case err == nil:
			add(arg, true)
		case strings.ContainsAny(arg, "*?["):
			files, err := expandGlob(arg)
			if err != nil {
				errs = append(errs, err)
				continue
			}
			if len(files) == 0 {
				errs = append(errs, fmt.Errorf("%s: no contract files match this pattern", arg))
			}
			for _, f := range files {
				add(f, false)
			}
		default:
			errs = append(errs, fmt.Errorf("%s: %w", arg, unwrapPathError(err)))
		}
	}
	return inputs, errs
}

// walkDir lists the contract files under dir, skipping hidden directories
// (.git and the like).
func walkDir(dir string) ([]string, error) {
	var files []string
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		if d.IsDir() {
			if p != dir && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && hasLintExt(p) {
			files = append(files, p)
		}
		return nil
	})
	return files, err
}

// expandGlob expands a pattern with filepath.Glob syntax per segment plus ** for
// any number of directories.
func expandGlob(pattern string) ([]string, error) {
	clean := filepath.Clean(pattern)
	segs := strings.Split(filepath.ToSlash(clean), "/")
	base := []string{}
	for _, s := range segs {
		if strings.ContainsAny(s, "*?[") {
			break
		}
		base = append(base, s)
	}
	root := strings.Join(base, "/")
	if root == "" {
		root = "."
		if strings.HasPrefix(clean, "/") {
			root = "/"
		}
	}
	if err := config.CheckGlob(filepath.ToSlash(clean)); err != nil {
		return nil, err
	}
	var files []string
	err := filepath.WalkDir(filepath.FromSlash(root), func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			if errors.Is(err, fs.ErrNotExist) {
				return nil
			}
			return fmt.Errorf("%s: %w", p, unwrapPathError(err))
		}
		if d.IsDir() {
			if p != root && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if d.Type().IsRegular() && hasLintExt(p) && config.MatchPath(filepath.ToSlash(clean), filepath.ToSlash(p)) {
			files = append(files, p)
		}
		return nil
	})
	return files, err
}

func hasLintExt(p string) bool {
	return slices.Contains(lintExts, strings.ToLower(filepath.Ext(p)))
}

// printSuggestions prints, for each weak or missing requirement, a clause from the
// library in the contract's language that would satisfy it.
func printSuggestions(w io.Writer, rep diag.Report, langs []string) error {
	lib, err := clauses.Default()
	if err != nil {
		return fmt.Errorf("clause library: %w", err)
	}
	for i, f := range rep.Files {
		lang := langs[i]
		if !slices.Contains(clauses.Languages, lang) {
			lang = "en"
		}
		// One clause often covers several requirements (the Annex I table covers the
		// description of the processing): print it once and point back to it.
		shown := map[string]string{}
		for _, d := range f.Diagnostics {
			if !d.Failing() || d.ID == diag.SuppressionID {
				continue
			}
			text, err := lib.Suggest(d.ID, lang)
			if err != nil || strings.TrimSpace(text) == "" {
				text = d.Hint // no clause in the library: what to ask for instead
			}
			text = strings.TrimSpace(text)
			var werr error
			if first, ok := shown[text]; ok {
				_, werr = fmt.Fprintf(w, "\n%s: suggested clause for %s (%s, %s): the clause suggested for %s above\n", f.Path, d.ID, d.Status, lang, first)
			} else {
				shown[text] = d.ID
				_, werr = fmt.Fprintf(w, "\n%s: suggested clause for %s (%s, %s):\n\n%s\n", f.Path, d.ID, d.Status, lang, indent(text))
			}
			if werr != nil {
				return werr
			}
		}
	}
	return nil
}

func indent(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = "    " + l
		}
	}
	return strings.Join(lines, "\n")
}

// colourTerminal reports whether w is a terminal that should get colour: a
// character device, NO_COLOR unset (https://no-color.org) and TERM not dumb.
func colourTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok || os.Getenv("NO_COLOR") != "" || os.Getenv("TERM") == "dumb" {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// fsPath turns an absolute OS path into a path in os.DirFS("/").
func fsPath(abs string) string {
	p := filepath.ToSlash(abs)
	if v := filepath.VolumeName(abs); v != "" {
		p = p[len(v):]
	}
	p = strings.TrimPrefix(p, "/")
	if p == "" {
		return "."
	}
	return p
}

// displayPath shows abs relative to the working directory when it is inside it.
func displayPath(cwd, abs string) string {
	if rel, err := filepath.Rel(cwd, abs); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return filepath.ToSlash(abs)
}

// unwrapPathError drops the *fs.PathError wrapper, whose message repeats the path
// the caller already prints first.
func unwrapPathError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
