package lint

import (
	"regexp"
	"slices"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/lint/doc"
	"strings"
	"unicode"
	"unicode/utf8"
)

// sentence is one sentence of a block: its span in the block's text and its
// folded form, which is what patterns match.
type sentence struct {
	block      int // index in Document.Blocks
	start, end int // byte span in Block.Text
	folded     string
	// body is the folded sentence without the run-in label joined to its start
	// ("What we handle. The Agency runs ..."), or "" when none was joined.
	body string
	// labels are the sentence's label and its conjuncts ("object and duration",
	// "object", "duration") when it carries one over a body that is not empty:
	// a run-in label, a question, a label before a colon, a table's row or
	// column label, or the heading over a paragraph; nil otherwise.
	labels []string
	// labelBody is what the label stands over (for a heading, the first
	// sentence under it): a part's Not patterns are matched against it too.
	labelBody string
	// question: the label joined to the sentence is a question ("Q. Are
	// fingerprints processed? A. No. ..."); the body is its answer.
	question bool
}

// fold lower-cases, straightens quotes and dashes, and collapses white space, so
// patterns need not care about typography. Accents are removed (clauses.StripAccents):
// French typed without them ("donnees") must match like French typed with them.
func fold(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch r {
		case '\u2018', '\u2019', '\u201b', '\u2032', '`', '\u00b4':
			r = '\''
		case '\u201c', '\u201d', '\u201e', '\u00ab', '\u00bb':
			r = '"'
		case '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2212':
			r = '-'
		case '\u0153':
			// "œ" is written "oe" on many keyboards; fold so "oeuvre" and "œuvre" match alike.
			b.WriteString("oe")
			space = false
			continue
		}
		if unicode.IsSpace(r) || r == '\u00a0' || r == '\u202f' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(unicode.ToLower(r))
	}
	f := clauses.StripAccents(b.String())
	if strings.Contains(f, "'re ") {
		f = contractions.Replace(f)
	}
	return f
}

// contractions spells out the plain-English forms of "to be" after a pronoun
// ("you're responsible" is "you are responsible"); negations ("don't") are
// left as they are, for the patterns read them as written.
var contractions = strings.NewReplacer("you're ", "you are ", "we're ", "we are ", "they're ", "they are ")

// hyphenPrefixes are word starts that keep their hyphen when a line breaks after
// it: "sub-/processor", "third-/party", "sous-/traitant" are compounds, while
// "in-/structions" is one word split by the typesetter.
var hyphenPrefixes = map[string]bool{
	"sub": true, "sous": true, "third": true, "non": true, "co": true, "self": true, "cross": true,
	"e": true, "anti": true, "ex": true, "multi": true, "post": true, "pre": true, "semi": true,
	"end": true, "opt": true, "ci": true, "au": true, "peut": true, "vis": true, "long": true,
	"short": true, "well": true, "high": true, "low": true, "day": true, "full": true, "part": true,
	"on": true, "off": true, "follow": true, "set": true, "back": true, "built": true, "up": true,
}

// joinBroken returns text[lo:hi] with the words that a hard line break split
// ("in- / structions", "con- / fidentiality") made whole again; lineStarts are
// the offsets where source lines begin (Block.Lines). A compound broken at its
// own hyphen ("sub- / processor") keeps the hyphen.
func joinBroken(text string, lineStarts []int, lo, hi int) string {
	var b strings.Builder
	last := lo
	for _, k := range lineStarts {
		if k <= lo+2 || k >= hi {
			continue
		}
		cut := k - 1
		for cut > lo && (text[cut] == ' ' || text[cut] == '\n' || text[cut] == '\r' || text[cut] == '\t') {
			cut--
		}
		if cut == k-1 && text[cut] != ' ' && text[cut] != '\n' {
			continue // no white space at the break
		}
		if text[cut] != '-' || cut <= last {
			continue
		}
		prev, _ := utf8.DecodeLastRuneInString(text[last:cut])
		next, _ := utf8.DecodeRuneInString(text[k:hi])
		if !unicode.IsLetter(prev) || !unicode.IsLower(next) {
			continue
		}
		ws := strings.LastIndexFunc(text[last:cut], func(r rune) bool { return !unicode.IsLetter(r) })
		word := strings.ToLower(text[last+ws+1 : cut])
		if hyphenPrefixes[word] {
			b.WriteString(text[last : cut+1])
		} else {
			b.WriteString(text[last:cut])
		}
		last = k
	}
	if last == lo {
		return text[lo:hi]
	}
	b.WriteString(text[last:hi])
	return b.String()
}

