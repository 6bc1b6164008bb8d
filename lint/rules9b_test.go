package lint

import (
	"testing"

	"github.com/dpatool/dpa/diag"
)

// Round 9 (engine9b): obligations (a)-(h) and transfers, concept first. A
// requirement is found from its concept in broad words (a breach is data lost,
// stolen, leaked or seen by the wrong person; a sub-processor is "another
// company" or a re-entrusted party), and its parts then decide present or weak.
// Wordings are our own, in several registers, with near-misses.
var rules9bCases = plainSnippets([]struct {
	id, name, src string
	want          diag.Status
}{
	// breach-notification: the breach as what happens to the data
	{"breach-notification", "en lost stolen or seen", "If any customer records are lost, stolen or seen by someone who should not see them, we will tell you within 24 hours of finding out.", diag.Present},
	{"breach-notification", "en leaked or altered", "Where the Contractor learns that personal data has been leaked, altered or destroyed, it shall notify the Authority without undue delay.", diag.Present},
	{"breach-notification", "en leakage or other breach", "Upon becoming aware of a leakage or other breach of the Personal Information, the Vendor shall notify the Customer within 48 hours.", diag.Present},
	{"breach-notification", "en accessed by someone 5 days weak", "If patient files are accessed by anyone who is not authorised to see them, the Supplier shall tell the Practice within 5 working days.", diag.Weak},
	{"breach-notification", "en communicates breach 96h weak", "The Processor communicates to the Controller any personal data breach as soon as possible and in any case within 96 hours of its discovery.", diag.Weak},
	{"breach-notification", "en defined incident", "The Provider notifies the Client of any Incident without undue delay and at the latest within 36 hours.", diag.Present},
	{"breach-notification", "fr perte vol accès non autorisé raisonnable", "En cas de perte, de vol ou d'accès non autorisé aux données, le Prestataire prévient le Client dans un délai raisonnable.", diag.Weak},
	{"breach-notification", "fr fuite de données", "Toute fuite de données est signalée à la Mairie sans délai et au plus tard dans les 24 heures.", diag.Present},
	{"breach-notification", "fr notifie puis aide 96h weak", "Le Prestataire notifiera au Client tout incident de sécurité dans les quatre-vingt-seize (96) heures et fournira les informations disponibles pour aider le Client à remplir ses propres obligations de notification.", diag.Weak},
	{"breach-notification", "en assists only near-miss", "The Processor shall assist the Controller in notifying personal data breaches to the supervisory authority.", diag.Missing},
	{"breach-notification", "en lost luggage near-miss", "The Carrier shall tell the Customer within 24 hours if a parcel is lost in transit.", diag.Missing},
	{"breach-notification", "fr perte de chiffre near-miss", "Le Prestataire informe le Client de toute perte de chiffre d'affaires liée au retard.", diag.Missing},

	// legal-requirement-notice: the law named by its source, in any words
	{"legal-requirement-notice", "en required by national law", "If the Contractor is required by EU/EEA law or Swiss law to process personal data otherwise, it shall inform the Client of that requirement before processing, unless that law prohibits such information on important grounds of public interest.", diag.Present},
	{"legal-requirement-notice", "en required to process by the law of", "Where the Vendor is required to process data by the law of the Union or of Austria, it shall inform the Customer of that legal requirement beforehand, unless that law prohibits this.", diag.Present},
	{"legal-requirement-notice", "en legal provision obliges", "If a statutory provision of the Union or of a Member State obliges the Processor to process otherwise, the Processor informs the Controller about this obligation before processing, unless that legislation forbids such notification.", diag.Present},
	// sub-processors under other names: another company, a re-entrusted party,
	// "our vendors", "our partners"
	{"subprocessor-authorisation", "en other company written ok", "Please do not bring in any other company to handle our members' data without our prior written OK for that company.", diag.Present},
	{"subprocessor-authorisation", "en re-entrust third party", "The Trustee shall not re-entrust all or part of the entrusted work to a third party without the prior written consent of the Truster.", diag.Present},
	{"subprocessor-authorisation", "en agrees re-entrustees may change weak", "The Client agrees that the Vendor uses the re-entrustees stated in Appendix 2. The Vendor may change them at any time by updating that appendix.", diag.Weak},
	{"subprocessor-authorisation", "en swap vendors weak", "We might switch vendors when a better one comes along, and we will update our website when we do.", diag.Weak},
	{"subprocessor-authorisation", "en trusted partners weak", "We use a handful of trusted partners to run the app, such as our cloud host and our email service.", diag.Weak},
	{"subprocessor-authorisation", "fr recrutement sauf objection", "Le Prestataire peut faire appel à un autre sous-traitant pour des activités de traitement spécifiques. Il informe préalablement et par écrit le Client de tout ajout ou remplacement envisagé. Le Client dispose de dix jours pour présenter ses objections. Le sous-traitant ultérieur ne peut être recruté que si le Client n'a pas émis d'objection pendant ce délai.", diag.Present},
	{"subprocessor-authorisation", "en engaged unless objection", "The Supplier shall give the Customer thirty days' written notice of any new sub-processor. The new sub-processor may be engaged only if the Customer has not objected within that period.", diag.Present},
	{"subprocessor-authorisation", "en assign to another company near-miss", "Neither party may assign this Agreement to another company without the other party's prior written consent.", diag.Missing},
	{"subprocessor-authorisation", "en partners marketing near-miss", "We never sell guest details to our partners.", diag.Missing},

	{"subprocessor-flowdown", "en bind re-entrustee", "The Trustee shall bind each re-entrustee by written contract to the same obligations as in this Addendum, and remains fully liable to the Truster for the re-entrustee's performance.", diag.Present},
	{"subprocessor-flowdown", "en require to protect at least as weak", "We require our sub-processors to protect your data to a standard at least as high as ours.", diag.Weak},
	{"subprocessor-flowdown", "en make sure partners protect weak", "We make sure our partners keep your data safe too.", diag.Weak},
	{"subprocessor-flowdown", "en vendors own dpas weak", "Our vendors have signed their own DPAs with us.", diag.Weak},
	{"subprocessor-flowdown", "fr mutatis mutandis", "Les obligations des articles 3 à 6 s'appliquent mutatis mutandis à tout sous-traitant ultérieur, qui y est tenu par un contrat écrit. Le Prestataire demeure pleinement responsable devant le Client de leur exécution par le sous-traitant ultérieur.", diag.Present},
	{"subprocessor-flowdown", "en apply mutatis mutandis", "Clauses 4 to 9 apply mutatis mutandis to every sub-processor, which shall be bound by them in a written contract; the Processor remains fully liable to the Controller for its sub-processors.", diag.Present},
	{"subprocessor-flowdown", "fr répond envers de leur respect", "Le Prestataire impose à son hébergeur des obligations de protection des données équivalentes à celles du présent contrat et répond envers le Client de leur respect.", diag.Present},

	// subprocessor-list: a table of named companies, whatever its columns are
	// called; a list at a web address; a named company the controller consents to
	{"subprocessor-list", "en table re-entrustee work location", "## Appendix 2 - Re-entrustees\n\n| Re-entrustee | Entrusted work | Location |\n|---|---|---|\n| Nordcloud Oy | Hosting | Helsinki, Finland |\n| Textify AB | SMS codes | Malmö, Sweden |", diag.Present},
	{"subprocessor-list", "en table company what where", "Yes, only these:\n\n| Company | What it does | Where |\n|---|---|---|\n| Harbour Hosting Ltd | servers and backups | Cork, Ireland |", diag.Present},
	{"subprocessor-list", "en plain-text table with borders", "APPENDIX 2 - SUB-PROCESSORS\n\n| Name | Task | Location | | Datavault B.V. | Hosting | Utrecht (NL) |", diag.Present},
	{"subprocessor-list", "fr tableau société mission lieu", "Le tableau ci-dessous est à jour à la date de la signature et fait partie du contrat.\n\n| Société | Mission | Lieu |\n|---|---|---|\n| Hébergement Sud SAS | hébergement | Toulouse |", diag.Present},
	{"subprocessor-list", "en list then url", "Current list: https://example.org/subprocessors (today: hosting in Ireland and a mailing service).", diag.Present},
	{"subprocessor-list", "en see the list at", "You can see the current list at any time at tidyhome.example/partners.", diag.Present},
	{"subprocessor-list", "en consents to supplier using named", "The Customer consents to the Supplier using Bright Print Ltd, Galway, for printing and packing.", diag.Present},
	{"subprocessor-list", "en only other company involved is", "The only other company involved is Fjordhost AB, Bergen, which provides the test servers.", diag.Present},
	{"subprocessor-list", "en table staff roles near-miss", "| Name | Role | Phone |\n|---|---|---|\n| Ann Lee | DPO | 555 0100 |", diag.Missing},
	{"subprocessor-list", "en price list url near-miss", "Current price list: https://example.org/prices.", diag.Missing},
	{"subprocessor-list", "fr ligne de tableau sous-traitance near-miss", "| Sous-traitance ultérieure | Le Prestataire ne recrute aucun sous-traitant ultérieur sans l'autorisation écrite préalable du Client. |\n|---|---|", diag.Missing},
	// deletion-return: the end of the service in other words, and a choice
	// between getting the data back and deletion as the clause's own topic
	{"deletion-return", "en when over delete or send back", "When the migration project is over, delete everything you hold of our data, or send it back to us first if we ask you to, and delete all copies, backups included.", diag.Present},
	{"deletion-return", "en export or deletion then delete", "The Club tells us whether it wants an export of all its data or deletion. We then delete everything, including backups, within sixty days and confirm in writing.", diag.Present},
	{"deletion-return", "en send a zip or delete", "You pick: we send you a zip file of all your photos and records, or we simply delete them. Either way, everything is deleted from our systems within 30 days.", diag.Present},
	{"deletion-return", "en returned on request or purged weak", "On termination, recordings held on the Vendor's systems shall be returned to the Client on request or otherwise purged subject to the Vendor's retention policies.", diag.Weak},
	{"deletion-return", "en after the last event weak", "The Supplier shall delete all photographs and guest lists 12 months after the last event day.", diag.Weak},
	{"deletion-return", "en after that retention policy weak", "If you cancel your plan, we may keep your projects for up to 6 months in case you return. After that, we delete your data in line with our data retention policy.", diag.Weak},
	{"deletion-return", "en export or delete any time near-miss", "Customers can export or delete their own records at any time from the settings page.", diag.Missing},
	{"deletion-return", "en admins export or delete a profile near-miss", "Your administrators can export or delete a member's profile in the app, and our support team will help with requests from members.", diag.Missing},
	{"deletion-return", "en require deletion or return under clause near-miss", "The Client may give instructions, carry out audits under clause 10 and require deletion or return under clause 11.", diag.Missing},
	{"deletion-return", "fr remet l'export ou détruit", "À la fin du contrat, le Prestataire remet au Client, à son choix, l'export complet des données ou les détruit, et supprime toutes les copies qu'il détient.", diag.Present},
	{"deletion-return", "fr politique interne d'archivage weak", "À la fin du marché, le Titulaire restitue au Client les dossiers en cours. Il supprime ensuite les données dans un délai conforme à sa politique interne d'archivage.", diag.Weak},
	// data-subject-rights: a request about a person's rights or data, in plain words
	{"data-subject-rights", "en request about gdpr rights", "Any request from a parent or pupil about their GDPR rights: we forward it to you within 48 hours and help you deal with it.", diag.Present},
	{"data-subject-rights", "en guest asks for a copy", "If one of your guests asks you for a copy of their data, or wants it corrected or deleted, our support team will help you do that.", diag.Present},
	{"data-subject-rights", "en access rights of operators near-miss", "Access control | Personal accounts for each operator, access rights only as needed for the work, removal of rights on the day an operator leaves", diag.Missing},

	// security: measures taken under a national scheme; the data kept safe
	{"security", "en apply measures of a national scheme", "The Contractor will apply the measures corresponding to the HIGH category of the National Security Framework. In particular:\n\n- encryption of the data at rest and in transit;\n- nominal accounts with two-factor authentication.", diag.Present},
	{"security", "en technical managerial physical weak", "The Trustee shall take the technical, managerial and physical protective measures that are appropriate for ensuring safety, as prescribed by its national law.", diag.Weak},
	{"security", "en keep images secure weak", "The Supplier shall keep the photographs and class lists secure using appropriate measures.", diag.Weak},
	{"security", "en customer keeps password safe near-miss", "Your staff keep the dashboard password safe; that is your responsibility.", diag.Missing},

	// confidentiality: an NDA signed by the team; "both have signed"
	{"confidentiality", "en everyone signs an nda", "Everyone on our team, freelancers included, signs an NDA that covers customer data before they start.", diag.Present},
	{"confidentiality", "en both have signed", "Only our two developers have access. Both have signed confidentiality agreements that continue after they leave.", diag.Present},
	{"confidentiality", "en nda with customer near-miss", "The parties signed a mutual NDA before the tender.", diag.Missing},

	// breach-details: the notice in plain words, or in a list after "stating"
	{"breach-details", "en the email says weak", "If there is a data breach we tell your contact within 24 hours by email. The email says what happened, how many pupils are affected and who to talk to.", diag.Weak},
	{"breach-details", "en stating items and measures weak", "If personal information has been leaked or lost, the Trustee shall notify the Truster within 24 hours, stating the items of personal information leaked, the time and circumstances of the leakage and the measures taken.", diag.Weak},
	{"breach-details", "fr informations raisonnablement disponibles weak", "Le Prestataire notifie au Client toute violation de données dans les 48 heures et fournit les informations raisonnablement disponibles.", diag.Weak},
	{"breach-details", "fr compte tenu des informations near-miss", "Le Prestataire aide le Client à garantir le respect des obligations prévues aux articles 32 à 36 du RGPD, compte tenu des informations dont il dispose. En cas de perte de données, il prévient le Client dans un délai raisonnable.", diag.Missing},

	// instructions: "only as we tell you", "as you ask us to" (weak: not documented)
	{"instructions", "en only as we tell you weak", "You will handle our members' data for the migration, and only as we tell you.", diag.Weak},
	{"instructions", "en as you ask us to weak", "We only use your data to run the app for you, in the way you have set it up and as you ask us to.", diag.Weak},
	{"instructions", "en only use to do the job weak", "We only use your roster and the photos to do the photo job you booked.", diag.Weak},
	{"instructions", "en not beyond the scope weak", "The Trustee shall not use the personal information beyond the scope of the entrusted work and shall not provide it to a third party.", diag.Weak},
	{"instructions", "en only use near-miss", "Customers only use the app on their phones.", diag.Missing},
	// transfers: a ban that names a company abroad first; another country named
	{"transfers", "en ban with parent company abroad", "The data is stored only on servers in the European Union. The Trustee shall not transfer the personal information, and shall not give access to it, to its parent company in Japan or to any other place outside the European Economic Area.", diag.Present},
	{"transfers", "en adequacy other country", "The data is stored in data centres in Japan, for which the European Commission adopted an adequacy decision. The Vendor shall not transfer the data to any other country except on the Customer's documented instructions and with a safeguard of Chapter V of the GDPR.", diag.Present},
	{"transfers", "en partners based in the us weak", "Our servers are in Ireland. Some of our partners are based in the United States, and we make sure any transfer there is lawful.", diag.Weak},
	{"transfers", "en based in germany near-miss", "Our partners are based in Germany and Austria.", diag.Missing},
	// audits: a right "satisfied" by certificates, said after the right; a product
	// table called "audit"
	{"audits", "en audit right is satisfied by certificate weak", "The Processor shall make available the information necessary to demonstrate compliance. The Controller agrees that any audit right under Data Protection Laws is satisfied by a copy of the Processor's ISO/IEC 27001 certificate, sent once a year on request.", diag.Weak},
	{"audits", "en order audit table near-miss", "The old store keeps an \"order audit\" table of price and stock changes; we will migrate it with the rest of the database.", diag.Missing},
	{"security", "en awardee applies scheme measures", "The Awardee will apply the measures corresponding to category HIGH of the National Security Framework. In particular:\n\n- encryption of the data at rest and in transit;\n- nominal accounts with two-factor authentication.", diag.Present},
	// plain-language variants, written as a check of the concepts (round 9 probe)
	{"breach-notification", "en data compromised", "We will let you know within 48 hours if your data is compromised.", diag.Present},
	{"breach-notification", "en hacked or ransomware", "If our systems are hacked or hit by ransomware, we will tell you without undue delay.", diag.Present},
	{"breach-notification", "en destroyed lost altered", "Should personal data be destroyed, lost, altered or disclosed without authorisation, the Supplier shall notify the Buyer within 24 hours.", diag.Present},
	{"breach-notification", "en records exposed email you", "If we discover that member records have been exposed to the wrong people, we will email you within 72 hours.", diag.Present},
	{"breach-notification", "en two calendar days", "The Contractor shall notify the Authority of any Data Loss Event within two calendar days.", diag.Present},
	{"breach-notification", "fr intrusion cyberattaque", "Le Prestataire informe le Client sans délai de toute intrusion ou cyberattaque affectant les données du Client.", diag.Present},
	{"breach-notification", "fr compromission", "En cas de compromission des données, le Prestataire alerte le Client dans les 24 heures.", diag.Present},
	{"breach-notification", "en protects against hacking near-miss", "The Supplier protects its systems against hacking and ransomware with endpoint protection.", diag.Missing},
	{"breach-notification", "en contact you to schedule near-miss", "We will contact you within 24 hours to schedule the installation.", diag.Missing},
	{"deletion-return", "en whichever you prefer", "Once we no longer provide the service to you, we will give you back your files or delete them, whichever you prefer, and delete any copies.", diag.Present},
	{"deletion-return", "en winds down so instructs", "When the contract winds down, the Contractor hands back all records to the Council, or securely destroys them if the Council so instructs, and certifies destruction.", diag.Present},
	{"subprocessor-authorisation", "en other business unless permission", "We will not let any other business handle your data unless you have given us permission in writing first.", diag.Present},
	{"subprocessor-authorisation", "fr aucune tâche à un tiers", "Le Prestataire ne confie aucune tâche impliquant les données à un tiers sans l'accord écrit préalable du Client.", diag.Present},
	{"subprocessor-authorisation", "en assign to any other business near-miss", "Neither party may assign this Agreement to any other business without the other party's written consent.", diag.Missing},
	{"data-subject-rights", "fr une personne demande", "Si une personne demande à consulter ou effacer ses données, le Prestataire transmet la demande au Client et l'aide à y répondre.", diag.Present},
	{"instructions", "en written orders", "The Contractor acts only on the written orders of the Authority, including as regards transfers to third countries.", diag.Present},
	{"instructions", "en purchase orders near-miss", "The Supplier acts on purchase orders issued by the Customer.", diag.Missing},
	{"transfers", "en your data stays in the eu", "Your data stays in the EU at all times.", diag.Present},
	{"transfers", "en your data stays yours near-miss", "Your data stays yours at all times.", diag.Missing},
	{"legal-requirement-notice", "en a law forces us", "If a law forces us to use your data in another way, we will tell you first, unless that law forbids us to.", diag.Present},
	{"transfers", "fr aucune donnée ne quitte", "Le Prestataire conserve les données sur ses serveurs et celles de ses prestataires. Aucune donnée ne quitte l'Espace économique européen.", diag.Present},
	{"transfers", "fr aucune donnée ne quitte sauf near-miss", "Le Prestataire conserve les données sur ses serveurs et celles de ses prestataires. Aucune donnée ne quitte l'Espace économique européen sans l'accord du Client, sauf vers nos équipes au Maroc.", diag.Weak},
	{"data-subject-rights", "en exercises their right to", "Where an individual exercises their right to access, rectify, erase or port their data, we will help you respond within the legal deadlines.", diag.Present},
	{"data-subject-rights", "en exercise its right to terminate near-miss", "The Customer may exercise its right to terminate on 30 days' notice.", diag.Missing},
	{"breach-notification", "en suspected data protection violations", "The Contractor shall inform the Client immediately of disruptions of operations, suspected data protection violations or irregularities in the processing of the Client's data.", diag.Present},
	{"breach-notification", "en qa data lost", "What if something goes wrong?\n\nIf your data is lost or someone gets into it who shouldn't, we'll tell you within 24 hours.", diag.Present},
	{"deletion-return", "en qa hand it all back", "What happens to our data when we leave?\n\nYou choose: we hand it all back to you as a CSV export, or we delete it. Either way we wipe everything, backups included, within 30 days.", diag.Present},
	{"security", "en appropriate to the sensitivity", "Vendor shall maintain a comprehensive written information security program with administrative, technical and physical safeguards appropriate to the sensitivity of the data.", diag.Present},
	{"subprocessor-list", "en list items with legal form", "## Our sub-processors\n\n- Hostco Ltd (Dublin, Ireland): hosting\n- Mailco GmbH (Berlin, Germany): e-mail delivery", diag.Present},
	{"subprocessor-list", "en currently use named", "We currently use Hostco Ltd (hosting, Dublin) and Mailco GmbH (e-mail, Berlin).", diag.Present},
	{"subprocessor-list", "fr faisons appel à", "Pour le service, nous faisons actuellement appel à Nuage SAS (hébergement, Roubaix) et à Envoi SARL (routage, Lille).", diag.Present},
	{"subprocessor-list", "en party block near-miss", "Acme Ltd (company no. 01234567), whose registered office is at 1 High Street, London.", diag.Missing},
	{"infringing-instruction", "fr tout de suite", "Si une de vos instructions nous semble contraire au RGPD, nous vous prévenons tout de suite.", diag.Present},
	{"instructions", "fr comme vous le demandez par écrit", "Nous utilisons vos données uniquement comme vous nous le demandez par écrit, y compris pour tout transfert hors de l'Union européenne.", diag.Present},
	{"subprocessor-flowdown", "en any company we bring in", "Any company we bring in has to sign a contract with the same data protection promises as this one, and we stay fully responsible for what they do.", diag.Present},
	{"subprocessor-flowdown", "en company we hire near-miss", "Any company we hire for cleaning signs our standard purchase terms.", diag.Missing},
	// security under a run-in label: the label names the topic, the body gives the
	// measures; the controller's own duties under that label are not the commitment
	{"security", "en run-in label over measures", "Security: all data is encrypted at rest with AES-256 and in transit with TLS 1.3; every engineer has an individual account with MFA.", diag.Present},
	{"security", "fr run-in label over measures", "Sécurité : les données sont chiffrées au repos et en transit, et chaque technicien dispose d'un compte nominatif avec double authentification.", diag.Present},
	{"security", "en run-in customer duty near-miss", "Security: the Customer is responsible for keeping its own passwords secret and for the security of its devices.", diag.Missing},
	{"security", "en heading over customer duty near-miss", "## Security\n\nThe Customer is responsible for keeping its own passwords secret.", diag.Missing},
	{"transfers", "en processed in the us weak", "Customer Data may be processed in the United States and any other country where Vendor or its subprocessors operate.", diag.Weak},
	{"transfers", "fr assuré depuis le maroc weak", "Le support de niveau 1 est assuré depuis Casablanca (Maroc) par une filiale du Prestataire.", diag.Weak},
	{"transfers", "en processed in ireland near-miss", "Customer Data is processed in Ireland by the Vendor's own staff.", diag.Missing},
	{"transfers", "fr hébergées en suisse near-miss", "Le Prestataire conserve les dossiers des locataires sur ses serveurs. Les données sont hébergées en Suisse.", diag.Missing},
	{"breach-notification", "fr sous 24 heures", "Si vos données sont perdues, volées ou consultées par une personne non autorisée, nous vous prévenons sous 24 heures.", diag.Present},
	{"audits", "fr contrôler sur place", "Le Client peut contrôler sur place, une fois par an, le respect de la présente convention, et le Titulaire lui communique toute information utile à cet effet.", diag.Present},
	{"subprocessor-flowdown", "fr nos prestataires restons responsables", "Nos prestataires sont liés par contrat aux mêmes obligations que nous, et nous restons responsables envers vous de leur travail.", diag.Present},
	{"subprocessor-authorisation", "fr qu'avec votre accord écrit", "Nous ne faisons appel à un autre prestataire qu'avec votre accord écrit. Nous vous prévenons un mois à l'avance de tout changement et vous pouvez vous y opposer.", diag.Present},
	{"subprocessor-authorisation", "fr autre prestataire à la fin near-miss", "À la fin du contrat, le Prestataire transfère les données au nouveau titulaire désigné par le Client.", diag.Missing},
	{"legal-requirement-notice", "fr autorité exige en vertu de la loi", "Si une autorité exige du Prestataire la communication des données en vertu de la loi, le Prestataire en informe préalablement le Client, sauf interdiction légale.", diag.Present},
	{"deletion-return", "fr quand vous quittez", "Quand vous quittez le service, vous choisissez : nous vous renvoyons toutes vos données, ou nous les effaçons. Dans les deux cas, tout est supprimé de nos serveurs sous 30 jours.", diag.Present},
	{"breach-notification", "fr un incident touche vos données", "Si un incident touche vos données, nous vous prévenons dans les 48 heures.", diag.Present},
	{"breach-notification", "en incident involving your data", "If an incident involving your data occurs, we will tell you within 48 hours.", diag.Present},
	{"breach-notification", "en incident with the service near-miss", "If an incident affects the availability of the service, we will post a notice on our status page.", diag.Missing},
})

func TestRules9b(t *testing.T) { checkSnippets(t, rules9bCases) }
