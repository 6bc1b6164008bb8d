package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 8 (engine8c): the risk profile. Special categories named only to exclude
// them (a capability the system lacks, a duty not to enter such data, a question
// in a FAQ, data that "are not" health data, a sickness recorded as a neutral
// status) are not processed; a pricing-plan migration or a failover is no data
// migration, while an extraction of a history for a new portal is. Every case is
// our own wording of the drafting pattern, not a sentence lifted from a fixture.

var special8cCases = []profileCase{
	// a capability the system lacks, or one the customer must not switch on
	{"en does not run facial recognition", "The kiosks do not run facial recognition, and the operator must not switch on any third-party biometric matching.", false},
	{"en cannot enable biometric analytics", "Customers cannot enable face matching or other biometric analytics on the entrance cameras.", false},
	// data declared not to be special categories
	{"en animal records are not health data", "The herd records kept in the platform relate to cattle and are not data concerning health of any person.", false},
	{"en results are not sensitive data", "Soil and water test results are not special categories of personal data.", false},
	// a question in a FAQ is no statement that the data is processed
	{"en FAQ question", "Q4. Can coaches record players' injuries and medical conditions in the app?", false},
	{"en FAQ answer: no, do not store", "No. Please do not store injuries or medical conditions of players in the app.", false},
	{"en please do not type", "Please do not type illnesses, diagnoses or allergies into the notes field.", false},
	{"en free text must not be used", "Free-text comments must not be used for medical details of members.", false},
	// a sickness recorded as a neutral status, without its reason
	{"en sick day logged as absent", "A sick day is logged only as \"absent\" with its date.", false},
	{"en sickness recorded without the diagnosis", "Staff sickness absences appear in the planner only as unavailable periods, without the diagnosis.", false},
	// French: interdiction, « ne sont pas des données de santé », question, capacité absente
	{"fr vous vous interdisez", "Vous vous interdisez de saisir dans l'application des données de santé de vos intérimaires.", false},
	{"fr ne sont pas des données de santé", "Les résultats d'analyses des animaux ne sont pas des données de santé au sens de la loi.", false},
	{"fr ne constituent pas des données sensibles", "Ces résultats ne constituent pas des données sensibles au sens de la législation applicable.", false},
	{"fr question de FAQ", "Q5. Peut-on enregistrer des certificats médicaux dans l'outil ?", false},
	{"fr caméras sans reconnaissance faciale", "Les caméras ne pratiquent pas la reconnaissance faciale.", false},
	{"fr arrêt maladie saisi comme absence", "Un arrêt maladie est saisi uniquement comme « absence », sans motif.", false},
	// more exclusions: an undertaking not to submit, the data named first and then
	// kept out, « s'engage à ne pas transmettre »
	{"en agrees not to submit", "Customer agrees not to submit any special categories of personal data to the Service.", false},
	{"en must never be uploaded", "Data about health, religion or sexual orientation must never be uploaded.", false},
	{"en asked not to share", "Users are asked not to share medical information in the chat.", false},
	{"en refrain from entering", "The Customer shall refrain from entering health data into the Service.", false},
	{"en must not be used to store", "The Service must not be used to store biometric data.", false},
	{"en should not be recorded", "Health data should not be recorded in the free-text fields.", false},
	{"en neither requested nor stored", "Health information is neither requested nor stored.", false},
	{"en do not identify faces", "The dashcams record video only; they do not identify faces or analyse biometric features.", false},
	{"en avoids collecting", "The Supplier avoids collecting any health data.", false},
	{"fr s'engage à ne pas transmettre", "Le Client s'engage à ne pas transmettre de données de santé.", false},
	{"fr aucune information médicale saisie", "Le Client veille à ce qu'aucune information médicale ne soit saisie.", false},
	{"fr ne saisissez pas", "Ne saisissez pas de données de santé dans les commentaires.", false},
	{"fr ne doivent en aucun cas être saisies", "Les données de santé ne doivent en aucun cas être saisies dans l'outil.", false},
	{"fr l'outil ne permet pas de saisir", "Il est rappelé que l'outil ne permet pas de saisir des données de santé.", false},
	{"en patient records never leave the EU", "Patient records are stored in the EU and never leave it.", true},
	{"en medical records may not be copied", "Medical records may not be copied to laptops.", true},
	{"en blood test results stored", "The platform stores the results of blood tests ordered by the clinic.", true},
	{"fr dossiers médicaux hébergés", "Le Prestataire héberge les dossiers médicaux des résidents.", true},
	{"en biometric templates, never stored on the server", "The Provider processes biometric templates for the time clock; templates are never stored on the server.", true},
	// health data in other words: symptoms, prescriptions, fertility treatment, a
	// person's health, clinical notes, « état de santé », « pathologies »
	{"en symptoms reported to triage", "Data processed: caller name, phone number and the symptoms reported to the triage nurse.", true},
	{"en prescriptions", "The pharmacy app stores customers' prescriptions and repeat-medication reminders.", true},
	{"en IVF treatment cycle", "Types of data: patient name, IVF treatment cycle, embryo grading.", true},
	{"en a resident's health and care plan", "Care staff enter notes on each resident's health and care plan.", true},
	{"en HIV status", "Data categories: employee name, HIV status where disclosed for occupational purposes.", true},
	{"en party membership", "The CRM holds the political party membership of each volunteer.", true},
	{"en clinical notes", "Clinical notes written by the physiotherapist are stored in the platform.", true},
	{"fr ordonnances et pathologies", "Données traitées : nom, prénom, ordonnances et pathologies des patients.", true},
	{"fr état de santé des salariés", "Le Prestataire traite l'état de santé des salariés déclaré lors de la visite.", true},
	{"fr symptômes déclarés", "Les fiches comportent les symptômes déclarés par l'appelant.", true},
	{"en health of servers", "The Supplier monitors the health of its servers every minute.", false},
	{"en symptoms of a fault", "The engineer records the symptoms of the fault reported by the kiosk.", false},
	{"en pets' clinical notes", "Clinical notes on each pet are written by the veterinary surgeon.", false},
	{"en health and safety", "Site visitors sign in for the purposes of their health and safety on site.", false},
	{"fr ordonnance juridique", "Le présent contrat est conforme à l'ordonnance n° 2018-1125 du 12 décembre 2018.", false},
	{"fr symptômes d'une panne", "Le technicien note les symptômes de la panne signalée par le Client.", false},
	// still in scope: the data is processed, a negation elsewhere in the sentence
	{"en medical conditions processed", "The Supplier processes the members' medical conditions and allergies so that coaches can react in an emergency.", true},
	{"en sickness recorded with the certificate", "Sickness absences are recorded with the reason and a copy of the medical certificate.", true},
	{"en FAQ answer naming health data", "Q3. What do you store? A. Names, dates of birth and the blood group of each donor.", true},
	{"fr données de santé hébergées, pas transférées", "Le Prestataire héberge les données de santé des patients et ne les transfère pas hors de l'Union.", true},
	{"fr reconnaissance faciale utilisée", "Le contrôle d'accès utilise la reconnaissance faciale des salariés.", true},
}

