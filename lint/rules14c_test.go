package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Article 28(2) and 28(3)(d): who decides on a new sub-processor. The
// controller's consent may be the condition of a permission ("may engage ...
// with the Customer's prior written consent", « peut engager ... avec
// l'autorisation écrite du Client », a bracketed condition on an exception):
// each engagement then waits for the controller, which is the specific regime,
// so no separate notice or objection is needed. A prohibition whose only
// exception is the controller's approval ("not ... unless the Customer has
// approved it", « ne ... aucune ... sauf si le Client l'a approuvé ») is the
// written authorisation. A notice that opens the controller's objection is a
// notice of the change, whatever the change is called, and French reads a
// notice given before the engagement as English does.
var subprocessorWhoDecides = []snippet{
	{"subprocessor-authorisation", "en may engage with prior written consent", "Sub-processors. The Vendor may engage further sub-processors with the Customer's prior written consent.", Options{}, diag.Present},
	{"subprocessor-authorisation", "fr peut engager avec l'autorisation écrite", "Sous-traitance ultérieure. Le Prestataire peut engager d'autres sous-traitants ultérieurs avec l'autorisation écrite préalable du Client.", Options{}, diag.Present},
	{"subprocessor-authorisation", "fr exception entre parenthèses", "Sous-traitance ultérieure\n\nPrincipe : aucun sous-traitant ultérieur n'est engagé.\nException : la sauvegarde externe (avec accord préalable du Client).", Options{}, diag.Present},
	{"subprocessor-authorisation", "fr sauf si le client l'a approuvé", "Sous-traitants ultérieurs\n\nLe Prestataire ne communiquera aucune donnée à un sous-traitant ultérieur, sauf si le Client l'a approuvé. Le Prestataire informe le Client au moins quinze jours à l'avance de tout ajout, et le Client peut s'y opposer.", Options{}, diag.Present},
	{"subprocessor-authorisation", "en unless approved", "Sub-processors. The Vendor will not pass any personal data to a sub-processor unless the Customer has approved it in writing. The Vendor tells the Customer a month before any addition and the Customer may object.", Options{}, diag.Present},
	{"subprocessor-authorisation", "en notice of updates with objections", "Sub-processors. The Provider may engage the sub-processors listed in the Annex. The Provider will notify the Customer of updates to that list and allow the Customer to raise reasonable objections.", Options{}, diag.Present},
	{"subprocessor-authorisation", "fr notifier avant engagement", "Sous-traitants ultérieurs : le Client donne une autorisation générale écrite ; le Prestataire le notifie avant l'engagement de tout nouveau sous-traitant ultérieur et le Client peut s'y opposer.", Options{}, diag.Present},
	// near-misses: a general authorisation, no notice; consent to transfers abroad
	{"subprocessor-authorisation", "en general written authorisation, no notice (near-miss)", "Sub-processors. The Vendor may engage further sub-processors with the general written authorisation of the Customer given in this Addendum.", Options{}, diag.Weak},
	{"subprocessor-authorisation", "fr autorisation générale, sans information (near-miss)", "Sous-traitance ultérieure. Le Prestataire peut engager d'autres sous-traitants ultérieurs avec l'autorisation générale du Client.", Options{}, diag.Weak},
	{"subprocessor-authorisation", "en consent to transfers is no notice (near-miss)", "Sub-processors. The Vendor may use other processors. It may transfer data outside the EEA only with the Customer's prior written consent.", Options{}, diag.Weak},
}

func TestSubprocessorWhoDecides(t *testing.T) {
	checkSnippets(t, subprocessorWhoDecides)
}

