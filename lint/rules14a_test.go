package lint

import (
	"fmt"
	"testing"

	"github.com/dpatool/dpa/diag"
	"github.com/dpatool/dpa/lint/doc"
)

// Real agreements often state the particulars of Article 28(3) only by
// pointing to another instrument: the order form, a cover page, the main
// agreement, a service description, « le bon de commande », « la page de
// couverture », or leave them to the controller to fix later. Such a
// sentence says where the particulars are, not what they are: weak, and it
// outweighs a generic mention elsewhere in prose ("to provide the
// Services"). It is a deferral only when the reference is the sentence's
// predicate, its subject, or the whole body of a label; a reference that
// only qualifies one word ("the Services defined in the Agreement"), a
// reference to a part of this document, the term of another instrument and
// "this Agreement" / « le présent contrat » are not.
var outsideDeferral = []snippet{
	{"nature", "en all particulars set out in the order form", "2. Processing details\n\nThe subject-matter, nature and purposes of the processing, the kinds of personal data and the categories of data subjects are set out in the Order Form.", Options{}, diag.Weak},
	{"data-subjects", "en all particulars set out in the order form", "2. Processing details\n\nThe subject-matter, nature and purposes of the processing, the kinds of personal data and the categories of data subjects are set out in the Order Form.", Options{}, diag.Weak},
	{"data-types", "en all particulars set out in the order form", "2. Processing details\n\nThe subject-matter, nature and purposes of the processing, the kinds of personal data and the categories of data subjects are set out in the Order Form.", Options{}, diag.Weak},
	{"duration", "en instrument as subject, annex of the cover page", "Annex 2 of the Cover Page describes the duration of the processing and the categories of data subjects.", Options{}, diag.Weak},
	{"nature", "en label whose body is the reference", "Nature of the processing: as described in the Service Description.", Options{}, diag.Weak},
	{"purpose", "en deferral outweighs a generic prose mention", "The Vendor processes Customer Personal Data to provide the Services.\n\nThe purposes of the processing are as specified in each Order Form.", Options{}, diag.Weak},
	{"subject-matter", "en deferral outweighs a generic prose mention", "The Vendor processes Customer Personal Data to provide the Services.\n\nThe subject matter of the processing is described in the Agreement.", Options{}, diag.Weak},
	{"data-types", "en left to the controller", "The categories of personal data will be determined by the Customer.", Options{}, diag.Weak},
	{"purpose", "fr finalités définies dans le bon de commande", "Les finalités du traitement sont définies dans le bon de commande signé par le Client.", Options{}, diag.Weak},
	{"nature", "fr annexe de la page de couverture décrit", "L'annexe 1 de la page de couverture décrit l'objet, la nature et la durée de ce traitement.", Options{}, diag.Weak},
	{"duration", "fr annexe de la page de couverture décrit", "L'annexe 1 de la page de couverture décrit l'objet, la nature et la durée de ce traitement.", Options{}, diag.Weak},
	{"data-subjects", "fr laissé au responsable de traitement", "Les catégories de personnes concernées sont déterminées par le Responsable de traitement.", Options{}, diag.Weak},
	{"data-subjects", "fr laissé au client, mention générique ailleurs", "Le Prestataire traite les données des utilisateurs du Client pour fournir le service.\n\nLes catégories de personnes concernées sont identifiées par le Client.", Options{}, diag.Weak},
	{"purpose", "fr sujet : le contrat cadre précise, mention générique ailleurs", "Le Prestataire traite les données pour exécuter le service.\n\nLe contrat-cadre précise les finalités du traitement.", Options{}, diag.Weak},
	{"data-types", "fr libellé : voir le devis", "Catégories de données : voir le devis accepté.", Options{}, diag.Weak},

	// near-misses
	{"purpose", "en reference qualifies one word (present)", "The Provider processes the member records only to send the newsletters and invoices defined in the Agreement.", Options{}, diag.Present},
	{"nature", "en reference to an annex present below (present)", "The nature of the processing is set out in Annex 1.\n\n## Annex 1\n\nNature: hosting, storage, back-up and deletion of the member records.", Options{}, diag.Present},
	{"duration", "en term of another instrument is a term (present)", "| Duration | Term of the MSA plus the exit period |", Options{}, diag.Present},
	{"nature", "fr le présent contrat is this document (present)", "Nature des opérations : hébergement, sauvegarde et suppression des fiches, comme le présent contrat le prévoit.", Options{}, diag.Present},
	{"duration", "fr durée du contrat principal (present)", "Durée : la durée du contrat principal.", Options{}, diag.Present},
	{"data-types", "en relative clause is no deferral (present)", "The Supplier processes the names, e-mail addresses and phone numbers of the members, which are described in the Order Form.", Options{}, diag.Present},
}

func TestOutsideDeferral(t *testing.T) { checkSnippets(t, outsideDeferral) }

