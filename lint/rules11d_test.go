package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 11 (engine11d): whose duty a sentence states. A sentence whose subject
// is the controller - by a role word, by the name the contract declares for it,
// as "you", or as the customer's own users or administrators - states the
// controller's duties; a sentence saying what the customer can do with the
// product describes a feature. Neither is evidence of the processor's security
// measures. The near-misses keep the controller as an object ("give the
// Customer's administrators individual accounts", "we encrypt your data") or the
// customer's data as the subject, and must keep their verdict. Wordings are our
// own.
var rules11dSubjectCases = withSpecial([]struct {
	id, name, src string
	want          diag.Status
}{
	// security-measures-specific: the access measures are the controller's
	{"security-measures-specific", "en the Customer shall", "Security. The Supplier encrypts the booking database at rest and keeps daily backups in a second data centre, and its operations team reviews the security logs every day. The Customer shall keep the administrator passwords of its own staff secret and enable two-factor login for every user.", diag.Weak},
	{"security-measures-specific", "en you are responsible for", "Security. We encrypt all stored files and replicate them to a second data centre; our engineers monitor the platform around the clock. You are responsible for choosing strong passwords and switching on single sign-on for your team.", diag.Weak},
	{"security-measures-specific", "en Customer will, no article", "Security. Vendor encrypts stored records and keeps encrypted nightly backups; intrusion detection watches the network. Customer will give each of its cashiers an individual account and a PIN code.", diag.Weak},
	{"security-measures-specific", "en declared name", "Brightfold Ltd (the \"Agency\") processes data for Carrow Dental Practice (the \"Practice\"), the controller.\n\nSecurity. The Agency encrypts the patient mailing lists at rest and keeps weekly offline backups; it monitors its servers for intrusions. The Practice shall give each receptionist a personal login and keep its own passwords secret.", diag.Weak},
	{"security-measures-specific", "en customer's administrators", "Security. The Host encrypts the mailbox store and keeps off-site backups; its staff watch the logs for intrusions. The Customer's administrators shall give each user a unique account and remove leavers within a day.", diag.Weak},
	{"security-measures-specific", "en feature the customer can view", "Security. The Provider encrypts the fleet database; each engineer has a named account with two-factor authentication. The platform keeps an activity log of bookings that your administrators can download from the console.", diag.Weak},
	{"security-measures-specific", "fr le Client s'engage à", "Sécurité. Le Prestataire chiffre la base des adhérents et réalise des sauvegardes quotidiennes chiffrées ; ses serveurs font l'objet d'une surveillance des intrusions. Le Client s'engage à attribuer à chaque bénévole un compte nominatif protégé par un mot de passe robuste.", diag.Weak},
	{"security-measures-specific", "fr il appartient au Client de", "Sécurité. Le Prestataire chiffre la base des adhérents et réalise des sauvegardes quotidiennes chiffrées ; ses serveurs font l'objet d'une surveillance des intrusions. Il appartient au Client de gérer les habilitations de ses agents et de désactiver les comptes nominatifs des agents partis.", diag.Weak},
	{"security-measures-specific", "fr nom déclaré, présent simple", "Le Salon Coupe Nette, responsable du traitement, confie la maintenance de ses caisses à Caissa SARL.\n\nSécurité. Le Mainteneur chiffre les sauvegardes qu'il conserve et surveille ses serveurs contre les intrusions. Le Salon protège l'accès à ses caisses par des codes individuels attribués à chaque coiffeur.", diag.Weak},
	{"security-measures-specific", "fr vous êtes responsable", "Sécurité. Nous chiffrons toutes les données stockées et les répliquons dans un deuxième centre de données ; nos équipes surveillent la plateforme en continu. Vous êtes responsable du choix de mots de passe robustes pour vos comptes.", diag.Weak},
	// near-misses: the processor is the subject, the customer an object or an owner
	{"security-measures-specific", "en give the Customer's administrators accounts (near-miss)", "Security. The Supplier encrypts the booking database at rest and keeps daily backups in a second data centre, and its operations team reviews the security logs every day. The Supplier shall give the Customer's administrators individual accounts with two-factor login.", diag.Present},
	{"security-measures-specific", "en we encrypt your data (near-miss)", "Security. We encrypt your data at rest and in transit. Each of our engineers has a named account with two-factor authentication, and we review our access logs every week.", diag.Present},
	{"security-measures-specific", "en customer data is the subject (near-miss)", "Security. Customer data is encrypted at rest and backed up nightly to a separate data centre. Customer accounts use two-factor authentication, and access logs are reviewed weekly by our security team.", diag.Present},
	{"security-measures-specific", "en customer shall be informed (near-miss)", "Security. The Supplier encrypts the booking database at rest and keeps daily backups; its operations team reviews the security logs every day. Each of the Supplier's engineers has a named account with two-factor login, and the Customer shall be informed of any change to these measures.", diag.Present},
	{"security-measures-specific", "fr le Prestataire attribue au Client (near-miss)", "Sécurité. Le Prestataire chiffre la base des adhérents et réalise des sauvegardes quotidiennes chiffrées ; ses serveurs font l'objet d'une surveillance des intrusions. Le Prestataire attribue aux agents du Client des comptes nominatifs protégés par un second facteur.", diag.Present},

	// access-control
	{"access-control", "en individual accounts are the customer's to give", "Access to the hosting consoles is restricted to the two engineers of the Processor who need it for their tasks. The Controller shall give each of its users an individual account.", diag.Weak},
	{"access-control", "en processor gives them (near-miss)", "Access to the hosting consoles is restricted to the two engineers of the Processor who need it for their tasks. The Processor shall give each of the Controller's users an individual account.", diag.Present},
	{"access-control", "fr le Client veille", "L'accès aux serveurs est réservé aux deux ingénieurs du Prestataire, selon le principe du moindre privilège. Le Client veille à ce que chacun de ses utilisateurs dispose d'un compte nominatif.", diag.Weak},
	{"access-control", "fr le Prestataire attribue (near-miss)", "L'accès aux serveurs est réservé aux deux ingénieurs du Prestataire, selon le principe du moindre privilège. Chaque ingénieur dispose d'un compte nominatif.", diag.Present},

	// encryption
	{"encryption", "en the customer must send it encrypted", "We encrypt your files at rest with AES-256. You must send files to us over an encrypted connection (SFTP or TLS).", diag.Weak},
	{"encryption", "en we encrypt your data both ways (near-miss)", "We encrypt your files at rest with AES-256, and all transfers between your office and our servers use TLS 1.3.", diag.Present},
	{"encryption", "fr le Client transmet chiffré", "Le Prestataire chiffre les dossiers stockés sur ses serveurs (AES-256). Le Client transmet les fichiers par une connexion chiffrée (SFTP).", diag.Weak},

	// logging-monitoring
	{"logging-monitoring", "en customer reviews the logs", "The platform logs every access to a patient record with the user and the time. The Customer shall review these logs every week and escalate anything unusual.", diag.Weak},
	{"logging-monitoring", "en processor reviews the logs (near-miss)", "The platform logs every access to a patient record with the user and the time. The Processor's security team reviews these logs every week and escalates anything unusual.", diag.Present},
	{"logging-monitoring", "fr il vous appartient de surveiller", "Chaque connexion à la plateforme est journalisée avec l'identifiant et l'heure. Il vous appartient de surveiller ces journaux et de signaler les anomalies.", diag.Weak},
})