// numberingRe matches clause numbering at the start of a sentence: "2.", "7.1.",
// "(a)", "b)", "iv.", "clause 5 -", "article 3 :", "3.3" (many drafters leave the
// final dot off multi-level numbers), "A.2", "A2.1" or "A2" (annex and schedule items), "II.1" (articles in Roman figures), a table's row-number cell ("4 | "),
// Belgian and Luxembourg "§ 2." and "1°", a checklist's box ("[x] Durée :
// ...", "☑"), so that a pattern anchored with
// "^" sees the words of the heading or field label.
var numberingRe = regexp.MustCompile(`^(?:(?:clause|section|article|schedule|annex|annexe|appendix|exhibit)\s+[0-9ivxlc]+[a-z]?(?:\.[0-9]+)*\s*[-:.)]?\s+|\(?(?:[0-9]+(?:\.[0-9]+)*|[ivx]+|[a-z])[.)]\.?\s+|[0-9]+(?:\.[0-9]+)*\.?\s*\|\s*|[0-9]+(?:\.[0-9]+)+\s+|[a-z]\.?[0-9]+(?:\.[0-9]+)+\.?\s+|[ivx]{1,5}\.[0-9]+(?:\.[0-9]+)*\.?\s+|[a-z]\.[0-9]+\.?\s+|[a-z][0-9]{1,2}\.?\s+|\([0-9ivx]+\)|[a-z]\)\s+|§\s*[0-9]+(?:er)?\.?\s+|[0-9]+°\s+|\[[ x✓✔]?\]\s+|[☐☑☒✓✔]\s+)+`)

// bareNumberRe is a paragraph number with no dot, as Swiss and German
// drafting numbers the paragraphs of an article ("2 Les opérations sont ...");
// it is numbering only before a word that opens a statement, so that "30 days
// after termination" keeps its number.
var bareNumberRe = regexp.MustCompile(`^[0-9]{1,2}\s+(?:le|la|les|l'|ces|ce|cet|cette|il|elle|ils|elles|chaque|tout|toute|tous|toutes|the|this|these|each|any|all|it|they|we|you|si|if|where|lorsque|sont|are|is|est)\b`)

// stripNumbering drops the clause numbering (§ 1er, 1°, 2.1, (a) ...) that
// opens folded sentence s.
func stripNumbering(s string) string {
	if loc := numberingRe.FindStringIndex(s); loc != nil && loc[1] < len(s) {
		return s[loc[1]:]
	}
	if bareNumberRe.MatchString(s) {
		return strings.TrimLeft(strings.TrimLeft(s, "0123456789"), " \t")
	}
	return s
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"e.g": true, "i.e": true, "eg": true, "ie": true, "art": true, "arts": true, "no": true,
	"nos": true, "para": true, "paras": true, "sec": true, "cf": true, "vs": true, "etc": true,
	"inc": true, "ltd": true, "co": true, "corp": true, "mr": true, "ms": true, "dr": true,
	"st": true, "u.s": true, "u.k": true, "p": true, "pp": true, "seq": true, "al": true,
	"approx": true, "incl": true, "min": true, "max": true, "fig": true, "vol": true,
	"n°": true, "cass": true, "civ": true, "al.": true, "ex": true, "resp": true, "viz": true,
	"l": true, "r": true, "m": true, "mme": true, "ss": true, "ch": true, "annex": false,
}

// splitSentences cuts text at sentence ends: ".", "!" or "?" followed by white space
// and an upper-case letter, digit, bracket or quote, unless the word before the dot
// is an abbreviation.
func splitSentences(text string) [][2]int { return splitSentencesAt(text, nil) }

