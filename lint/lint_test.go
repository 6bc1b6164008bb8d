package lint

import (
	"strings"
	"testing"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/diag"
	"github.com/dpatool/dpa/lint/doc"
	"github.com/dpatool/dpa/lint/read"
)

func mdDoc(t testing.TB, src string) *doc.Document {
	t.Helper()
	d, err := read.Read("snippet.md", strings.NewReader(src), "md")
	if err != nil {
		t.Fatalf("reading snippet: %v", err)
	}
	return d
}

func status(t *testing.T, src, id string, opt Options) Finding {
	t.Helper()
	res := Check(mdDoc(t, src), mustRules(t), opt)
	for _, f := range res.Findings {
		if f.ID == id {
			return f
		}
	}
	t.Fatalf("no finding for %s", id)
	return Finding{}
}

// Each case is a short clause, in the register of a real contract, and the status
// the rule must give it. Paraphrases exercise the vocabularies; negative cases are
// near-misses that must not count.
var ruleCases = []struct {
	id, name, src string
	want          diag.Status
}{
	// instructions
	{"instructions", "en scc", "The processor shall process personal data only on documented instructions from the controller, including with regard to transfers of personal data to a third country.", diag.Present},
	{"instructions", "en vendor", "Vendor will process Customer Data solely in accordance with Customer's documented instructions, including as regards any transfer outside the EEA.", diag.Present},
	{"instructions", "en negation form", "Supplier shall not process the Personal Data other than on the Customer's documented instructions, including with regard to transfers to third countries.", diag.Present},
	{"instructions", "en no only", "We process Customer Data in accordance with your instructions.", diag.Weak},
	{"instructions", "en own purposes", "Vendor shall process Personal Data only on Customer's documented instructions.\n\nVendor may also use Personal Data for its own business purposes.", diag.Weak},
	{"instructions", "en not own purposes", "Vendor shall process Personal Data only on Customer's documented instructions, including with regard to transfers to third countries. Vendor shall not use Personal Data for its own purposes.", diag.Present},
	{"instructions", "fr cnil", "Le sous-traitant s'engage à traiter les données uniquement pour la ou les seules finalités qui font l'objet de la sous-traitance et conformément aux instructions documentées du responsable de traitement, y compris en ce qui concerne les transferts vers un pays tiers.", diag.Present},
	{"instructions", "absent", "The parties agree on the price of the services.", diag.Missing},

	// legal-requirement-notice
	{"legal-requirement-notice", "en scc", "The processor shall process personal data only on documented instructions from the controller, unless required to do so by Union or Member State law to which the processor is subject. In this case, the processor shall inform the controller of that legal requirement before processing.", diag.Present},
	{"legal-requirement-notice", "en permissible", "Where processing is required by applicable law, Vendor will notify Customer to the extent permissible.", diag.Weak},
	{"legal-requirement-notice", "fr", "Si le sous-traitant est tenu de procéder à un traitement en vertu du droit de l'Union ou du droit de l'État membre auquel il est soumis, il doit informer le responsable du traitement de cette obligation juridique avant le traitement.", diag.Present},

	// confidentiality
	{"confidentiality", "en staff secrecy", "Supplier ensures that all staff who handle Personal Data are under a duty of secrecy.", diag.Present},
	{"confidentiality", "en persons authorised", "The processor shall ensure that persons authorised to process the personal data have committed themselves to confidentiality.", diag.Present},
	{"confidentiality", "en business secrets near-miss", "Each party shall keep the other party's Confidential Information secret and use it only to perform this Agreement.", diag.Missing},
	{"confidentiality", "fr", "Le prestataire veille à ce que les personnes autorisées à traiter les données s'engagent à respecter la confidentialité.", diag.Present},

	// security
	{"security", "en art 32 with measures", "Processor shall implement the technical and organisational measures required by Article 32 GDPR.\n\nAll data is encrypted at rest with AES-256 and access requires multi-factor authentication.", diag.Present},
	{"security", "en bare appropriate measures", "Vendor will implement appropriate technical and organisational measures to protect Customer Data.", diag.Weak},
	{"security", "fr", "Le sous-traitant met en œuvre les mesures techniques et organisationnelles appropriées. Les données sont chiffrées et les sauvegardes sont quotidiennes.", diag.Present},

	// subprocessor-authorisation
	{"subprocessor-authorisation", "en full", "## Sub-processors\n\nVendor shall not engage another processor without the prior specific or general written authorisation of the Customer. In the case of general written authorisation, Vendor shall inform the Customer of any intended changes concerning the addition or replacement of other processors at least 30 days in advance, thereby giving the Customer the opportunity to object to such changes.", diag.Present},
	{"subprocessor-authorisation", "en no objection", "## Sub-processors\n\nCustomer grants a general authorisation to Vendor to engage sub-processors. Vendor will give 30 days' notice of any new sub-processor.", diag.Weak},
	{"subprocessor-authorisation", "en discretion", "## Sub-processors\n\nWe may engage or replace sub-processors at our sole discretion without notice.", diag.Weak},
	{"subprocessor-authorisation", "fr", "## Sous-traitance\n\nLe sous-traitant peut faire appel à un autre sous-traitant avec l'autorisation écrite préalable, générale, du responsable de traitement. Il informe préalablement le responsable de traitement de tout changement envisagé concernant l'ajout ou le remplacement d'autres sous-traitants, ce qui donne au responsable de traitement la possibilité d'émettre des objections.", diag.Present},

	// subprocessor-flowdown
	{"subprocessor-flowdown", "en", "Where Supplier engages a sub-processor, it shall impose on it by written contract the same data protection obligations as set out in this DPA. Supplier remains fully liable to Customer for the performance of the sub-processor's obligations.", diag.Present},
	{"subprocessor-flowdown", "en no liability", "Where Supplier engages a sub-processor, it shall impose on it by written contract the same data protection obligations as set out in this DPA.", diag.Weak},

	// breach-notification
	{"breach-notification", "en undue delay", "Vendor shall notify Customer without undue delay after becoming aware of a Personal Data Breach.", diag.Present},
	{"breach-notification", "en 48 hours", "The Supplier will inform the Client of any security incident within 48 hours.", diag.Present},
	{"breach-notification", "en reasonable time", "The Supplier will inform the Client of any security incident within a reasonable time.", diag.Weak},
	{"breach-notification", "en five days", "Processor shall notify the Controller of a personal data breach without undue delay and in any event within five business days.", diag.Weak},
	{"breach-notification", "en 96 hours", "Processor shall notify the Controller of a personal data breach within 96 hours.", diag.Weak},
	{"breach-notification", "en negated", "The Processor is not required to notify the Controller of any data breach.", diag.Missing},
	{"breach-notification", "fr", "Le sous-traitant notifie au responsable de traitement toute violation de données à caractère personnel dans un délai maximum de 48 heures après en avoir pris connaissance.", diag.Present},

	// deletion-return
	{"deletion-return", "en choice", "Upon termination of the Services, Supplier shall, at the choice of the Customer, delete or return all Personal Data and delete existing copies.", diag.Present},
	{"deletion-return", "en paraphrase", "Upon expiry of the Agreement, Supplier erases all Personal Data or returns it to the Customer, as the Customer elects.", diag.Present},
	{"deletion-return", "en may delete", "After termination, Vendor may delete Customer Data in accordance with its retention policies.", diag.Weak},
	{"deletion-return", "en delete only", "At the end of the Services, Vendor will delete all Personal Data.", diag.Weak},
	{"deletion-return", "en feature near-miss", "Users can delete their own messages at any time.", diag.Missing},
	{"deletion-return", "fr", "Au terme de la prestation, le sous-traitant s'engage, au choix du responsable de traitement, à détruire toutes les données ou à les renvoyer au responsable de traitement.", diag.Present},

	// audits
	{"audits", "en scc", "The processor shall make available to the controller all information necessary to demonstrate compliance with the obligations of Article 28 and shall allow for and contribute to audits, including inspections, conducted by the controller or another auditor mandated by the controller.", diag.Present},
	{"audits", "en soc2 only", "Vendor will provide Customer with a copy of its most recent SOC 2 Type II report, which shall satisfy any audit right of Customer.", diag.Weak},
	{"audits", "en audit logs near-miss", "The platform keeps audit logs of administrator actions.", diag.Missing},
	{"audits", "fr", "Le sous-traitant met à la disposition du responsable de traitement la documentation nécessaire pour démontrer le respect de toutes ses obligations et pour permettre la réalisation d'audits, y compris des inspections, par le responsable du traitement ou un autre auditeur qu'il a mandaté.", diag.Present},

	// infringing-instruction
	{"infringing-instruction", "en", "The processor shall immediately inform the controller if, in its opinion, an instruction infringes the GDPR.", diag.Present},
	{"infringing-instruction", "en no immediacy", "Supplier will inform the Customer if it believes that an instruction infringes data protection law.", diag.Weak},
	{"infringing-instruction", "fr", "Si le sous-traitant considère qu'une instruction constitue une violation du règlement européen sur la protection des données, il en informe immédiatement le responsable de traitement.", diag.Present},

	// data-subject-rights, assist-compliance
	{"data-subject-rights", "en", "Vendor shall assist Customer by appropriate technical and organisational measures in responding to requests from data subjects exercising their rights.", diag.Present},
	{"assist-compliance", "en full", "Supplier shall assist Customer in ensuring compliance with Articles 32 to 36 GDPR, including data protection impact assessments and prior consultation.", diag.Present},
	{"assist-compliance", "en dpia only", "Supplier shall assist Customer with data protection impact assessments.", diag.Weak},

	// transfers
	{"transfers", "en scc", "Processor shall not transfer Personal Data to a third country unless it has entered into the Standard Contractual Clauses approved by the European Commission.", diag.Weak}, // round 12 (engine12b): the processor alone decides on the transfer (no tie to the controller's instructions, Art. 28(3)(a)): weak
	{"transfers", "en repealed", "Transfers of Personal Data outside the EEA are governed by the standard contractual clauses of Decision 2010/87/EU.", diag.Weak},

	// particulars
	{"data-subjects", "en table", "## Annex I\n\n| Field | Description |\n|---|---|\n| Categories of data subjects | Customers, employees and website visitors |", diag.Present},
	{"data-subjects", "en blank", "## Annex I\n\nCategories of data subjects: [insert]", diag.Weak},
	{"data-types", "en list", "### Categories of personal data\n\n- names and e-mail addresses\n- IP addresses", diag.Present},
	{"data-types", "en generic", "Categories of personal data: any personal data uploaded by the Customer.", diag.Weak},
	{"duration", "en", "Duration of processing: for the term of the Agreement.", diag.Present},
	{"duration", "fr", "Durée du traitement : pendant toute la durée du contrat.", diag.Present},
	{"subject-matter", "fr", "Objet du traitement : hébergement de la plateforme de réservation du client.", diag.Present},
	{"purpose", "en", "Purpose of the processing: providing the payroll service to the Customer.", diag.Present},
	{"nature", "en", "Nature of the processing: storage, hosting, backup and deletion.", diag.Present},
	{"nature", "en boilerplate", "Taking into account the nature of the processing, the Processor shall assist the Controller.", diag.Missing},
	{"nature", "numbered heading", "## 2. NATURE OF THE PROCESSING\n\nCollection, storage and deletion of candidate files.", diag.Present},
	{"subprocessor-flowdown", "en vague", "Vendor will ensure that its sub-processors comply with applicable data protection law.", diag.Weak},
	{"subprocessor-list", "en dangling annex", "## Sub-processors\n\nThe authorised sub-processors are listed in Annex IV.", diag.Weak},
	{"subprocessor-list", "en annex present", "## Sub-processors\n\nThe authorised sub-processors are listed in Annex IV.\n\n## Annex IV\n\n| Sub-processor | Location | Service |\n|---|---|---|\n| Mailer Ltd | Ireland | e-mail |", diag.Present},
	{"subprocessor-list", "en on request", "A list of the current sub-processors is available on request.", diag.Weak},
	{"duration", "signature blank is not a clause blank", "## Details\n\nDuration of processing: for the term of the Agreement.\n\nSignature: ______________", diag.Present},
	{"encryption", "en transit only", "All personal data is encrypted in transit using TLS 1.2 or higher.", diag.Weak},
	{"encryption", "en rest and transit", "Personal data is encrypted at rest with AES-256 and in transit with TLS 1.3.", diag.Present},
	{"encryption", "fr", "Les données sont chiffrées au repos et en transit (TLS).", diag.Present},
}

