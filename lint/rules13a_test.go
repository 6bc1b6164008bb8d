package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Article 28(3) asks for the purpose of the processing. Grammar states it
// whatever the wording: the processor processes the data, and an infinitive
// of purpose follows the data ("processes booking data to allocate guests
// to rooms", « traite les fiches afin de calculer les cotisations »). French
// marks the infinitive by its ending (-er, -ir, -re); English by the data it
// follows. « pour les besoins de la maintenance » names the activity the data
// serves, as « pour les besoins du contrat » names only the contract (weak).
// A question label asks for the purpose (« Pour quoi faire ? », "To what
// end?"). Near-misses: the processor's instructions, "to the extent
// necessary", a transfer to someone, a duty to assist.
var purposeInfinitive = []snippet{
	{"purpose", "en processor processes data to V, V and V", "5.2 The Supplier processes booking data to allocate guests to rooms, print key cards and send arrival reminders.", Options{}, diag.Present},
	{"purpose", "en data of someone, only to V", "The Contractor processes the answers of the panel members only to score the questionnaires and publish the league tables.", Options{}, diag.Present},
	{"purpose", "en we process ... to plan and optimise", "We process the residents' addresses to plan and optimise the collection rounds.", Options{}, diag.Present},
	{"purpose", "fr traite les renseignements uniquement pour fournir", "2.1 Le Mandataire traite les Renseignements uniquement pour fournir les Services de déneigement aux résidents.", Options{}, diag.Present},
	{"purpose", "fr traite ... afin de calculer", "Le Prestataire traite les fiches des adhérents afin de calculer les cotisations et d'éditer les cartes.", Options{}, diag.Present},
	{"purpose", "fr pour les besoins d'une activité", "Le Mainteneur traite ces données uniquement pour les besoins de la maintenance des terminaux et sur instruction du Salon.", Options{}, diag.Present},
	{"purpose", "fr question pour quoi faire", "3.3 Pour quoi faire. Organiser les tournées de livraison et prévenir les clients de l'heure de passage.", Options{}, diag.Present},
	{"purpose", "en question to what end", "**To what end?** Running the reading-club loans and reminding members of their due dates.", Options{}, diag.Present},

	// near-misses
	{"purpose", "en instructions only (missing)", "The Supplier shall process the personal data only on the documented instructions of the Customer.", Options{}, diag.Missing},
	{"purpose", "en according to instructions (missing)", "The Supplier processes the personal data strictly according to documented instructions from the Customer.", Options{}, diag.Missing},
	{"purpose", "en disclose to third parties (missing)", "The Supplier shall not disclose the personal data to third parties or transfer the data to another country.", Options{}, diag.Missing},
	{"purpose", "fr conformément aux instructions (missing)", "Le Prestataire traite les données conformément aux instructions écrites du Client.", Options{}, diag.Missing},
	{"purpose", "fr besoins du contrat (weak)", "Le Prestataire ne traite les données que pour les seuls besoins du contrat.", Options{}, diag.Weak},
	{"purpose", "fr question sur autre chose (missing)", "3.4 Pour quoi faire en cas de fuite. Appeler le délégué du Client.", Options{}, diag.Missing},
}

func TestPurposeInfinitive(t *testing.T) { checkSnippets(t, purposeInfinitive) }

// Article 28(3) asks how long the processing lasts. Most contracts tie it to
// another instrument - the term of the licence, the order, the MSA, the
// subscription, "runs with the Services Order", « pour la seule durée du bon
// de commande » - or to a state of affairs ("for as long as you rent the
// gates", "while the organiser's account is active"). Whatever the
// instrument is called, naming its term or life names the end of the
// processing. The tie may sit at the end of the sentence that says what the
// processor does ("The Provider stores ... the data, ..., for the term of the
// Agreement"). Near-misses: a commercial term clause that says nothing of the
// processing, a confidentiality period, a notice period.
var durationInstrument = []snippet{
	{"duration", "en processing lasts for the subscription term", "2.3 The processing lasts for the subscription term set out in the Order Form.", Options{}, diag.Present},
	{"duration", "en lasts for the term of the Licence", "The processing consists of storing and displaying the readings. It lasts for the term of the Licence.", Options{}, diag.Present},
	{"duration", "en label over the term of a named instrument", "| Duration | Term of the MSA. |", Options{}, diag.Present},
	{"duration", "en rider runs with the order", "13. Term. This rider runs with the Services Order.", Options{}, diag.Present},
	{"duration", "en account active, possessive", "| Duration | while Organiser's account is active |", Options{}, diag.Present},
	{"duration", "en operations then the term at the end", "9.2 Scope. The Provider stores, encrypts, replicates and restores the Backup Data, for the sole purpose of providing the backup service described in Schedule A, for the term of the Agreement.", Options{}, diag.Present},
	{"duration", "en for as long as a state of affairs", "We process, on your behalf, the names and badge numbers of the operatives, for the purpose of site access control, for as long as you rent the gates.", Options{}, diag.Present},
	{"duration", "fr pour la seule durée du bon de commande", "Le Prestataire traite les données pour la seule durée du bon de commande-cadre et de ses renouvellements.", Options{}, diag.Present},
	{"duration", "fr libellé, temps d'exécution de la commande", "Durée : le temps d'exécution de chaque commande, puis la conservation prévue à l'article 8.", Options{}, diag.Present},

	// near-misses
	{"duration", "en notice period only (missing)", "Either party may terminate the Agreement on three months' written notice.", Options{}, diag.Missing},
	{"duration", "en confidentiality period (missing)", "Each party shall keep the other's pricing confidential during the term of the Agreement and for two years after it.", Options{}, diag.Missing},
	{"duration", "fr confidentialité pendant l'abonnement (missing)", "Chaque partie garde confidentielles les informations commerciales de l'autre, notamment les tarifs, pendant la durée de l'abonnement et deux ans après.", Options{}, diag.Missing},
	{"duration", "fr durée à compléter (weak)", "f) Durée : [durée à compléter selon les conditions particulières].", Options{}, diag.Weak},
}

