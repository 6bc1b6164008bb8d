// Package report turns the lint engine's verdicts on one document into the
// diag.File the printers print: messages, severities and levels (after the
// configuration's overrides), inline suppressions, and which findings fail a run.
package report

import (
	"fmt"
	"strings"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/diag"
	"github.com/dpatool/dpa/internal/nearest"
	"github.com/dpatool/dpa/lint"
	"github.com/dpatool/dpa/lint/config"
	"github.com/dpatool/dpa/lint/doc"
)

// DefaultFailOn is the set of levels that fail a run when neither --fail-on nor
// the configuration says otherwise: Article 28(3) itself, and the risk
// requirements the processing has made necessary. Expected (guidance) items are
// reported as warnings but do not fail.
var DefaultFailOn = []clauses.Level{clauses.Mandatory, clauses.Risk}

// Build makes the lint diag.File for d from the engine's result res, under cfg.
// It holds exactly one diagnostic per catalogue requirement, in catalogue order,
// followed by one per malformed suppression comment.
func Build(d *doc.Document, res lint.Result, cfg *config.Config) diag.File {
	if cfg == nil {
		cfg = config.Default()
	}
	byID := make(map[string]lint.Finding, len(res.Findings))
	for _, f := range res.Findings {
		byID[f.ID] = f
	}
	out := diag.File{Path: d.Path}
	index := map[string]int{}
	for _, req := range clauses.Catalogue() {
		f, ok := byID[req.ID]
		if !ok {
			// The engine promises one finding per id; say so rather than invent a verdict.
			f = lint.Finding{ID: req.ID, Status: diag.Missing, Reason: "the linter returned no verdict for this requirement"}
		}
		level, enabled := cfg.Enabled(req.ID, req.Level)
		dg := diag.Diagnostic{
			ID:       req.ID,
			Level:    string(level),
			Article:  req.Article,
			Status:   f.Status,
			Severity: severity(level, f.Status),
			Message:  lowerFirst(req.Title) + " (Art. " + req.Article + ")",
			Evidence: f.Evidence,
			Reason:   f.Reason,
			Hint:     req.Ask,
			Pos:      diag.Position{File: d.Path},
		}
		if f.Status == diag.Present || f.Status == diag.Weak {
			dg.Pos = position(d.Path, f.Loc)
		}
		if isFailure(f.Status) {
			if why := inScope(req, res); why != "" {
				dg.Reason = joinReason(dg.Reason, why)
			}
		}
		if !enabled && isFailure(f.Status) {
			where := "the configuration"
			if cfg.Path != "" {
				where = cfg.Path
			}
			dg.Suppressed = "disabled in " + where
			dg.Severity = diag.Note
		}
		index[req.ID] = len(out.Diagnostics)
		out.Diagnostics = append(out.Diagnostics, dg)
	}
	out.Diagnostics = applySuppressions(out.Diagnostics, index, d)
	return out
}

// inScope says why a risk requirement applies, quoting the sentence that put its
// condition in scope, so that a reviewer who sees "missing" for a contract that
// only forbids health data can tell at once that the detection, not the contract,
// is wrong (and force the profile). Empty for requirements that always apply.
func inScope(req clauses.Requirement, res lint.Result) string {
	var why []string
	for _, c := range req.AppliesWhen {
		switch {
		case c == clauses.SpecialCategories && res.Special:
			why = append(why, scopeReason("special categories of data", res.SpecialEvidence))
		case c == clauses.Migration && res.Migration:
			why = append(why, scopeReason("a migration or extraction", res.MigrationEvidence))
		}
	}
	return strings.Join(why, "; ")
}

func scopeReason(what, evidence string) string {
	if evidence == "" {
		return "applies because the profile (--profile or .dpa-lint.yaml) says the processing includes " + what
	}
	return fmt.Sprintf("applies because the text shows %s: %q", what, evidence)
}

func joinReason(reason, more string) string {
	if reason == "" {
		return more
	}
	return reason + "; " + more
}

