package lint

import "testing"

// A change declared to leave the data as it is moves no data: the effect verb
// is negated ("does not change the personal data", « ne change rien à vos
// messages », "leaves the records untouched"), the data stays where it is (« vos
// données restent sur les mêmes serveurs »), or the project involves no transfer
// or copy at all. A migration the processor performs stays a migration, whatever
// it does not change.
var migrationLeavesData = []profileCase{
	{"en firmware does not change data", "A software migration of the kiosks does not change the personal data we process.", false},
	{"fr ne change rien aux messages", "Migration. En mars, le planning des émissions migre vers le format de la fédération ; cela ne change rien à vos demandes.", false},
	{"en leaves records untouched", "The migration to the new screen layout leaves the member records untouched.", false},
	{"en involves no transfer of records", "You are moving your depots from radio pagers to the app (the \"pager migration\"); that project involves no transfer or import of records by us.", false},
	{"fr n'implique aucun transfert", "La migration des agents vers la messagerie du Département n'implique aucun transfert de données par le Titulaire.", false},
	{"fr données restent sur les mêmes serveurs", "## 7. MIGRATION VERS NOTRE NOUVEL OUTIL DE VISIO\n\nEn juin, nous basculons nos classes virtuelles vers un autre outil de visioconférence. C'est une évolution technique : vos données restent sur les mêmes serveurs et aucune copie n'est faite.", false},
	{"en heading then data stays in place", "## Migration to our new video engine\n\nNext spring our virtual classrooms move to a new conferencing engine. Your data stays on the same servers and no copy is made.", false},
	// near-misses: the processor moves the data; the denial is of something else
	{"en we migrate, rights unchanged (near-miss)", "We migrate the member records from your previous software into the Platform; this does not change your rights as controller.", true},
	{"fr nous migrons, rien ne change pour vous (near-miss)", "Le Prestataire migre les fiches des adhérents depuis l'ancien logiciel ; cela ne change rien à vos droits.", true},
	{"en heading over a real migration (near-miss)", "## Data migration\n\nThe Supplier imports the Customer's records from the legacy database into the new system.", true},
	{"fr titre sur une vraie reprise (near-miss)", "## Reprise des données\n\nLe Prestataire reprend les fiches des licenciés depuis l'ancien logiciel du Club et les charge dans l'outil.", true},
}

func TestMigrationLeavesData(t *testing.T) { checkProfile(t, migrationLeavesData, migrationOf) }

// The possessive determiners name the controller's own former tool as the origin
// of what the processor takes over (« la reprise des contacts de votre ancien
// outil », « de vos anciens fichiers »), as the articles do.
var migrationPossessiveOrigin = []profileCase{
	{"fr reprise de votre ancien outil", "Objet : la reprise des contacts de votre ancien outil dans ClubNet, puis la gestion des adhérents.", true},
	{"fr récupérés de vos anciens fichiers", "Nous récupérons les adhérents de vos anciens fichiers et les chargeons dans l'application.", true},
	// near-miss: the old tool named, nothing taken from it
	{"fr ancien outil sans reprise (near-miss)", "Vous pouvez continuer à utiliser votre ancien outil de messagerie pour écrire aux parents.", false},
}

func TestMigrationPossessiveOrigin(t *testing.T) {
	checkProfile(t, migrationPossessiveOrigin, migrationOf)
}

// A negation with an indefinite object says the data is absent: "must not copy
// any information about health", « de ne pas joindre de certificat médical ». A
// negation with a definite object limits data that is processed ("shall not
// disclose the patients' records to anyone").
var indefiniteNegation = []profileCase{
	{"en must not copy any health information", "The bookkeeper must not copy gift-card messages or any information about a customer's health or faith into the ledgers; if she finds it she leaves it where it is.", false},
	// "anyone's" is whose data, not a recipient
	{"en anyone's health", "Volunteers must not note down any details of anyone's health or religion on the call sheets.", false},
	{"en never keeps any medical details", "The Provider shall not transcribe any medical details that callers mention.", false},
	{"fr de ne pas joindre de certificat", "Les demandes d'aménagement liées à un handicap sont traitées par le service de la Mairie, et le formulaire rappelle au parent de ne pas joindre de certificat médical.", false},
	{"fr à ne saisir aucune donnée de santé", "Les animateurs veillent à ne consigner aucune information sur l'état de santé des enfants dans le cahier de liaison.", false},
	// near-misses: a limit on data that is processed; data plainly processed
	{"en must not disclose the records (near-miss)", "The Provider hosts the residents' medical records and must not disclose the medical records to anyone outside its support team.", true},
	{"en not shown to anyone (near-miss)", "The Provider hosts the clients' therapy notes and will never show any medical detail to anyone.", true},
	{"en data never leaves the EEA (near-miss)", "The patients' health records are never sent on by the Provider and never leave the EEA.", true},
	{"fr ne pas divulguer les dossiers (near-miss)", "Le Prestataire héberge les dossiers médicaux des patients et veille à ne pas les divulguer à des tiers.", true},
	{"en care notes processed (near-miss)", "The app records the care notes and medication of each resident.", true},
}

func TestIndefiniteNegation(t *testing.T) { checkProfile(t, indefiniteNegation, specialOf) }

// A date or the validity of a medical certificate is a fact about a document, not
// data concerning health: a club records when a member's certificate runs out. The
// certificate itself, or what it says, is health data.
var certificateFacts = []profileCase{
	{"fr date de validité du certificat", "Données : identité, coordonnées, numéro de licence, date de validité du certificat médical et cotisations des licenciés.", false},
	{"en expiry date of the medical certificate", "Member data: name, address, licence number, the expiry date of the medical certificate and fees paid.", false},
	{"en medical certificate validity", "The register shows each member's medical certificate validity date and training sessions.", false},
	// near-misses: the certificate itself is stored
	{"fr certificats médicaux conservés (near-miss)", "Le Prestataire conserve les certificats médicaux des licenciés et leur date de validité.", true},
	{"en scans of medical certificates (near-miss)", "The Supplier stores scans of the members' medical certificates.", true},
}

func TestCertificateFacts(t *testing.T) { checkProfile(t, certificateFacts, specialOf) }
