package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// A sentence whose subject is "it" / « il » / « elle » is read with the party
// the sentence before it (in the same block) opened with, so a part's `not:`
// that names the controller's own duties sees whose duty it is. An impersonal
// "it is agreed" / « il est convenu » / « il appartient » refers to nothing,
// and a sentence after one that opens with no party is left as it is.
var pronounSubject = []snippet{
	// the controller's own care of its log-ins is no measure of the processor
	{"security-measures-specific", "fr il = le client, ses identifiants", "Le Client choisit les codes attribués à ses vendeurs. Il est seul responsable de la sécurité de ses identifiants et de l'accès physique à sa caisse.", Options{}, diag.Missing},
	{"security-measures-specific", "fr il = le client, ses mots de passe", "Le Client paramètre lui-même ses tablettes. Il reste pleinement responsable de la sécurité de ses mots de passe.", Options{}, diag.Missing},
	{"security-measures-specific", "en it = the customer, its passwords", "The Customer runs the till software on its own premises. It is solely responsible for the security of its passwords and for physical access to its tills.", Options{}, diag.Missing},
	// near-misses: the processor as the subject keeps its measures; an
	// impersonal pronoun resolves to nothing
	{"security-measures-specific", "en it = the processor, its measures", "The Supplier hosts the till data in Frankfurt. It encrypts all backups with AES-256, enforces multi-factor authentication for its administrators and logs and monitors every access.", Options{}, diag.Present},
	{"security-measures-specific", "fr il = le prestataire, ses mesures", "Le Prestataire héberge les données en France. Il chiffre les sauvegardes en AES-256, impose une authentification à deux facteurs à ses administrateurs et journalise chaque accès.", Options{}, diag.Present},
}

func TestPronounSubject(t *testing.T) { checkSnippets(t, pronounSubject) }

// resolvePronoun reads the pronoun as the party the sentence before opened
// with, and leaves impersonal uses and sentences after no party alone.
func TestResolvePronoun(t *testing.T) {
	rs := mustRules(t)
	cases := []struct{ lang, prev, f, want string }{
		{"en", "the controller is named in the order form.", "it is responsible for the accuracy of the addresses.", "the controller is responsible for the accuracy of the addresses."},
		{"en", "customer decides on the legal basis.", "it may audit the supplier once a year.", "customer may audit the supplier once a year."},
		{"fr", "le client transmet les absences.", "il s'interdit de transmettre les arrets de travail.", "le client s'interdit de transmettre les arrets de travail."},
		{"fr", "la societe est responsable du traitement.", "elle dispose des droits d'audit.", "la societe dispose des droits d'audit."},
		// impersonal
		{"en", "the customer is the controller.", "it is agreed that the supplier keeps records.", "it is agreed that the supplier keeps records."},
		{"en", "the customer is the controller.", "it may be necessary to update the list.", "it may be necessary to update the list."},
		{"fr", "le client est responsable du traitement.", "il appartient au prestataire de controler ses systemes.", "il appartient au prestataire de controler ses systemes."},
		{"fr", "le client est responsable du traitement.", "il est convenu que les donnees restent en france.", "il est convenu que les donnees restent en france."},
		{"fr", "le client est responsable du traitement.", "il y a lieu de proceder a un audit.", "il y a lieu de proceder a un audit."},
		// the sentence before opens with no party
		{"en", "the service stores booking data in ireland.", "it may audit the logs daily.", "it may audit the logs daily."},
		{"fr", "la plateforme est hebergee en france.", "elle est sauvegardee chaque nuit.", "elle est sauvegardee chaque nuit."},
	}
	for _, c := range cases {
		if got := resolvePronoun(c.f, c.prev, c.lang, rs); got != c.want {
			t.Errorf("resolvePronoun(%q after %q) = %q, want %q", c.f, c.prev, got, c.want)
		}
	}
}

