package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 9 (engine9c): the risk profile, concept first. A special category named
// and then denied - a capability listed and declared unused ("fingerprint or iris
// scanning is not used"), a flat "we do not do face recognition", a FAQ answer
// that opens with "No." - is not processed; data kept only on the person's own
// device never reaches the processor. A migration of software to its next
// version, of vehicles to electric ones, or of know-how with no personal data
// moved is no data migration; an extraction of a dataset for delivery, or an
// onboarding transfer where one side extracts and the other imports, is. Every
// case is our own wording.

var special9cCases = []profileCase{
	// a list of capabilities, then a negated predicate
	{"en scanning not used and not enabled", "Entry works with key cards only; iris scanning or voice prints are not used and will not be enabled.", false},
	{"en face matching is not carried out", "Face matching is not carried out at any turnstile.", false},
	{"en fingerprint readers will never be installed", "Fingerprint readers will never be installed in the depots.", false},
	{"en biometric time clocks are not offered", "Biometric time clocks are not offered in this edition.", false},
	// a flat denial with "do"
	{"en we do not do face recognition", "We don't do facial recognition on the gallery photos.", false},
	{"en supplier does not carry out biometric matching", "The Supplier does not carry out biometric matching of any kind.", false},
	// a FAQ answer that opens with "No."
	{"en FAQ answer No, template on the phone", "A. No. The palm template is kept only on the member's phone and never reaches our servers.", false},
	{"en FAQ answer No, only on the card", "No, the fingerprint template is held only on the employee's smart card.", false},
	{"fr FAQ réponse Non", "Non. Le gabarit de l'empreinte digitale reste uniquement dans la puce du badge.", false},
	{"en FAQ question and answer label", "**Q. Is voice data recorded?**\nA. No. Calls are routed, not recorded.", false},
	{"en no other special category", "No other special category of personal data is processed under this Addendum.", false},
	{"en supplier never receives fingerprint data", "Fingerprint unlock in the app uses the phone's own function; the Supplier never receives any fingerprint data.", false},
	{"fr reconnaissance faciale pas utilisée ni activée", "La reconnaissance faciale n'est pas utilisée et ne sera pas activée sur les caméras du parking.", false},
	{"fr gabarits pas utilisés à d'autres fins (near-miss)", "Les gabarits d'empreintes digitales ne sont pas utilisés à d'autres fins que l'ouverture des portes.", true},
	{"en recognition switched off", "Facial recognition is switched off on all cameras and cannot be enabled by the Customer.", false},
	{"en staff cannot see diagnoses (near-miss)", "Support staff of the Supplier cannot see the medical records kept by the clinic.", true},
	// kept only on the person's own device
	{"en template stays on the device", "The face template is stored only on the user's device and is never uploaded.", false},
	// near-misses: data named and then limited, not denied
	{"en biometric templates not used for other purposes", "Fingerprint templates are not used for any purpose other than opening the doors.", true},
	{"en health data not used outside the EU", "Medical records are not used outside the European Union.", true},
	{"en face templates stored in the data centre", "The face templates of season-pass holders are stored only in the Provider's data centre in Frankfurt.", true},
	{"en label none beyond allergies (near-miss)", "Special categories: none beyond allergies of guests", true},
	{"fr libellé aucune hormis les allergies (near-miss)", "Données sensibles : aucune hormis les allergies des convives", true},
	{"en not disclosed to our subcontractors (near-miss)", "Patient records are never disclosed to our subcontractors.", true},
	{"en No. of patients (near-miss)", "No. of patients whose medical records are hosted: about 4,000.", true},
	{"en numbered item No. 4", "No. 4 Fingerprint templates of staff are processed for the time clock.", true},
	{"fr gabarits hébergés par le prestataire", "Les gabarits d'empreintes digitales sont hébergés par le Prestataire dans son centre de données.", true},
}

func TestSpecialProfile9c(t *testing.T) { checkProfile(t, special9cCases, specialOf) }

