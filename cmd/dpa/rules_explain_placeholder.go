package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the owner of the explain command.
func newExplainCmd() *cobra.Command {
	return &cobra.Command{Use: "explain", Short: "explain (not yet built)", RunE: func(*cobra.Command, []string) error { return errors.New("explain: not yet built") }}
}
