package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 8 (engine8b): obligations (a)-(h) and transfers, generalised from the
// disagreements on blind7. Each concept has wordings of our own in several
// drafting styles (UK public-sector schedules, vendor terms, infinitive lists of
// French undertakings, plain-ASCII French) and near-misses that must not pass.
var rules8bCases = plainSnippets([]struct {
	id, name, src string
	want          diag.Status
}{
	// transfers: a flat ban names the places it keeps the data in, the United
	// Kingdom included; an infinitive in a list of undertakings ("ne transférer
	// aucune donnée hors de l'UE ;") is a ban too.
	{"transfers", "en ban outside uk and eea", "The Contractor shall not transfer Personal Data outside the United Kingdom and the European Economic Area.", diag.Present},
	{"transfers", "en ban outside eea or uk", "Personal Data must not be transferred outside the European Economic Area or the United Kingdom.", diag.Present},
	{"transfers", "en ban outside the uk", "The Supplier will not process or store any Personal Data outside the United Kingdom.", diag.Present},
	{"transfers", "fr infinitif hors ue", "Le Prestataire s'engage à :\n\n- ne transférer aucune Donnée hors de l'Union européenne ;\n- ne conserver aucune copie après la fin de la mission.", diag.Present},
	{"transfers", "fr infinitif hors eee", "Le Titulaire s'engage à ne communiquer aucune donnée en dehors de l'Espace économique européen ;", diag.Present},
	{"transfers", "en ban with exception near-miss", "The Supplier shall not transfer Personal Data outside the United Kingdom except to its affiliates in India.", diag.Weak},
	// transfers at the processor's own judgement are not on the controller's
	// instructions
	{"transfers", "en where it considers safeguards", "The Supplier may use service providers outside the European Economic Area where it considers that appropriate safeguards are in place.", diag.Weak},
	{"transfers", "en if it deems adequate", "The Vendor may transfer Personal Data to third countries if it deems the protection there adequate.", diag.Weak},
	{"transfers", "en at its discretion", "We may transfer your data outside the EEA at our discretion, using standard contractual clauses.", diag.Weak},
	{"transfers", "fr s'il estime", "Le Prestataire peut transférer des données hors de l'Union européenne s'il estime que des garanties appropriées existent.", diag.Weak},
	{"transfers", "fr lorsqu'il juge", "Nous pouvons recourir à des prestataires situés hors de l'EEE lorsque nous jugeons les garanties suffisantes.", diag.Weak},
	{"transfers", "en sccs on instruction near-miss", "The Supplier transfers Personal Data outside the EEA only on the Customer's documented instructions and under the standard contractual clauses of Commission Decision 2021/914, Module 2, which are attached to this Agreement.", diag.Present},

	// instructions: Article 28(3)(a) extends the instructions to transfers to third
	// countries; a contract that leaves transfers to the processor's own judgement
	// takes that limb away.
	{"instructions", "en transfers where it considers", "The Supplier will process Client Personal Data only in accordance with the Client's instructions.\n\nThe Supplier may use service providers outside the European Economic Area where it considers that appropriate safeguards are in place.", diag.Weak},
	{"instructions", "en third countries at its discretion", "The Vendor processes Customer Data only on the Customer's documented instructions. The Vendor may transfer Customer Data to third countries at its sole discretion.", diag.Weak},
	{"instructions", "fr monde entier garanties", "Le Prestataire traite les données sur instructions écrites du Client. Il peut recourir à des prestataires situés dans le monde entier, sous réserve de garanties appropriées.", diag.Weak},
	{"instructions", "fr hors ue s'il estime", "Le Prestataire ne traite les données que sur instruction documentée du Client. Il peut les transférer hors de l'Union européenne s'il estime les garanties suffisantes.", diag.Weak},
	{"instructions", "en transfers on instruction near-miss", "The Supplier processes the data only on the Customer's documented instructions, including with regard to transfers to a third country, where the Customer considers that appropriate safeguards are in place.", diag.Present},
	{"instructions", "en considers unrelated near-miss", "The Supplier processes the data only on the Customer's documented instructions.\n\nThe Supplier stores the data only in the EEA. It will inform the Customer if it considers that an instruction infringes the GDPR.", diag.Present},

	{"instructions", "en follow the settings", "We use member data only to provide the app to you and we follow the settings your administrators choose in the app.", diag.Weak},
	{"instructions", "en apply the configuration", "The Provider applies the configuration the Customer selects in the console and processes the data only on the Customer's documented instructions, including with regard to transfers to third countries.", diag.Present},
	{"instructions", "en settings near-miss", "The app's default settings send reminders every week.", diag.Missing},
	{"transfers", "en hosted in two eea countries", "2.3 The Services are hosted by the Contractor in data centres in Finland and Sweden.", diag.Weak},
	{"transfers", "en stored in ireland", "Customer Data is stored on servers located in Ireland.", diag.Weak},
	{"transfers", "en hosted only in the eu near-miss", "Customer Data is stored exclusively in the European Union.", diag.Present},

	{"transfers", "en ban nor allow access", "The Processor shall not transfer the data to countries outside the European Economic Area nor allow access to them from such countries.", diag.Present},
	{"transfers", "fr ni rendue accessible depuis", "Aucune donnée n'est transférée ni rendue accessible, y compris pour l'administration à distance, depuis un pays situé hors de l'Union européenne.", diag.Present},
	{"transfers", "en ban or allow sale near-miss", "The Processor shall not transfer the data outside the European Economic Area or sell it, except to its group companies in the United States.", diag.Weak},

	// subprocessor-authorisation: "prior specific written consent" is a specific
	// regime, whatever the order of the adjectives.
	{"subprocessor-authorisation", "en prior specific written consent", "The Supplier shall not engage any Subprocessor without the prior specific written consent of the Authority.", diag.Present},
	{"subprocessor-authorisation", "en specific prior consent", "The Processor will not appoint a sub-processor without the specific prior written approval of the Controller.", diag.Present},
	{"subprocessor-authorisation", "en express separate consent", "No sub-processor may be used without the Client's express and separate written consent.", diag.Present},
	{"subprocessor-authorisation", "en general written consent near-miss", "The Supplier shall not engage any Subprocessor without the prior general written authorisation of the Authority.", diag.Weak},
	// French undertakings in the infinitive, with a long incise before "sans"
	{"subprocessor-authorisation", "fr infinitif avec incise", "Le Prestataire s'engage à ne recourir à aucun sous-traitant ultérieur, y compris à un travailleur indépendant ou à une société du groupe, sans l'accord écrit et préalable du Client ;", diag.Present},
	{"subprocessor-authorisation", "fr confie tout ou partie du traitement", "Le Fournisseur ne confie tout ou partie du traitement à un tiers qu'avec l'autorisation écrite préalable du Laboratoire.", diag.Present},
	{"subprocessor-authorisation", "fr listés que le client autorise", "Le Prestataire ne recourt qu'aux sous-traitants ultérieurs listés en annexe, que le Client autorise. Il informe le Client par écrit de tout changement envisagé un mois à l'avance ; le Client peut s'y opposer.", diag.Present},
	{"subprocessor-authorisation", "en listed which the customer approves", "The Supplier uses only the sub-processors listed in Annex 3, which the Customer approves. It gives the Customer thirty days' notice of any change, and the Customer may object.", diag.Present},
	// a processor that picks its providers itself has addressed sub-processing, weakly
	{"subprocessor-authorisation", "fr prestataires de son choix", "Le Mandataire peut faire appel aux prestataires techniques de son choix pour l'hébergement et l'envoi des courriels.", diag.Weak},
	{"subprocessor-authorisation", "en providers of its choosing", "The Agent may rely on the technical providers of its choosing for hosting and e-mail delivery.", diag.Weak},
	{"subprocessor-authorisation", "fr appel aux équipes near-miss", "Le Mandataire fait appel aux équipes de son service comptable pour établir les appels de fonds.", diag.Missing},

	{"subprocessor-authorisation", "en except those listed, tacit", "The Processor may not subcontract any of the services, except those listed in Annex III. To subcontract another company, the Processor must notify the Hospital in writing one month in advance, identifying the subcontractor. The subcontracting may be made only if the Hospital does not express its opposition within that period.\n\n## Annex III\n\nNone at signature.", diag.Present},
	{"subprocessor-authorisation", "en other than approved, tacit", "The Contractor shall not engage sub-processors other than the sub-processors approved in Schedule 2. It shall give the Council 30 days' written notice of any new sub-processor, which it may appoint only if the Council does not object within that period.\n\n## Schedule 2\n\nHostco Ltd (hosting, Dublin).", diag.Present},
	{"subprocessor-authorisation", "en except where required near-miss", "The Processor shall not use any sub-processor except where required by law, and shall notify the Customer of it.", diag.Weak},

	// subprocessor-list: the list kept at a web address
	{"subprocessor-list", "fr liste consultable à l'adresse", "Le Mandataire peut faire appel à des sous-traitants ultérieurs. La liste à jour est consultable à l'adresse https://www.exemple.fr/sous-traitants.", diag.Present},
	{"subprocessor-list", "fr leur liste figure à l'adresse", "Vous nous autorisez à recourir à des sous-traitants ultérieurs. Leur liste figure à l'adresse www.exemple.fr/sous-traitants ; nous la mettons à jour.", diag.Present},
	{"subprocessor-list", "en list can be found at", "We use sub-processors to host and support the service. Their current list can be found at https://example.com/subprocessors.", diag.Present},
	{"subprocessor-list", "en list published on page", "The Vendor engages sub-processors. The up-to-date list is published on its trust page at trust.example.com.", diag.Present},
	{"subprocessor-list", "fr est autorisée à la signature", "Le Fournisseur ne confie le traitement à un tiers qu'avec l'autorisation écrite préalable du Laboratoire. Est autorisée à la signature : Rackhaus SA, Lausanne, pour l'hébergement des serveurs.", diag.Present},
	{"subprocessor-list", "fr liste des tarifs near-miss", "Le Prestataire peut recourir à des sous-traitants ultérieurs avec l'accord du Client. La liste des tarifs est consultable à l'adresse https://www.exemple.fr/tarifs.", diag.Missing},

	// subprocessor-flowdown: "bound by appropriate terms" addresses the flow-down
	// (weak: not the same obligations); "impose au tiers les obligations du présent
	// contrat" is the flow-down in full. "Responsable du traitement" is the
	// controller, not the processor's liability.
	{"subprocessor-flowdown", "en bound by appropriate terms", "The Client agrees that the Supplier may use third-party hosting and support providers. The Supplier will ensure those providers are bound by appropriate data protection terms.", diag.Weak},
	{"subprocessor-flowdown", "en subject to suitable contractual terms", "Our hosting and e-mail vendors are subject to suitable contractual terms on data protection.", diag.Weak},
	{"subprocessor-flowdown", "fr impose au tiers les obligations", "Le Fournisseur ne confie le traitement à un tiers qu'avec l'accord du Laboratoire. Il impose au tiers les obligations du présent contrat et répond de lui envers le Laboratoire comme de ses propres actes.", diag.Present},
	{"subprocessor-flowdown", "fr impose aux prestataires équivalentes sans responsabilité", "## Article 4\n\nLe Mandant reste seul responsable du traitement.\n\nLe Mandataire peut faire appel à des prestataires techniques. Le Mandataire impose à ces prestataires des obligations de protection des données équivalentes à celles de la présente convention.", diag.Weak},
	{"subprocessor-flowdown", "fr demeure pleinement responsable", "Le Prestataire impose au sous-traitant ultérieur les mêmes obligations que celles du présent contrat. Il demeure pleinement responsable devant le Client de l'exécution de ses obligations par le sous-traitant ultérieur.", diag.Present},
	{"subprocessor-flowdown", "fr répond entièrement de lui", "L'Éditeur impose au sous-traitant ultérieur les mêmes obligations que celles du présent avenant et répond entièrement de lui envers le Club.", diag.Present},
	{"subprocessor-flowdown", "en answers for it near-miss", "The Processor imposes on each sub-processor the same obligations as in this Addendum.", diag.Weak},
	{"subprocessor-flowdown", "fr reste responsable envers", "Le Prestataire impose aux sous-traitants ultérieurs des obligations identiques et reste responsable envers le Client de leurs manquements.", diag.Present},

	// breach-notification: a breach by a defined name ("Data Loss Event")
	{"breach-notification", "en data loss event", "The Supplier shall notify the Authority without undue delay, and in any event within 24 hours, on becoming aware of a Data Loss Event.", diag.Present},
	{"breach-notification", "en security event", "The Processor shall inform the Controller of any Security Event affecting Customer Data without undue delay.", diag.Present},
	{"breach-notification", "en loss of personal data", "The Contractor will tell the Council immediately of any loss of, or unauthorised access to, Personal Data.", diag.Present},
	{"breach-notification", "fr perte de données", "Le Prestataire informe le Client sans délai de toute perte ou altération de données personnelles.", diag.Present},
	{"breach-notification", "en loss event of goods near-miss", "The Carrier shall notify the Shipper without delay of any loss of goods in transit.", diag.Missing},

	// security: measures that meet Article 32's requirements take on its standard
	{"security", "en meet the requirements of art 32", "The Supplier shall put in place Protective Measures which meet the requirements of Article 32 of the UK GDPR.", diag.Present},
	{"security", "en comply with art 32", "The Processor implements technical and organisational measures that comply with Article 32 GDPR.", diag.Present},
	{"security", "fr conformes aux exigences de l'article 32", "Le Titulaire met en œuvre des mesures de sécurité conformes aux exigences de l'article 32 du RGPD.", diag.Present},
	{"security", "fr satisfont à l'article 32", "Les mesures techniques et organisationnelles du Prestataire satisfont aux exigences de l'article 32 du RGPD.", diag.Present},
	{"security", "en measures reviewed which meet art 32", "The Supplier shall put in place Protective Measures to protect against a Data Loss Event, which the Authority has reviewed and which meet the requirements of Article 32 of the UK GDPR.", diag.Present},
	{"security", "en assist with art 32 near-miss", "The Processor shall assist the Controller in meeting the requirements of Article 32 GDPR.", diag.Missing},

	// audits: an audit log, history or trail is a product feature; a report that
	// stands in for audits that are expressly not offered is weak
	{"audits", "en audit history near-miss", "Each property record shows an audit history of viewings, offers and price changes.", diag.Missing},
	{"audits", "fr journal d'audit near-miss", "Le Prestataire tient un journal d'audit des fichiers reçus et des documents livrés.", diag.Missing},
	{"audits", "en no on-site audit is available", "On written request once a year, we will provide you with our most recent SOC 2 Type II report. That report is how we demonstrate compliance; no on-site audit is available.", diag.Weak},
	{"audits", "en inspections are not permitted", "The Vendor shall make available its ISO 27001 certificate and answer reasonable questions. On-site inspections are not permitted.", diag.Weak},
	{"audits", "en we do not offer audits", "We share our penetration-test summary on request. We do not offer customer audits of our premises.", diag.Weak},
	{"audits", "fr aucun audit sur site", "Le Prestataire transmet sur demande son rapport SOC 2 ; aucun audit sur site n'est possible.", diag.Weak},
	{"audits", "fr certificat iso/iec tient lieu", "Le Mandataire communique au Mandant, sur demande, une copie de son certificat ISO/IEC 27001 en cours de validité, qui tient lieu de justification du respect de la présente convention.", diag.Weak},
	{"audits", "en on-site audit allowed near-miss", "The Customer or its auditor may carry out an on-site audit once a year on 30 days' notice, and the Supplier shall provide all information necessary to demonstrate compliance.", diag.Present},

	// legal-requirement-notice: the legal obligation that would impose other
	// processing, in the infinitive list of a French model clause
	{"legal-requirement-notice", "fr obligation légale qui imposerait", "Le Prestataire s'engage à informer le Client, avant tout traitement, de l'obligation légale qui lui imposerait de traiter les Données autrement, sauf si la loi lui interdit cette information pour des motifs importants d'intérêt public ;", diag.Present},
	{"legal-requirement-notice", "fr texte qui l'obligerait", "Si un texte légal l'obligeait à traiter les données autrement, le Prestataire en informe le Client avant le traitement, sauf interdiction légale.", diag.Present},

	// confidentiality: the people named by their trade, bound by an undertaking
	{"confidentiality", "fr chaque dactylographe", "Le Prestataire s'engage à faire signer à chaque dactylographe un engagement de confidentialité.", diag.Present},
	{"confidentiality", "en each transcriber signs", "The Supplier shall have each transcriber sign a confidentiality undertaking before working on the files.", diag.Present},
	{"confidentiality", "fr chaque traducteur est tenu", "Chaque traducteur intervenant sur les dossiers est tenu au secret professionnel.", diag.Present},
	{"confidentiality", "fr dactylographe sans confidentialité near-miss", "Le Prestataire forme chaque dactylographe aux règles de mise en page du Cabinet.", diag.Missing},
	// an amendment that keeps the staff-confidentiality article of the main contract
	// without restating it refers to the duty, it does not include it
	{"confidentiality", "fr article inchangé", "L'article 4 du Contrat (Confidentialité du personnel de l'Éditeur) demeure inchangé et s'applique au module médical.", diag.Weak},
	{"confidentiality", "en clause remains unchanged", "Clause 6 of the Agreement (Confidentiality of Supplier Personnel) remains unchanged and applies to the new module.", diag.Weak},

	// data-subject-rights: rights named by their articles, in French
	{"data-subject-rights", "fr articles 15 à 22 aide", "Lorsqu'un copropriétaire exerce auprès du Mandataire l'un des droits prévus par les articles 15 à 22 du RGPD, le Mandataire transmet la demande au Mandant sans délai et l'aide à y répondre.", diag.Present},
	{"data-subject-rights", "fr exerce l'un de ses droits", "Si un adhérent exerce auprès du Prestataire l'un de ses droits, le Prestataire aide l'Association à lui répondre.", diag.Present},
	{"data-subject-rights", "fr transmet seulement near-miss", "Lorsqu'un copropriétaire exerce l'un des droits prévus par les articles 15 à 22 du RGPD, le Mandataire se borne à transmettre la demande au Mandant.", diag.Weak},

	// deletion-return: the processor hands back part of the records, then may
	// delete the rest under its own policy; an export window then "may delete"
	{"deletion-return", "fr remet puis pourra supprimer", "À l'expiration du mandat, le Mandataire remet au Mandant les procès-verbaux et feuilles de présence. Il pourra ensuite supprimer les autres données conformément à sa politique de conservation.", diag.Weak},
	{"deletion-return", "en export window then may delete", "When the licence ends, the Provider will make a full export of the data available for thirty days. After that period the Provider may delete the data from the platform.", diag.Weak},
	{"deletion-return", "en possessive licence ends export then may delete", "When Reseller's licence for an End Customer ends, the Platform Provider will make a full export of that End Customer's data available for thirty (30) days. After that period the Platform Provider may delete the data.", diag.Weak},
	{"deletion-return", "en possessive term ends near-miss", "When the Customer's subscription ends, the Supplier will, at the Customer's choice, return the data or delete it and all copies within thirty days.", diag.Present},
	{"deletion-return", "fr après l'extraction éventuelle", "Au terme du contrat, et après l'extraction éventuelle, le Prestataire supprime les données et les sauvegardes du Client et en fournit une attestation.", diag.Present},
	{"deletion-return", "en after any export", "At the end of the Agreement, after any export the Customer requests, the Supplier deletes all Customer Data and copies and certifies the deletion.", diag.Present},
	{"deletion-return", "fr après la suppression near-miss", "Au terme du contrat, le Prestataire supprime les données ; aucune restitution n'est prévue.", diag.Weak},
	{"deletion-return", "en keep 12 months then delete", "After you cancel, we keep your data for 12 months in case you want to come back, and then delete it, unless we need to keep some of it for our own accounting.", diag.Weak},
	{"deletion-return", "fr remet puis supprime near-miss", "À l'expiration du contrat, le Prestataire remet au Client l'ensemble des données puis supprime toutes les copies dans un délai d'un mois.", diag.Present},
	// A business secrecy clause returns "Confidential Information", not the personal
	// data (an NDA, or the confidentiality clause of a DPA); the personal data named
	// beside it still counts.
	{"deletion-return", "en return or destroy confidential information near-miss", "When the evaluation ends, each party shall return or destroy the other party's Confidential Information, at the disclosing party's choice.", diag.Missing},
	{"deletion-return", "fr restituer les informations confidentielles near-miss", "À la fin des discussions, chaque partie restitue ou détruit les informations confidentielles de l'autre, au choix de celle-ci.", diag.Missing},
	{"deletion-return", "en personal data and confidential information", "On termination the Supplier shall, at the Customer's choice, return or destroy all Personal Data and Confidential Information of the Customer.", diag.Present},
	{"deletion-return", "fr données et informations confidentielles", "À la fin du contrat, le Prestataire restitue ou supprime, au choix du Client, les données personnelles et les informations confidentielles du Client.", diag.Present},
})

func TestRules8b(t *testing.T) { checkSnippets(t, rules8bCases) }
