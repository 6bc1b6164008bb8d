package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 7 (engine7c): the risk profile and the risk requirements. Every case is
// our own wording of a drafting pattern (a loan-archive extraction, a portfolio
// take-over, a scan-and-import, a self-service import that is no migration), not
// a sentence lifted from a fixture.

var migration7cCases = []profileCase{
	// an archive extracted or scanned into the controller's new system
	{"en extraction from an archive into a new system", "Subject-matter: extraction of the claim documents held in the retired imaging archive into the Bank's new records platform.", true},
	{"en extract and load from a named archive", "The Vendor extracts the member files from the legacy document store and loads them into the Society's document management system.", true},
	{"en back-scanning and import", "Back-scanning of the paper personnel files and import of the images into the Employer's HR system.", true},
	{"en digitisation of an archive", "Digitisation of the Council's planning archive and indexing of the scanned files in its new document management system.", true},
	{"en portfolio take-over", "The Administrator takes over the portfolio of open claims previously handled by the outgoing administrator.", true},
	{"en files handed over by the previous provider", "The Contractor loads into its platform the case history handed over by the Client's previous payroll provider.", true},
	{"en extraction runs", "Each extraction run from the old archive is reconciled by record counts before the import into the target repository.", true},
	// French: reprise de portefeuille, reprise des dossiers, numérisation et import
	{"fr reprise du portefeuille", "Le Délégataire reprend le portefeuille de contrats en cours, jusqu'ici géré par un précédent gestionnaire.", true},
	{"fr reprise de l'historique des dossiers", "Le Prestataire reprend l'historique des dossiers transmis par l'ancien cabinet et l'intègre dans son logiciel de gestion.", true},
	{"fr reprise des dossiers", "La reprise des dossiers en cours est effectuée à partir des fichiers fournis par le gestionnaire sortant.", true},
	{"fr numérisation et import en GED", "Le Titulaire numérise les archives papier de l'Office et importe les documents dans sa gestion électronique de documents.", true},
	{"fr intégration des extractions", "Les extractions remises par le précédent délégataire sont intégrées dans l'outil de gestion du Prestataire.", true},
	// near-misses: a self-service import, an upgrade, a daily scan of the mail
	{"en self-service import, heading", "## Moving from another tool\n\nYou can import your contact lists yourself from a CSV file exported from another tool; we do not carry out imports for you.", false},
	{"fr import en libre-service, titre", "## Migration depuis un autre outil\n\nVous pouvez importer vous-même vos contacts depuis un fichier exporté d'un autre logiciel ; nous n'effectuons aucune migration pour votre compte.", false},
	{"en software release migration", "## Version migration\n\nThe Supplier migrates the platform to each new software release during the maintenance window.", false},
	{"fr migration de version", "## Migration de version\n\nLe Prestataire fait migrer la plateforme vers chaque nouvelle version du logiciel pendant la fenêtre de maintenance.", false},
	{"en daily mail scanning", "The Supplier scans the incoming post each morning and sends the images to the Customer's inbox.", false},
	{"en insurance portfolio as business", "The Broker manages a portfolio of household insurance policies for its clients.", false},
	// more ways to say it: a data take-on, the incumbent or exiting supplier, historical
	// records loaded, dematerialisation, « reprise de l'existant », « chargement initial »
	{"en data take-on", "Implementation includes the data take-on of the Society's existing member records.", true},
	{"en incumbent provider", "During transition the Supplier receives the case files from the incumbent provider and loads them into its platform.", true},
	{"en bulk load of existing records", "The Vendor will bulk-load the Customer's existing employee records into the platform before go-live.", true},
	{"en back-file conversion", "Back-file conversion of the Registry's microfilmed deeds into searchable images.", true},
	{"en paper records digitised", "The Contractor digitises the Trust's paper health records and indexes them in the electronic record.", true},
	{"fr reprise de l'existant", "La prestation comprend la reprise de l'existant : les dossiers du logiciel actuel sont chargés dans la nouvelle application.", true},
	{"fr chargement initial", "Le Titulaire réalise le chargement initial de la base à partir des fichiers remis par le titulaire sortant.", true},
	{"fr dématérialisation des archives", "Dématérialisation des dossiers papier du service et versement dans la GED.", true},
	{"fr données historiques intégrées", "Le Prestataire intègre les données historiques des salariés dans le nouveau SIRH.", true},
	// near-misses: hand-over at the end, an export feature, a successor's own take-over
	{"en hand-over to a successor at the end", "On expiry the Supplier will transfer the Customer Data to a successor supplier named by the Customer.", false},
	{"fr réversibilité en fin de contrat", "Au terme du contrat, le Prestataire restitue les données au nouveau prestataire désigné par le Client.", false},
	{"fr chargé de la maintenance near-miss", "Le Prestataire est chargé de la maintenance des données existantes et de leur sauvegarde quotidienne.", false},
	{"en scanning incoming paper forms near-miss", "The Bureau scans the paper application forms received each day and keys in the answers.", false},
	// a refusal that only limits the migration does not rule it out
	{"en shall not perform any migration other than instructed", "The Supplier migrates the member records from the legacy database into the new platform. The Supplier shall not perform any migration other than as set out in the statement of work.", true},
	{"fr n'effectue aucune migration sans accord", "Le Prestataire reprend l'historique des dossiers de l'ancien logiciel. Il n'effectue aucune migration sans l'accord écrit du Client.", true},
	{"en shall not perform any processing for the customer", "The Vendor extracts the claim files from the legacy claims system into its platform. The Vendor shall not perform any processing for the Customer other than on documented instructions.", true},
	{"en we can carry out imports for you", "On request we can carry out imports for you from your previous provider's export files.", true},
	{"en platform migration of records", "Platform migration: the Supplier moves the Customer's donor records from the legacy CRM into the new platform.", true},
	{"en export feature", "Customers can export their lists as CSV from the dashboard.", false},
}

