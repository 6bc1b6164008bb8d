// Package lint decides, for a contract someone else wrote, whether each requirement
// of the catalogue is present, weak, missing or not applicable. The legal knowledge
// lives in the rule files of package clauses; this package only matches them.
package lint

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/diag"
	"github.com/dpatool/dpa/lint/doc"
)

// Finding is the verdict on one requirement. Evidence is the sentence that decided
// (empty when missing or n/a); Loc is where that sentence starts.
type Finding struct {
	ID       string
	Status   diag.Status
	Loc      doc.Loc
	Evidence string
	// Reason says why a finding is weak (which part is missing, or which weak
	// wording was found), or which other requirement states a present one;
	// empty otherwise.
	Reason string
}

// Result is the verdict on one document: one Finding per catalogue id, in catalogue
// order, plus the language and risk profile the verdicts were made under.
type Result struct {
	Lang      string
	Special   bool
	Migration bool
	// SpecialEvidence and MigrationEvidence are the sentences that set the profile
	// (empty when not detected or when forced by Options).
	SpecialEvidence, MigrationEvidence string
	// PersonalData: some sentence is about personal data or data protection. When
	// none is, the text is probably not a data processing agreement at all.
	PersonalData bool
	Findings     []Finding
}

// Force overrides what the text says about a risk condition.
type Force int8

const (
	Auto Force = iota // decide from the text
	On                // the condition holds
	Off               // the condition does not hold
)

// Options tune a check.
type Options struct {
	Special   Force // special categories of data are processed
	Migration Force // the services include a migration or extraction
}

// evidenceMax is how much of a deciding sentence is quoted.
const evidenceMax = 300

// Check lints d against every rule in rs. It never fails: a document with no text
// simply has every requirement missing.
func Check(d *doc.Document, rs *clauses.Rules, opt Options) Result {
	t := prepare(d, rs)
	res := Result{Lang: t.lang}
	res.Special, res.SpecialEvidence = t.profile(rs, clauses.SpecialCategories, opt.Special)
	res.Migration, res.MigrationEvidence = t.profile(rs, clauses.Migration, opt.Migration)
	// The risk profile reads "It will not upload health data" as denying what
	// the sentence before it named (opensBack); the rules read it as a duty of
	// the party that sentence opened with.
	t.resolvePronouns(rs)
	for _, s := range t.sentences {
		if rs.PersonalData.Match(t.lang, s.folded) {
			res.PersonalData = true
			break
		}
	}
	cat := clauses.Catalogue()
	res.Findings = make([]Finding, len(cat))
	// Rules are independent of each other and matching dominates the cost, so they
	// run in parallel; each writes only its own slot, so the output is deterministic.
	var wg sync.WaitGroup
	for i, req := range cat {
		f := &res.Findings[i]
		f.ID = req.ID
		r, ok := rs.Rule(req.ID)
		switch {
		case !req.Applies(res.Special, res.Migration):
			f.Status = diag.NA
		case !ok:
			// LoadRules guarantees a rule per id; a hand-built Rules may lack one.
			f.Status = diag.Missing
			f.Reason = "no rule for this requirement"
		default:
			wg.Add(1)
			go func() {
				defer wg.Done()
				*f = t.decide(r)
			}()
		}
	}
	wg.Wait()
	statedBy(res.Findings, rs)
	return res
}

// statedBy makes present a missing requirement that another present one states
// (clauses.Rule.StatedBy): "Nature of the processing | Hosting, backup and deletion
// of the members' booking records" states the subject-matter through the nature.
// The other finding's line and words are the evidence.
func statedBy(fs []Finding, rs *clauses.Rules) {
	byID := make(map[string]*Finding, len(fs))
	for i := range fs {
		byID[fs[i].ID] = &fs[i]
	}
	for i := range fs {
		f := &fs[i]
		r, ok := rs.Rule(f.ID)
		if !ok || f.Status != diag.Missing {
			continue
		}
		for _, id := range r.StatedBy {
			if o := byID[id]; o != nil && o.Status == diag.Present {
				f.Status, f.Loc, f.Evidence = diag.Present, o.Loc, o.Evidence
				f.Reason = "stated through the " + id + " statement"
				break
			}
		}
	}
}

// text is a document prepared for matching.
type text struct {
	d         *doc.Document
	lang      string
	sentences []sentence
	windows   [][]window // by clauses.Window kind
	negated   []bool     // sentence contains a global negation
	// dangling[i] names the annex sentence i refers to when the document has no
	// such annex ("annex iv"); empty otherwise.
	dangling []string
	// outside[i] names what sentence i defers its content to: an instrument
	// not in the document ("the order form") or the controller's later
	// decision (outsideRef); empty otherwise.
	outside []string
	// lawDef[i]: sentence i defines a term of the GDPR (lawDefinitions).
	lawDef []bool
	// kept[i]: sentence i only keeps provisions of another instrument in force
	// ("Clause 5 of the 2018 DPA remains in force unchanged").
	kept []bool
	// blockOf[i] is the sentence range [lo, hi) of the block sentence i is in.
	blockOf [][2]int
	// labelled[i]: sentence i carries its own run-in label ("Duration: [insert]",
	// "Data subjects. Any ...", a table cell read with its column's label).
	labelled []bool
	// lead[i] is the sentence range [lo, hi) of the lead-in paragraph of the
	// list sentence i is an item of ("We take appropriate measures.
	// Highlights:" over "- Daily backups."); {0, 0} when it has none.
	lead [][2]int
	// clauseOf[i] is the sentence range [lo, hi) of the heading clause (a
	// heading with no sub-headings and its text) sentence i is in; {0, 0}
	// when none.
	clauseOf [][2]int
	// blockSent[bi] is the sentence range [lo, hi) of block bi.
	blockSent [][2]int
	// referent[i] is the sentence that sentence i, opening with a pronoun or a
	// referring phrase ("They are bound ..."), refers back to; -1 when none.
	// joined[i] is the two read as one.
	referent []int
	joined   []string
	// leadOf[i] is the lead-in sentence that list item sentence i completes
	// ("The Contractor shall ensure that its staff who have access to the
	// data:" over "(a) are bound by written duties of confidentiality;"); -1
	// when none. leadJoined[i] is the two read as one.
	leadOf     []int
	leadJoined []string
}

// window is a sentence index range [lo, hi). When lead is set the anchor must be in
// the window's first block: a run of blocks is a lead-in and what follows it.
type window struct {
	lo, hi int
	lead   int // sentence index where the first block ends; 0 = no constraint
}

// Section windows larger than this are not one clause but a whole part of the
// contract; matching parts across them would join unrelated provisions.
const maxSectionSentences = 45

// A heading's text longer than this is read as a section, not one clause.
const maxClauseSentences = 20

// slide is how many consecutive blocks form a window where no heading groups them.
const slide = 3

