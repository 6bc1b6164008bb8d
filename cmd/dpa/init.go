package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the owner of the init command.
func newInitCmd() *cobra.Command {
	return &cobra.Command{Use: "init", Short: "init (not yet built)", RunE: func(*cobra.Command, []string) error { return errors.New("init: not yet built") }}
}