func TestRules(t *testing.T) {
	for _, c := range ruleCases {
		t.Run(c.id+"/"+c.name, func(t *testing.T) {
			f := status(t, c.src, c.id, Options{Special: On, Migration: On})
			if f.Status != c.want {
				t.Errorf("%s: got %s (%s), want %s\nevidence: %s", c.id, f.Status, f.Reason, c.want, f.Evidence)
			}
			if f.Status != diag.Missing && f.Evidence == "" {
				t.Errorf("%s: %s without evidence", c.id, f.Status)
			}
			if f.Status == diag.Weak && f.Reason == "" {
				t.Errorf("%s: weak without a reason", c.id)
			}
		})
	}
}

func TestProfile(t *testing.T) {
	cases := []struct {
		name, src          string
		special, migration bool
	}{
		{"health data processed", "Categories of personal data: names, contact details and health data of patients.", true, false},
		{"french health", "Le prestataire héberge les données de santé des patients du client.", true, false},
		{"forbidden upload", "The Customer shall not upload special categories of personal data to the Service.", false, false},
		{"not intended", "The Service is not intended for the processing of health data.", false, false},
		{"definition", "\"Special Categories of Data\" means data revealing racial or ethnic origin, health data or genetic data.", false, false},
		{"migration service", "The Supplier shall migrate the Customer's data from the legacy system to the new platform.", false, true},
		{"french reprise", "La prestation comprend la reprise des données de l'ancien logiciel.", false, true},
		{"export at end is not a migration", "Upon termination of the Agreement, the Customer may export its data.", false, false},
		{"neither", "The Processor provides e-mail hosting.", false, false},
		{"excluded elsewhere wins", "Categories of data may include health data.\n\nThe Service is not intended for the processing of special categories of data.", false, false},
		{"conditional mention", "Where the processing involves special categories of data, the Processor shall apply additional safeguards.", false, false},
		{"biometric time clock", "The Supplier operates the biometric time clock used by the Customer's staff.", true, false},
		{"transfer to third country is not a migration", "Tout autre transfert de données depuis un pays tiers requiert une instruction documentée.", false, false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			res := Check(mdDoc(t, c.src), mustRules(t), Options{})
			if res.Special != c.special || res.Migration != c.migration {
				t.Errorf("special=%v migration=%v, want %v %v (evidence %q / %q)", res.Special, res.Migration, c.special, c.migration, res.SpecialEvidence, res.MigrationEvidence)
			}
			for _, f := range res.Findings {
				req, _ := clauses.Lookup(f.ID)
				if (f.Status == diag.NA) == req.Applies(res.Special, res.Migration) {
					t.Errorf("%s: status %s does not follow the profile", f.ID, f.Status)
				}
			}
		})
	}
}