func prepare(d *doc.Document, rs *clauses.Rules) *text {
	t := &text{d: d}
	folded := make([]string, 0, len(d.Blocks))
	for _, b := range d.Blocks {
		folded = append(folded, fold(b.Text))
	}
	t.lang = detectLang(folded, rs.LangWords)
	aliases := findAliases(d, t.lang, rs)
	headers := columnHeaders(d, t.lang, rs)
	last := lastLabels(d, headers, t.lang, rs)
	// foldSpan is the text of b[lo:hi] as the patterns read it.
	foldSpan := func(b doc.Block, lo, hi int) string {
		return dropRoleApposition(stripNumbering(fold(substitute(joinBroken(b.Text, b.Lines, lo, hi), t.lang, aliases))))
	}
	blockSent := make([][2]int, len(d.Blocks))
	for bi, b := range d.Blocks {
		lo := len(t.sentences)
		if hdr := headers[bi]; hdr != nil {
			// A row of a table labelled by its header: one sentence per cell,
			// read with its column's label.
			for ci, c := range cells(b.Text) {
				f := foldSpan(b, c.lo, c.hi)
				if f == "" || f == "|" {
					continue
				}
				t.sentences = append(t.sentences, sentence{block: bi, start: c.lo, end: c.hi, folded: hdr[ci] + ": " + f, labels: labelsOf(hdr[ci]), labelBody: f})
				t.labelled = append(t.labelled, true)
			}
			blockSent[bi] = [2]int{lo, len(t.sentences)}
			continue
		}
		if rows := gridRows(b); rows != nil {
			// A pipe table drawn in plain text: one sentence per row, read
			// with its first cell as the label.
			for _, r := range rows {
				f := stripNumbering(fold(substitute(r.text, t.lang, aliases)))
				s := sentence{block: bi, start: r.lo, end: r.hi, folded: f}
				s.labels, s.labelBody = rowLabel(f)
				t.sentences = append(t.sentences, s)
				t.labelled = append(t.labelled, false)
			}
			blockSent[bi] = [2]int{lo, len(t.sentences)}
			continue
		}
		spans := joinLabels(b.Text, splitLabelLines(b, splitSentencesAt(b.Text, b.Lines)))
		if off := lineLabel(b); off > 0 && len(spans) > 0 && spans[0][0] == 0 && spans[0][2] == 0 && spans[0][1] > off {
			spans[0][2] = off
		}
		for _, sp := range spans {
			f := foldSpan(b, sp[0], sp[1])
			if f == "" {
				continue
			}
			s := sentence{block: bi, start: sp[0], end: sp[1], folded: f}
			if sp[2] > 0 {
				s.body = foldSpan(b, sp[2], sp[1])
				l := foldSpan(b, sp[0], sp[2])
				s.labels, s.labelBody, s.question = labelsOf(l), s.body, strings.Contains(l, "?")
			} else if last[bi] {
				// "Storing player records ... | Nature": the second cell is
				// the label of every sentence of the first.
				cs := cells(b.Text)
				if sp[0] < cs[1].lo {
					s.labels, s.labelBody = labelsOf(cellLabel(b.Text, cs[1])), f
					if k := strings.LastIndex(f, cellSep); k > 0 {
						s.labelBody = f[:k]
					}
				}
			} else if b.Kind == doc.TableRow && sp[0] == 0 {
				s.labels, s.labelBody = rowLabel(f)
			} else {
				s.labels, s.labelBody = colonLabels(f)
			}
			t.sentences = append(t.sentences, s)
			t.labelled = append(t.labelled, s.body != "" || colonLabel(f))
		}
		blockSent[bi] = [2]int{lo, len(t.sentences)}
	}
	// headingOverText reports whether block bi is a heading with text under it
	// (a block that is no heading and has sentences).
	headingOverText := func(bi int) bool {
		return d.Blocks[bi].Kind == doc.Heading && bi+1 < len(d.Blocks) && d.Blocks[bi+1].Kind != doc.Heading &&
			blockSent[bi+1][0] < blockSent[bi+1][1]
	}
	// A sentence that a reader cut between a "heading" and the paragraph under
	// it ("9. If anything goes wrong. Tell me immediately, and no later than" /
	// "24 hours after you find out, ...") is read whole in the paragraph.
	for bi := range d.Blocks {
		if !headingOverText(bi) || blockSent[bi][0] == blockSent[bi][1] {
			continue
		}
		h := t.sentences[blockSent[bi][1]-1]
		if !cutOffRe.MatchString(h.folded) {
			continue
		}
		s := &t.sentences[blockSent[bi+1][0]]
		s.folded = h.folded + " " + s.folded
		if h.body != "" {
			s.body = h.body + " " + strings.TrimPrefix(s.folded, h.folded+" ")
			s.labels, s.labelBody, s.question = h.labels, s.body, h.question
		}
	}
	// A heading is the label of the paragraph under it.
	for bi := range d.Blocks {
		if !headingOverText(bi) {
			continue
		}
		for i := blockSent[bi][0]; i < blockSent[bi][1]; i++ {
			if s := &t.sentences[i]; s.labels == nil {
				s.labels, s.labelBody = labelsOf(s.folded), t.sentences[blockSent[bi+1][0]].folded
			}
		}
	}
	// A paragraph that is only a short question ("**Q3. For how long?**", «
	// Combien de temps ? ») over a paragraph that answers it is a heading in
	// all but form: it labels the answer's first sentence, and the answer is
	// read as the answer to it ("For how long? From the start of fieldwork
	// until ..."), as a question joined to its answer in one paragraph is.
	for bi := range d.Blocks {
		if !questionOverText(d, blockSent, t.sentences, bi) {
			continue
		}
		q := t.sentences[blockSent[bi][0]]
		a := &t.sentences[blockSent[bi+1][0]]
		if a.labels != nil || a.body != "" {
			continue
		}
		a.body = a.folded
		a.labels, a.labelBody, a.question = labelsOf(q.folded), a.folded, true
		t.labelled[blockSent[bi+1][0]] = true
	}
	t.blockSent = blockSent
	t.blockOf = make([][2]int, len(t.sentences))
	for _, bs := range blockSent {
		for i := bs[0]; i < bs[1]; i++ {
			t.blockOf[i] = bs
		}
	}
	t.negated = make([]bool, len(t.sentences))
	for i, s := range t.sentences {
		t.negated[i] = rs.Negations.Match(t.lang, s.folded)
	}
	t.lead = listLeads(d, blockSent, len(t.sentences))
	numberedItems(d, blockSent, t.lead)
	// An item says what its lead-in says of it: under "The Supplier is not
	// required to:" no item is a promise.
	for i, l := range t.lead {
		for j := l[0]; j < l[1] && !t.negated[i]; j++ {
			t.negated[i] = t.negated[j]
		}
	}

	t.referent, t.joined = referents(d, t.sentences, blockSent)
	t.leadOf, t.leadJoined = leadIns(t.sentences, blockSent, t.lead)

	t.dangling = danglingRefs(d, t.sentences)
	t.outside = make([]string, len(t.sentences))
	for i, s := range t.sentences {
		body := s.body
		if body == "" && s.labels != nil {
			body = s.labelBody
		}
		t.outside[i] = outsideRef(s.folded, body, t.lang)
	}
	t.lawDef = lawDefinitions(d, t.sentences)
	t.kept = make([]bool, len(t.sentences))
	for i, s := range t.sentences {
		t.kept[i] = keptInForce(s.folded)
	}
	// A heading over a paragraph that only points to a missing annex ("4.
	// Description of the processing" over "Annex II describes the processing")
	// points there too.
	for bi := range d.Blocks {
		if !headingOverText(bi) {
			continue
		}
		if ref := t.dangling[blockSent[bi+1][0]]; ref != "" {
			for i := blockSent[bi][0]; i < blockSent[bi][1]; i++ {
				if t.dangling[i] == "" {
					t.dangling[i] = ref
				}
			}
		}
		if ref := t.outside[blockSent[bi+1][0]]; ref != "" {
			for i := blockSent[bi][0]; i < blockSent[bi][1]; i++ {
				if t.outside[i] == "" {
					t.outside[i] = ref
				}
			}
		}
	}
	t.windows = make([][]window, clauses.WindowSection+1)
	for i := range t.sentences {
		t.windows[clauses.WindowSentence] = append(t.windows[clauses.WindowSentence], window{lo: i, hi: i + 1})
	}
	for _, bs := range blockSent {
		if bs[1]-bs[0] > 1 {
			t.windows[clauses.WindowBlock] = append(t.windows[clauses.WindowBlock], window{lo: bs[0], hi: bs[1]})
		}
	}
	var clause, sec []window
	t.clauseOf = make([][2]int, len(t.sentences))
	// Heading sections: a heading and everything up to the next heading of the same
	// or a higher level. One without sub-headings is a clause; nested ones are
	// sections, used only up to a size where they still read as one provision.
	for hi, h := range d.Blocks {
		if h.Kind != doc.Heading {
			continue
		}
		end, leaf := len(d.Blocks), true
		for j := hi + 1; j < len(d.Blocks); j++ {
			if d.Blocks[j].Kind == doc.Heading {
				if d.Blocks[j].Level <= h.Level {
					end = j
					break
				}
				leaf = false
			}
		}
		w := window{lo: blockSent[hi][0], hi: blockSent[end-1][1]}
		switch {
		case leaf && w.hi-w.lo <= maxClauseSentences:
			clause = append(clause, w)
			for i := w.lo; i < w.hi; i++ {
				t.clauseOf[i] = [2]int{w.lo, w.hi}
			}
		case w.hi-w.lo <= maxSectionSentences:
			// A long run under one heading with no sub-headings (a document whose
			// only heading is its title, clauses drafted as a numbered list) is
			// not one clause: read it as a section.
			sec = append(sec, w)
		}
	}
	// A list item with deeper list items after it is a heading in all but form
	// ("2. What the Contractor does" over 2.1, 2.2 ...): it and its sub-items are
	// one clause.
	for bi, b := range d.Blocks {
		if b.Kind != doc.ListItem {
			continue
		}
		end := bi + 1
		for end < len(d.Blocks) && d.Blocks[end].Kind == doc.ListItem && d.Blocks[end].Level > b.Level {
			end++
		}
		if end-bi > 1 {
			w := window{lo: blockSent[bi][0], hi: blockSent[end-1][1]}
			switch {
			case w.hi-w.lo <= maxClauseSentences:
				clause = append(clause, w)
			case w.hi-w.lo <= maxSectionSentences:
				sec = append(sec, w)
			}
		}
	}
	// Runs of a few consecutive blocks that no heading separates: numbered clauses
	// in plain text, or a list following its lead-in sentence.
	for bi := range d.Blocks {
		end := bi
		for end < len(d.Blocks) && end-bi < slide {
			if end > bi && d.Blocks[end].Kind == doc.Heading {
				break
			}
			end++
		}
		if end-bi > 1 {
			clause = append(clause, window{blockSent[bi][0], blockSent[end-1][1], blockSent[bi][1]})
		}
	}
	t.windows[clauses.WindowClause] = clause
	t.windows[clauses.WindowSection] = sec
	return t
}