// Article 28(2): the list of sub-processors, or where it is kept. A sentence
// that names the list of sub-processors and a web address keeps the list
// there, whatever adjectives the list carries; providers listed at an
// address, an address named for them, a dated heading or a heading closed by a
// colon over the list, and a company named by its legal form as the one that
// carries out a processing operation all name or place the list. A heading
// alone over a sentence, or a list of something else at an address, does not.
var subprocessorListPlaces = []snippet{
	{"subprocessor-list", "en a current and complete list of approved sub-processors at a url", "Sub-processors. A current and complete list of engaged and approved sub-processors can be found at https://trust.example.org/processing/.", Options{}, diag.Present},
	{"subprocessor-list", "en providers listed at an address", "Other providers. You agree that we may use other providers to run the app. Our current providers are listed at tidyapp.example/providers.", Options{}, diag.Present},
	{"subprocessor-list", "en list at an address named for them", "Yes. You give us a general authorisation to use sub-processors. The list is on www.rentabike.example/subprocessors.", Options{}, diag.Present},
	{"subprocessor-list", "en a company hosting the data", "Other providers. The booking log is hosted with Nordhost GmbH in Finland and text messages are sent through a messaging gateway.", Options{}, diag.Present},
	{"subprocessor-list", "en dated heading over a table", "Approved sub-processors as at 1 March:\n\n| Service | Provider | Location |\n|---|---|---|\n| Hosting | Nordhost GmbH | Finland |", Options{}, diag.Present},
	{"subprocessor-list", "fr heading à ce jour over a table", "Sous-traitants autorisés à ce jour :\n\n| Service | Prestataire | Localisation |\n|---|---|---|\n| Hébergement | Nuagerie SAS | France |", Options{}, diag.Present},
	{"subprocessor-list", "fr liste des sous-traitants à une adresse", "Sous-traitance ultérieure. Une liste complète et à jour des sous-traitants ultérieurs engagés figure à l'adresse https://confiance.example.fr/liste.", Options{}, diag.Present},
	{"subprocessor-list", "fr hébergé chez une société", "Prestataires. Les dossiers sont hébergés chez Nuagerie SAS à Lyon ; les SMS partent par une passerelle.", Options{}, diag.Present},
	// near-misses: a bare heading over a sentence, a list of something else, the party itself
	{"subprocessor-list", "en bare heading over a sentence (near-miss)", "Current Subprocessors\n\nThe Processor may continue to use the sub-processors it used before signing, if they meet the requirements of this addendum.", Options{}, diag.Missing},
	{"subprocessor-list", "en a list of measures at an address (near-miss)", "Security. The list of our technical measures is published at https://trust.example.org/security.", Options{}, diag.Missing},
	{"subprocessor-list", "fr heading sans deux-points ni date (near-miss)", "Sous-traitants autorisés\n\nLe Prestataire peut recourir à d'autres sous-traitants avec l'accord du Client.", Options{}, diag.Missing},
}

func TestSubprocessorListPlaces(t *testing.T) {
	checkSnippets(t, subprocessorListPlaces)
}

// Article 28(4): the sub-processor bound by contract to the same obligations,
// the processor liable for it. This contract's obligations imposed in the
// passive voice are the same obligations; French names the processor's own
// sub-contractors by a possessive (« ses sous-traitants »; a bare
// « sous-traitant » is the processor) and says the processor stays responsible
// "for" them.
var subprocessorFlowdownShapes = []snippet{
	{"subprocessor-flowdown", "en obligations of this DPA imposed, passive", "Sub-processors. The data protection obligations set out in this DPA are also imposed on each sub-processor by written contract, and the Provider remains fully liable to the Customer for their performance.", Options{}, diag.Present},
	{"subprocessor-flowdown", "fr obligations du présent accord imposées, passif", "Sous-traitants ultérieurs. Les obligations de protection des données décrites dans le présent accord sont également imposées au sous-traitant ultérieur par contrat, et le Prestataire en reste pleinement responsable envers le Client.", Options{}, diag.Present},
	{"subprocessor-flowdown", "fr rester responsable des sous-traitants secondaires", "Engagements du Prestataire :\n- imposer les mêmes obligations par contrat aux sous-traitants secondaires ;\n- rester responsable des sous-traitants secondaires.", Options{}, diag.Present},
	{"subprocessor-flowdown", "fr responsable des actes de ses sous-traitants, sans contrat", "Responsabilité. Le Prestataire reste responsable envers le Client pour les actes de ses sous-traitants.", Options{}, diag.Weak},
	{"subprocessor-flowdown", "fr mêmes niveaux de protection", "Sous-traitants ultérieurs. Chaque sous-traitant ultérieur est lié par contrat et offre les mêmes niveaux de protection que le présent accord ; le Prestataire en répond envers le Client.", Options{}, diag.Present},
	// near-misses: the processor's own duties, a party to this contract
	{"subprocessor-flowdown", "fr le sous-traitant (le prestataire) est responsable (near-miss)", "Sécurité. Le sous-traitant est responsable de la sécurité des données qu'il traite.", Options{}, diag.Missing},
	{"subprocessor-flowdown", "en obligations imposed on the processor itself (near-miss)", "Security. The obligations in this Agreement are binding on the Supplier and its staff.", Options{}, diag.Missing},
}

func TestSubprocessorFlowdownShapes(t *testing.T) {
	checkSnippets(t, subprocessorFlowdownShapes)
}

// Article 28(3)(g): deletion that follows a retention policy the processor
// owns is weak, whether the owner is named by a possessive or as a noun before
// "retention policies".
var deletionPolicyOwner = []snippet{
	{"deletion-return", "en processor retention policies, no possessive", "Return and deletion. On termination, the Processor will, at the Controller's choice, return or delete all personal data. Backups are purged in accordance with Processor retention policies.", Options{}, diag.Weak},
	{"deletion-return", "en controller's choice, law only (near-miss)", "Return and deletion. On termination, the Processor will, at the Controller's choice, return or delete all personal data, unless Union or Member State law requires storage.", Options{}, diag.Present},
}