var migration9cCases = []profileCase{
	// software moved to its next version is an upgrade, whatever the wording
	{"fr migration vers sa version 6", "En 2027, l'Éditeur assure la migration du logiciel de réservation vers sa version 6.", false},
	{"en migration of the app to its version 3", "During the first year the Contractor migrates the booking app to its version 3.", false},
	{"en migration to v4", "The migration of the portal to v4 is included in the maintenance fee.", false},
	// vehicles, bikes or lamps are no data
	{"fr migration de la flotte vers des vélos électriques", "La migration du parc vers des vélos électriques ne modifie pas le présent accord.", false},
	{"en fleet migrated to electric buses", "The migration of the Operator's fleet to electric buses does not change this Schedule.", false},
	{"en street lighting to LED", "The migration of the street lighting to LED is a separate works contract.", false},
	// a migration with no personal data in it
	{"en knowledge transfer, no personal data moved", "Service Transition means the period in which the Client's procedures are handed over by training; no Client Personal Data is transferred or copied during Service Transition migration.", false},
	{"fr aucune donnée transférée", "Aucune donnée personnelle n'est transférée lors de la migration des processus, qui se fait par formation des équipes.", false},
	// a dataset extracted and delivered; an onboarding transfer, one side extracting
	// and the other importing
	{"en extract and deliver the dataset", "The Contractor shall extract the cohort dataset and deliver it to the University's secure research environment.", true},
	{"en extraction procedure annex", "Annex C sets out the data specification and extraction procedure.", true},
	{"en staging files of an extraction", "Staging files created for each extraction are deleted within seven days.", true},
	{"en lender extracts, agency imports", "At go-live the Bank will extract the assigned accounts from its core system and the Servicer will import them.", true},
	{"en onboarding data transfer", "Onboarding data transfer: the account files are delivered by SFTP and loaded by the Servicer.", true},
	{"en import job rejects unknown fields", "Fields not in the specification are rejected by the Servicer's import job.", true},
	{"fr jeu de données extrait et livré", "Le Prestataire extrait le jeu de données de l'enquête et le livre à l'environnement sécurisé de l'Université.", true},
	// records brought over from a spreadsheet; « nous reprenons vos fiches »
	{"en bring over the client list from a spreadsheet", "The Supplier will bring over your existing client list from your spreadsheet.", true},
	{"fr reprenons vos fiches depuis votre ancien logiciel", "Lors de la mise en service, nous reprenons vos fiches clients depuis votre ancien logiciel de caisse.", true},
	// an interface or an operating system is no data
	{"fr migration vers la nouvelle interface", "La migration vers la nouvelle interface de l'application est automatique pour tous les utilisateurs.", false},
	{"en migrated to the new OS version", "The app will be migrated to the new operating system version.", false},
	{"en archives out of scope, migration in scope (near-miss)", "Migration of the historic records is in scope; archives older than 2015 are out of scope.", true},
	{"en extracts figures, important trends (near-miss)", "The Supplier extracts key figures from the reports and highlights important trends for the Board.", false},
	{"en you import your contacts yourself (near-miss)", "You can import your contacts from your Excel spreadsheet yourself.", false},
	// near-misses: a data subject's file extracted on request; the customer's own
	// export; an import ban
	{"en extract an applicant's file on request", "We can extract an applicant's file if they ask for a copy of their data.", false},
	{"en customer export at any time", "The Customer may export its dataset at any time from the dashboard.", false},
	{"en export control laws", "Each party shall comply with applicable import and export control laws.", false},
}

func TestMigrationProfile9c(t *testing.T) { checkProfile(t, migration9cCases, migrationOf) }

var sp9c = Options{Special: On}
var mig9c = Options{Migration: On}

