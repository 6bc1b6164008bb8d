package lint

import (
	"regexp"
	"strings"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/lint/doc"
)

// profile decides a risk condition.
func (t *text) profile(rs *clauses.Rules, c clauses.Condition, force Force) (bool, string) {
	switch force {
	case On:
		return true, ""
	case Off:
		return false, ""
	}
	p := rs.Profiles[c]
	// A veto ("the Customer shall not upload health data") outweighs what the text
	// says the data "may include"; it does not outweigh a plain statement that the
	// data is processed ("the Processor hosts the patients' medical records"). A
	// veto sentence that is itself a limit ("shall not transfer health data outside
	// the EEA") is no veto.
	vetoed := false
	for _, s := range t.sentences {
		if p.Veto.Match(t.lang, s.folded) && !p.Affirm.Match(t.lang, s.folded) {
			vetoed = true
			break
		}
	}
	animals := -1 // whether the document is about animals, counted on first need
	for i, s := range t.sentences {
		f := t.stated(s)
		in := f
		if c == clauses.SpecialCategories {
			in = certificateFact.ReplaceAllString(certification.ReplaceAllString(f, " "), " ")
		}
		if !p.In.Match(t.lang, in) || t.unansweredQuestion(i) {
			continue
		}
		if c == clauses.SpecialCategories && !humanOnly.MatchString(f) {
			if animals < 0 {
				animals = t.aboutAnimals()
			}
			if animals > 0 || animalWords.MatchString(f) {
				continue
			}
		}
		if !p.Not.Match(t.lang, f) && !declaredNone(s) && !t.denied(p, i) &&
			(!vetoed || p.Affirm.Match(t.lang, f)) {
			return true, t.evidence(s)
		}
	}
	return false, ""
}

// certification is a provider's certification for hosting health data
// ("HDS-certified data centres", « hébergeur certifié de données de santé »,
// "certified as a health data host"): it says what the provider may host, not
// that this service hosts such data, so the risk profile reads the sentence
// without it. "The medical records are hosted in an HDS data centre" still
// names the data.
var certification = regexp.MustCompile(`(?:\b(?:certifi\w*|agree?s?|agrement|certification) )?\bhebergeurs? (?:(?:certifie|agree)e?s? )?(?:de |des )?donnees de sante(?: \(hds\))?` +
	`|\b(?:certifi\w* |certification |agrement |norme |referentiel )?\(?hds\)?(?:[- ]certifi\w*)?` +
	`|\b(?:certified|accredited|approved|certification|accreditation) (?:as )?(?:an? )?(?:health|medical) (?:data )?host\w*` +
	`|\b(?:health|medical) (?:data )?host\w* (?:certification|accreditation|certified|accredited)`)

// certificateFact is a fact about a health document, not what it says: the date
// or validity of a member's medical certificate (« date de validité du
// certificat médical », "the expiry date of the medical certificate") is what a
// sports club keeps to know a licence may be issued. The certificate itself, or
// its content, is still data concerning health.
var certificateFact = regexp.MustCompile(`\b(?:(?:expiry|expiration|validity|issue|renewal|receipt) )?dates? of (?:the |a |each |their |his |her )?(?:\w+.?s )?(?:medical certificates?|fit notes?|sick notes?)\b|\b(?:validity|expiry|expiration) of (?:the |a |each |their )?(?:\w+.?s )?medical certificates?\b|\b(?:medical certificate|fit note|sick note)s? (?:expiry|expiration|validity|issue|renewal)(?: dates?)?\b` +
	`|\b(?:dates? (?:de (?:fin de )?validite|de delivrance|de renouvellement|d.expiration|d.echeance)|validite|expiration|echeance) (?:du|des|de son|de leur|d.un|de chaque) certificats? medica(?:l|ux)\b(?: (?:de )?(?:non[- ]contre[- ]indication|d.aptitude))?`)

// animalWords name animals or their care. Animals' health is no special
// category of personal data (Art. 9 GDPR protects natural persons): in a
// sentence about animals, or in a document about them (a veterinary practice,
// a kennel, a pet insurer), vaccinations, prescriptions and medical histories
// are the animals'.
var animalWords = regexp.MustCompile(`\b(?:animals?|pets?|veterinar\w*|vets?|livestock|herds?|cattle|canine|feline|equine|poultry|dogs?|pupp(?:y|ies)|cats|kittens?|horses?|pon(?:y|ies)|foals?|cows?|calves|sheep|lambs?|goats?|pigs?|litters?|kennels?|catter(?:y|ies)` +
	`|animaux|animale?s?|veterinaires?|betail|cheptel|troupeaux?|canins?|felins?|equins?|chiens?|chiots?|chats|chatons?|chevaux|bovins?|ovins?|caprins?|chenils?|elevages?|haras)\b`)

