package lint

import (
	"regexp"
	"slices"
	"strings"
)

// Contracts label their particulars in many ways: "1. OBJECT AND DURATION. The
// object of ...", « 2.3 Opérations. Enregistrement, ... », "How long: ...", a
// table row "What is processed and why | ...", "Q. For what purpose? A. To let
// ...", or a heading over a paragraph. Whatever the form, a label that names a
// topic over a body that is not empty states that topic: a rule part lists the
// labels that name it (clauses.Part.Labels) and the engine finds the labels.

// maxLabelWords is the most words a label before a colon, in a table's first
// column or in a heading has; longer text is a statement, not a label.
const maxLabelWords = 10

// labelTrim is what ends a label: its punctuation and emphasis.
const labelTrim = " .:;?!|*_-()[]"

// answerMarkRe is the answer mark a question label ends with once joined to
// its answer ("for what purpose? a.").
var answerMarkRe = regexp.MustCompile(`[?.]\s*(?:a|answer|r|reponse|rep)\s*[.:]?$`)

// questionMarkRe opens a question: "q.", "question 3:".
var questionMarkRe = regexp.MustCompile(`^(?:q|question)\s*[0-9]*\s*[.:)]\s*`)

// conjunctRe separates the topics of a compound label: "object and duration",
// "nature, purpose", "donnees et personnes concernees", "what data and whose".
var conjunctRe = regexp.MustCompile(`\s*,\s*(?:and|et)\s+|\s*,\s*|\s+and\s+|\s+et\s+|\s*&\s*|\s*/\s*|\s*;\s*`)

// labelsOf returns folded label l without its numbering, question and answer
// marks and final punctuation, followed by its conjuncts when it names several
// topics; nil when nothing is left.
func labelsOf(l string) []string {
	l = strings.Trim(stripNumbering(l), labelTrim)
	l = questionMarkRe.ReplaceAllString(l, "")
	l = answerMarkRe.ReplaceAllString(l, "")
	l = strings.Trim(l, labelTrim)
	if l == "" || len(strings.Fields(l)) > maxLabelWords {
		return nil
	}
	// A label is also read bare, without an aside or a qualifier: "additional
	// data subjects" names the data subjects, "security (the real list)" the
	// security.
	out := []string{l}
	add := func(x string) {
		if x != "" && !slices.Contains(out, x) {
			out = append(out, x)
		}
	}
	b := bareLabel(l)
	add(b)
	if parts := conjunctRe.Split(b, -1); len(parts) > 1 {
		for _, p := range parts {
			p = strings.Trim(p, labelTrim)
			add(p)
			add(bareLabel(p))
		}
	}
	return out
}

// asideRe is an aside in brackets within a label: "data subjects (for this
// order only)", « données traitées (liste limitative) ».
var asideRe = regexp.MustCompile(`\s*\([^()]*(?:\)|$)`)

// qualifierRe is a word in front of a label that narrows or extends the topic
// without changing it: "additional data subjects", "main purposes", "other
// data types", "relevant processing operations", « principales finalités »,
// « autres données traitées ». Words that change the topic ("excluded",
// "prohibited") are not in it.
var qualifierRe = regexp.MustCompile(`^(?:(?:the|les|la|le|l'|des|d') ?)?(?:additional|further|other|main|principal|primary|key|relevant|specific|applicable|general|detailed|envisaged|expected|typical|usual|autres?|principa(?:les?|ux)|additionnel(?:le)?s?|supplementaires?|complementaires?|eventuel(?:le)?s?|pertinent(?:e)?s?|concernee?s? par) `)

// qualifierAfterRe is the same qualifier written after the label in French:
// « finalités principales », « personnes concernées principales ».
var qualifierAfterRe = regexp.MustCompile(` (?:principa(?:les?|ux)|additionnel(?:le)?s?|supplementaires?|complementaires?|eventuel(?:le)?s?)$`)

// bareLabel returns label l without its asides and qualifiers; l itself when
// it has none, or when nothing would be left.
func bareLabel(l string) string {
	b := l
	if strings.Contains(b, "(") {
		b = strings.Trim(asideRe.ReplaceAllString(b, ""), labelTrim)
	}
	b = qualifierAfterRe.ReplaceAllString(qualifierRe.ReplaceAllString(b, ""), "")
	if b == "" {
		return l
	}
	return b
}

// colonLabels returns the labels of folded sentence f when it opens with a
// short label ended by a colon and has a body after it ("how long: for the
// term of the agreement"), and the body; nil otherwise. A web address's colon
// is no label's.
func colonLabels(f string) ([]string, string) {
	i := strings.IndexByte(f, ':')
	if i <= 0 || i+1 >= len(f) || f[i+1] != ' ' || strings.Trim(f[i+1:], labelTrim) == "" {
		// Plain text sets a label off with a dash as often: "Why - so that
		// parents can order prints", « Durée – celle du contrat ».
		i = strings.Index(f, " - ")
		if i <= 0 || strings.Trim(f[i+3:], labelTrim) == "" {
			return nil, ""
		}
		return labelsOf(f[:i]), strings.TrimSpace(f[i+3:])
	}
	return labelsOf(f[:i]), strings.TrimSpace(f[i+1:])
}

// rowLabel returns the labels of a table row's first cell when the row has
// another cell that is not empty ("how long | for the term of the agreement"),
// and the rest of the row.
func rowLabel(f string) ([]string, string) {
	i := strings.Index(f, cellSep)
	if i <= 0 || strings.Trim(f[i:], labelTrim) == "" {
		return nil, ""
	}
	return labelsOf(f[:i]), f[i+len(cellSep):]
}

// whWords open a question used as a label even when it has a verb: "What you
// do with it.", "How long.", « Qui est concerné. ».
var whWords = map[string]bool{
	"what": true, "how": true, "who": true, "whose": true, "which": true, "where": true, "when": true, "why": true,
	"quoi": true, "comment": true, "qui": true, "quelles": true, "quels": true, "quel": true, "quelle": true,
	"pourquoi": true, "combien": true, "ou": true, "que": true, "qu'est-ce": true,
}

// isQuestion reports whether folded sentence f is a short question, which
// labels the sentence after it ("For what purpose?", "How long will you keep
// it?").
func isQuestion(f string) bool {
	if !strings.HasSuffix(f, "?") {
		return false
	}
	return len(strings.Fields(f)) <= maxLabelWords+2
}

// isAnswerMark reports whether folded sentence f is only the mark of an
// answer ("a.", "answer:").
func isAnswerMark(f string) bool {
	switch strings.TrimRight(f, ".: ") {
	case "a", "answer", "r", "reponse", "rep":
		return true
	}
	return false
}

// cutOffRe ends a sentence cut off in the middle: on an article, a
// preposition or a conjunction ("... and no later than").
var cutOffRe = regexp.MustCompile(`\b(?:than|of|to|the|and|or|within|by|a|an|in|for|with|that|if|from|at|on|de|du|des|la|le|les|et|ou|dans|sous|par|pour|que|a|au|aux|d'|l')$`)

// isNumberingOnly reports whether folded sentence f is nothing but clause
// numbering ("b2.", "(a)", "2.1").
func isNumberingOnly(f string) bool {
	return f != "" && len(f) <= 12 && stripNumbering(f+" x") == "x"
}

// isQuestionMark reports whether f is only the mark of a question ("q.").
func isQuestionMark(f string) bool {
	switch strings.TrimRight(f, ".: ") {
	case "q", "question":
		return true
	}
	return false
}
