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
