package lint

import (
	"regexp"
	"strings"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/lint/doc"
)

// Contracts name their parties as they like: "the Laboratory", "the Insurer",
// "l'Éditeur", "le Propriétaire". The rules speak of the processor and the
// controller through the vocabularies {processor} and {controller}, which cannot
// list every name a drafter chooses. So the linter reads the roles the contract
// itself declares ("(the "Laboratory"), acting as processor", "Le Propriétaire est
// responsable du traitement") and reads each later use of such a name as the
// role it stands for.

// alias is a contract's own name for one of its parties.
type alias struct {
	name      string // as written in the contract: "Laboratory", "Éditeur"
	processor bool   // the name stands for the processor (else the controller)
	re        *regexp.Regexp
}

// nameRe is a defined name: one to three capitalised words.
const nameRe = `\p{Lu}[\p{L}'’-]*(?: \p{Lu}[\p{L}'’-]*){0,2}`

// roleRe is the role a contract gives a party.
const roleRe = `(?i:the |a |an |its |le |un |son |en )?(?i:sole |seul )?(?i:data )?((?i:processor|controller|sous-traitant|responsable (?:du |de )?traitement))`

var (
	// (the "Laboratory"), acting as processor / ci-après « l'Éditeur », sous-traitant
	aliasDefRe = regexp.MustCompile(`["“”«]\s*\**\s*(?:(?i:the|le|la) |(?i:l)['’])?(` + nameRe + `)\**\s*["“”»]\s*\)?,?\s*(?:(?i:acting|agissant|intervenant|being)\s+)?(?i:as|en (?:sa )?qualité de|en tant que|in (?:its|the) capacity (?:as|of)|qui a la qualité de)?\s*` + roleRe + `\b`)
	// (the "Agency") handles attendee data as processor / (l'« Éditeur ») traite
	// les données en qualité de sous-traitant: only lower-case words between, so
	// "(the "Customer") appoints the Supplier as processor" is not read.
	aliasDefVerbRe = regexp.MustCompile(`["“”«]\s*\**\s*(?:(?i:the|le|la) |(?i:l)['’])?(` + nameRe + `)\**\s*["“”»]\s*\)?,?\s*(?i:handles|processes|holds|stores|hosts|receives|traite|héberge|reçoit)\s+(?:[\p{Ll}'’-]+\s+){0,4}?(?i:as|en (?:sa )?qualité de|en tant que)\s*` + roleRe + `\b`)
	// The Sponsor is the controller / le Prestataire est son sous-traitant
	aliasIsRe = regexp.MustCompile(`(?:^|[\s(])(?:(?i:the|le|la) |(?i:l)['’])?(` + nameRe + `) (?i:is|remains|acts as|shall act as|will act as|acts in its capacity as|est|reste|demeure|agit en qualité de|agit en tant que|intervient en qualité de|a la qualité de)\s+` + roleRe + `\b`)
	// L'Établissement, responsable du traitement, définit ... / The Region, as
	// controller, may ...: the role set between commas after the name.
	aliasApposRe = regexp.MustCompile(`(?:^|[\s(])(?:(?i:the|le|la) |(?i:l)['’])?(` + nameRe + `), (?:(?i:as|acting as|in its capacity as|en (?:sa )?qualité de|agissant en qualité de|en tant que) )?` + roleRe + `(?: (?i:within the meaning of|under|au sens (?:du|de)) [^,]{1,40})?,`)
	// "the Council" means Kilbrack County Council as controller / « l'Office »
	// désigne l'Office des Forêts en qualité de responsable du traitement
	aliasMeansRe = regexp.MustCompile(`["“”«]\s*\**\s*(?:(?i:the|le|la) |(?i:l)['’])?(` + nameRe + `)\**\s*["“”»]\s+(?i:means|désigne)\s+[^.;"“”«»]{0,120}?\s(?i:as|en (?:sa )?qualité de|en tant que)\s+` + roleRe + `\b`)
	// ... and the Operator its processor / ... et l'Agent son sous-traitant
	aliasEllipsisRe = regexp.MustCompile(`\b(?i:and|et) (?:(?i:the|le|la) |(?i:l)['’])?(` + nameRe + `),? (?i:its|son|sa) ((?i:processor|controller|sous-traitant|responsable (?:du |de )?traitement))\b`)
	// The Administrator shall process Claims Data ... on the Insurer's behalf /
	// l'Éditeur traite, pour le compte du Laboratoire, ...
	aliasBehalfRe = regexp.MustCompile(`(?:^|[\s(])(?:(?i:the|le|la) |(?i:l)['’])?(` + nameRe + `) (?i:shall |will |may |must |doit |peut )?(?i:process|processes|traite|traitera)\b[^.;]{0,200}?(?i:on behalf of (?:the )?|pour le compte (?:du |de la |de l['’]|d['’])|on (?:the )?)(` + nameRe + `)(['’]s behalf)?`)
	// the processing by the Agency on behalf of the Council / le traitement par la
	// Régie, pour le compte du Propriétaire
	aliasByRe = regexp.MustCompile(`(?i:processing|processed|traitement|traitées?|traités)\b[^.;]{0,80}?\b(?i:by|par) (?:(?i:the|le|la) |(?i:l)['’])?(` + nameRe + `),? (?i:on behalf of (?:the )?|pour le compte (?:du |de la |de l['’]|d['’]))(` + nameRe + `)`)
	// The Charity decides the purposes and means of the processing / la Commune
	// détermine les finalités et les moyens du traitement: the definition of a
	// controller (Article 4(7)) stated of a named party.
	aliasDecidesRe = regexp.MustCompile(`(?:^|[\s(])(?:(?i:the|le|la) |(?i:l)['’])?(` + nameRe + `),? (?i:alone |solely |seule? |only )?(?i:decides|determines|defines|sets|décide|détermine|définit|fixe)(?i: seule?)? (?i:the |les )?(?i:purposes?|finalités) (?i:and|et) (?i:the |les )?(?i:means|moyens)\b`)
	// ("we", "us", "ScribeLoop") / ("you", the "Practice")
	aliasGroupRe = regexp.MustCompile(`\(([^()]{0,160})\)`)
	quotedRe     = regexp.MustCompile(`["“”«]\s*\**\s*(?:(?i:the|le|la) |(?i:l)['’])?([\p{L}][\p{L}'’ -]{0,40}?)\**\s*["“”»]`)
)

