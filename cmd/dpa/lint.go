package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the owner of the lint command.
func newLintCmd() *cobra.Command {
	return &cobra.Command{Use: "lint", Short: "lint (not yet built)", RunE: func(*cobra.Command, []string) error { return errors.New("lint: not yet built") }}
}
