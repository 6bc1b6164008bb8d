package contract

import (
	"cmp"
	"errors"
	"fmt"
	"reflect"
	"slices"
	"strings"
	"sync"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/diag"
	"github.com/go-playground/validator/v10"
)

// Tags of the cross-field and risk rules, reported through validator's StructLevel
// so that every finding, simple or not, flows through one mapping to diagnostics.
const (
	tagDurationNone      = "duration_none"
	tagDurationBoth      = "duration_both"
	tagNoticeDays        = "general_notice"
	tagObjection         = "general_objection"
	tagMechanism         = "transfer_mechanism"
	tagTransfersUnstated = "transfers_unstated"
	tagBreachOver72      = "breach_over_72"
	tagBreachOver48      = "breach_over_48"
	tagChoice            = "choice_controller"
	tagRisk              = "risk_required"
	tagIndividual        = "individual_accounts"
	tagUndeclared        = "migration_undeclared"
	tagPlaceholder       = "placeholder"
)

var validate = sync.OnceValue(func() *validator.Validate {
	v := validator.New()
	// Namespaces then spell yaml paths (processing.nature[0]) instead of Go names.
	v.RegisterTagNameFunc(yamlName)
	v.RegisterStructValidation(contractRules, Contract{})
	return v
})

// Validate checks c against the model's field rules, the cross-field rules of
// Article 28 and the risk rules that apply to this processing. Each finding names
// the requirement its field belongs to (per the catalogue's `fields`) and, when src
// is not nil, the position of the field or of the mapping that should hold it.
// The result is sorted by position and empty when c is valid.
func Validate(c *Contract, src *Source) []diag.Diagnostic {
	err := validate().Struct(c)
	var verrs validator.ValidationErrors
	if err != nil && !errors.As(err, &verrs) {
		// Only a nil or non-struct argument gets here: a defect in the caller.
		panic(fmt.Sprintf("contract: validate: %v", err))
	}
	out := make([]diag.Diagnostic, 0, len(verrs))
	for _, fe := range verrs {
		out = append(out, toDiagnostic(fe, src))
	}
	slices.SortStableFunc(out, func(a, b diag.Diagnostic) int {
		return cmp.Or(
			cmp.Compare(a.Pos.File, b.Pos.File),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col),
			cmp.Compare(a.Field, b.Field),
			cmp.Compare(a.Message, b.Message),
		)
	})
	return out
}

// contractRules holds the rules that span fields or depend on what is processed.
func contractRules(sl validator.StructLevel) {
	c := sl.Current().Interface().(Contract)
	report := func(value any, field, tag, param string) { sl.ReportError(value, field, field, tag, param) }

	d := c.Processing.Duration
	switch {
	case d.Term == "" && d.EndDate == "":
		report(d, "processing.duration", tagDurationNone, "")
	case d.Term != "" && d.EndDate != "":
		report(d, "processing.duration", tagDurationBoth, "")
	}

	if s := c.Subprocessors; s.Authorisation == "general" {
		if s.NoticeDays <= 0 {
			report(s.NoticeDays, "subprocessors.notice_days", tagNoticeDays, "")
		}
		if !s.Objection {
			report(s.Objection, "subprocessors.objection", tagObjection, "")
		}
	}

	for i, t := range c.Transfers {
		if !t.InEEA && t.Mechanism == "" {
			report(t.Mechanism, fmt.Sprintf("transfers[%d].mechanism", i), tagMechanism, t.Destination)
		}
	}
	if c.Transfers == nil {
		report(c.Transfers, "transfers", tagTransfersUnstated, "")
	}

	switch h := c.Breach.NoticeHours; {
	case h > 72:
		report(h, "breach.notice_hours", tagBreachOver72, fmt.Sprint(h))
	case h > 48:
		report(h, "breach.notice_hours", tagBreachOver48, fmt.Sprint(h))
	}

	if c.EndOfProcessing.Choice == "processor" {
		report(c.EndOfProcessing.Choice, "end_of_processing.choice", tagChoice, "")
	}

	riskRules(c, report)

	walkStrings(reflect.ValueOf(c), "", func(field, s string) {
		if isPlaceholder(s) {
			report(s, field, tagPlaceholder, s)
		}
	})
}

