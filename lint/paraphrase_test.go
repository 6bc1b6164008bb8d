package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// TestParaphrases checks clauses drafted the way vendors, law firms and the CNIL
// template write them, in English and French, none taken from the corpus.
func TestParaphrases(t *testing.T) {
	cases := []struct {
		id, src string
		want    diag.Status
	}{
		{"subject-matter", "## Annex 1 - Details of processing\n\n**Subject matter:** the provision of the HR software platform to the Customer.", diag.Present},
		{"duration", "**Duration:** for the term of the Main Agreement and until all Customer Data has been deleted.", diag.Present},
		{"nature", "**Nature of the processing:** hosting, storage, backup and technical support.", diag.Present},
		{"purpose", "**Purpose:** to provide the HR platform and related support services to the Customer.", diag.Present},
		{"data-types", "**Types of personal data:** name, work e-mail address, job title, salary.", diag.Present},
		{"data-subjects", "**Categories of data subjects:** the Customer's employees and contractors.", diag.Present},
		{"confidentiality", "We require everyone who can access Customer Data to sign a confidentiality agreement.", diag.Present},
		{"confidentiality", "Le Prestataire s'assure que ses salariés sont soumis à une obligation de confidentialité.", diag.Present},
		{"instructions", "We will only process Customer Data on your documented instructions, including with regard to transfers to a third country.", diag.Present},
		{"instructions", "Le Prestataire ne traite les données que sur instruction documentée du Client, y compris pour les transferts vers un pays tiers.", diag.Present},
		{"legal-requirement-notice", "If we are legally required to process Customer Data otherwise, we will tell you before we do so, unless the law prohibits this.", diag.Present},
		{"infringing-instruction", "We will immediately tell you if we think an instruction from you breaches the GDPR.", diag.Present},
		{"infringing-instruction", "Le Prestataire informe immédiatement le Client si, selon lui, une instruction constitue une violation du RGPD.", diag.Present},
		{"breach-notification", "We will notify you without undue delay, and in any case within 24 hours, after becoming aware of a Personal Data Breach.", diag.Present},
		{"breach-notification", "Le Prestataire notifie au Client toute violation de données personnelles dans les 24 heures.", diag.Present},
		{"deletion-return", "When the Agreement ends, we will, at your choice, return all Customer Data to you or delete it, and delete all copies within 30 days.", diag.Present},
		{"deletion-return", "À la fin du contrat, le Prestataire restitue les données au Client ou les détruit, au choix du Client, et supprime toutes les copies.", diag.Present},
		{"audits", "You (or an independent auditor you appoint) may audit our compliance with this DPA, including by on-site inspections, and we will provide all information needed to demonstrate compliance.", diag.Present},
		{"audits", "Le Client peut réaliser, ou faire réaliser par un auditeur indépendant qu'il mandate, des audits, y compris des inspections sur site; le Prestataire met à disposition toutes les informations nécessaires pour démontrer le respect de ses obligations.", diag.Present},
		{"subprocessor-authorisation", "## Sub-processors\n\nYou give us general authorisation to use sub-processors. We will tell you at least 30 days before adding or replacing a sub-processor, and you may object to the change.", diag.Present},
		{"subprocessor-authorisation", "## Sous-traitance ultérieure\n\nLe Client autorise de manière générale le Prestataire à recourir à des sous-traitants ultérieurs. Le Prestataire informe le Client au moins 30 jours à l'avance de tout ajout ou remplacement, et le Client peut s'y opposer.", diag.Present},
		{"subprocessor-flowdown", "We will impose on each sub-processor, by written contract, data protection obligations no less protective than this DPA, and we remain fully liable to you for its performance.", diag.Present},
		{"subprocessor-flowdown", "Le Prestataire impose à chaque sous-traitant ultérieur, par contrat écrit, les mêmes obligations en matière de protection des données, et demeure pleinement responsable devant le Client de l'exécution de ses obligations.", diag.Present},
		{"data-subject-rights", "We will help you respond to requests from individuals exercising their data protection rights.", diag.Present},
		{"data-subject-rights", "Le Prestataire aide le Client à répondre aux demandes d'exercice des droits des personnes concernées.", diag.Present},
		{"assist-compliance", "We will assist you with your obligations under Articles 32 to 36 GDPR, including data protection impact assessments and prior consultations.", diag.Present},
		{"transfers", "We will not transfer Customer Data outside the EEA unless the transfer is covered by an adequacy decision or the EU Standard Contractual Clauses.", diag.Present},
		{"transfers", "Aucun transfert hors de l'Union européenne n'est effectué sans garanties appropriées, telles que les clauses contractuelles types de la Commission.", diag.Present},
		{"subprocessor-list", "Our current sub-processors are listed at https://example.com/subprocessors.", diag.Present},
		{"breach-details", "The notice will describe the nature of the breach, the categories and approximate number of data subjects and records concerned, its likely consequences, the measures taken or proposed, and a contact point.", diag.Present},
		{"controller-rights", "You are responsible for the lawfulness of the processing and for giving us lawful instructions. You may audit us and object to new sub-processors.", diag.Present},
		{"security", "We implement the technical and organisational measures described in Annex 2, which include encryption of data at rest and in transit, multi-factor authentication and daily encrypted backups.", diag.Present},
	}
	for _, c := range cases {
		f := status(t, c.src, c.id, Options{Special: On, Migration: On})
		if f.Status != c.want {
			t.Errorf("%s: got %s (%s) for %q", c.id, f.Status, f.Reason, c.src[:60])
		}
	}
}
