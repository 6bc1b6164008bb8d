package lint

import (
	"regexp"
	"slices"

	"github.com/dpatool/dpa/clauses"
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
