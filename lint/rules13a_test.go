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
