package lint

import (
	"reflect"
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 9 (issue 5), engine and particulars half: particulars given under a
// label of any form - a run-in label, a question and its answer, a row or a
// heading, a checklist's ticked box - are read from the label, whatever the
// body's wording; near-misses must still not count.
var rules9aCases = []struct {
	id, name, src string
	want          diag.Status
}{
	// Run-in labels in capitals or italics, naming one topic or two.
	{"subject-matter", "en run-in caps object and term", "## Letter of appointment\n\n1. OBJECT AND TERM. The object of this engagement is the handling of the hotel's guest bookings. The engagement lasts as long as the Contract.", diag.Present},
	{"duration", "en run-in caps object and term", "## Letter of appointment\n\n1. OBJECT AND DURATION. The object of this engagement is the handling of the hotel's guest bookings. The engagement runs while the Contract is in force.", diag.Present},
	{"subject-matter", "fr objet en italique", frLead + "## Article 2 - Description\n\n2.1 *Objet.* Tenue de la comptabilité et établissement des bulletins de paie du Client.", diag.Present},
	{"subject-matter", "fr objet de la mission", frLead + "## Article 2\n\nObjet de la mission. Tenue du fichier des adhérents et envoi des convocations.", diag.Present},
	{"nature", "fr opérations en italique", frLead + "## Article 2 - Description\n\n2.3 *Opérations.* Saisie, conservation, consultation et archivage des pièces.", diag.Present},
	{"data-subjects", "fr personnes concernées run-in", frLead + "## Article 2\n\n2.4 Personnes concernées. Curistes, accompagnants et médecins prescripteurs.", diag.Present},
	{"data-types", "fr données run-in", frLead + "## Article 2\n\n2.5 Données. Identité, coordonnées et numéro de sécurité sociale.", diag.Present},
	{"controller-rights", "en rights of the controller run-in over no right weak", "## Appointment\n\n4. RIGHTS OF THE CONTROLLER. Only those given by this letter and by the Contract.", diag.Weak},
	// Plain-English labels that ask a question.
	{"nature", "en what you do with it", "## The side letter\n\n4. What you do with it. Copy the records out of the old shop, convert them and load them into the new one.", diag.Present},
	{"data-subjects", "en what data and whose", "## The side letter\n\n2. What data and whose. Members and people on the waiting list: names, addresses, e-mail and order history.", diag.Present},
	{"data-types", "en what data and whose", "## The side letter\n\n2. What data and whose. Members and people on the waiting list: names, addresses, e-mail and order history.", diag.Present},
	{"subject-matter", "en the thing we do for you", "## Our promises\n\n- The thing we do for you: class photographs, online proofs and print orders for parents.", diag.Present},
	{"subject-matter", "en what we do for you", "## Our promises\n\nWhat we do for you: the monthly payroll of your staff.", diag.Present},
	{"purpose", "en q and a purpose", "## Questions\n\nQ. For what purpose? A. To let tenants open the building doors with their phone.", diag.Present},
	{"purpose", "en question heading over its answer", "## 2. What do you do with the data, and why?\n\nWe host the scheduling software you use. We do this only so that you can run your practice.", diag.Present},
	{"duration", "en q and a how long", "## Questions\n\nQ. How long will you keep it? A. Until the season ends.", diag.Present},
	// Rows whose first cell is the label.
	{"purpose", "en row what is processed and why", "## Table A\n\n| Topic | Commitment | Reference |\n|---|---|---|\n| What is processed and why | The Vendor runs the booking system to sell tickets and to manage memberships. | Art. 28(3) |", diag.Present},
	{"controller-rights", "en row the customer's obligations and rights", "## Table A\n\n| Topic | Commitment | Reference |\n|---|---|---|\n| The Customer's obligations and rights | It answers for what it asks the Vendor to do, and it may check the work at any time. | Art. 28(3) |", diag.Present},
	// A checklist: a ticked box is no blank.
	{"subject-matter", "fr case cochée objet", frLead + "## A. Le service\n\n- [x] Objet : mise à disposition du logiciel de gestion des adhérents.\n- [x] Durée : pendant toute la durée de l'abonnement.", diag.Present},
	{"duration", "fr case cochée durée", frLead + "## A. Le service\n\n- [x] Objet : mise à disposition du logiciel de gestion des adhérents.\n- [x] Durée : pendant toute la durée de l'abonnement.", diag.Present},
	{"data-subjects", "en ticked box", "## Checklist\n\n- [X] Data subjects: pupils, their parents and teaching staff.", diag.Present},

	// Round 9, second batch: a term tied to the main contract, a translated
	// "treatment", operations named only as whatever the service needs.
	{"duration", "en has the same duration as", "## The letter\n\nThis letter has the same duration as the Services Contract.", diag.Present},
	{"duration", "en is valid for as long as", "## Clause 1\n\n1.2 This Agreement is valid for as long as the Licence Contract is in force and, after it, for as long as the Contractor holds the data.", diag.Present},
	{"duration", "en period heading in brackets", "## Article 3 (Period of entrustment)\n\nFrom 1 July 2026 until the end of the Main Agreement.", diag.Present},
	{"duration", "en certificate is valid until near-miss", "## Security\n\nThe Supplier's ISO 27001 certificate is valid until March 2027.", diag.Missing},
	{"nature", "en the treatment will consist of", "## 1. Object\n\nThe treatment will consist of: reception of the files, registration, consultation of the register, conservation and suppression.", diag.Present},
	{"nature", "fr toutes opérations nécessaires weak", frLead + "## Annexe\n\nOpérations : toutes opérations nécessaires à la fourniture du service.", diag.Weak},
	{"nature", "en any processing necessary to provide weak", "## Annex\n\nProcessing operations: any processing necessary to provide the Services.", diag.Weak},
	{"nature", "en what the supplier does", "## Rider\n\nB2. What the Supplier does. The Supplier photographs pupils, retouches the images and prints the packs.", diag.Present},
	{"controller-rights", "en translated supervise the treatment", "## 4. Obligations and rights of the Entrusting Entity\n\nCorresponds to the Entrusting Entity: to deliver the data; to supervise the treatment, including the carrying out of inspections and audits; and to decide on the purposes and means.", diag.Present},
	{"controller-rights", "en you're responsible weak", "## 2. You're in charge\n\nYou decide what goes into the app and you're responsible for making sure you may share it with us.", diag.Weak},
	{"data-types", "en items of personal information column", "## Article 2\n\n| Category of data subjects | Items of personal information | Purpose of processing |\n|---|---|---|\n| Ticket buyers | Name, e-mail, ticket type | Sale of tickets |", diag.Present},
	{"purpose", "en use it for testing", "## Side letter\n\n4. What you do with it. Load it into the new shop and use it for testing and for fixing problems - nothing else.", diag.Present},
	{"purpose", "en must not use it for marketing near-miss", "## Side letter\n\nYou must not use it for marketing.", diag.Missing},

	// The controller's obligations alone are weak (blind5 and blind7 label
	// rules): supervising the processing is one of them unless it comes with
	// audits; « avant la résiliation » names no right to terminate.
	{"controller-rights", "fr obligations et supervision weak", frLead + "## Article 8 - Obligations du Client\n\nLe Client s'engage à fournir au Prestataire les données, à documenter par écrit toute instruction et à superviser le traitement.", diag.Weak},
	{"controller-rights", "fr superviser y compris les audits", frLead + "## Article 8 - Obligations du Client\n\nLe Client s'engage à documenter par écrit toute instruction et à superviser le traitement, y compris réaliser les audits et les inspections auprès du Prestataire.", diag.Present},
	{"controller-rights", "en supervise including inspections", "## Clause 4\n\nThe Customer shall document its instructions in writing and supervise the processing, including by audits and inspections of the Supplier.", diag.Present},
	{"controller-rights", "fr exporter avant la résiliation weak", frLead + "## Article 2\n\nLe Client est seul responsable de la licéité des données. Le Client peut exporter ses données à tout moment avant la résiliation.", diag.Weak},
	{"controller-rights", "fr peut résilier", frLead + "## Article 2\n\nLe Client est seul responsable de la licéité des données. Le Client peut résilier le contrat si le Prestataire manque à ses obligations.", diag.Present},

	{"data-subjects", "fr personnel row of a confidentiality clause near-miss", frLead + "## Article 8\n\n| Personnel | Le Prestataire veille à ce que les personnes autorisées à traiter les données s'engagent à la confidentialité. |\n|---|---|", diag.Missing},
	{"data-subjects", "fr personnel row naming the people", frLead + "## Annexe\n\n| Personnes concernées | Personnel du Client et candidats |\n|---|---|", diag.Present},
	{"data-subjects", "en staff label of a confidentiality clause near-miss", "## Clause 8\n\nStaff: the Supplier ensures that persons authorised to process the data are bound by confidentiality.", diag.Missing},

	// No term, only a deadline for deleting the data: the end is there, the
	// duration only implied - weak, not missing; a stated term still wins.
	{"duration", "en delete 12 months after the last photo day weak", "## Rider\n\nB10. The Supplier shall delete all images and class lists 12 months after the last photo day.", diag.Weak},
	{"duration", "fr supprime six mois après weak", frLead + "## Article 9\n\nLe Prestataire supprime les dossiers six mois après la fin de la saison.", diag.Weak},
	{"duration", "en deletion deadline beside a term", "## Term\n\nThis Addendum lasts as long as the Agreement.\n\n## Deletion\n\nThe Supplier shall delete all images 12 months after the last photo day.", diag.Present},

	// A label set off by a dash.
	{"purpose", "en why dash", "## Photo day\n\nWhy - so that parents can see and order their children's photographs.", diag.Present},
	{"data-subjects", "fr personnes concernées tiret", frLead + "## Annexe\n\nPersonnes concernées – élèves, parents et enseignants de l'école.", diag.Present},
	{"purpose", "en a dash inside a statement near-miss", "## Security\n\nThe Supplier - at its own cost - keeps the servers patched.", diag.Missing},

	// Singular and longer forms of the particulars' labels.
	{"data-types", "en type of personal data heading", "## 4. Type of personal data\n\nBooking reference, guest name, arrival date and room number.", diag.Present},
	{"data-subjects", "en category of data subjects heading", "## 5. Category of data subjects\n\nHotel guests and the persons travelling with them.", diag.Present},
	{"nature", "en nature of the processing operations run-in", "## Annex\n\nNature of the processing operations. Receipt, storage, look-up and shredding.", diag.Present},
	{"duration", "fr période de traitement", frLead + "## Annexe\n\nPériode de traitement. Du 1er mars au 30 juin 2027.", diag.Present},
	{"data-subjects", "fr personnes concernées par le traitement", frLead + "## Annexe\n\nPersonnes concernées par le traitement. Patients et leurs accompagnants.", diag.Present},

	{"subject-matter", "en scope of audits heading near-miss", "## 9.2 Scope of audits\n\nAudits cover the systems that hold the Customer's data.", diag.Missing},
	{"duration", "en period of retention heading near-miss", "## Period of retention\n\nBackups are overwritten on a rolling basis.", diag.Missing},
	{"subject-matter", "en scope of the services heading", "## 1. Scope of the services\n\nHosting and support of the Customer's booking platform.", diag.Present},

	{"subject-matter", "en the project run-in", "## E-mail\n\n1. The project. You will move our members and their orders from the old shop onto the new platform.", diag.Present},

	// A clause headed "Personal Data" names no categories: never present by
	// its label (the older heading pattern makes it weak).
	{"data-types", "fr article données personnelles not present", frLead + "## Article 12 - Données personnelles\n\nChaque partie respecte le RGPD dans l'exécution du contrat.", diag.Weak},
	{"data-types", "en personal data heading not present", "## 12. Personal Data\n\nEach party complies with the GDPR when it performs this Agreement.", diag.Weak},
	{"purpose", "en purpose the parties enter near-miss", "## 1. Purpose\n\nThe parties enter into this Addendum to meet Article 28 GDPR.", diag.Missing},

	// Near-misses: a label over a blank, another topic's label, a question on
	// another subject, a document's own purpose.
	{"subject-matter", "en object label over a blank weak", "## Annex\n\n1. Object. [insert]", diag.Weak},
	{"controller-rights", "en rights of data subjects near-miss", "## Appointment\n\n8. RIGHTS OF THE DATA SUBJECTS. The Processor forwards every request it receives within two days.", diag.Missing},
	{"duration", "en how long is the notice period near-miss", "## Questions\n\nQ. How long is the notice before a new sub-processor starts? A. Thirty days.", diag.Missing},
	{"purpose", "en purpose heading of the document near-miss", "## 1. Purpose\n\nThis Addendum sets out the terms on which the Supplier handles personal data for the Customer.", diag.Missing},
	{"purpose", "en purpose run-in of the document near-miss", "## Clause 1\n\n1.1 Purpose. This Agreement governs the parties' obligations under Article 28 GDPR.", diag.Missing},
	{"purpose", "fr objet du document near-miss", frLead + "## Article 1\n\nFinalité. Le présent contrat définit les conditions dans lesquelles le Prestataire traite les données.", diag.Missing},
	{"nature", "en operations heading over nothing of the kind near-miss", "## 2. Location\n\nThe servers stand in Frankfurt.", diag.Missing},
}

func TestRules9a(t *testing.T) { checkSnippets(t, plainSnippets(rules9aCases)) }

// A label is read without its numbering and marks, and a compound label is
// also each of its topics.
func TestLabelsOf(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"1. object and duration.", []string{"object and duration", "object", "duration"}},
		{"2.3 operations.", []string{"operations"}},
		{"q. for what purpose? a.", []string{"for what purpose"}},
		{"what do you do with the data, and why?", []string{"what do you do with the data, and why", "what do you do with the data", "why"}},
		{"*objet.*", []string{"objet"}},
		{"donnees et personnes concernees", []string{"donnees et personnes concernees", "donnees", "personnes concernees"}},
		{"", nil},
		{"this is a sentence of far more than ten words that cannot be any label at all", nil},
	} {
		if got := labelsOf(c.in); !reflect.DeepEqual(got, c.want) {
			t.Errorf("labelsOf(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A question joins its answer, with the marks in between; a plain sentence
// ending in a question mark inside prose joins only the sentence after it.
func TestJoinQuestions(t *testing.T) {
	for _, c := range []struct {
		in   string
		want []string
	}{
		{"Q. For what purpose? A. To let tenants open doors.", []string{"Q. For what purpose? A. To let tenants open doors."}},
		{"How long? Until the season ends. Then we delete it.", []string{"How long? Until the season ends.", "Then we delete it."}},
		{"What you do with it. Extract the data.", []string{"What you do with it. Extract the data."}},
		{"The Supplier keeps the data. It deletes it later.", []string{"The Supplier keeps the data.", "It deletes it later."}},
		{"Data subjects. Customers. Staff.", []string{"Data subjects. Customers.", "Staff."}},
	} {
		var got []string
		for _, sp := range joinLabels(c.in, splitSentences(c.in)) {
			got = append(got, c.in[sp[0]:sp[1]])
		}
		if !reflect.DeepEqual(got, c.want) {
			t.Errorf("joinLabels(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A checklist's box is stripped like numbering, so "[x]" is no blank.
func TestStripCheckbox(t *testing.T) {
	for in, want := range map[string]string{
		"[x] duree : un an":     "duree : un an",
		"[ ] rappel : verifier": "rappel : verifier",
		"☑ purpose: payroll":    "purpose: payroll",
		"[x] days after":        "days after",
		"[insert] days":         "[insert] days",
	} {
		if got := stripNumbering(in); got != want {
			t.Errorf("stripNumbering(%q) = %q, want %q", in, got, want)
		}
	}
}

// A question joined to its answer is read by its answer for the risk profile:
// the question names what it asks about.
func TestProfileQuestionAnswer(t *testing.T) {
	checkProfile(t, []profileCase{
		{"en q and a answered no", "## FAQ\n\nQ. Are fingerprints processed? A. No. The reader keeps the fingerprint template only in the chip of the lock.", false},
		{"en answer stating health data", "## FAQ\n\nQ. What do you hold? A. We hold the health data of the clinic's patients: diagnoses, prescriptions and test results.", true},
	}, specialOf)
}

// An annex of another document, or one whose content the sentence gives in
// brackets, is no missing part of this one; this document's own annex still is.
func TestDanglingElsewhere(t *testing.T) {
	for _, c := range []struct {
		name, src, want string
	}{
		{"inline list after the reference", "## Subcontracting\n\nThe Deliverer may use the subcontractors listed in Appendix 7B (cloud platform, Helsinki; service desk, Tampere).", ""},
		{"a short aside is no list", "## Subcontracting\n\nThe Deliverer may use the subcontractors listed in Appendix 7B (see below).", "appendix 7b"},
		{"annex of the main agreement", "## Instructions\n\nThe instructions are the work instructions listed in Appendix 2 of the Agreement.", ""},
		{"attached to the agreement as", "## Transfers\n\nOnly under the standard contractual clauses, which are attached to the Agreement as Appendix 6.", ""},
		{"annex of this agreement near-miss", "## Sub-processors\n\nThe sub-processors are listed in Annex 3 of this Agreement.", "annex 3"},
		{"attached to this addendum near-miss", "## Transfers\n\nThe clauses are attached to this Addendum as Appendix 6.", "appendix 6"},
	} {
		t.Run(c.name, func(t *testing.T) {
			tx := prepare(mdDoc(t, c.src), mustRules(t))
			got := ""
			for _, d := range tx.dangling {
				if d != "" {
					got = d
				}
			}
			if got != c.want {
				t.Errorf("dangling %q, want %q", got, c.want)
			}
		})
	}
}

// A sentence a reader cut between a "heading" and the paragraph under it is
// read whole; a heading that ends as headings do is not joined.
func TestHeadingCutOff(t *testing.T) {
	d := mdDoc(t, "## 9. If anything goes wrong. Tell me immediately, and no later than\n\n24 hours after you find out, if any of our members' data is lost or stolen.\n\n## Duration of the processing\n\nThe processing lasts as long as the Agreement.")
	tx := prepare(d, mustRules(t))
	var got []string
	for _, s := range tx.sentences {
		got = append(got, s.folded)
	}
	want := []string{
		"if anything goes wrong. tell me immediately, and no later than",
		"if anything goes wrong. tell me immediately, and no later than 24 hours after you find out, if any of our members' data is lost or stolen.",
		"duration of the processing",
		"the processing lasts as long as the agreement.",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("sentences = %q, want %q", got, want)
	}
}