// labelWords is the most words a run-in label ("Types of personal data.",
// "A.2 Duration.") has.
const labelWords = 6

// joinLabels joins a run-in label to the sentence after it, so that the label
// and what it introduces are read as one sentence: "Data subjects. Any
// individuals whose data the Customer uploads." is one statement.
// Each span's third element is where the sentence after a joined label starts
// (0 when nothing was joined): a pattern anchored at the start of a statement
// ("^the processor runs ...") is also tried there, so "What we handle. The
// Agency runs ..." reads like "The Agency runs ...".
func joinLabels(text string, spans [][2]int) [][3]int {
	out := make([][3]int, 0, len(spans))
	for i := 0; i < len(spans); i++ {
		sp := [3]int{spans[i][0], spans[i][1], 0}
		f := stripNumbering(fold(text[sp[0]:sp[1]]))
		// A number cut off as its own sentence ("B2." before "What the
		// Supplier does.") belongs to the sentence after it.
		for i+1 < len(spans) && isNumberingOnly(f) {
			sp[1] = spans[i+1][1]
			i++
			f = stripNumbering(fold(text[spans[i][0]:spans[i][1]]))
		}
		// A question is the label of its answer, and its marks join too:
		// "Q. For what purpose? A. To let residents open the doors."
		for i+1 < len(spans) && (isLabel(f) || isQuestion(f) || isQuestionMark(f) || isAnswerMark(f)) {
			next := stripNumbering(fold(text[spans[i+1][0]:spans[i+1][1]]))
			sp[1] = spans[i+1][1]
			sp[2] = spans[i+1][0]
			i++
			if !(isQuestionMark(f) && isQuestion(next) || isQuestion(f) && isAnswerMark(next)) {
				break
			}
			f = next
		}
		out = append(out, sp)
	}
	return out
}

// splitLabelLines splits sentence spans at every source line of block b
// that opens with a run-in label ended by a colon: the lines "Purpose: a
// reading assistant for the team" / "Data: documents, logs" / "Persons:
// staff" typed with hard line breaks and no final stops are one statement
// each, not one sentence under three labels.
func splitLabelLines(b doc.Block, spans [][2]int) [][2]int {
	if b.Kind != doc.Paragraph || len(b.Lines) < 2 {
		return spans
	}
	var out [][2]int
	for _, sp := range spans {
		lo := sp[0]
		for _, l := range b.Lines[1:] {
			if l <= lo || l >= sp[1] {
				continue
			}
			end := l
			for end > lo && b.Text[end-1] == ' ' {
				end--
			}
			// A label opens its line with a capital; a line of wrapped
			// text goes on with the sentence above it ("la-" / "riés
			// suivantes : ...").
			r, _ := utf8.DecodeRuneInString(b.Text[l:])
			if end > lo && b.Text[end-1] != '-' && unicode.IsUpper(r) && colonLabel(stripNumbering(fold(b.Text[l:sp[1]]))) {
				out = append(out, [2]int{lo, end})
				lo = l
			}
		}
		out = append(out, [2]int{lo, sp[1]})
	}
	return out
}

