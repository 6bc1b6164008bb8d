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
	// near-misses: the parties agree on something else; a transfer of the contract
	{"transfers", "en parties agree on fees (near-miss)", "The Parties agree that fees are invoiced monthly. Where one of our providers handles data outside the EEA, we rely on the standard contractual clauses.", Options{}, diag.Weak},
	{"transfers", "fr cession du contrat (near-miss)", "Le Prestataire peut transférer le présent contrat à une filiale. Si un prestataire intervient depuis un pays tiers, nous signons avec lui les clauses contractuelles types.", Options{}, diag.Weak},
}

func TestTransfersTiedToController(t *testing.T) { checkSnippets(t, transfersTiedToController) }
