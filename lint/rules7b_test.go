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
})

func TestRules7b(t *testing.T) { checkSnippets(t, rules7bCases) }