// lineLabel returns where the body starts when paragraph b opens with a
// label on a line of its own: a short noun phrase with no final punctuation
// over a sentence starting on the next line ("**Purpose of the processing**"
// and a hard line break, then "The purpose is to ..."; a PDF's bold run-in
// line). The label's emphasis is gone once read, its line is not. 0 when
// there is none.
func lineLabel(b doc.Block) int {
	if b.Kind != doc.Paragraph || len(b.Lines) < 2 || b.Lines[0] != 0 {
		return 0
	}
	first := strings.TrimSpace(b.Text[:b.Lines[1]])
	off := b.Lines[1]
	for off < len(b.Text) && b.Text[off] == ' ' {
		off++
	}
	if first == "" || off >= len(b.Text) || strings.ContainsAny(first[len(first)-1:], ".:;,?!-") {
		return 0
	}
	r0, _ := utf8.DecodeRuneInString(first)
	r1, _ := utf8.DecodeRuneInString(b.Text[off:])
	if !unicode.IsUpper(r0) || !unicode.IsUpper(r1) {
		return 0
	}
	if f := stripNumbering(fold(first)); f == "" || !isLabel(f+".") {
		return 0
	}
	return off
}

// colonLabel reports whether folded sentence f opens with a run-in label ended
// by a colon ("duration: [insert]", "duree : a completer"); a colon inside a
// web address or after a statement ("the processor shall: ...") is not one.
func colonLabel(f string) bool {
	i := strings.IndexByte(f, ':')
	if i <= 0 || i+1 < len(f) && f[i+1] != ' ' {
		return false
	}
	return isLabel(strings.TrimSpace(f[:i]) + ".")
}

// labelVerbs are finite verbs that make a short sentence a statement
// ("The Customer is the controller.") rather than a label.
var labelVerbs = map[string]bool{
	"is": true, "are": true, "was": true, "shall": true, "will": true, "may": true, "must": true,
	"does": true, "do": true, "has": true, "have": true, "can": true, "applies": true, "apply": true,
	"est": true, "sont": true, "doit": true, "peut": true, "a": true, "ont": true, "s'applique": true,
}

var labelSubjects = map[string]bool{
	"the": true, "a": true, "an": true, "it": true, "we": true, "you": true, "they": true, "this": true,
	"each": true, "he": true, "she": true, "our": true, "your": true, "its": true, "their": true,
	"le": true, "la": true, "les": true, "il": true, "elle": true, "nous": true, "vous": true,
	"ils": true, "ce": true, "cette": true, "chaque": true, "un": true, "une": true, "on": true,
}

func isLabel(f string) bool {
	if f == "" || !strings.HasSuffix(f, ".") || isNumbering(strings.TrimSuffix(f, ".")) {
		return false
	}
	// "Duration: [insert]." is a label with its own content, not a label of
	// the sentence after it.
	if i := strings.IndexByte(f, ':'); i >= 0 && strings.TrimSpace(strings.TrimSuffix(f[i+1:], ".")) != "" {
		return false
	}
	ws := strings.Fields(strings.TrimSuffix(f, "."))
	// A label is a noun phrase; a sentence opening with a subject ("The
	// Processor keeps its staff trained.") is a statement.
	// "The data." is a label; "The Processor keeps its staff trained." is not.
	// "What you do with it." asks what its answer says.
	if whWords[ws[0]] && len(ws) <= labelWords {
		return true
	}
	subject := labelSubjects[ws[0]] || strings.HasPrefix(ws[0], "l'")
	if len(ws) > labelWords || subject && len(ws) > 2 {
		return false
	}
	for _, w := range ws {
		if labelVerbs[w] {
			return false
		}
	}
	return true
}

func (t *text) evidence(s sentence) string {
	return trimEvidence(t.d.Blocks[s.block].Text[s.start:s.end], evidenceMax)
}

// loc is the block's location refined to the line where sentence s starts; the
// block knows how its lines map to pages (PDF) and paragraphs (DOCX table rows).
func (t *text) loc(s sentence) doc.Loc {
	return t.d.Blocks[s.block].LocAt(s.start)
}

// verdict is a candidate decision for one window.
type verdict struct {
	rank    int // 2 present, 1 weak
	found   int // parts found
	size    int // window size in sentences; smaller is more precise
	lo      int
	decider int // sentence index quoted as evidence
	reason  string
}

func (v verdict) better(o verdict) bool {
	if v.rank != o.rank {
		return v.rank > o.rank
	}
	if v.found != o.found {
		return v.found > o.found
	}
	if v.size != o.size {
		return v.size < o.size
	}
	return v.lo < o.lo
}

