package lint

import (
	"reflect"
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 10 (issue 5), engine and particulars half: structural rules that carry
// to drafting nobody here has read - a label read without the qualifier in
// front of it or the aside after it, and the same label whatever its form.
var rules10aCases = []struct {
	id, name, src string
	want          diag.Status
}{
	// A qualifier in front of a label ("Additional", "Main", « Principales »)
	// does not change what the label names.
	{"data-subjects", "en additional data subjects", "## Annex B\n\nAdditional data subjects: visiting researchers and the staff who host them.", diag.Present},
	{"purpose", "en principal purposes row", "## Annex B\n\n| Principal purposes | Scheduling lessons for the pupils and invoicing their parents. |\n|---|---|", diag.Present},
	{"data-types", "en further categories of data", "## Annex B\n\nFurther categories of data. Number plates of the vehicles and the times they enter the car park.", diag.Present},
	{"data-types", "en other data types", "## Annex B\n\nOther data types - GPS position of the delivery vans during rounds.", diag.Present},
	{"nature", "en relevant processing operations", "## Annex B\n\nRelevant processing operations: storage, indexing and retrieval of the scanned lease files.", diag.Present},
	{"purpose", "fr principales finalités", frLead + "## Annexe\n\nPrincipales finalités : gestion des inscriptions aux stages de voile et facturation des familles.", diag.Present},
	{"data-types", "fr autres données traitées", frLead + "## Annexe\n\nAutres données traitées : plaque d'immatriculation et heure d'entrée sur le parking.", diag.Present},
	{"data-subjects", "fr personnes concernées principales", frLead + "## Annexe\n\nPersonnes concernées principales : adhérents du club et bénévoles encadrants.", diag.Present},
	// A qualifier that changes the meaning is no qualifier.
	{"data-subjects", "en excluded data subjects near-miss", "## Annex B\n\nExcluded data subjects: children under sixteen, whom the Supplier never registers.", diag.Missing},
	{"purpose", "en prohibited purposes near-miss", "## Annex B\n\nProhibited purposes: advertising, profiling and resale of the lists.", diag.Missing},
	// An aside in brackets after a label is no part of it.
	{"data-subjects", "en heading with an aside", "## Data subjects (for this order only)\n\nDrivers, dispatchers and the passengers who book by phone.", diag.Present},
	// A weak term in a list's lead-in reaches the items under it.
	{"security-measures-specific", "en industry-standard lead-in over a list weak", "## 5. Protection\n\nWe rely on industry-standard security measures. Among them:\n\n- Encryption of the records at rest and in transit.\n- Individual accounts with multi-factor authentication for our staff.\n- Nightly backups and monitoring of the servers.", diag.Weak},
	{"security-measures-specific", "en plain lead-in over a list near-miss", "## 5. Protection\n\nWe protect your records. Among the measures:\n\n- Encryption of the records at rest and in transit.\n- Individual accounts with multi-factor authentication for our staff.\n- Nightly backups and monitoring of the servers.", diag.Present},
	{"purpose", "en own purposes lead-in over a list weak", "## 3. Use of the data\n\nThe Vendor uses the data for the Customer and for its own purposes, namely:\n\n- to run the table bookings of the restaurant;\n- to send the Customer's guests their confirmations;\n- to improve the Vendor's products.", diag.Weak},
	{"purpose", "fr propres finalités en chapeau weak", frLead + "## 3. Utilisation\n\nLe Prestataire traite les données pour les finalités suivantes, dont certaines pour ses propres fins :\n\n- gérer les réservations de courts ;\n- envoyer les rappels aux joueurs ;\n- établir ses statistiques commerciales.", diag.Weak},
	{"purpose", "en lead-in of another list near-miss", "## 3. Use of the data\n\nThe Vendor uses the data for the following purposes:\n\n- to run the table bookings of the restaurant;\n- to send the Customer's guests their confirmations.\n\nThe Vendor may also use its own purposes register, for example:\n\n- a register kept by its accountants.", diag.Present},
	// An item says what its lead-in says of it.
	{"audits", "en no obligation lead-in over a list", "## 9. Extras\n\nThe Processor is under no obligation to:\n\n- allow the Controller or its auditor to audit or inspect its premises;\n- hand over its internal reports.", diag.Missing},
	{"audits", "fr pas tenu en chapeau", frLead + "## 9. Options\n\nLe Prestataire n'est pas tenu de :\n\n- permettre au Client de réaliser des audits, y compris des inspections sur place ;\n- remettre ses rapports internes.", diag.Missing},
	{"audits", "en plain lead-in over a list near-miss", "## 9. Checks\n\nThe Processor shall:\n\n- allow the Controller or its auditor to audit or inspect its premises, and contribute to such audits;\n- make available all information needed to demonstrate compliance with Article 28.", diag.Present},
	{"data-types", "fr label avec une parenthèse", frLead + "## Annexe\n\nDonnées traitées (liste limitative) : nom, prénom, numéro de licence.", diag.Present},
}

func TestRules10a(t *testing.T) { checkSnippets(t, plainSnippets(rules10aCases)) }

// A label is also read without a qualifier in front of it and without an
// aside in brackets.
func TestLabelsOfQualified(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"additional data subjects", []string{"additional data subjects", "data subjects"}},
		{"the main purposes", []string{"the main purposes", "purposes"}},
		{"principales finalites", []string{"principales finalites", "finalites"}},
		{"personnes concernees principales", []string{"personnes concernees principales", "personnes concernees"}},
		{"security (the real list, not \"appropriate measures\")", []string{"security (the real list, not \"appropriate measures\"", "security"}},
		{"other data and whose", []string{"other data and whose", "data and whose", "data", "whose"}},
		{"main purposes and other data types", []string{"main purposes and other data types", "purposes and other data types", "purposes", "other data types", "data types"}},
		{"excluded data subjects", []string{"excluded data subjects"}},
		{"other", []string{"other"}},
	} {
		if got := labelsOf(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("labelsOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}