// splitSentencesAt is splitSentences for a block whose source lines start at the
// byte offsets lineStarts (Block.Lines), which readers keep when they fold the
// line breaks into spaces.
func splitSentencesAt(text string, lineStarts []int) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c != '.' && c != '!' && c != '?' && c != ';' && c != ':' {
			continue
		}
		// Skip closing quotes or brackets after the terminator.
		j := i + 1
		for j < len(text) && (text[j] == '"' || text[j] == '\'' || text[j] == ')') {
			j++
		}
		if j >= len(text) || (text[j] != ' ' && text[j] != '\t' && text[j] != '\n') {
			continue
		}
		k := j
		for k < len(text) && (text[k] == ' ' || text[k] == '\t' || text[k] == '\n') {
			k++
		}
		if k >= len(text) {
			continue
		}
		next, _ := utf8.DecodeRuneInString(text[k:])
		if c == ':' {
			// A lead-in ends a sentence only where an enumerated item starts on a
			// new line: "The parties record the following:\n(a) Subject-matter: ...".
			// A paragraph that runs its items on ("following: (a) Subject-matter: ...
			// (b) Nature: ..."), as word processors and PDFs set them, is cut the same
			// way when the item is marked "(a)", "(ii)" or "(3)".
			if !(next == '(' && (strings.Contains(text[j:k], "\n") || slices.Contains(lineStarts, k) || itemMarkRe.MatchString(text[k:]))) {
				continue
			}
		} else if c == ';' {
			// A semicolon ends a sentence only where a new provision starts: "(b)" or
			// an upper-case word. Lists of items joined by "; and" stay together.
			if !(next == '(' || unicode.IsUpper(next)) {
				continue
			}
		} else if !(unicode.IsUpper(next) || unicode.IsDigit(next) || next == '(' || next == '"' || next == '\'' || next == '[' || next == '\u201c' || next == '\u00ab') {
			continue
		}
		if c == '.' {
			w := lastWord(text[start:i])
			// A single letter before the dot ("Chapter V.", "Annex I.") ends a sentence
			// like any word; initials are rare in contracts.
			if abbreviations[strings.ToLower(elided(w))] {
				continue
			}
			// "7.1." or "Clause 8." numbering: a number before the dot is a heading number.
			if w != "" && isNumbering(w) && i-start <= len(w)+1 {
				continue
			}
		}
		out = append(out, [2]int{start, j})
		start = k
	}
	if start < len(text) {
		out = append(out, [2]int{start, len(text)})
	}
	return out
}

// itemMarkRe matches an enumerated item's mark at the start of text.
var itemMarkRe = regexp.MustCompile(`^\((?:[a-z]|[ivx]{1,4}|[0-9]{1,2})\) `)

// elided drops a French elided article or preposition from word w ("l'art" ->
// "art", "d’al" -> "al"), so that "conformément à l'art. 28" is read as the
// abbreviation it is.
func elided(w string) string {
	if i := strings.LastIndexAny(w, "'\u2019"); i >= 0 {
		_, n := utf8.DecodeRuneInString(w[i:])
		return w[i+n:]
	}
	return w
}

func lastWord(s string) string {
	i := strings.LastIndexAny(s, " \t\n(")
	return s[i+1:]
}

func isNumbering(w string) bool {
	for _, r := range w {
		if !unicode.IsDigit(r) && r != '.' {
			return false
		}
	}
	return true
}

// detectLang tells English from French by counting frequent function words.
func detectLang(blocks []string, words map[string][]string) string {
	count := map[string]int{}
	sets := map[string]map[string]bool{}
	for lang, ws := range words {
		sets[lang] = map[string]bool{}
		for _, w := range ws {
			sets[lang][w] = true
		}
	}
	for _, t := range blocks {
		for _, w := range strings.FieldsFunc(t, func(r rune) bool { return !unicode.IsLetter(r) && r != '\'' }) {
			for lang, set := range sets {
				if set[w] {
					count[lang]++
				}
			}
		}
	}
	if count["fr"] > count["en"] {
		return "fr"
	}
	return "en"
}

// trimEvidence shortens a sentence for display to about max bytes, at a word boundary.
func trimEvidence(s string, max int) string {
	s = strings.Join(strings.Fields(s), " ")
	if len(s) <= max {
		return s
	}
	cut := strings.LastIndexByte(s[:max], ' ')
	if cut < max/2 {
		cut = max
		for cut > 0 && !utf8.RuneStart(s[cut]) {
			cut--
		}
	}
	return s[:cut] + " ..."
}

// roleAppositionRe is a party's role set between commas after its name: "The
// Customer, as controller, may ...", "Le Client, en sa qualité de responsable du
// traitement, peut ...", "Le Client, responsable du traitement, peut ...".
// The role says nothing the name does not (the rules read the name as the role),
// and it would stand between the party and its verb in patterns such as
// "{controller} may (...) audit".
var roleAppositionRe = regexp.MustCompile(`, (?:(?:acting |in its capacity )?as (?:the |a )?(?:data )?(?:processor|controller)|(?:agissant )?en (?:sa )?(?:qualite de|tant que) (?:sous-traitant|responsable (?:du |de )?traitement)|(?:sous-traitant|responsable (?:du |de )?traitement))(?: (?:within the meaning of|under|au sens (?:du|de)|du|de) (?:the |l')?(?:gdpr|rgpd|article 28))?,`)

// dropRoleApposition removes a role apposition from folded text.
func dropRoleApposition(f string) string {
	if !strings.Contains(f, ", as ") && !strings.Contains(f, ", acting as ") && !strings.Contains(f, ", in its capacity") &&
		!strings.Contains(f, ", en ") && !strings.Contains(f, ", agissant") && !strings.Contains(f, ", sous-traitant") && !strings.Contains(f, ", responsable") {
		return f
	}
	return roleAppositionRe.ReplaceAllString(f, "")
}