// decide applies one rule: it finds the window where the most of the rule holds.
func (t *text) decide(r *clauses.Rule) Finding {
	n := len(t.sentences)
	parts := make([]uint64, n) // bit i: part i matches sentence
	weak := make([]uint64, n)  // bit i: weak pattern i matches sentence
	var anywhere uint64        // "anywhere" parts found somewhere in the document
	var docWeak uint64         // "document" weak patterns found somewhere
	docWeakAt := make([]int, len(r.Weak))

	// Matching is the cost, so the anchor is matched first and everything else only
	// where it can matter: near an anchor, or (for "anywhere" parts and "document"
	// weak patterns) until the first hit.
	negated := t.negated
	if len(r.NegationExcept) > 0 || r.SkipLawDefinitions {
		negated = make([]bool, n)
		for i, s := range t.sentences {
			negated[i] = t.negated[i] && (len(r.NegationExcept) == 0 || !r.NegationExcept.Match(t.lang, s.folded)) ||
				r.SkipLawDefinitions && t.lawDef[i]
		}
	}
	anchored := false
	for i, s := range t.sentences {
		if !negated[i] && t.matchPartAt(r.Parts[0], i, s, negated) {
			parts[i] |= 1
			anchored = true
		}
	}
	if !anchored {
		if f, ok := t.deferred(r); ok {
			return f
		}
		return t.keptTopic(r)
	}
	near := make([]bool, n)
	for k := clauses.WindowSentence; k <= r.Window; k++ {
		for _, w := range t.windows[k] {
			has := false
			for i := w.lo; i < w.hi && !has; i++ {
				has = parts[i]&1 != 0
			}
			if has {
				for i := w.lo; i < w.hi; i++ {
					near[i] = true
				}
			}
		}
	}
	// A weak term in a list's lead-in reaches its items ("We take appropriate,
	// industry-standard measures. Highlights:" over "- Daily backups.").
	for i := range near {
		if near[i] {
			for j := t.lead[i][0]; j < t.lead[i][1]; j++ {
				near[j] = true
			}
		}
	}
	for pi := 1; pi < len(r.Parts); pi++ {
		p := r.Parts[pi]
		for i, s := range t.sentences {
			if negated[i] || !(near[i] || p.Anywhere && anywhere&(1<<pi) == 0) {
				continue
			}
			if t.matchPartAt(p, i, s, negated) {
				parts[i] |= 1 << pi
				if p.Anywhere {
					anywhere |= 1 << pi
				}
			}
		}
	}
	for wi, w := range r.Weak {
		doc := w.Where == clauses.WhereDocument
		for i, s := range t.sentences {
			if !near[i] && !doc || doc && docWeak&(1<<wi) != 0 {
				continue
			}
			if w.Patterns.Match(t.lang, s.folded) && !w.Not.Match(t.lang, s.folded) {
				weak[i] |= 1 << wi
				if doc {
					docWeak |= 1 << wi
					docWeakAt[wi] = i
				}
			}
		}
	}
	all := uint64(1)<<len(r.Parts) - 1
	var anyMask uint64
	for pi, p := range r.Parts {
		if p.Anywhere {
			anyMask |= 1 << pi
		}
	}

	best := verdict{rank: -1}
	for k := clauses.WindowSentence; k <= r.Window; k++ {
		for _, w := range t.windows[k] {
			var mask uint64
			anchor := -1
			for i := w.lo; i < w.hi; i++ {
				mask |= parts[i]
				if anchor < 0 && parts[i]&1 != 0 {
					anchor = i
				}
			}
			if anchor < 0 || (w.lead > 0 && anchor >= w.lead) || t.headingOnly(w) {
				continue
			}
			if r.CheckReferences && allAnchors(parts, w, func(i int) bool { return t.dangling[i] != "" }) {
				v := verdict{rank: 1, size: w.hi - w.lo, lo: w.lo, decider: anchor, found: 0,
					reason: "refers to " + t.dangling[anchor] + ", which is not in the document"}
				if v.better(best) {
					best = v
				}
				continue
			}
			if r.Outside && allAnchors(parts, w, func(i int) bool { return t.outside[i] != "" }) {
				v := verdict{rank: 1, size: w.hi - w.lo, lo: w.lo, decider: anchor, found: 0, reason: deferReason(t.outside[anchor])}
				if v.better(best) {
					best = v
				}
				continue
			}
			if allAnchors(parts, w, func(i int) bool { return t.kept[i] }) {
				v := verdict{rank: 1, size: w.hi - w.lo, lo: w.lo, decider: anchor, found: 0,
					reason: "only kept in force by reference to another agreement, which is not in the document"}
				if v.better(best) {
					best = v
				}
				continue
			}
			mask = mask&^anyMask | anywhere
			v := verdict{size: w.hi - w.lo, lo: w.lo, decider: anchor, found: popcount(mask & all)}
			// A weak term in the same paragraph as a smaller window still counts:
			// "hosted in [insert region]. Transfers are made under the SCCs."
			ww := w
			if r.Window >= clauses.WindowBlock {
				ww = window{lo: t.blockOf[w.lo][0], hi: max(w.hi, t.blockOf[w.hi-1][1])}
			}
			if mask&all == all {
				v.rank = 2
				if wi, at, ok := t.weakHitLead(r, weak, parts, ww, docWeak, docWeakAt); ok {
					v.rank, v.reason, v.decider = 1, r.Weak[wi].Reason, at
				} else if at, ref, ok := onlyByReference(t, r, parts, w, anyMask, anywhere); ok {
					// "under the Standard Contractual Clauses in Schedule 4" where
					// Schedule 4 is not attached: the part is only referred to.
					v.rank, v.decider = 1, at
					v.reason = "refers to " + ref + ", which is not in the document"
				}
			} else {
				v.rank = 1
				v.reason = "not found: " + missingParts(r, mask)
				if wi, at, ok := t.weakHitLead(r, weak, parts, ww, docWeak, docWeakAt); ok {
					v.reason = r.Weak[wi].Reason + "; " + v.reason
					v.decider = at
				}
			}
			if v.better(best) {
				best = v
			}
		}
	}
	f := Finding{ID: r.ID, Status: diag.Missing}
	if best.rank < 0 {
		return f
	}
	// The document's own statement of the requirement defers it elsewhere:
	// a sentence in prose that happens to match elsewhere does not state it.
	if best.rank == 2 && !t.labelled[best.decider] && t.sentences[best.decider].labels == nil {
		if d, ok := t.deferred(r); ok {
			return d
		}
	}
	s := t.sentences[best.decider]
	f.Loc, f.Evidence, f.Reason = t.loc(s), t.evidence(s), best.reason
	if best.rank == 2 {
		f.Status = diag.Present
	} else {
		f.Status = diag.Weak
	}
	return f
}

// keptTopic is the verdict on a rule whose anchor is nowhere in the document:
// weak when a sentence keeps the clause on its topic from another agreement
// in force, naming it ("Clauses 2 (Instructions), 3 (Confidentiality of
// personnel) ... of the 2018 DPA remain in force unchanged", « Les articles 2
// (instructions) et 3 (confidentialité) de l'accord initial demeurent
// applicables sans changement »): the contract deals with the topic only by
// reference to an instrument it does not contain. Missing otherwise.
func (t *text) keptTopic(r *clauses.Rule) Finding {
	f := Finding{ID: r.ID, Status: diag.Missing}
	if len(r.Topics) == 0 {
		return f
	}
	for i, s := range t.sentences {
		if t.kept[i] && r.Topics.Match(t.lang, s.folded) {
			f.Status, f.Loc, f.Evidence = diag.Weak, t.loc(s), t.evidence(s)
			f.Reason = "only kept in force by reference to another agreement, which is not in the document"
			return f
		}
	}
	return f
}

// deferred is the verdict on a rule with references: outside when a
// sentence naming the rule's topic defers it to an instrument outside the
// document or to the controller ("The nature and purpose of the processing
// are set out in the Order Form"): weak, quoting that sentence.
func (t *text) deferred(r *clauses.Rule) (Finding, bool) {
	if !r.Outside || len(r.Topics) == 0 {
		return Finding{}, false
	}
	for i, s := range t.sentences {
		if t.outside[i] != "" && !t.negated[i] && r.Topics.Match(t.lang, s.folded) {
			return Finding{ID: r.ID, Status: diag.Weak, Loc: t.loc(s), Evidence: t.evidence(s), Reason: deferReason(t.outside[i])}, true
		}
	}
	return Finding{}, false
}

// deferReason says what a deferral leaves the requirement to.
func deferReason(to string) string {
	if to == controllerDecision {
		return "left to the controller's later decision, not stated"
	}
	return "refers to " + to + ", which is not in the document"
}

