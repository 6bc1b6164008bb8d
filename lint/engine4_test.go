package lint

import (
	"strings"
	"testing"

	"github.com/dpatool/dpa/diag"
	"github.com/dpatool/dpa/lint/doc"
	"github.com/dpatool/dpa/lint/read"
)

func txtDoc(t testing.TB, src string) *doc.Document {
	t.Helper()
	d, err := read.Read("snippet.txt", strings.NewReader(src), "txt")
	if err != nil {
		t.Fatalf("reading snippet: %v", err)
	}
	return d
}

// Round 4 (issue 5): particulars, controller's rights, confidentiality and
// transfers in drafting the earlier rules did not read. Each case is our own
// wording of a drafting pattern, with near-misses that must not count.
var engine4Cases = []struct {
	id, name, src string
	want          diag.Status
}{
	// purpose: a sentence that says what the purpose is
	{"purpose", "en the purpose is to", "The purpose of the processing is to let the Customer run its loyalty programme and reward returning shoppers.", diag.Present},
	{"purpose", "en sole purpose", "The only purpose is the diagnosis and care of the Hospital's patients.", diag.Present},
	{"purpose", "en programme", "## Purposes\n\nWe process the data for the purposes of the Study.", diag.Present},
	{"purpose", "en purpose limitation heading", "## 4. Purpose limitation\n\nThe Vendor will communicate the data to nobody.", diag.Missing},
	{"purpose", "fr la finalité est de", "La finalité du traitement est de permettre au Client de suivre les commandes de ses acheteurs.", diag.Present},
	{"purpose", "fr a pour seule finalité", "Le traitement a pour seule finalité la tenue du registre des membres de l'association.", diag.Present},
	{"purpose", "fr limitation des finalités", "## Limitation des finalités\n\nLe Prestataire n'envoie rien à des tiers.", diag.Missing},

	// subject-matter: what the processor does, stated as a fact
	{"subject-matter", "en performs", "## 1. The work\n\nThe Lab performs blood panel testing and reporting for the Clinic's outpatients.\n\nNorthgate Clinic Ltd (the \"Clinic\"), acting as controller, and Pelion Labs BV (the \"Lab\"), acting as processor.", diag.Present},
	{"subject-matter", "en backs up", "The Vendor backs up the Customer's shared drives every night and restores files on request.", diag.Present},
	{"subject-matter", "en has engaged", "The Council has engaged the Processor to run its parking permit portal.", diag.Present},
	{"subject-matter", "en process to handle", "The Contractor shall process Claims Data to settle household insurance claims for the Insurer.", diag.Present},
	{"subject-matter", "en record of processing near-miss", "The Processor maintains a record of processing activities carried out for the Customer.", diag.Missing},
	{"subject-matter", "fr tient", "Le Prestataire tient le registre des adhérents du Client et encaisse leurs cotisations.", diag.Present},
	{"subject-matter", "fr a confié", "Le Client a confié au Prestataire la gestion locative de ses appartements.", diag.Present},
	{"subject-matter", "fr décrits au contrat-cadre", "Le présent accord encadre le traitement pour le compte du Client des données nécessaires aux services de paie décrits au contrat-cadre du 2 mai 2025.", diag.Weak},
	{"subject-matter", "en described in the master agreement", "This DPA applies to the processing of personal data in connection with the support services described in the Master Agreement.", diag.Weak},

	// data-types and data-subjects: sentences and table rows
	{"data-types", "en the data are", "The data are those held in the Customer's ticketing system: names, e-mail addresses, phone numbers and ticket history.", diag.Present},
	{"data-types", "en subject row", "| Category | Data |\n|---|---|\n| Tenants | name, postal address, rent account, payment history |", diag.Present},
	{"data-types", "en forbidden near-miss", "The Customer will not upload health data, biometric data or passport numbers.", diag.Missing},
	{"data-types", "fr les données sont", "Les données traitées sont les nom, prénom, adresse électronique et numéro de téléphone des adhérents.", diag.Present},
	{"data-types", "fr ligne de tableau", "Le prestataire héberge pour le compte de l'école les données suivantes, qui sont les seules traitées dans le cadre du service.\n\n| Catégorie | Éléments |\n|---|---|\n| Élèves | nom, prénom, classe, notes, absences |", diag.Present},
	{"data-subjects", "en includes ... of your customers", "Customer Data includes names, postal addresses and order history of your customers and newsletter subscribers.", diag.Present},
	{"data-subjects", "en the participants are", "The participants are employees of the Employer who join the cycling scheme.", diag.Present},
	{"data-subjects", "en whoever", "People. Whoever you decide to store data about.", diag.Weak},
	{"data-subjects", "fr comprennent ... des patients", "Les données comprennent l'identité, l'adresse et les rendez-vous des patients du cabinet.", diag.Present},
	{"data-subjects", "fr les participants sont", "Les participants sont les salariés du Client inscrits au programme.", diag.Present},
	{"data-subjects", "fr quiconque", "Personnes concernées : quiconque dont le Client choisit d'enregistrer les données.", diag.Weak},
	{"nature", "en processing label", "Processing: recording, transcription, summarisation, storage and deletion.", diag.Present},
	{"nature", "fr traitement label", "Traitements : collecte, enregistrement, consultation, sauvegarde et suppression.", diag.Present},
	{"nature", "en processing label without operations", "Processing: as the Customer decides.", diag.Missing},

	// controller-rights
	{"controller-rights", "en it may at any time", "The Customer determines the purposes and means of the processing. It may at any time change its instructions, audit the Vendor or end the Service.", diag.Present},
	{"controller-rights", "en entitled only", "The Customer shall ensure that it is entitled to upload the files it stores in the Service.", diag.Weak},
	{"controller-rights", "en retains the right", "The Client shall make sure its instructions are lawful. It retains the right to change and withdraw instructions and to end the contract for breach.", diag.Present},
	{"controller-rights", "en sub-processor objection only", "## Sub-processors\n\nWe will announce new sub-processors 30 days ahead. The Customer may object in writing within that period on reasonable grounds; if no solution is found, the Customer may terminate the affected service.", diag.Missing},
	{"controller-rights", "fr opposition au sous-traitant seulement", "## Sous-traitants ultérieurs\n\nLe Client peut s'opposer par écrit dans un délai de quinze jours ; à défaut d'accord, le Client peut résilier le service concerné.", diag.Missing},
	{"controller-rights", "fr conserve le droit", "Le Client veille à la licéité de ses instructions. Il conserve le droit de modifier ses instructions, de faire procéder à un audit et de résilier le contrat.", diag.Present},
	{"controller-rights", "fr il peut à tout moment", "Le Client détermine les finalités et les moyens du traitement. Il peut à tout moment modifier ses instructions, faire réaliser un audit ou résilier le contrat.", diag.Present},

	// transfers: localisation, bans, and safeguards only referred to
	{"transfers", "en no data outside", "## Transfers\n\nNo personal data shall be moved to or viewed from any country outside the EEA.", diag.Present},
	{"transfers", "en processed only within", "## Location\n\nThe Supplier processes the personal data only within the European Economic Area.", diag.Present},
	{"transfers", "en hosted only in member states", "## Hosting\n\nAll Customer Data is stored exclusively in Ireland and Germany.", diag.Present},
	{"transfers", "en location label, no safeguard", "Location. The data is kept in data centres in the United States and Canada.", diag.Weak},
	{"transfers", "en blank in the same paragraph", "## Transfers\n\nThe model runs in [insert region]. Any transfer outside the EEA is made under the Standard Contractual Clauses.", diag.Weak},
	{"transfers", "en SCCs in a missing schedule", "## Transfers\n\nSupport staff in India may access Client Data under the Standard Contractual Clauses in Schedule 5.", diag.Weak},
	{"transfers", "en SCCs in an attached schedule", "## Transfers\n\nSupport staff in India may access Client Data under the Standard Contractual Clauses in Schedule 5.\n\n## Schedule 5 - Standard Contractual Clauses\n\nModule Two of the clauses of Decision (EU) 2021/914 applies.", diag.Present},
	{"transfers", "fr exclusivement en France", "## Localisation\n\nLes données sont stockées exclusivement en France et en Belgique.", diag.Present},
	{"transfers", "fr aucun accès hors UE", "## Transferts\n\nAucune consultation ni aucun accès aux données depuis un pays situé en dehors de l'Union européenne n'est permis.", diag.Present},
	{"transfers", "en ban with consent is only the instructions limb", "## Transfers\n\nThe Vendor shall not send personal data outside the EEA without the Client's written approval.", diag.Weak},
	{"transfers", "fr interdiction sauf accord", "## Transferts\n\nLe Prestataire n'envoie aucune donnée hors de l'Union européenne sans l'accord écrit du Client.", diag.Weak},
	{"transfers", "fr lieu de traitement sans garantie", "## Lieu de traitement\n\nLes données sont hébergées au Canada et aux États-Unis.", diag.Weak},

	// legal-requirement-notice: the notice is the anchor
	{"legal-requirement-notice", "en carve-out without notice", "The Vendor processes Customer Data on your documented instructions, except where otherwise required by applicable law.", diag.Missing},
	{"legal-requirement-notice", "en notices required by law near-miss", "You are responsible for giving the privacy notices and obtaining the consents required by Data Protection Laws.", diag.Missing},
	{"legal-requirement-notice", "en tell before doing so", "Where a statute of the Union or of a Member State obliges the Vendor to process the data in another way, the Vendor will tell the Customer before doing so, unless that statute forbids it.", diag.Present},
	{"legal-requirement-notice", "en inform if it needs to process otherwise", "The Supplier will, unless legally prohibited, inform the Client if Union or Member State law requires it to process the data other than on the Client's instructions.", diag.Present},
	{"legal-requirement-notice", "fr sans information", "Le Prestataire traite les données sur instruction du Client, sauf si le droit de l'Union l'exige.", diag.Missing},
	{"legal-requirement-notice", "fr informe avant de procéder", "Si le droit national oblige le Prestataire à traiter les données autrement, il en informe le Client avant d'y procéder.", diag.Present},

	// confidentiality: people named by what they do; care alone is weak
	{"confidentiality", "en every X who works on", "The Agency shall make sure that every interpreter and reviewer who works on the Client's files, employed or freelance, has signed a non-disclosure undertaking.", diag.Present},
	{"confidentiality", "en code of conduct only", "Our engineers are trained to treat patient records with care and our staff follow our code of conduct.", diag.Weak},
	{"confidentiality", "en business secrets near-miss", "Each party shall keep the prices of this agreement confidential.", diag.Missing},
	{"confidentiality", "fr toute personne qui intervient", "Le Prestataire veille à ce que toute personne, salariée ou indépendante, qui intervient sur les dossiers du Client soit tenue au secret.", diag.Present},
	{"confidentiality", "fr charte seulement", "Le personnel du Prestataire respecte la charte informatique interne.", diag.Weak},

	// more particulars in the forms of other drafting traditions
	{"nature", "en nature and purpose with work verbs", "**Nature and Purpose of Processing:** The Provider will compute net pay, generate payslips and file payroll tax returns for the Client.", diag.Present},
	{"nature", "fr opérations de saisie et d'édition", "Nature des opérations : saisie des bulletins, calcul des cotisations, édition des attestations et télétransmission aux organismes sociaux.", diag.Present},
	{"subject-matter", "en subject matter of the commission is", "## 1. Subject matter\n\nThe subject matter of the commission is the operation of the Principal's customer hotline by the Contractor.", diag.Present},
	{"subject-matter", "fr objet du traitement est", "## Objet\n\nL'objet du présent contrat est la numérisation des archives papier de la Mairie par le Prestataire.", diag.Present},
	{"subject-matter", "en SCC annex purposes for which", "Purpose(s) for which the personal data is processed on behalf of the controller: running the controller's customer loyalty scheme.", diag.Present},
	{"duration", "en concluded for an indefinite period", "## 1. Subject matter and duration\n\nThe commission begins on 1 May 2026 and is concluded for an indefinite period.", diag.Present},
	{"duration", "en processing begins near-miss", "The Principal may verify the measures before processing begins.", diag.Missing},
	{"purpose", "en data are used only to", "The data are used only to plan delivery rounds and to issue parking permits.", diag.Present},
	{"purpose", "fr données utilisées exclusivement pour", "Les données sont utilisées exclusivement pour organiser les tournées et délivrer les badges d'accès.", diag.Present},
	{"data-subjects", "fr porte sur ... des élèves", "Le traitement porte sur les nom, prénom, adresse et classe des élèves ainsi que sur les coordonnées de leurs responsables légaux.", diag.Present},
	{"data-subjects", "en covers ... of tenants", "The processing covers the names, contact details and rent records of the Landlord's tenants.", diag.Present},

	// instructions by another name; transfers "à l'extérieur de"; "les fins"
	{"instructions", "en directions", "The Agency acts only on the Council's written directions and does not use the data for anything else, including for any transfer outside the EEA.", diag.Present},
	{"instructions", "en as directed by", "The Provider processes the personal data as directed in writing by the Customer and for no other purpose, including for any transfer outside the EEA.", diag.Present},
	{"instructions", "fr directives", "Le Fournisseur agit uniquement selon les directives écrites du Client et n'utilise pas les renseignements à d'autres fins, y compris pour tout transfert hors de l'Union.", diag.Present},
	{"transfers", "fr à l'extérieur de", "## Hébergement\n\nAucune donnée n'est communiquée à l'extérieur de l'Union européenne sans les garanties du chapitre V du RGPD.", diag.Weak}, // round 12 (engine12b): safeguards at the processor's choice, nothing ties the transfer to the controller (Art. 28(3)(a))
	{"controller-rights", "fr détermine les fins", "Le Client détermine les fins du traitement. Il peut donner des directives, faire vérifier la conformité du Prestataire et résilier le contrat.", diag.Present},

	// a commercial agreement with no data protection terms: near-misses
	{"purpose", "en purpose of the fees near-miss", "The Customer shall pay the fees within 30 days. The purpose of the fees is to cover the licence and support.", diag.Missing},
	{"confidentiality", "en confidential information near-miss", "Each party shall keep the other's Confidential Information secret and ensure that its employees who receive it are bound by confidentiality obligations.", diag.Missing},
	{"legal-requirement-notice", "en disclosure of confidential information near-miss", "If a party is required by law to disclose Confidential Information, it shall notify the other party before doing so.", diag.Missing},
	{"confidentiality", "fr informations confidentielles near-miss", "Chaque partie garde secrètes les informations confidentielles de l'autre et veille à ce que ses salariés qui les reçoivent soient tenus à la confidentialité.", diag.Missing},

	// question-and-answer and translated drafting
	{"duration", "en for how long", "## For how long?\n\nAs long as your plan is active, and 30 days after it ends.", diag.Present},
	{"duration", "fr pendant combien de temps", "## Pendant combien de temps ?\n\nTant que votre abonnement est actif, puis trente jours.", diag.Present},
	{"confidentiality", "en support team bound", "Only our support team, who are bound by confidentiality, can open your files.", diag.Present},
	{"confidentiality", "fr équipe tenue", "Seule notre équipe technique, tenue au secret professionnel, accède à vos fichiers.", diag.Present},
	{"legal-requirement-notice", "en warn beforehand", "If EU law requires us to process your clients' data for another purpose, we will warn you beforehand unless we are forbidden to.", diag.Present},
	{"legal-requirement-notice", "fr au préalable", "Si une loi oblige le Fournisseur à traiter les renseignements autrement, il en avise le Client au préalable, sauf si la loi l'interdit.", diag.Present},
	{"transfers", "en never send it outside", "## Where is it stored?\n\nIn Frankfurt and Paris. We never send it outside the EU.", diag.Present},
	{"subject-matter", "en appoints as processor for", "The Controller appoints the Processor as processor for the management of the electronic prescriptions service.", diag.Present},
	{"subject-matter", "fr désigne pour", "Le Client désigne le Prestataire pour la gestion du service de prescriptions électroniques.", diag.Present},
	{"data-types", "en the processing concerns", "The processing concerns identification data, tax codes and prescription data.", diag.Present},
	{"data-types", "en conditional special categories near-miss", "If the processing involves genetic data or data concerning health, the processor applies the safeguards of Annex 2.", diag.Missing},
	{"controller-rights", "en gives instructions and supervises", "The Controller shall give written instructions to the Processor and shall supervise the processing by periodic checks.", diag.Present},

	{"subject-matter", "fr traite pour le compte dans le cadre", "Le Prestataire traite pour le compte du Client les données de ses adhérents dans le cadre de l'abonnement au logiciel de gestion des cotisations.", diag.Present},
	{"subject-matter", "en processes on behalf of as part of", "The Vendor processes personal data on behalf of the Club as part of the membership software subscription.", diag.Present},
	{"nature", "fr les traitements consistent en", "Les traitements consistent en l'hébergement, la sauvegarde et l'envoi de courriels de relance.", diag.Present},
	{"nature", "en the services consist of", "The services consist of hosting, backup and the sending of reminder e-mails.", diag.Present},
	{"data-types", "fr sont traitées les données", "Sont traitées les données d'identification, les coordonnées postales et l'historique des paiements.", diag.Present},

	{"data-subjects", "en affected persons label", "Affected persons: employees and job applicants of the Client.", diag.Present},
	{"data-subjects", "en type of data subjects label", "Type of data subjects: end customers of the Client.", diag.Present},
	{"data-types", "en type of data subjects is not a data type", "Type of data subjects: end customers of the Client.", diag.Missing},
	{"data-subjects", "fr personnes visées", "Personnes visées : les salariés et les candidats du Client.", diag.Present},

	{"legal-requirement-notice", "en sub-processor notice near-miss", "4.2 The Processor may process personal data otherwise where a legal provision so requires.\n\n4.3 The Processor informs the Controller at least four weeks in advance of any new sub-processor.", diag.Missing},

	{"duration", "en length of processing label", "Length of processing: 24 months from go-live.", diag.Present},
	{"duration", "fr période label", "Période de traitement : 24 mois à compter de la mise en service.", diag.Present},
	{"purpose", "en reason for processing label", "Reason for processing: enabling the Customer's sales team to call prospects.", diag.Present},
	{"purpose", "fr objectif label", "Objectif du traitement : permettre au Client de relancer ses prospects par téléphone.", diag.Present},

	{"data-subjects", "en shoppers and passengers", "## Categories of data subjects\n\nShoppers and passengers who book through the Client's app.", diag.Present},
	{"data-subjects", "fr donateurs et bénévoles", "## Personnes concernées\n\nLes donateurs et les bénévoles de l'association.", diag.Present},

	{"data-types", "en school records", "Personal data: exam results, attendance and timetables.", diag.Present},
	{"data-types", "fr recrutement", "Données traitées : CV, lettres de motivation et comptes rendus d'entretien.", diag.Present},
	{"data-types", "fr trajets", "Données traitées : positions GPS et historique des trajets des chauffeurs.", diag.Present},

	{"nature", "en transcription and summarisation", "Nature of the processing: transcription and summarisation of recorded consultations.", diag.Present},
	{"nature", "fr numérisation et validation", "Nature du traitement : numérisation, relecture et validation des dossiers.", diag.Present},

	// duration: the instrument stays in force, applies or runs for a time
	{"duration", "en exhibit stays in effect", "This Data Annex stays in effect for the term of the Hosting Order.", diag.Present},
	{"duration", "en terms apply for as long as", "These conditions apply for as long as the subscription is active and until all data is erased.", diag.Present},
	{"duration", "en applies from until", "This Schedule applies from the go-live date until the last report has been delivered.", diag.Present},
	{"duration", "en no term", "The Supplier applies the security measures of Annex 2.", diag.Missing},
	{"duration", "fr dure autant que", "Le présent avenant prend effet à sa signature et dure autant que le contrat d'abonnement.", diag.Present},
	{"duration", "fr produit ses effets et prend fin", "La convention produit ses effets dès sa signature et prend fin en même temps que le marché.", diag.Present},
	{"duration", "fr reste en vigueur", "Cet accord reste en vigueur tant que le Prestataire conserve des données du Client.", diag.Present},
}

