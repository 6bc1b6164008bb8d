package lint

import "testing"

// Whose data: in a document about animals (a veterinary practice, a pet
// insurer, a kennel), vaccinations, prescriptions and medical records are the
// animals', and animals' health is no special category of personal data. A
// category that only people have (sick leave, a trade union, a religion,
// fingerprints) still counts there, and the same words in a document about
// people still count.
var animalsHealth = []profileCase{
	{"en vet reminders", "# Reminder service\n\nThe Clinic treats dogs, cats and rabbits. Purpose: sending vaccination and worming reminders to the Clinic's clients.\n\nThe Provider stores each pet's medical history with the owner's name and address.", false},
	{"fr pharmacie vétérinaire", "# Logiciel vétérinaire\n\nLe Cabinet vétérinaire soigne des chiens, des chats et des chevaux. Traitements : saisie des ordonnances et relances de vaccination.\n\nLe Prestataire conserve l'historique médical de chaque animal et les coordonnées de son propriétaire.", false},
	{"en kennel allergies", "# Boarding kennel bookings\n\nThe kennel looks after dogs and cats while their owners travel. Booking notes record allergies and medications.\n\nThe Supplier hosts the bookings for the kennel.", false},
	// near-misses: a category only people have, in a document about animals; the
	// same health words in a document about people
	{"en vet staff sick notes (near-miss)", "# Clinic HR module\n\nThe Clinic treats dogs and cats. The Provider also processes the sick notes of the Clinic's veterinary nurses.\n\nPets' records are kept in the practice system.", true},
	{"fr vétérinaire arrêts de travail (near-miss)", "# Paie du cabinet vétérinaire\n\nLe cabinet soigne des chiens et des chats. Le Prestataire traite les arrêts de travail des salariés du cabinet.\n\nLes dossiers des animaux restent dans le logiciel métier.", true},
	{"en school vaccination (near-miss)", "The Provider stores the pupils' vaccination records for the school nurse.", true},
	{"fr patients vaccination (near-miss)", "Le Prestataire héberge les ordonnances médicales et le suivi de vaccination des patients du cabinet.", true},
}

func TestAnimalsHealth(t *testing.T) { checkProfile(t, animalsHealth, specialOf) }

// A certification of the provider ("HDS-certified data centres", « hébergeur
// certifié de données de santé ») describes the provider, not the data: it puts
// special categories in scope only when the sentence also says health data is
// processed.
var providerCertification = []profileCase{
	{"fr centres de données HDS", "4. Hébergement dans deux centres de données HDS situés en France ; sauvegardes quotidiennes.", false},
	{"fr prestataire certifié hébergeur de données de santé", "Le Prestataire est certifié hébergeur de données de santé pour l'ensemble de ses activités d'hébergement.", false},
	{"en HDS-certified data centres", "Hosting: two HDS-certified data centres in France, with daily backups.", false},
	{"en certified health data host", "The Supplier is certified as a health data host and audited every year.", false},
	// near-misses: the sentence says health data is hosted
	{"fr données de santé chez un hébergeur certifié (near-miss)", "Les données de santé des patients sont hébergées chez un hébergeur certifié HDS.", true},
	{"en medical records with a certified host (near-miss)", "The Processor hosts the residents' medical records with a certified health data host.", true},
	{"fr hébergement HDS des dossiers médicaux (near-miss)", "Les dossiers médicaux sont hébergés dans un centre de données HDS.", true},
}

func TestProviderCertification(t *testing.T) { checkProfile(t, providerCertification, specialOf) }

// A prohibition on the data itself keeps it out: notes about health "are not
// allowed", fields revealing health "must not be extracted", recording stops
// when someone discloses a condition. A prohibition on what is done with data
// that is processed (disclosure to third parties, use for other purposes) is a
// limit that presupposes the processing.
var dataProhibited = []profileCase{
	{"en notes not allowed", "Seat types record access needs; free-text notes about a patron's health are not allowed and our forms block them.", false},
	{"fr commentaires non autorisés", "Les commentaires sur l'état de santé d'un spectateur ne sont pas autorisés dans les formulaires.", false},
	{"en must not be extracted", "Any field that could reveal a supporter's health or religious beliefs must not be extracted from the CRM.", false},
	{"fr ne doivent pas être extraits", "Les champs susceptibles de révéler l'état de santé d'un donateur ne doivent pas être extraits.", false},
	{"en stop recording on disclosure", "Officers shall stop body-worn recording where a member of the public discloses health information.", false},
	{"fr interrompt l'enregistrement", "L'agent interrompt l'enregistrement lorsqu'une personne évoque son état de santé.", false},
	// near-misses: limits on data that is processed, a recording that ends
	{"en health data not allowed to third parties (near-miss)", "The Provider hosts the patients' medical records; disclosure to third parties is not allowed.", true},
	{"en recording stops at session end (near-miss)", "The platform records each therapy session and recording stops when the session ends.", true},
	{"fr extraits pour le médecin (near-miss)", "Les résultats de laboratoire des patients sont extraits chaque nuit par le Prestataire.", true},
}

func TestDataProhibited(t *testing.T) { checkProfile(t, dataProhibited, specialOf) }

