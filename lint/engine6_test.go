package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 6 (issue 5): particulars set as one paragraph, as browsers and PDF
// readers set a description list ("Subject-matter: X. Duration: [insert].
// Nature: Y."). A blank after one run-in label weakens only that label's
// requirement, not every particular sharing the paragraph.
var engine6Cases = []struct {
	id, name, src string
	want          diag.Status
}{
	// The blank sits under the duration label: duration is weak ...
	{"duration", "en one paragraph blank duration", "## Details of the processing\n\nSubject-matter: the Supplier hosts the Customer's payroll system. Duration: [insert]. Nature: storage, calculation and transmission of pay data. Purpose: paying the Customer's staff.", diag.Weak},
	// ... and the other particulars in the paragraph stay present.
	{"subject-matter", "en one paragraph blank duration", "## Details of the processing\n\nSubject-matter: the Supplier hosts the Customer's payroll system. Duration: [insert]. Nature: storage, calculation and transmission of pay data. Purpose: paying the Customer's staff.", diag.Present},
	{"nature", "en one paragraph blank duration", "## Details of the processing\n\nSubject-matter: the Supplier hosts the Customer's payroll system. Duration: [insert]. Nature: storage, calculation and transmission of pay data. Purpose: paying the Customer's staff.", diag.Present},
	{"purpose", "en one paragraph blank duration", "## Details of the processing\n\nSubject-matter: the Supplier hosts the Customer's payroll system. Duration: [insert]. Nature: storage, calculation and transmission of pay data. Purpose: paying the Customer's staff.", diag.Present},
	// Other blanks: underscores, a dotted line, "TBC"-style brackets.
	{"subject-matter", "en blank purpose underscores", "## Annex 1\n\nSubject matter: the Processor runs the Customer's customer helpdesk. Purpose: ________. Duration: the term of the Agreement.", diag.Present},
	{"duration", "en blank purpose underscores", "## Annex 1\n\nSubject matter: the Processor runs the Customer's customer helpdesk. Purpose: ________. Duration: the term of the Agreement.", diag.Present},
	{"purpose", "en blank purpose underscores", "## Annex 1\n\nSubject matter: the Processor runs the Customer's customer helpdesk. Purpose: ________. Duration: the term of the Agreement.", diag.Weak},
	{"data-subjects", "en blank data types brackets", "## Annex 1\n\nCategories of data subjects: the Customer's employees and contractors. Categories of personal data: [to be completed by the Customer]. Duration: for the term of the Agreement.", diag.Present},
	{"data-types", "en blank data types brackets", "## Annex 1\n\nCategories of data subjects: the Customer's employees and contractors. Categories of personal data: [to be completed by the Customer]. Duration: for the term of the Agreement.", diag.Weak},
	{"nature", "fr un paragraphe durée en blanc", frLead + "## Description du traitement\n\nObjet : le Prestataire héberge le logiciel de paie du Client. Durée : [à compléter]. Nature : hébergement, calcul et transmission des données de paie. Finalité : le paiement des salaires du personnel du Client.", diag.Present},
	{"duration", "fr un paragraphe durée en blanc", frLead + "## Description du traitement\n\nObjet : le Prestataire héberge le logiciel de paie du Client. Durée : [à compléter]. Nature : hébergement, calcul et transmission des données de paie. Finalité : le paiement des salaires du personnel du Client.", diag.Weak},
	{"purpose", "fr un paragraphe durée en blanc", frLead + "## Description du traitement\n\nObjet : le Prestataire héberge le logiciel de paie du Client. Durée : [à compléter]. Nature : hébergement, calcul et transmission des données de paie. Finalité : le paiement des salaires du personnel du Client.", diag.Present},
	// Near-misses: a blank with no label of its own still weakens the
	// paragraph it stands in, and one under the rule's own label still counts.
	{"duration", "en unlabelled blank in paragraph", "## Duration\n\nThe processing lasts for the term of the Agreement. It ends on [date].", diag.Weak},
	{"transfers", "en unlabelled blank region", "## Transfers\n\nThe data is hosted in [insert region]. Transfers are made under the Standard Contractual Clauses.", diag.Weak},

	// The service named in "Dans le cadre des prestations de ..., le
	// Prestataire traite ..." is the subject-matter.
	{"subject-matter", "fr dans le cadre des prestations de routage", frLead + "Dans le cadre des prestations de personnalisation et de routage, le Prestataire traite pour le compte du Client les fichiers de ses destinataires.", diag.Present},
	{"subject-matter", "fr dans le cadre de la mission de paie", frLead + "Dans le cadre de la mission de tenue de la paie, le Prestataire traite les données des salariés du Client.", diag.Present},
	{"subject-matter", "fr dans le cadre du service d'hébergement", frLead + "Dans le cadre du service d'hébergement du site, le Prestataire héberge les comptes des clients du Client.", diag.Present},
	{"subject-matter", "fr dans le cadre des travaux de numérisation", frLead + "Dans le cadre des travaux de numérisation des archives, le Prestataire reçoit les dossiers du personnel du Client.", diag.Present},
	{"subject-matter", "fr dans le cadre de ses obligations near-miss", frLead + "Dans le cadre de ses obligations de sécurité, le Prestataire chiffre les sauvegardes.", diag.Missing},
	{"subject-matter", "fr dans le cadre du contrat near-miss", frLead + "Dans le cadre de l'exécution du contrat, le Prestataire traite les données conformément aux instructions du Client.", diag.Missing},

	// Data subjects named in what the files contain.
	{"data-subjects", "fr fichiers contiennent noms de clients", frLead + "Le Prestataire traite les fichiers des envois, qui contiennent les noms, prénoms et adresses postales de clients ou de prospects du Client.", diag.Present},
	{"data-subjects", "fr dossiers comportent identité des patients", frLead + "Les dossiers transmis comportent l'identité et les coordonnées des patients de la Clinique.", diag.Present},
	{"data-subjects", "fr base recense coordonnées des adhérents", frLead + "La base recense les coordonnées des adhérents de l'Association.", diag.Present},
	{"data-subjects", "fr fichier contient noms de salariés", frLead + "Le fichier contient les noms et numéros de sécurité sociale de salariés du Client.", diag.Present},
	{"data-subjects", "fr contiennent données de facturation near-miss", frLead + "Les fichiers contiennent les données de facturation du Client.", diag.Missing},

	// Purpose: "aux seules fins de", "aux fins exclusives de".
	{"purpose", "fr aux seules fins d'imprimer", frLead + "Le Prestataire utilise ces fichiers aux seules fins d'imprimer les courriers personnalisés du Client et de les remettre à La Poste.", diag.Present},
	{"purpose", "fr aux fins exclusives de gérer", frLead + "Le Prestataire traite les données aux fins exclusives de gérer les inscriptions du Client.", diag.Present},
	{"purpose", "fr aux uniques fins de calculer", frLead + "Les données sont traitées aux uniques fins de calculer la paie des salariés du Client.", diag.Present},
	{"purpose", "fr aux seules fins du mandat near-miss", frLead + "Le Prestataire n'utilise les renseignements que sur instruction écrite du Client et aux seules fins du mandat.", diag.Missing},
	{"purpose", "fr aucune autre fin near-miss", frLead + "Le Prestataire n'utilise les fichiers pour aucune autre fin.", diag.Missing},

	// Nature: operations listed as infinitives.
	{"nature", "fr infinitifs imprimer trier affranchir", frLead + "Le Prestataire utilise ces fichiers aux seules fins d'imprimer les documents, de les mettre sous pli, de les trier et de les affranchir.", diag.Present},
	{"nature", "fr infinitifs collecter stocker supprimer", frLead + "Le Prestataire est chargé de collecter les réponses, de les stocker et de les supprimer à la fin de l'enquête.", diag.Present},
	{"nature", "fr infinitifs numériser indexer archiver", frLead + "Le traitement a pour objet de numériser les dossiers, de les indexer et de les archiver.", diag.Present},
	{"nature", "fr deux infinitifs near-miss", frLead + "Le Prestataire s'engage à respecter le RGPD et à informer le Client.", diag.Missing},

	// duration: the processing runs for a named term of the main contract.
	{"duration", "en subscription term of the msa", "Vendor will process the personal data for the Subscription Term of the MSA.", diag.Present},
	{"duration", "en initial term of the agreement", "The Supplier processes Customer Data during the Initial Term of the Agreement and any renewal.", diag.Present},
	{"duration", "en service period of this order", "The Processor will process the data throughout the service period of this Order Form.", diag.Present},
	{"duration", "en contract term of the framework", "The personal data are processed for the contract term of the framework agreement.", diag.Present},
	{"duration", "en notice period near-miss", "The Customer may terminate the Agreement by giving notice for the notice period of thirty days.", diag.Missing},

	// purpose: what the controller uses the service for.
	{"purpose", "en customer uses the service to monitor", "Customer uses the Service to monitor the quality of its customer service and to train its agents.", diag.Present},
	{"purpose", "en client uses the platform to manage", "The Client uses the Platform to manage bookings for its holiday cottages.", diag.Present},
	{"purpose", "en controller uses the hosted tool to recruit", "The Controller uses the hosted recruitment tool to screen and interview applicants.", diag.Present},
	{"purpose", "en customer uses the app to schedule", "Customer uses the scheduling app in order to plan home visits by its nurses.", diag.Present},
	{"purpose", "en processor uses the service near-miss", "The Processor uses the Service to monitor its own infrastructure.", diag.Missing},

	// nature: a service described verb after verb.
	{"nature", "en ingests transcribes separates", "Vendor provides a hosted service that ingests the recordings of calls, transcribes them into text, separates the speakers and scores sentiment.", diag.Present},
	{"nature", "en receives classifies forwards", "The platform receives incoming invoices by e-mail, classifies them by supplier, and forwards them to the Customer's ledger.", diag.Present},
	{"nature", "en scans indexes archives", "The Supplier scans the paper files, indexes each page and archives the images for the Client.", diag.Present},
	{"nature", "en captures redacts", "The system captures the footage, redacts faces of bystanders and sends clips to the Customer.", diag.Present},
	{"nature", "en records obligations near-miss", "The Processor records every breach in its register and informs the Customer without undue delay.", diag.Missing},

	// Translated drafting: "is entrusted to process ... to provide the service
	// of ...", "Categories of interested persons:".
	{"subject-matter", "en entrusted to provide the service of coding", "1.1 By means of these clauses the Processor is entrusted to process, on behalf of the Hospital, the personal data necessary to provide the service of coding of hospital discharges.", diag.Present},
	{"subject-matter", "en entrusted with running the helpdesk", "The Supplier is entrusted with running the support service for the Customer's software users.", diag.Present},
	{"subject-matter", "en charged with performing the payroll work", "The Processor is charged by the Controller with performing the payroll work for its staff.", diag.Present},
	{"subject-matter", "en tasked to deliver the hosting", "The Vendor is tasked to deliver the hosting of the Client's booking site.", diag.Present},
	{"subject-matter", "en entrusted with notifying near-miss", "The Processor is entrusted with notifying the Controller of any personal data breach.", diag.Missing},
	{"data-subjects", "en categories of interested persons", "## Affected information\n\nCategories of interested persons: patients attended in the Hospital and the physicians who sign the discharge reports.", diag.Present},
	{"data-subjects", "en affected individuals label", "## Data\n\nAffected individuals: pupils of the School and their parents.", diag.Present},
	{"data-subjects", "en interested parties near-miss", "## Notices\n\nThe parties shall inform interested parties of any change to the Service.", diag.Missing},

	// confidentiality: staff named in one sentence, bound in the next; the
	// processor's duty and the staff's undertaking in one sentence.
	{"confidentiality", "fr chacun a signé", frLead + "Seuls les techniciens désignés dans l'offre interviennent sur le système. Chacun a signé un engagement de confidentialité portant sur les images.", diag.Present},
	{"confidentiality", "fr tous sont tenus au secret", frLead + "Seuls les agents habilités du Prestataire accèdent aux dossiers. Tous sont tenus au secret professionnel.", diag.Present},
	{"confidentiality", "en each of them has signed", "Only the named engineers access the system. Each of them has signed a non-disclosure agreement covering the data.", diag.Present},
	{"confidentiality", "fr garantir puis personnes autorisées", frLead + "Le Prestataire s'engage à garantir la confidentialité des données et à veiller à ce que les personnes autorisées à les traiter s'engagent à respecter la confidentialité.", diag.Present},
	{"confidentiality", "fr chacune des parties near-miss", frLead + "Chacune des parties s'engage à respecter la confidentialité des conditions tarifaires.", diag.Missing},
	{"confidentiality", "fr confidentialité des données de son personnel near-miss", frLead + "Le Prestataire garantit la confidentialité des données de son personnel.", diag.Missing},
}

func TestEngine6Rules(t *testing.T) { checkSnippets(t, plainSnippets(engine6Cases)) }