// rules9cCases: the risk ids, concept first. Storage named before "encrypted"
// is encryption at rest; "no one else has access" and a periodic review of the
// privileges are least privilege; a register of accesses is a log; an alert on
// unusual access is monitoring; a pen test is testing; data referred to by a
// cross-reference or "for these data" carries its safeguards; files kept "for as
// long as it considers necessary" are weak, not missing; a plan "to be agreed" is
// no documented procedure yet.
var rules9cCases = []snippet{
	// encryption: the storage named first, then "is encrypted"
	{"encryption", "en staging disks are encrypted, files over SFTP", "Files move only over SFTP, and the staging servers' disks are encrypted.", mig9c, diag.Present},
	{"encryption", "en storage volumes of the platform are encrypted", "All storage volumes of the platform are encrypted with AES-256 and data is sent over TLS.", mig9c, diag.Present},
	{"encryption", "en laptops' hard drives are encrypted", "Transfers use HTTPS only; the engineers' laptop drives are encrypted.", mig9c, diag.Present},
	{"encryption", "en connections to the servers are encrypted (near-miss)", "Connections to the servers are encrypted with TLS.", mig9c, diag.Weak},
	// access-control: nobody else has access; profiles by function, privileges reviewed
	{"access-control", "en no one else has access", "Each of the two developers has a named account with multi-factor authentication, and no one else at the Supplier has access to the staging environment.", mig9c, diag.Present},
	{"access-control", "en nobody else can access", "Every engineer signs in with a personal account and a second factor; nobody else can access the migration server.", mig9c, diag.Present},
	{"access-control", "fr personne d'autre n'a accès", "Chaque technicien dispose d'un compte nominatif avec double authentification ; personne d'autre n'a accès au serveur de reprise.", mig9c, diag.Present},
	{"access-control", "en profiles by function, review of the privileges", "Users access the platform only by nominal accounts with a double authentication factor, with profiles by office and by function, and a review of the privileges every six months.", mig9c, diag.Present},
	{"access-control", "fr profils au strict besoin", "Accès : comptes nominatifs pour chaque agent ; double authentification pour les administrateurs ; profils limités au strict besoin (un garage ne voit que ses véhicules).", mig9c, diag.Present},
	{"access-control", "en access granted only as far as strictly necessary", "The processor shall grant its staff access to the personal data only to the extent strictly necessary for performing the contract.", sp9c, diag.Weak},
	{"access-control", "en granted access to the building (near-miss)", "Visitors are granted access to the building only when accompanied.", sp9c, diag.Missing},
	{"access-control", "en access is role-based only", "Access to the collection system is role-based.", mig9c, diag.Weak},
	{"access-control", "en named accounts and 2FA only (near-miss)", "Users log in with nominal accounts and double authentication.", mig9c, diag.Weak},
	{"access-control", "en anyone else asks the administrator (near-miss)", "Each user has a named account with a password; anyone else who needs access asks the administrator.", mig9c, diag.Weak},
	// logging-monitoring: a register of the accesses, alerts escalated
	{"logging-monitoring", "en register of the accesses with automatic alerts", "A register of the accesses and of the consultations is kept for two years, with automatic alerts on mass consultations sent to the security officer, who escalates them to the Council.", mig9c, diag.Present},
	{"logging-monitoring", "en journal of all consultations, reviewed", "The Supplier keeps a journal of every consultation of the files and reviews it monthly.", mig9c, diag.Present},
	{"logging-monitoring", "en record of processing activities (near-miss)", "Each party keeps its own record of processing activities.", mig9c, diag.Missing},
	// security-measures-specific: a short real list is a description; "industry-
	// standard measures" with three highlights is weak; the customer's own passwords
	// are no measure of the processor's
	{"security-measures-specific", "en list with register of accesses and restore tests", "In particular: encryption of the data at rest and in transit; nominal accounts with double authentication; a register of the accesses with automatic alerts; backup copies daily, with a test of restoration each quarter.", Options{}, diag.Present},
	{"security-measures-specific", "en short list with a pen test", "TLS everywhere. Database encrypted at rest. Every engineer has an own account with MFA. Pen test once a year by an outside firm.", Options{}, diag.Present},
	{"security-measures-specific", "fr postes sans USB, verrouillage, VPN chiffré", "Ces mesures comprennent : des postes sans port USB actif ; un accès par réseau privé virtuel chiffré avec identifiant individuel ; le verrouillage automatique des sessions.", Options{}, diag.Present},
	{"security-measures-specific", "en hardened laptops, encrypted, MFA", "Support laptops are hardened (USB storage disabled, screens lock automatically), fully encrypted, and every sign-in needs MFA.", Options{}, diag.Present},
	{"security-measures-specific", "en USB cable supplied (near-miss)", "The kit includes a USB cable; data is encrypted in transit and staff sign in with MFA.", Options{}, diag.Weak},
	{"security-measures-specific", "en industry-standard measures, highlights", "We take appropriate, industry-standard measures to keep your data safe. Highlights: HTTPS everywhere; daily backups; two-factor login for our team.", Options{}, diag.Weak},
	{"security-measures-specific", "en the customer chooses its passwords (near-miss)", "Reminder: the Clinic chooses strong passwords for its accounts and locks the tablets it uses.", Options{}, diag.Missing},
	{"security-measures-specific", "fr l'auto-école choisit ses mots de passe (near-miss)", "Rappel : le Cabinet choisit des mots de passe robustes pour ses comptes et ne les partage pas entre ses collaborateurs.", Options{}, diag.Missing},
	// special-categories-safeguards: the data named in the sentence before, or by a
	// cross-reference
	{"special-categories-safeguards", "en for these data the contractor shall", "The panel answers include data concerning health and ethnic origin. For these data the Contractor shall hold the answers separately from identity data and restrict look-ups to two named managers.", sp9c, diag.Present},
	{"special-categories-safeguards", "en for these data the supplier shall: list", "5.2 Sensitive data. The app records medical conditions of members. For these data the Supplier shall:\n\n(a) keep them in a separate database;\n\n(b) restrict access to the two club doctors.", sp9c, diag.Present},
	{"special-categories-safeguards", "en in addition to the annex, the provider shall:", "Clinical notes are data concerning health. In addition to Annex 2, the Provider shall:\n\n(a) store clinical notes in a separate encrypted database;\n\n(b) limit access to the two named pharmacists.", sp9c, diag.Present},
	{"special-categories-safeguards", "en in addition, the provider shall report (near-miss)", "Health data is processed for the study. In addition, the Provider shall report its progress monthly.", sp9c, diag.Missing},
	{"special-categories-safeguards", "fr données visées à l'article, base distincte", "Les données visées à l'article 2.5 b) sont enregistrées dans une base distincte des données administratives et ne sont visibles que des profils « médecin » et « soins ».", sp9c, diag.Present},
	{"special-categories-safeguards", "en data referred to in clause, separate database", "The data referred to in clause 3.2(b) is stored in a separate database, visible only to the clinical team.", sp9c, diag.Present},
	{"special-categories-safeguards", "en for these data nothing specific (near-miss)", "The file includes medical certificates. These data are processed under this Agreement.", sp9c, diag.Missing},
	// migration-deletion: files kept as long as the processor sees fit; tidied up
	// "when you get a chance"
	{"migration-deletion", "en onboarding files kept as long as necessary", "The Agency may retain the onboarding files and import logs for reconciliation for as long as it considers necessary.", mig9c, diag.Weak},
	{"migration-deletion", "fr fichiers d'export conservés tant qu'utiles", "Le Prestataire conserve les fichiers d'export sur son ordinateur portable tant qu'ils peuvent être utiles au contrôle des cumuls.", mig9c, diag.Weak},
	{"migration-deletion", "en tidy up working copies when you get a chance", "Once the new shop is live, please tidy up any working copies and export files when you get a chance.", mig9c, diag.Weak},
	{"migration-deletion", "en import files deleted automatically", "Import files are deleted automatically five days after go-live.", mig9c, diag.Present},
	// migration-scope: only the listed variables; a plan still to be agreed
	{"migration-scope", "en only the listed variables, dry run", "The extraction shall contain only the variables listed in the Data Specification and follows the documented procedure in Annex B (dry run on 20 records).", mig9c, diag.Present},
	{"migration-scope", "en collect only the custodians stated in the instruction", "The Supplier shall collect only the custodians, data sources and date range stated in the Collection Instruction, following its written collection protocol.", mig9c, diag.Present},
	{"migration-scope", "en collects only when necessary (near-miss)", "The Supplier collects mailboxes only when necessary, following its written collection protocol.", mig9c, diag.Weak},
	{"migration-scope", "en documented instructions are no procedure (near-miss)", "The Supplier migrates only the member records listed by the Club, on the Club's documented instructions.", mig9c, diag.Weak},
	{"migration-scope", "en all data under a plan to be agreed", "The Supplier shall migrate all data from the existing system under a migration plan to be agreed during implementation.", mig9c, diag.Weak},
	{"migration-scope", "en instructions clause is no bound (near-miss)", "The Supplier shall only process personal data on documented instructions. The Supplier migrates the customer records under a written migration plan.", mig9c, diag.Weak},
}

