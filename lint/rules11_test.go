package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// The sub-processors are listed when the processor names the companies it uses by
// their legal form, in prose or as the rows of a table, whatever the clause calls
// them; a company named as a party to the contract lists nothing.
var subprocessorsNamedCompanies = []snippet{
	{"subprocessor-list", "en we rely on two other companies", "We rely on two other companies: Parcelwise Ltd (deliveries) and Stackhouse GmbH (hosting, Frankfurt).", Options{}, diag.Present},
	{"subprocessor-list", "en consents to a named host", "The Trust consents to: Brightline Storage Ltd for the archive servers.", Options{}, diag.Present},
	{"subprocessor-list", "en rows open with companies", "## Annex C - Carriers\n\n| Carrier | Service | Country |\n|---|---|---|\n| Northway Freight Ltd | Next-day delivery | Ireland |\n| Kestrel Couriers B.V. | Returns | Netherlands |", Options{}, diag.Present},
	{"subprocessor-list", "fr il a recours à deux sociétés", "Pour l'envoi des courriers, il a recours à Nuagix SAS (hébergement, Lille) et à Postmaster SARL (impression, Nantes).", Options{}, diag.Present},
	{"subprocessor-list", "fr hébergeur nommé", "Les données sont confiées à l'hébergeur Granit Cloud SAS, à Brest.", Options{}, diag.Present},
	// near-misses: the parties themselves, a company with no use of it, no company
	{"subprocessor-list", "en parties to the agreement (near-miss)", "This Agreement is made between Kelvin Data Ltd and Harbour Foods GmbH.", Options{}, diag.Missing},
	{"subprocessor-list", "en the customer uses the service (near-miss)", "The Customer uses the Service to manage its shops.", Options{}, diag.Missing},
	{"subprocessor-list", "fr le prestataire en qualité de sous-traitant (near-miss)", "Le Prestataire agit en qualité de sous-traitant pour le compte de Marbre et Fils SARL.", Options{}, diag.Missing},
	{"subprocessor-list", "fr ou is no legal form (near-miss)", "Le Prestataire peut recourir à un hébergeur ou à un routeur, après accord écrit du Client.", Options{}, diag.Missing},
}

func TestSubprocessorsNamedCompanies(t *testing.T) { checkSnippets(t, subprocessorsNamedCompanies) }