// A question states nothing: « Qu'est-ce que la migration annoncée ? »
// answered by a change of design is no migration. A question answered yes,
// or whose answer states the migration, still is.
var questionNotStated = []profileCase{
	{"fr question answered by denial", "5.14 Qu'est-ce que la « migration » annoncée pour 2027 ?\n\nIl s'agit du passage de l'application à une nouvelle charte graphique. Vos données restent au même endroit.", false},
	{"en question answered by denial", "Q12 What is the data migration mentioned in the newsletter?\n\nIt is the new look of the app. Nothing moves.", false},
	// near-misses
	{"en question answered yes (near-miss)", "Will you migrate our data from the old system?\n\nYes. Our team imports the records and checks them with you.", true},
	{"fr question answered by the act (near-miss)", "Reprenez-vous nos données ?\n\nLe Prestataire reprend les dossiers depuis l'ancien logiciel du cabinet.", true},
}

func TestQuestionNotStated(t *testing.T) { checkProfile(t, questionNotStated, migrationOf) }

// What moves: equipment (transmitters, a telephone exchange, virtual
// machines moved between the provider's hosts) is no personal data, and a
// migration that is the controller's or its operator's own affair is not the
// processor's. A migration of the records themselves still is.
var equipmentMigration = []profileCase{
	{"fr transmetteurs vers la 4G", "11.2 En 2026, le Mainteneur procède à la migration des transmetteurs de téléalarme de la ligne analogique vers le réseau 4G.", false},
	{"en transmitters to 4G", "In 2026 the Contractor migrates the alarm transmitters from analogue lines to the 4G network.", false},
	{"fr autocommutateur du Client relève du Client", "La migration de l'autocommutateur du Client vers la téléphonie IP relève du Client et de son opérateur.", false},
	{"en live migration of virtual machines", "For resilience, the Provider may move a running virtual machine from one physical host to another (\"live migration\") and may move Customer Content between storage devices in the same region.", false},
	{"en migration is the customer's responsibility", "The migration of the Customer's records to the new telephony platform is the Customer's own responsibility.", false},
	{"fr purement matérielle, aucun fichier déplacé", "Le Mainteneur procède à la migration des équipements du parking. Cette migration est purement matérielle : aucun fichier ni enregistrement n'est déplacé.", false},
	// near-misses: records or a database move
	{"fr migration des données vers la nouvelle plateforme (near-miss)", "Le Prestataire procède à la migration des données des abonnés de la téléalarme vers la nouvelle plateforme.", true},
	{"en database to new servers (near-miss)", "The Supplier migrates the Customer's member database from the old system to the new servers.", true},
	{"en customer checks, supplier migrates (near-miss)", "The Supplier migrates the records from the old system; the Customer is responsible for checking the migrated records.", true},
}

func TestEquipmentMigration(t *testing.T) { checkProfile(t, equipmentMigration, migrationOf) }

// The same categories in other shapes: a study of commuting is about people
// moving; « les extraits d'enregistrements » the controller hands over are a
// product, not an extraction; a list of things none of which is loaded; a
// migration whose next sentence says nothing is moved (« n'est déplacé »).
var otherShapes15 = []profileCase{
	{"fr étude annuelle des migrations pendulaires", "Notre étude annuelle sur les migrations pendulaires de votre site fait partie de l'offre Pro.", false},
	{"fr extraits confiés par la Commune", "Le Titulaire conserve les extraits d'enregistrements des caméras que la Commune lui confie.", false},
	{"en no data and no details are loaded", "The Authority instructs that no data revealing health or religion, and no details of offences or sentences, are loaded into the Learning Platform.", false},
	{"fr aucun fichier n'est déplacé", "Le Prestataire procède à la migration des postes de la régie. Cette migration ne porte que sur les équipements : aucun fichier ni enregistrement n'est déplacé.", false},
	// near-misses
	{"fr extrait les séquences (near-miss)", "Sur réquisition, le Titulaire extrait des séquences vidéo et les remet à l'officier de police judiciaire.", true},
	{"en records loaded, no other data (near-miss)", "The Supplier loads the learners' records from the old system into the Learning Platform.", true},
	{"fr migration des fichiers (near-miss)", "Le Prestataire procède à la migration des fichiers des usagers vers le nouveau logiciel.", true},
}

func TestOtherShapes15(t *testing.T) { checkProfile(t, otherShapes15, migrationOf) }

// A classification is no definition: "these are special categories of data
// under Article 9" and « sont des données de santé au sens de l'article 9 »
// state that the data is processed, and « le référent désigné par le
// bureau » is a participle, not « désigne » defining a term. A rule of
// conduct that opens with a negated infinitive or imperative (« Ne pas créer
// de champs contenant des données de santé », "Do not create fields for
// health data") keeps the data out.
var classificationNotDefinition = []profileCase{
	{"en these are special categories under Article 9", "You may note mourners' health or mobility needs for the service; these are special categories of data under Article 9 GDPR.", true},
	{"fr données de santé au sens de l'article 9", "Les ordonnances délivrées par l'officine sont des données de santé au sens de l'article 9 du RGPD.", true},
	{"fr désigné par le bureau", "Données de santé : le certificat médical n'est accessible qu'au référent médical désigné par le bureau.", true},
	// near-misses: a definition, a rule of conduct
	{"fr désigne (near-miss)", "« Données de santé » désigne les données relatives à la santé physique ou mentale d'une personne.", false},
	{"fr ne pas créer (near-miss)", "Ne pas créer de champs personnalisés contenant des données de santé ou toute catégorie particulière de l'article 9 du RGPD.", false},
	{"en do not create (near-miss)", "Do not create custom fields holding health data or any other special category under Article 9 GDPR.", false},
	{"en as defined in article 9 (near-miss)", "\"Special Categories\" means the special categories of personal data as defined in Article 9 GDPR.", false},
}

func TestClassificationNotDefinition(t *testing.T) {
	checkProfile(t, classificationNotDefinition, specialOf)
}
