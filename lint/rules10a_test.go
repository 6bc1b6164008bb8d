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