// A sentence that opens with a pronoun or a referring phrase ("They are bound
// by confidentiality obligations.", « Ils sont tenus à la confidentialité. »,
// "Each of them has signed ...") states its duty of whoever the sentence
// before it named ("Our support engineers may view footage ..."). Such a
// sentence is also read joined to the one before it, so a part whose words
// stand half in each is found; see text.referent.

// referringRe opens a folded sentence that refers back to something the
// sentence before it named. "It" / « il » are left out: in contracts they are
// mostly the party itself ("It may then delete ...") or impersonal (« il est
// convenu »), and joining them to the sentence before lent the processor's
// own duties to its staff.
var referringRe = regexp.MustCompile(`^(?:they|these|those|such (?:persons?|people|individuals|staff|personnel|employees|members|workers|engineers|agents|contractors)|both(?: of them)?|each of (?:them|these)|all of (?:them|these)|either of them|neither of them|ils|elles|ceux-ci|celles-ci|ces derni(?:ers|eres)|ces personnes|chacun|chacune|l'un et l'autre|les uns et les autres|tous deux|toutes deux|tous (?:ont|sont)|toutes (?:ont|sont))\b`)

// referring reports whether folded sentence f opens with a pronoun or a
// referring phrase.
func referring(f string) bool {
	return referringRe.MatchString(f)
}

// A sentence whose subject is the pronoun "it" (« il », « elle ») most often
// continues with the party the sentence before it opened with: "The Shipper is
// the controller. It is responsible for the accuracy of the addresses", « Le
// Client est responsable du traitement. Il informe les personnes concernées ».
// Rules speak of the parties ({controller}, {processor}), so such a sentence is
// read with the pronoun replaced by that party. Impersonal uses ("it is agreed
// that", « il est convenu », « il appartient au Client ») have no referent.

// subjectPronounRe is a subject pronoun opening a folded sentence.
var subjectPronounRe = regexp.MustCompile(`^(?:it|il|elle) `)

// impersonalRe is an impersonal construction after "it" / « il »: the
// pronoun stands for nothing the sentence before named.
var impersonalRe = regexp.MustCompile(`^(?:it|il|elle) (?:is|was|will be|shall be|may be|must be|would be|has been|becomes|seems|appears|follows|goes without|est|sera|serait|a ete|peut etre|doit etre|convient|appartient|incombe|revient|y a|s'agit|resulte|reste entendu|va de soi|faut|suffit|importe|semble|existe)\b(?: (?:agreed|understood|noted|clarified|specified|recalled|expressly|hereby|acknowledged|possible|impossible|necessary|likely|unlikely|important|clear|forbidden|prohibited|permitted|not|the|a|an|that|to|convenu|entendu|precise|rappele|expressement|necessaire|interdit|permis|de|d'|que|qu'|a noter|pas|le|la|les|un|une))?\b`)

// resolvePronoun rewrites folded sentence f, opening with a subject pronoun,
// with the party that opens prev (both without their run-in labels); it
// returns f unchanged when prev opens with no party, or the pronoun is
// impersonal.
func resolvePronoun(f, prev, lang string, rs *clauses.Rules) string {
	loc := subjectPronounRe.FindStringIndex(f)
	if loc == nil || impersonal(f) {
		return f
	}
	subj := partySubject(prev, lang, rs)
	if subj == "" {
		return f
	}
	return subj + " " + f[loc[1]:]
}

// impersonal reports whether the pronoun opening f is impersonal.
func impersonal(f string) bool {
	m := impersonalRe.FindString(f)
	if m == "" {
		return false
	}
	// "it is" / « il est » followed by an adjective or verb that is not in the
	// list ("It is responsible for ...") keeps its referent: only the listed
	// words make the construction impersonal. The bare verbs that are
	// impersonal on their own (« il convient », « il appartient ») always are.
	w := strings.Fields(m)
	if len(w) > 2 {
		return true
	}
	switch w[1] {
	case "convient", "appartient", "incombe", "revient", "y", "s'agit", "resulte", "faut", "suffit", "importe", "semble", "existe", "follows", "seems", "appears", "goes":
		return true
	}
	return false
}

