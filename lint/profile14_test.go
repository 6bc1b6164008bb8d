package lint

import "testing"

// A migration act denied in French the way "no export or import is performed"
// denies it in English: the processor « n'effectue aucune migration », « ne
// procède à aucune reprise », « aucune extraction n'est réalisée ». A migration
// that is only limited or scheduled, or one the denial does not reach, still
// puts the condition in scope.
var migrationActDeniedFR = []profileCase{
	{"fr n'effectue aucune migration", "Le titulaire sortant n'effectue aucune migration de données vers le logiciel d'un autre prestataire.", false},
	{"fr ne procède à aucune reprise", "Le Prestataire ne procède à aucune reprise des fichiers de l'ancien logiciel.", false},
	{"fr ne réalise pas d'extraction", "L'Éditeur ne réalise pas d'extraction des dossiers depuis l'ancien système.", false},
	{"fr aucune migration n'est prévue", "Aucune migration de données n'est prévue au titre du présent marché.", false},
	{"fr aucune reprise n'est réalisée", "Aucune reprise de l'historique n'est réalisée par le Prestataire.", false},
	// near-misses: the act takes place, or only its limits are negated
	{"fr effectue la migration (near-miss)", "Le Prestataire effectue la migration des dossiers des usagers depuis l'ancien logiciel.", true},
	{"fr reprise limitée (near-miss)", "Le Prestataire reprend les fiches adhérents de l'ancien logiciel ; il ne reprend aucune donnée au-delà des champs listés à l'annexe 2.", true},
	{"fr aucune autre donnée (near-miss)", "Le Prestataire importe les dossiers de l'ancien logiciel ; aucune migration d'autres fichiers n'est prévue.", true},
}

func TestMigrationActDeniedFR(t *testing.T) { checkProfile(t, migrationActDeniedFR, migrationOf) }
