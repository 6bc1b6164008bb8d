package lint

import (
	"strings"
	"testing"

	"github.com/dpatool/dpa/diag"
)

// An enumeration whose lead-in holds the subject and ends in a colon, each
// item holding only the predicate, is read item by item joined to its
// lead-in: the words a part needs may stand half in each. Near-misses: a
// lead-in that names no one the item's duty can bind, a negated lead-in, and
// items after a sentence that is no lead-in.
var leadInCases = []snippet{
	{"confidentiality", "en lettered items in one paragraph", "B5. The Contractor shall ensure that its enforcement officers, back-office staff and any other personnel who have access to the Council's data:\n(a) are bound by written duties of secrecy;\n(b) have undertaken adequate training; and\n(c) access only the data they need.", Options{}, diag.Present},
	{"confidentiality", "en bullet list under a lead-in paragraph", "The Supplier shall ensure that every person who handles the recordings:\n\n- has signed a written confidentiality undertaking;\n- is trained once a year.", Options{}, diag.Present},
	{"confidentiality", "fr liste sous une phrase d'introduction", "Le Prestataire veille à ce que les personnes qui accèdent aux données :\n\n- soient tenues au secret professionnel ;\n- suivent une formation annuelle.", Options{}, diag.Present},
	{"controller-rights", "fr le responsable du traitement : items", "Le Client :\n\n1. veille au respect du RGPD pendant toute la durée du traitement ;\n2. dispose du droit de procéder aux audits prévus à l'article 12 et de résilier le contrat en cas de manquement grave.", Options{}, diag.Present},
	// near-misses
	{"confidentiality", "en the lead-in names no person", "The Supplier shall keep the following confidential:\n\n- the prices;\n- the volumes of parcels.", Options{}, diag.Missing},
	{"confidentiality", "en negated lead-in", "The Supplier is not required to ensure that its drivers:\n\n- are bound by duties of secrecy;\n- are trained.", Options{}, diag.Missing},
	{"confidentiality", "en no colon: the item is a sentence of its own", "The Supplier employs twelve drivers and two dispatchers. Are bound by secrecy; the rest is in the handbook.", Options{}, diag.Missing},
}

func TestLeadInItems(t *testing.T) { checkSnippets(t, leadInCases) }

// leadIns joins an item to the sentence ending in a colon above it, across
// items ending in ';', and not across a sentence that ends otherwise.
func TestLeadIns(t *testing.T) {
	rs := mustRules(t)
	for _, c := range []struct {
		src  string
		item string // folded start of the item
		lead string // folded start of the lead-in; "" for none
	}{
		{"The Supplier shall ensure that its staff:\n(a) are trained;\n(b) are bound by secrecy.", "are bound", "the supplier shall ensure"},
		{"The Supplier shall ensure that its staff:\n\n- are trained;\n- are bound by secrecy.", "are bound", "the supplier shall ensure"},
		{"The Supplier trains its staff. They are bound by secrecy.", "they are bound", ""},
		{"Note: the staff are trained. They are bound by secrecy.", "they are bound", ""},
	} {
		tx := prepare(mdDoc(t, c.src), rs)
		found := false
		for i, s := range tx.sentences {
			if !strings.HasPrefix(s.folded, c.item) {
				continue
			}
			found = true
			j := tx.leadOf[i]
			switch {
			case c.lead == "" && j >= 0:
				t.Errorf("%q: item joined to %q, want no lead-in", c.src, tx.sentences[j].folded)
			case c.lead != "" && (j < 0 || !strings.HasPrefix(tx.sentences[j].folded, c.lead)):
				t.Errorf("%q: lead-in %d, want one opening %q", c.src, j, c.lead)
			}
		}
		if !found {
			t.Errorf("%q: no sentence opens %q", c.src, c.item)
		}
	}
}