// resolvePronouns reads every sentence opening with a subject pronoun with
// the party the sentence before it in the same block opened with
// (resolvePronoun). A sentence with a run-in label is left as it is.
func (t *text) resolvePronouns(rs *clauses.Rules) {
	for i := range t.sentences {
		s := &t.sentences[i]
		if s.body != "" || i == t.blockSent[s.block][0] || !subjectPronounRe.MatchString(s.folded) {
			continue
		}
		s.folded = resolvePronoun(s.folded, unlabelled(t.sentences[i-1]), t.lang, rs)
	}
}

// partySubject returns the party a folded sentence opens with ("the
// controller", "customer", « le responsable du traitement »): its longest
// opening of one to four words that a party vocabulary names in full.
func partySubject(f, lang string, rs *clauses.Rules) string {
	w := strings.Fields(f)
	for n := min(4, len(w)); n > 0; n-- {
		cand := strings.TrimRight(strings.Join(w[:n], " "), ",;:")
		if rs.PartyWord(lang, cand) {
			return cand
		}
	}
	return ""
}

// An amendment or side letter often keeps the clauses of an earlier agreement
// in force without reproducing them ("Clause 5 (assistance with data subject
// requests) of the 2018 DPA remains in force unchanged", « Les articles 3
// (confidentialité) et 7 (droits des personnes) de l'Accord restent
// inchangés »). Such a sentence names topics but states no term: the
// instrument is only referred to, which labels weak (an instrument referred
// to and not included). A clause surviving the end of the contract ("continues
// to apply after termination") is no such reference.

// keptInForceRe is a sentence keeping provisions of another instrument in
// force by reference.
var keptInForceRe = regexp.MustCompile(`\b(?:remain|remains|shall remain|will remain|continue|continues|shall continue|will continue|stay|stays)(?: in (?:full )?(?:force|effect))?(?: and)? (?:unchanged|unamended|unaffected|to govern)\b|\b(?:are|is) not (?:reproduced|repeated|restated)\b|\b(?:reste|restent|demeure|demeurent)(?: en vigueur| applicables?)? (?:inchange|sans changement|sans modification)|\b(?:continue|continuent) (?:de|a) regir\b|\bne (?:sont|est) pas reprodui`)

// keptInForce reports whether folded sentence f only keeps provisions of
// another instrument in force.
func keptInForce(f string) bool {
	return keptInForceRe.MatchString(f)
}

// A contract often states its processing particulars only by pointing to
// another instrument: "The nature and purpose of the processing are set out
// in the Order Form", "Nature: as described in the Agreement", « L'annexe
// I(B) de la page de couverture décrit l'objet, la nature ... », « Les
// finalités sont définies par le Responsable de traitement ». What such a
// sentence states is where the particulars are, not what they are. A
// reference to a part of THIS document ("set out in Annex 1", "in Schedule 2
// below", « à l'article 4 ») is left to danglingRefs, which knows the
// document's own annexes; here only instruments that are never part of a
// processor agreement's own text count: the main agreement, an order form,
// a cover page, a quote, a statement of work, a web page or policy. A
// reference that only qualifies a word of a statement ("to provide the
// Services defined in the Agreement") is no deferral: the reference must be
// the sentence's predicate, its subject, or the whole body of a label.

// outsideInstrEN and outsideInstrFR name an instrument outside the document,
// after its determiner. "This Agreement", « le présent contrat » have a
// determiner the patterns do not take, so they are not outside.
const outsideInstrEN = `(?:(?:main|master|principal|underlying|framework|commercial|customer|services?|subscription|licen[cs]e|saas|cloud|applicable|relevant|signed|executed|separate)[ -])*` +
	`(?:agreement|contract|msa|terms(?: of (?:service|use|business))?|terms and conditions|order ?forms?|purchase orders?|orders?|cover ?page|statement of work|sow|quotes?|quotation|proposal|` +
	`(?:service|services|product) (?:descriptions?|specifications?)|documentation|web ?site|web ?page|privacy (?:policy|notice|statement)|offer)\b`

const outsideInstrFR = `(?:(?:contrat|accord|convention)(?:-cadre| cadre| principal| de (?:services?|prestations?|licence|souscription|abonnement|vente))?|bons? de commande|commande|page de (?:couverture|garde)|devis|proposition(?: commerciale)?|` +
	`conditions (?:generales|particulieres)(?: d'utilisation| de vente| de services?)?|cgv|cgu|documentation|site(?: internet| web)?|politique de (?:confidentialite|protection des donnees)|offre|cahier des charges|descriptif(?: (?:du|des) services?)?)\b`