func TestForceProfile(t *testing.T) {
	src := "The Customer shall not upload special categories of personal data to the Service."
	res := Check(mdDoc(t, src), mustRules(t), Options{Special: On, Migration: Off})
	if !res.Special || res.Migration {
		t.Fatalf("forced profile ignored: special=%v migration=%v", res.Special, res.Migration)
	}
	res = Check(mdDoc(t, "Health data of patients is hosted."), mustRules(t), Options{Special: Off})
	if res.Special {
		t.Fatal("forced off ignored")
	}
}

func TestOneFindingPerID(t *testing.T) {
	res := Check(&doc.Document{}, mustRules(t), Options{})
	ids := clauses.IDs()
	if len(res.Findings) != len(ids) {
		t.Fatalf("%d findings, want %d", len(res.Findings), len(ids))
	}
	for i, f := range res.Findings {
		if f.ID != ids[i] {
			t.Errorf("finding %d is %s, want %s (catalogue order)", i, f.ID, ids[i])
		}
		req, _ := clauses.Lookup(f.ID)
		want := diag.Missing
		if req.Level == clauses.Risk {
			want = diag.NA
		}
		if f.Status != want {
			t.Errorf("%s: empty document gives %s, want %s", f.ID, f.Status, want)
		}
	}
}

// The evidence's location is the line where the deciding sentence starts, not the
// line where its paragraph starts.
func TestLocRefinedToLine(t *testing.T) {
	src := "# DPA\n\nThe parties agree as follows. This paragraph\nruns over several lines. The processor shall\nnotify the controller without undue delay after becoming aware of a personal data breach.\n"
	f := status(t, src, "breach-notification", Options{})
	if f.Status != diag.Present {
		t.Fatalf("got %s", f.Status)
	}
	if f.Loc.Line != 4 {
		t.Errorf("line %d, want 4 (where the sentence starts)", f.Loc.Line)
	}
	if !strings.HasPrefix(f.Evidence, "The processor shall notify") {
		t.Errorf("evidence %q", f.Evidence)
	}
}

