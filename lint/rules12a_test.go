package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Article 28(3) asks for the nature of the processing, and Article 4(2) says
// what processing is: collection, recording, organisation, structuring,
// storage, adaptation, retrieval, consultation, disclosure by transmission,
// combination, erasure... A contract states the nature when the processor, as
// the subject of a sentence, lists two or more of these operations (or the
// service verbs contracts use for them: host, display, import, export, print,
// send, extract, load), as verbs or as nouns, or a service label is followed by
// such a list. A deletion or security clause, the GDPR's own definition and
// what the customer does with the product state no nature.
var natureOperationsList = []snippet{
	// verbs, the processor as subject
	{"nature", "en processor lists operations, objects in between", "2.3 The Contractor will collect, structure, display to the Agency's case officers, forward to the courts chosen by the Agency, and archive the Agency's case data.", Options{}, diag.Present},
	{"nature", "en process the data only to X, Y and Z", "**2. What.** Patients wear the monitor at home. We process the data only to host, annotate and display the readings for the clinic's doctors.", Options{}, diag.Present},
	{"nature", "en operations after a colon", "We use the data to run the booking service for you: recording reservations, sending reminders to guests, and producing the weekly occupancy reports.", Options{}, diag.Present},
	{"nature", "en extract ... and load, long object", "B1. Transfer. The Contractor will extract whichever tables its analysts find relevant from the old database, and load the customer records into the new platform.", Options{}, diag.Present},
	{"nature", "en enrolling, converting, matching after a colon", "3.2 We process these data to provide the Door System: enrolling members at reception, converting their palm image into a template and matching it at the door.", Options{}, diag.Present},
	// nouns after a service label or the processor
	{"nature", "en service label over a list of operations", "Service | Cloud recording, storage and replay of the shop cameras' footage for the Client's stores", Options{}, diag.Present},
	// French
	{"nature", "fr le prestataire liste les opérations (verbes)", "Le Prestataire collecte les formulaires d'inscription, les enregistre dans la base et les archive à la fin de la saison.", Options{}, diag.Present},
	{"nature", "fr opérations de ... (noms)", "Pour le compte de l'Office, le Prestataire réalise les opérations d'hébergement, d'enregistrement, de consultation et de mise à jour des dossiers des locataires.", Options{}, diag.Present},
	{"nature", "fr libellé opération ajoutée", "3.1 Opération ajoutée : extraction des fiches adhérents depuis l'ancien outil, transformation au nouveau format, chargement et vérification.", Options{}, diag.Present},
	{"nature", "fr le traitement porte sur", "Le traitement porte sur la réception, l'enregistrement et la transmission des déclarations de sinistre.", Options{}, diag.Present},

	// near-misses that must stay missing
	{"nature", "en security clause (missing)", "Personal data is encrypted at rest and in transit, and backups are encrypted too.", Options{}, diag.Missing},
	{"nature", "en deletion clause (missing)", "On termination the Supplier shall delete or return all personal data and delete existing copies.", Options{}, diag.Missing},
	{"nature", "en GDPR definition of processing (missing)", "\"Processing\" means any operation performed on personal data, such as collection, recording, organisation, structuring, storage, adaptation, retrieval, consultation, disclosure by transmission or erasure.", Options{}, diag.Missing},
	{"nature", "en the customer's own use (missing)", "The Customer can import, export and print its own reports from the dashboard at any time.", Options{}, diag.Missing},
	{"nature", "en you upload and store (missing)", "You may upload, store and share your files in the app.", Options{}, diag.Missing},
	{"nature", "en negated operations (missing)", "The Supplier will not collect, store or analyse any data about the Customer's visitors.", Options{}, diag.Missing},
	{"nature", "en a list of data, not of operations (missing)", "Personal data: names, call recordings, storage locations and e-mail addresses.", Options{}, diag.Missing},
	{"nature", "fr clause de suppression (missing)", "À la fin du contrat, le Prestataire supprime ou restitue les données et détruit les copies existantes.", Options{}, diag.Missing},
	{"nature", "fr menaces de l'article 32 (missing)", "Le Prestataire protège les données contre la destruction, la perte, l'altération ou la divulgation non autorisée.", Options{}, diag.Missing},
	{"nature", "fr le client exporte lui-même (missing)", "Le Client peut exporter, imprimer et archiver ses propres rapports depuis son espace.", Options{}, diag.Missing},
}

func TestNatureOperationsList(t *testing.T) { checkSnippets(t, natureOperationsList) }