// Agreements restate the definitions of Article 4 GDPR. A definition of a
// term of the law ("'Processing' means any operation or set of operations
// ...", « Traitement : toute opération sur les données ... » in a definitions
// section, "Controller: the natural or legal person which ... determines the
// purposes and means") describes the law, not this processing: it states no
// nature, purpose, data or persons. A definitions entry that lists this
// contract's own data ("Personal Data: names, e-mail addresses ... of the
// members") states them, and so does a label outside a definitions section.
var lawDefinitionCases = []snippet{
	{"nature", "en quoted definition of processing", `"Processing" means any operation or set of operations performed on personal data, such as collection, recording, storage, alteration, retrieval, disclosure or erasure.`, Options{}, diag.Missing},
	{"nature", "fr entrée de définitions, toute opération", "## 1. Définitions\n\n- **Traitement** : toute opération portant sur les données, comme la collecte, l'enregistrement, la conservation ou l'effacement.", Options{}, diag.Missing},
	{"data-types", "fr définition de l'article 4", "## Définitions\n\n**Données personnelles** : toute information se rapportant à une personne physique identifiée ou identifiable, comme un nom ou un identifiant en ligne.", Options{}, diag.Missing},
	{"purpose", "en controller defined in the law's words", "## Definitions\n\n- Controller: the natural or legal person, public authority, agency or other body which, alone or jointly with others, determines the purposes and means of the processing.", Options{}, diag.Missing},
	{"nature", "en law definition beside a deferral", "## Definitions\n\n- Processing: any operation performed on personal data, such as storage or erasure.\n\n## Details\n\nThe nature of the processing is set out in the Order Form.", Options{}, diag.Weak},

	// near-misses
	{"data-types", "en definitions entry listing this contract's data (present)", "## 1. Definitions\n\n- Personal Data: names, e-mail addresses and bank details of the members, processed through the booking portal.", Options{}, diag.Present},
	{"nature", "en contract's own service defined by its operations (present)", `"Relocation Services" means collecting the tenancy documents, booking viewings and storing the move files of the family.`, Options{}, diag.Present},
	{"nature", "fr libellé hors définitions (present)", "## Description du traitement\n\n- Traitement : toute opération d'hébergement, de sauvegarde et de suppression des fiches des adhérents.", Options{}, diag.Present},
}

func TestLawDefinitions(t *testing.T) { checkSnippets(t, lawDefinitionCases) }

// How the particulars are laid out. A label on a line of its own, its
// emphasis lost once read ("**Purpose of the processing**" and a hard line
// break, then the text), labels the text under it; label lines typed one
// under the other without final stops ("Finalité : ..." / "Catégories de
// données : ..." / "Personnes concernées : ...") are one statement each. A
// reference to an annex this document contains is no
// weakness ("specified in Annex 1 hereto" over Annex 1).
var layoutCases = []snippet{
	{"purpose", "fr lignes libellées sans point", "**Finalité** : mise à disposition d'un outil de réservation pour les adhérents  \n**Catégories de données** : nom, courriel, téléphone  \n**Personnes concernées** : adhérents du club", Options{}, diag.Present},
	{"data-subjects", "fr lignes libellées sans point", "**Finalité** : mise à disposition d'un outil de réservation pour les adhérents  \n**Catégories de données** : nom, courriel, téléphone  \n**Personnes concernées** : adhérents du club", Options{}, diag.Present},
	{"purpose", "en label lines without stops", "Purpose: a booking portal for the members of the club  \nCategories of data: name, e-mail address, phone number  \nData subjects: members and their guests", Options{}, diag.Present},
	{"purpose", "en bold label line over its text", "**Purpose of the processing**  \nLetting the members book courts and pay their fees online.", Options{}, diag.Present},
	{"purpose", "fr libellé en ligne sur son texte", "**Finalité du traitement**  \nPermettre aux adhérents de réserver les cours et de payer en ligne.", Options{}, diag.Present},
	{"nature", "en reference to an annex of this document", "The nature and purpose of the processing are specified in Annex 1 hereto.\n\n## Annex 1 - Description of processing\n\nThe processing carried out is the storage, indexing and deletion of the invoices.", Options{}, diag.Present},
	{"nature", "fr renvoi à une annexe du document", "La nature et la finalité du traitement sont précisées à l'annexe 1.\n\n## Annexe 1 - Description du traitement\n\nLes opérations réalisées sont l'hébergement, l'indexation et la suppression des factures.", Options{}, diag.Present},

	// near-misses
	{"purpose", "en purpose label left blank (weak)", "Purpose: [to be completed]", Options{}, diag.Weak},
	{"purpose", "en purpose label deferring (weak)", "Purpose: see the Order Form.", Options{}, diag.Weak},
	{"purpose", "fr finalité laissée au client (weak)", "Finalité : telle que définie par le Client.", Options{}, diag.Weak},
}

