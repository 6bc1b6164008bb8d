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
})

func TestRules7b(t *testing.T) { checkSnippets(t, rules7bCases) }
