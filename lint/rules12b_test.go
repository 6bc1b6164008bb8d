package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Article 28(3)(a) puts transfers to third countries under the controller's
// documented instructions; Chapter V adds the safeguard. A contract that names
// a safeguard for transfers the processor decides on alone ("where one of our
// providers works from abroad we rely on the SCCs") meets Chapter V only, and
// the transfers clause is weak. The tie to the controller may sit anywhere: the
// instructions clause, the controller's consent, the controller signing the
// clauses as exporter, the parties stating the transfer as a term, or a flat
// promise that the data stays in the Union.
var transfersTiedToController = []snippet{
	// a safeguard alone, in both languages: weak
	{"transfers", "en safeguard at the processor's choice", "International transfers. Your data is hosted in Ireland. Where one of our providers handles it outside the EEA, we rely on the standard contractual clauses.", Options{}, diag.Weak},
	{"transfers", "en may transfer, we rely on the DPF", "We may transfer personal data to the United States for support; when we do, we rely on the EU-U.S. Data Privacy Framework.", Options{}, diag.Weak},
	{"transfers", "fr garanties au choix du prestataire", "Transferts. Les données sont hébergées en Belgique. Si un de nos prestataires intervient depuis un pays tiers, nous signons avec lui les clauses contractuelles types de la Commission.", Options{}, diag.Weak},
	// the same safeguard tied to the controller: present
	{"transfers", "en instructions clause names transfers", "Instructions. The Supplier processes personal data only on the Customer's documented instructions, including with regard to transfers to a third country.\n\nInternational transfers. Your data is hosted in Ireland. Where one of our providers handles it outside the EEA, we rely on the standard contractual clauses.", Options{}, diag.Present},
	{"transfers", "en transfer needs the controller's consent", "Any transfer of personal data outside the EEA requires the Customer's prior written consent and the standard contractual clauses.", Options{}, diag.Present},
	{"transfers", "en controller signs the clauses as exporter", "7. Offshore support\n\nCustomer data will be accessed from India by the Supplier's support centre. The standard contractual clauses (Module Two) are signed with the Customer as data exporter.", Options{}, diag.Present},
	{"transfers", "en the parties state the transfer", "The Parties acknowledge that customer records will be accessed from Pune, India. For this transfer the Parties have signed the standard contractual clauses.", Options{}, diag.Present},
	{"transfers", "fr accord préalable du client", "Tout transfert de données vers un pays tiers est soumis à l'accord écrit préalable du Client et aux clauses contractuelles types.", Options{}, diag.Present},
	{"transfers", "fr en dehors de l'Union, interdit", "Les données sont hébergées à Lyon et ne sont pas transférées en dehors de l'Union européenne.", Options{}, diag.Present},
	{"transfers", "fr module 2", "Le support est assuré depuis Tunis (Tunisie). Les clauses contractuelles types, module 2, sont annexées au présent contrat.", Options{}, diag.Present},
	{"transfers", "en the controller authorises the transfer", "The Customer authorises text-message delivery by a provider based in the United States, which relies on the EU-U.S. Data Privacy Framework.", Options{}, diag.Present},
	{"transfers", "en all processing in the Union", "Location. All processing takes place within the European Union.", Options{}, diag.Present},
	{"transfers", "fr tous les traitements dans l'Union", "Localisation. Tous les traitements ont lieu dans l'Union européenne.", Options{}, diag.Present},
	{"transfers", "en agreement by using the service (near-miss)", "By using the service you agree that your personal data will be transferred to the United States, where we rely on the Data Privacy Framework.", Options{}, diag.Weak},
	{"transfers", "en hosted in Ireland is a fact, not a promise (near-miss)", "Transfers. Your data is hosted in Ireland. Where one of our providers works from abroad, it relies on the standard contractual clauses.", Options{}, diag.Weak},
	// near-misses: the parties agree on something else; a transfer of the contract
	{"transfers", "en parties agree on fees (near-miss)", "The Parties agree that fees are invoiced monthly. Where one of our providers handles data outside the EEA, we rely on the standard contractual clauses.", Options{}, diag.Weak},
	{"transfers", "fr cession du contrat (near-miss)", "Le Prestataire peut transférer le présent contrat à une filiale. Si un prestataire intervient depuis un pays tiers, nous signons avec lui les clauses contractuelles types.", Options{}, diag.Weak},
}

func TestTransfersTiedToController(t *testing.T) { checkSnippets(t, transfersTiedToController) }