// notNames are capitalised words that open a sentence but name no party.
var notNames = map[string]bool{
	"it": true, "he": true, "she": true, "this": true, "each": true, "either": true, "party": true,
	"parties": true, "which": true, "who": true, "il": true, "elle": true, "chaque": true, "partie": true,
	"ce": true, "cette": true, "celui-ci": true, "celle-ci": true, "we": true, "you": true, "nous": true,
	"vous": true, "there": true, "that": true, "such": true, "any": true, "no": true, "neither": true,
}

// roleNames are the roles themselves, capitalised as a defined term ("the
// Processor", « le Responsable du traitement »): the rules already read them,
// and « Responsable » read as a name would turn « le Responsable du
// traitement » into « le responsable du traitement du traitement ».
var roleNames = map[string]bool{
	"responsable": true, "sous-traitant": true, "processor": true, "controller": true,
	"data processor": true, "data controller": true, "responsable du traitement": true,
	"responsable de traitement": true,
}

// leadWords open a sentence before a party's name.
var leadWords = map[string]bool{
	"when": true, "where": true, "if": true, "whereas": true, "and": true, "but": true, "as": true,
	"while": true, "since": true, "because": true, "once": true, "then": true, "thus": true,
	"lorsque": true, "quand": true, "si": true, "et": true, "mais": true, "comme": true, "dès": true,
	"the": true, "le": true, "la": true, "les": true,
}

