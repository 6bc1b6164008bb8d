package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the owner of the rules command.
func newRulesCmd() *cobra.Command {
	return &cobra.Command{Use: "rules", Short: "rules (not yet built)", RunE: func(*cobra.Command, []string) error { return errors.New("rules: not yet built") }}
}
