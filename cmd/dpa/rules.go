package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/contract"
	"github.com/dpatool/dpa/internal/nearest"
	"github.com/spf13/cobra"
)

func newRulesCmd() *cobra.Command {
	var format string
	cmd := &cobra.Command{
		Use:   "rules",
		Short: "List the requirements dpa checks, with their level and article",
		Long: `rules lists every requirement of the catalogue: its id (used in findings, in
lint suppressions and by dpa explain), its level (mandatory: Article 28(3) itself;
expected: regulators' guidance; risk: only when special categories of data or a
migration are involved), the article, and a title.`,
		Example: `  dpa rules
  dpa rules --format json | jq -r '.[].id'`,
		Args: cobra.NoArgs,
		RunE: func(cmd *cobra.Command, _ []string) error {
			switch format {
			case "text":
				return printRulesText(cmd.OutOrStdout())
			case "json":
				return printRulesJSON(cmd.OutOrStdout())
			}
			return fmt.Errorf("unknown --format %q (want text or json)", format)
		},
	}
	cmd.Flags().StringVar(&format, "format", "text", "output format: text or json")
	return cmd
}

func printRulesText(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "ID\tLEVEL\tARTICLE\tTITLE")
	for _, r := range clauses.Catalogue() {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Level, r.Article, r.Title)
	}
	return tw.Flush()
}

// ruleJSON is the stable JSON shape of `dpa rules --format json`.
type ruleJSON struct {
	ID          string              `json:"id"`
	Level       clauses.Level       `json:"level"`
	Article     string              `json:"article"`
	Title       string              `json:"title"`
	AppliesWhen []clauses.Condition `json:"applies_when,omitempty"`
}

func printRulesJSON(w io.Writer) error {
	cat := clauses.Catalogue()
	out := make([]ruleJSON, len(cat))
	for i, r := range cat {
		out[i] = ruleJSON{ID: r.ID, Level: r.Level, Article: r.Article, Title: r.Title, AppliesWhen: r.AppliesWhen}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}

func newExplainCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "explain ID",
		Short: "Explain one requirement: what it demands, the fields that satisfy it, what to ask a vendor",
		Long: `explain prints everything dpa knows about one requirement id (as listed by dpa rules
and shown in findings): title, level, article, when it applies, what it demands, the
contract.yaml fields that satisfy it, a hint for writing them, and the question to ask a
vendor whose contract lacks it.`,
		Example: `  dpa explain breach-notification
  dpa explain migration-deletion`,
		Args: cobra.ExactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			id := args[0]
			if id == contract.InputID {
				_, err := fmt.Fprint(cmd.OutOrStdout(), inputExplanation)
				return err
			}
			r, ok := clauses.Lookup(id)
			if !ok {
				return fmt.Errorf("unknown requirement %q%s; dpa rules lists them all", id, suggestID(id))
			}
			return explain(cmd.OutOrStdout(), r)
		},
	}
}

const inputExplanation = `input: problems with the input itself, not a requirement of Article 28
level:   mandatory
demands: The contract description can be read (valid YAML or JSON, known fields, the
         right types) and the fields that serve no single requirement are filled in
         correctly: language, date, main_agreement, governing_law and the parties.
hint:    run dpa init for a commented starter, and dpa schema for the full input schema
`

func explain(w io.Writer, r clauses.Requirement) error {
	applies := "always"
	if r.Level == clauses.Risk {
		var conds []string
		for _, c := range r.AppliesWhen {
			switch c {
			case clauses.SpecialCategories:
				conds = append(conds, "special categories of data are processed (processing.special_categories)")
			case clauses.Migration:
				conds = append(conds, "the services include a migration (a migration section)")
			default:
				conds = append(conds, string(c))
			}
		}
		applies = "when " + strings.Join(conds, ", or when ")
	}
	hint := r.Hint
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s\n", r.ID, r.Title)
	fmt.Fprintf(&b, "level:   %s\n", r.Level)
	fmt.Fprintf(&b, "article: Art. %s\n", r.Article)
	fmt.Fprintf(&b, "applies: %s\n", applies)
	fmt.Fprintf(&b, "demands: %s\n", r.Demands)
	fmt.Fprintf(&b, "fields:  %s\n", strings.Join(r.Fields, ", "))
	fmt.Fprintf(&b, "hint:    %s\n", hint)
	fmt.Fprintf(&b, "ask:     %s\n", r.Ask)
	_, err := io.WriteString(w, b.String())
	return err
}

// suggestID returns ` (did you mean "x"?)` for the nearest catalogue id, or "".
func suggestID(id string) string {
	return nearest.DidYouMean(id, append(clauses.IDs(), contract.InputID))
}