// findAliases reads the roles a document declares for the names it gives its
// parties. Names the vocabularies already read ("Customer", "Vendor") are left
// alone, as is a name given both roles.
func findAliases(d *doc.Document, lang string, rs *clauses.Rules) []alias {
	roles := map[string]int{} // name -> 1 processor, 2 controller, 3 both
	var order []string
	add := func(name, role string) {
		name = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(name), "'s"), "’s")
		// A capitalised word opening the sentence is not part of the name:
		// "When GitHub processes ..." names "GitHub".
		for {
			w, rest, ok := strings.Cut(name, " ")
			if !ok || !leadWords[strings.ToLower(w)] {
				break
			}
			name = rest
		}
		f := fold(name)
		if name == "" || notNames[f] || roleNames[f] || rs.PartyWord(lang, f) {
			return
		}
		r := 2
		if strings.HasPrefix(strings.ToLower(role), "processor") || strings.HasPrefix(strings.ToLower(role), "sous-traitant") {
			r = 1
		}
		if _, ok := roles[name]; !ok {
			order = append(order, name)
		}
		roles[name] |= r
	}
	for _, b := range d.Blocks {
		text := b.Text
		// The patterns are costly; most blocks name no role and are skipped.
		low := strings.ToLower(text)
		roleWord := strings.Contains(low, "processor") || strings.Contains(low, "controller") ||
			strings.Contains(low, "sous-traitant") || strings.Contains(low, "responsable")
		behalf := strings.Contains(low, "behalf") || strings.Contains(low, "pour le compte")
		decides := strings.Contains(low, "means") || strings.Contains(low, "moyens")
		if !roleWord && !behalf && !decides && !strings.Contains(text, "(") {
			continue
		}
		if decides {
			for _, m := range aliasDecidesRe.FindAllStringSubmatch(text, -1) {
				add(m[1], "controller")
			}
		}
		for _, re := range []*regexp.Regexp{aliasDefRe, aliasDefVerbRe, aliasIsRe, aliasApposRe, aliasMeansRe} {
			if !roleWord {
				break
			}
			for _, m := range re.FindAllStringSubmatchIndex(text, -1) {
				// "sous-traitant ultérieur" is a sub-processor, not the processor.
				rest := strings.ToLower(text[m[5]:])
				if strings.HasPrefix(rest, " ultérieur") || strings.HasPrefix(rest, " ulterieur") || strings.HasPrefix(rest, " secondaire") {
					continue
				}
				add(text[m[2]:m[3]], text[m[4]:m[5]])
			}
		}
		if behalf || roleWord {
			for _, m := range aliasByRe.FindAllStringSubmatch(text, -1) {
				add(m[1], "processor")
				add(m[2], "controller")
			}
			for _, m := range aliasEllipsisRe.FindAllStringSubmatch(text, -1) {
				add(m[1], m[2])
			}
			for _, m := range aliasBehalfRe.FindAllStringSubmatchIndex(text, -1) {
				// "on the Insurer's behalf" or "on behalf of the Insurer"; a bare
				// "on the X" is no role.
				before := strings.ToLower(text[:m[4]])
				name := text[m[4]:m[5]]
				saysBehalf := m[6] >= 0
				if n := strings.TrimSuffix(strings.TrimSuffix(name, "'s"), "’s"); n != name {
					name, saysBehalf = n, strings.HasPrefix(text[m[5]:], " behalf")
				}
				if !saysBehalf && (strings.HasSuffix(before, "on the ") || strings.HasSuffix(before, "on ")) {
					continue
				}
				add(text[m[2]:m[3]], "processor")
				add(name, "controller")
			}
		}
		for _, g := range aliasGroupRe.FindAllStringSubmatch(text, -1) {
			var names []string
			role := ""
			for _, q := range quotedRe.FindAllStringSubmatch(g[1], -1) {
				switch strings.ToLower(strings.TrimSpace(q[1])) {
				case "we", "us", "our", "nous":
					role = "processor"
				case "you", "your", "vous":
					role = "controller"
				default:
					names = append(names, q[1])
				}
			}
			if role == "" {
				continue
			}
			for _, n := range names {
				if regexp.MustCompile(`^` + nameRe + `$`).MatchString(strings.TrimSpace(n)) {
					add(n, role)
				}
			}
		}
	}
	// A contract between two parties that gives one of them a role gives the
	// other the other role: "la Commune" and "le Titulaire" (a processor word)
	// make the Commune the controller.
	if ps := preambleNames(d); len(ps) == 2 {
		role := func(n string) int {
			if r, ok := roles[n]; ok {
				return r
			}
			p, c := rs.PartyRole(lang, fold(n))
			switch {
			case p && !c:
				return 1
			case c && !p:
				return 2
			}
			return 0
		}
		for i, n := range ps {
			other := ps[1-i]
			if role(n) == 0 && !rs.PartyWord(lang, fold(n)) && !notNames[fold(n)] {
				switch role(other) {
				case 1:
					add(n, "controller")
				case 2:
					add(n, "processor")
				}
			}
		}
	}
	var out []alias
	for _, name := range order {
		r := roles[name]
		if r == 3 {
			continue
		}
		out = append(out, alias{name: name, processor: r == 1, re: aliasRe(name)})
	}
	return out
}

// aliasRe matches a use of name with its article: "the Laboratory", « du
// Laboratoire », "**Laboratory**".
func aliasRe(name string) *regexp.Regexp {
	return regexp.MustCompile(`(^|[^\p{L}\p{N}])((?i:the|le|la|du|au|de la|à la|a la)\s+|(?i:de l|à l|a l|l|d)['’])?\**` + regexp.QuoteMeta(name) + `\**([^\p{L}\p{N}]|$)`)
}