// A sentence about the sub-processors the processor may use describes their
// work, not the nature of this processing.
var natureNotSubprocessors = []snippet{
	{"nature", "fr prestataires techniques entre parenthèses (missing)", "5.6 Nous pouvons faire appel à des prestataires techniques (hébergement, envoi de SMS) pour fournir le Service.", Options{}, diag.Missing},
	{"nature", "fr autre sous-traitant (missing)", "L'Éditeur peut faire appel à un autre sous-traitant pour des activités de traitement spécifiques (hébergement, envoi des courriels).", Options{}, diag.Missing},
	{"nature", "fr sous-traitants ultérieurs pour (missing)", "Le Prestataire peut faire appel à des sous-traitants ultérieurs pour l'hébergement et l'envoi des SMS ; il en informe le Client.", Options{}, diag.Missing},
}

func TestNatureNotSubprocessors(t *testing.T) { checkSnippets(t, natureNotSubprocessors) }

var natureNegated = []snippet{
	{"nature", "fr opérations niées (missing)", "Le Prestataire ne collecte pas, ne conserve pas et n'analyse pas les données des visiteurs.", Options{}, diag.Missing},
	{"nature", "en negation in another sentence keeps the list (present)", "The Supplier will collect, store and analyse the visitor counts. It will not use them for anything else.", Options{}, diag.Present},
}

func TestNatureNegated(t *testing.T) { checkSnippets(t, natureNegated) }

// A question naming the operations labels its answer like a heading does.
var natureQuestionLabel = []snippet{
	{"nature", "fr question quelles opérations", "### Q2. Quelles opérations réalisons-nous sur vos données ?\n\nHébergement, sauvegarde, consultation par notre support, envoi des relevés et export à votre demande.", Options{}, diag.Present},
	{"nature", "en question which operations", "**Q4. Which operations do we carry out on the data?**\n\nHosting, back-up, look-ups by our support desk and the monthly export you ask for.", Options{}, diag.Present},
	{"nature", "fr question sur un autre sujet (missing)", "### Q5. Quels sous-traitants utilisons-nous ?\n\nNotre hébergeur OVH, en France.", Options{}, diag.Missing},
}

func TestNatureQuestionLabel(t *testing.T) { checkSnippets(t, natureQuestionLabel) }

var natureNoOther = []snippet{
	{"nature", "en operations negated by their object (missing)", "The Contractor shall move only the records listed by the School, and shall extract, copy or disclose no other record.", Options{}, diag.Missing},
}

func TestNatureNoOther(t *testing.T) { checkSnippets(t, natureNoOther) }

// Data subjects named where the layout says whose data it is: a row or run-in
// label made of people ("Patients and partners | ..."), a data label whose
// list ends on whose data it is (« Données concernées. Nom ... des agents ») or
// opens with the people before a colon ("Data. Members and gift recipients:
// name, ..."). The persons the processor authorises to process the data are
// its own staff, but people authorised to do something else are data subjects.
var dataSubjectsLayout = []snippet{
	{"data-subjects", "en row label made of people", "| Item | Content |\n|---|---|\n| Purpose | Booking treatment cycles and answering questions. |\n| Patients and partners | Patients of the Clinic and their partners; Clinic staff users. |", Options{}, diag.Present},
	{"data-subjects", "fr libellé données, liste finissant par des personnes", "11.2 Données concernées. Nom, prénom, numéro de badge et horaires d'accès des agents de la Communauté et des intervenants extérieurs.", Options{}, diag.Present},
	{"data-subjects", "en data label, people before the colon", "B2. Data. Members of the club and recipients of gift vouchers: name, postal address, date of birth and order history.", Options{}, diag.Present},
	{"data-subjects", "fr personnes autorisées à venir chercher l'enfant", "| Rubrique | Contenu |\n|---|---|\n| Finalité | gestion des inscriptions aux crèches |\n| Personnes concernées | enfants accueillis, parents et représentants légaux, personnes autorisées à venir chercher l'enfant |", Options{}, diag.Present},
	{"data-subjects", "en people authorised to collect a child", "Data subjects: pupils, their parents and the persons authorised to collect a pupil from school.", Options{}, diag.Present},
	{"data-subjects", "fr libellé de ligne fait de personnes", "| Rubrique | Contenu |\n|---|---|\n| Finalité | gestion des adhésions |\n| Adhérents et bénévoles | membres du club, bénévoles encadrants |", Options{}, diag.Present},
	// near-misses
	{"data-types", "fr two-column table: people label column, data column keeps its header", "| Catégorie de personnes | Données traitées |\n|---|---|\n| Enfants accueillis | nom, prénom, date de naissance, horaires de présence, données de santé : allergies |\n| Parents | identité, coordonnées, numéro de téléphone, coordonnées bancaires |", Options{}, diag.Present},
	{"data-subjects", "en a heading naming the processor's staff (missing)", "## 7. Personnel\n\nThe Supplier ensures that its personnel are bound to confidentiality.", Options{}, diag.Missing},
	{"data-subjects", "en staff authorised to process (missing)", "Personnel. Only persons authorised by the Supplier to process the data may access it, and they are bound to confidentiality.", Options{}, diag.Missing},
	{"data-subjects", "fr personnes habilitées à traiter (missing)", "Personnel : seules les personnes habilitées par le Prestataire à traiter les données y ont accès.", Options{}, diag.Missing},
	{"data-subjects", "en data label with no people (missing)", "Data. Name, e-mail address, order history and payment status.", Options{}, diag.Missing},
	{"data-subjects", "fr données sans personnes (missing)", "Données concernées : nom, prénom, adresse électronique et historique des commandes.", Options{}, diag.Missing},
}