func TestDeletionPolicyOwner(t *testing.T) {
	checkSnippets(t, deletionPolicyOwner)
}

// Chapter V through Article 28(3)(a): a transfer clause that commits only to a
// category of tool and leaves the mechanism to the processor ("SCCs or other
// lawful transfer mechanisms", "such mechanisms as may be permitted from time
// to time", a processor that may adopt an alternative mechanism) is weak. A
// mechanism the parties agree, or a named tool alone, is not.
var transferMechanismLeftOpen = []snippet{
	{"transfers", "en or other lawful mechanisms", "International transfers. On the Customer's instructions, the Provider may transfer personal data outside the EEA using the Standard Contractual Clauses or other lawful transfer mechanisms.", Options{}, diag.Weak},
	{"transfers", "en such mechanisms as may be permitted", "Transfers. The Customer instructs the Provider to transfer personal data to third countries where needed, by way of such legally enforceable mechanisms as may be permitted under data protection law from time to time.", Options{}, diag.Weak},
	{"transfers", "en processor adopts an alternative", "Transfers. On the Customer's instructions, transfers outside the EEA rely on the Standard Contractual Clauses. If the Provider adopts an alternative transfer mechanism, that mechanism applies instead.", Options{}, diag.Weak},
	{"transfers", "fr ou tout autre mécanisme légal", "Transferts. Sur instruction du Client, le Prestataire peut transférer des données hors de l'Union européenne sur la base des clauses contractuelles types ou de tout autre mécanisme de transfert légal.", Options{}, diag.Weak},
	{"transfers", "fr adopte un autre mécanisme", "Transferts. Sur instruction du Client, les transferts hors de l'Union européenne reposent sur les clauses contractuelles types. Si le Prestataire adopte un autre mécanisme de transfert, celui-ci s'applique.", Options{}, diag.Weak},
	// near-misses: the tool named alone; another mechanism the parties agree
	{"transfers", "en SCCs alone (near-miss)", "International transfers. On the Customer's instructions, the Provider may transfer personal data outside the EEA under the Standard Contractual Clauses (Module Two) signed with this Addendum.", Options{}, diag.Present},
	{"transfers", "en other mechanism agreed by the parties (near-miss)", "International transfers. On the Customer's instructions, the Provider may transfer personal data outside the EEA under the Standard Contractual Clauses (Module Two) signed with this Addendum, or another appropriate safeguard agreed in writing by the parties.", Options{}, diag.Present},
}

func TestTransferMechanismLeftOpen(t *testing.T) {
	checkSnippets(t, transferMechanismLeftOpen)
}

// Article 28(3)(e): the requests of the people the data is about, in any
// shape: someone who writes, calls or contacts to act on their own data (the
// purpose infinitive names a right, the possessive ties the data to the
// person asking), someone who contacts the controller and whose request is
// then answered, and the rights named by the law that grants them.
var dataSubjectRequestShapes = []snippet{
	{"data-subject-rights", "en contacts us to erase their data", "Requests from visitors. If a visitor contacts us to see, correct or erase their data, we refer them to you and help you answer with the export tools.", Options{}, diag.Present},
	{"data-subject-rights", "en contacts you, help answer the request", "Helping you. Where a subscriber contacts you directly, we will help you answer the request through the admin console.", Options{}, diag.Present},
	{"data-subject-rights", "en GDPR rights", "The Supplier shall:\n1. act only on documented instructions;\n2. assist the Club with GDPR rights of its members.", Options{}, diag.Present},
	{"data-subject-rights", "fr écrit pour faire effacer ses données", "Demandes des lecteurs. Si un lecteur nous écrit pour consulter ses fiches ou les faire effacer, nous vous transmettons sa demande et vous aidons à y répondre.", Options{}, diag.Present},
	{"data-subject-rights", "fr droits RGPD", "Le Prestataire s'engage à :\n1. traiter les données sur instruction ;\n2. assister l'Association dans la gestion des droits RGPD des adhérents.", Options{}, diag.Present},
	// near-misses: a person who calls about something else; the controller's own contact
	{"data-subject-rights", "en calls to change a booking (near-miss)", "Support. If a guest calls us to change a booking, our staff update it in the calendar.", Options{}, diag.Missing},
	{"data-subject-rights", "fr contacte pour une facture (near-miss)", "Assistance. Si le Client nous contacte pour obtenir une facture, nous la lui envoyons sous deux jours.", Options{}, diag.Missing},
}

func TestDataSubjectRequestShapes(t *testing.T) {
	checkSnippets(t, dataSubjectRequestShapes)
}