func TestLayout14a(t *testing.T) { checkSnippets(t, layoutCases) }

// Numbered sub-clause paragraphs are the items of a lead-in paragraph
// ending with a colon whose numbering they extend (engine14b's request): a
// part whose words stand half in the lead-in and half in the item is found.
var numberedItemCases = []snippet{
	{"assist-compliance", "en numbered sub-clause paragraphs under a lead-in", "## 5. Assistance\n\n5.2 The Supplier shall give the Customer reasonable help with its obligations in respect of:\n\n5.2.1 the security of processing;\n\n5.2.2 notifying personal data breaches;\n\n5.2.3 data protection impact assessments; and\n\n5.2.4 prior consultation with the supervisory authority.", Options{}, diag.Present},
	{"assist-compliance", "fr sous-articles numérotés sous une phrase d'introduction", "## 7. Assistance\n\n7.1 Le Prestataire aide le Client à respecter ses obligations relatives :\n\n7.1.1 à la sécurité du traitement ;\n\n7.1.2 à la notification des violations de données ;\n\n7.1.3 aux analyses d'impact ; et\n\n7.1.4 à la consultation préalable de l'autorité de contrôle.", Options{}, diag.Present},
	// near-miss: the numbering does not extend the lead-in's, so no join
	{"assist-compliance", "en numbering not extended (weak)", "## 5. Assistance\n\n5.2 The Supplier shall give the Customer reasonable help with its obligations in respect of:\n\n6.1 the security of processing;\n\n6.2 notifying personal data breaches;\n\n6.3 data protection impact assessments; and\n\n6.4 prior consultation with the supervisory authority.", Options{}, diag.Weak},
}

func TestNumberedItems14a(t *testing.T) { checkSnippets(t, numberedItemCases) }

// danglingRefs tells an annex of this document from one that is missing: a
// heading the reader kept as text ("## ANNEX 1" inside an HTML block) opens
// its annex, and « la présente annexe a pour objet » names no Annex A.
func TestDanglingRefs14a(t *testing.T) {
	cases := []struct {
		name   string
		blocks []string
		want   string // dangling reference of the last block's first sentence
	}{
		{"heading kept as text opens the annex", []string{"The particulars are specified in Annex 1 hereto.", "## ANNEX 1", "Nature: storage of invoices."}, ""},
		{"fr verb avoir is no annex letter", []string{"La présente annexe a pour objet de définir les conditions du traitement."}, ""},
		{"fr annex A that is missing", []string{"Les mesures de sécurité sont décrites à l'annexe A."}, "annexe a"},
		{"en annex 2 that is missing", []string{"The measures are described in Annex 2."}, "annex 2"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &doc.Document{}
			for i, b := range c.blocks {
				d.Blocks = append(d.Blocks, doc.Block{Kind: doc.Paragraph, Text: b, Loc: doc.Loc{Line: i + 1}})
			}
			tx := prepare(d, mustRules(t))
			if got := tx.dangling[0]; got != c.want {
				t.Errorf("dangling = %q, want %q", got, c.want)
			}
		})
	}
}

// The layout readers on blocks as a reader hands them over: a paragraph of
// hard-broken label lines is split at each line that opens with a label,
// and a short label alone on a paragraph's first line labels the rest. A
// wrapped line that goes on with the sentence above ("la-" / "riés
// suivantes : ...", a lower-case start) is no label line.
func TestLabelLines14a(t *testing.T) {
	cases := []struct {
		name  string
		text  string
		lines []int
		want  [][]string // the first label of each sentence, nil when none
	}{
		{"label lines split", "Finalité : un outil de réservation Catégories de données : nom, courriel Personnes concernées : adhérents",
			[]int{0, 37, 77}, [][]string{{"finalite"}, {"categories de donnees"}, {"personnes concernees"}}},
		{"wrapped line is no label line", "Le Prestataire traite les données des sa- lariés suivantes : nom, adresse, emploi.",
			// one sentence, read as before (its words before the colon), not split
			[]int{0, 43}, [][]string{{"le prestataire traite les donnees des salaries suivantes"}}},
		{"label alone on the first line", "Purpose of the processing Letting the members book courts online.",
			[]int{0, 26}, [][]string{{"purpose of the processing"}}},
		{"first line that is a statement", "The Supplier keeps Invoices for ninety days.",
			[]int{0, 19}, [][]string{nil}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			d := &doc.Document{Blocks: []doc.Block{{Kind: doc.Paragraph, Text: c.text, Lines: c.lines, Loc: doc.Loc{Line: 1}}}}
			tx := prepare(d, mustRules(t))
			var got [][]string
			for _, s := range tx.sentences {
				if s.labels == nil {
					got = append(got, nil)
					continue
				}
				got = append(got, s.labels[:1])
			}
			if fmt.Sprint(got) != fmt.Sprint(c.want) {
				t.Errorf("labels %q, want %q", got, c.want)
			}
		})
	}
}
