package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// A description-of-processing field for special categories whose answer is "none"
// says the data is not processed; a prohibition on building, inferring or asking
// for such data keeps it out; and a "care plan" that maintains a website is no
// health record.
var specialDeclaredNone = []profileCase{
	{"en label none", "Special categories of data: None.", false},
	{"en row none with reference", "| Item | Description |\n|---|---|\n| Sensitive data | None (see clause 4) |", false},
	{"en row not applicable", "| Item | Description |\n|---|---|\n| Special categories (if any) | Not applicable |", false},
	{"fr label néant", "Données sensibles : néant.", false},
	{"fr row aucune with reference", "| Rubrique | Description |\n|---|---|\n| Catégories particulières de données | Aucune (cf. article 3) |", false},
	{"en shall not infer", "The Consultant shall not derive or infer ethnic origin or health conditions from purchase histories.", false},
	{"en must not set up questions", "You must not set up survey questions asking employees about their health or religion.", false},
	{"fr ne doit pas déduire", "L'Agence ne doit pas déduire l'état de santé ou les opinions politiques des clients à partir de leurs achats.", false},
	{"en website care plan", "Our monthly care plan covers updates, backups and uptime checks of the website.", false},
	// near-misses: the field names data that is processed; the processor keeps
	// health data it does host from others
	{"en label names health data (near-miss)", "Special categories of data: health data of patients (diagnoses and prescriptions).", true},
	{"fr row names health data (near-miss)", "| Rubrique | Description |\n|---|---|\n| Données sensibles | Données de santé des adhérents |", true},
	{"en hosts and shall not disclose (near-miss)", "The Processor shall not disclose to any third party the medical records it hosts.", true},
	{"en resident care plan (near-miss)", "Nurses update each resident's care plan in the app after every visit.", true},
}

func TestSpecialDeclaredNone(t *testing.T) { checkProfile(t, specialDeclaredNone, specialOf) }

// "Migration" of a subscription, a product range, virtual machines or another
// department's systems moves no personal data of the controller, and a migration
// that "does not concern this agreement" is outside it.
var migrationNotOfData = []profileCase{
	{"fr migration du client vers une formule", "La migration du Client vers une formule supérieure n'a pas d'effet sur le présent accord.", false},
	{"fr migration de nos offres vers une gamme", "La migration de nos offres vers la nouvelle gamme se fera sans interruption de service.", false},
	{"en migrate to a higher tier", "Customers may migrate to a higher subscription tier at any time.", false},
	{"en live migration of virtual machines", "The Provider may live-migrate virtual machines between physical hosts for maintenance.", false},
	{"en move running instances", "We may move running instances from one server to another within the same data centre.", false},
	{"en migration does not concern this agreement", "The Council's migration of its accounting department to a new ERP does not concern this agreement.", false},
	{"fr migration ne relève pas du contrat", "La migration de la messagerie interne de la Commune ne relève pas du présent contrat.", false},
	// near-misses: the controller's data moves from one system to another
	{"en migrate customer records (near-miss)", "The Supplier will migrate the client's customer records from the old CRM to the new platform.", true},
	{"fr migration des dossiers des adhérents (near-miss)", "La migration des dossiers des adhérents vers la nouvelle plateforme est réalisée par le Prestataire.", true},
	{"en move the members' data (near-miss)", "We will move your members' data from your old booking tool to ours.", true},
}

func TestMigrationNotOfData(t *testing.T) { checkProfile(t, migrationNotOfData, migrationOf) }

// A nature stated plainly states the subject-matter too; a restated GDPR
// definition of "processing" states neither.
var statedThroughNature = []snippet{
	{"subject-matter", "en stated through the nature", "## Description of the processing\n\n| Item | Description |\n|---|---|\n| Nature of the processing | Hosting, backup and deletion of the members' booking records |", Options{}, diag.Present},
	{"subject-matter", "fr stated through the nature", "## Description du traitement\n\n| Rubrique | Description |\n|---|---|\n| Nature du traitement | Hébergement, sauvegarde et suppression des dossiers des adhérents |", Options{}, diag.Present},
	{"nature", "en definition of processing (near-miss)", "## 1. Definitions\n\n1.2 \"Processing\" means any operation performed on personal data, such as collection, storage or erasure.", Options{}, diag.Missing},
	{"subject-matter", "en definition of processing (near-miss)", "## 1. Definitions\n\n1.2 \"Processing\" means collecting, storing or erasing personal data, whether or not by automated means.", Options{}, diag.Missing},
}

func TestStatedThroughNature(t *testing.T) { checkSnippets(t, statedThroughNature) }