func TestRules9c(t *testing.T) { checkSnippets(t, rules9cCases) }

// rules9cParaphrases: the same concepts said the way a small vendor, a plain-
// English FAQ or a French drafter would, with a near-miss for each id.
var rules9cParaphrases = []snippet{
	// encryption
	{"encryption", "en when stored and when sent", "Customer data is encrypted both when stored and when sent.", sp9c, diag.Present},
	{"encryption", "en everything we store, every connection", "We encrypt everything we store (AES-256) and every connection (TLS 1.3).", sp9c, diag.Present},
	{"encryption", "fr sur nos serveurs, acheminement", "Les données sont chiffrées sur nos serveurs comme pendant leur acheminement.", sp9c, diag.Present},
	{"encryption", "en storage and transport encryption labels", "Storage encryption: AES-256. Transport encryption: TLS 1.2+.", sp9c, diag.Present},
	{"encryption", "en protected by encryption (near-miss)", "Data is protected by encryption.", sp9c, diag.Weak},
	{"encryption", "fr sauvegardes chiffrées only (near-miss)", "Le Prestataire chiffre les sauvegardes.", sp9c, diag.Weak},
	// access-control
	{"access-control", "en own username and one-time code, assigned files", "Each staff member logs in with their own username and a one-time code, and sees only the client files assigned to them.", sp9c, diag.Present},
	{"access-control", "fr propre identifiant, code à usage unique", "Chaque salarié se connecte avec son propre identifiant et un code à usage unique ; il ne voit que les dossiers qui lui sont attribués.", sp9c, diag.Present},
	{"access-control", "en logins personal, per job, withdrawn on departure", "Logins are personal and never shared; a second factor is required; rights are granted per job and withdrawn on departure.", sp9c, diag.Present},
	{"access-control", "en password only (near-miss)", "Access to patient records is password protected.", sp9c, diag.Weak},
	{"access-control", "en only authorised staff (near-miss)", "Only authorised staff may access the data.", sp9c, diag.Weak},
	// logging-monitoring
	{"logging-monitoring", "en system notes who and when, alarm", "Every time someone opens a record, the system notes who and when; our security team checks these records every week and raises an alarm if something looks wrong.", sp9c, diag.Present},
	{"logging-monitoring", "fr consultation tracée, traces analysées", "Chaque consultation d'un dossier est tracée ; les traces sont analysées chaque semaine et toute anomalie est remontée au Client.", sp9c, diag.Present},
	{"logging-monitoring", "en logs kept only (near-miss)", "Access logs are kept for one year.", sp9c, diag.Weak},
	{"logging-monitoring", "en audit trail only (near-miss)", "All access to the data is recorded in an audit trail.", sp9c, diag.Weak},
	// special-categories-safeguards
	{"special-categories-safeguards", "en separate encrypted part, two coordinators", "Health information is kept in a separate, encrypted part of the database that only the two care coordinators can open.", sp9c, diag.Present},
	{"special-categories-safeguards", "fr stockées à part, deux médecins", "Les données de santé sont stockées à part, chiffrées, et seuls les deux médecins coordinateurs y ont accès.", sp9c, diag.Present},
	{"special-categories-safeguards", "en extra care only (near-miss)", "We treat health data with extra care.", sp9c, diag.Weak},
	{"special-categories-safeguards", "en like all other data (near-miss)", "Health data is protected like all other data.", sp9c, diag.Weak},
	// migration-scope
	{"migration-scope", "en fields ticked on the signed sheet, written checklist", "We will only move the fields you tick on the import sheet you sign, following our written import checklist.", mig9c, diag.Present},
	{"migration-scope", "fr ne porte que sur les champs cochés, procédure écrite", "La reprise ne porte que sur les champs cochés dans la fiche de reprise signée par le Client, selon la procédure écrite de reprise.", mig9c, diag.Present},
	{"migration-scope", "en all your data (near-miss)", "We will move over all your data from the old system.", mig9c, diag.Weak},
	// migration-deletion
	{"migration-deletion", "en wiped automatically two weeks after", "Temporary import files are wiped automatically two weeks after the switch-over.", mig9c, diag.Present},
	{"migration-deletion", "fr effacés automatiquement quinze jours après", "Les fichiers intermédiaires de reprise sont effacés automatiquement quinze jours après la bascule.", mig9c, diag.Present},
	{"migration-deletion", "en deleted after the project (near-miss)", "Working copies are deleted after the project.", mig9c, diag.Weak},
	{"migration-deletion", "fr supprimées à la fin du projet (near-miss)", "Les copies de travail sont supprimées à la fin du projet.", mig9c, diag.Weak},
	// security-measures-specific
	{"security-measures-specific", "en four kinds of measure", "Our measures: data encrypted at rest and in transit; personal logins with two-factor authentication; daily backups kept in a second data centre; monthly vulnerability scans.", Options{}, diag.Present},
	{"security-measures-specific", "fr quatre sortes de mesures", "Nos mesures : chiffrement au repos et en transit ; comptes nominatifs avec double authentification ; sauvegardes quotidiennes dans un second centre de données ; scans de vulnérabilité mensuels.", Options{}, diag.Present},
	{"security-measures-specific", "en appropriate measures only (near-miss)", "We use appropriate technical and organisational measures.", Options{}, diag.Missing},
}