func TestDurationInstrument(t *testing.T) { checkSnippets(t, durationInstrument) }

// The data subjects are named however the sentence is built: with a modal
// ("The archived files may concern the Customer's employees ..."), with a
// pronoun for the data ("It concerns your donors, members ..."), as the
// people whose personal data the controller holds, named by a person noun
// ("personal data of your berth-holders and visiting skippers"), as people
// defined by what they did ("Individuals who gave to the charity ..."),
// after a question label (« Quelles données, sur qui ? »), a label naming a
// category of users ("Category of user | App users ..."), or after « les
// données suivantes des salariés ».
var dataSubjectsGrammar = []snippet{
	{"data-subjects", "en modal may concern", "9.2 Scope. The Provider backs up the archive. The archived files may concern the Customer's employees, customers and suppliers.", Options{}, diag.Present},
	{"data-subjects", "en pronoun for the data", "The data mostly holds names, addresses and gift history. It concerns your donors, members, volunteers and event participants.", Options{}, diag.Present},
	{"data-subjects", "en person nouns after the controller's possessive", "Where we handle personal data of your berth-holders and visiting skippers on your behalf, you are the controller and we are your processor.", Options{}, diag.Present},
	{"data-subjects", "en people defined by a relative clause", "**Q2. Whose data?**\n\nIndividuals who gave to the Charity between 2016 and 2023 and have not given since.", Options{}, diag.Present},
	{"data-subjects", "en category of user column", "| Category of user | Data | Why |\n|---|---|---|\n| App users (the Partner's members or customers) | Account name, e-mail, steps | To run the app |", Options{}, diag.Present},
	{"data-subjects", "fr question sur qui", "### Quelles données, sur qui ?\n\nLicenciés (adultes et mineurs) et leurs représentants légaux ; dirigeants de clubs.", Options{}, diag.Present},
	{"data-subjects", "fr données suivantes des salariés", "Sont traitées les données suivantes des salariés et anciens salariés de l'Entreprise : nom, prénoms, date d'entrée.", Options{}, diag.Present},

	// near-misses
	{"data-subjects", "en it concerns the processing (missing)", "This clause applies to the Services. It concerns the processing of personal data by the Supplier.", Options{}, diag.Missing},
	{"data-subjects", "en personal data of your organisation's systems (missing)", "We may access personal data on your servers and in your folders when we repair them.", Options{}, diag.Missing},
	{"data-subjects", "en staff authorised by the processor (missing)", "Individuals who are authorised by the Processor to process the data are bound by confidentiality.", Options{}, diag.Missing},
	{"data-subjects", "en category of service column (missing)", "| Category of service | Data | Why |\n|---|---|---|\n| Hosting and back-up | Account name, e-mail | To run the app |", Options{}, diag.Missing},
	{"data-subjects", "fr question sur qui repose (missing)", "### Sur qui repose la preuve ?\n\nSur le Prestataire, qui tient le registre.", Options{}, diag.Missing},
}

func TestDataSubjectsGrammar(t *testing.T) { checkSnippets(t, dataSubjectsGrammar) }

