package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 7 (issue 5), engine and particulars half: the drafting forms of blind6
// that the rules read as missing or weak, each written five other ways (a
// lawyer, a vendor, a translator, a French drafter) with near-misses that must
// still not count.
var rules7aCases = []struct {
	id, name, src string
	want          diag.Status
}{
	// Schedule items numbered "A2", "B4" with a run-in label: the number is
	// not part of the label.
	{"duration", "en A2 run-in label", "## Part A\n\nA2  Duration. From signature until the end of the Services Agreement.", diag.Present},
	{"purpose", "en A4 run-in label", "## Part A\n\nA4  Purposes. Management of the Customer's relationships with its members: recording subscriptions and sending renewal letters.", diag.Present},
	{"data-types", "en B5 run-in label", "## Annex\n\nB5 Personal data. Names, postal and e-mail addresses, telephone numbers and payment references.", diag.Present},
	{"data-subjects", "en C6 run-in label", "## Annex\n\nC6. Data subjects. Individual donors, volunteers and event participants of the Customer.", diag.Present},
	{"data-subjects", "en S1 run-in label", "## Schedule\n\nS1 Data subjects: the Customer's tenants and their household members.", diag.Present},
	{"duration", "en A2 label blank near-miss", "## Part A\n\nA2  Duration. [insert]", diag.Weak},

	// The controller's rights in its own words: directing the processor,
	// ordering and approving the work, deciding purposes and means.
	{"controller-rights", "en may direct vendor to stop", "## Customer instructions\n\nCustomer is responsible for having a lawful basis for the checks. Customer may at any time direct Vendor, through the dashboard or by written request, to stop processing the data of a given end user.", diag.Present},
	{"controller-rights", "en may require the supplier", "## The Customer\n\nThe Customer shall ensure that it has a lawful basis for the processing. The Customer may require the Supplier to correct, block or delete any record.", diag.Present},
	{"controller-rights", "en entitled to ask the provider", "## Role of the Client\n\nThe Client remains responsible for the accuracy of the data it uploads and is entitled to ask the Service Provider at any time to stop a processing operation.", diag.Present},
	{"controller-rights", "en requests and approves each job", "## Role of the Customer\n\nThe Customer, as controller, is responsible for informing its staff. It requests each intervention and approves the work before the Contractor closes the ticket.", diag.Present},
	{"controller-rights", "en decides purposes and means and remains responsible", "## The Customer\n\nThe Customer decides the purposes and means of the processing and remains responsible for telling its customers how their data is used.", diag.Present},
	{"controller-rights", "en determines purpose and means translated", "## Article 2\n\n2.2 The Controller determines the purpose and means of the processing. The Processor has no control over the purpose and means.", diag.Present},
	{"controller-rights", "fr donne ses instructions par écrit", frLead + "## Rôle du Client\n\nLe Client, responsable du traitement, fournit au Prestataire les données nécessaires et donne ses instructions par écrit.", diag.Present},
	{"controller-rights", "fr peut à tout moment demander", frLead + "## Rôle de la Ville\n\nLe Client, responsable du traitement, définit les finalités et peut à tout moment demander au Prestataire de justifier des mesures prises.", diag.Present},
	{"controller-rights", "fr il demande les interventions", frLead + "## Instructions du Client\n\nLe Client, responsable du traitement, documente le traitement ; il demande les interventions et en valide le déroulement.", diag.Present},
	{"controller-rights", "fr détermine les finalités et les moyens", frLead + "## Rôle du Client\n\nLe Client détermine les finalités et les moyens du traitement et reste responsable de l'information des personnes.", diag.Present},
	{"controller-rights", "fr se réserve le droit d'exiger", frLead + "## Rôle du Client\n\nLe Client garantit la licéité du traitement et se réserve le droit d'exiger du Prestataire la rectification de toute donnée.", diag.Present},
	// Instructions given in the present tense, with the processor between the
	// verb and the instructions, and supervision of their execution.
	{"controller-rights", "fr donne à l'hébergeur ses instructions", frLead + "## Obligations de la Clinique\n\nLa Clinique est responsable du traitement. Elle informe les patients ; elle donne à l'Hébergeur ses instructions par écrit et contrôle leur exécution.", diag.Present},
	{"controller-rights", "fr fournit les données et les instructions", frLead + "## Rôle du Client\n\nLe Client, responsable de traitement, fournit au Prestataire les données nécessaires et les instructions écrites, et veille au respect par le Prestataire des obligations du RGPD.", diag.Present},
	{"controller-rights", "en obligations of the hospital list", "## TENTH.- Obligations of the Hospital.\n\n10.1 Corresponds to the Hospital: a) give to the Processor the access and the instructions necessary for the service; b) carry out the impact assessment; c) supervise the processing, including by inspections.", diag.Present},
	{"controller-rights", "en gives the supplier its instructions", "## The Customer\n\nThe Customer is the controller. It gives the Supplier its instructions in writing and checks that they are carried out.", diag.Present},
	{"controller-rights", "en provides written instructions and oversees", "## Role of the Customer\n\nThe Customer provides the Processor with the data and written instructions and oversees the Processor's compliance with this DPA.", diag.Present},
	// Near-miss: the controller's duties alone, with no right, stay weak.
	{"controller-rights", "fr obligations seules near-miss", frLead + "## Obligations du Client\n\nLe Client garantit la licéité du traitement et informe les personnes concernées.", diag.Weak},
	{"controller-rights", "en obligations heading fees near-miss", "## Obligations of the Customer\n\nThe Customer shall pay the fees on time.", diag.Missing},

	// Near-misses: an audit right alone is the audit clause, not the
	// controller's rights and obligations; a request by the processor is not
	// the controller's right.
	{"controller-rights", "en audit alone near-miss", "## Audits\n\nThe Client may have an audit carried out once a year by an independent auditor bound by secrecy, after 30 days' notice; the Service Provider co-operates.", diag.Missing},
	{"controller-rights", "fr audit seul near-miss", frLead + "## Audit\n\nLe Client peut faire réaliser un audit une fois par an par un auditeur indépendant, moyennant un préavis de trente jours.", diag.Missing},
	{"controller-rights", "en processor may ask near-miss", "## Cooperation\n\nThe Supplier may ask the Customer to confirm any instruction in writing.", diag.Missing},
	{"controller-rights", "fr prestataire demande near-miss", frLead + "## Coopération\n\nLe Prestataire peut demander au Client de confirmer ses instructions par écrit.", diag.Missing},

	// The categories of data subjects as a bare label naming people, a table
	// row "Guests affected | ...", "Qui est concerné | ...", or "the data
	// relates to people who ...".
	{"data-subjects", "en the players label", "## 1. What this DPA covers\n\n1.3 **The players.** The data relates to people who install and play your games.", diag.Present},
	{"data-subjects", "en data relates to people who", "## Scope\n\nThe data relates to people who book a table through the Customer's website.", diag.Present},
	{"data-subjects", "en information concerns individuals who", "## Scope\n\nThe information processed concerns individuals who apply for a loan with the Customer.", diag.Present},
	{"data-subjects", "en guests affected table row", "## Scope\n\n| | |\n|---|---|\n| Service | Captive portal log-in page and bandwidth management |\n| Guests affected | Hotel guests and visitors who connect to the guest Wi-Fi |", diag.Present},
	{"data-subjects", "en tenants concerned label", "## Annex\n\nTenants concerned: the current and former tenants of the Landlord's buildings.", diag.Present},
	{"data-subjects", "en who is concerned row", "## In short\n\n| | |\n|---|---|\n| What we do | Host your lists and send your campaigns |\n| Who is concerned | Your subscribers and imported contacts |", diag.Present},
	{"data-subjects", "fr qui est concerné ligne", frLead + "## En bref\n\n| | |\n|---|---|\n| Ce que nous faisons | Héberger vos listes, envoyer vos campagnes |\n| Qui est concerné | Vos abonnés et vos contacts importés |", diag.Present},
	{"data-subjects", "fr usagers concernés libellé", frLead + "## Annexe\n\nUsagers concernés : les usagers inscrits à la médiathèque et leurs représentants légaux.", diag.Present},
	// Near-misses: people who act, not people the data is about.
	{"data-subjects", "en persons who have access near-miss", "## Staff\n\nPersons who have access to the data are bound by confidentiality.", diag.Missing},
	{"data-subjects", "en systems affected near-miss", "## Breaches\n\n| | |\n|---|---|\n| Systems affected | the Supplier's mail servers |", diag.Missing},
	{"data-subjects", "fr qui est responsable near-miss", frLead + "## Rôles\n\n| | |\n|---|---|\n| Qui est responsable | Le Client |", diag.Missing},

	// The nature as "what we do": the operations listed under a question label.
	{"nature", "en what we do row", "## In short\n\n| | |\n|---|---|\n| What we do | Host your lists, send your campaigns, measure opens and clicks |", diag.Present},
	{"nature", "fr ce que nous faisons ligne", frLead + "## En bref\n\n| | |\n|---|---|\n| Ce que nous faisons | Héberger vos listes, envoyer vos campagnes, mesurer ouvertures et clics |", diag.Present},
	{"nature", "en what the supplier does label", "## Annex\n\nWhat the Supplier does: stores the recordings, transcribes them and sends the transcripts to the Customer.", diag.Present},
	{"nature", "fr ce que fait le prestataire", frLead + "## Annexe\n\nCe que fait le Prestataire : il héberge les dossiers, les sauvegarde chaque nuit et les transmet au Client sur demande.", diag.Present},
	// Near-miss: the label with no operation under it is a weak statement.
	{"nature", "en what we do no operations near-miss", "## In short\n\n| | |\n|---|---|\n| What we do | Help you grow |", diag.Weak},

	// The particulars in prose: "we process X about Y to do Z", the processor
	// receiving the data of named people, operations verb after verb, a
	// processing that lasts as long as the service.
	{"purpose", "en we process to send", "## Scope\n\nWe process the names and e-mail addresses of your customers to send your newsletters.", diag.Present},
	{"data-types", "en we process names and e-mail addresses", "## Scope\n\nWe process the names and e-mail addresses of your customers to send your newsletters.", diag.Present},
	{"data-subjects", "en we process of your customers", "## Scope\n\nWe process the names and e-mail addresses of your customers to send your newsletters.", diag.Present},
	{"data-types", "en supplier receives names addresses bank details", "## Scope\n\nThe Supplier receives the names, addresses and bank details of the Customer's staff.", diag.Present},
	{"data-subjects", "en supplier receives details of staff", "## Scope\n\nThe Supplier receives the names, addresses and bank details of the Customer's staff.", diag.Present},
	{"data-subjects", "en records concern policyholders", "## Scope\n\nThe records concern the Customer's policyholders and claimants.", diag.Present},
	{"data-types", "fr reçoit noms adresses coordonnées bancaires", frLead + "## Champ\n\nLe Prestataire reçoit les noms, adresses et coordonnées bancaires des salariés du Client.", diag.Present},
	{"data-subjects", "fr reçoit coordonnées des salariés", frLead + "## Champ\n\nLe Prestataire reçoit les noms, adresses et coordonnées bancaires des salariés du Client.", diag.Present},
	{"data-subjects", "fr données concernent les assurés", frLead + "## Champ\n\nLes données concernent les assurés et les bénéficiaires du Client.", diag.Present},
	{"purpose", "en data needed so that", "## Scope\n\nThe data is needed so that the Supplier can pay the Customer's staff.", diag.Present},
	{"purpose", "en processing carried out in order to", "## Scope\n\nThe processing is carried out in order to pay the Customer's staff.", diag.Present},
	{"purpose", "en what for label", "## Annex\n\nWhat for: to pay the Customer's staff.", diag.Present},
	{"purpose", "en supplier receives the files to print", "## Scope\n\nThe Supplier receives the address files from the Customer to print the Customer's mailings.", diag.Present},
	{"nature", "en we store and send", "## Scope\n\nWe store the names and e-mail addresses of your customers and send your newsletters to them.", diag.Present},
	{"nature", "en hosts backs up restores", "## Scope\n\nThe Supplier hosts the database, backs it up nightly and restores it on request.", diag.Present},
	{"nature", "en activities label", "## Annex\n\nActivities: hosting, backing up and restoring the Customer's database.", diag.Present},
	{"nature", "fr héberge sauvegarde restaure", frLead + "## Champ\n\nLe Prestataire héberge la base, la sauvegarde chaque nuit et la restaure à la demande.", diag.Present},
	{"duration", "en process for as long as", "## Scope\n\nThe Supplier will process the data for as long as it provides the Services.", diag.Present},
	{"duration", "en length of processing label", "## Annex\n\nLength of processing. For the life of the Agreement and 30 days after.", diag.Present},
	{"duration", "fr traite aussi longtemps qu'il fournit", frLead + "## Champ\n\nLe Prestataire traite les données aussi longtemps qu'il fournit le service.", diag.Present},
	{"subject-matter", "en bought a licence", "## Background\n\nThe Customer has bought a licence to the Supplier's HR software.", diag.Present},
	{"subject-matter", "fr s'appliquent à la prestation d'hébergement", frLead + "## Objet\n\nLes présentes clauses s'appliquent à la prestation d'hébergement du logiciel RH du Client.", diag.Present},
	{"subject-matter", "fr lorsqu'il assure la maintenance", frLead + "## Champ\n\nLe Prestataire traite des données personnelles lorsqu'il assure la maintenance du logiciel du Client.", diag.Present},
	{"controller-rights", "en can withdraw or amend instructions", "## The Customer\n\nThe Customer keeps control of the data and can withdraw or amend its instructions.", diag.Present},
	{"controller-rights", "en entitled to receive information", "## The Customer\n\nThe Customer must have a legal basis for the processing and is entitled to receive all information needed to check compliance.", diag.Present},
	{"controller-rights", "fr peut modifier ses instructions", frLead + "## Le Client\n\nLe Client reste maître des finalités et peut modifier ses instructions à tout moment.", diag.Present},
	// Near-misses: a tool used to protect, the processor's own staff given
	// access, logs kept as long as the law requires, the processor's own
	// instructions to its staff.
	{"purpose", "en uses measures to protect near-miss", "## Security\n\nThe Supplier uses appropriate measures to protect the data.", diag.Missing},
	{"purpose", "en process in accordance with instructions near-miss", "## Instructions\n\nWe process the data only in accordance with your documented instructions.", diag.Missing},
	{"data-subjects", "en access for members of its personnel near-miss", "## Confidentiality\n\nThe processor shall grant access to the personal data undergoing processing to members of its personnel only to the extent strictly necessary.", diag.Missing},
	{"data-types", "en keeps a record of activities near-miss", "## Records\n\nThe Supplier keeps a record of its processing activities and of its sub-processors.", diag.Missing},
	{"nature", "en store and notify near-miss", "## Breaches\n\nWe keep an incident register and notify you of any breach.", diag.Missing},
	{"controller-rights", "en supplier updates its own instructions near-miss", "## Staff\n\nThe Supplier may update its internal instructions to its engineers.", diag.Missing},
	{"subject-matter", "fr s'appliquent aux parties near-miss", frLead + "## Généralités\n\nLes présentes clauses s'appliquent aux parties dès leur signature.", diag.Missing},

	// Translated annex labels (Gegenstand des Auftrags, Art und Zweck der
	// Verarbeitung) and French prose forms.
	{"subject-matter", "en subject of the commission label", "## Annex 1\n\n- Subject of the commission: operation of the Customer's staff canteen booking app.", diag.Present},
	{"subject-matter", "en subject of the order label", "## Annex 1\n\nSubject of the order: maintenance of the Customer's ERP system.", diag.Present},
	{"nature", "en type and purpose of processing label", "## Annex 1\n\nType and purpose of processing: hosting and maintenance of the ERP, so that the Customer can run its accounts.", diag.Present},
	{"purpose", "en purpose secure backup", "## Annex 1\n\nPurpose of the commissioned processing: secure backup of the Customer's accounting data.", diag.Present},
	{"purpose", "en limited to what is needed to", "## Scope\n\nThe processing is limited to what is needed to deliver parcels to the Customer's buyers.", diag.Present},
	{"subject-matter", "fr avenant porte sur la tenue", frLead + "## Objet\n\nLe présent avenant porte sur la tenue de la comptabilité du Client par le Prestataire.", diag.Present},
	{"subject-matter", "fr est chargé de la numérisation", frLead + "## Objet\n\nLe Prestataire est chargé de la numérisation des archives du Client.", diag.Present},
	{"purpose", "fr dans le seul but de", frLead + "## Annexe\n\nLes données sont traitées dans le seul but d'établir la paie.", diag.Present},
	{"duration", "fr pour la durée du marché", frLead + "## Annexe\n\nLe traitement est réalisé pour la durée du marché, reconductions comprises.", diag.Present},
	{"duration", "en from the start of the pilot until", "## Annex\n\nThe Supplier processes the data from the start of the pilot until its evaluation in December 2026.", diag.Present},
	{"controller-rights", "fr a le droit d'obtenir toute information", frLead + "## Client\n\nLe Client est seul responsable de la licéité du traitement et a le droit d'obtenir toute information utile du Prestataire.", diag.Present},
	{"controller-rights", "fr définit les instructions et peut en contrôler le respect", frLead + "## Client\n\nLe Client définit les instructions applicables et peut en contrôler le respect à tout moment.", diag.Present},
	{"duration", "fr durée celle du contrat", frLead + "## Annexe\n\nDurée : celle du contrat (article 12).", diag.Present},
	{"duration", "en duration that of the agreement", "## Annex 1\n\nDuration: that of the Main Agreement.", diag.Present},
	{"controller-rights", "en rights of the controller it may instruct", "## Rights of the controller\n\nThe controller's rights are those set out in Article 28 GDPR: it may instruct, audit and object.", diag.Present},
	// Near-misses.
	{"duration", "en that of the processor near-miss", "## Annex 1\n\nDuration: see that of the Supplier's own policy.", diag.Weak},
	{"controller-rights", "en rights of the controller heading only near-miss", "## Rights of the controller\n\nThe Processor keeps a record of its processing activities.", diag.Weak},
	{"subject-matter", "en subject to consent near-miss", "## Changes\n\nSubject to the Customer's consent, the Supplier may change the hosting location.", diag.Missing},
	{"subject-matter", "fr chargé de notifier near-miss", frLead + "## Violations\n\nLe Prestataire est chargé de notifier au Client toute violation de données.", diag.Missing},
	{"purpose", "en access limited to staff near-miss", "## Access\n\nAccess is limited to the Supplier's support engineers.", diag.Missing},
	{"controller-rights", "fr prestataire peut obtenir near-miss", frLead + "## Coopération\n\nLe Prestataire peut obtenir toute information utile auprès de ses fournisseurs.", diag.Missing},

	// Plain-language annexes: the particulars asked as questions.
	{"data-subjects", "en who the data is about", "## Annex\n\n**Who the data is about.** Buyers and newsletter subscribers of the Customer's shop.", diag.Present},
	{"data-subjects", "en the data belongs to buyers", "## Annex\n\nThe data belongs to the Customer's buyers and newsletter subscribers.", diag.Present},
	{"data-subjects", "fr à qui appartiennent les données", frLead + "## Annexe\n\n**À qui appartiennent les données.** Aux acheteurs et aux abonnés du Client.", diag.Present},
	{"purpose", "en what it is used for", "## Annex\n\n**What it is used for.** Fulfilling orders and sending order updates.", diag.Present},
	{"purpose", "fr à quoi servent les données", frLead + "## Annexe\n\n**À quoi servent les données.** À livrer les commandes et à informer les acheteurs.", diag.Present},
	{"nature", "en what happens to the data", "## Annex\n\n**What happens to the data.** It is stored, shown to the Customer's staff, and passed to the courier.", diag.Present},
	{"nature", "fr ce qui est fait des données", frLead + "## Annexe\n\n**Ce qui est fait des données.** Elles sont stockées, consultées par le Client et transmises au transporteur.", diag.Present},
	{"duration", "en for how long while active", "## Annex\n\n**For how long.** While the shop subscription is active.", diag.Present},
	{"data-types", "en will see order details and addresses", "## Annex\n\nThe Supplier will see order details, delivery addresses and phone numbers.", diag.Present},
	{"controller-rights", "en in charge of the data may stop", "## The Customer's role\n\nThe Customer is in charge of the data: it decides what is collected and why, and may stop the processing at any time.", diag.Present},
	{"controller-rights", "fr vous nous indiquez ce que nous devons faire", frLead + "## Vos droits et obligations\n\nVous nous indiquez ce que nous devons faire des données et vous pouvez modifier ces instructions à tout moment. Vous garantissez que vous êtes autorisé à nous les transmettre.", diag.Present},
	// Near-misses.
	{"data-subjects", "en the equipment belongs to near-miss", "## Equipment\n\nThe scanners belong to the Supplier and stay on its premises.", diag.Missing},
	{"nature", "en what happens at the end near-miss", "## End\n\nWhat happens at the end of the contract is set out in clause 12.", diag.Missing},
	{"controller-rights", "en supplier may stop near-miss", "## Suspension\n\nThe Supplier may stop the processing if the fees are unpaid.", diag.Missing},

	// The subject-matter named "Object" (translated objet, voorwerp,
	// Gegenstand), and the service the controller makes use of.
	{"subject-matter", "en Object run-in label", "**2. Object.** The Service Provider processes personal data on behalf of the Client so that the Client can send documents for signing and keep signed containers in the Platform.", diag.Present},
	{"subject-matter", "en Object of this agreement heading", "## Article 2 - Object of this agreement\n\n2.1 The Client makes use of the Platform to organise trainings of its personnel and to register the training history.", diag.Present},
	{"subject-matter", "en object colon", "## Details\n\nObject: hosting and maintenance of the Customer's booking software.", diag.Present},
	{"subject-matter", "en on behalf so that", "## Scope\n\nThe Supplier processes personal data on behalf of the Customer so that the Customer can run its loyalty programme through the Supplier's application.", diag.Present},
	{"subject-matter", "en makes use of the service to", "## Scope\n\nThe Customer makes use of the Vendor's scheduling service to book appointments with its patients.", diag.Present},
	{"purpose", "en makes use of the platform to", "## Scope\n\nThe Client makes use of the Platform to organise mandatory trainings of its personnel and to register the training history for its HR files.", diag.Present},
	{"purpose", "en employs the tool to", "## Scope\n\nThe Customer employs the Supplier's survey tool to measure the satisfaction of its guests.", diag.Present},
	// Near-misses: "object" as a verb, and the processor using its own tool.
	{"subject-matter", "en may object near-miss", "## Changes\n\nThe Customer may object in writing to any change of the hosting location.", diag.Missing},
	{"purpose", "en processor makes use of near-miss", "## Tools\n\nThe Supplier makes use of a ticketing tool to track its own work.", diag.Missing},
}

