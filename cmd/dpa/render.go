package main

import (
	"errors"

	"github.com/spf13/cobra"
)

// PLACEHOLDER: replaced by the owner of the render command.
func newRenderCmd() *cobra.Command {
	return &cobra.Command{Use: "render", Short: "render (not yet built)", RunE: func(*cobra.Command, []string) error { return errors.New("render: not yet built") }}
}