// humanOnly names a special category that only people have: sick leave and
// the occupational doctor, a trade union, a religion or a political opinion,
// an ethnic origin, a sex life, a disability, biometric identification. A
// sentence naming one stays evidence in a document about animals.
var humanOnly = regexp.MustCompile(`\bsick[- ]?(?:leave|notes?|certificates?|days?)|sickness absence|\bfit notes?|occupational health|medical certificates?|trade union|\bunion (?:membership|dues|members)|religio|political|ethnic|racial|sexual|sex life|disabilit|biometric|fingerprint|facial|\bface (?:recognition|templates?)|\biris\b|voice ?prints?` +
	`|arrets? (?:de travail|maladie)|certificats? medica|medecine du travail|syndica|convictions? religieuses|opinions? politiques|origine (?:raciale|ethnique)|orientation sexuelle|vie sexuelle|handicap|biometri|empreintes? digitales?|reconnaissance faciale`)

// aboutAnimals reports whether the document is about animals: at least two
// of its sentences name them.
func (t *text) aboutAnimals() int {
	n := 0
	for _, s := range t.sentences {
		if animalWords.MatchString(s.folded) {
			if n++; n >= 2 {
				return 1
			}
		}
	}
	return 0
}

// unansweredQuestion reports whether sentence i is a question, which states
// nothing by itself (« Qu'est-ce que la migration annoncée ? » may be answered
// by a change of design), unless the sentence after it answers yes. A question
// joined to its answer ("Q. ...? A. ...") is read by its answer (stated).
func (t *text) unansweredQuestion(i int) bool {
	s := t.sentences[i]
	if s.question || !strings.HasSuffix(strings.TrimRight(s.folded, " )\"'*_"), "?") {
		return false
	}
	if i+1 < len(t.sentences) && answerYes.MatchString(t.sentences[i+1].folded) {
		return false
	}
	return true
}

// answerYes opens an answer that says yes.
var answerYes = regexp.MustCompile(`^(?:(?:a|r|answer|reponse)\s?[.:)]\s?)?(?:yes|oui)\b`)

// stated is what sentence s says: a question states nothing, its answer does
// ("Q. Are fingerprints processed? A. No. ...").
func (t *text) stated(s sentence) string {
	if s.question {
		return s.body
	}
	return s.folded
}

// denied reports whether sentence i names the data only to keep it out of the
// processing: the sentence denies it ("the Supplier will not receive such
// records", "kept outside the application", "techniquement bloquée"), the
// sentence after it denies it by referring back ("... allergies at the desk. They
// are not entered into the system."), or it is a list item under a lead-in or a
// heading that denies ("We never collect:"). A plain statement of the processing,
// or a limit that presupposes it ("never disclosed to third parties", "not used
// for any other purpose"), is no denial.
func (t *text) denied(p clauses.Profile, i int) bool {
	if j := i + 1; j < len(t.sentences) && t.sentences[j].block == t.sentences[i].block &&
		t.opensBack(j) && t.denies(p, t.sentences[j].folded) {
		return true
	}
	f := t.stated(t.sentences[i])
	if p.Affirm.Match(t.lang, unlabelled(t.sentences[i])) {
		return false
	}
	if p.Deny.Match(t.lang, f) && !t.clauseUndenied(p, f) {
		return true
	}
	if lead, ok := t.leadIn(i); ok && t.denies(p, lead) {
		return true
	}
	if h, ok := t.headingOver(i); ok {
		return t.denies(p, h)
	}
	return t.headingDeniedBelow(p, i)
}

// headingDeniedBelow reports whether sentence i is a heading whose clause denies
// what it names: "Migration to our new video engine" over "Your data stays on the
// same servers and no copy is made" announces a change in which no data moves. A
// heading is the clause's title, so the clause says what it means; a clause that
// states the processing makes its own sentence evidence.
func (t *text) headingDeniedBelow(p clauses.Profile, i int) bool {
	b := t.sentences[i].block
	blocks := t.d.Blocks
	if blocks[b].Kind != doc.Heading {
		return false
	}
	for b++; b < len(blocks) && blocks[b].Kind != doc.Heading; b++ {
		for j := t.blockSent[b][0]; j < t.blockSent[b][1]; j++ {
			if t.denies(p, t.sentences[j].folded) {
				return true
			}
		}
	}
	return false
}

// clauseUndenied reports whether sentence f, whose denial is in one of its
// clauses, names the data in another clause that the denial does not reach: in
// "dates and types of sick leave; no diagnosis is sent to the Supplier" the
// second clause keeps the diagnosis out, not the sick leave. A clause that opens
// by referring back ("...; they are never entered") reaches the clause before it.
func (t *text) clauseUndenied(p clauses.Profile, f string) bool {
	if !strings.Contains(f, ";") {
		return false
	}
	parts := strings.Split(f, ";")
	for k, c := range parts {
		c = strings.TrimSpace(c)
		if !p.In.Match(t.lang, c) || p.Deny.Match(t.lang, c) || p.Not.Match(t.lang, c) {
			continue
		}
		if k+1 < len(parts) {
			if next := strings.TrimSpace(parts[k+1]); (refersBack(next) || anaphor.MatchString(next)) && t.denies(p, next) {
				continue
			}
		}
		return true
	}
	return false
}