// isPlaceholder spots the "<...>" values of the dpa init template, so a starter
// that was not filled in cannot pass for a contract.
func isPlaceholder(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) > 2 && s[0] == '<' && s[len(s)-1] == '>'
}

// walkStrings calls fn with the yaml path and value of every string in v.
func walkStrings(v reflect.Value, path string, fn func(field, s string)) {
	switch v.Kind() {
	case reflect.Pointer:
		if !v.IsNil() {
			walkStrings(v.Elem(), path, fn)
		}
	case reflect.Struct:
		for i := 0; i < v.NumField(); i++ {
			if name := yamlName(v.Type().Field(i)); name != "" {
				walkStrings(v.Field(i), joinPath(path, name), fn)
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			walkStrings(v.Index(i), fmt.Sprintf("%s[%d]", path, i), fn)
		}
	case reflect.String:
		fn(path, v.String())
	}
}

// riskRules checks what the risk requirements demand, each only when the catalogue
// says it applies to this processing (special categories of data, a migration).
func riskRules(c Contract, report func(value any, field, tag, param string)) {
	special, migration := c.HasSpecialCategories(), c.HasMigration()
	// why is passed as the rule's param: the conditions that make it apply here.
	var why string
	applies := func(id string) bool {
		r, ok := clauses.Lookup(id)
		if !ok || !r.Applies(special, migration) {
			return false
		}
		why = riskReason(r, special, migration)
		return true
	}
	need := func(value string, field string) {
		if strings.TrimSpace(value) == "" {
			report(value, field, tagRisk, why)
		}
	}
	m := c.Security.Measures
	if applies("special-categories-safeguards") && len(c.Security.SpecialCategories) == 0 {
		report(c.Security.SpecialCategories, "security.special_categories", tagRisk, why)
	}
	if applies("encryption") {
		need(m.Encryption.AtRest, "security.measures.encryption.at_rest")
		need(m.Encryption.InTransit, "security.measures.encryption.in_transit")
	}
	if applies("access-control") {
		need(m.AccessControl.Authentication, "security.measures.access_control.authentication")
		if !m.AccessControl.IndividualAccounts {
			report(false, "security.measures.access_control.individual_accounts", tagIndividual, why)
		}
		need(m.AccessControl.LeastPrivilege, "security.measures.access_control.least_privilege")
	}
	if applies("logging-monitoring") {
		need(m.Logging.AccessLogs, "security.measures.logging.access_logs")
		need(m.Logging.AlertEscalation, "security.measures.logging.alert_escalation")
	}
	// Scope, procedure and temp_deletion_days of a declared migration are required by
	// the model's tags; here we catch a migration the services perform but the input
	// does not declare, so that its risk rules are not silently skipped.
	if !migration {
		for i, op := range c.Processing.Nature {
			if mentionsMigration(op) {
				report(op, "migration.scope", tagUndeclared, fmt.Sprintf("processing.nature[%d]", i))
				break
			}
		}
	}
}

// mentionsMigration spots a migration, extraction or export among the processing
// operations; the stems match English and French.
func mentionsMigration(op string) bool {
	op = strings.ToLower(op)
	for _, stem := range []string{"migrat", "extract", "export"} {
		if strings.Contains(op, stem) {
			return true
		}
	}
	return false
}

// toDiagnostic maps one validator error to a diagnostic: the namespace becomes the
// yaml field path, the path picks the requirement and the position.
func toDiagnostic(fe validator.FieldError, src *Source) diag.Diagnostic {
	field := fe.Namespace()
	if _, rest, ok := strings.Cut(field, "."); ok {
		field = rest // drop the root type name, "Contract"
	}
	req := requirementFor(field)
	msg, hint, sev := describeRule(fe, field, req)
	if req.Article != "" {
		msg += " (Art. " + req.Article + ")"
	}
	pos := src.Pos(field)
	if fe.Tag() == tagUndeclared {
		pos = src.Pos(fe.Param())
	}
	if pos.File == "" && src != nil {
		pos.File = src.File
	}
	return diag.Diagnostic{
		Pos: pos, ID: req.ID, Level: string(req.Level), Article: req.Article,
		Severity: sev, Field: field, Message: msg, Hint: hint,
	}
}

// describeRule words a finding: a short lower-case message, a hint saying what to
// write, and the severity.
func describeRule(fe validator.FieldError, field string, req clauses.Requirement) (msg, hint string, sev diag.Severity) {
	sev = diag.Error
	hint = req.Hint
	if strings.Contains(hint, "nothing to set") {
		hint = ""
	}
	switch fe.Tag() {
	case "required":
		msg = field + " is required"
		if fe.Kind() == reflect.Slice {
			msg = field + " needs at least one entry"
		}
	case "min":
		if fe.Kind() == reflect.Slice {
			msg = field + " needs at least one entry"
		} else {
			msg = fmt.Sprintf("%s must be at least %s, got %v", field, fe.Param(), fe.Value())
		}
	case "oneof":
		allowed := strings.Join(strings.Fields(fe.Param()), ", ")
		msg = fmt.Sprintf("%s must be one of %s, got %q", field, allowed, fmt.Sprint(fe.Value()))
		if req.ID == InputID || hint == "" {
			hint = "use one of: " + allowed
		}
	case "email":
		msg = fmt.Sprintf("%s is not an e-mail address: %q", field, fmt.Sprint(fe.Value()))
		hint = "write the address as name@example.com"
	case "datetime":
		msg = fmt.Sprintf("%s must be a date written YYYY-MM-DD, got %q", field, fmt.Sprint(fe.Value()))
		hint = `quote the date: "2026-03-01"`
	case tagDurationNone:
		msg = field + " needs a term or an end_date"
	case tagDurationBoth:
		msg = field + " has both a term and an end_date; keep one"
	case tagNoticeDays:
		msg = "general authorisation of sub-processors needs advance notice of changes: " + field + " must be more than 0"
		hint = "set subprocessors.notice_days to the days of notice before a new sub-processor starts (30 is common)"
	case tagObjection:
		msg = "general authorisation of sub-processors needs a right to object: " + field + " must be true"
		hint = "set subprocessors.objection: true"
	case tagMechanism:
		msg = fmt.Sprintf("transfer to %s outside the EEA needs a Chapter V mechanism: %s is required", fe.Param(), field)
		hint = "set mechanism to adequacy, scc, bcr or derogation, or in_eea: true for a destination inside the EEA"
	case tagTransfersUnstated:
		msg = "transfers is not stated"
		hint = "list each transfer outside the EEA under transfers, or write transfers: [] when there are none"
		sev = diag.Warning
	case tagBreachOver72:
		msg = fmt.Sprintf("%s is %s: longer than the controller's own 72 hours under Art. 33(1)", field, fe.Param())
	case tagBreachOver48:
		msg = fmt.Sprintf("%s is %s: leaves the controller little of its 72 hours", field, fe.Param())
		sev = diag.Warning
	case tagChoice:
		msg = "the choice between deletion and return belongs to the controller: " + field + " must be controller"
		hint = "set end_of_processing.choice: controller"
	case tagRisk:
		msg = fmt.Sprintf("%s is required because %s", field, fe.Param())
	case tagIndividual:
		msg = fmt.Sprintf("%s must be true (no shared accounts) because %s", field, fe.Param())
	case tagUndeclared:
		msg = fmt.Sprintf("%s mentions a migration, extraction or export but there is no migration section", fe.Param())
		hint = "add a migration section (scope, procedure, temp_deletion_days), or reword processing.nature"
	case tagPlaceholder:
		msg = fmt.Sprintf("%s still holds the placeholder %q from dpa init", field, fe.Param())
		hint = "replace it with the real value" + strings.TrimPrefix(" ("+hint+")", " ()")
	default:
		msg = fmt.Sprintf("%s fails rule %q", field, fe.Tag())
	}
	return msg, hint, sev
}

// riskReason says why a risk requirement applies: those of its catalogue
// conditions that hold for this processing.
func riskReason(req clauses.Requirement, special, migration bool) string {
	var why []string
	for _, c := range req.AppliesWhen {
		switch {
		case c == clauses.SpecialCategories && special:
			why = append(why, "special categories of data are processed")
		case c == clauses.Migration && migration:
			why = append(why, "the services include a migration")
		}
	}
	if len(why) == 0 {
		return "the processing requires it"
	}
	return strings.Join(why, " and ")
}