// A role capitalised as a defined term is no name of a party, and a party
// named like a body of law ("the Union", a trade union) keeps that name
// where it names the law.
func TestAliasRolesAndLaw(t *testing.T) {
	rs := mustRules(t)
	fr := mdDoc(t, "Entre l'ASBL Résidences du Val, ci-après dénommée « **le Responsable du traitement** », et la SRL Meuse Santé, ci-après dénommée « le Sous-traitant ».\n\nLe Sous-traitant traite les données pour le compte du Responsable du traitement.")
	for _, a := range findAliases(fr, "fr", rs) {
		if fold(a.name) == "responsable" || fold(a.name) == "sous-traitant" {
			t.Errorf("role %q read as a party's name", a.name)
		}
	}
	union := []alias{{name: "Union", re: aliasRe("Union")}}
	for _, c := range []struct{ lang, in, want string }{
		{"en", "If the Vendor is required by Union or Member State law to process the data, it shall inform the Union first.", "If the Vendor is required by Union or Member State law to process the data, it shall inform the controller first."},
		{"en", "Union law may require it; the Union's officers decide.", "Union law may require it; the controller's officers decide."},
		{"fr", "sauf obligation du droit de l'Union ; l'Union en est informée.", "sauf obligation du droit de l'Union ; le responsable du traitement en est informée."},
		// near-miss: the party, not the law
		{"en", "The Union and the Vendor agree.", "The controller and the Vendor agree."},
	} {
		if got := substitute(c.in, c.lang, union); !strings.EqualFold(got, c.want) {
			t.Errorf("substitute(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A two-column table whose labels stand in its second column ("Storing
// player records ... | Nature") is read with the second cell as the label.
// Near-misses: a label-first table and a table of providers keep their
// reading.
var lastColumnCases = []snippet{
	{"nature", "en label in the last column", "| Information | Item |\n|---|---|\n| Storing player records, importing tournament reports and calculating ratings | Nature |\n| Running the national rating system | Purpose |\n| Registered players and arbiters | Data subjects |", Options{}, diag.Present},
	{"purpose", "en label in the last column, purpose", "| Information | Item |\n|---|---|\n| Storing player records, importing tournament reports and calculating ratings | Nature |\n| Running the national rating system | Purpose |\n| Registered players and arbiters | Data subjects |", Options{}, diag.Present},
	{"data-subjects", "fr libellé en dernière colonne", "| Description | Rubrique |\n|---|---|\n| Hébergement, sauvegarde et consultation des dossiers | Nature du traitement |\n| Les adhérents du club et leurs parents | Personnes concernées |", Options{}, diag.Present},
	// near-misses
	{"nature", "en label-first table unchanged", "| Item | Information |\n|---|---|\n| Nature | Storing player records and calculating ratings |\n| Purpose | Running the national rating system |", Options{}, diag.Present},
	{"nature", "en one label in the last column is not enough", "| Provider | Role |\n|---|---|\n| Hostco Ltd, Dublin | Hosting |\n| Mailco SAS, Lyon | Nature |", Options{}, diag.Missing},
}

func TestLastColumnLabels(t *testing.T) { checkSnippets(t, lastColumnCases) }

// Rule-side: staff confidentiality, instructions, legal-requirement notice.
var rules13cCases = []snippet{
	// a duty of confidence is confidentiality by its common-law name
	{"confidentiality", "en duty of confidence", "The Contractor shall ensure that warehouse operatives and IT staff who handle Client Data are subject to a duty of confidence set out in their contract of employment.", Options{}, diag.Present},
	{"confidentiality", "en each + any noun, secret", "Each rider signs the cooperative's code of conduct, which includes an undertaking to keep recipients' data secret during and after membership.", Options{}, diag.Present},
	{"confidentiality", "fr chaque + any noun", "Chaque téléopérateur signe, à son embauche, une clause de confidentialité couvrant les informations entendues pendant les appels.", Options{}, diag.Present},
	{"confidentiality", "en we have both signed", "There are two of us. We have both signed confidentiality agreements with the partnership.", Options{}, diag.Present},
	// near-misses: parties are no staff; a duty of care is no confidentiality
	{"confidentiality", "en each party", "Each party shall keep the prices and volumes of the order form confidential.", Options{}, diag.Missing},
	{"confidentiality", "en each party signs", "Each party signs a non-disclosure agreement covering the other's business plans.", Options{}, diag.Missing},
	{"confidentiality", "fr chaque partie", "Chaque partie s'engage à garder confidentiels les tarifs du contrat.", Options{}, diag.Missing},
	{"confidentiality", "en duty of care", "The Contractor's staff are subject to a duty of care towards residents.", Options{}, diag.Missing},
	{"confidentiality", "en code of conduct without secrecy stays weak", "Our staff sign the cooperative's code of conduct and treat recipients with care.", Options{}, diag.Weak},

	// « instruction » in the singular limits the processing as the plural does
	{"instructions", "fr uniquement sur instruction écrite", "La Régie agit uniquement sur instruction écrite de l'Éditeur, y compris en matière de transfert de données hors de l'Union européenne.", Options{}, diag.Present},
	{"instructions", "fr sur instruction, sans « uniquement »", "La Régie agit sur instruction écrite de l'Éditeur, y compris en matière de transfert de données hors de l'Union européenne.", Options{}, diag.Weak},

	// Article 28(3)(a)'s legal requirement in its own words and in French nouns
	{"legal-requirement-notice", "en law to which X is subject requires", "If Union or Member State law to which the Crew Managers are subject requires any other processing, the Crew Managers shall inform the Owners of that legal requirement before processing, unless that law prohibits such information.", Options{}, diag.Present},
	{"legal-requirement-notice", "en a rule of Union or Dutch law", "When the Processor is obliged by a rule of Union or Dutch law to process otherwise, it informs the Controller about this before the processing, except if that law forbids such communication.", Options{}, diag.Present},
	{"legal-requirement-notice", "en trade union named Union", "The Vendor provides the membership system to the trade union (the \"Union\"), acting as processor of the Union. If the Vendor is required by Union or Member State law to which it is subject to process the data beyond those instructions, it shall inform the Union of that legal requirement before processing.", Options{}, diag.Present},
	{"legal-requirement-notice", "fr une obligation légale nous impose", "Si une obligation légale nous impose un autre traitement, nous vous en informons avant de traiter, sauf interdiction légale pour un motif important d'intérêt public.", Options{}, diag.Present},
	{"legal-requirement-notice", "fr sauf obligation légale", "Le Tiers-Archiveur ne traite les données que sur instruction documentée du Déposant, sauf obligation légale du droit de l'Union ou du droit français ; dans ce cas il informe le Déposant de cette obligation avant le traitement.", Options{}, diag.Present},
	// near-misses: a duty to keep records is no other processing
	{"legal-requirement-notice", "fr obligation de conservation", "Si une obligation légale nous impose de conserver les factures, nous vous en informons avant de traiter.", Options{}, diag.Weak},
	{"legal-requirement-notice", "en notice with no law", "The Processor informs the Controller before it processes the data in a new way.", Options{}, diag.Weak},
}

func TestRules13c(t *testing.T) { checkSnippets(t, rules13cCases) }

// An amendment that keeps clauses of an earlier agreement in force without
// reproducing them, naming their topics, makes those requirements weak even
// where nothing in it states them (the rule's topics:). Near-misses: a
// clause of the earlier agreement deleted, not kept; a clause named by
// another topic; a topic kept where the document states it.
var keptTopicCases = []snippet{
	{"instructions", "en kept by its topic", "This addendum updates the 2018 DPA for the migration service. Clause 2 (Instructions), clause 3 (Confidentiality of personnel) and clause 5 (assistance with data subject requests and with the controller's obligations) of the 2018 DPA remain in force unchanged and are not reproduced in this addendum.", Options{}, diag.Weak},
	{"confidentiality", "en kept by its topic", "This addendum updates the 2018 DPA for the migration service. Clause 2 (Instructions), clause 3 (Confidentiality of personnel) and clause 5 (assistance with data subject requests and with the controller's obligations) of the 2018 DPA remain in force unchanged and are not reproduced in this addendum.", Options{}, diag.Weak},
	{"assist-compliance", "en kept by its topic", "This addendum updates the 2018 DPA for the migration service. Clause 2 (Instructions), clause 3 (Confidentiality of personnel) and clause 5 (assistance with data subject requests and with the controller's obligations) of the 2018 DPA remain in force unchanged and are not reproduced in this addendum.", Options{}, diag.Weak},
	{"instructions", "fr demeurent applicables sans changement", "Le présent avenant ajoute la reprise des données des lecteurs. Les articles 2 (instructions), 3 (confidentialité) et 7 (audits) de l'accord initial demeurent applicables sans changement.", Options{}, diag.Weak},
	{"confidentiality", "fr demeurent applicables sans changement", "Le présent avenant ajoute la reprise des données des lecteurs. Les articles 2 (instructions), 3 (confidentialité) et 7 (audits) de l'accord initial demeurent applicables sans changement.", Options{}, diag.Weak},
	// near-misses
	{"controller-rights", "en the controller's obligations name the assistance clause", "This addendum updates the 2018 DPA for the migration service. Clause 5 (assistance with data subject requests and with the controller's obligations) of the 2018 DPA remains in force unchanged.", Options{}, diag.Missing},
	{"instructions", "en deleted, not kept", "This addendum updates the 2018 DPA. Clause 2 (Instructions) of the 2018 DPA is deleted.", Options{}, diag.Missing},
	{"instructions", "en kept but stated in full", "Clause 2 (Instructions) of the 2018 DPA remains in force unchanged. The Supplier processes the data only on the documented instructions of the Customer, including with regard to transfers to third countries.", Options{}, diag.Present},
}

func TestKeptTopics(t *testing.T) { checkSnippets(t, keptTopicCases) }

// A bracket opening a word is no numbering: "Clause 2 (Instructions) ..."
// keeps its "(i".
func TestNumberingBracket(t *testing.T) {
	for in, want := range map[string]string{
		"clause 2 (instructions) of the dpa remains in force.": "(instructions) of the dpa remains in force.",
		"(iv) the supplier keeps records.":                     "the supplier keeps records.",
		"(2) the supplier keeps records.":                      "the supplier keeps records.",
		"(including its staff) the supplier keeps records.":    "(including its staff) the supplier keeps records.",
	} {
		if got := stripNumbering(in); got != want {
			t.Errorf("stripNumbering(%q) = %q, want %q", in, got, want)
		}
	}
}

// The notice of an infringing instruction in the grammar contracts use: the
// instruction in plain words, as the subject of the infringing verb, or
// "against the law"; "flag" and "say so" are telling. Near-misses: a right to
// refuse with no notice, a flag that is no notice of an infringement.
var infringingCases = []snippet{
	{"infringing-instruction", "en something you ask us to do", "If we think something you ask us to do breaks data protection law, we'll tell you straight away and won't do it until we've talked it through.", Options{}, diag.Present},
	{"infringing-instruction", "en against the legislation", "If the Processor considers that an instruction of the Customer is against the data protection legislation, it informs the Customer without delay.", Options{}, diag.Present},
	{"infringing-instruction", "en instruction as the subject", "Should an instruction in the Agent's view breach the GDPR or Italian data protection law, the Agent shall say so to the Principal without delay.", Options{}, diag.Present},
	{"infringing-instruction", "en flag", "The Vendor will promptly flag any instruction it considers unlawful.", Options{}, diag.Present},
	// near-misses
	{"infringing-instruction", "en refusal with no notice", "If an instruction breaches the GDPR, the Processor may refuse to carry it out.", Options{}, diag.Missing},
	{"infringing-instruction", "en flag of a delay", "The Vendor will flag any delay in carrying out the instructions.", Options{}, diag.Missing},
}

func TestInfringingGrammar(t *testing.T) { checkSnippets(t, infringingCases) }
