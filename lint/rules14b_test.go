package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Article 28(3)(f) help reaches four duties: security (Article 32), breach
// notification (33-34), impact assessment (35) and prior consultation (36).
// Help with only some of them, or with the controller's obligations at large,
// is the clause in a narrower form: weak, not missing. Near-misses: help with
// data subjects' requests only, and « aide » as a noun.
var assistReachCases = []snippet{
	{"assist-compliance", "en security and breaches only", "## Assistance\n\nThe Supplier shall help the Customer keep the processing secure and report personal data breaches to the regulator.", Options{}, diag.Weak},
	{"assist-compliance", "en obligations at large", "## Help\n\nThe Vendor assists the Client in meeting its obligations under the GDPR, for example when the Client answers a data subject.", Options{}, diag.Weak},
	{"assist-compliance", "fr sécurité et violations seulement", "## Assistance\n\nLe Prestataire aide le Client à assurer la sécurité du traitement et à notifier les violations de données à l'autorité.", Options{}, diag.Weak},
	{"assist-compliance", "fr en-tête de liste", "## Assistance\n\nAssistance au Client pour la sécurité des données et l'exercice des droits.", Options{}, diag.Weak},
	{"assist-compliance", "fr évaluation d'impact sans la sécurité", "## Analyses\n\nLe Prestataire aidera le Client à mener les évaluations d'impact sur la protection des données et la consultation de l'autorité de contrôle.", Options{}, diag.Weak},
	{"assist-compliance", "en all four duties", "## Assistance\n\nThe Processor shall assist the Controller with the security of processing, the notification of personal data breaches, data protection impact assessments and prior consultations with the supervisory authority.", Options{}, diag.Present},
	{"assist-compliance", "fr articles 32 à 36", "## Assistance\n\nLe Prestataire aide le Client à garantir le respect des obligations prévues aux articles 32 à 36 du RGPD, compte tenu de la nature du traitement.", Options{}, diag.Present},
	// near-misses
	{"assist-compliance", "en data subjects' requests only", "## Requests\n\nThe Supplier helps the Customer answer the requests it receives from data subjects.", Options{}, diag.Missing},
	{"assist-compliance", "fr « aide » nom", "## Finalités\n\nInstruction des demandes d'aide sociale et échanges avec la caisse de sécurité sociale.", Options{}, diag.Missing},
}

func TestAssistComplianceReach(t *testing.T) { checkSnippets(t, assistReachCases) }

// Article 28(3)(h): the controller's own right to audit is itself the way it
// obtains what demonstrates compliance; reports at the controller's option or
// first in line leave the audit whole; the processor's option to answer an
// audit with its own documents, or to refuse audits at its own judgement,
// narrows it.
var auditShapeCases = []snippet{
	{"audits", "en the controller may audit", "## Audits\n\nThe Customer may audit the Supplier's compliance with this Agreement once a year on thirty days' notice, by itself or through an independent auditor.", Options{}, diag.Present},
	{"audits", "fr le client peut auditer", "## Audits\n\nLe Client peut auditer le Prestataire une fois par an, lui-même ou par un auditeur indépendant, avec un préavis de trente jours.", Options{}, diag.Present},
	{"audits", "en reports at the controller's option", "## Audits\n\nThe Supplier makes available all information necessary to demonstrate compliance and allows for audits, including inspections, by the Customer or an auditor it mandates. The Customer may rely on the Supplier's ISO 27001 certificate where it considers that sufficient, but is not required to.", Options{}, diag.Present},
	{"audits", "en the processor answers audits with documents", "## Audits\n\nThe Customer may audit the Supplier's compliance once a year. The Supplier may satisfy audit requests by providing its latest SOC 2 report.", Options{}, diag.Weak},
	{"audits", "en the processor may refuse audits", "## Audits\n\nThe Customer may audit the Supplier once a year and the Supplier provides the information needed to demonstrate compliance. The Supplier may refuse any audit which, in its sole opinion, could harm its other customers.", Options{}, diag.Weak},
	{"audits", "fr le prestataire peut refuser", "## Audits\n\nLe Client peut auditer le Prestataire une fois par an et le Prestataire fournit toute information nécessaire pour démontrer sa conformité. Le Prestataire peut refuser tout audit qui, selon sa seule appréciation, nuirait à ses autres clients.", Options{}, diag.Weak},
	// near-misses
	{"audits", "en a report on request is no audit right", "## Audits\n\nOn request, the Supplier shall send the Customer a copy of its latest ISO 27001 audit report.", Options{}, diag.Weak},
	{"audits", "en the processor audits its sub-processors", "## Audits\n\nThe Supplier may audit its sub-processors once a year.", Options{}, diag.Weak},
	{"audits", "en a bare audit right without its terms", "## Audits\n\nThe Client may audit us.", Options{}, diag.Weak},
	{"audits", "en ISO 27001 premises are no audit", "## Hosting\n\nThe platform runs in ISO 27001 certified data centres in Ireland.", Options{}, diag.Missing},
	{"audits", "en the statutory audit of the accounts", "## Accounts\n\nThe Contractor answers the questions of the Company's external auditors during the statutory audit of the accounts.", Options{}, diag.Missing},
	{"audits", "fr l'audit technique d'une caisse", "## Maintenance\n\nLe Mainteneur réalise chaque année un audit technique de chaque caisse et remet un compte rendu au Magasin.", Options{}, diag.Missing},
	{"audits", "fr ce n'est pas un droit d'audit", "## Journal\n\nLe journal technique reste dans la caisse six ans ; il ne constitue pas un droit d'audit du Client.", Options{}, diag.Missing},
}