func TestEngine4Rules(t *testing.T) { checkSnippets(t, plainSnippets(engine4Cases)) }

// A contract's own names for its parties are read as the roles it gives them.
func TestAliases(t *testing.T) {
	rs := mustRules(t)
	cases := []struct {
		name, src, lang string
		want            map[string]bool // name -> processor
	}{
		{"en defined acting as", `Northgate Clinic Ltd (the "Clinic"), acting as controller, and Pelion Labs BV (the "Lab"), acting as processor, agree as follows.`, "en",
			map[string]bool{"Clinic": false, "Lab": true}},
		{"en is the controller and its processor", "1.1 The Museum is the controller and the Archivist its processor for the catalogue data.", "en",
			map[string]bool{"Museum": false, "Archivist": true}},
		{"en on behalf", "The Bureau shall process the applicant files to assess eligibility on the Ministry's behalf.", "en",
			map[string]bool{"Bureau": true, "Ministry": false}},
		{"fr traitement par X pour le compte de Y", "Le présent contrat règle le traitement par la Fiduciaire, pour le compte de la Fondation, des données des donateurs.", "fr",
			map[string]bool{"Fiduciaire": true, "Fondation": false}},
		{"en we and a name", `Tessel Analytics Ltd ("we", "Tessel") provides the service to you ("you", the "Retailer").`, "en",
			map[string]bool{"Tessel": true, "Retailer": false}},
		{"fr ci-après role", "La société Orvanne SAS, ci-après « l'Intégrateur », sous-traitant au sens du RGPD, et la commune de Bellac, ci-après « la Commune », responsable de traitement.", "fr",
			map[string]bool{"Intégrateur": true, "Commune": false}},
		{"fr reste responsable", "La Mutuelle reste responsable du traitement.", "fr",
			map[string]bool{"Mutuelle": false}},
		{"en two parties, one role known", `This agreement is made between Harbour City Council (the "Council") and Pelion Data Ltd (the "Supplier").`, "en",
			map[string]bool{"Council": false}},
		{"fr deux parties, le titulaire connu", "Entre la commune de Valmont, ci-après « la Commune », et la société Géodata SARL, ci-après « le Titulaire ».", "fr",
			map[string]bool{"Commune": false}},
		{"three parties: no inference", `Between Harbour City Council (the "Council"), Pelion Data Ltd (the "Supplier") and Northgate Bank (the "Bank").`, "en",
			map[string]bool{}},
		{"vocab names are left alone", `Acme Ltd (the "Supplier"), acting as processor, and Beta plc (the "Customer"), acting as controller.`, "en",
			map[string]bool{}},
		{"sub-processor is not the processor", "Le Transporteur est sous-traitant ultérieur du Prestataire.", "fr",
			map[string]bool{}},
		{"a name with both roles is dropped", "The Operator is the controller of network data. The Operator is the processor of device data.", "en",
			map[string]bool{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := map[string]bool{}
			for _, a := range findAliases(mdDoc(t, c.src), c.lang, rs) {
				got[a.name] = a.processor
			}
			if len(got) != len(c.want) {
				t.Fatalf("aliases %v, want %v", got, c.want)
			}
			for n, p := range c.want {
				if g, ok := got[n]; !ok || g != p {
					t.Errorf("alias %q: got processor=%v (found %v), want processor=%v", n, g, ok, p)
				}
			}
		})
	}
}

