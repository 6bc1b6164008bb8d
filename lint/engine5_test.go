package lint

import (
	"strings"
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 5 (issue 5): drafting the fourth labelled set showed the rules missing.
// Each concept has five wordings of our own and near-misses that must not count.
var engine5Cases = []struct {
	id, name, src string
	want          diag.Status
}{
	// A run-in label ("What we handle.") joined to the statement after it no
	// longer hides the statement's start from patterns anchored there.
	{"subject-matter", "en label then runs", "2. What we do. The Processor runs ticketing and seat allocation for the Customer's concerts.", diag.Present},
	{"subject-matter", "en label then hosts", "Scope. The Supplier hosts and maintains the Client's learning platform.", diag.Present},
	{"subject-matter", "en label then performs", "B. The work. The Vendor performs payroll processing for the Customer's staff.", diag.Present},
	{"subject-matter", "en label then administers", "Our role. The Processor administers the Client's pension scheme.", diag.Present},
	{"subject-matter", "fr libellé puis tient", "Mission. Le Prestataire tient la comptabilité du Client et prépare ses déclarations.", diag.Present},
	{"subject-matter", "en label then nothing done", "Review. The Processor keeps this addendum under review.", diag.Missing},
	{"subject-matter", "en label then security", "Security. The Processor encrypts the data at rest.", diag.Missing},

	// A party defined by what it does "as processor".
	{"subject-matter", "en defined handles as processor", "Larkspur Tours Ltd (the \"Organiser\") handles guest data as processor for the Client.\n\nThe Organiser runs bookings and transport for the Client's incentive trip.", diag.Present},
	{"subject-matter", "en defined processes as processor", "Quillon SA (the \"Bureau\") processes applicant files as processor.\n\nThe Bureau performs the screening of the Client's applicants.", diag.Present},
	{"subject-matter", "fr défini traite en qualité de", "La société Ardent (ci-après « le Cabinet ») traite les données en qualité de sous-traitant.\n\nLe Cabinet tient la paie du Client.", diag.Present},
	{"subject-matter", "en appoints another as processor", "Orla Foods plc (the \"Buyer\") appoints the Supplier as processor.\n\nThe Buyer runs its own warehouse management for the Supplier's stock.", diag.Missing},

	// purpose: what the processor does, then what for ("so that ...")
	{"purpose", "en so that attendees", "The Processor runs registration for the summit, so that the Client's guests can be admitted and badged.", diag.Present},
	{"purpose", "en in order that", "The Supplier operates the booking line in order that patients of the Practice can make appointments.", diag.Present},
	{"purpose", "en with a view to", "The Vendor manages the tenant portal with a view to letting the Landlord collect rent online.", diag.Present},
	{"purpose", "en so as to enable", "The Processor hosts the survey tool so as to enable the Council to consult residents on the new bus routes.", diag.Present},
	{"purpose", "fr afin que", "Le Prestataire gère les inscriptions au salon afin que les visiteurs du Client puissent retirer leur badge.", diag.Present},
	{"purpose", "en assistance so that comply near-miss", "The Processor provides reasonable assistance so that the Controller can comply with its obligations under Articles 32 to 36.", diag.Missing},
	{"purpose", "fr assistance afin que near-miss", "Le Prestataire fournit son aide afin que le Client puisse répondre aux demandes des personnes concernées.", diag.Missing},

	// controller-rights: the controller keeps or exercises its rights
	{"controller-rights", "en keeps rights and obligations", "You are the controller. You keep the rights and obligations of a controller under the GDPR and exercise your rights through these terms.", diag.Present},
	{"controller-rights", "en retains all its rights", "The Customer is the controller and retains all its rights under this Addendum and the GDPR.", diag.Present},
	{"controller-rights", "en has the rights of a controller", "The Client is the controller. It has the rights and duties of a data controller under Article 28.", diag.Present},
	{"controller-rights", "fr dispose des droits", "Le Client est responsable du traitement. Il donne ses instructions au Prestataire et dispose des droits que lui confèrent la présente annexe et le RGPD.", diag.Present},
	{"controller-rights", "fr exerce les droits", "Le Client est responsable du traitement : il valide le plan de reprise et exerce les droits d'instruction et d'audit prévus à l'article 7.", diag.Present},
	{"controller-rights", "en data subjects exercise their rights near-miss", "The Processor shall help the Customer answer data subjects who exercise their rights.", diag.Missing},
	{"controller-rights", "fr personnes exercent leurs droits near-miss", "Le Prestataire aide le Client à répondre aux personnes concernées qui exercent leurs droits.", diag.Missing},

	// transfers: a flat ban written with "EU/EEA", ended by ";" or extended by
	// "including ..." is a ban.
	{"transfers", "en ban eu/eea", "## Transfers\n\nPersonal data may not be processed or accessed from outside the EU/EEA. This also covers remote support.", diag.Present},
	{"transfers", "en ban semicolon", "The Processor shall:\n\n(a) store the footage only on servers located in Spain; no data may be transferred outside the European Economic Area; and\n\n(b) keep a log of access.", diag.Present},
	{"transfers", "en ban including support", "## Location\n\nNo personal data is transferred outside the EEA, including for maintenance and support.", diag.Present},
	{"transfers", "en ban eea/uk", "## Transfers\n\nThe data will not be transferred outside the EEA/UK under any circumstances.", diag.Present},
	{"transfers", "fr aucun transfert y compris", "## Localisation\n\nAucun transfert hors de l'Union européenne n'est réalisé, y compris pour la maintenance.", diag.Present},
	{"transfers", "fr aucun transfert ue/eee", "## Transferts\n\nAucun accès aux données depuis un pays situé hors de l'UE/EEE n'est autorisé.", diag.Present},
	{"transfers", "en ban unless approved near-miss", "## Transfers\n\nNo data may be transferred outside the EEA unless the Client approves it in writing.", diag.Weak},
	{"transfers", "fr sans accord near-miss", "## Transferts\n\nAucun transfert hors de l'Union européenne n'est réalisé sans l'accord écrit du Client.", diag.Weak},

	// transfers: staying in the EEA said plainly is a localisation and a ban;
	// the same with "without the Customer's consent" is the instructions limb only.
	{"transfers", "en never leaves", "## Hosting\n\nClient Data never leaves the European Union.", diag.Present},
	{"transfers", "en does not move abroad", "The Supplier keeps all data in its Dublin data centre and does not move it abroad.", diag.Present},
	{"transfers", "en takes place within", "## Where\n\nAll processing takes place within the European Economic Area.", diag.Present},
	{"transfers", "en hosted in the EU only", "Data is hosted in the EU only; no access from third countries.", diag.Present},
	{"transfers", "en remains in", "The personal data remain in Germany at all times, including backups.", diag.Present},
	{"transfers", "fr ne quittent pas", frLead + "Les données ne quittent jamais l'Union européenne.", diag.Present},
	{"transfers", "fr ont lieu dans", frLead + "Toutes les opérations de traitement ont lieu dans l'Espace économique européen.", diag.Present},
	{"transfers", "fr restent hébergées, aucun transfert", frLead + "Les données restent hébergées en France et ne font l'objet d'aucun transfert.", diag.Present},
	{"transfers", "en never leaves without consent near-miss", "Client Data never leaves the European Union without the Client's written consent.", diag.Weak},
	{"transfers", "en abroad except near-miss", "The Supplier does not send the data abroad except with the Customer's prior approval.", diag.Weak},
	{"transfers", "fr sans l'accord near-miss", frLead + "Les données ne quittent pas l'Union européenne sans l'accord écrit du Client.", diag.Weak},
	{"transfers", "en remain the property near-miss", "The data remain the property of the Customer.", diag.Missing},

	// controller-rights in other structures: an apposition, verification, rights
	// "set out in clauses ..."
	{"controller-rights", "en as controller may", "The Customer, as controller, may issue instructions, inspect the Supplier's premises and terminate this addendum.", diag.Present},
	{"controller-rights", "en it is entitled to verify", "The Customer is the controller. It is entitled to verify the Supplier's compliance at any time.", diag.Present},
	{"controller-rights", "en and has the rights set out", "The Customer determines the purposes of processing and has the rights set out in clauses 4, 8 and 11.", diag.Present},
	{"controller-rights", "fr apposition peut", frLead + "Le Client, responsable du traitement, peut donner des instructions, contrôler le Prestataire et résilier le contrat.", diag.Present},
	{"controller-rights", "fr bénéficie des droits", frLead + "Le Client a la qualité de responsable du traitement ; il bénéficie des droits prévus aux articles 5, 9 et 12.", diag.Present},
	{"controller-rights", "en data subjects have rights near-miss", "The Supplier shall help the Customer respond to data subjects, who have the rights set out in Chapter III.", diag.Missing},
	{"controller-rights", "en supplier may suspend near-miss", "The Supplier has the right to suspend the service for non-payment.", diag.Missing},
	{"controller-rights", "fr personnes bénéficient near-miss", frLead + "Le Prestataire aide le Client ; les personnes concernées bénéficient des droits prévus au chapitre III.", diag.Missing},

	// instructions in plain words and French synonyms (ordre, consignes)
	{"instructions", "en only what the customer tells", "The Supplier will only do with the data what the Customer tells it to do in writing, including sending it abroad.", diag.Present},
	{"instructions", "en restricted to what instructed", "Processing is restricted to what the Customer has instructed in writing (this addendum, the order form, tickets), including transfers.", diag.Present},
	{"instructions", "fr n'agit que sur ordre", frLead + "Le Prestataire n'agit que sur ordre écrit du Client, y compris pour les transferts hors de l'UE.", diag.Present},
	{"instructions", "fr se conforme aux consignes", frLead + "Le Prestataire se conforme strictement aux consignes écrites du Client, y compris en matière de transferts vers un pays tiers.", diag.Present},
	{"instructions", "en customer orders near-miss", "The Supplier processes data to fulfil the orders the Customer places.", diag.Missing},
	{"instructions", "fr commandes sur ordre near-miss", frLead + "Le Prestataire traite les commandes passées sur ordre du Client.", diag.Missing},

	// legal-requirement-notice: "a legal obligation requires other processing"
	{"legal-requirement-notice", "en should a legal obligation require", "Should a legal obligation require other processing, we will let you know in advance unless legally barred from doing so.", diag.Present},
	{"legal-requirement-notice", "en if a statute calls for further use", "If a statute calls for any other use of the data, the Supplier will tell the Customer beforehand, unless that statute forbids it.", diag.Present},

	// confidentiality: staff bound to keep the data confidential
	{"confidentiality", "en staff bound to keep confidential", "The Supplier's staff are contractually bound to keep the data confidential.", diag.Present},
	{"confidentiality", "en ensure personnel keep", "The Processor shall ensure that its personnel keep the data confidential.", diag.Present},
	{"confidentiality", "en processor keeps confidential near-miss", "The Supplier shall keep the data confidential.", diag.Missing},

	// subject-matter: any activity stated as a fact for the controller
	{"subject-matter", "en looks after", "The Supplier looks after the Customer's IT helpdesk and fixes users' laptops.", diag.Present},
	{"subject-matter", "en uses the supplier's package", "The Customer uses the Supplier's cloud accounting package.", diag.Present},
	{"subject-matter", "en has been hired to", "The Supplier has been hired to organise the Customer's staff summer party.", diag.Present},
	{"subject-matter", "en collects from", "Under the Agreement the Supplier collects overdue invoices from the Customer's debtors.", diag.Present},
	{"subject-matter", "fr assure l'archivage", frLead + "Le Prestataire assure le nettoyage et l'archivage des dossiers papier du Client.", diag.Present},
	{"subject-matter", "fr fait appel au", frLead + "Le Client fait appel au Prestataire pour l'organisation de son séminaire annuel.", diag.Present},
	{"subject-matter", "en processes data near-miss", "The Supplier processes the Customer's personal data only on documented instructions.", diag.Missing},
	{"subject-matter", "en notifies near-miss", "The Supplier notifies the Customer's security contact of any breach.", diag.Missing},
	{"subject-matter", "fr assure la sécurité near-miss", frLead + "Le Prestataire assure la sécurité des données du Client.", diag.Missing},

	// purpose in plain words
	{"purpose", "en data are needed to", "The data are needed to pay staff correctly and on time.", diag.Present},
	{"purpose", "en use the data for one thing", "We use the data for one thing: delivering parcels to your buyers.", diag.Present},
	{"purpose", "en why we process it", "Why we process it: to run your loyalty scheme.", diag.Present},
	{"purpose", "en serves to", "The processing serves to recover overdue invoices for the Customer.", diag.Present},
	{"purpose", "fr sert à", frLead + "Le traitement sert à recouvrer les factures impayées du Client.", diag.Present},
	{"purpose", "fr servent uniquement à", frLead + "Les données servent uniquement à l'envoi des bulletins de paie.", diag.Present},
	{"purpose", "en not use for other purposes near-miss", "The Supplier shall not use the data for any other purpose.", diag.Missing},
	{"purpose", "en information necessary for billing near-miss", "The Supplier also holds information necessary for billing.", diag.Missing},
	{"purpose", "en purposes in a privacy statement", "## Purposes\n\nThe Supplier uses personal data for the purposes set forth in its Privacy Statement.", diag.Weak},

	// nature, duration, data subjects and data in plain sentences
	{"nature", "en collect store sort destroy", "The Supplier will collect, store, sort and destroy the records.", diag.Present},
	{"nature", "en scan index archive", "We scan, index and archive the Customer's paper files.", diag.Present},
	{"duration", "en until the contract ends", "The Supplier processes the data until the contract ends.", diag.Present},
	{"duration", "en processing will stop when", "The processing will stop when the project is finished, by 31 March 2027 at the latest.", diag.Present},
	{"duration", "fr jusqu'à la fin du marché", frLead + "Le Prestataire traite les données jusqu'à la fin du marché.", diag.Present},
	{"duration", "fr le traitement cesse", frLead + "Le traitement cesse à l'expiration du contrat.", diag.Present},
	{"duration", "en suspend until the breach near-miss", "The Customer may suspend the processing of its data until the breach is remedied.", diag.Missing},
	{"duration", "en until further instructions near-miss", "The Supplier shall process the data only until it receives further instructions.", diag.Missing},
	{"data-subjects", "en people whose data", "The people whose data is processed are the Customer's tenants and their guarantors.", diag.Present},
	{"data-subjects", "fr personnes dont les données", frLead + "Les personnes dont les données sont traitées sont les locataires du Client.", diag.Present},
	{"data-types", "en the records contain", "The records contain names, addresses, dates of birth and bank details.", diag.Present},
	{"data-types", "fr les dossiers contiennent", frLead + "Les dossiers contiennent les nom, adresse et revenus des bénéficiaires.", diag.Present},
	{"data-types", "en records contain no special data near-miss", "The records contain no special category data.", diag.Missing},

	// A role apposition between the party and its verb
	{"subject-matter", "en supplier, as processor, runs", "The Supplier, as processor, runs the Customer's payroll.", diag.Present},
	{"controller-rights", "fr client, en sa qualité, peut", frLead + "Le Client, en sa qualité de responsable du traitement, peut auditer le Prestataire et résilier le contrat.", diag.Present},

	// data-types: a French description table whose first column holds the labels.
	{"data-types", "fr ligne Données", frLead + "| Rubrique | Description |\n|---|---|\n| Données | identité, coordonnées, numéro de sécurité sociale, rendez-vous |", diag.Present},
	{"data-types", "fr ligne Données traitées", frLead + "| Élément | Contenu |\n|---|---|\n| Données traitées | nom, adresse postale, historique des commandes |", diag.Present},
	{"data-types", "en hosting only near-miss", "The personal data are stored in Ireland and backed up in Germany.", diag.Missing},
	{"data-types", "fr hébergement seulement near-miss", frLead + "Les données sont hébergées et traitées en France.", diag.Missing},
}

// frLead makes a short French snippet read as French.
const frLead = "Le présent contrat est conclu entre le Client et le Prestataire, qui agit pour le compte du Client.\n\n"

func TestEngine5Rules(t *testing.T) { checkSnippets(t, plainSnippets(engine5Cases)) }

// A role set between commas after a party's name is dropped from the text the
// patterns read; other commas and roles stay.
func TestDropRoleApposition(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"the customer, as controller, may audit the supplier.", "the customer may audit the supplier."},
		{"the supplier, acting as the data processor, shall notify the customer.", "the supplier shall notify the customer."},
		{"le client, en sa qualite de responsable du traitement, peut auditer.", "le client peut auditer."},
		{"le client, responsable du traitement au sens du rgpd, peut auditer.", "le client peut auditer."},
		{"le client, responsable, peut auditer.", "le client, responsable, peut auditer."},
		{"le client, responsable du traitement au sens de l'article 28, peut auditer.", "le client peut auditer."},
		{"the customer is the controller, and the supplier, as processor, acts on its instructions.", "the customer is the controller, and the supplier acts on its instructions."},
		{"names, addresses, as provided, and order history.", "names, addresses, as provided, and order history."},
	} {
		if got := dropRoleApposition(c.in); got != c.want {
			t.Errorf("dropRoleApposition(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A reference to an annex the document lacks is dangling, unless the name is
// defined for something else in brackets or the sentence gives a web address.
func TestDanglingRefsDefinedOrURL(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      diag.Status
	}{
		{"missing schedule", "## Transfers\n\nSupport staff in India may access Client Data under the Standard Contractual Clauses in Schedule 5. The Client authorises these transfers.", diag.Weak},
		{"schedule defined as a web page", "## Transfers\n\nSupport staff in India may access Client Data under the Standard Contractual Clauses published at vendor.example/sccs (\"Schedule 5\").\n\nThe Vendor keeps Schedule 5 up to date. The Client authorises these transfers.", diag.Present},
		{"web address in the sentence", "## Transfers\n\nSupport staff in India may access Client Data under the Standard Contractual Clauses in Schedule 5, available at https://vendor.example/legal. The Client authorises these transfers.", diag.Present},
	} {
		t.Run(c.name, func(t *testing.T) {
			f := status(t, c.src, "transfers", Options{})
			if f.Status != c.want {
				t.Errorf("got %s (%s), want %s", f.Status, f.Reason, c.want)
			}
			// The tie to the controller is stated in every case, so a weak
			// status can only come from the dangling reference.
			if c.want == diag.Weak && !strings.Contains(f.Reason, "not in the document") {
				t.Errorf("weak for another reason: %s", f.Reason)
			}
		})
	}
}
