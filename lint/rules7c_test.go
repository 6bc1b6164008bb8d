package lint

import (
	"testing"
)

// Round 7 (engine7c): the risk profile and the risk requirements. Every case is
// our own wording of a drafting pattern (a loan-archive extraction, a portfolio
// take-over, a scan-and-import, a self-service import that is no migration), not
// a sentence lifted from a fixture.

var migration7cCases = []profileCase{
	// an archive extracted or scanned into the controller's new system
	{"en extraction from an archive into a new system", "Subject-matter: extraction of the claim documents held in the retired imaging archive into the Bank's new records platform.", true},
	{"en extract and load from a named archive", "The Vendor extracts the member files from the legacy document store and loads them into the Society's document management system.", true},
	{"en back-scanning and import", "Back-scanning of the paper personnel files and import of the images into the Employer's HR system.", true},
	{"en digitisation of an archive", "Digitisation of the Council's planning archive and indexing of the scanned files in its new document management system.", true},
	{"en portfolio take-over", "The Administrator takes over the portfolio of open claims previously handled by the outgoing administrator.", true},
	{"en files handed over by the previous provider", "The Contractor loads into its platform the case history handed over by the Client's previous payroll provider.", true},
	{"en extraction runs", "Each extraction run from the old archive is reconciled by record counts before the import into the target repository.", true},
	// French: reprise de portefeuille, reprise des dossiers, numérisation et import
	{"fr reprise du portefeuille", "Le Délégataire reprend le portefeuille de contrats en cours, jusqu'ici géré par un précédent gestionnaire.", true},
	{"fr reprise de l'historique des dossiers", "Le Prestataire reprend l'historique des dossiers transmis par l'ancien cabinet et l'intègre dans son logiciel de gestion.", true},
	{"fr reprise des dossiers", "La reprise des dossiers en cours est effectuée à partir des fichiers fournis par le gestionnaire sortant.", true},
	{"fr numérisation et import en GED", "Le Titulaire numérise les archives papier de l'Office et importe les documents dans sa gestion électronique de documents.", true},
	{"fr intégration des extractions", "Les extractions remises par le précédent délégataire sont intégrées dans l'outil de gestion du Prestataire.", true},
	// near-misses: a self-service import, an upgrade, a daily scan of the mail
	{"en self-service import, heading", "## Moving from another tool\n\nYou can import your contact lists yourself from a CSV file exported from another tool; we do not carry out imports for you.", false},
	{"fr import en libre-service, titre", "## Migration depuis un autre outil\n\nVous pouvez importer vous-même vos contacts depuis un fichier exporté d'un autre logiciel ; nous n'effectuons aucune migration pour votre compte.", false},
	{"en software release migration", "## Version migration\n\nThe Supplier migrates the platform to each new software release during the maintenance window.", false},
	{"fr migration de version", "## Migration de version\n\nLe Prestataire fait migrer la plateforme vers chaque nouvelle version du logiciel pendant la fenêtre de maintenance.", false},
	{"en daily mail scanning", "The Supplier scans the incoming post each morning and sends the images to the Customer's inbox.", false},
	{"en insurance portfolio as business", "The Broker manages a portfolio of household insurance policies for its clients.", false},
}

func TestMigrationProfile7c(t *testing.T) { checkProfile(t, migration7cCases, migrationOf) }
