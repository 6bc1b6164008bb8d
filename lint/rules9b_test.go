package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 9 (engine9b): obligations (a)-(h) and transfers, concept first. A
// requirement is found from its concept in broad words (a breach is data lost,
// stolen, leaked or seen by the wrong person; a sub-processor is "another
// company" or a re-entrusted party), and its parts then decide present or weak.
// Wordings are our own, in several registers, with near-misses.
var rules9bCases = plainSnippets([]struct {
	id, name, src string
	want          diag.Status
}{
	// breach-notification: the breach as what happens to the data
	{"breach-notification", "en lost stolen or seen", "If any customer records are lost, stolen or seen by someone who should not see them, we will tell you within 24 hours of finding out.", diag.Present},
	{"breach-notification", "en leaked or altered", "Where the Contractor learns that personal data has been leaked, altered or destroyed, it shall notify the Authority without undue delay.", diag.Present},
	{"breach-notification", "en leakage or other breach", "Upon becoming aware of a leakage or other breach of the Personal Information, the Vendor shall notify the Customer within 48 hours.", diag.Present},
	{"breach-notification", "en accessed by someone 5 days weak", "If patient files are accessed by anyone who is not authorised to see them, the Supplier shall tell the Practice within 5 working days.", diag.Weak},
	{"breach-notification", "en communicates breach 96h weak", "The Processor communicates to the Controller any personal data breach as soon as possible and in any case within 96 hours of its discovery.", diag.Weak},
	{"breach-notification", "en defined incident", "The Provider notifies the Client of any Incident without undue delay and at the latest within 36 hours.", diag.Present},
	{"breach-notification", "fr perte vol accès non autorisé raisonnable", "En cas de perte, de vol ou d'accès non autorisé aux données, le Prestataire prévient le Client dans un délai raisonnable.", diag.Weak},
	{"breach-notification", "fr fuite de données", "Toute fuite de données est signalée à la Mairie sans délai et au plus tard dans les 24 heures.", diag.Present},
	{"breach-notification", "fr notifie puis aide 96h weak", "Le Prestataire notifiera au Client tout incident de sécurité dans les quatre-vingt-seize (96) heures et fournira les informations disponibles pour aider le Client à remplir ses propres obligations de notification.", diag.Weak},
	{"breach-notification", "en assists only near-miss", "The Processor shall assist the Controller in notifying personal data breaches to the supervisory authority.", diag.Missing},
	{"breach-notification", "en lost luggage near-miss", "The Carrier shall tell the Customer within 24 hours if a parcel is lost in transit.", diag.Missing},
	{"breach-notification", "fr perte de chiffre near-miss", "Le Prestataire informe le Client de toute perte de chiffre d'affaires liée au retard.", diag.Missing},

	// legal-requirement-notice: the law named by its source, in any words
	{"legal-requirement-notice", "en required by national law", "If the Contractor is required by EU/EEA law or Swiss law to process personal data otherwise, it shall inform the Client of that requirement before processing, unless that law prohibits such information on important grounds of public interest.", diag.Present},
	{"legal-requirement-notice", "en required to process by the law of", "Where the Vendor is required to process data by the law of the Union or of Austria, it shall inform the Customer of that legal requirement beforehand, unless that law prohibits this.", diag.Present},
	{"legal-requirement-notice", "en legal provision obliges", "If a statutory provision of the Union or of a Member State obliges the Processor to process otherwise, the Processor informs the Controller about this obligation before processing, unless that legislation forbids such notification.", diag.Present},
})

func TestRules9b(t *testing.T) { checkSnippets(t, rules9bCases) }
