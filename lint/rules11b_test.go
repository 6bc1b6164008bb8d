package lint

import (
	"strings"
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 11 (engine11b): sentence structure. A sentence that opens with a
// pronoun or a referring phrase ("They are bound ...", « Ils sont tenus
// ... », "These people ...") is read with the sentence before it, in its
// paragraph or at the end of the paragraph or item just before, when a part
// needs words of both. Wordings are our own.
var rules11bPronounCases = plainSnippets([]struct {
	id, name, src string
	want          diag.Status
}{
	{"confidentiality", "en they, same paragraph", "Two claims analysts at our Leeds office review the uploaded invoices. They have signed a confidentiality undertaking with us.", diag.Present},
	{"confidentiality", "en these people, next paragraph", "Only our on-call engineers can open a customer's mailbox, and only to fix a fault.\n\nThese people are bound by written secrecy obligations that survive their employment.", diag.Present},
	{"confidentiality", "en such staff", "Reception staff see the guest register when they check guests in. Such staff are subject to a duty of confidentiality in their contracts.", diag.Present},
	{"confidentiality", "en list item they", "- Our two bookkeepers enter the payroll figures each month.\n- They are bound by professional secrecy.", diag.Present},
	{"confidentiality", "fr ils, même paragraphe", "Seuls les techniciens de maintenance accèdent aux caisses enregistreuses. Ils sont liés par une clause de secret dans leur contrat de travail.", diag.Present},
	{"confidentiality", "fr ces derniers, paragraphe suivant", "Les conseillers du service client traitent les réclamations des abonnés.\n\nCes derniers ont signé un engagement de confidentialité.", diag.Present},
	{"confidentiality", "fr elles", "Deux infirmières coordonnent les visites à domicile. Elles sont tenues au secret professionnel.", diag.Present},
	{"confidentiality", "fr question-réponse", "Q. Qui voit les fichiers ?\nR. Seuls les opérateurs affectés à votre commande.\n\nIls ont tous signé un engagement de confidentialité.", diag.Present},
	// near-misses: the pronoun refers to no one bound, the sentence before
	// names no one, "it" is the party, the referent is two sentences back,
	// or the first sentence is a denial
	{"confidentiality", "en they are located near-miss", "Our engineers maintain the servers. They are located in Dublin and Cork.", diag.Missing},
	{"confidentiality", "en it is the party near-miss", "Our engineers maintain the servers for the Supplier. It keeps the pricing confidential.", diag.Missing},
	{"confidentiality", "en no pronoun near-miss", "Our engineers may view footage when you open a ticket. Pricing terms are confidential.", diag.Missing},
	{"confidentiality", "en referent two sentences back near-miss", "Our engineers may view footage when you open a ticket. We invoice monthly. They are bound by confidentiality.", diag.Missing},
	{"confidentiality", "en heading before near-miss", "# Our engineers\n\nThey are bound by confidentiality.", diag.Missing},
	{"confidentiality", "fr ils sont situés near-miss", "Nos techniciens interviennent sur site. Ils sont situés à Lyon.", diag.Missing},
	{"confidentiality", "fr il est convenu near-miss", "Les techniciens interviennent sur site. Il est convenu que le tarif reste confidentiel.", diag.Missing},
})

func TestRules11bPronouns(t *testing.T) { checkSnippets(t, rules11bPronounCases) }

// The evidence of a requirement found across two sentences is the sentence
// that refers back: it is the one that states the duty.
func TestRules11bPronounEvidence(t *testing.T) {
	src := "Our support engineers may view footage only when you open a ticket. They are bound by confidentiality obligations in their employment contracts."
	f := status(t, src, "confidentiality", Options{})
	if f.Status != diag.Present || !strings.HasPrefix(f.Evidence, "They are bound") {
		t.Fatalf("got %s, evidence %q; want present, citing the sentence that opens with they", f.Status, f.Evidence)
	}
}

func TestReferring(t *testing.T) {
	for _, c := range []struct {
		f    string
		want bool
	}{
		{"they are bound by confidentiality.", true},
		{"these persons have signed an nda.", true},
		{"each of them has signed.", true},
		{"ils sont tenus au secret.", true},
		{"ces derniers ont signe.", true},
		{"chacun d'entre eux a signe.", true},
		{"tous ont signe un engagement.", true},
		{"it may then delete the data.", false},
		{"il est convenu que.", false},
		{"tous les salaries signent.", false},
		{"theyre.", false},
		{"the staff are bound.", false},
	} {
		if got := referring(c.f); got != c.want {
			t.Errorf("referring(%q) = %v, want %v", c.f, got, c.want)
		}
	}
}

// A two-column table whose header names what each column holds ("Data
// subjects | Personal data") is read like a wider one: each cell with its
// column's label. A two-column table whose first column holds the labels
// ("Personal data | name, salary") keeps reading its rows by their first cell,
// whatever its first row says.
var rules11bTableCases = plainSnippets([]struct {
	id, name, src string
	want          diag.Status
}{
	{"data-types", "en subjects | data header", "| Data subjects | Personal data |\n|---|---|\n| Pupils | name, class, allergies |\n| Parents | name, phone number, email address |\n", diag.Present},
	{"data-subjects", "en subjects | data header", "| Data subjects | Personal data |\n|---|---|\n| Pupils | name, class, allergies |\n| Parents | name, phone number, email address |\n", diag.Present},
	{"data-types", "fr personnes | données header", "Le tableau ci-dessous est établi par les parties pour la cantine de la commune.\n\n| Personnes concernées | Données traitées |\n|---|---|\n| Élèves | nom, classe, allergies |\n| Familles | nom, téléphone, adresse |\n", diag.Present},
	{"purpose", "en activity | purpose header", "| Processing activity | Purpose |\n|---|---|\n| Payroll | paying salaries and filing tax returns |\n| Rota planning | planning the shifts of the care staff |\n", diag.Present},
	// near-misses: the labels are in the first column
	{"duration", "en label column under a label-like first row", "| Data subjects | employees of the Customer |\n|---|---|\n| Personal data | name, salary, bank details |\n| Duration | the term of the Agreement |\n", diag.Present},
	{"data-types", "en label column under a label-like first row", "| Data subjects | employees of the Customer |\n|---|---|\n| Personal data | name, salary, bank details |\n| Duration | the term of the Agreement |\n", diag.Present},
	{"duration", "fr label column under a label-like first row", "| Personnes concernées | salariés du Client |\n|---|---|\n| Données traitées | nom, salaire, RIB |\n| Durée | la durée du contrat |\n", diag.Present},
})

func TestRules11bTables(t *testing.T) { checkSnippets(t, rules11bTableCases) }

// A paragraph that is only a short question labels the paragraph under it,
// as a heading would: "**Q3. For how long?**" over "From the start ...".
var rules11bQuestionCases = plainSnippets([]struct {
	id, name, src string
	want          diag.Status
}{
	{"duration", "en bold question paragraph", "**Q3. For how long?**\n\nFrom the first interview until the final report is accepted by the Client.", diag.Present},
	{"purpose", "en plain question paragraph", "Why do you get the recordings?\n\nSo that the transcripts can be written and checked against the audio.", diag.Present},
	{"duration", "fr question paragraph", "Les réponses ci-dessous font partie du contrat.\n\n**Combien de temps ?**\n\nPendant toute la durée de l'abonnement, puis pendant les trois mois de la période de sortie.", diag.Present},
	{"purpose", "en what for question paragraph", "**Q4. What for?**\n\nTo print the personalised letters and post them to the people on the list.", diag.Present},
	// near-misses: the question asks about something else, or heads nothing
	{"duration", "en price question near-miss", "**What does it cost?**\n\nForty euros per month, billed each quarter.", diag.Missing},
	{"duration", "en question over a heading near-miss", "For how long?\n\n# Prices\n\nForty euros per month.", diag.Missing},
})

func TestRules11bQuestions(t *testing.T) { checkSnippets(t, rules11bQuestionCases) }