func TestSpecialProfile8c(t *testing.T) { checkProfile(t, special8cCases, specialOf) }

var migration8cCases = []profileCase{
	// an extraction of a history for a new portal or shop is a migration
	{"fr extraire l'historique pour un nouveau portail", "Le Laboratoire souhaite extraire l'historique des résultats du logiciel pour l'ouvrir à un nouveau portail.", true},
	{"fr réalise l'extraction des dossiers", "Le Prestataire réalise l'extraction des dossiers clients décrite à l'article 6.", true},
	{"fr fichiers d'extraction", "Les fichiers d'extraction et les copies de travail sont supprimés dix jours après la fin de l'opération.", true},
	{"en extract the result history for a new portal", "The Supplier extracts the result history from the laboratory system to feed the Customer's new portal.", true},
	{"en extraction of the order history", "Extraction of the order history: the Vendor exports the records listed in Annex A for the Client's new web shop.", true},
	{"en extract files deleted", "The extract files and working copies are deleted within ten days after the extraction.", true},
	// near-misses: a pricing plan, a failover, an aircraft fleet
	{"fr migration d'abonnement", "Vous pouvez demander la migration de votre abonnement vers la formule Entreprise.", false},
	{"fr la migration prend effet", "La migration prend effet au premier jour du mois suivant et ne modifie pas les données enregistrées.", false},
	{"en plan migration takes effect", "The migration takes effect on the first day of the next month and leaves your data unchanged.", false},
	{"fr bascule en cas d'incident", "Bascule de la ligne vers un second plateau en cas d'incident.", false},
	{"fr bascule sur le site de secours", "En cas de panne, le Prestataire bascule le service sur son site de secours.", false},
	{"en cut-over to the standby site", "In the event of an outage the Supplier performs a cut-over to its standby data centre.", false},
	{"en fleet migration", "The rostering rules must reflect the planned migration of the regional fleet to a new aircraft type.", false},
	{"fr bascule en mode dégradé", "La bascule en mode dégradé est déclenchée par l'astreinte.", false},
	{"fr bascule des boîtes vers la nouvelle messagerie", "Le Prestataire réalise la bascule des boîtes aux lettres vers la nouvelle messagerie du Client.", true},
	{"fr procès-verbal de bascule", "Le procès-verbal de bascule est signé par le Client à l'issue de la recette.", true},
	// a legacy or target system named without data leaving it; the processor's own
	// hosting move; a new tool deployed; self-service exports
	{"en legacy systems connect via API", "The Customer's legacy systems connect to the Service through the API.", false},
	{"en target system availability", "The target system availability is 99.9% per month.", false},
	{"en processor moved its own hosting", "The Supplier migrated its own hosting to a new data centre in 2024.", false},
	{"fr interfaces avec le système source", "Les interfaces avec le système source de paie sont maintenues par le Client.", false},
	{"en migration to a premium tier", "Migration to the Premium tier is available from the billing page.", false},
	{"fr nouveau logiciel déployé", "Le nouveau logiciel de paie est déployé en mars dans toutes les agences.", false},
	{"fr export CSV à tout moment", "Le Client peut à tout moment exporter ses données au format CSV.", false},
	// data taken on from a previous tool, a spreadsheet, several databases
	{"en tickets from the previous helpdesk imported", "Historic tickets from the Customer's previous helpdesk are imported into the Service during onboarding.", true},
	{"en contact list exported from the previous CRM", "Onboarding includes loading the contact list exported from the Customer's previous CRM.", true},
	{"fr données de l'ancien prestataire chargées", "Le Prestataire récupère les données de l'ancien prestataire de paie et les charge dans la Solution.", true},
	{"en export from the old platform, import into the new", "The Processor exports the member database from the old platform and imports it into the new one.", true},
	{"en existing files into new software", "The Supplier will transfer the existing patient files into the new practice software before go-live.", true},
	{"fr fiches reprises depuis le tableur", "Les fiches des adhérents sont reprises depuis le tableur du club et importées dans l'application.", true},
	{"en conversion of a register to the new format", "The one-off conversion of the Council's housing register to the new format is part of the Services.", true},
	{"en databases consolidated into one CRM", "The Supplier consolidates the three regional customer databases into a single CRM instance.", true},
	{"en e-discovery collection", "The Supplier shall not begin any forensic collection or mailbox export until it receives a collection instruction.", true},
	{"en from the source system into the new platform", "Records are extracted from the source system and loaded into the new platform in three waves.", true},
	// still a migration: a cut-over from the old system
	{"fr bascule depuis l'ancien logiciel", "La bascule des dossiers de l'ancien logiciel vers la Solution a lieu un week-end.", true},
}

