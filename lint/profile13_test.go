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

// The processor as the subject of a verb that moves data, whose origin is the
// controller's former system or provider whatever it is called (« l'ancien
// routeur », « l'ancien exploitant »), states a migration in French as it does
// in English. The same verb with no former origin, or the controller doing
// it, does not.
var processorMovesFromFormerFR = []profileCase{
	{"fr importe exportés de l'ancien routeur", "4.1 Le Prestataire importe les listes de contacts et l'historique d'envois exportés de l'ancien routeur du Client.", true},
	{"fr titulaire reprend auprès de l'ancien exploitant", "6.1 Le Titulaire reprend le fichier des usagers inscrits auprès de l'ancien exploitant, remis par la Collectivité au format tableur.", true},
	{"fr nous chargeons depuis votre précédent outil", "Sur demande, nous chargeons dans le logiciel les fiches de vos adhérents depuis votre précédent outil de gestion.", true},
	{"fr option reprise d'historique", "Option « Reprise d'historique » : le Prestataire charge l'historique des envois du Client.", true},
	// near-misses: no former origin; the controller moves its own data
	{"fr importe les contacts saisis (near-miss)", "Le Prestataire importe chaque nuit les contacts saisis par le Client dans la boutique en ligne.", false},
	{"fr le Client importe lui-même de l'ancien outil (near-miss)", "Le Client importe lui-même ses contacts de l'ancien outil, à l'aide du modèle de fichier fourni.", false},
}

func TestProcessorMovesFromFormerFR(t *testing.T) {
	checkProfile(t, processorMovesFromFormerFR, migrationOf)
}

// A migration of software is no migration of personal data: its object is
// code, an interface, a framework or a programming language, or its target
// is a version numbered like software ("PHP 8.2", "Symfony 7.1"), and a
// migration of equipment named with a possessive (« de son parc ») is one of
// equipment. A migration that does not move any data, or in which no export
// or import is performed, is none either.
var softwareNotDataMigration = []profileCase{
	{"fr migration de PHP vers PHP 8.2", "La migration de PHP 7.4 vers PHP 8.2 est annoncée trois mois à l'avance ; il vous appartient de vérifier vos scripts.", false},
	{"fr migration du code vers PHP 8.3", "Je suis chargé de la maintenance de l'application, y compris la migration du code de l'application vers PHP 8.3 et Symfony 7.", false},
	{"fr migration de l'interface", "Les montées de version annuelles, y compris la migration de l'interface vers le nouveau socle web prévue en 2027, sont réalisées sans surcoût.", false},
	{"en migration of the codebase", "The Developer will handle the migration of the codebase to the new framework during the first quarter.", false},
	{"en migration to Python 3.12", "The hosting plan includes the migration of your scripts to Python 3.12 when the old runtime is retired.", false},
	{"fr migration de son parc", "Pendant la durée du contrat, le Locataire peut demander la migration de son parc vers des modèles plus récents.", false},
	{"en hardware migration moves no data", "This hardware migration does not involve moving any data between systems: the new units report to the same account.", false},
	{"en platform migration; no export or import", "This platform migration changes the software only; your booking records stay where they are and no export or import is performed.", false},
	// near-misses: personal data is the object
	{"fr migration des données vers la version 5 (near-miss)", "Le Prestataire assure la migration des données des usagers de l'ancien logiciel vers le nouveau.", true},
	{"en migration of the customer records (near-miss)", "The Supplier migrates the customer records from the legacy CRM into the Service.", true},
	{"en migration moves records (near-miss)", "The migration moves the member records from the old booking system to the Service.", true},
}

func TestSoftwareNotDataMigration(t *testing.T) {
	checkProfile(t, softwareNotDataMigration, migrationOf)
}

// Words of special categories or migration in another sense: a register kept
// in electronic form (« tenue dématérialisée ») is not digitised, and the
// processor's own "care plans" are a product it sells, not a person's plan of
// care.
var otherSense13 = []profileCase{
	{"fr tenue dématérialisée des registres", "Objet : tenue dématérialisée des registres d'état civil et délivrance des copies et extraits.", false},
	{"en one of our care plans", "2.6 How long. For as long as you are on one of our care plans, plus the time we need to hand things back.", false},
	// near-misses: the act of digitising; a resident's care plan
	{"fr numérisation des registres (near-miss)", "Le Prestataire assure la numérisation des registres paroissiaux conservés aux archives de la commune.", true},
	{"fr numériser les archives (near-miss)", "Le Prestataire s'engage à numériser les archives papier du service du personnel.", true},
	{"en resident's care plan (near-miss)", "Nurses record each resident's care plan in the app after every visit.", true},
}

func TestOtherSense13(t *testing.T) { checkProfile(t, otherSense13, specialOrMigrationOf) }
