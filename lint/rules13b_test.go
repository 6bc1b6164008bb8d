package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Article 28(3)(e): the processor assists the controller in answering the
// requests of data subjects. The assistance must be with those requests: a
// section that names requests and, elsewhere, assistance with something else
// (security, impact assessments, the users' helpdesk) only forwards, and a
// processor that forwards a request and does nothing more is weak. The
// assistance is read in a sentence that names the requests, the rights or the
// person asking, or that takes the request up by a pronoun.
var dataSubjectAssistanceWithRequests = []snippet{
	// forwarding only, with other assistance in the same section: weak
	{"data-subject-rights", "fr transmet, assistance ailleurs", "Données personnelles. Le Prestataire assure l'assistance aux utilisateurs du Client. Le Prestataire transmet au Client toute demande d'une personne concernée qu'il recevrait.", Options{}, diag.Weak},
	{"data-subject-rights", "en forwards, helps with DPIAs", "Data protection. We help you with data protection impact assessments. If a visitor asks us to delete their data, we pass the request on to you within two days.", Options{}, diag.Weak},
	{"data-subject-rights", "fr répond aux appels (pas aux demandes)", "Le Prestataire répond aux appels entrants au nom du Client. Lorsqu'un appelant demande à accéder à ses données, le Prestataire transmet sa demande au Client par courriel.", Options{}, diag.Weak},
	// assistance with the requests: present
	{"data-subject-rights", "en forwards and helps answer it", "If a caller asks us for access to their data, we forward the request to the Charity within two working days and help the Charity answer it.", Options{}, diag.Present},
	{"data-subject-rights", "fr aide à y répondre", "Lorsqu'un adhérent demande à consulter ses données, le Prestataire transmet la demande au Club et l'aide à y répondre dans le délai d'un mois.", Options{}, diag.Present},
	{"data-subject-rights", "en help to find and remove, same sentence", "If one of your members asks us to delete their data, we pass it on to you and help you find and remove their records.", Options{}, diag.Present},
	{"data-subject-rights", "fr assiste, articles entre", "Le Mandataire assiste le Mandant pour ses obligations des art. 32 à 36 RGPD et pour répondre aux demandes des personnes concernées.", Options{}, diag.Present},
	{"data-subject-rights", "fr répond, au nom de, aux demandes", "Le Syndic répond, au nom du Conseil, aux demandes d'accès des copropriétaires dans un délai d'un mois.", Options{}, diag.Present},
	{"data-subject-rights", "en so that it can answer", "The Supplier makes the records available to the Trust within five days so that it can answer a patient's request to access or correct their data.", Options{}, diag.Present},
	{"data-subject-rights", "en tools to answer the request", "If a guest asks us to delete their data we pass the request to you; you can answer it using the platform's export and delete tools.", Options{}, diag.Present},
}

func TestDataSubjectAssistanceWithRequests(t *testing.T) {
	checkSnippets(t, dataSubjectAssistanceWithRequests)
}

// Article 28(2) and Annex IV of Decision 2021/915: the contract names the
// authorised sub-processors or says where the list is kept. The list takes
// many shapes that hold in any contract: a statement that none is engaged,
// closed by a semicolon as well as by a full stop; an annex headed by a single
// authorised sub-processor; a list kept at any web address or in the
// customer's online area; providers named with their legal form and
// particulars in brackets where the sentence authorises them or names two of
// them; a provider in use named with where it is hosted.
var subprocessorListShapes = []snippet{
	{"subprocessor-list", "fr aucun n'est autorisé, suite après ;", "Sous-traitance. À la signature, aucun sous-traitant ultérieur n'est autorisé ; les archives papier sont détruites par le Titulaire lui-même.", Options{}, diag.Present},
	{"subprocessor-list", "fr ne fait appel à aucun ... pour les traitements", "4.2 À la date des présentes, le Prestataire ne fait appel à aucun sous-traitant ultérieur pour les traitements confiés.", Options{}, diag.Present},
	{"subprocessor-list", "en none is engaged; more follows", "Sub-processing. No sub-processor is engaged at the date of this Schedule; the Contractor prints all letters in-house.", Options{}, diag.Present},
	{"subprocessor-list", "fr annexe au singulier", "ANNEXE 2 - SOUS-TRAITANT ULTÉRIEUR AUTORISÉ\n\nRoutix SAS, 4 rue des Lilas, 44000 Nantes : envoi des convocations par SMS ; hébergement en France.", Options{}, diag.Present},
	{"subprocessor-list", "fr liste à une adresse web", "Sous-traitants ultérieurs. Oui, pour l'hébergement et l'envoi des courriels. La liste figure sur agendo.example/prestataires et peut évoluer.", Options{}, diag.Present},
	{"subprocessor-list", "fr liste dans l'espace client", "Nous faisons appel à des correcteurs indépendants, qui sont nos sous-traitants ultérieurs. La liste des correcteurs partenaires figure sur votre espace client.", Options{}, diag.Present},
	{"subprocessor-list", "en list in the customer area", "Sub-processors. The current list of our sub-processors is published in your customer area and updated when it changes.", Options{}, diag.Present},
	{"subprocessor-list", "en two named companies, approved", "Sub-processors. The payroll engine is run by Paymatic S.A. (Luxembourg) and the payslip portal by Slipway Ltd (Leeds), both approved by the Employer on signature.", Options{}, diag.Present},
	{"subprocessor-list", "fr seul X SAS (lieu) est autorisé", "Sous-traitance ultérieure. À la date de signature, seul l'outil de routage Courriel Nord SAS (Lille) est autorisé.", Options{}, diag.Present},
	{"subprocessor-list", "fr en place, hébergé en", "Nous pouvons faire appel à des prestataires. Nous utilisons aujourd'hui le logiciel de paie Payflo (hébergé en France) et l'outil de signature Signex (hébergé en Belgique).", Options{}, diag.Present},
	// near-misses: a party named with its particulars, a consent regime, the list of something else
	{"subprocessor-list", "fr aucun ... sans autorisation (near-miss)", "Le Prestataire ne fait appel à aucun sous-traitant ultérieur sans l'autorisation écrite du Client.", Options{}, diag.Missing},
	{"subprocessor-list", "en parties with registration details (near-miss)", "This agreement is between Harbour Foods Ltd (company number 0123456, registered in England) and Cloudmere Ltd (company number 0654321, registered in England).", Options{}, diag.Missing},
	{"subprocessor-list", "fr liste des stagiaires (near-miss)", "Formation. La liste des stagiaires inscrits figure sur votre espace client.", Options{}, diag.Missing},
	{"subprocessor-list", "en a product at a web address (near-miss)", "Our current price list is available at shop.example/prices.", Options{}, diag.Missing},
}

