package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the owner of the schema command.
func newSchemaCmd() *cobra.Command {
	return &cobra.Command{Use: "schema", Short: "schema (not yet built)", RunE: func(*cobra.Command, []string) error { return errors.New("schema: not yet built") }}
}