// substitute rewrites each use of an alias in s as the role it stands for, in the
// words the rules use: "the Laboratory's staff" reads "the processor's staff",
// "du Laboratoire" reads "du responsable du traitement".
func substitute(s, lang string, as []alias) string {
	for _, a := range as {
		if !strings.Contains(s, a.name) {
			continue
		}
		noun := "controller"
		if a.processor {
			noun = "processor"
		}
		if lang == "fr" {
			noun = "responsable du traitement"
			if a.processor {
				noun = "sous-traitant"
			}
		}
		// A name that is also the name of a body of law ("the Union", a
		// trade union) is kept where it names the law: "Union or Member
		// State law", « le droit de l'Union ».
		var b strings.Builder
		last := 0
		for _, ix := range a.re.FindAllStringIndex(s, -1) {
			at := ix[0] + strings.Index(s[ix[0]:ix[1]], a.name)
			if namesLaw(s[:at], s[at+len(a.name):]) {
				continue
			}
			b.WriteString(s[last:ix[0]])
			b.WriteString(replaceAlias(a, s[ix[0]:ix[1]], noun, lang))
			last = ix[1]
		}
		b.WriteString(s[last:])
		s = b.String()
	}
	return s
}

// lawAfterRe follows a name that is part of the name of a body of law:
// "Union law", "Union or Member State law", "Union or Dutch law".
var lawAfterRe = regexp.MustCompile(`^\**(?i:,? (?:(?:or|and) (?:of )?(?:the )?(?:[\p{L}-]+ ){0,2}?)?(?:law|laws|legislation)\b|,? (?:or|and) (?:the )?member states?\b)`)

// lawBeforeRe precedes one: « droit de l'Union », « législation de l'Union ».
var lawBeforeRe = regexp.MustCompile(`(?i:(?:droit|législation|legislation|réglementation|reglementation|lois?) (?:de l['’]|de la |du ))\**$`)

// namesLaw reports whether the name between before and after is part of
// the name of a body of law.
func namesLaw(before, after string) bool {
	return lawAfterRe.MatchString(after) || lawBeforeRe.MatchString(before)
}

// replaceAlias rewrites one use m of alias a as the role noun, keeping the
// article French needs.
func replaceAlias(a alias, m, noun, lang string) string {
	sm := a.re.FindStringSubmatch(m)
	art := strings.ToLower(strings.TrimSpace(sm[2]))
	art = strings.TrimRight(art, "'’")
	if lang != "fr" {
		return sm[1] + "the " + noun + sm[3]
	}
	switch art {
	case "du", "de la", "de l", "d":
		art = "du "
	case "au", "à la", "a la", "à l", "a l":
		art = "au "
	default:
		art = "le "
	}
	return sm[1] + art + noun + sm[3]
}

// preambleBlocks is how far into a document the parties are introduced.
const preambleBlocks = 8

// definedRe is a name defined in the text: (the "Agency"), ci-après « la Commune »,
// hereinafter "Supplier".
// Plain-ASCII French drops the accent ("ci-apres"), and many drafters add a
// participle ("ci-après dénommée « la Commune »", "hereinafter called").
var definedRe = regexp.MustCompile(`(?:\(|(?i:ci-apr[eè]s|ci-dessous|hereinafter|hereafter|referred to as)(?:\s+(?i:d[ée]nomm[ée]e?s?|d[ée]sign[ée]e?s?|appel[ée]e?s?|called|referred to as))?[ ,:]*)\s*(?:(?i:the|le|la) |(?i:l)['’])?["“«]\s*\**\s*(?:(?i:the|le|la) |(?i:l)['’])?(` + nameRe + `)\**\s*["”»]`)

// notPartyNames are defined terms that name no party.
var notPartyNames = map[string]bool{
	"agreement": true, "contract": true, "dpa": true, "addendum": true, "services": true, "service": true,
	"gdpr": true, "rgpd": true, "schedule": true, "annex": true, "terms": true, "parties": true, "party": true,
	"msa": true, "order": true, "sow": true, "contrat": true, "accord": true, "convention": true,
	"avenant": true, "marche": true, "prestations": true, "prestation": true, "donnees": true, "data": true,
	"exhibit": true, "appendix": true, "annexe": true, "platform": true, "solution": true, "application": true,
	"software": true, "logiciel": true, "plateforme": true, "main agreement": true, "principal agreement": true,
	"regulation": true, "reglement": true, "clauses": true, "scc": true, "sccs": true, "uk gdpr": true,
}

// preambleNames returns the distinct names the first blocks of d define.
func preambleNames(d *doc.Document) []string {
	var out []string
	seen := map[string]bool{}
	for bi, b := range d.Blocks {
		// The parties are introduced before the first clause: names defined under
		// a heading once two are known ("the import from its legacy database
		// ("Legacy System")") are terms of the clauses, not parties.
		if bi >= preambleBlocks || b.Kind == doc.Heading && len(out) >= 2 {
			break
		}
		for _, m := range definedRe.FindAllStringSubmatch(b.Text, -1) {
			n := strings.TrimSpace(m[1])
			f := fold(n)
			if seen[n] || notPartyNames[f] {
				continue
			}
			seen[n] = true
			out = append(out, n)
		}
	}
	return out
}