func TestRules11dSubject(t *testing.T) { checkSnippets(t, rules11dSubjectCases) }

// withSpecial turns cases into snippets read with special categories in scope,
// so that encryption, access-control and logging-monitoring apply.
func withSpecial(cs []struct {
	id, name, src string
	want          diag.Status
}) []snippet {
	out := make([]snippet, len(cs))
	for i, c := range cs {
		out[i] = snippet{c.id, c.name, c.src, Options{Special: On}, c.want}
	}
	return out
}

// A thing the contract calls a feature of the product, kept for the customer's
// own use, is no measure of the processor's; a log the processor keeps for its
// own security is.
var rules11dFeatureCases = withSpecial([]struct {
	id, name, src string
	want          diag.Status
}{
	{"security-measures-specific", "en a feature for your own checks", "Security. The Vendor encrypts the reservation database; each of its engineers signs in with a named account and two-factor authentication. The audit trail of booking changes is a feature of the Service for your own operational checks.", diag.Weak},
	{"security-measures-specific", "en a product feature for your internal controls", "Security. The Vendor encrypts the reservation database; each of its engineers signs in with a named account and two-factor authentication. The audit log is a product feature for your internal controls.", diag.Weak},
	{"security-measures-specific", "fr une fonctionnalité au service du Client", "Sécurité. L'Éditeur chiffre la base des commandes ; chaque technicien dispose d'un compte nominatif avec un second facteur. Les journaux d'activité des utilisateurs sont une fonctionnalité du produit au service du Client.", diag.Weak},
	{"security-measures-specific", "fr donneur d'ordre déclaré", "Entre Autobilan SAS, ci-après « le Donneur d'ordre », responsable du traitement, et Textoline SARL, ci-après « le Prestataire ».\n\nSécurité. Le Prestataire chiffre la base des rappels et la sauvegarde chaque nuit dans un second centre de données. Le Donneur d'ordre protège l'accès à son espace client par des mots de passe individuels.", diag.Weak},
	// near-misses: the processor's own log, reviewed by its team
	{"security-measures-specific", "en a log kept for the processor's security (near-miss)", "Security. The Vendor encrypts the reservation database; each of its engineers signs in with a named account and two-factor authentication. Access logs are kept for twelve months and reviewed weekly by the Vendor's security team.", diag.Present},
	{"security-measures-specific", "fr journaux revus par l'Éditeur (near-miss)", "Sécurité. L'Éditeur chiffre la base des commandes ; chaque technicien dispose d'un compte nominatif avec un second facteur. Les journaux de connexion sont conservés un an et analysés chaque semaine par l'équipe sécurité de l'Éditeur.", diag.Present},
})