func TestSubstitute(t *testing.T) {
	rs := mustRules(t)
	en := findAliases(mdDoc(t, `Pelion Labs BV (the "Lab"), acting as processor, and Northgate (the "Clinic"), acting as controller.`), "en", rs)
	if got, want := substitute("The Lab's staff act on the Clinic's instructions; Lab notifies Clinic.", "en", en),
		"the processor's staff act on the controller's instructions; the processor notifies the controller."; !strings.EqualFold(got, want) {
		t.Errorf("en: got %q, want %q", got, want)
	}
	fr := findAliases(mdDoc(t, "Orvanne SAS, ci-après « l'Intégrateur », sous-traitant, et la commune de Bellac, ci-après « la Commune », responsable de traitement."), "fr", rs)
	if got, want := substitute("L'Intégrateur traite les données pour le compte de la Commune et informe la Commune ; la Commune donne ses instructions à l'Intégrateur.", "fr", fr),
		"le sous-traitant traite les données pour le compte du responsable du traitement et informe le responsable du traitement ; le responsable du traitement donne ses instructions au sous-traitant."; !strings.EqualFold(got, want) {
		t.Errorf("fr: got %q, want %q", got, want)
	}
	// The name only counts as written, capitalised: "practice" in "best practice" stays.
	pr := findAliases(mdDoc(t, `Dr Lee ("you", the "Practice") engages us.`), "en", rs)
	if got := substitute("We follow best practice for the Practice.", "en", pr); got != "We follow best practice for the controller." {
		t.Errorf("case: got %q", got)
	}
}