// questionOverText reports whether block bi is a paragraph holding only a
// short question (isQuestion) and the block after it a paragraph or list item
// with sentences: the question's answer.
func questionOverText(d *doc.Document, blockSent [][2]int, sents []sentence, bi int) bool {
	if d.Blocks[bi].Kind != doc.Paragraph || blockSent[bi][1]-blockSent[bi][0] != 1 || bi+1 >= len(d.Blocks) {
		return false
	}
	if k := d.Blocks[bi+1].Kind; k != doc.Paragraph && k != doc.ListItem || blockSent[bi+1][0] == blockSent[bi+1][1] {
		return false
	}
	return isQuestion(sents[blockSent[bi][0]].folded)
}

// headingOnly reports whether window w holds nothing but headings: a heading
// names a topic ("Duration of the contract") and cannot by itself state a term.
func (t *text) headingOnly(w window) bool {
	for i := w.lo; i < w.hi; i++ {
		if t.d.Blocks[t.sentences[i].block].Kind != doc.Heading {
			return false
		}
	}
	return true
}

// listLeads returns, per sentence, the sentence range of the lead-in of the
// list it is an item of: the paragraph just before the list's first item,
// when it ends with a colon ("Highlights:", « notamment : »).
func listLeads(d *doc.Document, blockSent [][2]int, n int) [][2]int {
	out := make([][2]int, n)
	for _, run := range kindRuns(d, doc.ListItem) {
		bi, end := run[0], run[1]
		if lb := bi - 1; lb >= 0 && d.Blocks[lb].Kind == doc.Paragraph && strings.HasSuffix(strings.TrimSpace(d.Blocks[lb].Text), ":") &&
			blockSent[lb][0] < blockSent[lb][1] {
			for j := blockSent[bi][0]; j < blockSent[end-1][1]; j++ {
				out[j] = blockSent[lb]
			}
		}
	}
	return out
}

// numberRe is the numbering a paragraph opens with: "5.2", "5.2.1.".
var numberRe = regexp.MustCompile(`^\s*(\d+(?:\.\d+)*)\.?\s`)

// numberedItems marks, in out, the sentences of paragraphs numbered as
// sub-clauses of a lead-in paragraph ending with a colon ("5.2 The Supplier
// shall help the Customer with:" over "5.2.1 security of processing;",
// "5.2.2 ..."): they are its items, as a list's items are. The run ends at
// the first paragraph whose numbering does not extend the lead-in's.
func numberedItems(d *doc.Document, blockSent [][2]int, out [][2]int) {
	for lb := 0; lb < len(d.Blocks); lb++ {
		b := d.Blocks[lb]
		if b.Kind != doc.Paragraph || !strings.HasSuffix(strings.TrimSpace(b.Text), ":") || blockSent[lb][0] == blockSent[lb][1] {
			continue
		}
		m := numberRe.FindStringSubmatch(b.Text)
		if m == nil {
			continue
		}
		prefix := m[1] + "."
		for bi := lb + 1; bi < len(d.Blocks) && d.Blocks[bi].Kind == doc.Paragraph; bi++ {
			im := numberRe.FindStringSubmatch(d.Blocks[bi].Text)
			if im == nil || !strings.HasPrefix(im[1], prefix) {
				break
			}
			for j := blockSent[bi][0]; j < blockSent[bi][1]; j++ {
				out[j] = blockSent[lb]
			}
		}
	}
}

// kindRuns returns the maximal runs [start, end) of consecutive blocks of kind k:
// the lists and the tables of the document.
func kindRuns(d *doc.Document, k doc.Kind) [][2]int {
	var runs [][2]int
	for i := 0; i < len(d.Blocks); {
		if d.Blocks[i].Kind != k {
			i++
			continue
		}
		end := i
		for end < len(d.Blocks) && d.Blocks[end].Kind == k {
			end++
		}
		runs = append(runs, [2]int{i, end})
		i = end
	}
	return runs
}

// matchPartAt is matchPart for sentence i, s, and, when i refers back to
// the sentence before it (referent), for the two read as one: "Our support
// engineers may view footage ... They are bound by confidentiality
// obligations" binds the engineers. It counts only when the part needs words
// of both: what either states alone is found in it, and the sentence referred
// to must itself be affirmed (negated) and not excluded (the part's Not).
func (t *text) matchPartAt(p clauses.Part, i int, s sentence, negated []bool) bool {
	if t.matchPart(p, s) {
		return true
	}
	if j := t.referent[i]; j >= 0 && t.joinedMatch(p, j, t.joined[i], negated) {
		return true
	}
	if j := t.leadOf[i]; j >= 0 && t.joinedMatch(p, j, t.leadJoined[i], negated) {
		return true
	}
	return false
}

// joinedMatch reports whether part p holds in joined, sentence j read with
// the sentence after it, and needs words of both: j alone does not state
// it, j is affirmed, and joined is not excluded (the part's Not).
func (t *text) joinedMatch(p clauses.Part, j int, joined string, negated []bool) bool {
	if negated[j] || !p.Patterns.Match(t.lang, joined) || p.Patterns.Match(t.lang, t.sentences[j].folded) {
		return false
	}
	return !p.Not.Match(t.lang, joined)
}

// An enumeration often opens with a lead-in that holds the subject of every
// item and ends in a colon, each item holding only the predicate: "The
// Contractor shall ensure that its officers who have access to the data:" /
// "(a) are bound by written duties of confidentiality;" / "(b) have undertaken
// training; and", « Le Responsable du traitement : » / « documente par écrit
// toute instruction ; » / « dispose du droit de procéder aux audits ». Each
// item is read joined to its lead-in as well, so a part whose words stand
// half in each is found (matchPartAt).

// leadIns returns, per sentence, the lead-in sentence it completes, and the
// two joined. An item is the first sentence of a list item under a lead-in
// paragraph (lead), or a sentence of the same paragraph after a sentence
// ending in a colon with only items (ending in ';', '; and', '; or') between.
func leadIns(sents []sentence, blockSent [][2]int, lead [][2]int) ([]int, []string) {
	of := make([]int, len(sents))
	joined := make([]string, len(sents))
	for i, s := range sents {
		of[i] = -1
		// An item that opens with its own subject ("the Supplier keeps
		// ...", « il conserve ... ») needs none from its lead-in.
		if s.body != "" || s.labels != nil || opensWithSubject(s.folded) {
			continue
		}
		bs := blockSent[s.block]
		j := -1
		if l := lead[i]; l[1] > l[0] && i == bs[0] {
			j = l[1] - 1
		} else {
			for k := i - 1; k >= bs[0]; k-- {
				f := strings.TrimSpace(sents[k].folded)
				if strings.HasSuffix(f, ":") {
					j = k
					break
				}
				if !itemEnd(f) {
					break
				}
			}
		}
		if j < 0 || !strings.HasSuffix(strings.TrimSpace(sents[j].folded), ":") {
			continue
		}
		of[i] = j
		joined[i] = sents[j].folded + " " + s.folded
	}
	return of, joined
}

