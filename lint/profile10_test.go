package lint

import "testing"

// Processing itself denied, whatever verb carries the denial: a sentence saying the
// special categories are not processed is no evidence that they are. Limits on
// data that is processed (where it goes, who sees it, what else it is used for)
// still put it in scope: they presuppose the processing.
var specialNegatedProcessing = []profileCase{
	{"en does not instruct the processing", "The Board does not instruct the processing of special categories of personal data under this Schedule.", false},
	{"en we do not accept any processing", "We do not accept any processing of health data or other special categories through the Service.", false},
	{"en no processing of biometric data takes place", "No processing of biometric data takes place under these Terms.", false},
	{"en will never be asked to process", "The Vendor will never be asked to process genetic data.", false},
	{"en cannot process", "The platform cannot process data concerning health.", false},
	{"fr ne donne lieu à aucun traitement", "La prestation ne donne lieu à aucun traitement de données de santé.", false},
	{"fr n'autorise pas le traitement", "Le Client n'autorise pas le traitement de données biométriques par le Prestataire.", false},
	{"fr ne seront jamais traitées", "Les données relatives à la santé des adhérents ne seront jamais traitées par le Titulaire.", false},
	// near-misses: the data is processed; the negation limits something else
	{"en processed, but not outside the EU (near-miss)", "The Processor processes the patients' medical records and does not transfer them outside the EU.", true},
	{"en not used for other purposes (near-miss)", "Fingerprint templates are processed for door access and are not used for any other purpose.", true},
	{"en not disclosed (near-miss)", "Health data processed under this Agreement is never disclosed to sub-processors.", true},
	{"fr traitées mais pas transférées (near-miss)", "Le Prestataire héberge les dossiers médicaux des patients et ne les transfère pas hors de l'Union.", true},
	{"fr aucun tiers n'y accède (near-miss)", "Les données de santé traitées par le Prestataire ne sont consultées par aucun tiers.", true},
}

func TestSpecialNegatedProcessing(t *testing.T) {
	checkProfile(t, specialNegatedProcessing, specialOf)
}

// A change of plan is called a migration in subscription terms; it moves no data.
var migrationPlanChange = []profileCase{
	{"fr heading migration d'offre", "ARTICLE 3 - ABONNEMENT ET MIGRATION D'OFFRE\n\nLe Client peut passer à tout moment à la formule supérieure.", false},
	{"fr migration vers une autre formule", "Toute migration vers une autre formule prend effet le mois suivant.", false},
	{"en plan migration", "Plan migrations are billed pro rata from the next invoice.", false},
	{"en licence migration", "A licence migration from Standard to Enterprise keeps the same Order Form.", false},
	// near-misses: data moved from one system to another is a migration
	{"fr migration des données de l'ancien logiciel (near-miss)", "Le Prestataire assure la migration des données de l'ancien logiciel de facturation.", true},
	{"en plan data migrated to the new platform (near-miss)", "The Vendor migrates the customer records from the legacy CRM into the new platform.", true},
}

func TestMigrationPlanChange(t *testing.T) { checkProfile(t, migrationPlanChange, migrationOf) }