func TestRules7a(t *testing.T) { checkSnippets(t, plainSnippets(rules7aCases)) }

// The parties' own names are read as their roles when the preamble defines
// them and a clause under a heading defines another term, and when a clause
// says which party decides the purposes and means.
func TestAliases7a(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      map[string]bool // name -> processor
	}{
		{"preamble then a term under a heading",
			"Between Riverside Trust (the \"Charity\") and Causeway Ltd (the \"Contractor\").\n\n## Part A\n\nA1 Subject-matter. Import of the donor records from its old database (\"Legacy System\").",
			map[string]bool{"Charity": false}},
		{"decides the purposes and means",
			"## Roles\n\nThe Foundation decides the purposes and means of the processing.",
			map[string]bool{"Foundation": false}},
		{"fr détermine les finalités et les moyens",
			frLead + "## Rôles\n\nLa Mutuelle détermine les finalités et les moyens du traitement.",
			map[string]bool{"Mutuelle": false}},
		// Near-miss: three names in the preamble itself are not two parties.
		{"three preamble names near-miss",
			"Between Riverside Trust (the \"Charity\"), Causeway Ltd (the \"Contractor\") and Harbour Bank (the \"Bank\").",
			map[string]bool{}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := mdDoc(t, c.src)
			rs := mustRules(t)
			got := map[string]bool{}
			for _, a := range findAliases(d, detectLang([]string{fold(c.src)}, rs.LangWords), rs) {
				got[a.name] = a.processor
			}
			if len(got) != len(c.want) {
				t.Fatalf("aliases %v, want %v", got, c.want)
			}
			for n, p := range c.want {
				if gp, ok := got[n]; !ok || gp != p {
					t.Errorf("aliases %v, want %v", got, c.want)
				}
			}
		})
	}
}
