package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 13 (engine13d): where the security measures are. A commitment to
// security is the Article 32 standard when it takes on measures the document
// gives: in a part of it named by its title or by a reference in brackets ("set
// out in the Security Annex", "described in our Hosting Overview (Appendix 1
// below)", « prévues à l'Annexe 3 », « de la section 5 »), or in the list or
// table a lead-in sentence introduces, however long the lead-in is ("the
// following measures, which are the measures Article 32 calls for here:"). The
// near-misses keep their verdict: measures kept elsewhere (a web page, another
// agreement's section), measures still to be supplied, a lead-in that is the
// customer's own duty, and a bare "appropriate measures". Wordings are our own.
var rules13dWhereCases = []snippet{
	{"security", "en annex named by its title", "5. Security. The Provider implements and maintains the technical and organisational measures set out in the Security Annex to protect Customer Data against loss and unauthorised access.\n\n## Security Annex\n\nCustomer Data is encrypted at rest with AES-256 and in transit with TLS 1.3. Engineers use named accounts with two-factor authentication. Access logs are reviewed every week.\n", Options{}, diag.Present},
	{"security", "en annex in brackets after a title", "We apply the security measures described in our Hosting Security Overview (Appendix 1 below) so that your data stays protected.\n\n## Appendix 1 - Hosting Security Overview\n\n- Stored files are encrypted with AES-256.\n- Staff sign in with a personal account and a second factor.\n- Backups are taken nightly to a second data centre.\n", Options{}, diag.Present},
	{"security", "fr mesures qualifiées prévues à l'annexe", "2.4 Le Prestataire met en œuvre les mesures de sécurité prévues à l'Annexe 3.\n\n## Annexe 3 - Mesures de sécurité\n\n- chiffrement des dossiers au repos (AES-256) ;\n- comptes nominatifs avec double authentification ;\n- sauvegardes quotidiennes dans un second centre de données.\n", Options{}, diag.Present},
	{"security", "fr mesures d'une section du document", "Le Prestataire met en œuvre les mesures de sécurité de la section 5.\n\n## 5. Mesures de sécurité\n\nLes dossiers sont chiffrés au repos. Chaque agent dispose d'un compte nominatif. Les accès sont journalisés.\n", Options{}, diag.Present},
	{"security", "fr long lead-in over a list", "Le Prestataire met en œuvre les mesures suivantes, conformément à l'article 32 du RGPD et au référentiel de son hébergeur :\n\n- chiffrement des images au repos et en transit ;\n- authentification à deux facteurs pour chaque utilisateur ;\n- sauvegarde quotidienne chiffrée.\n", Options{}, diag.Present},
	{"security", "en long lead-in over a list", "The Supplier applies the following measures, which are the measures that Article 32 of the GDPR calls for in this engagement:\n\na) delivery files are received only through an API secured by TLS;\nb) drivers' phones are locked by a PIN and wiped remotely when lost;\nc) each dispatcher has a personal account.\n", Options{}, diag.Present},

	// near-misses
	{"security", "en measures on a web page (near-miss)", "We take appropriate technical and organisational measures to protect your data, as described on our website.", Options{}, diag.Weak},
	{"security", "fr section of another agreement (near-miss)", "Le Prestataire met en œuvre les mesures de sécurité de la section 4 du contrat principal.", Options{}, diag.Weak},
	{"security", "en annex still to be supplied (near-miss)", "The Provider implements the technical and organisational measures set out in the Security Annex (to be supplied before go-live).", Options{}, diag.Weak},
	{"security", "en bare appropriate measures (near-miss)", "We take appropriate technical and organisational measures to protect your data.", Options{}, diag.Weak},
	{"security", "fr bare appropriate measures (near-miss)", "Le Prestataire prend les mesures techniques et organisationnelles appropriées pour protéger les données.", Options{}, diag.Weak},
}

func TestRules13dWhere(t *testing.T) { checkSnippets(t, rules13dWhereCases) }

// A log named among the categories of data processed - under a label naming the
// data ("What data.", « Données traitées : ») or the processing operations - is an
// item of the particulars, not a logging measure. The near-misses state the
// logging under a label of its own, or under a data label without a list of
// categories, and keep their verdict.
var rules13dParticularsCases = withSpecial([]struct {
	id, name, src string
	want          diag.Status
}{
	{"logging-monitoring", "en log in the data list", "What data. Names, email addresses, phone numbers, order history and the shop's server logs (IP addresses).\n\nSecurity. We encrypt the database and give each engineer a personal account.", diag.Missing},
	{"logging-monitoring", "fr journaux dans les données traitées", "2.6 Données traitées : nom, prénom, adresse, courriel, historique des commandes ; pour les utilisateurs du portail, identifiants et journaux de connexion.\n\nSécurité. Le Prestataire chiffre la base et attribue à chaque technicien un compte nominatif.", diag.Missing},
	{"logging-monitoring", "fr traçabilité among the operations", "Opérations : hébergement, sauvegarde, délivrance, traçabilité des délivrances, édition des registres.\n\nSécurité. L'Éditeur chiffre la base et attribue à chaque technicien un compte nominatif.", diag.Missing},
	{"logging-monitoring", "en log among the processing operations", "Processing operations: hosting, backup, routing, activity logs, reporting.\n\nSecurity. We encrypt the database and give each engineer a personal account.", diag.Missing},
	// near-misses
	{"logging-monitoring", "en logging under its own label (near-miss)", "Logging. Every access to a patient record is logged with the user and the time, and our security team reviews the logs every week.", diag.Present},
	{"logging-monitoring", "fr journalisation under its own label (near-miss)", "Journalisation : chaque consultation d'un dossier est tracée et les journaux sont analysés chaque semaine par l'équipe sécurité du Prestataire.", diag.Present},
	{"logging-monitoring", "en data label without a list (near-miss)", "Data. Every access to the member records is logged with the user and the time, and the Supplier's security team reviews the logs every week.", diag.Present},
})

func TestRules13dParticulars(t *testing.T) { checkSnippets(t, rules13dParticularsCases) }