func TestLanguage(t *testing.T) {
	for src, want := range map[string]string{
		"Le sous-traitant s'engage à traiter les données pour le compte du responsable de traitement.": "fr",
		"The processor shall process the data on behalf of the controller.":                            "en",
	} {
		if got := Check(mdDoc(t, src), mustRules(t), Options{}).Lang; got != want {
			t.Errorf("%q: %s, want %s", src, got, want)
		}
	}
}

func TestDeterministic(t *testing.T) {
	src := strings.Repeat("Vendor shall notify Customer of a security incident within a reasonable time. Supplier ensures that all staff are under a duty of secrecy.\n\n", 20)
	a := Check(mdDoc(t, src), mustRules(t), Options{})
	for i := 0; i < 5; i++ {
		b := Check(mdDoc(t, src), mustRules(t), Options{})
		for j := range a.Findings {
			if a.Findings[j] != b.Findings[j] {
				t.Fatalf("run %d differs: %v vs %v", i, a.Findings[j], b.Findings[j])
			}
		}
	}
}

// engine2Cases cover the round-2 generalisations: clause numbers without a final
// dot, nested lists read as clauses, long single-heading texts read as sections,
// and the controller's rights as well as its obligations.
var engine2Cases = []struct {
	id, name, src string
	want          diag.Status
}{
	// "3.3 Nature:" - multi-level numbers without a final dot are set aside.
	{"nature", "en numbered label line", "## Details\n\n3.1 Subject-matter: hosting of the booking platform.\n\n3.3 Nature: collection, storage, transmission and deletion of booking records.", diag.Present},
	{"purpose", "en numbered label line", "## Details\n\n3.4 Purposes: managing appointments and sending reminders to patients.", diag.Present},
	{"nature", "fr numbered label line", "## Description\n\n2.3 Nature des opérations : collecte, hébergement, sauvegarde et suppression des données.", diag.Present},
	// controller-rights: obligations and rights present, obligations only weak.
	{"controller-rights", "en obligations and rights", "The Customer determines the purposes and means of the processing and is responsible for its lawfulness. It may issue instructions, audit the Supplier and terminate the Agreement for breach.", diag.Present},
	{"controller-rights", "en has the right", "Client shall ensure that its instructions comply with data protection law; Client has the right to give instructions, to audit and to object to new sub-processors.", diag.Present},
	{"controller-rights", "en obligations only", "The Customer is responsible for the lawfulness of the processing and for having a legal basis for it.", diag.Weak},
	{"controller-rights", "en objection alone is a sub-processor term", "Customer may object in writing to a new sub-processor within thirty days.", diag.Missing},
	{"controller-rights", "fr obligations et droits", "L'Établissement est responsable du traitement. Il définit les finalités et les moyens du traitement, donne ses instructions par écrit et dispose des droits d'audit, d'opposition et de résiliation prévus au présent contrat.", diag.Present},
	{"controller-rights", "fr cnil", "Le responsable de traitement s'engage à :\n\n1. documenter par écrit toute instruction concernant le traitement des données par le sous-traitant ;\n2. superviser le traitement, y compris réaliser les audits et les inspections auprès du sous-traitant.", diag.Present},
	{"controller-rights", "fr obligations seules", "Le Client demeure seul responsable de la conformité des traitements qu'il met en oeuvre.", diag.Weak},
	// Run-in labels ("A.5 Personal data." then the list) and annex numbering.
	{"data-types", "en run-in label", "## Annex A\n\nA.5 Personal data. Email address, first and last name, language and engagement data (opens, clicks).", diag.Present},
	{"data-types", "en run-in label generic", "Types of personal data. Any Customer Data you choose to submit to the Services.", diag.Weak},
	{"data-types", "en prohibition is no statement", "You will not submit to the Services any special categories of personal data, such as health data.", diag.Missing},
	{"data-types", "fr annex label", "A2.5 Données : nom, prénom, matricule, adresse électronique et numéro de téléphone.", diag.Present},
	{"data-subjects", "en catch-all", "Data subjects. Your users and any other individuals whose personal data is included in Customer Data.", diag.Weak},
	{"purpose", "en q&a", "- Why: only to provide the app to you, so that your therapists can follow up exercise programmes.", diag.Present},
	{"data-types", "en q&a", "- Which data: patient name, date of birth, email address and phone number.", diag.Present},
	{"duration", "en term of the named agreement", "Duration: the term of the Hosting Agreement.", diag.Present},
	{"duration", "fr durée de l'abonnement", "Durée : pendant toute la durée de l'abonnement au service.", diag.Present},
	{"duration", "fr heading alone does not state the term", "## Durée du contrat\n\nLe présent contrat entre en vigueur à compter du [date] pour une durée de [à compléter].", diag.Weak},
	{"nature", "en two-word operations", "In doing so it hosts, stores, backs up, displays, converts and transmits Patient Data.", diag.Present},
	{"subject-matter", "en provides a system", "The Contractor provides the Company with Molarsoft, a cloud practice management system for appointments and billing.", diag.Present},
	{"subject-matter", "en 2021/915 purposes line", "## Annex I\n\nPurposes: carrying out the screening tests ordered by the controller and reporting the results to it.", diag.Present},
	// French typed without accents reads like French typed with them.
	{"instructions", "fr sans accents", "Le Prestataire ne traite les donnees a caractere personnel que sur instruction documentee du Client, y compris pour les transferts hors de l'Union.", diag.Present},
	{"confidentiality", "fr sans accents", "Le Prestataire veille a ce que les personnes autorisees a traiter les donnees s'engagent a respecter la confidentialite.", diag.Present},
	{"instructions", "fr avec accents", "Le Prestataire ne traite les données à caractère personnel que sur instruction documentée du Client, y compris pour les transferts hors de l'Union.", diag.Present},
	// Transfers: a "Transfers" heading with an adequacy decision; EU-only hosting.
	{"transfers", "fr adequacy under a heading", "## Article 11 - Transferts\n\nLes données sont hébergées en France. Le Client autorise l'envoi de SMS par un sous-traitant établi aux États-Unis, couvert par la décision d'adéquation de la Commission du 10 juillet 2023.", diag.Present},
	{"transfers", "fr EU only", "Les données sont hébergées et traitées exclusivement sur le territoire de l'Union européenne.", diag.Present},
	{"transfers", "en EU only", "Customer Data is stored and processed only within the European Economic Area.", diag.Present},
	{"transfers", "en instructions limb only", "Supplier shall not transfer Personal Data to a third country without Customer's documented instructions.", diag.Weak},
	{"instructions", "fr que sur instruction de l'", "L'Hébergeur ne traite les données que sur instruction documentée de l'Établissement, y compris en ce qui concerne les transferts.", diag.Present},
	{"instructions", "en other legitimate business purposes", "We will process Customer Data only on your documented instructions.\n\nWe may also use Customer Data for our other legitimate business purposes, including analytics.", diag.Weak},
	// German-style drafting: operations after a colon; the controller alone decides the data.
	{"nature", "en colon list", "The contractor provides web hosting services. The client can process data: save, modify, transmit, delete.", diag.Present},
	{"nature", "en art 32 threats are no operations", "The measures protect personal data against accidental or unlawful destruction, loss, alteration, unauthorised disclosure or access.", diag.Missing},
	{"data-types", "en controller decides the type", "The client alone is responsible for the type and structure of the data. The contractor has no influence on the type of data.", diag.Weak},
	{"data-subjects", "en circle of those affected", "The contractor has no influence on the type of data and the circle of those affected.", diag.Weak},
	{"data-types", "fr aucune influence", "Les catégories de données sont celles que le Client choisit. Le Prestataire n'a aucune influence sur la nature des données.", diag.Weak},
	// "This DPA applies to processing under the Agreement" names no service.
	{"subject-matter", "fr cadre du contrat only", "Le présent accord s'applique aux traitements de données à caractère personnel effectués par le Prestataire pour le compte du Client dans le cadre du contrat de services conclu entre les parties.", diag.Weak},
	{"subject-matter", "en under the agreement only", "This Addendum applies to the processing of personal data by Supplier on behalf of Customer under the Agreement.", diag.Weak},
	{"subject-matter", "en named service", "This Addendum applies to the processing of personal data by Supplier in the course of providing the payroll outsourcing service.", diag.Present},
	{"controller-rights", "fr faculté", "Le Client garantit la licéité du traitement. Il a la faculté de procéder à des audits et de résilier le contrat en cas de manquement.", diag.Present},
	{"controller-rights", "fr le client a la faculté", "Le Client garantit la licéité du traitement et a la faculté de suspendre le traitement.", diag.Present},
	// More drafting forms: German "commission", Swiss/Belgian French, "we/you" SaaS.
	{"duration", "en commission begins and ends", "The commission begins with the signature of this Agreement and ends with the termination of the Main Contract.", diag.Present},
	{"duration", "en applies for as long as", "This letter applies for as long as the Programme runs.", diag.Present},
	{"duration", "fr conclue pour la durée", "La présente convention est conclue pour la durée du Contrat d'agent.", diag.Present},
	{"duration", "fr même durée", "Le présent contrat règle le traitement des données des locataires. Il a la même durée que le contrat de gérance.", diag.Present},
	{"nature", "en what we do with it", "What we do with it. We collect the data from the trackers, store it, compute scores and show each participant their results.", diag.Present},
	{"nature", "fr opérations label", "Opérations : collecte des bulletins, vérification d'identité, inscription au registre, conservation et archivage.", diag.Present},
	{"nature", "fr elle collecte", "Elle collecte, enregistre, consulte, communique aux entreprises d'entretien, conserve et archive les données.", diag.Present},
	{"subject-matter", "en what we do", "What we do. We provide virtual machines, block storage, managed databases and networking (\"Services\").", diag.Present},
	{"purpose", "en subject-matter and purpose", "(a) Subject-matter and purpose: the Provider performs identity verifications for the Client's customer onboarding.", diag.Present},
	{"purpose", "fr traite les données pour :", "La Régie traite les données pour :\n\n- la gestion des baux ;\n- le suivi des loyers.", diag.Present},
	{"data-subjects", "fr sont concernés", "Sont concernés les locataires, leurs garants ainsi que les candidats locataires.", diag.Present},
	{"controller-rights", "en has the right to instruct", "The Sponsor shall ensure a legal basis for the processing and has the right to instruct, to audit and to terminate.", diag.Present},
	{"controller-rights", "fr reste responsable du traitement", "Le Fonds reste responsable du traitement. Il peut donner des instructions à l'Agent et résilier le contrat.", diag.Present},
	{"controller-rights", "fr vous êtes responsable", "Vous êtes responsable de traitement et vous nous donnez vos instructions par écrit. Vous pouvez à tout moment demander un audit.", diag.Present},
	{"controller-rights", "fr obligations seules 2", "Le Propriétaire est responsable du traitement. Il veille à ce que les données soient traitées de manière licite.", diag.Weak},
	{"data-types", "en the data label", "3. The data. For each participant we collect name, work e-mail, date of birth and daily steps.", diag.Present},
	{"data-types", "en claims data comprises", "2.4 Claims Data comprises: policyholder and driver names, addresses and contact details, policy number.", diag.Present},
	{"data-subjects", "fr travailleurs", "3.4 Personnes concernées : les travailleurs de l'employeur et leurs ayants droit.", diag.Present},
	{"data-subjects", "en applicants", "(d) Data subjects: individuals applying to open an account with the Client.", diag.Present},
	{"legal-requirement-notice", "en law requires the operator", "Where Union or Spanish law requires the Operator to process the personal data otherwise, the Operator informs the Enterprise Customer of that legal requirement before processing, unless that law prohibits such information.", diag.Present},
	{"legal-requirement-notice", "en law makes us", "If Irish or EU law makes us process your data in another way, we will tell you before we do, unless that law forbids it.", diag.Present},
	{"controller-rights", "en roles in a SOW", "For the personal data processed under this SOW the Pharmacy is the controller and the Contractor is its processor. The Pharmacy gives instructions, may audit the Contractor and may terminate this SOW.", diag.Present},
	{"transfers", "en outright ban", "## 7. Transfers\n\n7.1 The Administrator shall not transfer Claims Data outside the UK and the EEA.", diag.Present},
	{"transfers", "fr aucun transfert", "## Article 11 - Transferts\n\nLes données sont hébergées en France. Aucun transfert hors de l'Union européenne n'est autorisé.", diag.Present},
	{"transfers", "en ban with consent is the instructions limb", "Supplier shall not transfer Personal Data outside the EEA without Customer's prior written consent.", diag.Weak},
	{"nature", "en numbered table row", "| No. | Item | Details |\n|---|---|---|\n| 4 | Operations | Receiving shipment data, printing labels, sorting, delivery, archiving. |", diag.Present},
	{"purpose", "en lead-in colon then (a)", "2.1 The parties record the following:\n(a) Subject-matter and purpose: the Provider performs identity verifications for the Client's customer onboarding.", diag.Present},
	{"purpose", "en claims handling", "Purpose: to handle and settle motor claims on the Insurer's behalf.", diag.Present},
	{"purpose", "fr tenue du registre", "Finalités : tenir le registre des actionnaires et verser les dividendes.", diag.Present},
}