// Rules read a party's own name as its role: the controller's rights here are
// stated by "the Museum", which no vocabulary lists.
func TestAliasesReachRules(t *testing.T) {
	src := "The Museum is the controller and the Archivist its processor.\n\n" +
		"## Rights of the Museum\n\nThe Museum determines the purposes and means of the processing and may at any time audit the Archivist or terminate the engagement."
	if f := status(t, src, "controller-rights", Options{}); f.Status != diag.Present {
		t.Errorf("controller-rights: got %s (%s), want present", f.Status, f.Reason)
	}
}

// Hard-wrapped text splits words across lines with a hyphen; the parts are
// read as one word, and a compound broken at its own hyphen keeps it.
func TestJoinBroken(t *testing.T) {
	src := "3.1 The Vendor processes personal data only on the documented in-\nstructions of the Customer and binds each sub-\nprocessor and third-\nparty auditor in writing.\n"
	d := txtDoc(t, src)
	var b doc.Block
	for _, x := range d.Blocks {
		if strings.Contains(x.Text, "Vendor") {
			b = x
		}
	}
	got := joinBroken(b.Text, b.Lines, 0, len(b.Text))
	for _, want := range []string{"documented instructions", "sub-processor", "third-party auditor"} {
		if !strings.Contains(got, want) {
			t.Errorf("joinBroken: %q lacks %q", got, want)
		}
	}
	if f := Check(d, mustRules(t), Options{}); f.Findings[0].ID == "" {
		t.Fatal("no findings")
	}
	// The clause says nothing of transfers, so it is weak; what matters here is
	// that "documented instruc-tions" is found at all.
	if f := statusDoc(t, d, "instructions"); f.Status == diag.Missing || !strings.Contains(f.Evidence, "documented instructions") {
		t.Errorf("instructions over a hyphenated line break: got %s (%s) from %q", f.Status, f.Reason, f.Evidence)
	}
}