// anaphor is a word by which a clause takes up what the clause before it
// named: "...; until then the Vendor will not receive such records".
var anaphor = regexp.MustCompile(`\b(?:such|these|those|them|they|ces|celles-ci|ceux-ci|elles|ils)\b`)

// headingOver returns the folded heading of the clause sentence i is in (the
// nearest heading above its block), or false when the sentence is itself a
// heading or no heading is above it. A heading that denies the data ("No health
// data", « Pas de données de santé ») governs its clause as a lead-in governs
// its list.
func (t *text) headingOver(i int) (string, bool) {
	b := t.sentences[i].block
	blocks := t.d.Blocks
	if blocks[b].Kind == doc.Heading {
		return "", false
	}
	for b--; b >= 0; b-- {
		if blocks[b].Kind != doc.Heading {
			continue
		}
		if t.blockSent[b][0] == t.blockSent[b][1] {
			return "", false
		}
		return t.sentences[t.blockSent[b][1]-1].folded, true
	}
	return "", false
}

// unlabelled is what sentence s states without its run-in label. A label is the
// clause's title: "Profiling." over "The Agency shall not build models that infer
// health ..." is no limit that presupposes the processing, and "Staff. They are
// bound ..." opens with a pronoun all the same (referents).
func unlabelled(s sentence) string {
	if s.body != "" {
		return s.body
	}
	return s.folded
}

// noneValue is a field's value that declares there is none, adding at most a
// pointer to where the contract says more: "None (see clause 2.2)", "N/A, as
// set out in section 4", « Aucune (voir article 2.2) », « Néant - cf. article 4 ».
// A value that goes on to name data or make an exception ("None, except sick
// notes") does not match: only a pointer may follow.
var noneValue = regexp.MustCompile(`^(?:none|nil|n/a|not applicable|no|aucune?|neant|sans objet|non applicable|non)\b\W*` +
	`(?:$|(?:see|refer to|cf|voir|as (?:set out|stated|described|provided) in|under|per|conformement a|selon)\b[^,;]*$)`)

// declaredNone reports whether sentence s is a field of a description (a table
// row, a "label: value" line, a heading over its paragraph) whose value says
// there is none. Its label names the data ("Sensitive data | None"), which is
// why the sentence matched at all; the value says it is not processed.
func declaredNone(s sentence) bool {
	return len(s.labels) > 0 && noneValue.MatchString(strings.TrimSpace(s.labelBody))
}

func (t *text) denies(p clauses.Profile, f string) bool {
	return p.Deny.Match(t.lang, f) && !p.Affirm.Match(t.lang, f)
}

// backRefs open a sentence about what the sentence before it named.
var backRefs = []string{
	"this ", "that ", "these ", "those ", "such ", "it ", "they ", "the latter ",
	"cette ", "cet ", "ce ", "ces ", "elle ", "elles ", "il ", "ils ", "celles-ci ", "ceux-ci ",
	"cela ", "ceci ", "ca ",
}

// opensBack reports whether sentence j opens by referring back, in its own
// words: a subject pronoun the reading has replaced with the party it stands
// for (« Il s'interdit ... » read as « le client s'interdit ... ») still refers
// back.
func (t *text) opensBack(j int) bool {
	s := t.sentences[j]
	if refersBack(s.folded) {
		return true
	}
	b := t.d.Blocks[s.block]
	return s.end <= len(b.Text) && refersBack(stripNumbering(fold(b.Text[s.start:s.end])))
}

func refersBack(f string) bool {
	for _, b := range backRefs {
		if strings.HasPrefix(f, b) {
			return true
		}
	}
	return false
}

// leadIn returns the folded sentence governing list item sentence i: the last
// sentence of the list's lead-in paragraph (t.lead, one ending in a colon), or
// the heading right above the list.
func (t *text) leadIn(i int) (string, bool) {
	if l := t.lead[i]; l[1] > l[0] {
		return t.sentences[l[1]-1].folded, true
	}
	b := t.sentences[i].block
	blocks := t.d.Blocks
	if blocks[b].Kind != doc.ListItem {
		return "", false
	}
	for b >= 0 && blocks[b].Kind == doc.ListItem {
		b--
	}
	if b < 0 || blocks[b].Kind != doc.Heading || t.blockSent[b][0] == t.blockSent[b][1] {
		return "", false
	}
	return t.sentences[t.blockSent[b][1]-1].folded, true
}