// The determiners an outside instrument takes, and a part of it in front
// ("Annex I(B) of the Cover Page", « l'annexe 2 du bon de commande »).
const (
	outsideDetEN  = `(?:the |any |each |an? |your |our |its |their |(?:the )?(?:customer|client)'s )?`
	outsidePartEN = `(?:(?:annex|schedule|appendix|exhibit|section|clause|part|attachment)s? [\w().-]+ (?:of|to|in) ` + outsideDetEN + `)?`
	outsideDetFR  = `(?:le |la |l'|les |du |de la |de l'|des |chaque |tout |toute |votre |notre |son |sa |ses )?`
	outsidePartFR = `(?:(?:l'|les? |la )?(?:annexe|section|article|partie|clause|paragraphe)s? [\w().-]+ (?:du |de la |de l'|des |au |a la |a l')?)?`
	deferVerbsEN  = `(?:set out|set forth|described|specified|defined|documented|listed|stated|detailed|identified|indicated|agreed|recorded|contained|outlined|laid down|referred to|provided)`
	deferVerbsFR  = `(?:decrite?s?|definie?s?|precisee?s?|specifiee?s?|prevue?s?|indiquee?s?|enumeree?s?|listee?s?|mentionnee?s?|detaillee?s?|fixee?s?|convenue?s?|stipulee?s?|reprise?s?|visee?s?|documentee?s?)`
	// A label run in before the sentence ("Nature: ...", "B. Nature. ...").
	outsideLabel = `^(?:[^.:;,]{1,80}?[:.] )?`
)

var (
	// "The nature of the processing is (as) set out in the Order Form", «
	// Les finalités sont (telles que) décrites dans le bon de commande ».
	deferPredEN = regexp.MustCompile(outsideLabel + `(?P<subj>(?:[\w'(),-]+ ){1,24}?)(?:is|are|will be|shall be|may be|can be|is further|are further)(?: as)? ` + deferVerbsEN +
		` (?:in|at|on|within|under|by|from) ` + outsideDetEN + outsidePartEN + `(?P<instr>` + outsideInstrEN + `)`)
	deferPredFR = regexp.MustCompile(outsideLabel + `(?P<subj>(?:[\w'(),-]+ ){1,24}?)(?:(?:est|sont|sera|seront|peut etre|peuvent etre|doit etre|doivent etre) (?:(?:telle?s?|tels) (?:que |qu'))?` + deferVerbsFR +
		`|figurent|figure|figureront) (?:dans |a |au |aux |sur |en |par )` + outsideDetFR + outsidePartFR + `(?P<instr>` + outsideInstrFR + `)`)
	// "The Order Form sets out the nature ...", « L'annexe I(B) de la page de
	// couverture décrit l'objet ... ».
	deferSubjEN = regexp.MustCompile(outsideLabel + outsideDetEN + outsidePartEN + `(?P<instr>` + outsideInstrEN + `)(?: [^,;.]{0,40}?)? (?:sets? out|sets? forth|describes?|specif(?:y|ies)|lists?|defines?|details?|identif(?:y|ies)|contains?|records?|states?|outlines?)\b`)
	deferSubjFR = regexp.MustCompile(outsideLabel + outsideDetFR + outsidePartFR + `(?P<instr>` + outsideInstrFR + `)(?: [^,;.]{0,40}?)? (?:decrit|decrivent|precise|precisent|definit|definissent|enumere|enumerent|liste|listent|detaille|detaillent|fixe|fixent|indique|indiquent|mentionne|mentionnent|contient|contiennent|recense|recensent)\b`)
	// A label whose whole body is the reference: "Nature: as described in
	// the Order Form", "Purpose: see the Agreement", « Finalité : voir le bon
	// de commande ».
	// The reference needs its cue ("as", "see", a deferral verb) unless the
	// body is the instrument's name alone: "MSA term plus exit period" is a
	// term, not a reference.
	deferBodyEN = regexp.MustCompile(`^(?:(?:as |see |per |as per |refer to |please see |please refer to )?` + deferVerbsEN + ` (?:in|at|on|by|under) |(?:see|per|as per|refer to|please see|please refer to) (?:in |at |on )?)` +
		outsideDetEN + outsidePartEN + `(?P<instr>` + outsideInstrEN + `)[^.;]{0,60}[.;]?$|^` + outsideDetEN + outsidePartEN + `(?P<instr2>` + outsideInstrEN + `)\W*$`)
	deferBodyFR = regexp.MustCompile(`^(?:(?:(?:telle?s?|tels) (?:que |qu'))?` + deferVerbsFR + ` (?:dans|a|au|aux|sur|en|par) |(?:voir|cf\.?|selon|conformement a|conformement au|conformement aux) )` +
		outsideDetFR + outsidePartFR + `(?P<instr>` + outsideInstrFR + `)[^.;]{0,60}[.;]?$|^` + outsideDetFR + outsidePartFR + `(?P<instr2>` + outsideInstrFR + `)\W*$`)
	// The particular left for the controller to fix later: "The categories of
	// data are determined by the Customer", « Les finalités sont définies par
	// le Responsable de traitement ».
	deferPartyEN = regexp.MustCompile(outsideLabel + `(?P<subj>(?:[\w'(),-]+ ){1,24}?)(?:is|are|will be|shall be)(?: to be)?(?: solely| exclusively)? (?:defined|determined|specified|decided|chosen|selected|set|communicated|notified|identified|configured) (?:solely |exclusively |from time to time )?by (?:the )?(?:customer|client|controller|data exporter)\b`)
	// The same as a label's whole body: "Purpose: as determined by the
	// Customer", « Finalité : telle que définie par le Client ».
	deferPartyBodyEN = regexp.MustCompile(`^(?:as )?(?:defined|determined|specified|decided|chosen|selected|set|communicated|notified|identified|configured|instructed) (?:solely |exclusively |from time to time )?by (?:the )?(?:customer|client|controller|data exporter)\b[^.;]{0,60}[.;]?$`)
	deferPartyBodyFR = regexp.MustCompile(`^(?:(?:telle?s?|tels) (?:que |qu'))?(?:definie?s?|determinee?s?|specifiee?s?|fixee?s?|identifiee?s?|communiquee?s?|choisie?s?|decidee?s?) (?:exclusivement |uniquement |seul(?:e|es)? )?par (?:le |la |l')?(?:responsable (?:du |de )?traitement|client|donneur d'ordre)\b[^.;]{0,60}[.;]?$`)
	deferPartyFR     = regexp.MustCompile(outsideLabel + `(?P<subj>(?:[\w'(),-]+ ){1,24}?)(?:est|sont|sera|seront) (?:definie?s?|determinee?s?|specifiee?s?|fixee?s?|identifiee?s?|communiquee?s?|choisie?s?|decidee?s?) (?:exclusivement |uniquement |seul(?:e|es)? )?par (?:le |la |l')?(?:responsable (?:du |de )?traitement|client|donneur d'ordre)\b`)
)

