package main

import (
	"github.com/dpatool/dpa/contract"
	"github.com/spf13/cobra"
)

func newSchemaCmd() *cobra.Command {
	var out string
	cmd := &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema (draft 2020-12) of contract.yaml",
		Long: `schema prints the JSON Schema of the contract description, generated from the
input model: field types, required fields, allowed values, and a description of each
field naming the requirement it serves. Point an editor's YAML language server at it
for completion and checking as you type; dpa validate adds the cross-field and risk
rules a schema cannot express.`,
		Example: `  dpa schema > contract.schema.json
  dpa schema -o contract.schema.json
  # in contract.yaml, for the YAML language server:
  # yaml-language-server: $schema=./contract.schema.json`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			data, err := contract.JSONSchema()
			if err != nil {
				return err
			}
			if out == "" || out == "-" {
				_, err = cmd.OutOrStdout().Write(data)
				return err
			}
			return writeFileAtomic(out, data, 0o644)
		},
	}
	cmd.Flags().StringVarP(&out, "output", "o", "", "write the schema to this file instead of standard output")
	return cmd
}