func TestMigrationProfile8c(t *testing.T) { checkProfile(t, migration8cCases, migrationOf) }

var sp8c = Options{Special: On}
var mig8c = Options{Migration: On}

var rules8cCases = []snippet{
	// special-categories-safeguards: the data under a defined name ("Sensitive Member
	// Data"), access narrowed by who may see it ("visible only to"), care or
	// discretion alone stays weak, and a definition or a bare list states nothing.
	{"special-categories-safeguards", "en defined sensitive data in a separate tenant", "Part B - Sensitive Member Data. Sensitive Member Data is kept in a separate database with its own encryption keys, and only two vetted reviewers can open it.", sp8c, diag.Present},
	{"special-categories-safeguards", "en defined sensitive data, separate key", "Sensitive Customer Data is encrypted with a separate key and can be opened only by staff in the clinical review role.", sp8c, diag.Present},
	{"special-categories-safeguards", "en health data visible only to nurses", "Health data: the screening answers are visible only to the nurses of the clinic and to no Supplier staff other than one administrator approved in writing by the Authority.", sp8c, diag.Present},
	{"special-categories-safeguards", "en medical information viewable only by first-aiders", "Medical information is viewable only by the club's first-aid officers and is never shown in team lists.", sp8c, diag.Present},
	{"special-categories-safeguards", "fr données de santé visibles des seuls infirmiers", "Données de santé : les réponses au questionnaire ne sont visibles que par les infirmiers du centre, et par aucun salarié du Prestataire.", sp8c, diag.Present},
	{"special-categories-safeguards", "fr base séparée chiffrée", "Les données sensibles des adhérents sont conservées dans une base séparée, chiffrée avec une clé propre.", sp8c, diag.Present},
	{"special-categories-safeguards", "fr discrétion particulière", "Les dossiers étant des données sensibles, le Prestataire les traite avec une discrétion particulière.", sp8c, diag.Weak},
	{"special-categories-safeguards", "en particular discretion, consulted when needed", "As the registers are sensitive data, the Supplier handles them with particular discretion and makes sure they are consulted only when needed.", sp8c, diag.Weak},
	{"special-categories-safeguards", "en accessible only to authorised users", "Health data is treated as strictly confidential and is accessible only to authorised users of the practice.", sp8c, diag.Weak},
	{"special-categories-safeguards", "fr accessibles aux seuls utilisateurs habilités", "Les données de santé sont strictement confidentielles et ne sont accessibles qu'aux utilisateurs habilités.", sp8c, diag.Weak},
	{"special-categories-safeguards", "fr accessibles aux seuls infirmiers", "Les données de santé ne sont accessibles qu'aux infirmiers du centre de prélèvement.", sp8c, diag.Present},
	{"special-categories-safeguards", "en definition only", "Sensitive Member Data means data revealing a member's sexual orientation.", sp8c, diag.Missing},
	{"special-categories-safeguards", "en bare list", "Health data: blood group and donation history.", sp8c, diag.Missing},
	// security-measures-specific: an audit trail the customer consults in the product
	// for its own business (disputes, who changed a booking) is a feature, not a
	// measure of the processor's; logs the processor reviews still count.
	{"security-measures-specific", "en audit trail in the portal for disputes", "Every gate event is written to a tamper-proof audit trail in the operator portal so that you can settle disputes about a ticket.", Options{}, diag.Missing},
	{"security-measures-specific", "en audit log in the admin area shows who changed", "The audit log in the club admin area shows which volunteer changed a booking and when.", Options{}, diag.Missing},
	{"security-measures-specific", "en activity history on the dashboard", "An audit trail on the dashboard lists who edited each invoice.", Options{}, diag.Missing},
	{"security-measures-specific", "fr journal d'audit dans le portail pour les contestations", "Chaque passage est consigné dans un journal d'audit du portail afin que vous puissiez traiter les contestations.", Options{}, diag.Missing},
	{"security-measures-specific", "en processor reviews its audit logs", "The Supplier keeps audit logs of every administrator access to the production database and reviews them weekly; backups are encrypted and all staff accounts use multi-factor authentication.", Options{}, diag.Present},
	// access-control: shared accounts the contract allows undo "individual accounts",
	// even where the sentence also speaks of individual log-ins; logging-monitoring:
	// a "log-in" is no log.
	{"access-control", "en shared workstation accounts may be used", "Role-based access: the Clinic assigns roles; shared bench accounts may be used in the laboratory where an individual log-in would slow the work down.", sp8c, diag.Weak},
	{"access-control", "en generic logins can be set up", "Each user has a personal account with multi-factor authentication, and rights follow the user's role. The Customer can also set up generic logins for its night shift.", sp8c, diag.Weak},
	{"access-control", "fr comptes partagés autorisés", "Chaque agent dispose d'un compte nominatif avec double authentification et des habilitations par profil métier ; des comptes partagés peuvent toutefois être utilisés à l'accueil.", sp8c, diag.Weak},
	{"access-control", "en no shared accounts may be used", "Each user has a personal account with multi-factor authentication; no shared accounts may be used; rights follow the user's role and are reviewed every quarter.", sp8c, diag.Present},
	{"access-control", "en shared accounts may not be used", "Each user has a personal account with multi-factor authentication and rights assigned per role; shared accounts may not be used.", sp8c, diag.Present},
	{"logging-monitoring", "en log-in is not a log of access", "Role-based access: shared accounts may be used where an individual log-in would slow the work down.", sp8c, diag.Missing},
	{"logging-monitoring", "fr connexion n'est pas un journal", "Accès par identifiant ; la connexion individuelle (log-in) est requise pour chaque accès.", sp8c, diag.Missing},
	{"logging-monitoring", "en list of what is logged", "All log-ins, queries and file transfers on the jump host are logged to a separate server; the logs are monitored daily and alerts are escalated within an hour.", mig8c, diag.Present},
	{"logging-monitoring", "en access logged and reviewed", "All access to donor records is logged, and the logs are reviewed weekly by the security team, which escalates alerts to the Authority.", sp8c, diag.Present},
	// migration-scope: an export bounded by a signed request and run under a
	// documented export procedure; the processor choosing the procedure alone stays weak.
	{"migration-scope", "en signed request form, documented export procedure", "The Provider extracts only the fields and period named in the Clinic's signed export request and follows its documented export procedure, with record counts checked on both sides.", mig8c, diag.Present},
	{"migration-scope", "en written transfer plan", "Only the member records listed in the approved field list are migrated, under a written transfer plan.", mig8c, diag.Present},
	{"migration-scope", "en vendor decides what else is useful", "The Vendor extracts the results since 2019 and any other data it considers useful, under a procedure it alone decides.", mig8c, diag.Weak},
	{"migration-scope", "en ingest history plus what the vendor finds useful", "At onboarding the Vendor will ingest the Customer's historical call recordings from its legacy recorder, copying all recordings held there together with any other data it considers useful.", mig8c, diag.Weak},
	{"migration-scope", "en ingest only the listed queues, under a signed runbook", "At onboarding the Vendor ingests only the recordings of the queues listed in the order form signed by the Customer, following a runbook signed by both parties.", mig8c, diag.Present},
	// migration-deletion: working files "removed" or "purged" are deleted in other
	// words; "when no longer needed" states no time.
	{"migration-deletion", "en import files removed when no longer needed", "Import files are kept in the Vendor's onboarding area and will be removed when no longer needed.", mig8c, diag.Weak},
	{"migration-deletion", "en load files removed automatically", "Load files are removed from the staging area automatically five days after go-live.", mig8c, diag.Present},
	{"migration-deletion", "en extract files purged within a week", "The extract files are purged from the transfer server within seven days after the Client accepts the import.", mig8c, diag.Present},
	{"migration-deletion", "en removing users is no migration copy", "The Supplier removes inactive users from the platform on request.", mig8c, diag.Missing},
}

func TestRules8c(t *testing.T) { checkSnippets(t, rules8cCases) }