// clauseWords are words that make what stands before a deferral verb a
// clause of its own rather than the sentence's subject ("the Supplier
// processes the data which are described in the Order Form").
var clauseWords = map[string]bool{
	"which": true, "that": true, "who": true, "whose": true, "where": true, "if": true, "when": true,
	"shall": true, "will": true, "may": true, "must": true, "processes": true, "process": true,
	"qui": true, "que": true, "dont": true, "lesquelles": true, "lesquels": true, "si": true, "lorsque": true,
	"traite": true, "traitera": true, "doit": true, "peut": true,
}

// controllerDecision is what outsideRef returns for particulars left to the
// controller to fix later; deferReason words its finding from it.
const controllerDecision = "the controller's later decision"

// outsideRef returns what folded sentence f (with label body, "" when none)
// defers its content to: an instrument outside the document ("the order
// form"), "the controller" when it leaves the content to the controller's
// later decision, or "" when it does neither.
func outsideRef(f, body, lang string) string {
	pred, subj, party, whole := deferPredEN, deferSubjEN, deferPartyEN, deferBodyEN
	if lang == "fr" {
		pred, subj, party, whole = deferPredFR, deferSubjFR, deferPartyFR, deferBodyFR
	}
	for _, s := range []string{f, body} {
		if s == "" {
			continue
		}
		if m := pred.FindStringSubmatch(s); m != nil && plainSubject(m[pred.SubexpIndex("subj")]) {
			return m[pred.SubexpIndex("instr")]
		}
		if m := subj.FindStringSubmatch(s); m != nil {
			return m[subj.SubexpIndex("instr")]
		}
		if m := party.FindStringSubmatch(s); m != nil && plainSubject(m[party.SubexpIndex("subj")]) {
			return controllerDecision
		}
	}
	if body != "" {
		partyBody := deferPartyBodyEN
		if lang == "fr" {
			partyBody = deferPartyBodyFR
		}
		if partyBody.MatchString(body) {
			return controllerDecision
		}
		if m := whole.FindStringSubmatch(body); m != nil {
			return m[whole.SubexpIndex("instr")] + m[whole.SubexpIndex("instr2")]
		}
	}
	return ""
}

// plainSubject reports whether the words before a deferral are one noun
// phrase: no relative pronoun, conjunction of clauses or finite verb.
func plainSubject(s string) bool {
	for _, w := range strings.Fields(s) {
		if clauseWords[w] {
			return false
		}
	}
	return true
}

