package lint

import (
	"reflect"
	"testing"

	"github.com/dpatool/dpa/diag"
	"github.com/dpatool/dpa/lint/doc"
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

	// Particulars in a general shape rather than a set sentence.
	// A label naming the people by a word of the drafter's own.
	{"data-subjects", "en categories of registered persons row", "## Annex 1\n\n| Categories of enrolled persons | Learner drivers, their guardians and the driving instructors. |\n|---|---|", diag.Present},
	{"data-subjects", "en groups of affected people", "## Annex 1\n\nGroups of insured people: holders of a home policy and members of their household.", diag.Present},
	{"data-subjects", "fr catégories de personnes inscrites", frLead + "## Annexe\n\nCatégories de personnes inscrites : élèves du conservatoire et leurs représentants légaux.", diag.Present},
	{"data-subjects", "en categories of persons authorised near-miss", "## Annex 1\n\nCategories of persons authorised by the Processor. The Processor keeps a list of its staff who may log in.", diag.Missing},
	// The data listed, then whose data it is.
	{"data-subjects", "en data processed are ... of people", "## 4. Data\n\nThe data processed are the call numbers, call times and voicemail messages of the tenants and visitors who ring the front desk.", diag.Present},
	{"data-subjects", "en information comprises ... of people", "## 4. Data\n\nThe information handled comprises names, seat numbers and dietary choices of the passengers.", diag.Present},
	{"data-subjects", "fr données traitées sont ... des personnes", frLead + "## 4. Données\n\nLes données traitées sont les noms, les numéros de téléphone et les créneaux réservés des adhérents et des bénévoles du club.", diag.Present},
	{"data-subjects", "en data stored in the EU near-miss", "## 4. Data\n\nThe data processed are stored in Frankfurt and Dublin, and backups of the servers stay in the same region.", diag.Missing},
	// A purpose given as "for the purpose of" any activity, and in translated drafting.
	{"purpose", "en for the purpose of filling", "## 2. Scope\n\nThe Bureau processes Applicant Data for the purpose of filling the Client's nursing vacancies.", diag.Present},
	{"purpose", "en for the purposes of auditing", "## 2. Scope\n\nThe Firm handles the ledgers it receives for the purposes of auditing the Client's annual accounts.", diag.Present},
	{"purpose", "en translated has for purpose", "## Article 1\n\n1.3 The processing has for purpose to organise the lessons and to invoice the families.", diag.Present},
	{"purpose", "en will not use for the purposes of near-miss", "## 2. Scope\n\nThe Bureau will not use Applicant Data for the purposes of marketing its own courses.", diag.Missing},
	{"purpose", "en for the purposes of this clause near-miss", "## 9. Notices\n\nFor the purposes of this clause, a notice sent by e-mail is received on the next working day.", diag.Missing},
	{"subject-matter", "en translated has for object", "## Article 1\n\n1.2 The processing has for object the functioning of the library's loan application.", diag.Present},
	// The processor's role stated for an activity names the subject-matter.
	{"subject-matter", "en for the activity the vendor acts as processor", "## 4. Personal data\n\nFor the hosting of the booking calendar and the sending of reminders, Pitchline acts as a processor of the Club.", diag.Present},
	{"subject-matter", "en acts as processor when it", "## 4. Personal data\n\nTallow Ltd acts as the Customer's processor when it prints and posts the Customer's invoices.", diag.Present},
	{"subject-matter", "fr pour l'activité agit en qualité de sous-traitant", frLead + "## 4. Données\n\nPour l'hébergement des dossiers et l'envoi des convocations, Nautilia agit en qualité de sous-traitant du Client.", diag.Present},
	{"subject-matter", "en acts as processor for the customer near-miss", "## 4. Personal data\n\nTallow Ltd acts as the Customer's processor within the meaning of the GDPR.", diag.Missing},

	// A table row left blank weakens the clause that relies on the table.
	{"subprocessor-list", "en blank row under the list's header weak", "## 6. Other processors\n\nThe Contractor may use the other processors named in the table below.\n\nThe Contractor remains liable for them.\n\n| Other processor | Task | Country |\n|---|---|---|\n| [name to be inserted by the bidder] | [ ] | [ ] |", diag.Weak},
	{"data-subjects", "en blank row in a particulars table weak", "## Annex I\n\nThe categories of data subjects are the Authority's tenants, as further detailed below.\n\n| Data subjects | Examples | Notes |\n|---|---|---|\n| [to be completed] | [ ] | [ ] |", diag.Weak},
	{"subprocessor-list", "en filled row with a ticked box near-miss", "## 6. Other processors\n\nThe Contractor may use the other processors named in the table below.\n\n| Other processor | Task | Country | Approved |\n|---|---|---|---|\n| Fjordhost AS | hosting | Norway | [x] |", diag.Present},
	{"data-subjects", "en blank row in another clause near-miss", "## Annex I\n\nThe categories of data subjects are the Authority's tenants.\n\n## Annex II\n\n| Measure | Owner | Notes |\n|---|---|---|\n| [to be completed] | [ ] | [ ] |", diag.Present},

	// A heading over a bulleted list labels the list.
	{"data-subjects", "en heading over a bulleted list", "## Whose data (this order only)\n\n- Drivers of the member taxis\n- Dispatchers on the night shift\n- Passengers who book by phone", diag.Present},
	{"data-types", "fr titre sur une liste", frLead + "## Données concernées\n\n- nom et prénom du stagiaire\n- numéro de licence\n- créneaux réservés", diag.Present},
	{"purpose", "en purposes heading over a list", "## Main purposes\n\n- planning the delivery rounds\n- telling customers when their parcel arrives", diag.Present},
	{"purpose", "en heading over a list of rights near-miss", "## Rights of the individuals\n\n- access to their records\n- correction of mistakes", diag.Missing},

	// The controller's care of its own equipment is no controller's duty.
	{"controller-rights", "en responsible for the security of its own laptops", "## 7. Your side\n\nThe Customer is responsible for the security of the laptops and phones its staff use to log in.", diag.Missing},
	{"controller-rights", "en responsible for keeping passwords", "## 7. Your side\n\nYou are responsible for keeping your team's passwords to yourselves.", diag.Missing},
	{"controller-rights", "fr responsable de la sécurité de ses postes", frLead + "## 7. Le Client\n\nLe Client reste responsable de la sécurité de ses postes de travail et des identifiants de ses agents.", diag.Missing},
	{"controller-rights", "en responsible for the lawfulness near-miss weak", "## 7. Your side\n\nThe Customer is responsible for the lawfulness of the data it uploads and for the security of its own laptops.", diag.Weak},
	{"controller-rights", "fr sécurité des identifiants puis information des personnes near-miss weak", frLead + "## 7. Le Client\n\nLe Client est seul responsable de la sécurité de ses codes d'accès, de la protection de son réseau et de l'information des personnes dont il enregistre les appels.", diag.Weak},
	{"controller-rights", "fr responsable de la licéité near-miss weak", frLead + "## 7. Le Client\n\nLe Client est responsable de la licéité des données qu'il transmet au Prestataire.", diag.Weak},

	// Articles numbered in Roman figures ("II.3", "IV.1.2") are numbering.
	{"data-subjects", "fr II.3 personnes concernées", frLead + "## II. Description\n\n**II.3 Personnes concernées.** Adhérents de l'association, bénévoles et donateurs.", diag.Present},
	{"nature", "fr III.1 opérations", frLead + "## III. Description\n\n**III.1 Opérations.** Le Prestataire réalise pour le compte du Client : a) la saisie des fiches ; b) la conservation des dossiers.", diag.Present},
	{"data-types", "en IV.2.1 categories of data", "## IV. Particulars\n\nIV.2.1 Personal data. Names, seat numbers and meal choices.", diag.Present},

	// The processing governed, then the activity it serves; a column naming
	// the data by what happens to it.
	{"subject-matter", "en governs the processing in the context of", "## 1. Scope\n\nThis agreement governs the processing of personal data that the Contractor carries out for the Client in the context of the maintenance of its lift fleet.", diag.Present},
	{"subject-matter", "en regulates the processing as part of", "## 1. Scope\n\nThe present contract regulates the processing of personal information which the Supplier performs on behalf of the Town as part of the parking enforcement service.", diag.Present},
	{"subject-matter", "en governs the processing alone near-miss", "## 1. General\n\nThis agreement governs the processing of personal data under the GDPR.", diag.Missing},
	{"data-types", "en data migrated column", "## Annex\n\n| Data subjects | Data migrated | Source system |\n|---|---|---|\n| Members | name, e-mail, membership number | old CRM |", diag.Present},

	// A blank for a date is the duration's, not the purpose's or the subject-matter's.
	{"purpose", "en date blank in the purpose sentence", "## 2. Scope\n\nThe Bureau processes Applicant Data for the purpose of filling the Client's nursing vacancies, from [insert start date] until [insert end date].", diag.Present},
	{"subject-matter", "fr date à compléter dans la phrase de l'objet", frLead + "## 2. Objet\n\nLe traitement a pour objet la gestion des adhésions du club, du [date] au [date de fin].", diag.Present},
	{"purpose", "en purpose blank near-miss weak", "## 2. Scope\n\nPurposes: [to be completed by the parties]. The processing runs from [insert start date].", diag.Weak},

	// What the processor does, then for how long.
	{"duration", "en for as long as the agreement runs", "## A. At a glance\n\nWe host the club's booking pages, send the reminders and keep the payment records, for as long as the Hosting Agreement runs.", diag.Present},
	{"duration", "en so long as the contract remains in force", "## A. At a glance\n\nThe Vendor stores the photos of the members and prints the cards so long as the Card Services contract remains in force.", diag.Present},
	{"duration", "fr tant que l'abonnement est en vigueur", frLead + "## A. En bref\n\nNous hébergeons les fiches des adhérents et envoyons les relances, tant que votre abonnement est en vigueur.", diag.Present},
	{"duration", "en as long as the law requires near-miss", "## A. At a glance\n\nWe keep the invoices for as long as the law requires.", diag.Missing},

	// Operations named by their verbs, each with its object.
	{"nature", "en we host ..., store ..., compute ...", "## A. At a glance\n\nFor the League we host the tournament space, store player records and match results, compute the standings and generate payout files.", diag.Present},
	{"nature", "en the vendor scans ..., indexes ...", "## A. At a glance\n\nThe Vendor scans the paper files of the practice, indexes them by patient number and archives the originals.", diag.Present},
	{"nature", "en we host events near-miss", "## A. At a glance\n\nWe host events for the members, and we welcome their families too.", diag.Missing},

	// A definitions entry that defines the service by what it does.
	{"nature", "en services defined by their activities", "## 1. Definitions\n\n1.3 \"Relocation Services\" means collecting the staff member's documents, booking viewings, registering the family with the local school and storing the move files.", diag.Present},
	{"subject-matter", "en services defined by their activities", "## 1. Definitions\n\n1.3 \"Relocation Services\" means collecting the staff member's documents, booking viewings, registering the family with the local school and storing the move files.", diag.Present},
	{"subject-matter", "en work defined by gerunds", "## 1. Definitions\n\n1.2 \"Bookkeeping Work\" means keeping the Client's ledgers, preparing its VAT returns, and running the monthly payroll.", diag.Present},
	{"nature", "en services defined as a name near-miss", "## 1. Definitions\n\n1.3 \"Services\" means the services described in the Order Form.", diag.Missing},
	{"subject-matter", "en personal data defined near-miss", "## 1. Definitions\n\n1.1 \"Personal Data\" means any information relating to an identified or identifiable natural person, including names, addresses and account numbers.", diag.Missing},
	{"subject-matter", "en processing defined with a gerund near-miss", "## 1. Definitions\n\n1.4 \"Processing\" means collecting, recording, storing or erasing personal data, whether or not by automated means.", diag.Missing},
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

// Roman article numbers with a dotted sub-number are numbering; a sentence
// opening with a Roman-looking word is not.
func TestStripRomanNumbering(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ii.1 operations. le delegataire realise", "operations. le delegataire realise"},
		{"iv.2.3 duree. pendant le contrat", "duree. pendant le contrat"},
		{"vi.1. donnees : nom", "donnees : nom"},
		{"vivid colours are used", "vivid colours are used"},
		{"xi. objet", "objet"},
	} {
		if got := stripNumbering(c.in); got != c.want {
			t.Errorf("stripNumbering(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// A pipe table drawn in plain text, with cells wrapped onto lines whose first
// cell is empty, is read row by row with its first column as the label.
func TestPlainTextGrid(t *testing.T) {
	const grid = "SCHEDULE 2 - PARTICULARS\n\n" +
		"| Item          | Details                                  |\n" +
		"|---------------|------------------------------------------|\n" +
		"| Why           | Sending the parish newsletter and        |\n" +
		"|               | collecting the yearly contributions      |\n" +
		"| Whose data    | Parishioners who signed up, and the      |\n" +
		"|               | volunteers who deliver the newsletter    |\n" +
		"| Data types    | Name, street address, e-mail address     |\n"
	const oneLine = "SCHEDULE 2 - PARTICULARS\n\n" +
		"| Item          | Details                                  |\n" +
		"| Note          | The particulars are given in Schedule 3  |\n"
	for _, c := range []struct {
		name, src, id string
		want          diag.Status
	}{
		{"purpose row", grid, "purpose", diag.Present},
		{"data-subjects row", grid, "data-subjects", diag.Present},
		{"data-types row", grid, "data-types", diag.Present},
		{"a table with no wrapped row near-miss", oneLine, "purpose", diag.Missing},
	} {
		t.Run(c.name, func(t *testing.T) {
			if f := statusDoc(t, txtDoc(t, c.src), c.id); f.Status != c.want {
				t.Errorf("got %s (%s), want %s", f.Status, f.Reason, c.want)
			}
		})
	}
	// The rows themselves: a wrapped cell joins its row (the text reader
	// gives the header and its rule as a block of their own), and a paragraph
	// that is no table has no rows.
	d := txtDoc(t, grid)
	var rows []gridRow
	for _, b := range d.Blocks {
		if r := gridRows(b); r != nil {
			rows = r
		}
	}
	want := []string{"Why | Sending the parish newsletter and collecting the yearly contributions",
		"Whose data | Parishioners who signed up, and the volunteers who deliver the newsletter", "Data types | Name, street address, e-mail address"}
	var got []string
	for _, r := range rows {
		got = append(got, r.text)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("gridRows = %q, want %q", got, want)
	}
	if r := gridRows(doc.Block{Kind: doc.Paragraph, Text: "The Supplier | shall | not", Lines: []int{0, 14}}); r != nil {
		t.Errorf("gridRows of a paragraph = %v, want nil", r)
	}
}

// A party's role given in an apposition ("L'Établissement, responsable du
// traitement, ...") or in its definition ('"the Council" means ... as
// controller') makes its name read as that role.
func TestAliasApposition(t *testing.T) {
	for _, c := range []struct {
		name, src, id string
		want          diag.Status
	}{
		{"fr apposition", frLead + "## 3. Rôles\n\nL'Établissement, responsable du traitement, définit les instructions et peut à tout moment vérifier le respect du présent chapitre.", "controller-rights", diag.Present},
		{"en definition as controller", "## Schedule\n\nIn this Schedule \"the Board\" means Lakeside Water Board as controller, and \"the Contractor\" means the appointed firm as processor.\n\n## 4. Control\n\nThe Board may audit and instruct the Contractor and terminate this Schedule on notice.", "controller-rights", diag.Present},
		{"en apposition of another role near-miss", "## Schedule\n\nThe Board, as landlord, may inspect the premises at any time.", "controller-rights", diag.Missing},
	} {
		t.Run(c.name, func(t *testing.T) {
			if f := status(t, c.src, c.id, Options{}); f.Status != c.want {
				t.Errorf("got %s (%s), want %s", f.Status, f.Reason, c.want)
			}
		})
	}
}