func TestDataSubjectsLayout(t *testing.T) { checkSnippets(t, dataSubjectsLayout) }

// Article 28(3) purposes stated by the grammar of a purpose clause: a
// processing verb followed by "in order to", "so as to", "with a view to", or
// "only/solely to" and a verb. "Only to the extent necessary" states a limit,
// not a purpose.
var purposeClause = []snippet{
	{"purpose", "en solely to + two verbs", "2.1 The Bureau processes the Firm's personal data solely to translate and certify witness statements for the Firm's litigation.", Options{}, diag.Present},
	{"purpose", "en in order to + verb, no determiner", "Agent processes the names and telephone numbers of consignees in order to arrange carriage and delivery of the consignments.", Options{}, diag.Present},
	{"purpose", "en only to provide", "We process booking records only to provide the marina platform to you.", Options{}, diag.Present},
	{"purpose", "en so as to", "The Supplier holds the pupils' records so as to print and post the school reports.", Options{}, diag.Present},
	// near-misses
	{"purpose", "en only to the extent necessary (missing)", "The Supplier processes personal data only to the extent necessary.", Options{}, diag.Missing},
	{"purpose", "en order to the instructions (missing)", "The Supplier processes personal data only on the documented instructions of the Customer.", Options{}, diag.Missing},
}

func TestPurposeClause(t *testing.T) { checkSnippets(t, purposeClause) }

var purposeClauseConfidential = []snippet{
	{"purpose", "en confidentiality: use it only to perform the agreement (missing)", "Each party will keep the other party's business information confidential and will use it only to perform the Agreement.", Options{}, diag.Missing},
}

func TestPurposeClauseConfidential(t *testing.T) { checkSnippets(t, purposeClauseConfidential) }

// Data types found by layout and grammar: a row label naming the data by
// whose it is ("Attendee data | name, ..."), an adverb between the data and
// its verb ("The data normally includes ..."), a data term defined by a colon
// list ("Applicant data means: ...").
var dataTypesLayout = []snippet{
	{"data-types", "en row label: whose data", "| Item | Content |\n|---|---|\n| Purpose | registering participants |\n| Attendee data | name, organisation, e-mail address, phone number, ticket type, dietary requirements |", Options{}, diag.Present},
	{"data-types", "en adverb before includes", "The data normally includes members' names, postal and e-mail addresses, telephone numbers and donation history.", Options{}, diag.Present},
	{"data-types", "en defined term with a colon list", "4.3 Data and people concerned. Applicant data means: full name, date of birth, addresses, contact details and bank statements.", Options{}, diag.Present},
	// near-misses
	{"data-types", "en deletion heading over a clause (missing)", "## Deletion of data\n\nAt the end of the contract the Supplier deletes everything it holds for the Customer.", Options{}, diag.Missing},
	{"data-types", "en return heading over a clause (missing)", "## Return of information\n\nOn request the Supplier hands back everything it holds for the Customer.", Options{}, diag.Missing},
}

func TestDataTypesLayout(t *testing.T) { checkSnippets(t, dataTypesLayout) }

var dataTypesNotCompliance = []snippet{
	{"data-types", "en compliance information heading (missing)", "## 9. Compliance information\n\nThe Supplier makes available the information needed to demonstrate compliance with Article 28.", Options{}, diag.Missing},
}

func TestDataTypesNotCompliance(t *testing.T) { checkSnippets(t, dataTypesNotCompliance) }

// What the processor does with a breach or at the end of the contract is that
// duty, not the nature of the processing.
var natureNotBreachOrEnd = []snippet{
	{"nature", "en end of contract: export, send, delete (missing)", "On termination of the Agreement the Supplier will export the Customer's data, send it to the Customer and then delete it.", Options{}, diag.Missing},
	{"nature", "en breach: record and transmit (missing)", "The Supplier shall record every personal data breach in its register and transmit the record to the Customer on request.", Options{}, diag.Missing},
	{"nature", "fr fin du contrat : exporte et transmet (missing)", "À la fin du contrat, le Prestataire exporte les données, les transmet au Client puis les supprime.", Options{}, diag.Missing},
}

func TestNatureNotBreachOrEnd(t *testing.T) { checkSnippets(t, natureNotBreachOrEnd) }