func TestParaphrases9c(t *testing.T) { checkSnippets(t, rules9cParaphrases) }

// profile9cLabels: the condition given in a label or table row whose value
// denies it ("Special categories | Not processed", "Data migration | Not
// included"), data "not part of the processing", a migration "out of scope".
var special9cLabels = []profileCase{
	{"label Special categories of data  Not processed", "Special categories of data | Not processed", false},
	{"label Sensitive data none expected", "Sensitive data: none expected.", false},
	{"label Biometrics  Not used", "Biometrics | Not used", false},
	{"label Données sensibles  aucune", "Données sensibles : aucune.", false},
	{"label Catégories particulières de données  Aucune", "Catégories particulières de données | Aucune", false},
	{"label Health data No - the booking form only asks for na", "Health data? No - the booking form only asks for name and phone.", false},
	{"label The Customer confirms that no health data will be", "The Customer confirms that no health data will be uploaded to the Platform.", false},
	{"label No health, biometric or genetic data is processed", "No health, biometric or genetic data is processed.", false},
	{"label Le Client ne communique au Prestataire aucune donn", "Le Client ne communique au Prestataire aucune donnée de santé.", false},
	{"label Les données de santé ne font pas partie du traitem", "Les données de santé ne font pas partie du traitement.", false},
	{"label Health data is not part of the processing", "Health data is not part of the processing.", false},
	{"label Face recognition not supported", "Face recognition: not supported.", false},
	{"label The cameras can't recognise faces", "The cameras can't recognise faces.", false},
	{"label Special categories health data allergies of guests", "Special categories: health data (allergies) of guests.", true},
	{"label Données sensibles  données de santé allergies des", "Données sensibles : données de santé (allergies) des convives.", true},
	{"label Biometric data  Fingerprint templates of employees", "Biometric data | Fingerprint templates of employees for the time clock", true},
	{"label The Processor hosts patient records for the Clinic", "The Processor hosts patient records for the Clinic.", true},
	{"label No 2 - Health data of residents care plans, medica", "No. 2 - Health data of residents (care plans, medication).", true},
	{"label The Supplier processes health data only in the EU", "The Supplier processes health data only in the EU and never outside it.", true},
}

var migration9cLabels = []profileCase{
	{"label Data migration  Not included", "Data migration | Not included", false},
	{"label Migration  non incluse", "Migration : non incluse.", false},
	{"label No data is migrated the Customer starts with an em", "No data is migrated; the Customer starts with an empty account.", false},
	{"label Data migration  Customer records from the old book", "Data migration | Customer records from the old booking system, see Annex 3", true},
	{"label Reprise des données  Fichier adhérents de l'ancien", "Reprise des données | Fichier adhérents de l'ancien logiciel, voir annexe 3", true},
	{"label Any migration of data is out of scope", "Any migration of data is out of scope.", false},
	{"label Migration services are not part of this Order", "Migration services are not part of this Order.", false},
	{"label The Supplier does not migrate data from other syst", "The Supplier does not migrate data from other systems.", false},
	{"label Le Prestataire ne réalise pas de reprise de donnée", "Le Prestataire ne réalise pas de reprise de données.", false},
	{"label The migration of e-mail accounts to the new tenant", "The migration of e-mail accounts to the new tenant is done by the Supplier.", true},
	{"label The Supplier will export the ticket history from Z", "The Supplier will export the ticket history from Zendesk and load it into the Service.", true},
}

func TestProfileLabels9c(t *testing.T) {
	checkProfile(t, special9cLabels, specialOf)
	checkProfile(t, migration9cLabels, migrationOf)
}