func TestSubprocessorListShapes(t *testing.T) { checkSnippets(t, subprocessorListShapes) }

// Article 28(3)(g): deletion or return at the end of the services. A clause
// that opens on the end of the contract may call the contract anything ("the
// MSA", "the Licence"); French says "then" (« Ensuite, ») after a period just
// set, as English does. The deletion is weak when the processor keeps what it
// judges necessary, or follows a retention policy or procedure of its own,
// whoever's name the policy carries (not the controller's).
var deletionReturnShapes = []snippet{
	{"deletion-return", "en at the end of the MSA", "At the end of the MSA, the Vendor shall, at the Hospital's choice, return all personal data (scans and reports in DICOM and PDF) or delete it, and shall delete all remaining copies within 60 days.", Options{}, diag.Present},
	{"deletion-return", "en on expiry of the Licence", "On expiry of the Licence the Provider, at the Library's choice, returns the reader data as a CSV export or deletes it, and deletes existing copies within 30 days.", Options{}, diag.Present},
	{"deletion-return", "fr ensuite, nous pouvons supprimer", "Après la résiliation, vous pouvez exporter vos fiches pendant 30 jours. Ensuite, nous pouvons supprimer vos données.", Options{}, diag.Weak},
	{"deletion-return", "fr sauf celles qu'il estime nécessaires", "Au terme du contrat, le titulaire restitue à la Commune l'ensemble des données, puis détruit les copies qu'il détient, sauf celles qu'il estime utile de conserver pour sa comptabilité.", Options{}, diag.Weak},
	{"deletion-return", "fr politique d'archivage du prestataire", "À la fin de la convention, le Cabinet restitue les dossiers au Client ; les copies sont ensuite conservées selon la politique d'archivage du Cabinet, puis supprimées.", Options{}, diag.Weak},
	{"deletion-return", "en internal retention procedures", "On expiry the Contractor shall hand over the database to the Council, and its own copies shall thereafter be deleted in accordance with the Contractor's internal data retention procedures.", Options{}, diag.Weak},
	{"deletion-return", "en except what it considers necessary", "On termination the Supplier returns all data to the Club and then deletes its copies, except those records that it considers necessary for its own purposes.", Options{}, diag.Weak},
	// near-misses: the controller's own policy; a legal retention; the end of something else
	{"deletion-return", "fr politique de conservation du Client (near-miss)", "À la fin du contrat, le Prestataire restitue les données au Client puis les supprime selon la politique de conservation du Client.", Options{}, diag.Present},
	{"deletion-return", "en legal retention stays present (near-miss)", "At the end of the Services, the Supplier shall, at the Customer's choice, return or delete all personal data and delete existing copies, unless Union or Member State law requires storage.", Options{}, diag.Present},
	{"deletion-return", "en at the end of each month (near-miss)", "At the end of each month, the Supplier sends the Customer an invoice.", Options{}, diag.Missing},
}

func TestDeletionReturnShapes(t *testing.T) { checkSnippets(t, deletionReturnShapes) }

// Article 28(2): engaging another processor is addressed whenever the
// processor says it has recourse to other providers, in any person and tense
// and whatever the providers are called. Without the controller's
// authorisation, notice or objection the clause is weak, not missing.
var subprocessorRecourseAnyPerson = []snippet{
	{"subprocessor-authorisation", "fr nous faisons appel à des prestataires", "Nos prestataires. Nous faisons appel à des prestataires pour l'hébergement et l'envoi de SMS ; leur liste figure sur notre site.", Options{}, diag.Weak},
	{"subprocessor-authorisation", "fr nous pouvons faire appel", "Nous pouvons faire appel à des prestataires pour les besoins de la mission.", Options{}, diag.Weak},
	{"subprocessor-authorisation", "fr centres d'appels partenaires", "En cas de débordement, le Prestataire peut faire appel à des centres d'appels partenaires, en France ou au Maroc.", Options{}, diag.Weak},
	// near-misses: the controller's recourse; an appeal to a court
	{"subprocessor-authorisation", "fr le Client fait appel (near-miss)", "Le Client fait appel à des prestataires de son choix pour ses propres campagnes.", Options{}, diag.Missing},
	{"subprocessor-authorisation", "fr faire appel d'une décision (near-miss)", "Chaque partie peut faire appel de la décision du tribunal.", Options{}, diag.Missing},
}

func TestSubprocessorRecourseAnyPerson(t *testing.T) { checkSnippets(t, subprocessorRecourseAnyPerson) }