func TestRules11dFeature(t *testing.T) { checkSnippets(t, rules11dFeatureCases) }

// The controller's own breach notices - to the supervisory authority, to the
// people concerned - are no notice by the processor to the controller.
var rules11dBreachCases = plainSnippets([]struct {
	id, name, src string
	want          diag.Status
}{
	{"breach-notification", "en the Customer shall notify the authority", "The Customer shall notify the supervisory authority of any personal data breach within 72 hours.", diag.Missing},
	{"breach-notification", "fr le Client notifie l'autorité", "Le Client s'engage à notifier à la CNIL toute violation de données personnelles dans les 72 heures.", diag.Missing},
	{"breach-details", "en you describe the breach to the people", "You are responsible for describing to the people affected the nature of the breach, its likely consequences and the measures taken to address it.", diag.Missing},
	// near-misses: the processor notifies, the controller is notified
	{"breach-notification", "en the Processor shall notify the Customer (near-miss)", "The Processor shall notify the Customer of any personal data breach without undue delay.", diag.Present},
	{"breach-notification", "en the Customer will be notified (near-miss)", "The Customer will be notified of any personal data breach without undue delay.", diag.Present},
	{"breach-notification", "fr le Client est informé (near-miss)", "Le Client est informé par le Prestataire de toute violation de données personnelles dans les meilleurs délais.", diag.Present},
})

func TestRules11dBreach(t *testing.T) { checkSnippets(t, rules11dBreachCases) }

// Access control addressed only by a measure a later part names - role-based
// permissions - is weak, not missing, once the controller's own duties no
// longer anchor it.
var rules11dAccessAnchorCases = withSpecial([]struct {
	id, name, src string
	want          diag.Status
}{
	{"access-control", "en role-based permissions and the customer's duties", "The Customer is responsible for the security of its tablets and for the passwords of its staff accounts.\n\nTechnical measures:\n\n- TLS 1.2 for all connections.\n- Role-based permissions in the studio account (owner, manager, artist).\n", diag.Weak},
	// near-miss: only the customer's duties, no measure of the processor's
	{"access-control", "en only the customer's duties (near-miss)", "The Customer is responsible for the security of its tablets and for the passwords of its staff accounts.\n\nTechnical measures:\n\n- TLS 1.2 for all connections.\n", diag.Missing},
})

func TestRules11dAccessAnchor(t *testing.T) { checkSnippets(t, rules11dAccessAnchorCases) }
