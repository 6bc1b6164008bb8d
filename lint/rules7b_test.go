package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 7 (engine7b): obligations (a)-(h) and transfers, generalised from the
// disagreements on blind6. Each concept has wordings of our own in several
// drafting styles and near-misses that must not pass.
var rules7bCases = plainSnippets([]struct {
	id, name, src string
	want          diag.Status
}{
	// security: a bare "measures required by Article 32" names the article, not what
	// the processor does; it counts with the measures it goes on to give.
	{"security", "en art 32 bare", "The Supplier takes the appropriate security measures required by Article 32 GDPR.", diag.Weak},
	{"security", "en all measures required by art 32", "The Supplier takes all the technical and organisational measures required by Article 32 GDPR.", diag.Present},
	{"security", "fr mesures exigées par article 32", "Le Titulaire prend toutes les mesures de sécurité exigées par l'article 32 du RGPD.", diag.Present},
	{"security", "fr art 32 bare", "Le Titulaire met en œuvre les mesures de sécurité appropriées requises par l'article 32 du RGPD.", diag.Weak},
	{"security", "en art 32 with annex", "The Supplier implements the technical and organisational measures required by Article 32 GDPR, as set out in Annex 2.", diag.Present},
	{"security", "en art 32 then described", "The Processor takes all measures required under Art. 32 GDPR. The measures in force on the effective date are described in Schedule 3.", diag.Present},
	{"security", "en art 32 including list", "The Vendor takes the measures required by Article 32 of the GDPR, which include at least:\n\n- encryption of stored data;\n- multi-factor authentication.", diag.Present},
	{"security", "fr art 32 au minimum", "Le Prestataire met en œuvre les mesures exigées par l'article 32 du RGPD, et au minimum celles détaillées à l'annexe 2.", diag.Present},
	{"security", "fr art 32 ci-dessous", "Conformément à l'article 32 du RGPD, l'Éditeur applique les mesures décrites ci-dessous :", diag.Present},
	{"security", "en security program list", "We maintain a written information security program that includes:\n\n- encryption of data in transit and at rest;\n- role-based access reviewed quarterly.", diag.Present},
	{"security", "en state of the art alone", "We protect your data with security measures that reflect the state of the art.", diag.Weak},
	{"security", "fr état de l'art seul", "Nous protégeons les données avec des mesures de sécurité conformes à l'état de l'art.", diag.Weak},
	{"security", "en state of the art weighed", "Taking into account the state of the art and the costs of implementation, the Processor implements technical and organisational measures to protect the data.", diag.Present},
	{"security", "en annex to be supplied", "The Processor takes appropriate technical and organisational measures to ensure a level of security appropriate to the risk.\n\nThe measures are described in Annex 2, to be provided by the Processor before the start of the services.", diag.Weak},
	{"security", "fr annexe à fournir", "Le Prestataire prend les mesures appropriées pour garantir un niveau de sécurité adapté au risque.\n\nCes mesures figurent à l'annexe 3, à fournir par le Prestataire avant la mise en production.", diag.Weak},
	{"security", "en annex of the original agreement", "The Supplier continues to implement the measures described in Annex 2 of the Original DPA.", diag.Weak},
	{"security", "en annex supplied near-miss", "The Processor takes appropriate technical and organisational measures to ensure a level of security appropriate to the risk.\n\nThe Processor shall supply updated certificates on request.", diag.Present},
	// subprocessor-list: the entities named in the clause, however introduced; none
	// authorised is an (empty) list; a blank for the names is a weak list (and does not
	// weaken the authorisation).
	{"subprocessor-list", "en at the date of signing are", "The Client gives general permission for sub-processors. The sub-processors at the date of signing are Nimbus Hosting BV (hosting, Amsterdam) and Mailjet (transactional e-mail).", diag.Present},
	{"subprocessor-list", "en controller authorises named", "At the date of this Schedule, the Customer authorises Keystone Archiving Ltd (off-site storage) only.", diag.Present},
	{"subprocessor-list", "en authorised colon", "Sub-processors. Authorised at the date of this Agreement: Nordhost Oy (cloud hosting, Espoo) and Deskline AB (support).", diag.Present},
	{"subprocessor-list", "en none authorised", "The Processor shall not engage a sub-processor without the Controller's prior specific written authorisation. No sub-processor is authorised at present.", diag.Present},
	{"subprocessor-list", "en list on request possessive", "A list of the Supplier's current sub-processors is available from the Supplier upon request.", diag.Weak},
	{"subprocessor-list", "fr sont autorisés à ce jour", "Le Prestataire ne recourt à un sous-traitant ultérieur qu'avec l'accord écrit du Client. Sont autorisés à ce jour : la société Archivex (numérisation) et l'hébergeur Datacentre Ouest (Nantes).", diag.Present},
	{"subprocessor-list", "fr aucun n'est autorisé", "Le Titulaire ne peut sous-traiter sans l'accord préalable du Client. À la date de signature, aucun sous-traitant ultérieur n'est autorisé.", diag.Present},
	{"subprocessor-list", "fr à la date sont", "Les sous-traitants ultérieurs à la date de signature sont : Hébergeur Sud SAS (Marseille) et Routage Plus (envoi des courriers).", diag.Present},
	{"subprocessor-list", "fr liste à compléter", "Le Titulaire peut recourir aux sous-traitants ultérieurs listés ci-après : [liste à compléter par le candidat].", diag.Weak},
	{"subprocessor-list", "en list to be completed", "The Supplier may use the sub-processors listed below: [list to be completed by the tenderer].", diag.Weak},
	{"subprocessor-list", "en authorises regime near-miss", "The Customer authorises the Supplier to engage sub-processors subject to thirty days' notice.", diag.Missing},
	{"subprocessor-list", "fr aucun sans accord near-miss", "Aucun sous-traitant ultérieur n'est autorisé sans l'accord écrit du Client.", diag.Missing},
	{"subprocessor-authorisation", "fr list blank is not the authorisation's", "Le Client autorise le Titulaire à recourir aux sous-traitants ultérieurs listés ci-après : [liste à compléter par le candidat]. Le Titulaire informe le Client par écrit de tout ajout ou remplacement au moins un mois à l'avance ; le Client peut s'y opposer dans ce délai.", diag.Present},
	{"subprocessor-authorisation", "fr other blank still weakens", "Le Titulaire peut recourir à des sous-traitants ultérieurs. Il informe le Client par écrit de tout ajout au moins [à compléter] jours à l'avance ; le Client peut s'y opposer.", diag.Weak},
	// breach-notification: Canadian and Swiss French name a breach of "renseignements
	// personnels".
	{"breach-notification", "fr-ca violation de renseignements", "Le Fournisseur avise le Client de toute violation de renseignements personnels dans les meilleurs délais et au plus tard 24 heures après en avoir pris connaissance.", diag.Present},
	{"breach-notification", "fr atteinte à la confidentialité", "Le Prestataire signale au Client, sans délai injustifié, toute atteinte à la confidentialité des renseignements qu'il détient.", diag.Present},
	{"breach-notification", "fr renseignements near-miss", "Le Fournisseur avise le Client de toute demande d'accès à des renseignements personnels.", diag.Missing},

	// breach-details: the notice carries the Article 33(3) items by reference.
	{"breach-details", "en information required by 33(3)", "The Contractor shall notify the Customer of any personal data breach without undue delay, with the information required by Article 33(3) GDPR so far as known.", diag.Present},
	{"breach-details", "en particulars listed in art 33 para 3", "Each breach notice shall contain the particulars listed in Article 33, paragraph 3 of the GDPR, as far as they are available.", diag.Present},
	{"breach-details", "fr informations prévues à l'article 33.3", "Le Prestataire notifie toute violation de données au Client dans les 48 heures, avec les informations prévues à l'article 33.3 du RGPD dont il dispose.", diag.Present},
	{"breach-details", "fr éléments mentionnés au 33(3)", "La notification contient les éléments mentionnés à l'article 33(3) du RGPD.", diag.Present},
	{"breach-details", "en article 33 without (3) near-miss", "The Contractor shall notify the Customer of any personal data breach without undue delay so that the Customer can meet its obligations under Article 33 GDPR.", diag.Missing},
	{"breach-details", "en useful information near-miss", "The Contractor shall notify the Customer of any personal data breach without undue delay and give it any useful information.", diag.Weak},
	// infringing-instruction: "if according to the Supplier an instruction is in breach of ..."
	{"infringing-instruction", "en according to in breach", "If according to the Supplier an instruction is in breach of the GDPR, it tells the Customer so immediately.", diag.Present},
	{"infringing-instruction", "en in the judgment of", "Where, in the judgment of the Processor, an instruction is unlawful, the Processor notifies the Controller without delay.", diag.Present},
	{"infringing-instruction", "en instruction in breach then inform", "Any instruction that is in breach of data protection law will be reported to the Client at once.", diag.Present},
	{"infringing-instruction", "fr selon le prestataire", "Si, selon le Prestataire, une instruction constitue une violation du RGPD, il en informe immédiatement le Client.", diag.Present},
	{"infringing-instruction", "fr d'après", "Lorsque, d'après le Titulaire, une instruction est contraire à la réglementation, il en avertit sans délai le Client.", diag.Present},
	{"infringing-instruction", "en breach of contract near-miss", "If the Supplier is in breach of this Agreement, the Customer may give notice of termination immediately.", diag.Missing},

	// subprocessor-flowdown: the obligations "of this Schedule" imposed by contract are
	// the same obligations.
	{"subprocessor-flowdown", "fr obligations de la présente annexe", "Le Gestionnaire impose aux sous-traitants ultérieurs, par contrat, les obligations de la présente annexe. Il reste pleinement responsable envers le Mandant de l'exécution de leurs obligations.", diag.Present},
	{"subprocessor-flowdown", "fr obligations prévues par la présente convention", "Le Prestataire répercute sur chaque sous-traitant ultérieur, par écrit, les obligations prévues par la présente convention et demeure pleinement responsable de leur exécution.", diag.Present},
	{"subprocessor-flowdown", "en obligations of this schedule", "The Contractor imposes on every sub-processor, by written contract, the obligations of this Schedule and remains fully liable to the Customer for their performance.", diag.Present},
	{"subprocessor-flowdown", "fr des obligations near-miss", "Le Titulaire impose à ses sous-traitants ultérieurs des obligations de protection des données par contrat et reste pleinement responsable envers le Client.", diag.Weak},
	// data-subject-rights: requests named by who makes them; self-service tools are
	// assistance; forwarding a request alone is not.
	{"data-subject-rights", "en player request with tools", "The dashboard lets you search for a player and export or delete that player's data. If you cannot answer a player request with these tools, we will help you.", diag.Present},
	{"data-subject-rights", "en member requests assist", "The Processor assists the Controller in answering member requests to access or correct their data.", diag.Present},
	{"data-subject-rights", "en api so that", "The Vendor provides an API to look up, export and erase the data linked to an identifier, so that the Customer can answer requests from individuals exercising their rights.", diag.Present},
	{"data-subject-rights", "fr outils mis à disposition", "Le Prestataire met à disposition du Client des outils d'export et de suppression afin que le Client puisse répondre aux demandes des personnes concernées.", diag.Present},
	{"data-subject-rights", "fr exercer ses droits forwarded only", "Si un de vos abonnés nous écrit pour exercer ses droits, nous vous transférons sa demande.", diag.Weak},
	{"data-subject-rights", "en forward only", "If a data subject contacts the Supplier about their rights, the Supplier forwards the request to the Customer.", diag.Weak},
	{"data-subject-rights", "en forward and assist", "The Supplier forwards to the Customer any request from a data subject and assists the Customer in answering it.", diag.Present},
	{"data-subject-rights", "en support request near-miss", "The Vendor answers support requests within one business day.", diag.Missing},
	{"data-subject-rights", "en customer request near-miss", "The Vendor helps the Customer with any customer request about invoices.", diag.Missing},
	// deletion-return: "It may then delete" - the processor's discretion said by a pronoun.
	{"deletion-return", "fr il peut ensuite supprimer", "À l'expiration du contrat, le Prestataire restitue au Client les dossiers en cours. Il peut ensuite supprimer les données qu'il détient.", diag.Weak},
	{"deletion-return", "en it may then delete", "On termination the Supplier returns the files to the Customer or to a provider the Customer names. It may then delete the copies it holds.", diag.Weak},
	{"deletion-return", "fr il supprime ensuite", "À l'expiration du contrat, le Prestataire restitue au Client l'ensemble des données, puis il les supprime dans un délai de trente jours et en fournit une attestation.", diag.Present},
	{"deletion-return", "en it deletes near-miss", "On termination the Supplier returns the files to the Customer. It then deletes all copies within thirty days.", diag.Present},

	// transfers: clauses signed separately or only pointed to on a web page are referred
	// to, not included; the referred-to fallback of an adequacy decision is not.
	{"transfers", "fr clauses signées séparément", "L'accès depuis le Maroc constitue un transfert vers un pays tiers. Il est encadré par les clauses contractuelles types de la Commission, signées par les parties séparément.", diag.Weak},
	{"transfers", "en sccs signed separately", "Remote access from India is a transfer outside the EEA; it is governed by the standard contractual clauses (module 2), which the parties have signed separately.", diag.Weak},
	{"transfers", "en sccs available at", "Transfers outside the EEA are governed by the standard contractual clauses presently available at the Commission's website.", diag.Weak},
	{"transfers", "en dpf with scc fallback", "You instruct us to transfer the personal data to the United States. We are certified under the EU-U.S. Data Privacy Framework; if that certification lapses, the standard contractual clauses (module 2) are incorporated by reference into this DPA.", diag.Present},
	{"transfers", "en sccs by reference alone near-miss", "Transfers outside the EEA are made under the standard contractual clauses, which are incorporated by reference into this DPA.", diag.Weak},
	{"transfers", "en sccs annexed near-miss", "Transfers outside the EEA are made under the standard contractual clauses (module 2), which the parties sign together with this Agreement.", diag.Present},
	// audits: a security questionnaire in place of audits is addressed, but weak.
	{"audits", "en questionnaire only", "Once a year, on request, we will answer your reasonable written security questionnaire.", diag.Weak},
	{"audits", "en due diligence questionnaire only", "The Supplier completes the Customer's vendor due diligence questionnaire once a year.", diag.Weak},
	{"audits", "fr questionnaire de sécurité", "Une fois par an, le Prestataire répond au questionnaire de sécurité du Client.", diag.Weak},
	{"audits", "en questionnaire and audit", "The Supplier answers the Customer's security questionnaire and makes available all information necessary to demonstrate compliance, and allows for and contributes to audits, including inspections, by the Customer or an auditor it mandates.", diag.Present},
	{"audits", "en satisfaction survey near-miss", "The Supplier sends the Customer a yearly satisfaction survey.", diag.Missing},
	// subprocessor-authorisation: consent asked for each engagement is a specific regime
	// (no separate notice or objection right needed); a general consent still needs them.
	{"subprocessor-authorisation", "en consent for each sub-processor", "The Processor may engage a sub-processor only after obtaining the prior written consent of the Controller for each sub-processor.", diag.Present},
	{"subprocessor-authorisation", "en approval per engagement", "Each engagement of a sub-processor requires the Customer's prior written approval, given separately for every new sub-processor.", diag.Present},
	{"subprocessor-authorisation", "fr accord donné pour chaque", "## Sous-traitance ultérieure\n\nLe Prestataire ne peut confier à un tiers tout ou partie des traitements sans l'accord préalable et écrit du Client, donné pour chaque sous-traitant ultérieur.", diag.Present},
	{"subprocessor-authorisation", "en general consent near-miss", "The Customer gives its general written consent to the engagement of sub-processors by the Supplier.", diag.Weak},
})

func TestRules7b(t *testing.T) { checkSnippets(t, rules7bCases) }
