package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"

	"github.com/dpatool/dpa/samples"
	"github.com/spf13/cobra"
)

func newInitCmd() *cobra.Command {
	var (
		out     string
		example string
		force   bool
	)
	cmd := &cobra.Command{
		Use:   "init",
		Short: "Write a commented starter contract.yaml, or one of the complete examples",
		Long: `init writes a starting point for a contract description.

Without --example it writes a commented template: every field, a comment explaining
it and citing the article it serves, and <placeholders> that dpa validate reports
one by one until they are all filled in. With --example it writes a complete,
valid example:

  saas-crm     a SaaS CRM vendor; general sub-processor authorisation with notice
               and objection; transfers to the US under the SCCs; its sub-processor
               list in subprocessors/crm-vendors.yaml (written alongside)
  medical-lab  (in French) a laboratory software vendor migrating patients' health
               and genetic data between two laboratory systems
  payroll      a payroll provider; employee data; specific authorisation; no
               transfers outside the EEA

It never overwrites an existing file unless --force is given.`,
		Example: `  dpa init                          # writes contract.yaml
  dpa init -o acme-dpa.yaml
  dpa init --example medical-lab -o labo.yaml
  dpa init --example payroll -o -   # print to standard output`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			src := "starter/template.yaml"
			if example != "" {
				if !slices.Contains(samples.Examples, example) {
					return fmt.Errorf("unknown --example %q (want one of %s)", example, strings.Join(samples.Examples, ", "))
				}
				src = example + ".yaml"
			}
			data, err := fs.ReadFile(samples.FS, src)
			if err != nil {
				return fmt.Errorf("embedded %s: %w", src, err)
			}
			files := []initFile{{path: out, data: data}}
			if lf := listFileOf(data); lf != "" {
				extra, err := fs.ReadFile(samples.FS, lf)
				if err != nil {
					return fmt.Errorf("embedded %s: %w", lf, err)
				}
				if out == "-" {
					fmt.Fprintf(cmd.ErrOrStderr(), "note: this example reads its sub-processors from %s; use -o FILE to write both files\n", lf)
				} else {
					files = append(files, initFile{path: filepath.Join(filepath.Dir(out), filepath.FromSlash(lf)), data: extra})
				}
			}
			if out == "-" {
				_, err := cmd.OutOrStdout().Write(data)
				return err
			}
			// Check every target before writing any, so a refusal leaves nothing half-done.
			for _, f := range files {
				if _, err := os.Stat(f.path); err == nil && !force {
					return fmt.Errorf("%s already exists; use --force to overwrite it", f.path)
				} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
					return err
				}
			}
			for _, f := range files {
				if err := os.MkdirAll(filepath.Dir(f.path), 0o755); err != nil {
					return err
				}
				if err := writeFileAtomic(f.path, f.data, 0o644); err != nil {
					return err
				}
				fmt.Fprintf(cmd.OutOrStdout(), "wrote %s\n", f.path)
			}
			if example == "" {
				fmt.Fprintf(cmd.OutOrStdout(), "next: replace every <placeholder>, then run: dpa validate %s\n", out)
			}
			return nil
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "contract.yaml", `file to write ("-" for standard output)`)
	cmd.Flags().StringVar(&example, "example", "", "write a complete example: "+strings.Join(samples.Examples, ", "))
	cmd.Flags().BoolVar(&force, "force", false, "overwrite existing files")
	return cmd
}

type initFile struct {
	path string
	data []byte
}

var listFileRE = regexp.MustCompile(`(?m)^\s+list_file:\s*(\S+)\s*$`)

// listFileOf returns the subprocessors.list_file an example references, if any.
func listFileOf(data []byte) string {
	if m := listFileRE.FindSubmatch(data); m != nil {
		return string(m[1])
	}
	return ""
}