// opensWithSubject reports whether folded sentence f opens with a
// determiner or a subject pronoun: its subject is its own.
func opensWithSubject(f string) bool {
	w, rest, _ := strings.Cut(f, " ")
	// French « à la sécurité », folded to "a la securite", opens with a
	// preposition, not with the English article.
	if w == "a" {
		next, _, _ := strings.Cut(rest, " ")
		if frenchAfterA[next] || strings.HasPrefix(next, "l'") {
			return false
		}
	}
	return labelSubjects[w] || strings.HasPrefix(w, "l'") || w == "les" || w == "ses" || w == "his" || w == "all" || w == "any"
}

// frenchAfterA are the words after the preposition « à » that the English
// article "a" is never followed by.
var frenchAfterA = map[string]bool{"la": true, "le": true, "les": true, "un": true, "une": true, "des": true,
	"son": true, "sa": true, "ses": true, "leur": true, "leurs": true, "ce": true, "cette": true, "ces": true, "toute": true, "tout": true}

// itemEnd reports whether folded sentence f ends like an item of an
// enumeration that goes on: with a semicolon, or "; and" / "; or" / « ; et ».
func itemEnd(f string) bool {
	for _, e := range []string{";", "; and", "; or", "; et", "; ou", ", and", ", or"} {
		if strings.HasSuffix(f, e) {
			return true
		}
	}
	return false
}

// referents finds, per sentence, the sentence it refers back to: a sentence
// that opens with a pronoun or referring phrase (referring) refers to the
// sentence before it in its block or, when it opens a paragraph or list item,
// to the last sentence of the paragraph or item just before. Headings and
// table rows neither refer nor are referred to: a heading names a topic, and
// a table's cells are read on their own.
func referents(d *doc.Document, sents []sentence, blockSent [][2]int) ([]int, []string) {
	ref := make([]int, len(sents))
	joined := make([]string, len(sents))
	prose := func(bi int) bool {
		k := d.Blocks[bi].Kind
		return k == doc.Paragraph || k == doc.ListItem
	}
	for i, s := range sents {
		ref[i] = -1
		if !prose(s.block) || !referring(unlabelled(s)) {
			continue
		}
		j := i - 1
		if i == blockSent[s.block][0] {
			pb := s.block - 1
			if pb < 0 || !prose(pb) || blockSent[pb][0] == blockSent[pb][1] {
				continue
			}
			j = blockSent[pb][1] - 1
		}
		ref[i] = j
		joined[i] = sents[j].folded + " " + s.folded
	}
	return ref, joined
}

func (t *text) matchPart(p clauses.Part, s sentence) bool {
	if !p.Patterns.Match(t.lang, s.folded) && (s.body == "" || !p.Patterns.Match(t.lang, s.body)) && !t.matchLabel(p, s) {
		return false
	}
	return !p.Not.Match(t.lang, s.folded)
}

// matchLabel reports whether sentence s carries a label that names part p.
func (t *text) matchLabel(p clauses.Part, s sentence) bool {
	if len(p.Labels) == 0 || s.labels == nil {
		return false
	}
	for _, l := range s.labels {
		if p.Labels.Match(t.lang, l) {
			return !p.Not.Match(t.lang, s.labelBody)
		}
	}
	return false
}

// weakHit finds the first weak pattern that applies in window w: anywhere in it,
// for "sentence" patterns in a sentence that also matched the anchor, for
// "document" patterns anywhere in the document. A sentence with its own run-in
// label weakens only the requirement it states: in "Subject-matter: X.
// Duration: [insert]. Nature: Y." set as one paragraph the blank weakens the
// duration, not the subject-matter or the nature.
func weakHit(t *text, r *clauses.Rule, weak, parts []uint64, w window, docWeak uint64, docWeakAt []int) (int, int, bool) {
	for wi, wp := range r.Weak {
		if wp.Where == clauses.WhereDocument {
			if docWeak&(1<<wi) != 0 {
				return wi, docWeakAt[wi], true
			}
			continue
		}
		for i := w.lo; i < w.hi; i++ {
			if weak[i]&(1<<wi) == 0 {
				continue
			}
			if wp.Where == clauses.WhereSentence && parts[i]&1 == 0 ||
				t.labelled[i] && (parts[i] == 0 || t.cleanLabel(weak, parts, i)) && !(wp.Where == clauses.WhereWindow && t.blankRow(parts, t.sentences[i].block, wp)) {
				continue
			}
			return wi, i, true
		}
	}
	return 0, 0, false
}

// weakHitLead is weakHit in window w and, when w lies in a list whose
// lead-in is outside it, in that lead-in.
func (t *text) weakHitLead(r *clauses.Rule, weak, parts []uint64, w window, docWeak uint64, docWeakAt []int) (int, int, bool) {
	if wi, at, ok := weakHit(t, r, weak, parts, w, docWeak, docWeakAt); ok {
		return wi, at, ok
	}
	if l := t.lead[w.lo]; l[1] > l[0] {
		if wi, at, ok := weakHit(t, r, weak, parts, window{lo: l[0], hi: l[1]}, 0, docWeakAt); ok {
			return wi, at, ok
		}
	}
	// A table row left wholly blank ("[to be completed by the tenderer] | [ ]
	// | [ ]") weakens the clause it stands in, though a sentence before it
	// states the rest: the table the clause relies on is not filled in.
	if r.Window < clauses.WindowClause {
		return 0, 0, false
	}
	c := t.clauseOf[w.lo]
	for i := c[0]; i < c[1]; i++ {
		if i >= w.lo && i < w.hi || weak[i] == 0 {
			continue
		}
		for wi, wp := range r.Weak {
			if wp.Where == clauses.WhereWindow && weak[i]&(1<<wi) != 0 && t.blankRow(parts, t.sentences[i].block, wp) {
				return wi, i, true
			}
		}
	}
	return 0, 0, false
}

// blankRow reports whether block bi is a table row whose every cell is
// empty or matches weak pattern wp (a placeholder), in a table whose other
// rows state some part of the rule (parts): a blank row weakens the rule its
// table is about ("Sub-processor | Service | Location" over "[to be
// completed] | [ ] | [ ]"), not every rule of the clause.
func (t *text) blankRow(parts []uint64, bi int, wp clauses.WeakPattern) bool {
	b := t.d.Blocks[bi]
	if b.Kind != doc.TableRow {
		return false
	}
	lo, hi := bi, bi+1
	for lo > 0 && t.d.Blocks[lo-1].Kind == doc.TableRow {
		lo--
	}
	for hi < len(t.d.Blocks) && t.d.Blocks[hi].Kind == doc.TableRow {
		hi++
	}
	about := false
	for i := t.blockSent[lo][0]; i < t.blockSent[hi-1][1] && !about; i++ {
		about = t.sentences[i].block != bi && parts[i] != 0
	}
	if !about {
		return false
	}
	n := 0
	for _, c := range cells(b.Text) {
		f := strings.Trim(fold(b.Text[c.lo:c.hi]), " |*_")
		if f == "" {
			continue
		}
		if !wp.Patterns.Match(t.lang, f) {
			return false
		}
		n++
	}
	return n > 0
}

