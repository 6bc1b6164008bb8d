package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the owner of the validate command.
func newValidateCmd() *cobra.Command {
	return &cobra.Command{Use: "validate", Short: "validate (not yet built)", RunE: func(*cobra.Command, []string) error { return errors.New("validate: not yet built") }}
}