// Article 28(2) asks for the controller's prior written authorisation, and the
// contract is writing: a contract that lets the processor use the
// sub-processors it lists or names authorises them. A regime in which every
// sub-processor needs the controller's prior consent is a specific
// authorisation, whatever verb the clause uses, and it gives the controller
// notice and the power to refuse. A consent the controller gives to transfers
// abroad is neither.
var subprocessorAuthorisationForms = []snippet{
	{"subprocessor-authorisation", "en may engage those named in a schedule", "Sub-processors. The Supplier may engage the sub-processors named in Schedule 2. It shall not engage any other sub-processor without the Customer's prior written consent.", Options{}, diag.Present},
	{"subprocessor-authorisation", "en the controller authorises those listed", "Sub-processors. The Customer authorises those listed below. The Supplier gives the Customer thirty days' notice of any new sub-processor and the Customer may object.", Options{}, diag.Present},
	{"subprocessor-authorisation", "en sub-contract without prior consent", "F6. Sub-contracting. The Contractor shall not sub-contract any processing without the Council's prior written consent.", Options{}, diag.Present},
	{"subprocessor-authorisation", "fr recourir aux sous-traitants listés", "Sous-traitance. Le Titulaire peut recourir aux sous-traitants ultérieurs listés à l'annexe 2. Il ne recrute aucun autre sous-traitant ultérieur sans l'accord écrit préalable de la Commune.", Options{}, diag.Present},
	{"subprocessor-authorisation", "fr sont autorisés : sociétés nommées", "## 6. Sous-traitants ultérieurs\n\n6.1 Sont autorisés : Nuvola SAS (hébergement, Lille) et Postal SAS (courriers, Nantes). Le Prestataire informe le Client un mois à l'avance de tout changement ; le Client peut s'y opposer.", Options{}, diag.Present},
	{"subprocessor-authorisation", "fr soumis à l'autorisation préalable", "Sous-traitants ultérieurs. Tout sous-traitant ultérieur est soumis à l'autorisation écrite préalable du Cabinet.", Options{}, diag.Present},
	{"subprocessor-authorisation", "fr ne recrute pas sans autorisation", "Le Titulaire ne recrute pas de sous-traitant ultérieur sans l'autorisation écrite préalable de l'Acheteur.", Options{}, diag.Present},
	// near-misses: a general regime, sub-processors located somewhere, a consent to transfers
	{"subprocessor-authorisation", "en specific or general stays general (near-miss)", "The Processor shall not engage another processor without prior specific or general written authorisation of the Controller.", Options{}, diag.Weak},
	{"subprocessor-authorisation", "en sub-processors in the EEA (near-miss)", "Sub-processors. The Supplier may engage sub-processors in the European Economic Area.", Options{}, diag.Weak},
	{"subprocessor-authorisation", "en consent to transfers abroad (near-miss)", "9. Sub-processors. The Supplier may use sub-processors for hosting and tells the Customer which ones.\n10. Transfers. No transfer outside the EEA takes place without the Customer's prior written consent.", Options{}, diag.Weak},
	{"subprocessor-authorisation", "fr accord pour les transferts (near-miss)", "9. Sous-traitants ultérieurs. Le Prestataire peut faire appel à des sous-traitants ultérieurs pour l'hébergement ; il en informe le Client. 10. Transferts. Aucun transfert hors de l'Union européenne n'a lieu sans l'accord écrit préalable du Client.", Options{}, diag.Weak},
}

func TestSubprocessorAuthorisationForms(t *testing.T) {
	checkSnippets(t, subprocessorAuthorisationForms)
}