// Many agreements restate the definitions of Article 4 GDPR ("'Processing'
// means any operation or set of operations ...", « Traitement : toute
// opération ... », "Controller: the natural or legal person which ...
// determines the purposes and means"). A definition of a term of the law
// describes the law, not this processing: it names operations, purposes,
// data and persons in general. A definition of the contract's own term
// ("'Relocation Services' means collecting ...") is no such definition.

// lawTermRe is a term the GDPR defines, as a definitions entry names it.
var lawTermRe = regexp.MustCompile(`^(?:the |le |la |les |l')?(?:personal data|data|processing|process|controller|data controller|processor|data processor|data subjects?|sub-?processors?|(?:personal )?data breach|personal data breach|security incident|supervisory authority|third party|recipient|consent|pseudonymi[sz]ation|profiling|special categories(?: of (?:personal )?data)?|transfer|restriction of processing|` +
	`donnees(?: a caractere personnel| personnelles)?|traitement|responsable (?:du |de )?traitement|sous-traitants?(?: ulterieurs?)?|personnes? concernees?|violations? de(?:s)? donnees(?: a caractere personnel| personnelles)?|autorite de controle|destinataire|tiers|consentement|pseudonymisation|profilage|categories particulieres de donnees|transfert(?: de donnees)?)$`)

// lawDefRe is the wording of an Article 4 definition itself.
var lawDefRe = regexp.MustCompile(`\bany operation or (?:a )?set of operations\b|\bany information relating to an? (?:identified or identifiable|natural person)|\bnatural or legal person, public authority, agency or (?:any )?other body\b|\balone or jointly with others,? determines? the purposes and means\b|\bbreach of security leading to\b|` +
	`\btoute operation ou (?:tout )?ensemble d'operations\b|\btoute information se rapportant a une personne physique\b|\bpersonne physique ou morale, l'autorite publique\b|\bseul ou conjointement avec d'autres,? determine les finalites\b|\bviolation de la securite entrainant\b`)

// universalRe opens a definition of the law's kind: "any information ...",
// « toute opération ... ». A definition that lists this contract's own data
// ("Personal Data: name, e-mail and bank details of the users") states them.
var universalRe = regexp.MustCompile(`^(?:(?:shall )?means? |designe |signifie |s'entend(?: de)? )?(?:any|all|every|each|toute?|tous|toutes|chaque|n'importe quel(?:le)?)\b`)

// definiendumRe is a quoted term a sentence defines: '"processing" means'.
var definiendumRe = regexp.MustCompile(`^"([^"]{2,60})"\s*(?:\([^)]*\)\s*)?(?:means|shall mean|has the meaning|have the meaning|refers to|designe|signifie|s'entend)\b`)

// definitionsHeadingRe is the heading of a definitions section.
var definitionsHeadingRe = regexp.MustCompile(`\b(?:definitions?|interpretation|defined terms|termes? (?:definis|rgpd|gdpr)|glossaire|glossary)\b`)

// lawDefinitions marks, per sentence, a definition of a term of the GDPR:
// the wording of Article 4 itself, or a definition in the law's manner ("any
// ...", « toute ... ») of a term the GDPR defines, quoted ('"Processing"
// means any ...') or as an entry of a definitions section.
func lawDefinitions(d *doc.Document, sents []sentence) []bool {
	// inDefs[bi]: block bi is under a definitions heading.
	inDefs := make([]bool, len(d.Blocks))
	var stack []int // levels of the open headings whose text names definitions (-level when not)
	for bi, b := range d.Blocks {
		if b.Kind == doc.Heading {
			for len(stack) > 0 && abs(stack[len(stack)-1]) >= b.Level {
				stack = stack[:len(stack)-1]
			}
			l := b.Level
			if !definitionsHeadingRe.MatchString(fold(b.Text)) {
				l = -l
			}
			stack = append(stack, l)
			continue
		}
		for _, l := range stack {
			inDefs[bi] = inDefs[bi] || l > 0
		}
	}
	out := make([]bool, len(sents))
	for i, s := range sents {
		if lawDefRe.MatchString(s.folded) {
			out[i] = true
			continue
		}
		term, body := "", ""
		if m := definiendumRe.FindStringSubmatchIndex(s.folded); m != nil {
			term, body = strings.Trim(s.folded[m[2]:m[3]], labelTrim), s.folded[m[1]:]
		} else if inDefs[s.block] && s.labels != nil && d.Blocks[s.block].Kind != doc.Heading {
			term, body = s.labels[0], s.labelBody
		}
		out[i] = term != "" && lawTermRe.MatchString(term) && universalRe.MatchString(strings.TrimSpace(body))
	}
	return out
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}