// cleanLabel reports whether the paragraph of labelled sentence i holds
// another labelled sentence that states the rule's anchor with no weak term:
// "Subject matter: the helpdesk. Purpose: ____." states the subject-matter
// even though the purpose line (which the 2021/915 template reads as the
// subject-matter) is blank. Only the paragraph counts: a clean statement
// elsewhere in a clause does not cure a weak one.
func (t *text) cleanLabel(weak, parts []uint64, i int) bool {
	b := t.blockOf[i]
	for j := b[0]; j < b[1]; j++ {
		if j != i && t.labelled[j] && parts[j]&1 != 0 && weak[j] == 0 {
			return true
		}
	}
	return false
}

// onlyByReference reports, for a rule that checks references, whether some part
// other than the anchor is found in window w only in sentences that point to an
// annex the document lacks; it returns the first such sentence and the annex.
func onlyByReference(t *text, r *clauses.Rule, parts []uint64, w window, anyMask, anywhere uint64) (int, string, bool) {
	if !r.CheckReferences {
		return 0, "", false
	}
	var live uint64 = 1
	for i := w.lo; i < w.hi; i++ {
		if t.dangling[i] == "" {
			live |= parts[i]
		}
	}
	live = live&^anyMask | anywhere
	all := uint64(1)<<len(r.Parts) - 1
	if live&all == all {
		return 0, "", false
	}
	for i := w.lo; i < w.hi; i++ {
		if t.dangling[i] != "" && parts[i]&^live&all != 0 {
			return i, t.dangling[i], true
		}
	}
	return 0, "", false
}

// allAnchors reports whether every anchor sentence of window w has property
// has: each only points to an annex the document lacks (dangling), or only
// keeps provisions of another instrument in force (kept).
func allAnchors(parts []uint64, w window, has func(i int) bool) bool {
	for i := w.lo; i < w.hi; i++ {
		if parts[i]&1 != 0 && !has(i) {
			return false
		}
	}
	return true
}

// An annex number may carry a letter ("Appendix 7B"): Appendix 7 does not
// stand in for it.
var annexRefRe = regexp.MustCompile(`\b(annex|annexe|schedule|appendix|exhibit|attachment)\s+([0-9]+(?:[a-z]\b)?|[ivx]+\b|[a-d]\b)`)

// annexDefRe is an annex name defined in brackets: (the "Schedule 2"), (« Annexe 3 »).
var annexDefRe = regexp.MustCompile(`\(\s*(?:the\s+|l'|la\s+|le\s+)?"\s*\**\s*(annex|annexe|schedule|appendix|exhibit|attachment)\s+([0-9]+(?:[a-z]\b)?|[ivx]+\b|[a-d]\b)\s*\**\s*"\s*\)`)

// avoirRe follows « annexe a » when the "a" is the verb avoir: « a pour
// objet », « a été signée », « a vocation à ».
var avoirRe = regexp.MustCompile(`^ (?:pour|ete|pas|vocation|valeur|force|fait|lieu|ete|un |une |des |le |la |les )`)

// urlRe is a web address: a scheme, "www." or a host name with a path.
var urlRe = regexp.MustCompile(`\bhttps?://|\bwww\.|\b[a-z0-9-]+\.(?:com|org|net|io|eu|fr|de|be|nl|lu|ch|uk|co|app|example|dev|cloud)/`)

// danglingRefs finds, per sentence, a reference to an annex that no block of the
// document opens with (its heading or first line), i.e. an annex not included.
func danglingRefs(d *doc.Document, sents []sentence) []string {
	have := map[string]bool{}
	for _, b := range d.Blocks {
		// A heading the reader kept as text ("## ANNEX 1" inside an HTML
		// block) opens its annex all the same.
		f := strings.TrimLeft(fold(b.Text), "#*_ ")
		if m := annexRefRe.FindStringSubmatchIndex(f); m != nil && m[0] < 3 {
			have[f[m[2]:m[3]]+" "+f[m[4]:m[5]]] = true
		}
		// A name defined for something else ("the sub-processors listed at
		// vendor.example/subprocessors ("Schedule 2")") is no missing annex.
		if strings.Contains(f, "(") {
			for _, m := range annexDefRe.FindAllStringSubmatch(f, -1) {
				have[m[1]+" "+m[2]] = true
			}
		}
	}
	out := make([]string, len(sents))
	for i, s := range sents {
		// A sentence that gives a web address points to that page, not to an annex.
		if urlRe.MatchString(s.folded) {
			continue
		}
		for _, m := range annexRefRe.FindAllStringSubmatchIndex(s.folded, -1) {
			key := s.folded[m[2]:m[3]] + " " + s.folded[m[4]:m[5]]
			// « la présente annexe a pour objet »: the verb avoir, not Annex A.
			if s.folded[m[4]:m[5]] == "a" && avoirRe.MatchString(s.folded[m[5]:]) {
				continue
			}
			if have[key] || elsewhere(s.folded[:m[0]], s.folded[m[1]:]) {
				continue
			}
			out[i] = key
			break
		}
	}
	return out
}

// otherDocRe follows a reference to an annex of another document: "Appendix
// 2 of the Agreement", "Annex 3 to the Master Services Agreement".
var otherDocRe = regexp.MustCompile(`^,? (?:of|to|in|under) the (?:main |master |principal |underlying |framework |services? |licen[cs]e |procurement |parent )?(?:agreement|contract|msa|terms|conditions|order form|framework agreement|services agreement)\b`)

// attachedElsewhereRe precedes one: "attached to the Agreement as Appendix 6".
var attachedElsewhereRe = regexp.MustCompile(`\b(?:attached|annexed|appended) to the (?:main |master |principal |underlying |framework |services? )?(?:agreement|contract|msa)(?: [\w-]+){0,3} as $`)

// inlineListRe follows a reference that gives its content at once: "listed
// in Appendix 7B (cloud platform, Helsinki; service desk, Tampere)".
var inlineListRe = regexp.MustCompile(`^ ?\([^()]{12,}[,;][^()]*\)`)

// elsewhere reports whether a reference to an annex, between folded text
// before and after, is no missing part of this document: the annex of
// another document, or one whose content the sentence gives itself.
func elsewhere(before, after string) bool {
	return otherDocRe.MatchString(after) || inlineListRe.MatchString(after) || attachedElsewhereRe.MatchString(before)
}

func missingParts(r *clauses.Rule, mask uint64) string {
	s := ""
	for pi, p := range r.Parts {
		if mask&(1<<pi) == 0 {
			if s != "" {
				s += "; "
			}
			s += p.Name
		}
	}
	return s
}

func popcount(x uint64) int {
	n := 0
	for ; x != 0; x &= x - 1 {
		n++
	}
	return n
}

// String renders a finding on one line, for test output and debugging.
func (f Finding) String() string {
	return fmt.Sprintf("%s: %s (line %d) %s", f.ID, f.Status, f.Loc.Line, f.Reason)
}