func TestAuditShapes(t *testing.T) { checkSnippets(t, auditShapeCases) }

// Article 28(3)(a): a notice of a binding request for the data (a court, an
// authority) is the legal-requirement notice in a narrower case: weak, not
// missing. An instruction may be called a direction or a consigne. The
// definition of the term "controller" grants the controller no right.
var controllerSideCases = []snippet{
	{"legal-requirement-notice", "en notice of a binding request", "The Supplier will inform the Customer of any legally binding request for disclosure of the data, unless the law forbids it.", Options{}, diag.Weak},
	{"legal-requirement-notice", "fr réquisition judiciaire", "Le Prestataire informe le Client de toute réquisition judiciaire portant sur les données, sauf interdiction légale.", Options{}, diag.Weak},
	{"legal-requirement-notice", "en near-miss: a data subject's request", "The Supplier will inform the Customer of any request it receives from a data subject.", Options{}, diag.Missing},
	{"infringing-instruction", "en a direction", "If the Supplier considers that a direction of the Customer breaches the GDPR, it shall inform the Customer immediately.", Options{}, diag.Present},
	{"infringing-instruction", "fr une consigne", "Si le Prestataire estime qu'une consigne du Client enfreint le RGPD, il en informe immédiatement le Client.", Options{}, diag.Present},
	{"infringing-instruction", "fr near-miss: la direction", "Le Prestataire informe la direction du Client de toute violation de données.", Options{}, diag.Missing},
	{"controller-rights", "en the definition of controller", "## Definitions\n\n\"Controller\" means the Customer, which determines the purposes and means of the processing.\n\n## Customer\n\nThe Customer shall ensure that its instructions comply with the GDPR.", Options{}, diag.Weak},
	{"controller-rights", "fr la définition du responsable", "## Définitions\n\nResponsable de traitement : la personne morale qui détermine les finalités et les moyens du traitement.\n\n## Client\n\nLe Client garantit la licéité du traitement.", Options{}, diag.Weak},
	{"controller-rights", "en near-miss: a stated right", "## Customer\n\nThe Customer determines the purposes and means of the processing and may audit the Supplier at any time.", Options{}, diag.Present},
	{"controller-rights", "en near-miss: not a definition", "## Customer\n\nThe Customer alone determines the purposes and means of the processing.", Options{}, diag.Present},
}

func TestControllerSideShapes(t *testing.T) { checkSnippets(t, controllerSideCases) }

// Article 28(3)(a): the controller's "directions" or « consignes » are its
// instructions by another name. Without the rest of the clause (only on
// them, transfers) they make it weak, not missing. Near-misses: directions to
// a place, and « consignes » of safety that are nobody's instructions.
var instructionNameCases = []snippet{
	{"instructions", "en directions of the controller", "The Supplier processes the personal data on the documented directions of the Customer.", Options{}, diag.Weak},
	{"instructions", "fr consignes écrites", "L'Intervenant n'utilise les fichiers que pour faire la migration, sur les consignes écrites du bureau de l'Association.", Options{}, diag.Weak},
	{"instructions", "fr fiche de consignes", "Le Prestataire traite les appels pour le compte du Client et conformément à la fiche de consignes remplie par le Client.", Options{}, diag.Weak},
	// near-misses
	{"instructions", "en directions to the site", "The Supplier sends the Customer directions to its data centre for the yearly visit.", Options{}, diag.Missing},
	{"instructions", "fr consignes de sécurité du bâtiment", "Les consignes de sécurité incendie sont affichées dans le hall.", Options{}, diag.Missing},
}

func TestInstructionsOtherNames(t *testing.T) { checkSnippets(t, instructionNameCases) }

// Article 28(3)(a) in the words of German and French drafting: the processor
// "communicates these legal requirements" before the processing, « en informe
// ... avant la communication », the duty imposed by a regulation.
// Near-miss: communicating the data to the controller is no notice of a law.
var legalNoticeWordsCases = []snippet{
	{"legal-requirement-notice", "en communicate these legal requirements", "If the Contractor is obliged by the law of the Union or of a Member State to which it is subject to process the data further, it communicates these legal requirements to the Client before the processing, unless that law forbids it.", Options{}, diag.Present},
	{"legal-requirement-notice", "fr avant la communication, réglementation", "Lorsque la réglementation vétérinaire oblige le Laboratoire à transmettre un résultat à l'autorité, il en informe le Cabinet avant la communication, sauf si la loi l'interdit.", Options{}, diag.Present},
	{"legal-requirement-notice", "en near-miss: communicating the data", "The Contractor communicates the test results to the Client within two days.", Options{}, diag.Missing},
}

func TestLegalNoticeWords(t *testing.T) { checkSnippets(t, legalNoticeWordsCases) }
