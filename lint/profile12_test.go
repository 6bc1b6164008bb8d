package lint

import "testing"

// A field of a description of the processing whose value opens with "none" and
// adds nothing but a pointer ("None (see clause 4)", « Aucune (voir article
// 2.2) ») declares the condition out of scope, in a table row, a "label: value"
// line or a heading over its paragraph, in the document's own language. A value
// that names data, or makes an exception, still puts it in scope.
var declaredNoneField = []profileCase{
	{"fr row aucune voir article", "## Annexe 1 - Description des traitements\n\n| Rubrique | Description |\n|---|---|\n| Catégories de données | Identité et coordonnées des clients |\n| Données sensibles | Aucune (voir article 2.2) |", false},
	{"fr row néant cf", "## Annexe 1 - Description des traitements\n\n| Rubrique | Description |\n|---|---|\n| Données de santé | Néant - cf. article 4 |", false},
	{"fr colon label sans objet", "## Description des traitements\n\nDonnées sensibles : sans objet (voir l'article 3).", false},
	{"en row none see clause", "## Annex 1 - Description of the processing\n\n| Item | Details |\n|---|---|\n| Special categories of data | None (see clause 2.2) |", false},
	{"en colon label n/a per section", "## Annex 1 - Description of the processing\n\nSensitive data: N/A, as set out in section 4.", false},
	{"en heading over none", "## Annex 1 - Description of the processing\n\n### Health data\n\nNone (refer to clause 3).", false},
	{"en migration row none see", "## Schedule 1 - Details of the processing\n\n| Item | Details |\n|---|---|\n| Data migration | None (see clause 5) |", false},
	{"fr migration row aucune voir", "## Annexe 1 - Description des traitements\n\n| Rubrique | Description |\n|---|---|\n| Reprise des données | Aucune (voir article 5) |", false},
	// near-misses: the value names data or makes an exception
	{"en row none except (near-miss)", "## Annex 1 - Description of the processing\n\n| Item | Details |\n|---|---|\n| Special categories of data | None, except sick notes uploaded by the Customer (see clause 2.2) |", true},
	{"fr row aucune sauf (near-miss)", "## Annexe 1 - Description des traitements\n\n| Rubrique | Description |\n|---|---|\n| Données sensibles | Aucune, sauf les arrêts de travail transmis par le Client (voir article 2.2) |", true},
	{"en row names health data (near-miss)", "## Annex 1 - Description of the processing\n\n| Item | Details |\n|---|---|\n| Special categories of data | Health data of patients (see clause 2.2) |", true},
	{"en migration row names records (near-miss)", "## Schedule 1 - Details of the processing\n\n| Item | Details |\n|---|---|\n| Data migration | Migration of the customer records from the legacy CRM (see clause 5) |", true},
}

func TestDeclaredNoneField(t *testing.T) { checkProfile(t, declaredNoneField, specialOrMigrationOf) }

// specialOrMigrationOf reads whichever condition holds: each case names only one.
func specialOrMigrationOf(r Result) (bool, string) {
	if r.Special {
		return true, r.SpecialEvidence
	}
	return r.Migration, r.MigrationEvidence
}

// A run-in label is the title of its clause, not a limit on what the clause
// says: "Profiling." over "shall not build models that infer health" keeps the
// prohibition a prohibition. A limit in the sentence itself still presupposes
// the processing.
var runInLabelNoLimit = []profileCase{
	{"en profiling label over prohibition", "3.8 Profiling. The Processor shall not build segments or scoring models that infer health conditions or any other special category of personal data.", false},
	{"en marketing label over prohibition", "4.1 Marketing. The Supplier shall not ask the members about their health or their religion.", false},
	{"en advertising label over prohibition", "Advertising. We shall not create audiences that infer health data of the users.", false},
	{"fr label prospection over prohibition", "5.2 Prospection. L'Agence ne doit pas déduire l'état de santé ou les opinions politiques des clients.", false},
	{"fr label profilage over prohibition", "5.3 Publicité. Le Prestataire ne doit pas créer de segments qui déduisent des catégories particulières de données traitées pour le Client.", false},
	// near-misses: the limit is in the sentence
	{"en prohibition of profiling in the sentence (near-miss)", "3.8 Use of data. The Processor hosts the patients' medical records and shall not use them for profiling.", true},
	{"en no label, limit in sentence (near-miss)", "The Processor shall not disclose to any third party the medical records it hosts.", true},
}