// TestTables9c: the measures given as a table of areas and measures (the way an
// Annex II of the 2021/915 clauses or a German TOM annex is laid out).
func TestTables9c(t *testing.T) {
	tom := "Annex 2 - Technical and organisational measures\n\n| Area | Measure |\n|---|---|\n| Encryption | AES-256 for stored data; TLS 1.2 or higher for every connection |\n| Access control | Named accounts with MFA; rights per role, reviewed every quarter |\n| Logging | Every read and change of a record is logged; the SOC watches the logs around the clock and escalates alerts to the Customer |\n| Backups | Daily, encrypted, kept in a second data centre |\n"
	tomfr := "Annexe 2 - Mesures techniques et organisationnelles\n\n| Domaine | Mesure |\n|---|---|\n| Chiffrement | AES-256 pour les données stockées ; TLS 1.2 minimum pour toute connexion |\n| Contrôle d'accès | Comptes nominatifs avec double authentification ; droits par rôle, revus chaque trimestre |\n| Journalisation | Chaque consultation et modification d'un dossier est journalisée ; les journaux sont surveillés en continu et les alertes remontées au Client |\n| Sauvegardes | Quotidiennes, chiffrées, dans un second centre de données |\n"
	checkSnippets(t, []snippet{
		{"encryption", "en TOM table", tom, sp9c, diag.Present},
		{"access-control", "en TOM table", tom, sp9c, diag.Present},
		{"logging-monitoring", "en TOM table", tom, sp9c, diag.Present},
		{"security-measures-specific", "en TOM table", tom, Options{}, diag.Present},
		{"encryption", "fr tableau de mesures", tomfr, sp9c, diag.Present},
		{"access-control", "fr tableau de mesures", tomfr, sp9c, diag.Present},
		{"logging-monitoring", "fr tableau de mesures", tomfr, sp9c, diag.Present},
		{"security-measures-specific", "fr tableau de mesures", tomfr, Options{}, diag.Present},
		{"migration-scope", "en migration table, signed mapping and runbook", "| Migration | |\n|---|---|\n| Data in scope | Only the member records and fields listed in the mapping sheet signed by the Club |\n| Procedure | Written migration runbook; test load of 50 records; sign-off by both parties |\n", mig9c, diag.Present},
		{"migration-deletion", "en migration table, temporary files", "| Migration | |\n|---|---|\n| Temporary files | Deleted automatically 10 days after go-live |\n", mig9c, diag.Present},
		{"special-categories-safeguards", "en data and safeguard table", "| Data | Safeguard |\n|---|---|\n| Health data (allergies) | Stored in a separate table, encrypted, visible only to the kitchen manager |\n", sp9c, diag.Present},
		{"security-measures-specific", "en TOM table left to complete (near-miss)", "| Area | Measure |\n|---|---|\n| Encryption | [to be completed by the Supplier] |\n| Access control | [to be completed by the Supplier] |\n", Options{}, diag.Weak},
		{"encryption", "en TOM row industry standard (near-miss)", "| Area | Measure |\n|---|---|\n| Encryption | Industry-standard encryption |\n", sp9c, diag.Weak},
	})
}

// rules9cWeakNotMissing: the topic addressed in unfamiliar words - a copy "we
// made for it", « les copies réalisées pour la reprise », "the extract", data
// "handled confidentially", accounts "shared within each shop", a connection
// log « enregistrée » - is weak when a part is missing, and present when none is.
var rules9cWeakNotMissing = []snippet{
	{"migration-deletion", "Once the migration is signed off, we delete the copies", "Once the migration is signed off, we delete the copies we made for it within 10 days.", mig9c, diag.Present},
	{"migration-deletion", "Any data left on the transfer server is erased automati", "Any data left on the transfer server is erased automatically after 72 hours.", mig9c, diag.Present},
	{"migration-deletion", "Les copies réalisées pour la reprise sont détruites dan", "Les copies réalisées pour la reprise sont détruites dans les dix jours suivant la recette.", mig9c, diag.Present},
	{"migration-deletion", "The CSV exports used for the import stay on our SFTP se", "The CSV exports used for the import stay on our SFTP server.", mig9c, diag.Weak},
	{"migration-deletion", "We keep a copy of your old database as a backup in case", "We keep a copy of your old database as a backup in case something goes wrong.", mig9c, diag.Weak},
	{"migration-deletion", "Les fichiers de reprise sont conservés par le Prestatai", "Les fichiers de reprise sont conservés par le Prestataire.", mig9c, diag.Weak},
	{"migration-deletion", "The extract is deleted once it is no longer needed", "The extract is deleted once it is no longer needed.", mig9c, diag.Weak},
	{"special-categories-safeguards", "Because these are health records, only the two nurses n", "Because these are health records, only the two nurses named in Annex 1 can open them, and they are stored encrypted with a separate key.", sp9c, diag.Present},
	{"special-categories-safeguards", "Les informations médicales sont réservées au médecin du", "Les informations médicales sont réservées au médecin du travail et conservées dans un coffre numérique séparé.", sp9c, diag.Present},
	{"special-categories-safeguards", "Medical certificates are handled confidentially", "Medical certificates are handled confidentially.", sp9c, diag.Weak},
	{"special-categories-safeguards", "Les données de santé font l'objet d'une attention parti", "Les données de santé font l'objet d'une attention particulière.", sp9c, diag.Weak},
	{"special-categories-safeguards", "Biometric templates are stored only on the badge, never", "Biometric templates are stored only on the badge, never on our servers.", sp9c, diag.Present},
	{"logging-monitoring", "We log every admin login and every export logs go to a", "We log every admin login and every export; logs go to a SIEM that alerts our on-call engineer.", sp9c, diag.Present},
	{"logging-monitoring", "Les connexions des administrateurs sont enregistrées", "Les connexions des administrateurs sont enregistrées.", sp9c, diag.Weak},
	{"logging-monitoring", "Every access to the files leaves a trace that the Suppl", "Every access to the files leaves a trace that the Supplier reviews monthly.", sp9c, diag.Present},
	{"logging-monitoring", "We keep access logs", "We keep access logs.", sp9c, diag.Weak},
	{"access-control", "Accounts are shared within each shop", "Accounts are shared within each shop.", sp9c, diag.Weak},
	{"access-control", "Les accès au logiciel se font par un compte commun par", "Les accès au logiciel se font par un compte commun par agence.", sp9c, diag.Weak},
	{"encryption", "Backups are encrypted", "Backups are encrypted.", sp9c, diag.Weak},
	{"encryption", "Data is stored encrypted files are exchanged by e-mail", "Data is stored encrypted; files are exchanged by e-mail.", sp9c, diag.Weak},
	{"migration-deletion", "copies made for the tax authority (near-miss)", "Copies made for the tax authority are kept for ten years.", mig9c, diag.Missing},
	{"access-control", "passwords shared with nobody (near-miss)", "Each user has a named account with MFA; passwords are shared with nobody; rights follow the user's role.", sp9c, diag.Present},
	{"logging-monitoring", "records of access requests (near-miss)", "The Supplier keeps records of access requests from data subjects and reviews them monthly.", sp9c, diag.Missing},
	{"logging-monitoring", "fire alarms (near-miss)", "All access to the data is logged. The data centre has fire alarms.", sp9c, diag.Weak},
	{"access-control", "accounts never shared (near-miss of the shared-account weak)", "Each user has a named account with MFA; accounts are never shared; rights follow the user's role.", sp9c, diag.Present},
	{"special-categories-safeguards", "medical certificates uploaded (near-miss)", "Medical certificates are uploaded by employees.", sp9c, diag.Missing},
}

