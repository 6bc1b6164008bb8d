// Command dpa writes and checks GDPR Article 28 processor contracts.
//
// This package is the only one that touches the operating system: it parses flags,
// opens and writes files, prints, and turns outcomes into exit codes.
package main

import (
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// Exit codes are part of the interface: 0 ok, 1 findings, 2 usage or I/O error.
const (
	exitOK       = 0
	exitFindings = 1
	exitError    = 2
)

// version is set at build time with -ldflags "-X main.version=...".
var version = "dev"

// findingsError reports that a command ran to completion and found problems; it
// carries exit code 1 and has already printed what it found.
type findingsError struct{ n int }

func (e findingsError) Error() string { return fmt.Sprintf("%d finding(s)", e.n) }

func main() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) }

// run executes dpa with args and returns the exit code. It never panics outward:
// a panic is a defect, reported as one, not a stack trace for the user.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) (code int) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Fprintf(stderr, "dpa: internal error: %v (please report this with the input that caused it)\n", r)
			code = exitError
		}
	}()
	root := newRootCmd(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	var fe findingsError
	switch {
	case err == nil:
		return exitOK
	case errors.As(err, &fe):
		return exitFindings
	default:
		fmt.Fprintf(stderr, "dpa: %v\n", err)
		return exitError
	}
}

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "dpa",
		Short: "Write and check GDPR Article 28 processor contracts (DPAs)",
		Long: `dpa writes and checks GDPR Article 28 data processing agreements.

It validates a structured description of a processing relationship (contract.yaml)
against every mandatory element of Article 28(3), renders it from a clause library
into Markdown, HTML or PDF, and lints contracts written by others for missing and
weak clauses.

Exit codes: 0 ok, 1 findings, 2 usage or I/O error.`,
		Example: `  dpa init -o contract.yaml          # start from a commented example
  dpa validate contract.yaml          # check every Article 28(3) element
  dpa render contract.yaml -o dpa.pdf # write the contract
  dpa lint vendor-dpa.pdf             # review someone else's contract`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	// Listed explicitly, never registered from init(), so the command set is visible here.
	root.AddCommand(
		newVersionCmd(),
		newInitCmd(),
		newValidateCmd(),
		newRenderCmd(),
		newLintCmd(),
		newTextCmd(),
		newRulesCmd(),
		newExplainCmd(),
		newSchemaCmd(),
	)
	return root
}

func newVersionCmd() *cobra.Command {
	return &cobra.Command{
		Use:     "version",
		Short:   "Print the version of dpa",
		Example: "  dpa version",
		Args:    cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintf(cmd.OutOrStdout(), "dpa %s\n", version)
			return err
		},
	}
}
