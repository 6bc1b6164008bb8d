package diag

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path"
	"sort"
	"strings"

	"github.com/dpatool/dpa/clauses"
)

// SuppressionID is the id of findings about inline suppression comments (one
// without a reason, or naming an unknown requirement). It is not a catalogue
// requirement, so printers describe it themselves.
const SuppressionID = "suppression"

// The SARIF 2.1.0 subset dpa emits. Field names follow the OASIS schema; the
// schema test in print_test.go keeps them honest.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool    sarifTool     `json:"tool"`
	Results []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	InformationURI string      `json:"informationUri"`
	Version        string      `json:"version,omitempty"`
	Rules          []sarifRule `json:"rules"`
}

type sarifText struct {
	Text     string `json:"text"`
	Markdown string `json:"markdown,omitempty"`
}

type sarifRule struct {
	ID                   string              `json:"id"`
	Name                 string              `json:"name"`
	ShortDescription     sarifText           `json:"shortDescription"`
	FullDescription      sarifText           `json:"fullDescription"`
	Help                 sarifText           `json:"help"`
	DefaultConfiguration sarifRuleConfig     `json:"defaultConfiguration"`
	Properties           sarifRuleProperties `json:"properties"`
}

type sarifRuleConfig struct {
	Level string `json:"level"`
}

type sarifRuleProperties struct {
	Level   string   `json:"level,omitempty"`
	Article string   `json:"article,omitempty"`
	Tags    []string `json:"tags,omitempty"`
}

type sarifResult struct {
	RuleID              string             `json:"ruleId"`
	RuleIndex           int                `json:"ruleIndex"`
	Level               string             `json:"level"`
	Message             sarifText          `json:"message"`
	Locations           []sarifLocation    `json:"locations"`
	PartialFingerprints map[string]string  `json:"partialFingerprints"`
	Suppressions        []sarifSuppression `json:"suppressions,omitempty"`
	Properties          *sarifResultProps  `json:"properties,omitempty"`
}

type sarifResultProps struct {
	Status Status `json:"status,omitempty"`
	Field  string `json:"field,omitempty"`
}

type sarifSuppression struct {
	Kind          string `json:"kind"`
	Justification string `json:"justification"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn,omitempty"`
}

const sarifSchemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// printSARIF writes one SARIF run whose rules are every catalogue requirement (in
// catalogue order, then any other id the report uses, sorted) and whose results are
// the failures: validation findings, weak or missing lint requirements, and
// suppressed ones marked with an inSource suppression so code scanning shows them
// as dismissed rather than dropping them silently.
func printSARIF(w io.Writer, rep Report, opt PrintOptions) error {
	rules, index := sarifRules(rep)
	results := []sarifResult{}
	for _, f := range rep.Files {
		for _, d := range f.Diagnostics {
			if !d.Failing() && d.Suppressed == "" {
				continue
			}
			pos := d.Pos
			if pos.File == "" {
				pos.File = f.Path
			}
			msg := textMessage(d)
			if d.Reason != "" {
				msg += ": " + d.Reason
			}
			if where := pos.inWords(); where != "" {
				// SARIF regions count lines of the file; a PDF page or DOCX paragraph
				// has no such line, so say where it is in words instead.
				msg += " (" + where + ")"
			}
			region := sarifRegion{StartLine: 1}
			if pos.lineOnly() {
				region = sarifRegion{StartLine: pos.Line, StartColumn: pos.Col}
			}
			r := sarifResult{
				RuleID:    d.ID,
				RuleIndex: index[d.ID],
				Level:     sarifLevel(d.Severity),
				Message:   sarifText{Text: oneLine(msg)},
				Locations: []sarifLocation{{PhysicalLocation: sarifPhysical{
					ArtifactLocation: sarifArtifact{URI: fileURI(pos.File)},
					Region:           region,
				}}},
				// A stable fingerprint lets code scanning track a finding across runs
				// even when the clause moves to another line.
				PartialFingerprints: map[string]string{"dpaFinding/v1": fingerprint(pos.File, d.ID, d.Field, d.Message)},
			}
			if d.Status != "" || d.Field != "" {
				r.Properties = &sarifResultProps{Status: d.Status, Field: d.Field}
			}
			if d.Suppressed != "" {
				r.Suppressions = []sarifSuppression{{Kind: "inSource", Justification: d.Suppressed}}
			}
			results = append(results, r)
		}
	}
	log := sarifLog{
		Schema:  sarifSchemaURI,
		Version: "2.1.0",
		Runs: []sarifRun{{
			Tool: sarifTool{Driver: sarifDriver{
				Name:           "dpa",
				InformationURI: "https://github.com/dpatool/dpa",
				Version:        opt.Version,
				Rules:          rules,
			}},
			Results: results,
		}},
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(log); err != nil {
		return fmt.Errorf("write sarif output: %w", err)
	}
	return nil
}

// sarifRules describes every catalogue requirement, then any other id used in rep.
func sarifRules(rep Report) ([]sarifRule, map[string]int) {
	cat := clauses.Catalogue()
	rules := make([]sarifRule, 0, len(cat)+2)
	index := make(map[string]int, len(cat)+2)
	for _, r := range cat {
		index[r.ID] = len(rules)
		help := r.Ask
		md := "**Ask the vendor:** " + r.Ask
		if r.Hint != "" {
			help += "\n\nIn contract.yaml: " + r.Hint + "."
			md += "\n\n**In contract.yaml:** " + r.Hint + "."
		}
		tags := []string{"gdpr", "article-28", string(r.Level)}
		rules = append(rules, sarifRule{
			ID:                   r.ID,
			Name:                 ruleName(r.ID),
			ShortDescription:     sarifText{Text: r.Title},
			FullDescription:      sarifText{Text: r.Demands + " (GDPR Art. " + r.Article + ")"},
			Help:                 sarifText{Text: help, Markdown: md},
			DefaultConfiguration: sarifRuleConfig{Level: levelDefault(r.Level)},
			Properties:           sarifRuleProperties{Level: string(r.Level), Article: r.Article, Tags: tags},
		})
	}
	var extra []string
	for _, f := range rep.Files {
		for _, d := range f.Diagnostics {
			if _, ok := index[d.ID]; !ok {
				index[d.ID] = -1
				extra = append(extra, d.ID)
			}
		}
	}
	sort.Strings(extra)
	for _, id := range extra {
		index[id] = len(rules)
		short, full := "Problem with the input file", "The input file could not be checked as written; the message says what to fix."
		if id == SuppressionID {
			short = "Malformed suppression comment"
			full = "An inline dpa-lint-disable comment must name a known requirement id and give a reason after a colon."
		}
		rules = append(rules, sarifRule{
			ID:                   id,
			Name:                 ruleName(id),
			ShortDescription:     sarifText{Text: short},
			FullDescription:      sarifText{Text: full},
			Help:                 sarifText{Text: full},
			DefaultConfiguration: sarifRuleConfig{Level: "error"},
		})
	}
	return rules, index
}

// ruleName turns "subprocessor-flowdown" into "SubprocessorFlowdown", the
// PascalCase form SARIF viewers show next to the id.
func ruleName(id string) string {
	var b strings.Builder
	for _, part := range strings.FieldsFunc(id, func(r rune) bool { return r == '-' || r == '_' }) {
		b.WriteString(strings.ToUpper(part[:1]) + part[1:])
	}
	return b.String()
}

func levelDefault(l clauses.Level) string {
	if l == clauses.Expected {
		return "warning"
	}
	return "error"
}

func sarifLevel(s Severity) string {
	switch s {
	case Error:
		return "error"
	case Warning:
		return "warning"
	}
	return "note"
}

// fileURI makes a relative URI reference from an OS path: forward slashes, and
// characters such as spaces percent-encoded. Absolute paths become file: URIs.
func fileURI(p string) string {
	p = slashPath(p)
	if path.IsAbs(p) {
		return (&url.URL{Scheme: "file", Path: p}).String()
	}
	return (&url.URL{Path: p}).String()
}

func fingerprint(parts ...string) string {
	h := sha256.New()
	for _, p := range parts {
		h.Write([]byte(p))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))[:32]
}