func TestMigrationProfile7c(t *testing.T) { checkProfile(t, migration7cCases, migrationOf) }

var sp7c = Options{Special: On}
var mig7c = Options{Migration: On}

var rules7cCases = []snippet{
	// access-control: least privilege said as a role concept, a periodic check of the
	// rights, rights bound to the batch or the job in hand; individual accounts with a
	// second factor and no shared accounts is what a careful reader accepts.
	{"access-control", "en role concept and rights review", "Access control: personal user accounts with a 14-character password and a second factor for the portal; no shared accounts. Access rights: an authorisation concept per client, checked twice a year.", sp7c, diag.Present},
	{"access-control", "en restricted to the operator's batch", "Only named scanning operators, each with an individual account and multi-factor authentication, may open the extracts; their access is restricted to the boxes of the batch assigned to them.", mig7c, diag.Present},
	{"access-control", "en individual accounts and MFA, no shared accounts", "Every technician signs in with an individual account and a hardware security key; generic and shared accounts are not used.", sp7c, diag.Present},
	{"access-control", "en permissions recertified", "Staff use personal accounts with two-factor authentication. Permissions are recertified by the Customer every quarter.", sp7c, diag.Present},
	{"access-control", "fr droits limités aux lots", "Accès : comptes nominatifs protégés par une double authentification sur chaque poste et console ; aucun compte partagé ; droits cantonnés aux dossiers confiés à chaque opérateur.", mig7c, diag.Present},
	{"access-control", "fr bases nécessaires à l'intervention", "Les techniciens s'identifient par compte nominatif et carte CPS ; aucun compte générique n'est utilisé ; leurs droits sont restreints aux bases nécessaires à l'intervention demandée.", sp7c, diag.Present},
	{"access-control", "fr compte nominatif et second facteur", "Chaque intervenant se connecte avec un identifiant personnel et un second facteur ; aucun identifiant n'est partagé.", sp7c, diag.Present},
	{"access-control", "en user IDs unique, rights per job profile", "Each employee logs on with a unique user ID and a one-time code from an authenticator app; group logins are not permitted; rights are assigned per job profile and withdrawn on departure.", sp7c, diag.Present},
	{"access-control", "fr habilitations par profil métier", "Chaque agent dispose d'un identifiant personnel et s'authentifie par double facteur ; les comptes partagés sont proscrits ; les habilitations sont attribuées par profil métier et retirées au départ de l'agent.", sp7c, diag.Present},
	{"access-control", "fr comptes nominatifs, accès aux dossiers affectés", "Accès par comptes nominatifs et carte professionnelle ; chaque gestionnaire n'accède qu'aux dossiers qui lui sont affectés.", sp7c, diag.Present},
	// near-misses: a shared account allowed, authorised staff only, a password only
	{"access-control", "en shared desk account allowed", "Users log in with a password and a one-time code; the clinic may set up one reception account shared by its assistants.", sp7c, diag.Weak},
	{"access-control", "en authorised personnel only", "Access to the claim files is limited to the Supplier's authorised personnel.", sp7c, diag.Weak},
	{"access-control", "fr mot de passe seul", "L'accès à l'application se fait par identifiant et mot de passe.", sp7c, diag.Weak},
	// migration-scope: the labels accept a signed or approved list of tables, files or
	// fields as the documented instruction, and a procedure documented in any words.
	{"migration-scope", "en extraction bounded to a signed list", "At the Customer's written request the Supplier extracts the pharmacy data in the exchange format described in Annex 4. The extraction covers only the tables listed in the order form signed by the Customer; no other data is exported.", mig7c, diag.Present},
	{"migration-scope", "en runbook signed by both parties", "The Contractor imports only the document classes listed in the approved extraction mapping. Each run follows a runbook signed by both parties and is reconciled by record counts.", mig7c, diag.Present},
	{"migration-scope", "en manifest approved in writing", "The Vendor migrates only the mailboxes named in the migration manifest approved in writing by the Client; nothing else is copied.", mig7c, diag.Present},
	{"migration-scope", "fr tables listées au bon de commande signé", "Le Prestataire extrait les données de la pharmacie dans le format d'échange décrit en annexe 3. L'extraction porte uniquement sur les tables énumérées dans le bon de commande signé par le Client ; aucune autre donnée n'est exportée.", mig7c, diag.Present},
	{"migration-scope", "fr procédure de numérisation et d'import documentée", "Le Prestataire numérise et importe uniquement les dossiers figurant sur le bordereau visé par l'Office ; chaque lot suit la procédure de numérisation et d'import documentée, avec rapprochement des volumes.", mig7c, diag.Present},
	{"migration-scope", "fr liste validée", "La reprise porte exclusivement sur les champs de la liste validée par le Mandant ; aucun autre champ n'est repris.", mig7c, diag.Present},
	// migration-scope: more ways to bound an extraction (exclusions, fields that are
	// never copied, a period) with a documented procedure in other words
	{"migration-scope", "en excluding free-text notes, dry run", "The Supplier migrates the member records, excluding free-text notes and scanned correspondence, after a dry run approved by the Client.", mig7c, diag.Present},
	{"migration-scope", "en fields never extracted, runbook", "Fields outside the approved field list are never extracted or copied. The migration follows the runbook in Schedule 4.", mig7c, diag.Present},
	{"migration-scope", "en last six years only, written plan", "Only claims files from the last six years are transferred to the new platform, under a written migration plan agreed with the Insurer.", mig7c, diag.Present},
	{"migration-scope", "fr hors notes libres, mode opératoire", "La reprise porte sur les fiches adhérents, à l'exclusion des notes libres et des pièces jointes, selon le mode opératoire validé par le Client.", mig7c, diag.Present},
	{"migration-scope", "fr champs jamais repris, recette", "Les champs absents de la table de correspondance ne sont jamais repris ; chaque lot fait l'objet d'une recette par le Client.", mig7c, diag.Present},
	{"migration-scope", "fr cinq dernières années", "Seuls les dossiers des cinq dernières années sont transférés dans le nouvel outil, selon le plan de reprise convenu.", mig7c, diag.Present},
	// near-misses: everything the vendor finds useful, a full extraction
	{"migration-scope", "en all data plus what the vendor finds useful", "The Vendor imports all records from the old system, together with any other data it considers useful, following its standard conversion procedure.", mig7c, diag.Weak},
	{"migration-scope", "fr extraction complète", "Le Client transmet au Prestataire une extraction complète de la base de son ancien logiciel, que le Prestataire importe dans la Solution.", mig7c, diag.Weak},
	// migration-deletion: working files named by what they hold ("fichiers
	// d'extraction intermédiaires", "extract files"); deletion the processor "may" do
	// or leaves to its own retention policy is weak.
	{"migration-deletion", "fr fichiers d'extraction intermédiaires, délai raisonnable", "Les fichiers d'extraction intermédiaires sont effacés par le Prestataire dans un délai raisonnable après la reprise.", mig7c, diag.Weak},
	{"migration-deletion", "fr fichiers de reprise supprimés automatiquement", "Les fichiers de reprise sont supprimés automatiquement dix jours après la validation du chargement.", mig7c, diag.Present},
	{"migration-deletion", "en extract files deleted within days", "The extract files are purged from the transfer server within seven days after the Client accepts the load.", mig7c, diag.Present},
	{"migration-deletion", "en may delete under its retention policy", "The Contractor may delete staging copies once the import has been accepted, in line with its standard retention policy.", mig7c, diag.Weak},
	{"migration-deletion", "en deleted per the vendor's retention schedule", "Temporary migration files are deleted within 30 days in accordance with the Vendor's retention schedule.", mig7c, diag.Weak},
	{"migration-deletion", "fr peut supprimer", "Le Titulaire peut supprimer les copies de travail une fois la bascule validée, selon sa politique de conservation.", mig7c, diag.Weak},
	{"migration-deletion", "en staging deleted automatically", "Staging copies are deleted automatically 15 days after the Client signs off the import.", mig7c, diag.Present},
	// special-categories-safeguards: Canadian French "renseignements médicaux"; a
	// certified health-data host; keeping health data off technicians' machines and out
	// of screenshots are safeguards specific to that data.
	{"special-categories-safeguards", "fr-CA renseignements médicaux, mesures renforcées", "Les renseignements médicaux font l'objet de mesures de protection renforcées, compte tenu de leur sensibilité.", sp7c, diag.Weak},
	{"special-categories-safeguards", "fr certifié hébergeur de données de santé", "Les ordonnances sont des données de santé. Le Prestataire est certifié hébergeur de données de santé (HDS) pour la sauvegarde externalisée.", sp7c, diag.Present},
	{"special-categories-safeguards", "fr aucune donnée de santé copiée", "Aucune donnée de santé n'est copiée sur le poste du technicien ; les captures d'écran contenant des données patients sont interdites dans les tickets.", sp7c, diag.Present},
	{"special-categories-safeguards", "en no patient data on engineers' laptops", "No patient data is ever copied to an engineer's laptop, and screenshots showing patient records are not allowed in support tickets.", sp7c, diag.Present},
	{"special-categories-safeguards", "en certified health data host", "Prescriptions are health data; the Supplier holds a certification as a health data host for the backup service.", sp7c, diag.Present},
	// near-miss: health data merely listed
	{"special-categories-safeguards", "fr-CA renseignements médicaux listés", "Catégories de renseignements : identité, coordonnées, renseignements médicaux liés à la réclamation.", sp7c, diag.Missing},
	// encryption: files "stockés chiffrés", "kept encrypted until loaded" are encrypted at rest.
	{"encryption", "fr stockés chiffrés", "Les fichiers d'extraction sont transmis chiffrés (archive AES-256 et transfert SFTP) et stockés chiffrés jusqu'à leur intégration.", mig7c, diag.Present},
	{"encryption", "fr conservés chiffrés", "Les exports sont envoyés par SFTP et conservés sous forme chiffrée jusqu'au chargement.", mig7c, diag.Present},
	{"encryption", "en kept encrypted until loaded", "The extract files travel over SFTP and are kept encrypted until they are loaded.", mig7c, diag.Present},
	{"encryption", "en held in an encrypted staging area", "Extracted files are held in an encrypted staging area and sent over TLS 1.2.", mig7c, diag.Present},
	{"encryption", "en in transit only", "Files are sent to the Supplier over SFTP.", mig7c, diag.Weak},
	// logging-monitoring: a log of each load or run is logging without monitoring (weak).
	{"logging-monitoring", "fr journal par chargement", "Chaque lot chargé fait l'objet d'un journal conservé dans le dossier de migration.", mig7c, diag.Weak},
	{"logging-monitoring", "fr journal de reprise", "Le Prestataire tient un journal de reprise pour chaque lot.", mig7c, diag.Weak},
	{"logging-monitoring", "en job log per run", "The conversion tool writes a job log for every load run.", mig7c, diag.Weak},
	{"logging-monitoring", "en load journal reviewed with alerts", "A log is kept of every import run and of each access to the staging area; the logs are reviewed daily and alerts are escalated to the Client.", mig7c, diag.Present},
	{"logging-monitoring", "fr Journal officiel near-miss", "Le présent contrat est soumis au décret publié au Journal officiel du 3 mars 2025.", mig7c, diag.Missing},
	// security-measures-specific: the customer's own security duties, a certificate
	// or test summary handed over on request, describe no measure of the processor;
	// measures "described in" a named policy not included are weak, not missing.
	{"security-measures-specific", "en customer's own credentials", "The Customer is responsible for the security of its own systems and API keys and for switching on two-factor authentication for its users.", Options{}, diag.Missing},
	{"security-measures-specific", "en you keep your password", "You must keep your password secret and turn on two-step verification.", Options{}, diag.Missing},
	{"security-measures-specific", "en certificate and pen-test summary", "On written request, once a year, the Vendor will provide a copy of its current ISO/IEC 27001 certificate and a summary of its most recent penetration test.", Options{}, diag.Missing},
	{"security-measures-specific", "fr votre mot de passe", "Vous vous engagez à garder votre mot de passe secret et à activer la double authentification.", Options{}, diag.Missing},
	{"security-measures-specific", "fr attestation sur demande", "Sur demande écrite, le Prestataire remet une copie de son certificat ISO 27001 et une synthèse de son dernier test d'intrusion.", Options{}, diag.Missing},
	{"security-measures-specific", "en measures in a named policy given on request", "The Provider implements the measures required by Article 32 GDPR. The measures are described in the Northwind Group Information Security Policy, which the Provider gives to the Client on request.", Options{}, diag.Weak},
	{"security-measures-specific", "fr mesures dans une politique nommée", "Les mesures sont décrites dans la Politique de sécurité de l'information du groupe Alpha, communiquée au Client sur demande.", Options{}, diag.Weak},
	{"security-measures-specific", "en console audit logs of the customer's users", "The administration console keeps an audit trail of the changes made by the Customer's users (branding, quotas, accounts) for twelve months.", Options{}, diag.Missing},
	{"security-measures-specific", "fr journal du tableau de bord", "Le tableau de bord conserve un historique des actions des utilisateurs du Client pendant un an.", Options{}, diag.Missing},
	{"security-measures-specific", "en audit-logs heading over a console feature", "## Activity logs\n\nThe customer portal keeps a log of the changes your administrators make, for 60 days.", Options{}, diag.Missing},
	{"security-measures-specific", "fr chiffre d'affaires", "La responsabilité du Prestataire est plafonnée à 10 % du chiffre d'affaires annuel du contrat.", Options{}, diag.Missing},
	{"security-measures-specific", "en processor secures its own systems", "The Supplier protects its own systems with multi-factor authentication, encrypts all stored data and monitors its logs around the clock.", Options{}, diag.Present},
	{"security-measures-specific", "fr nous protégeons vos comptes", "Nous chiffrons vos données au repos, protégeons vos comptes par double authentification et surveillons nos journaux en continu.", Options{}, diag.Present},
	// the processor's own measures are still measures
	{"security-measures-specific", "en processor's measures", "The Vendor encrypts all guest data at rest and in transit, keeps daily encrypted backups in a second data centre, limits access to named administrators with multi-factor authentication and logs every administrative access.", Options{}, diag.Present},
}

func TestRules7c(t *testing.T) { checkSnippets(t, rules7cCases) }