func statusDoc(t *testing.T, d *doc.Document, id string) Finding {
	t.Helper()
	for _, f := range Check(d, mustRules(t), Options{}).Findings {
		if f.ID == id {
			return f
		}
	}
	t.Fatalf("no finding for %s", id)
	return Finding{}
}

// A table whose header row names the columns is read cell by cell, each cell
// with its column's label; a table that carries its labels in a column is not.
func TestColumnHeaderTables(t *testing.T) {
	en := "# Processing record\n\n" +
		"| Activity | Purposes | Personal data | Data subjects | Processing period |\n|---|---|---|---|---|\n" +
		"| Timesheets | Paying staff and billing clients | name, staff number, hours worked | employees and temps | term of the Agreement |\n" +
		"| Rota planning | Scheduling shifts | name, availability, phone number | employees | term of the Agreement |\n"
	fr := "# Registre des traitements confiés au prestataire\n\n" +
		"| Activité | Finalités | Données traitées | Personnes concernées | Durée |\n|---|---|---|---|---|\n" +
		"| Cantine | Gestion des inscriptions et facturation des repas aux familles | nom, prénom, classe, régime alimentaire | élèves et leurs parents | durée du marché |\n"
	for _, c := range []struct{ name, src string }{{"en", en}, {"fr", fr}} {
		for _, id := range []string{"purpose", "data-types", "data-subjects", "duration"} {
			if f := status(t, c.src, id, Options{}); f.Status != diag.Present {
				t.Errorf("%s %s: got %s (%s), want present", c.name, id, f.Status, f.Reason)
			}
		}
	}
	// Labels in the second column under a "No. | Heading | Text" header stay
	// with their values.
	meta := "| No. | Heading | Text |\n|---|---|---|\n| 1 | Purposes | The Vendor processes the data to deliver the parcels of the Shipper. |\n"
	if f := status(t, meta, "purpose", Options{}); f.Status != diag.Present {
		t.Errorf("meta header: got %s (%s), want present", f.Status, f.Reason)
	}
	notes := "| Category | Details | Notes |\n|---|---|---|\n| Purposes | Paying staff and billing clients | see clause 4 |\n"
	if f := status(t, notes, "purpose", Options{}); f.Status != diag.Present {
		t.Errorf("category/details/notes header: got %s (%s), want present", f.Status, f.Reason)
	}
	d := mdDoc(t, meta)
	for bi, h := range columnHeaders(d, "en", mustRules(t)) {
		if h != nil {
			t.Errorf("meta header table read by columns at block %d: %v", bi, h)
		}
	}
	// A table of sub-processors or other entities keeps its rows whole.
	ent := mdDoc(t, "| Sub-processor | Service | Location |\n|---|---|---|\n| Hostco Ltd | hosting of the platform | Ireland |\n")
	for bi, h := range columnHeaders(ent, "en", mustRules(t)) {
		if h != nil {
			t.Errorf("entity table read by columns at block %d: %v", bi, h)
		}
	}
	// An empty first header cell: the labels are in the first column.
	if h := headerCells(" | Service A | Service B"); h != nil {
		t.Errorf("empty first header cell: got %v", h)
	}
}
