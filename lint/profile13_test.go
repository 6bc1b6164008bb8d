package lint

import "testing"

// A denial covers the clause it stands in: in "sick-leave dates and types;
// no diagnosis is sent to the Supplier" the second clause keeps the diagnosis
// out, not the sick leave the first clause names. A clause after the
// semicolon that refers back ("; they are never sent ...") still denies what
// the first clause named, and a sentence of one clause is denied as before.
var denialClauseScope = []profileCase{
	{"fr row arrêts ; aucun diagnostic", "## Annexe 1\n\n| Rubrique | Description |\n|---|---|\n| Données de santé | Dates et nature (maladie, accident du travail) des arrêts de travail ; aucun diagnostic ni motif médical n'est transmis au Prestataire |", true},
	{"en label fit notes; no diagnosis", "Data: staff names and fit notes; no diagnosis or medical report.", true},
	{"en customer enters fit notes; none requested", "The Customer enters the fit notes of each employee; no medical report is ever requested.", true},
	{"fr client communique arrêts ; aucun certificat", "Le Client communique les dates des arrêts de travail ; aucun diagnostic ni certificat médical n'est communiqué.", true},
	// near-misses: the denial refers back across the semicolon, or there is one clause
	{"en allergies; they are never entered (near-miss)", "Guests may mention allergies at the desk; they are never entered into the system.", false},
	{"fr allergies ; elles ne sont pas saisies (near-miss)", "Les clients peuvent signaler leurs allergies à l'accueil ; elles ne sont jamais saisies dans le logiciel.", false},
	{"en transfer from former software; will not receive such records (near-miss)", "Any transfer of records from the Practice's former software needs a separate agreement; until then the Vendor will not receive such records.", false},
	{"fr reprise depuis l'ancien logiciel ; ces dossiers (near-miss)", "Toute reprise des dossiers depuis l'ancien logiciel fera l'objet d'un avenant ; d'ici là, le Prestataire ne reçoit pas ces dossiers.", false},
	{"en one clause denial (near-miss)", "No health data or sick notes are ever sent to the Supplier.", false},
	{"fr one clause denial (near-miss)", "Aucun certificat médical n'est transmis au Prestataire.", false},
}

func TestDenialClauseScope(t *testing.T) { checkProfile(t, denialClauseScope, specialOrMigrationOf) }

// A heading that denies the data ("No health data", « Pas de données de
// santé ») governs the paragraphs of its clause as it governs a list under it:
// a sentence there names the data only to keep it out, unless it states the
// processing or a limit on data that is processed. A heading that merely
// names the topic denies nothing.
var denyingHeadingScope = []profileCase{
	{"fr pas de données de santé over prohibition", "## 2. Pas de données de santé\n\nLe programme ne traite que les achats de parapharmacie. Les champs commentaire ne servent pas à noter une pathologie ou un traitement.", false},
	{"fr aucune donnée sensible over paragraph", "### Aucune donnée sensible\n\nLe formulaire d'inscription propose un champ libre pour les allergies alimentaires, réservé aux préférences de menu.", false},
	{"en no health data over paragraph", "## 4. No health data\n\nThe booking form has a free-text field; gym members' injuries are asked about at the desk only.", false},
	{"en no special categories over two paragraphs", "## No special categories\n\nThe platform handles names and e-mail addresses.\n\nFields for allergies were removed from the form in 2024.", false},
	// near-misses: the heading names the topic; the sentence states the processing
	// or a limit that presupposes it
	{"en heading names topic (near-miss)", "## 4. Health data\n\nThe booking form records members' injuries for the coaches.", true},
	{"fr heading topic (near-miss)", "## 2. Données de santé\n\nLe Prestataire héberge les dossiers de soins des résidents.", true},
	{"en no health data heading, hosted (near-miss)", "## No sale of health data\n\nThe Processor hosts the patients' medical records and never sells them.", true},
	{"fr pas de données de santé, hébergées (near-miss)", "## Pas de données de santé\n\nLe Prestataire héberge les allergies alimentaires des enfants pour la cantine.", true},
}

func TestDenyingHeadingScope(t *testing.T) { checkProfile(t, denyingHeadingScope, specialOf) }

// The controller forbidden to put the data into the service, or bound to take
// it out before sending ("You agree not to use the comment fields to note a
// condition", "The Client shall redact any data revealing health"), keeps it
// out of the processing: the sentence is no evidence. The processor bound to
// the same, or the controller allowed or bound to send it, is no such denial.
var controllerKeepsOut = []profileCase{
	{"fr vous vous engagez à ne pas", "Vous vous engagez à ne pas utiliser les champs « commentaire » pour noter une pathologie ou un traitement.", false},
	{"fr le Client s'engage à ne jamais", "Le Client s'engage à ne jamais saisir d'antécédents médicaux dans les notes libres.", false},
	{"fr le Client s'interdit de", "Le Client s'interdit de transmettre des arrêts de travail ou des certificats médicaux.", false},
	{"fr il s'interdit de (pronoun)", "Le Client transmet les dates d'absence (congé, arrêt de travail). Il s'interdit de transmettre tout certificat médical.", false},
	{"en client shall redact", "2.4 Special categories. The Client shall redact, before sending, any data revealing health, religious belief or ethnic origin.", false},
	{"en customer agrees not to", "The Customer agrees not to use free-text fields to record medical conditions of its guests.", false},
	{"en you must remove", "You must remove medical certificates from the files before uploading them.", false},
	{"fr client doit supprimer", "Le Client doit supprimer des documents toute mention de l'état de santé avant leur envoi.", false},
	// near-misses: the processor's duty on data it has; the controller sends it
	{"en processor shall redact (near-miss)", "The Processor hosts the patients' medical records and shall redact them before any export to third parties.", true},
	{"en customer may upload (near-miss)", "The Customer may upload the patients' medical records to the Service.", true},
	{"fr le Client transmet (near-miss)", "Le Client transmet au Prestataire les certificats médicaux de ses salariés.", true},
	{"en customer shall ensure consent (near-miss)", "The Customer shall ensure that it has a legal basis for the health data it uploads to the Service.", true},
	{"fr client doit obtenir (near-miss)", "Le Client doit recueillir le consentement des patients avant de transmettre leurs dossiers médicaux.", true},
}

func TestControllerKeepsOut(t *testing.T) { checkProfile(t, controllerKeepsOut, specialOf) }
