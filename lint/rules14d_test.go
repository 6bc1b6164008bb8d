package lint

import (
	"strings"
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 14 (engine14d): a breach notice deadline written in words is read by its
// value, in both languages, whether or not the digits follow in brackets and
// whatever introduces it ("within", "no later than", « au plus tard dans les »,
// « sous »). A deadline over 72 hours, or of three days or more, is weak; one of
// at most 72 hours stays present. Wordings are our own.
var rules14dNumberWordCases = []snippet{
	{"breach-notification", "fr cinq jours ouvrés", "Le Prestataire notifie au Client toute violation de données à caractère personnel au plus tard dans les cinq jours ouvrés suivant sa découverte.", Options{}, diag.Weak},
	{"breach-notification", "fr quatre-vingt-seize (96) heures", "Le Sous-traitant notifie au Responsable de traitement toute violation de données personnelles dans un délai de quatre-vingt-seize (96) heures après en avoir pris connaissance.", Options{}, diag.Weak},
	{"breach-notification", "fr soixante-dix-huit heures", "Le Prestataire informe le Client de toute violation de données à caractère personnel sous soixante-dix-huit heures.", Options{}, diag.Weak},
	{"breach-notification", "en five (5) business days", "The Processor shall notify the Controller of any Personal Data Breach no later than five (5) business days after becoming aware of it.", Options{}, diag.Weak},
	{"breach-notification", "en ninety-six hours", "The Supplier will notify the Customer of a personal data breach within ninety-six (96) hours of discovery.", Options{}, diag.Weak},
	{"breach-notification", "en ten working days", "We will inform you of any personal data breach within ten working days.", Options{}, diag.Weak},
	{"breach-notification", "en one hundred and twenty hours", "The Vendor notifies the Client of any personal data breach within one hundred and twenty hours.", Options{}, diag.Weak},
	// near-misses: at most 72 hours, in words, stays present
	{"breach-notification", "fr quarante-huit (48) heures (near-miss)", "Le Prestataire notifie au Client toute violation de données à caractère personnel dans un délai de quarante-huit (48) heures après en avoir pris connaissance.", Options{}, diag.Present},
	{"breach-notification", "fr au plus tard dans les vingt-quatre heures (near-miss)", "Le Prestataire notifie au Client toute violation de données à caractère personnel au plus tard dans les vingt-quatre heures suivant sa découverte.", Options{}, diag.Present},
	{"breach-notification", "en thirty-six (36) hours (near-miss)", "The Processor shall notify the Controller of any Personal Data Breach within thirty-six (36) hours of becoming aware of it.", Options{}, diag.Present},
	{"breach-notification", "en sixty hours (near-miss)", "The Supplier will notify the Customer of a personal data breach no later than sixty hours after discovery.", Options{}, diag.Present},
}

// TestRules14dNumberWords checks the verdict and, for a weak one, that it is
// weak for the length of the deadline (not for a deadline it did not find).
func TestRules14dNumberWords(t *testing.T) {
	for _, c := range rules14dNumberWordCases {
		t.Run(c.name, func(t *testing.T) {
			f := status(t, c.src, c.id, c.opt)
			if f.Status != c.want {
				t.Fatalf("got %s (%s) for %q, want %s", f.Status, f.Reason, c.src, c.want)
			}
			if c.want == diag.Weak && !strings.Contains(f.Reason, "longer than 72 hours") {
				t.Errorf("weak for %q, want weak for a deadline longer than 72 hours", f.Reason)
			}
		})
	}
}

// A commitment to measures placed in a part of the document is the Article 32
// standard whatever participle places them there ("outlined in Annex A",
// "contained in the Security Schedule", « mentionnées en annexe »). Measures
// placed outside the document stay weak.
var rules14dPlacedCases = []snippet{
	{"security", "en outlined in Annex A", "The Processor shall:\n\n1. Implement appropriate technical and organizational measures outlined in Annex A.\n2. Keep its staff bound by confidentiality.\n\n## Annex A - Security Measures\n\n- Encryption in transit with TLS 1.2 or later.\n- Role-based access with least privilege.\n- Daily encrypted backups.\n", Options{}, diag.Present},
	{"security", "en contained in the Security Schedule", "The Vendor maintains the security measures contained in the Security Schedule.\n\n## Security Schedule\n\nData is encrypted at rest. Every engineer has a named account with a second factor. Access logs are reviewed weekly.\n", Options{}, diag.Present},
	{"security", "fr mentionnées en annexe", "Le Prestataire applique les mesures de sécurité mentionnées en annexe.\n\n## Annexe - Mesures de sécurité\n\n- chiffrement des fichiers au repos ;\n- comptes nominatifs avec double authentification ;\n- sauvegardes quotidiennes.\n", Options{}, diag.Present},
	// near-misses: measures outlined elsewhere
	{"security", "en outlined on a web page (near-miss)", "The Processor implements appropriate technical and organizational measures outlined on its website.", Options{}, diag.Weak},
	{"security", "fr mentionnées sur le site (near-miss)", "Le Prestataire prend des mesures de sécurité appropriées, mentionnées sur son site internet.", Options{}, diag.Weak},
}

func TestRules14dPlaced(t *testing.T) { checkSnippets(t, rules14dPlacedCases) }

// A breach under its short name in French: the notice verb's object is « toute
// violation », closing the clause or followed by the deadline, under a heading
// or in a list of the processor's duties. « Toute violation des instructions »
// or of the contract names another thing.
var rules14dShortNameCases = []snippet{
	{"breach-notification", "fr toute violation en fin de phrase", "## 8. Violations de données\n\nLe sous-traitant doit notifier le Client dans les 24 h de toute violation.\n", Options{}, diag.Present},
	{"breach-notification", "fr liste des obligations", "Le Prestataire s'engage à :\n\n- traiter les données sur instruction du Client ;\n- informer immédiatement le Client de toute violation ;\n- supprimer les données en fin de contrat.\n", Options{}, diag.Present},
	// near-misses: a breach of instructions, of the contract
	{"breach-notification", "fr violation des instructions (near-miss)", "Le Prestataire informe le Client de toute violation des instructions qu'il constate chez ses salariés.", Options{}, diag.Missing},
	{"breach-notification", "fr violation du contrat (near-miss)", "Chaque partie informe l'autre de toute violation du contrat par lettre recommandée.", Options{}, diag.Missing},
}

func TestRules14dShortName(t *testing.T) { checkSnippets(t, rules14dShortNameCases) }

// Least privilege by a restrictive "only" on who sees the data, by each person's
// view scoped to his or her own unit, or by rights limited to what a role must
// see, in both languages. Individual accounts alone, or "only" on something
// other than who sees, stay weak.
var rules14dOnlySeesCases = []snippet{
	{"access-control", "en only the doctor sees", "Each user has an individual account protected by a password and a one-time code. Only the company doctor sees the full health files.", Options{Special: On}, diag.Present},
	{"access-control", "en sees only own unit", "Every user signs in with a personal account and a second factor. A shift leader sees only the drivers assigned to his or her own depot.", Options{Special: On}, diag.Present},
	{"access-control", "fr seuls les gestionnaires voient", "Accès : comptes nominatifs et authentification forte ; seuls les gestionnaires habilités voient le détail des remboursements.", Options{Special: On}, diag.Present},
	{"access-control", "fr vue restreinte", "Chaque conseiller dispose d'un compte nominatif avec double authentification et d'une vue restreinte sans le détail des soins.", Options{Special: On}, diag.Present},
	{"access-control", "fr limités à ce que le profil doit voir", "Comptes nominatifs pour chaque secrétaire, double authentification, droits limités à ce que chaque profil doit voir.", Options{Special: On}, diag.Present},
	// a shared account stated as existing weakens it all the same
	{"access-control", "fr compte commun maintenu", "Accès : comptes nominatifs pour les conseillers de jour ; un compte commun « astreinte » est maintenu pour l'équipe de nuit ; seuls les conseillers habilités voient les dossiers.", Options{Special: On}, diag.Weak},
	{"access-control", "en common account kept", "Day staff have individual accounts; a common \"night desk\" login is kept for the night team. Only the duty manager sees the full case files.", Options{Special: On}, diag.Weak},
	// near-misses: accounts alone; "only" about something else
	{"access-control", "en accounts alone (near-miss)", "Each user has an individual account protected by a password and a one-time code.", Options{Special: On}, diag.Weak},
	{"access-control", "en only on storage (near-miss)", "Each user has an individual account with a password. Data is stored only in the EU.", Options{Special: On}, diag.Weak},
	{"access-control", "fr comptes seuls (near-miss)", "Chaque agent dispose d'un compte nominatif protégé par un mot de passe.", Options{Special: On}, diag.Weak},
}

func TestRules14dOnlySees(t *testing.T) { checkSnippets(t, rules14dOnlySeesCases) }