func TestEngine2Rules(t *testing.T) {
	for _, c := range engine2Cases {
		t.Run(c.id+"/"+c.name, func(t *testing.T) {
			f := status(t, c.src, c.id, Options{Special: On, Migration: On})
			if f.Status != c.want {
				t.Errorf("got %s (%s), want %s; evidence %q", f.Status, f.Reason, c.want, f.Evidence)
			}
		})
	}
}

func TestNestedListIsClause(t *testing.T) {
	d := mdDoc(t, "# Title\n\n1. Heading item\n   1. first sub-item.\n   2. second sub-item.\n2. Next item\n   1. other.\n")
	tx := prepare(d, mustRules(t))
	found := false
	for _, w := range tx.windows[clauses.WindowClause] {
		if tx.sentences[w.lo].folded == "heading item" && tx.sentences[w.hi-1].folded == "second sub-item." {
			found = true
		}
	}
	if !found {
		t.Errorf("no clause window over a list item and its sub-items")
	}
}

func TestLongLeafHeadingIsNotClause(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Processing Terms\n\n")
	for i := 0; i < maxClauseSentences+5; i++ {
		b.WriteString("The Contractor keeps this term.\n\n")
	}
	tx := prepare(mdDoc(t, b.String()), mustRules(t))
	for _, w := range tx.windows[clauses.WindowClause] {
		if w.hi-w.lo > maxClauseSentences {
			t.Errorf("clause window of %d sentences under a single title heading", w.hi-w.lo)
		}
	}
	if len(tx.windows[clauses.WindowSection]) == 0 {
		t.Errorf("the long heading text should be a section window")
	}
}

func TestJoinLabels(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int // sentences
	}{
		{"Data subjects. Customers and their employees.", 1},
		{"A.2 Duration. For as long as the subscription is active.", 1},
		{"The Customer is the controller. It gives instructions.", 2},
		{"L'Établissement est responsable du traitement. Il donne ses instructions.", 2},
		{"Durée. Pendant toute la durée du contrat.", 1},
		{"The Processor keeps its staff trained. It will notify the Customer.", 2},
		{"Le Prestataire forme son personnel. Il notifie le Client.", 2},
		{"The data. For each participant we collect name and e-mail.", 1},
	} {
		if got := len(joinLabels(c.in, splitSentences(c.in))); got != c.want {
			t.Errorf("%q: %d sentences, want %d", c.in, got, c.want)
		}
	}
}