// Article 28(4): the sub-processor is bound by the same data protection
// obligations as set out in this contract, and the processor remains liable.
// Equivalence is stated in many words, but always against this contract
// ("equal", "correspond to", "no less protective than this Addendum",
// « équivalents à ceux de la présente annexe »); liability is often said with a
// copular verb ("stays responsible") or, in French, with a pronoun (« en
// répond », « reste responsable à son égard »).
var subprocessorFlowdownForms = []snippet{
	{"subprocessor-flowdown", "en correspond to this agreement, stays liable", "Sub-processors. The Contractor shall word its contracts with sub-processors so that they correspond to the data protection provisions of this agreement, and stays liable to the Client for their performance.", Options{}, diag.Present},
	{"subprocessor-flowdown", "en no less protective than this Addendum", "We require each sub-processor, by written agreement, to protect personal data to a standard no less protective than this Addendum, and we remain responsible for its work.", Options{}, diag.Present},
	{"subprocessor-flowdown", "en equal obligations, stays responsible", "The Processor signs written contracts with subprocessors with equal data protection obligations and stays responsible to the Customer for them.", Options{}, diag.Present},
	{"subprocessor-flowdown", "fr en répond", "L'Éditeur impose par contrat à ses sous-traitants ultérieurs les mêmes obligations que les présentes et en répond.", Options{}, diag.Present},
	{"subprocessor-flowdown", "fr à son égard", "Sous-traitance. Il impose par contrat au sous-traitant ultérieur les mêmes obligations et reste responsable à son égard.", Options{}, diag.Present},
	{"subprocessor-flowdown", "fr engagements équivalents à ceux de l'annexe", "Il fait signer à ses sous-traitants ultérieurs des engagements de protection des données équivalents à ceux de la présente annexe et demeure responsable envers le Client de leur respect.", Options{}, diag.Present},
	// near-misses: equivalence with no liability is weak; equivalence with something else is not the flow-down
	{"subprocessor-flowdown", "en equivalent, nothing on liability (near-miss)", "Each sub-processor is bound by written agreement to data protection obligations equivalent to this addendum.", Options{}, diag.Weak},
	{"subprocessor-flowdown", "en same prices as this agreement (near-miss)", "Sub-processors. The Supplier stays responsible for its sub-processors, whose fees follow the same rates as this agreement.", Options{}, diag.Weak},
	{"subprocessor-flowdown", "fr équivalence sans responsabilité (near-miss)", "Chaque sous-traitant ultérieur est tenu contractuellement à des obligations équivalentes à celles de la présente annexe.", Options{}, diag.Weak},
}

func TestSubprocessorFlowdownForms(t *testing.T) { checkSnippets(t, subprocessorFlowdownForms) }

// A list of sub-processors is a list of named providers, however it is set:
// companies one after the other, each with its particulars in brackets (in an
// annex, or split one per line at ';'), or a provider called by its role, its
// name and its place where the sentence authorises it or answers yes. A party
// to the contract named with its registration details is no list.
var subprocessorListNamed = []snippet{
	{"subprocessor-list", "en companies in a row under an annex heading", "## Annex B - Sub-processors\n\nNimbusway Ltd (hosting, Cork); Relaytext Ltd (SMS notifications, Leeds).", Options{}, diag.Present},
	{"subprocessor-list", "en one company per line", "Annex 3 - Sub-processors\n\n- Nimbusway Ltd (hosting, Cork);\n- Relaytext Ltd (SMS notifications, Leeds).", Options{}, diag.Present},
	{"subprocessor-list", "en the host named by role, authorised", "The Customer authorises the hosting provider Cloudrill (Frankfurt) as sub-processor.", Options{}, diag.Present},
	{"subprocessor-list", "fr hébergeur nommé, autorisé", "Le Client autorise le recours à l'hébergeur Nuagerie Santé (France).", Options{}, diag.Present},
	{"subprocessor-list", "fr seul l'hébergeur est autorisé", "À la date de notification, seul l'hébergeur Granitnet (Brest) est autorisé.", Options{}, diag.Present},
	{"subprocessor-list", "fr réponse oui avec noms", "## Q8. Le Prestataire a-t-il des sous-traitants ?\n\nOui : l'hébergeur Nuagerie (Lille) et le service d'envoi de courriels Postix (France).", Options{}, diag.Present},
	{"subprocessor-list", "fr la société nommée avec sa ville", "Le Syndicat autorise à la signature : la société Altipik Hosting SAS, Brest (hébergement du logiciel).", Options{}, diag.Present},
	// near-misses: party definitions, a provider named with no authorisation, a role without a name
	{"subprocessor-list", "en party with registration details (near-miss)", "Kelvin Data Ltd (company number 0123456), whose registered office is in Leeds.", Options{}, diag.Missing},
	{"subprocessor-list", "en party defined in quotes (near-miss)", "Kelvin Data Ltd (the \"Supplier\");", Options{}, diag.Missing},
	{"subprocessor-list", "en a host mentioned, not authorised (near-miss)", "Backups are copied to the hosting provider Cloudrill (Frankfurt) every night.", Options{}, diag.Missing},
	{"subprocessor-list", "fr partie désignée (near-miss)", "La société Marbre Conseil SARL (ci-après dénommée « le Prestataire ») ;", Options{}, diag.Missing},
	{"subprocessor-list", "fr hébergeur sans nom (near-miss)", "Le Client autorise le recours à un hébergeur (France).", Options{}, diag.Missing},
}

func TestSubprocessorListNamed(t *testing.T) { checkSnippets(t, subprocessorListNamed) }
