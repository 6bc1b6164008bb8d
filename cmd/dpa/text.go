package main

import (
	"bufio"
	"fmt"
	"io"
	"path/filepath"

	"github.com/spf13/cobra"

	"github.com/dpatool/dpa/diag"
	"github.com/dpatool/dpa/lint/doc"
)

func newTextCmd() *cobra.Command {
	var inputFormat string
	cmd := &cobra.Command{
		Use:   "text FILE",
		Short: "Print the text dpa lint reads from a contract, block by block",
		Long: `text prints a contract as dpa lint sees it: one block (heading, paragraph, list item
or table row, with " | " between cells) per line, after the position where it starts
and its kind. Use it when a verdict surprises you on a PDF or DOCX: a clause that
reads garbled here (a table split from its labels, a hyphenated word left broken)
is one the linter could not match.

FILE is a Markdown, text, HTML, PDF or DOCX file, or - for standard input.`,
		Example: `  dpa text vendor-dpa.pdf
  dpa text vendor-dpa.docx | grep -i sub-processor`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			in := lintInput{name: "<stdin>"}
			if args[0] != "-" {
				abs, err := filepath.Abs(args[0])
				if err != nil {
					return fmt.Errorf("%s: %w", args[0], err)
				}
				in = lintInput{name: args[0], abs: abs}
			}
			d, err := readInput(cmd.InOrStdin(), in, inputFormat)
			if err != nil {
				return err
			}
			return printBlocks(cmd.OutOrStdout(), d)
		},
	}
	cmd.Flags().StringVar(&inputFormat, "input-format", "", "format of standard input: md, txt, html, pdf, docx (default: sniffed)")
	return cmd
}

var kindNames = map[doc.Kind]string{doc.Paragraph: "para", doc.Heading: "heading", doc.ListItem: "item", doc.TableRow: "row"}

// printBlocks writes one line per block: position, kind, text, tab-separated so
// that cut and awk can take it apart.
func printBlocks(w io.Writer, d *doc.Document) error {
	bw := bufio.NewWriter(w)
	for _, b := range d.Blocks {
		pos := diag.Position{File: d.Path, Line: b.Loc.Line, Page: b.Loc.Page, Para: b.Loc.Para}
		kind := kindNames[b.Kind]
		if b.Kind == doc.Heading {
			kind = fmt.Sprintf("h%d", b.Level)
		}
		fmt.Fprintf(bw, "%s\t%s\t%s\n", pos.Where(), kind, b.Text)
	}
	return bw.Flush()
}