// The data types are listed after a colon that closes a noun phrase naming
// the data, wherever it stands in the sentence (« ... peut accéder aux données
// enregistrées dans les caisses : nom et coordonnées des clients, historique
// ... »), after a verb with an aside ("We process, on your behalf, the
// operatives' names, employer, photo ..."). A catch-all after a concrete list
// ("Name, e-mail ..., and the personal data contained in the documents
// Customer uploads") does not make the list generic; a catch-all that comes
// first, with examples after it, does.
var dataTypesList = []snippet{
	{"data-types", "fr deux-points après les données, en milieu de phrase", "Lors de la maintenance, le Mainteneur peut accéder aux données personnelles enregistrées dans les terminaux : nom et coordonnées des clients titulaires de la carte, historique de leurs achats, identifiants des vendeurs.", Options{}, diag.Present},
	{"data-types", "en colon after data held", "During support sessions the Contractor may see the personal data held in the tills: names of loyalty-card holders, purchase history and staff log-ins.", Options{}, diag.Present},
	{"data-types", "en verb, aside, then the list", "We process, on your behalf, the operatives' names, employer, card number, photo and the time of each entry.", Options{}, diag.Present},
	{"data-types", "en list then a catch-all", "| Item | Details |\n|---|---|\n| Categories of data | Name, e-mail address, mobile number, IP address, signature image, and the personal data contained in the documents Customer uploads |", Options{}, diag.Present},
	{"data-types", "en list then any personal data", "| Item | Details |\n|---|---|\n| Types of personal data | Name, business e-mail, job title, log-in identifiers; any personal data users put in their boards |", Options{}, diag.Present},

	// near-misses
	{"data-types", "en catch-all first, examples after (weak)", "| Item | Details |\n|---|---|\n| Categories of data | Any personal data the Customer chooses to upload, which may include names, e-mail addresses and phone numbers |", Options{}, diag.Weak},
	{"data-types", "en breach steps after a colon (missing)", "In the event of a personal data breach the Supplier shall: notify the Customer, contain the incident, and keep a record.", Options{}, diag.Missing},
	{"data-types", "fr données hébergées en France (missing)", "Les données personnelles sont hébergées en France : Paris, Roubaix, Strasbourg.", Options{}, diag.Missing},
}

func TestDataTypesList(t *testing.T) { checkSnippets(t, dataTypesList) }

// The nature of the processing stated as a list of operations after a colon
// that closes the processing's own description: « Les opérations confiées
// sont : la réception ..., leur stockage ..., leur mise à disposition ... »,
// « Le traitement porte sur la gestion des demandes : réception ...,
// planification ..., appels ... », "We process renter data to provide the
// Service: taking bookings, checking ..., issuing ..."; or as verbs in the
// first person plural (« nous recevons les candidatures, les enregistrons,
// les trions ... »). Near-misses: the processing said to cover a list of
// data, a list of sub-processors' tasks, a list of what the customer does.
var natureColonList = []snippet{
	{"nature", "fr opérations confiées : liste longue", "1.2 Les opérations confiées sont : la réception des extraits transmis par le centre de supervision, leur stockage sur un coffre numérique, leur mise à disposition des agents habilités, et leur destruction à l'échéance.", Options{}, diag.Present},
	{"nature", "fr le traitement porte sur une activité : liste", "1.1 Le traitement porte sur la gestion des demandes de rappel : réception des demandes transmises par le comparateur, planification des appels, appels sortants et transfert vers un conseiller.", Options{}, diag.Present},
	{"nature", "en processing consists of an activity: list", "The processing consists of the administration of the lending library: registration of readers, loans and returns, reminders and the annual stock check.", Options{}, diag.Present},
	{"nature", "en colon and gerunds after process", "C.1.2 We process renter data to provide the Service: taking online and counter bookings, checking driver eligibility, issuing rental agreements, handling deposits and sending reminders.", Options{}, diag.Present},
	{"nature", "fr nous + verbes à la première personne", "Dans ce cadre, nous recevons les candidatures, les enregistrons dans notre logiciel de suivi, les trions, réalisons des entretiens et vous transmettons les dossiers retenus.", Options{}, diag.Present},

	// near-misses
	{"nature", "fr le traitement porte sur des données : liste (missing)", "Le traitement porte sur les données suivantes : nom, prénom, adresse, numéro de téléphone.", Options{}, diag.Missing},
	{"nature", "en processing covers data: list (missing)", "The processing covers the following personal data: names, addresses, phone numbers and e-mail addresses.", Options{}, diag.Missing},
	{"nature", "en the customer's own gerunds (missing)", "The Customer uses the dashboard for its own work: booking rooms, checking invoices and approving holidays.", Options{}, diag.Missing},
	{"nature", "fr nous nous engageons à (missing)", "Nous nous engageons à respecter le RGPD, nous informons le Client des violations et nous coopérons avec l'autorité de contrôle.", Options{}, diag.Missing},
}

func TestNatureColonList(t *testing.T) { checkSnippets(t, natureColonList) }

// "Nature of the operations" names the nature like "Nature of the
// processing": a table that carries its labels in its last column ("... |
// Nature of the operations") is read by such labels (requirementLabel).
func TestNatureLabelOperations(t *testing.T) {
	rs := mustRules(t)
	for _, l := range []string{"nature of the operations", "nature of the processing activities", "the nature of the operations carried out"} {
		if !requirementLabel(l, "en", rs) {
			t.Errorf("%q: not read as a label", l)
		}
	}
	for _, l := range []string{"number of the operations", "nature of the agreement"} {
		if requirementLabel(l, "en", rs) {
			t.Errorf("%q: read as a label", l)
		}
	}
}
