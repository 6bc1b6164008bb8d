package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 10 (engine10b): obligations (a)-(h) and transfers, generalised. Each
// group names a concept in broad words (anyone who works with the data held to
// secrecy; a request from whoever the data is about; a translated name for a
// sub-processor; the measures given after a colon) and the near-misses it must
// not reach. Wordings are our own, unlike any labelled contract's.
var rules10bCases = plainSnippets([]struct {
	id, name, src string
	want          diag.Status
}{
	// confidentiality: whoever handles the data, held to secrecy, discretion or
	// a confidentiality instrument, in any words
	{"confidentiality", "en workforce member bound", "The Vendor ensures that each workforce member who can open client files has signed a written confidentiality pledge that outlasts their employment.", diag.Present},
	{"confidentiality", "en drivers and escorts sign", "Drivers and carers shall sign the Authority's secrecy declaration before their first shift.", diag.Present},
	{"confidentiality", "en bound to professional secrecy", "Our nurses and call handlers are bound by professional secrecy and by a duty of discretion written into their contracts.", diag.Present},
	{"confidentiality", "en guarantees confidentiality and persons committed", "The Contractor guarantees the confidentiality of the data and makes sure that the persons authorised to handle them have committed themselves to confidentiality.", diag.Present},
	{"confidentiality", "en everyone who handles", "Anyone on our side who handles your guest lists works under a signed non-disclosure undertaking.", diag.Present},
	{"confidentiality", "en team bound to secrecy", "Members of the support team are sworn to secrecy about anything they see in a customer's account.", diag.Present},
	{"confidentiality", "fr gestionnaire engagement", "Chaque conseiller signe, avant sa première connexion, un engagement de confidentialité qui survit à son départ.", diag.Present},
	{"confidentiality", "fr secret professionnel", "Les opérateurs du centre d'appels sont astreints au secret professionnel.", diag.Present},
	{"confidentiality", "fr obligation de discrétion", "Les membres de l'équipe ayant accès aux dossiers sont tenus à une obligation de discrétion, même après la fin de leur mission.", diag.Present},
	{"confidentiality", "fr accompagnateurs tenus", "Les chauffeurs et accompagnateurs sont tenus au secret sur tout ce qu'ils apprennent des élèves transportés.", diag.Present},
	{"confidentiality", "en processor keeps data confidential near-miss", "The Supplier shall keep the confidentiality of the data at all times.", diag.Missing},
	{"confidentiality", "en parties NDA near-miss", "The parties have signed a mutual non-disclosure agreement covering pricing and roadmaps.", diag.Missing},
	{"confidentiality", "en discreet staff near-miss", "Our staff are friendly, discreet and always on time.", diag.Missing},
	{"confidentiality", "fr informations confidentielles near-miss", "Chaque partie garde secrètes les informations confidentielles de l'autre partie.", diag.Missing},
	// data-subject-rights: a request from whoever the data is about, in any words;
	// the processor's help with the answer is the second part
	{"data-subject-rights", "en your members exercise rights", "When one of your members writes to us to exercise rights under data protection law, we send the message on to you the same week and help you reply.", diag.Present},
	{"data-subject-rights", "en requests from your tenants", "Requests from your tenants about their records come to you; we give you the tools to look them up, correct them and delete them.", diag.Present},
	{"data-subject-rights", "en people who want to see", "We help you answer people who want to see, fix or remove the information we hold about them.", diag.Present},
	{"data-subject-rights", "en assist respond to queries from patients", "The Supplier shall assist the Practice in responding to queries from its patients under Chapter III, at no extra charge.", diag.Present},
	{"data-subject-rights", "fr demande d'une personne concernée", "Le Prestataire transmet au Client sous cinq jours toute demande d'une personne concernée et l'aide à y répondre.", diag.Present},
	{"data-subject-rights", "fr répondre aux demandes des patients", "Sur demande, l'Éditeur aide le Cabinet à répondre aux demandes des patients et à réaliser son analyse d'impact.", diag.Present},
	{"data-subject-rights", "fr demandes de ses adhérents", "L'Association reçoit parfois des demandes de ses adhérents qui veulent consulter ou corriger leurs données ; le Prestataire l'assiste pour y répondre.", diag.Present},
	{"data-subject-rights", "en customer requests for quotes near-miss", "The Supplier answers requests from your customers for quotes and delivery dates within one working day.", diag.Missing},
	{"data-subject-rights", "en change requests near-miss", "The Client may submit change requests, and the Supplier will help estimate their cost.", diag.Missing},
	{"data-subject-rights", "fr demandes de devis near-miss", "Le Prestataire répond aux demandes de devis des clients dans un délai de deux jours.", diag.Missing},
	// security: the measures given after a colon or in an annex are the
	// commitment's standard; a question "how is the data protected?" labels
	// the answer below it
	{"security", "en measures after a colon", "We keep the booking data safe with these measures:\n\n- encryption of all traffic and of the database at rest;\n- two-factor login for every employee;\n- nightly backups held in a second data centre.", diag.Present},
	{"security", "en safeguards in schedule and any further", "The Supplier applies the safeguards in Schedule 3 and any further ones that Article 32 GDPR calls for.", diag.Present},
	{"security", "en question label", "Q. How is my data protected?\nA. Everything is encrypted in transit and at rest, staff sign in with two-factor authentication and every access to a record is logged.", diag.Present},
	{"security", "fr question label", "Q7. Comment vos données sont-elles protégées ?\nR. Elles sont chiffrées au repos et en transit, chaque accès est journalisé et les sauvegardes sont conservées dans un second centre.", diag.Present},
	{"security", "en question about collection near-miss", "Q. How is my data collected?\nA. Through the booking form on the website.", diag.Missing},
	{"security", "en bare appropriate measures weak", "The Supplier takes appropriate measures to protect the data.", diag.Weak},

	// breach-details: who and what is affected, in plain words; a blank in the
	// deadline belongs to breach-notification, not to the content of the notice
	{"breach-details", "en which members and records", "If a breach happens we will tell you what happened, which members and which records are affected, what it may mean for them and what we have done about it.", diag.Present},
	{"breach-details", "en who and what is affected", "Each breach notice sets out the nature of the incident, who and what is affected, its likely effects and the remedial steps taken.", diag.Present},
	{"breach-details", "fr personnes et données touchées", "Le Prestataire notifie toute violation en précisant sa nature, les personnes et les données touchées, ses conséquences probables et les mesures prises.", diag.Present},
	{"breach-details", "en blank deadline full content", "The Vendor informs the Customer of any personal data breach within [__] hours, stating the nature of the breach, the categories and approximate number of individuals and records concerned, its likely consequences and the measures taken.", diag.Present},
	{"breach-details", "en blank in the content weak", "The notice states the nature of the breach, [list further content] and the measures taken.", diag.Weak},
	{"breach-details", "en data concerned only weak", "The notice describes the nature of the breach, the data concerned, its likely consequences and the measures taken.", diag.Weak},

	// audits: records opened to the controller to check compliance are the
	// information part; a questionnaire answered as help with Articles 32-36 is
	// no audit
	{"audits", "en books and records to check compliance", "The Supplier opens its books, records and procedures to the Council so that it can check compliance, and the Council or an auditor it appoints may audit the Supplier once a year.", diag.Present},
	{"audits", "en policies available for verifying", "The Processor makes its policies, logs and records available to the Controller for the purpose of verifying compliance with this Agreement, and the Controller may carry out an audit on 30 days' notice.", diag.Present},
	{"audits", "fr tient à disposition registres", "Le Prestataire tient à la disposition du Client ses registres, procédures et journaux afin qu'il puisse vérifier le respect du contrat ; le Client peut faire réaliser un audit par un auditeur de son choix.", diag.Present},
	{"audits", "en questionnaire as art 32-36 help near-miss", "We will help you with your duties under Articles 32 to 36 GDPR, for instance by filling in your security questionnaire and giving input to an impact assessment.", diag.Missing},
	{"audits", "en keeps books near-miss", "The Supplier keeps its books and records for seven years.", diag.Missing},
	// deletion-return: deletion left to the processor ("X may delete") whoever
	// X is, after an end-of-contract lead-in; a retention policy that may keep
	// the data on; an internal retention policy in French
	{"deletion-return", "en at expiry the operator may delete", "On expiry of the subscription, Parkline may delete the recordings or hand them back to the Client.", diag.Weak},
	{"deletion-return", "en after termination the awardee may erase", "After termination of the contract, the successful tenderer may erase the pupil files or return them to the Region.", diag.Weak},
	{"deletion-return", "en retention schedule may keep", "When the contract ends we delete the live data within 30 days; archives follow our retention schedule, which may hold them for up to two years.", diag.Weak},
	{"deletion-return", "fr à l'issue peut effacer", "À l'issue du contrat, Villanet peut effacer les fichiers des adhérents ou les restituer à l'Association.", diag.Weak},
	{"deletion-return", "fr politique interne de conservation", "À la fin du contrat, le Prestataire supprime les données, sous réserve de sa politique interne de conservation des données.", diag.Weak},
	{"deletion-return", "en backup policy may keep weak", "When the plan ends you pick an export or deletion; we then delete the live data, and backups follow our retention policy, which can keep them for a further eighteen months.", diag.Weak},
	{"deletion-return", "fr politique d'archivage peut conserver weak", "À la fin du contrat, le Prestataire efface les données ; sa politique d'archivage peut toutefois les conserver trois ans.", diag.Weak},
	{"deletion-return", "en backups overwritten on schedule present", "On termination the Supplier returns or deletes all personal data within 30 days, at the Customer's choice, and backup copies are overwritten under the normal 35-day backup cycle.", diag.Present},
	{"deletion-return", "en at the end the customer may export near-miss present", "At the end of the contract, the Customer may export its data for 30 days; the Supplier then deletes all personal data and copies and confirms this in writing.", diag.Present},
	{"deletion-return", "en shall delete or return present", "On expiry of the contract, Parkline shall, at the Client's choice, delete all recordings or return them, and delete existing copies.", diag.Present},

	// instructions: documented instructions stay present (a weak rule for
	// instructions that are only the controller's settings of the service was
	// measured and dropped: labellers call most such clauses present)
	{"instructions", "en documented instructions present", "The Processor processes the personal data only on the documented instructions of the Controller, including with regard to transfers to a third country.", diag.Present},
	// sub-processors under translated names: "sub-assistants" (Swedish
	// drafting), "sub-data processors" (Danish), "subcontracted processors"
	// (German); the processor called a "personal data assistant"
	{"subprocessor-authorisation", "en sub-assistants general authorisation", "The Controller gives the Data Assistant a general written authorisation to engage sub-assistants. The Data Assistant informs the Controller at least one month before adding or replacing a sub-assistant, and the Controller may object.", diag.Present},
	{"subprocessor-flowdown", "en sub-data processor same obligations", "The Processor shall impose on every sub-data processor, by written contract, the same data protection obligations as in this Agreement, and remains fully liable to the Controller for its performance.", diag.Present},
	{"subprocessor-authorisation", "en subcontracted processors prior consent", "Subcontracted processors may only be engaged with the prior written consent of the Client for each one.", diag.Present},
	{"subprocessor-authorisation", "en sub-assistant at the bank near-miss", "Our branch manager and her sub-assistant open the mail each morning.", diag.Missing},
	{"subprocessor-authorisation", "en only after prior written authorisation case by case", "The Contractor may call on another processor only after prior written authorisation of the Council, given case by case.", diag.Present},
	{"legal-requirement-notice", "en law obliges multi-word processor", "If Union law or Danish law obliges the Personal Data Assistant to process the data in another way, the Personal Data Assistant shall inform the Controller of that legal requirement before processing, unless that law forbids it.", diag.Present},
	{"breach-notification", "en violation of personal data 5 days weak", "The Holder notifies the Authority of any violation of personal data within five working days of learning of it.", diag.Weak},

	// transfers: a transfer named with its tool, a country outside the EEA after
	// a city, a heading "out of Europe", data viewed from a non-EEA place
	{"transfers", "en hosted in a city of a third country weak", "All booking data is hosted in Auckland, New Zealand, and the SCCs are incorporated by reference.", diag.Weak},
	{"transfers", "en transfers out of europe heading", "## Transfers out of Europe\n\nOur servers are in Toronto. Transfers to us rely on the adequacy decision for Canada.", diag.Weak}, // round 12 (engine12b): a safeguard with nothing tying the transfer to the controller's instructions is weak (Art. 28(3)(a))
	{"transfers", "en transfer under sccs", "Any transfer of Customer Data to the Vendor's support team is made under the standard contractual clauses (module two), which the parties have signed with this Agreement.", diag.Present},
	{"transfers", "fr consultés depuis un pays tiers weak", "Les journaux peuvent être consultés par l'équipe d'astreinte du Prestataire basée à Tunis (Tunisie).", diag.Weak},
	{"transfers", "en sccs incorporated into these terms by reference weak", "Where our processing involves a transfer subject to Chapter V, the Standard Contractual Clauses (Module Two) are incorporated into these Service Terms by reference.", diag.Weak},
	{"transfers", "fr clauses incorporées par référence weak", "Tout transfert vers un pays tiers est encadré par les clauses contractuelles types de la Commission, incorporées au présent contrat par référence.", diag.Weak},
	{"transfers", "en hosted in dublin ireland near-miss", "All booking data is hosted in Dublin, Ireland.", diag.Missing},
	{"transfers", "en transfer of the contract near-miss", "Either party may transfer this Agreement to a successor with the other party's consent.", diag.Missing},
	// German drafting in French (Mandant / Mandataire), "art. 32", measures in a
	// numbered part, measures fitted to the data's sensitivity
	{"audits", "fr mandant contrôles chez le mandataire", "Le Mandant peut effectuer des contrôles chez le Mandataire ou les faire effectuer par un contrôleur désigné au cas par cas ; le Mandataire lui fournit sur demande toutes les informations nécessaires à la preuve du respect de ses obligations.", diag.Present},
	{"legal-requirement-notice", "fr communique ces exigences", "Si le Mandataire est tenu par le droit de l'Union ou d'un État membre de procéder à un autre traitement, il communique au Mandant ces exigences légales avant le traitement, sauf si ce droit l'interdit.", diag.Present},
	{"security", "fr art. 32 décrites à l'annexe", "Le Mandataire prend les mesures selon l'art. 32 RGPD décrites à l'Annexe 1.\n\n## Annexe 1\n\nChiffrement TLS de toutes les connexions ; sauvegarde quotidienne.", diag.Present},
	{"security", "en measures in part 6", "The Service Provider shall implement the security measures in Part 6.\n\n## Part 6 - Security measures\n\nAll calls are recorded on encrypted storage; agents log in with two-factor authentication.", diag.Present},
	{"security", "fr mesures adaptées au caractère sensible", "Le Délégataire met en œuvre les mesures de l'article 32 du RGPD adaptées au caractère sensible des données de santé qu'il gère.", diag.Present},
	{"security", "en measures in article 32 bare weak", "The Supplier takes the appropriate measures in Article 32 GDPR.", diag.Weak},
	{"audits", "fr informations nécessaires à la preuve", "Le Client peut faire réaliser un audit par un auditeur indépendant. Le Prestataire met à jour chaque année et transmet, à la demande du Client et sans frais, les informations utiles à la démonstration de sa conformité.", diag.Present},
	{"audits", "fr contrôle qualité near-miss", "Le Mandataire effectue des contrôles de qualité sur les fiches saisies.", diag.Missing},
	// flow-down said of "each of them" or "such firm": the same data protection
	// obligations by contract, whoever the sentence names
	{"subprocessor-flowdown", "en each of them sign same obligations", "The Agency may bring in freelance translators and will name them to the Client. Each of them must sign a contract with the Agency imposing the same data protection obligations as these terms, and the Agency is fully liable to the Client for their work.", diag.Present},
	{"subprocessor-flowdown", "en such firm bound same obligations", "Where the Carrier uses a local courier firm, such firm shall be bound by a written agreement containing the same data protection obligations as this Schedule, and the Carrier remains fully liable for it.", diag.Present},
	{"subprocessor-flowdown", "en same confidentiality obligations near-miss", "The Receiving Party's affiliates are bound by the same confidentiality obligations as the Receiving Party.", diag.Missing},

	// the end of a project phase ends the processing; « en fin de convention »
	{"deletion-return", "en end of hypercare hand over or delete", "At the end of the warranty period the Integrator shall, at the Client's choice, hand over or delete all personal data it still holds and delete any remaining copies.", diag.Present},
	{"deletion-return", "fr en fin de convention", "En fin de convention, la Mutuelle choisit entre la restitution des données et leur destruction ; le Délégataire détruit ensuite toute copie, sauvegardes comprises.", diag.Present},

	// breach-details: a translated "violation" and a "communication" that contains the items
	{"breach-details", "en communication contains violation", "The communication contains at least the description of the nature of the violation, the categories and approximate number of data subjects and records affected, the probable consequences and the measures adopted or proposed.", diag.Present},
	// assist-compliance: "articles 32-36" written without spaces
	{"assist-compliance", "en articles 32-36 no spaces", "The Supplier assists the Client with appropriate measures to fulfil the obligations of articles 32-36 GDPR, taking account of the information available to it.", diag.Present},
	// subprocessor-list: a web address whose path names the sub-processors
	{"subprocessor-list", "en listed at a bare web address", "We use a few sub-processors, all listed at lanternhouse.example/subprocessors, and we may update that list from time to time.", diag.Present},
	{"subprocessor-list", "en bare web address of prices near-miss", "Our prices are listed at lanternhouse.example/prices.", diag.Missing},
	// paraphrase probe: each requirement in a plain wording of our own, in
	// both languages; the six that failed at first (measures that "match the
	// risks", processing handed over "to another provider", « avertit », a
	// country « reconnu adéquat », "we answer to you for them", "our current
	// providers are: ...") name the vocabulary added with them
	{"instructions", "probe 1", "The Contractor acts solely on the written directions of the Council, including as to any transfer of data outside the EEA.", diag.Present},
	{"instructions", "probe 2", "Le Prestataire n'agit que sur ordre écrit du Client, y compris pour tout transfert hors de l'Union.", diag.Present},
	{"confidentiality", "probe 3", "Everyone at the Supplier who handles Client data is under a contractual duty of confidentiality.", diag.Present},
	{"confidentiality", "probe 4", "Only staff who need access get it, and all of them have signed NDAs.", diag.Present},
	{"confidentiality", "probe 5", "Le personnel habilité est soumis à une clause de confidentialité dans son contrat de travail.", diag.Present},
	{"security", "probe 6", "The Processor shall protect the personal data with measures that match the risks to the people concerned, including encryption and access control.", diag.Present},
	{"security", "probe 7", "Le Prestataire garantit un niveau de sécurité adapté au risque, notamment par le chiffrement des données.", diag.Present},
	{"subprocessor-authorisation", "probe 8", "The Supplier may only hand over processing to another provider with the Customer's written go-ahead for that provider.", diag.Present},
	{"subprocessor-authorisation", "probe 9", "Le Prestataire ne peut confier tout ou partie du traitement à un tiers qu'avec l'accord écrit et préalable du Client.", diag.Present},
	{"data-subject-rights", "probe 10", "If a customer asks us for their data or wants it deleted, we pass the request to you and help you deal with it.", diag.Present},
	{"data-subject-rights", "probe 11", "Le Prestataire aide le Client à traiter les demandes des personnes qui souhaitent accéder à leurs données ou les faire effacer.", diag.Present},
	{"breach-notification", "probe 12", "We will let you know without undue delay, and within 24 hours at the latest, if your data has been compromised.", diag.Present},
	{"breach-notification", "probe 13", "Le Prestataire avertit le Client de tout incident de sécurité touchant les données dans les 24 heures.", diag.Present},
	{"deletion-return", "probe 14", "When the contract ends, we will give you back all your data and then wipe it from our systems, at your choice.", diag.Present},
	{"deletion-return", "probe 15", "À la fin du contrat, le Prestataire restitue ou détruit, au choix du Client, l'ensemble des données et en efface toutes les copies.", diag.Present},
	{"audits", "probe 16", "The Customer may check our compliance on site once a year, or send an independent auditor, and we will give it all the information it needs.", diag.Present},
	{"audits", "probe 17", "Le Client peut vérifier la conformité du Prestataire, notamment par des audits sur site, et le Prestataire lui fournit toutes les informations nécessaires.", diag.Present},
	{"infringing-instruction", "probe 18", "If we think one of your instructions breaks data protection law, we will tell you straight away.", diag.Present},
	{"infringing-instruction", "probe 19", "Le Prestataire alerte sans délai le Client s'il estime qu'une instruction enfreint le RGPD.", diag.Present},
	{"legal-requirement-notice", "probe 20", "If the law requires us to process your data in some other way, we will tell you before we do so, unless the law bars us from telling you.", diag.Present},
	{"transfers", "probe 21", "Our support team in Bangalore can view tickets; such transfers are covered by the EU standard contractual clauses.", diag.Weak},    // round 12 (engine12b): a safeguard with nothing tying the transfer to the controller's instructions is weak (Art. 28(3)(a))
	{"transfers", "probe 22", "Les données peuvent être consultées par notre équipe support basée au Canada, pays reconnu adéquat par la Commission.", diag.Weak}, // round 12 (engine12b): a safeguard with nothing tying the transfer to the controller's instructions is weak (Art. 28(3)(a))
	{"subprocessor-flowdown", "probe 23", "Any provider we bring in must sign up to data protection terms at least as strict as these, and we answer to you for them.", diag.Present},
	{"subprocessor-list", "probe 24", "Our current providers are: Cloudnest GmbH (hosting, Frankfurt) and Mailbird Ltd (email, Dublin).", diag.Present},
	{"breach-details", "probe 25", "Our notice will say what happened, whose data is involved and roughly how many people, what the likely effects are and what we are doing about it.", diag.Present},
	{"assist-compliance", "probe 26", "We will help you with your security obligations, breach notifications and any data protection impact assessment.", diag.Present},
	{"confidentiality", "probe 27", "Our staff are bound by the duty of confidentiality in their employment contracts.", diag.Present},
	{"data-subject-rights", "probe 29", "Where an individual exercises their GDPR rights through us, we send the request on to you within 3 days and support you in replying.", diag.Present},
	{"audits", "probe 30", "You may audit us once a year.", diag.Weak},
	{"subprocessor-authorisation", "probe near-miss hand over keys", "The Supplier hands over the keys to the Customer's premises at the end of each visit.", diag.Missing},
	{"subprocessor-list", "probe near-miss our current prices", "Our current prices are: Basic EUR 10 and Pro EUR 20 per month (VAT excluded).", diag.Missing},
	// second paraphrase probe: legalese, US and translated drafting, plain
	// language, weak forms. Gaps it found: « consignes écrites du Responsable »
	// after an infinitive, « au regard ... des risques », "without the
	// Authority's prior written consent", "other service providers", someone who
	// "asks what information you hold", a visit to "our premises", « aucune
	// donnée n'est envoyée à l'étranger », a help desk "run from Manila in the
	// Philippines", data kept "for as long as we think necessary"
	{"instructions", "probe2 1", "Vendor will only process Client Personal Data in accordance with Client's lawful written instructions, including with respect to cross-border transfers.", diag.Present},
	{"instructions", "probe2 2", "Le Sous-traitant s'engage à ne traiter les données que selon les consignes écrites du Responsable, y compris en ce qui concerne les transferts vers un pays tiers.", diag.Present},
	{"instructions", "probe2 3", "We only use your customers' data to run the service for you, as you direct us in writing, including for any transfer abroad.", diag.Present},
	{"confidentiality", "probe2 4", "The Supplier shall ensure that its personnel with access to the data have undertaken to keep it confidential.", diag.Present},
	{"confidentiality", "probe2 5", "Nos salariés sont liés par le secret professionnel.", diag.Present},
	{"confidentiality", "probe2 6", "Access is limited to employees who are under a statutory obligation of secrecy.", diag.Present},
	{"security", "probe2 7", "Provider shall maintain administrative, physical and technical safeguards appropriate to the risk of the processing.", diag.Present},
	{"security", "probe2 8", "Le Titulaire prend toutes les précautions utiles, au regard de la nature des données et des risques présentés par le traitement, pour préserver la sécurité des données.", diag.Present},
	{"subprocessor-authorisation", "probe2 9", "The Contractor shall not subcontract any of the processing without the Authority's prior written consent.", diag.Present},
	{"subprocessor-authorisation", "probe2 10", "Le Prestataire est autorisé à faire appel à des sous-traitants ultérieurs. Il informe le Client de tout changement envisagé au moins trente jours à l'avance, le Client pouvant émettre des objections.", diag.Present},
	{"subprocessor-authorisation", "probe2 11", "You give us general permission to use other service providers. We will email you at least 14 days before adding a new one, and you can object.", diag.Present},
	{"subprocessor-flowdown", "probe2 12", "Le Prestataire impose à ses sous-traitants ultérieurs, par contrat, les mêmes obligations que celles prévues au présent accord et demeure pleinement responsable de leur exécution.", diag.Present},
	{"subprocessor-flowdown", "probe2 13", "Each Subprocessor will be bound by written terms no less protective than this DPA, and Vendor remains liable for its Subprocessors' acts and omissions.", diag.Present},
	{"data-subject-rights", "probe2 14", "Le Prestataire prête assistance au Client pour donner suite aux demandes des personnes concernées.", diag.Present},
	{"data-subject-rights", "probe2 15", "Vendor shall promptly refer to Customer any data subject request it receives and shall reasonably assist Customer in responding.", diag.Present},
	{"data-subject-rights", "probe2 16", "We will help you respond when someone asks what information you hold about them.", diag.Present},
	{"assist-compliance", "probe2 17", "Le Prestataire aide le Client à réaliser les analyses d'impact et, le cas échéant, la consultation préalable de la CNIL.", diag.Weak},
	{"assist-compliance", "probe2 18", "The Processor shall assist the Controller in ensuring compliance with its security, breach notification, impact assessment and prior consultation obligations.", diag.Present},
	{"breach-notification", "probe2 19", "Vendor shall notify Customer without undue delay after becoming aware of a Security Breach affecting Customer Personal Data.", diag.Present},
	{"breach-notification", "probe2 20", "En cas de fuite, de perte ou d'accès illicite aux données, le Prestataire en informe le Client sans délai.", diag.Present},
	{"breach-notification", "probe2 21", "If our systems are hacked and your data is exposed, we'll email you within 48 hours.", diag.Present},
	{"breach-details", "probe2 22", "La notification décrit la nature de la violation, les catégories et le nombre approximatif de personnes concernées, les conséquences probables et les mesures prises.", diag.Present},
	{"deletion-return", "probe2 23", "Upon termination, Vendor shall, at Customer's election, return or securely destroy all Customer Personal Data, and certify such destruction in writing.", diag.Present},
	{"deletion-return", "probe2 24", "Au terme du contrat, le Prestataire renvoie au Client l'ensemble des données, puis détruit les copies existantes, sauf obligation légale de conservation.", diag.Present},
	{"deletion-return", "probe2 25", "Once you close your account, you can download everything for 30 days, after which we permanently erase it.", diag.Present},
	{"audits", "probe2 26", "Vendor shall make available to Customer all information necessary to demonstrate compliance and shall allow for and contribute to audits conducted by Customer or its mandated auditor.", diag.Present},
	{"audits", "probe2 27", "Le Client peut diligenter, à ses frais, un audit sur place réalisé par un cabinet indépendant, et le Prestataire lui communique les documents nécessaires.", diag.Present},
	{"audits", "probe2 28", "Once a year the Club may visit our premises to check how we handle members' data, and we will show it the records it asks for.", diag.Present},
	{"infringing-instruction", "probe2 29", "Should Processor be of the opinion that an instruction violates applicable data protection law, it shall inform Controller without delay.", diag.Present},
	{"infringing-instruction", "probe2 30", "Si le Prestataire considère qu'une instruction constitue une violation du RGPD, il en informe immédiatement le Client.", diag.Present},
	{"legal-requirement-notice", "probe2 31", "Where Processor is legally compelled to process the data otherwise, it shall notify Controller beforehand, unless prohibited by law.", diag.Present},
	{"legal-requirement-notice", "probe2 32", "Si le droit de l'Union ou le droit français impose au Prestataire un autre traitement, celui-ci en avise le Client avant de le réaliser, sauf interdiction légale.", diag.Present},
	{"transfers", "probe2 33", "Processor shall not transfer Personal Data outside the EEA without Controller's prior written consent and appropriate safeguards under Chapter V.", diag.Present},
	{"transfers", "probe2 34", "Nos serveurs sont situés en Allemagne et aucune donnée n'est envoyée à l'étranger.", diag.Present},
	{"transfers", "probe2 35", "Our help desk is run from Manila in the Philippines.", diag.Weak},
	{"subprocessor-list", "probe2 36", "Approved sub-processors: AWS EMEA SARL (hosting, Ireland); Twilio Inc. (SMS, USA).", diag.Present},
	{"subprocessor-list", "probe2 37", "Le Client autorise le recours aux sous-traitants ultérieurs suivants : OVH SAS (hébergement, Roubaix) et Brevo SAS (emailing, Paris).", diag.Present},
	{"confidentiality", "probe2 38", "Each person who works on the account signs a confidentiality statement.", diag.Present},
	{"breach-notification", "probe2 39", "The Supplier shall inform the Client of any data breach within 10 days.", diag.Weak},
	{"deletion-return", "probe2 40", "After the contract ends we keep your data for as long as we think necessary and then delete it.", diag.Weak},
	{"audits", "probe2 near-miss visit our premises to collect", "Customers may visit our premises to collect their orders between 9 and 5.", diag.Missing},
	{"transfers", "probe2 near-miss run from dublin", "Our help desk is run from Dublin by our own staff.", diag.Missing},
	{"data-subject-rights", "probe2 near-miss asks what data format", "If the Client asks what data format we need, we will send our import template.", diag.Missing},
	// third paraphrase probe; gaps: a parent "asking to see or change their
	// child's details", « faire héberger ... aux États-Unis », data "accessed by
	// our engineers in India", "never moved to another country", « un dispositif
	// de sécurité », "the data and people affected", engagement "provided ... the
	// Controller does not object", « se soumet aux audits », "something you ask
	// us to do breaks the GDPR", a court that "orders us to hand over your data",
	// and instructions the processor may leave "unless it reasonably considers"
	// otherwise (weak)
	{"confidentiality", "probe3 1", "All employees and contractors of the Provider who may come into contact with Customer Data are subject to written confidentiality commitments.", diag.Present},
	{"confidentiality", "probe3 2", "Toute personne intervenant pour le compte du Prestataire est tenue à la plus stricte confidentialité.", diag.Present},
	{"confidentiality", "probe3 3", "We make sure the people on our team who look after your account keep what they see to themselves; every one of them has signed an NDA.", diag.Present},
	{"data-subject-rights", "probe3 4", "The Processor shall, taking into account the nature of the processing, assist the Controller by appropriate technical and organisational measures in fulfilling its obligation to respond to requests for exercising the data subject's rights.", diag.Present},
	{"data-subject-rights", "probe3 5", "Le Prestataire assiste le Client pour répondre aux réclamations et demandes des usagers relatives à leurs données.", diag.Present},
	{"data-subject-rights", "probe3 6", "If a parent contacts us asking to see or change their child's details, we pass it to the school within two days and help the school reply.", diag.Present},
	{"transfers", "probe3 7", "Le Prestataire peut faire héberger des données aux États-Unis auprès de fournisseurs certifiés au Data Privacy Framework.", diag.Weak}, // round 12 (engine12b): a safeguard with nothing tying the transfer to the controller's instructions is weak (Art. 28(3)(a))
	{"transfers", "probe3 8", "Personal data may be accessed by our engineers in India for maintenance purposes under the Standard Contractual Clauses.", diag.Weak},  // round 12 (engine12b): a safeguard with nothing tying the transfer to the controller's instructions is weak (Art. 28(3)(a))
	{"transfers", "probe3 9", "All data stays on servers in Finland and is never moved to another country.", diag.Present},
	{"security", "probe3 10", "Le Prestataire met en place un dispositif de sécurité proportionné aux risques : chiffrement, sauvegardes, contrôle des accès.", diag.Present},
	{"security", "probe3 11", "We use commercially reasonable safeguards to protect your data.", diag.Weak},
	{"breach-notification", "probe3 12", "Should the Supplier become aware of any unauthorised access to Client data, it shall inform the Client within 24 hours.", diag.Present},
	{"breach-notification", "probe3 13", "Le Titulaire signale à la Ville, dans les 48 heures, toute atteinte à la sécurité des données.", diag.Present},
	{"breach-details", "probe3 14", "The report will set out what happened, the data and people affected, the likely impact and the steps taken to contain it.", diag.Present},
	{"subprocessor-authorisation", "probe3 15", "The Processor may engage third-party service providers to assist in providing the Services, provided it notifies the Controller in advance and the Controller does not object within 10 days.", diag.Present},
	{"subprocessor-flowdown", "probe3 16", "Le Prestataire veille à ce que tout sous-traitant ultérieur soit lié par un contrat écrit offrant au moins le même niveau de protection, et reste responsable envers le Client.", diag.Present},
	{"deletion-return", "probe3 17", "At the end of the engagement the Consultant will return all files to the Client and delete its own copies, unless the Client asks it to delete everything instead.", diag.Present},
	{"deletion-return", "probe3 18", "Lorsque le contrat prend fin, nous vous remettons un export de vos données si vous le souhaitez, puis nous supprimons tout de nos serveurs.", diag.Present},
	{"audits", "probe3 19", "Le Prestataire se soumet aux audits du Client ou d'un tiers mandaté par lui, et met à sa disposition toute la documentation nécessaire pour démontrer sa conformité.", diag.Present},
	{"infringing-instruction", "probe3 20", "We will let you know right away if we believe something you ask us to do breaks the GDPR.", diag.Present},
	{"legal-requirement-notice", "probe3 21", "If a court or authority orders us to hand over your data, we will tell you first unless we are legally not allowed to.", diag.Present},
	{"instructions", "probe3 22", "The Processor shall process the Personal Data only on the Controller's documented instructions, unless it reasonably considers another use necessary to provide the service.", diag.Weak},
	{"assist-compliance", "probe3 23", "We will help you meet your obligations under Articles 32 to 36 GDPR, taking into account the information available to us.", diag.Present},
	{"subprocessor-list", "probe3 24", "| Sub-processor | Service | Country |\n|---|---|---|\n| Hetzner Online GmbH | Hosting | Germany |", diag.Present},
	{"transfers", "probe3 sccs viewable on the site weak", "Our support staff in Toronto can open tickets. Such transfers are covered by the Commission's standard contractual clauses, which you can view on our website.", diag.Weak},
	{"transfers", "probe3 clauses consultables sur le site weak", "Le support peut accéder aux données depuis Montréal (Canada). Ce transfert est encadré par des clauses contractuelles types, que le Client peut consulter sur le site du Prestataire.", diag.Weak},
	{"transfers", "probe3 near-miss engineers in india wrote", "Our engineers in India wrote the mobile app last year.", diag.Missing},
	{"legal-requirement-notice", "probe3 near-miss court orders damages", "If a court orders us to pay damages, we will pay them within 30 days.", diag.Missing},
	{"instructions", "probe3 unless law requires present", "The Processor processes the personal data only on the Controller's documented instructions, including as regards transfers to a third country, unless Union or Member State law requires otherwise.", diag.Present},
})

func TestRules10b(t *testing.T) { checkSnippets(t, rules10bCases) }