func TestWeakNotMissing9c(t *testing.T) { checkSnippets(t, rules9cWeakNotMissing) }

// Special categories and migrations in the words of the trade: treatment and
// injury notes, dental charts, X-rays, lab and hearing results, voice biometrics,
// « dossier de soins », « certificat médical »; an initial load of the current
// records, a new system seeded with them, « chargement initial des données ».
var special9cTrade = []profileCase{
	{"The physiotherapists record treatment notes and injury", "The physiotherapists record treatment notes and injury assessments in the app.", true},
	{"The Service stores dental charts and X-rays of the prac", "The Service stores dental charts and X-rays of the practice's patients.", true},
	{"Lab results and eye test results are uploaded by the op", "Lab results and eye test results are uploaded by the opticians.", true},
	{"Players' injuries and return-to-play dates are recorded", "Players' injuries and return-to-play dates are recorded by the club physio.", true},
	{"Le logiciel conserve le dossier de soins et les comptes", "Le logiciel conserve le dossier de soins et les comptes rendus opératoires.", true},
	{"Les radiographies et les résultats de laboratoire des p", "Les radiographies et les résultats de laboratoire des patients sont hébergés.", true},
	{"Les bilans auditifs des patients sont enregistrés par l", "Les bilans auditifs des patients sont enregistrés par l'audioprothésiste.", true},
	{"The call centre uses voice biometrics to verify callers", "The call centre uses voice biometrics to verify callers.", true},
	{"Le certificat médical de non contre-indication est dépo", "Le certificat médical de non contre-indication est déposé dans l'espace adhérent.", true},
	{"The injury of the Supplier's reputation is not covered", "The injury of the Supplier's reputation is not covered.", false},
	{"Exam results of pupils are published to parents", "Exam results of pupils are published to parents.", false},
	{"baggage X-ray screening (near-miss)", "Passengers' baggage passes X-ray screening before boarding.", false},
	{"operation reports (near-miss)", "The Supplier sends monthly operation reports on ticket volumes.", false},
	{"software test results (near-miss)", "Test results of each software release are shared with the Customer weekly.", false},
}

var migration9cTrade = []profileCase{
	{"The initial data load of the Customer's current custome", "The initial data load of the Customer's current customer records is performed by the Supplier.", true},
	{"We seed the new system with the Council's current tenan", "We seed the new system with the Council's current tenancy records.", true},
	{"Data conversion from the legacy format into the new sch", "Data conversion from the legacy format into the new schema is part of the services.", true},
	{"Le chargement initial des données existantes du Client", "Le chargement initial des données existantes du Client est réalisé par le Prestataire.", true},
	{"You can upload your existing contacts yourself from a C", "You can upload your existing contacts yourself from a CSV file.", false},
	{"The initial load of the web page takes under two second", "The initial load of the web page takes under two seconds.", false},
}

func TestProfileTrade9c(t *testing.T) {
	checkProfile(t, special9cTrade, specialOf)
	checkProfile(t, migration9cTrade, migrationOf)
}

