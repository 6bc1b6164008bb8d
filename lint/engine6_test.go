package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 6 (issue 5): particulars set as one paragraph, as browsers and PDF
// readers set a description list ("Subject-matter: X. Duration: [insert].
// Nature: Y."). A blank after one run-in label weakens only that label's
// requirement, not every particular sharing the paragraph.
var engine6Cases = []struct {
	id, name, src string
	want          diag.Status
}{
	// The blank sits under the duration label: duration is weak ...
	{"duration", "en one paragraph blank duration", "## Details of the processing\n\nSubject-matter: the Supplier hosts the Customer's payroll system. Duration: [insert]. Nature: storage, calculation and transmission of pay data. Purpose: paying the Customer's staff.", diag.Weak},
	// ... and the other particulars in the paragraph stay present.
	{"subject-matter", "en one paragraph blank duration", "## Details of the processing\n\nSubject-matter: the Supplier hosts the Customer's payroll system. Duration: [insert]. Nature: storage, calculation and transmission of pay data. Purpose: paying the Customer's staff.", diag.Present},
	{"nature", "en one paragraph blank duration", "## Details of the processing\n\nSubject-matter: the Supplier hosts the Customer's payroll system. Duration: [insert]. Nature: storage, calculation and transmission of pay data. Purpose: paying the Customer's staff.", diag.Present},
	{"purpose", "en one paragraph blank duration", "## Details of the processing\n\nSubject-matter: the Supplier hosts the Customer's payroll system. Duration: [insert]. Nature: storage, calculation and transmission of pay data. Purpose: paying the Customer's staff.", diag.Present},
	// Other blanks: underscores, a dotted line, "TBC"-style brackets.
	{"subject-matter", "en blank purpose underscores", "## Annex 1\n\nSubject matter: the Processor runs the Customer's customer helpdesk. Purpose: ________. Duration: the term of the Agreement.", diag.Present},
	{"duration", "en blank purpose underscores", "## Annex 1\n\nSubject matter: the Processor runs the Customer's customer helpdesk. Purpose: ________. Duration: the term of the Agreement.", diag.Present},
	{"purpose", "en blank purpose underscores", "## Annex 1\n\nSubject matter: the Processor runs the Customer's customer helpdesk. Purpose: ________. Duration: the term of the Agreement.", diag.Weak},
	{"data-subjects", "en blank data types brackets", "## Annex 1\n\nCategories of data subjects: the Customer's employees and contractors. Categories of personal data: [to be completed by the Customer]. Duration: for the term of the Agreement.", diag.Present},
	{"data-types", "en blank data types brackets", "## Annex 1\n\nCategories of data subjects: the Customer's employees and contractors. Categories of personal data: [to be completed by the Customer]. Duration: for the term of the Agreement.", diag.Weak},
	{"nature", "fr un paragraphe durée en blanc", frLead + "## Description du traitement\n\nObjet : le Prestataire héberge le logiciel de paie du Client. Durée : [à compléter]. Nature : hébergement, calcul et transmission des données de paie. Finalité : le paiement des salaires du personnel du Client.", diag.Present},
	{"duration", "fr un paragraphe durée en blanc", frLead + "## Description du traitement\n\nObjet : le Prestataire héberge le logiciel de paie du Client. Durée : [à compléter]. Nature : hébergement, calcul et transmission des données de paie. Finalité : le paiement des salaires du personnel du Client.", diag.Weak},
	{"purpose", "fr un paragraphe durée en blanc", frLead + "## Description du traitement\n\nObjet : le Prestataire héberge le logiciel de paie du Client. Durée : [à compléter]. Nature : hébergement, calcul et transmission des données de paie. Finalité : le paiement des salaires du personnel du Client.", diag.Present},
	// Near-misses: a blank with no label of its own still weakens the
	// paragraph it stands in, and one under the rule's own label still counts.
	{"duration", "en unlabelled blank in paragraph", "## Duration\n\nThe processing lasts for the term of the Agreement. It ends on [date].", diag.Weak},
	{"transfers", "en unlabelled blank region", "## Transfers\n\nThe data is hosted in [insert region]. Transfers are made under the Standard Contractual Clauses.", diag.Weak},
}

func TestEngine6Rules(t *testing.T) {
	cases := make([]snippet, 0, len(engine6Cases))
	for _, c := range engine6Cases {
		cases = append(cases, snippet{c.id, c.name, c.src, Options{}, c.want})
	}
	checkSnippets(t, cases)
}