func TestRunInLabelNoLimit(t *testing.T) { checkProfile(t, runInLabelNoLimit, specialOf) }

// A clause labelled with a security measure ("Encryption:", « Chiffrement : »)
// says how the ordinary flow of data is protected; a transfer it mentions is that
// flow, not a migration out of another system. A migration clause, or a plain
// statement that the processor migrates the records, still is one.
var securityLabelledTransfer = []profileCase{
	{"fr chiffrement transfert depuis le système", "4.3 Chiffrement : AES-256 au repos ; transfert des dictées depuis le système de dictée de l'Établissement par VPN et TLS 1.3.", false},
	{"fr journalisation import", "Journalisation : chaque transfert des fichiers depuis le système source du Client est journalisé.", false},
	{"en encryption transfer from legacy system", "Encryption: TLS 1.3 for every transfer of the Customer's data from its legacy systems to the Service.", false},
	// near-misses: a migration clause; a migration stated outside any security label
	{"fr reprise label (near-miss)", "4.3 Reprise des données : transfert des dossiers depuis l'ancien logiciel de l'Établissement vers la nouvelle plateforme.", true},
	{"en migration label (near-miss)", "Data migration: the Supplier migrates the customer records from the legacy CRM into the Service.", true},
	{"en unlabelled transfer from legacy (near-miss)", "The Supplier will transfer the Customer's data from the legacy system to the new platform over TLS 1.3.", true},
}

func TestSecurityLabelledTransfer(t *testing.T) {
	checkProfile(t, securityLabelledTransfer, migrationOf)
}

// The processor as the subject of a verb that moves data, with the controller's
// prior system as its origin, states a migration, whatever the system is called
// ("booking engine", "logiciel de caisse"). The same verb with no prior system as
// origin, or with the processor's own infrastructure, does not.
var processorMovesFromPrior = []profileCase{
	{"en we import from your previous booking engine", "5.1 On request, we import your future reservations and guest profiles from your previous booking engine.", true},
	{"en the Supplier loads from the former tool", "The Supplier loads the member list from the Club's former membership tool.", true},
	{"fr nous reprenons depuis votre ancien logiciel", "Sur demande, nous reprenons vos fiches clients depuis votre ancien logiciel de caisse.", true},
	{"fr le Prestataire importe de l'ancien outil", "Le Prestataire importe les dossiers des adhérents de l'ancien outil de gestion du Club.", true},
	// near-misses: no prior system as origin; the customer does it
	{"en we import nightly from the API (near-miss)", "We import the day's bookings every night from the channel manager's API.", false},
	{"en you import from your previous tool (near-miss)", "You can import your contacts from your previous tool yourself through the upload page.", false},
	{"fr le Client importe (near-miss)", "Le Client importe lui-même ses contacts depuis un fichier tableur.", false},
}

func TestProcessorMovesFromPrior(t *testing.T) {
	checkProfile(t, processorMovesFromPrior, migrationOf)
}

// A title or sentence that names sensitive data only to say there is none
// (« Pas de données sensibles », "No sensitive data") denies it, like "no health
// data" already did; a title over data that is processed still counts.
var noneOfThatKind = []profileCase{
	{"fr titre pas d'analyse biométrique", "## 4. Pas d'analyse biométrique, pas de données sensibles\n\nLes entretiens vidéo sont enregistrés pour être revus par vos recruteurs ; aucune analyse du visage ou de la voix n'est faite.", false},
	{"fr aucune donnée génétique", "Le laboratoire ne transmet aucune donnée génétique au Prestataire.", false},
	{"en no sensitive data title", "## 4. No sensitive data\n\nThe forms collect names, e-mail addresses and ticket types only.", false},
	// near-miss: the data is processed
	{"fr données de santé traitées (near-miss)", "## 4. Données de santé\n\nLe Prestataire héberge les comptes rendus médicaux des patients.", true},
}

func TestNoneOfThatKind(t *testing.T) { checkProfile(t, noneOfThatKind, specialOrMigrationOf) }