// Article 28(2): a duty to keep a list, stated in the future or by a modal,
// is no list when nothing says where it is or that it is given. A statement in
// the present, or a duty that says where the list is, is not this.
var subprocessorListPromised = []snippet{
	{"subprocessor-list", "en will maintain a current list", "Sub-processors. The Customer authorises the Provider to engage sub-processors. The Provider will maintain a current list of sub-processors and tell the Customer of changes.", Options{}, diag.Weak},
	{"subprocessor-list", "fr tiendra à jour la liste", "Sous-traitance ultérieure. Le Client autorise le Prestataire à recourir à des sous-traitants ultérieurs. Le Prestataire tiendra à jour la liste de ses sous-traitants ultérieurs.", Options{}, diag.Weak},
	{"subprocessor-list", "en will maintain the list at an address (near-miss)", "Sub-processors. The Provider will maintain a current list of sub-processors at https://status.example.com/subprocessors.", Options{}, diag.Present},
	{"subprocessor-list", "fr tiendra la liste en annexe (near-miss)", "Sous-traitance ultérieure. Le Prestataire tiendra à jour la liste de ses sous-traitants ultérieurs figurant en annexe 3.\n\nAnnexe 3 - Sous-traitants ultérieurs autorisés\n\nNuagerie SAS (hébergement, Lyon).", Options{}, diag.Present},
}

func TestSubprocessorListPromised(t *testing.T) {
	checkSnippets(t, subprocessorListPromised)
}

// Article 28(3)(g): the processor's discretion, said in the first person in
// the sentence after the export window, a retention policy with coordinated
// modifiers, "for so long as it deems necessary", a policy named as the source
// of the retention periods, and deletion on the processor's own schedule.
// Working copies deleted on a schedule, and law-required retention, are not.
var deletionWhoDecides = []snippet{
	{"deletion-return", "en we may then delete", "End of the service. When the subscription ends you can export your files for a month. We may then delete what remains.", Options{}, diag.Weak},
	{"deletion-return", "fr nous pourrons ensuite supprimer", "Fin de l'abonnement. À la résiliation, vous pouvez exporter vos fichiers pendant un mois. Nous pourrons ensuite supprimer les données restantes.", Options{}, diag.Weak},
	{"deletion-return", "en backup and archival policies, so long as it deems", "Return. At the end of this Agreement the Processor shall, at the Controller's choice, return or delete the records, but may retain copies under its backup and archival policies for so long as it deems necessary.", Options{}, diag.Weak},
	{"deletion-return", "fr durées prévues par la politique du prestataire", "Fin du contrat. Au terme du contrat, le Prestataire, au choix du Client, restitue les données ou les supprime, sous réserve des durées de conservation prévues par la politique d'archivage interne du Prestataire.", Options{}, diag.Weak},
	{"deletion-return", "en we may delete in line with our schedule", "Data. We store availability entries for the Service.\n\nEnd of the subscription. After the subscription ends, we may delete your data in line with our standard retention schedule. If you ask within 30 days, we send you an export.", Options{}, diag.Weak},
	// near-misses: working copies on a schedule; the controller's own policy
	{"deletion-return", "en staging copies on a schedule (near-miss)", "Return and deletion\n\nAt the end of the contract the Processor returns all data to the Controller and then deletes it, unless Union law requires storage.\n\nImports\n\nThe Processor checks each file before loading it. The Processor may delete staging copies once an import is accepted, in line with its standard retention policy.", Options{}, diag.Present},
	{"deletion-return", "fr politique du client (near-miss)", "Fin du contrat. Au terme du contrat, le Prestataire, au choix du Client, restitue les données ou les supprime, selon les durées prévues par la politique d'archivage du Client.", Options{}, diag.Present},
}

func TestDeletionWhoDecides(t *testing.T) {
	checkSnippets(t, deletionWhoDecides)
}

// A bracketed drafting instruction that opens on any imperative of drafting
// ("[Include ...]", "[Provide ...]") leaves the clause unfinished, as
// "[Insert ...]" does; bracketed text that is part of the sentence is not one.
var draftingInstructionBlank = []snippet{
	{"subprocessor-authorisation", "en [Include details ...]", "Sub-processors. The Processor shall engage sub-processors only with the prior written consent of the Controller. [Include details of how sub-processors are managed, taken from the hosting providers' own terms.]", Options{}, diag.Weak},
	{"subprocessor-authorisation", "en [including ...] is text (near-miss)", "Sub-processors. The Processor shall engage sub-processors [including the hosting provider and the e-mail delivery service] only with the prior written consent of the Controller.", Options{}, diag.Present},
}

func TestDraftingInstructionBlank(t *testing.T) {
	checkSnippets(t, draftingInstructionBlank)
}