// special9cStaysWithController: data that stays with the controller (on paper at
// the club, in its own system, never entered, not passing through the processor)
// is not processed; paper records the processor keeps, or data sent to it, are.
var special9cStaysWithController = []profileCase{
	{"Medical certificates stay on paper with the clubs", "Medical certificates stay on paper with the clubs.", false},
	{"Health data is kept on paper at the clinic and never en", "Health data is kept on paper at the clinic and never entered into the system.", false},
	{"Les certificats médicaux restent sur papier au club", "Les certificats médicaux restent sur papier au club.", false},
	{"The Processor has no access to health data", "The Processor has no access to health data.", false},
	{"Le Prestataire n'a pas accès aux données de santé", "Le Prestataire n'a pas accès aux données de santé.", false},
	{"Health data stays in the Customer's own system and is n", "Health data stays in the Customer's own system and is not shared with the Supplier.", false},
	{"Sick notes are handled by HR directly and do not pass t", "Sick notes are handled by HR directly and do not pass through the Supplier.", false},
	{"Les arrêts maladie ne transitent pas par le Prestataire", "Les arrêts maladie ne transitent pas par le Prestataire.", false},
	{"Medical records are kept on paper by the Supplier in lo", "Medical records are kept on paper by the Supplier in locked cabinets.", true},
	{"Health data is transmitted to the Supplier through a se", "Health data is transmitted to the Supplier through a secure portal.", true},
}

func TestProfileStays9c(t *testing.T) { checkProfile(t, special9cStaysWithController, specialOf) }

// rules9cMigration: a migration said as moving data "over", « reprend
// l'intégralité de la base », "the data to be migrated is listed in", « les
// exports de l'ancien logiciel sont supprimés »: bounded and documented is
// present, unbounded or kept without a time is weak, never missing.
var rules9cMigration = []snippet{
	{"migration-scope", "We move your contacts, bookings and invoices from the l", "We move your contacts, bookings and invoices from the last three years, nothing else, following the import checklist you approve.", mig9c, diag.Present},
	{"migration-scope", "Le Prestataire reprend uniquement les fiches des adhére", "Le Prestataire reprend uniquement les fiches des adhérents actifs, selon le plan de reprise validé par le Club.", mig9c, diag.Present},
	{"migration-scope", "We move over whatever is in your old system", "We move over whatever is in your old system.", mig9c, diag.Weak},
	{"migration-scope", "Le Prestataire reprend l'intégralité de la base de l'an", "Le Prestataire reprend l'intégralité de la base de l'ancien logiciel.", mig9c, diag.Weak},
	{"migration-scope", "The data to be migrated is listed in the Migration Sche", "The data to be migrated is listed in the Migration Schedule; the migration follows the cut-over plan approved by the Customer.", mig9c, diag.Present},
	{"migration-scope", "The import covers only the fields mapped in the field-m", "The import covers only the fields mapped in the field-mapping table signed off by the Council, and follows the documented import procedure.", mig9c, diag.Present},
	{"migration-deletion", "Migration working copies are destroyed no later than 30", "Migration working copies are destroyed no later than 30 days after go-live, and we confirm it in writing.", mig9c, diag.Present},
	{"migration-deletion", "We keep the migration files until the end of the contra", "We keep the migration files until the end of the contract.", mig9c, diag.Weak},
	{"migration-deletion", "Les exports de l'ancien logiciel sont supprimés automat", "Les exports de l'ancien logiciel sont supprimés automatiquement une fois la reprise validée.", mig9c, diag.Present},
	{"migration-deletion", "Les exports de l'ancien logiciel sont conservés jusqu'à", "Les exports de l'ancien logiciel sont conservés jusqu'à la fin du contrat.", mig9c, diag.Weak},
}

func TestMigration9c(t *testing.T) { checkSnippets(t, rules9cMigration) }

// migration9cWhose: whose migration it is - the processor moving its own servers,
// the customer moving its data itself to a next provider, laptops moved to a new
// operating system are no data migration service; the customer's mailboxes and
// user accounts moved by the processor are.
var migration9cWhose = []profileCase{
	{"Le Prestataire peut procéder à la migration de ses serv", "Le Prestataire peut procéder à la migration de ses serveurs vers un nouveau centre de données, sans incidence pour le Client.", false},
	{"La migration de l'hébergement du Prestataire vers un au", "La migration de l'hébergement du Prestataire vers un autre fournisseur de cloud est notifiée au Client.", false},
	{"La migration de la messagerie du Client vers Microsoft", "La migration de la messagerie du Client vers Microsoft 365 est réalisée par le Prestataire.", true},
	{"Le Prestataire assure la migration des comptes utilisat", "Le Prestataire assure la migration des comptes utilisateurs et des boîtes aux lettres.", true},
	{"Le projet de migration des postes de travail vers Windo", "Le projet de migration des postes de travail vers Windows 11 n'affecte pas les données.", false},
	{"En cas de changement de prestataire, le Client assure l", "En cas de changement de prestataire, le Client assure lui-même la migration de ses données.", false},
	{"The Supplier may migrate its servers to another cloud p", "The Supplier may migrate its servers to another cloud provider on notice.", false},
	{"The migration of staff laptops to Windows 11 does not a", "The migration of staff laptops to Windows 11 does not affect Customer Data.", false},
}

func TestProfileWhose9c(t *testing.T) { checkProfile(t, migration9cWhose, migrationOf) }