// A sentence that keeps clauses of an earlier agreement in force without
// reproducing them names their topics but states no term: the requirement is
// only referred to, so it is weak, in either language. The clause itself,
// where the document has it, is still present, and a clause that survives
// the end of the contract is no reference to another instrument.
var keptInForceCases = []snippet{
	{"data-subject-rights", "en clause of the 2018 DPA kept unchanged", "5.1 Clause 4 (Assistance with requests from data subjects to exercise their rights of access, rectification and erasure) of the 2018 DPA remains in force unchanged and is not reproduced in this Addendum.", Options{}, diag.Weak},
	{"data-subject-rights", "en the terms continue to govern", "The Data Terms continue to govern our assistance with requests from data subjects exercising their rights under Chapter III GDPR.", Options{}, diag.Weak},
	{"data-subject-rights", "fr articles de l'Accord inchangés", "Les articles 3 (confidentialité) et 7 (assistance pour les demandes d'exercice des droits des personnes concernées) de l'Accord restent inchangés.", Options{}, diag.Weak},
	{"confidentiality", "en confidentiality clause kept by reference", "Clause 3 of the Original DPA (the Vendor ensures that persons authorised to process the personal data have committed themselves to confidentiality) remains unchanged.", Options{}, diag.Weak},
	{"confidentiality", "fr article maintenu sans le reproduire", "L'article 4 du Contrat initial, qui engage le Prestataire à soumettre son personnel autorisé à une obligation de confidentialité, demeure inchangé.", Options{}, diag.Weak},
	// near-misses: the clause itself is there; a clause surviving the contract
	{"data-subject-rights", "en the clause is in the document too (present)", "The Processor shall assist the Controller in responding to requests from data subjects to exercise their rights of access, rectification and erasure.\n\nClause 4 of the 2018 DPA on data subject requests remains in force unchanged.", Options{}, diag.Present},
	{"confidentiality", "en survival after termination (present)", "The Vendor ensures that persons authorised to process the personal data have committed themselves to confidentiality; this obligation continues to apply after the end of their employment.", Options{}, diag.Present},
	{"confidentiality", "fr survie après la fin du contrat (present)", "Le Prestataire veille à ce que les personnes autorisées à traiter les données s'engagent à respecter la confidentialité ; cette obligation continue de s'appliquer après la fin du contrat.", Options{}, diag.Present},
}

func TestKeptInForce(t *testing.T) { checkSnippets(t, keptInForceCases) }

// The Chapter III rights named by their law before the noun ("a GDPR right",
// "their data protection rights") are data subjects' rights as much as
// "rights under the GDPR" are.
var rightsNamedByLaw = []snippet{
	{"data-subject-rights", "en exercise a GDPR right", "If a passenger contacts us to exercise a GDPR right, we will help you answer within the time the law allows.", Options{}, diag.Present},
	{"data-subject-rights", "en exercising their data protection rights", "The Vendor will assist the Client with requests from members exercising their data protection rights.", Options{}, diag.Present},
	// near-miss: the rights of the parties under the contract
	{"data-subject-rights", "en exercise its contractual rights (missing)", "The Client may exercise its contractual rights at any time by written notice.", Options{}, diag.Missing},
}

func TestRightsNamedByLaw(t *testing.T) { checkSnippets(t, rightsNamedByLaw) }

// A table whose first header cell is a meta word naming what each row is
// ("Catégorie", "Category", "Type") keeps its column labels when another
// header cell names a requirement; a table whose other columns are
// alternatives ("Rubrique | Mission comptable | Mission sociale") still
// carries its labels in its rows.
var kindHeaderCases = []snippet{
	{"data-subjects", "fr Catégorie | Exemples | Personnes concernées", "| Catégorie | Exemples | Personnes concernées |\n|---|---|---|\n| Identité | nom, prénom, téléphone | patients du cabinet |\n| Comptes | identifiant, rôle | praticiens et assistantes |", Options{}, diag.Present},
	{"data-subjects", "en Category | Examples | Data subjects", "| Category | Examples | Data subjects |\n|---|---|---|\n| Contact details | name, e-mail, phone | club members |\n| Payment | IBAN, mandate reference | members paying by direct debit |", Options{}, diag.Present},
	// near-miss: rows carry the labels, columns are two processings
	{"data-subjects", "fr Rubrique | Mission A | Mission B (rows labelled)", "| Rubrique | Mission comptable | Mission sociale |\n|---|---|---|\n| Personnes concernées | clients et fournisseurs du Client | salariés du Client |\n| Durée | durée de la mission | durée de la mission |", Options{}, diag.Present},
}

func TestKindHeader(t *testing.T) { checkSnippets(t, kindHeaderCases) }