// applySuppressions marks the diagnostics named by valid inline suppressions and
// appends a finding for each malformed one. A suppression without a reason does
// not take effect: the requirement keeps failing and the comment is reported, so
// that silencing a legal requirement always leaves a written justification.
func applySuppressions(ds []diag.Diagnostic, index map[string]int, d *doc.Document) []diag.Diagnostic {
	var bad []diag.Diagnostic
	for _, s := range d.Suppressions {
		pos := position(d.Path, s.Loc)
		comment := "dpa-lint-disable " + s.ID
		if s.Reason != "" {
			comment += ": " + s.Reason
		}
		problem := func(msg, hint string) {
			bad = append(bad, diag.Diagnostic{
				Pos: pos, ID: diag.SuppressionID, Level: string(clauses.Mandatory), Severity: diag.Error,
				Status: diag.Weak, Message: msg, Evidence: comment, Hint: hint,
			})
		}
		i, known := index[s.ID]
		switch {
		case s.ID == "":
			problem("suppression names no requirement id", "write <!-- dpa-lint-disable ID: reason --> with an id from dpa rules")
		case !known:
			hint := "dpa rules lists the requirement ids"
			if m := closest(s.ID, clauses.IDs()); m != "" {
				hint = fmt.Sprintf("did you mean %q?", m)
			}
			problem(fmt.Sprintf("suppression names unknown requirement id %q", s.ID), hint)
		case s.Reason == "":
			problem(fmt.Sprintf("suppression of %s gives no reason", s.ID),
				fmt.Sprintf("write the reason after a colon: <!-- dpa-lint-disable %s: why this is acceptable -->", s.ID))
		case ds[i].Suppressed == "" && isFailure(ds[i].Status):
			ds[i].Suppressed = s.Reason
			ds[i].Severity = diag.Note
		}
	}
	return append(ds, bad...)
}

// Failures counts the findings in f that fail a run under failOn: weak or missing
// requirements, not suppressed, whose (configured) level is in failOn, plus every
// malformed suppression unless failOn is empty ("none").
func Failures(f diag.File, failOn []clauses.Level) int {
	n := 0
	for _, d := range f.Diagnostics {
		if !d.Failing() {
			continue
		}
		if d.ID == diag.SuppressionID {
			if len(failOn) > 0 {
				n++
			}
			continue
		}
		for _, l := range failOn {
			if d.Level == string(l) {
				n++
				break
			}
		}
	}
	return n
}

// Force maps a profile switch of the configuration to the engine's option.
func Force(s config.Switch) lint.Force {
	switch s {
	case config.On:
		return lint.On
	case config.No:
		return lint.Off
	}
	return lint.Auto
}

// ParseProfile reads --profile: "auto", "none", or a comma-separated list of the
// conditions that hold (special-categories, migration); a condition not listed
// does not hold.
func ParseProfile(s string) (config.Profile, error) {
	switch strings.TrimSpace(s) {
	case "auto":
		return config.Profile{SpecialCategories: config.Auto, Migration: config.Auto}, nil
	case "none":
		return config.Profile{SpecialCategories: config.No, Migration: config.No}, nil
	}
	p := config.Profile{SpecialCategories: config.No, Migration: config.No}
	for _, part := range strings.Split(s, ",") {
		switch c := strings.TrimSpace(part); clauses.Condition(c) {
		case clauses.SpecialCategories:
			p.SpecialCategories = config.On
		case clauses.Migration:
			p.Migration = config.On
		default:
			hint := ""
			if m := closest(c, []string{string(clauses.SpecialCategories), string(clauses.Migration), "auto", "none"}); m != "" {
				hint = fmt.Sprintf(" (did you mean %q?)", m)
			}
			return p, fmt.Errorf("unknown profile %q%s: want auto, none, or a comma-separated list of special-categories and migration", c, hint)
		}
	}
	return p, nil
}

func isFailure(s diag.Status) bool { return s == diag.Weak || s == diag.Missing }

// severity: a failing mandatory or risk requirement is an error, a failing
// expected one a warning; a verdict that is not a failure is a note.
func severity(l clauses.Level, s diag.Status) diag.Severity {
	if !isFailure(s) {
		return diag.Note
	}
	if l == clauses.Expected {
		return diag.Warning
	}
	return diag.Error
}

func position(file string, l doc.Loc) diag.Position {
	return diag.Position{File: file, Line: l.Line, Page: l.Page, Para: l.Para}
}

func lowerFirst(s string) string {
	if s == "" {
		return s
	}
	// Titles start with a capitalised common word, never a proper noun or acronym.
	return strings.ToLower(s[:1]) + s[1:]
}

func closest(s string, candidates []string) string {
	if w, ok := nearest.Word(s, candidates); ok {
		return w
	}
	return ""
}
