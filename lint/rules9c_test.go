package lint

import (
	"testing"
)

// Round 9 (engine9c): the risk profile, concept first. A special category named
// and then denied - a capability listed and declared unused ("fingerprint or iris
// scanning is not used"), a flat "we do not do face recognition", a FAQ answer
// that opens with "No." - is not processed; data kept only on the person's own
// device never reaches the processor. A migration of software to its next
// version, of vehicles to electric ones, or of know-how with no personal data
// moved is no data migration; an extraction of a dataset for delivery, or an
// onboarding transfer where one side extracts and the other imports, is. Every
// case is our own wording.

var special9cCases = []profileCase{
	// a list of capabilities, then a negated predicate
	{"en scanning not used and not enabled", "Entry works with key cards only; iris scanning or voice prints are not used and will not be enabled.", false},
	{"en face matching is not carried out", "Face matching is not carried out at any turnstile.", false},
	{"en fingerprint readers will never be installed", "Fingerprint readers will never be installed in the depots.", false},
	{"en biometric time clocks are not offered", "Biometric time clocks are not offered in this edition.", false},
	// a flat denial with "do"
	{"en we do not do face recognition", "We don't do facial recognition on the gallery photos.", false},
	{"en supplier does not carry out biometric matching", "The Supplier does not carry out biometric matching of any kind.", false},
	// a FAQ answer that opens with "No."
	{"en FAQ answer No, template on the phone", "A. No. The palm template is kept only on the member's phone and never reaches our servers.", false},
	{"en FAQ answer No, only on the card", "No, the fingerprint template is held only on the employee's smart card.", false},
	{"fr FAQ réponse Non", "Non. Le gabarit de l'empreinte digitale reste uniquement dans la puce du badge.", false},
	{"en FAQ question and answer label", "**Q. Is voice data recorded?**\nA. No. Calls are routed, not recorded.", false},
	{"en no other special category", "No other special category of personal data is processed under this Addendum.", false},
	// kept only on the person's own device
	{"en template stays on the device", "The face template is stored only on the user's device and is never uploaded.", false},
	// near-misses: data named and then limited, not denied
	{"en biometric templates not used for other purposes", "Fingerprint templates are not used for any purpose other than opening the doors.", true},
	{"en health data not used outside the EU", "Medical records are not used outside the European Union.", true},
	{"en face templates stored in the data centre", "The face templates of season-pass holders are stored only in the Provider's data centre in Frankfurt.", true},
	{"en numbered item No. 4", "No. 4 Fingerprint templates of staff are processed for the time clock.", true},
	{"fr gabarits hébergés par le prestataire", "Les gabarits d'empreintes digitales sont hébergés par le Prestataire dans son centre de données.", true},
}

func TestSpecialProfile9c(t *testing.T) { checkProfile(t, special9cCases, specialOf) }

var migration9cCases = []profileCase{
	// software moved to its next version is an upgrade, whatever the wording
	{"fr migration vers sa version 6", "En 2027, l'Éditeur assure la migration du logiciel de réservation vers sa version 6.", false},
	{"en migration of the app to its version 3", "During the first year the Contractor migrates the booking app to its version 3.", false},
	{"en migration to v4", "The migration of the portal to v4 is included in the maintenance fee.", false},
	// vehicles, bikes or lamps are no data
	{"fr migration de la flotte vers des vélos électriques", "La migration du parc vers des vélos électriques ne modifie pas le présent accord.", false},
	{"en fleet migrated to electric buses", "The migration of the Operator's fleet to electric buses does not change this Schedule.", false},
	{"en street lighting to LED", "The migration of the street lighting to LED is a separate works contract.", false},
	// a migration with no personal data in it
	{"en knowledge transfer, no personal data moved", "Service Transition means the period in which the Client's procedures are handed over by training; no Client Personal Data is transferred or copied during Service Transition migration.", false},
	{"fr aucune donnée transférée", "Aucune donnée personnelle n'est transférée lors de la migration des processus, qui se fait par formation des équipes.", false},
	// a dataset extracted and delivered; an onboarding transfer, one side extracting
	// and the other importing
	{"en extract and deliver the dataset", "The Contractor shall extract the cohort dataset and deliver it to the University's secure research environment.", true},
	{"en extraction procedure annex", "Annex C sets out the data specification and extraction procedure.", true},
	{"en staging files of an extraction", "Staging files created for each extraction are deleted within seven days.", true},
	{"en lender extracts, agency imports", "At go-live the Bank will extract the assigned accounts from its core system and the Servicer will import them.", true},
	{"en onboarding data transfer", "Onboarding data transfer: the account files are delivered by SFTP and loaded by the Servicer.", true},
	{"en import job rejects unknown fields", "Fields not in the specification are rejected by the Servicer's import job.", true},
	{"fr jeu de données extrait et livré", "Le Prestataire extrait le jeu de données de l'enquête et le livre à l'environnement sécurisé de l'Université.", true},
	// near-misses: a data subject's file extracted on request; the customer's own
	// export; an import ban
	{"en extract an applicant's file on request", "We can extract an applicant's file if they ask for a copy of their data.", false},
	{"en customer export at any time", "The Customer may export its dataset at any time from the dashboard.", false},
	{"en export control laws", "Each party shall comply with applicable import and export control laws.", false},
}

func TestMigrationProfile9c(t *testing.T) { checkProfile(t, migration9cCases, migrationOf) }
