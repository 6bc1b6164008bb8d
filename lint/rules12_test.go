package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Article 28(3)(a) binds the processor to the controller's documented
// instructions "including with regard to transfers of personal data to a third
// country". An instructions clause is present only when the contract also ties
// transfers to the controller: in the clause itself, in a transfers clause that
// needs the controller's instruction or consent, or in a flat promise that the
// data stays in the Union (or where the controller chooses). Otherwise it is weak.
var instructionsCoverTransfers = []snippet{
	{"instructions", "en including with regard to transfers", "The Supplier shall process the personal data only on the Customer's documented instructions, including with regard to transfers of personal data to a third country.", Options{}, diag.Present},
	{"instructions", "en this includes transfers, next sentence", "We only process guest data on your documented instructions. This includes any transfer of guest data outside the United Kingdom or the EEA.", Options{}, diag.Present},
	{"instructions", "en transfers need the controller's consent", "The Vendor processes the data only on the Client's documented instructions.\n\nThe Vendor shall not transfer the data to a third country without the Client's prior written consent.", Options{}, diag.Present},
	{"instructions", "en data never leaves the EEA", "The Contractor acts only on the documented instructions of the Council.\n\nNo personal data leaves the European Economic Area, including for support.", Options{}, diag.Present},
	{"instructions", "en regions the customer selects", "We process Customer Content only on your documented instructions.\n\nCustomer Content stays in the regions you select.", Options{}, diag.Present},
	{"instructions", "fr y compris les transferts", "Le Prestataire ne traite les données que sur instruction documentée du Client, y compris en ce qui concerne les transferts vers un pays tiers.", Options{}, diag.Present},
	{"instructions", "fr aucun transfert hors UE", "Le Titulaire ne traite les données que sur instruction documentée de la Commune.\n\nAucune donnée n'est transférée hors de l'Union européenne.", Options{}, diag.Present},
	{"instructions", "fr accord écrit préalable", "L'Éditeur ne traite les données que sur les instructions écrites de l'Association.\n\nTout transfert hors de l'Espace économique européen requiert l'accord écrit préalable de l'Association.", Options{}, diag.Present},
	{"instructions", "en transfer only with the agreement of the controller", "The contractor processes personal data only as instructed by the client.\n\nAny transfer to a third country may only take place with the agreement of the client.", Options{}, diag.Present},
	// weak: nothing ties transfers to the controller
	{"instructions", "en instructions, transfers left to the vendor (weak)", "We only process your data on your documented instructions.\n\nOur e-mail provider is in the United States; for that transfer we rely on the standard contractual clauses.", Options{}, diag.Weak},
	{"instructions", "en instructions, no word on transfers (weak)", "The Agency processes the personal data solely on the Client's documented instructions.", Options{}, diag.Weak},
	{"instructions", "fr instructions sans les transferts (weak)", "Le Cabinet ne traite ces données que sur vos instructions et pour les seuls besoins de la mission.", Options{}, diag.Weak},
	{"instructions", "fr transferts encadrés par le prestataire (weak)", "Le Prestataire traite les données uniquement sur instruction documentée du Client.\n\nLes éventuels transferts hors de l'Union européenne sont encadrés conformément au RGPD.", Options{}, diag.Weak},
	// near-misses: a transfer of the contract or of funds is no transfer of data
	{"instructions", "en assignment of the agreement is no data transfer (weak)", "We process personal data only on your documented instructions.\n\nWe may transfer this Agreement to a company of our group.", Options{}, diag.Weak},
	// and no instructions at all stays missing
	{"instructions", "en transfers banned, no instructions clause (missing)", "No personal data leaves the European Economic Area.", Options{}, diag.Missing},
}

func TestInstructionsCoverTransfers(t *testing.T) { checkSnippets(t, instructionsCoverTransfers) }
