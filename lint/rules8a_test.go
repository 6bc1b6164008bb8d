package lint

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/diag"
)

// Round 8 (issue 5), engine and particulars half: the drafting forms of
// blind7 that the rules read as missing, each written other ways, with
// near-misses that must still not count.
var rules8aCases = []struct {
	id, name, src string
	want          diag.Status
}{
	// Operations listed after a copula, each with its article: « Les
	// opérations sont l'hébergement, la saisie, la consultation ... ».
	{"nature", "fr les opérations sont l'hébergement, la saisie", frLead + "## Article 2\n\nLes opérations sont l'hébergement, la saisie, la consultation, la mise à jour et la sauvegarde.", diag.Present},
	{"nature", "fr les opérations confiées au prestataire sont", frLead + "## Article 2\n\n§ 2. Les opérations confiées au Prestataire sont l'hébergement, la conservation, la sauvegarde et l'assistance aux utilisateurs.", diag.Present},
	{"nature", "fr alinéa suisse les opérations sont", frLead + "## Art. 1 Objet\n\n2 Les opérations sont la lecture, la sélection, la transformation et la transmission de données.", diag.Present},
	{"nature", "en the operations are the hosting, the entry", "## Schedule 1\n\nThe operations are the hosting, the entry, the consultation and the deletion of the records.", diag.Present},
	{"nature", "en the processing activities entrusted are", "## Schedule 1\n\nThe activities entrusted to the Supplier are storage, retrieval, printing and secure destruction.", diag.Present},
	{"nature", "fr les opérations sont effectuées en France near-miss", frLead + "## Article 2\n\nLes opérations sont effectuées en France par le personnel du Prestataire.", diag.Missing},
	{"nature", "en the operations are performed near-miss", "## Location\n\nThe operations are performed in Ireland, by the Supplier's own staff.", diag.Missing},

	// Duration said with a plural verb: « Les traitements durent autant que le Contrat ».
	{"duration", "fr les traitements durent autant que", frLead + "## Article 2\n\nLes traitements durent autant que le Contrat.", diag.Present},
	{"duration", "fr les opérations dureront jusqu'à", frLead + "## Article 2\n\nLes opérations dureront jusqu'à la fin de la saison 2027.", diag.Present},
	{"duration", "fr les séances durent une heure near-miss", frLead + "## Article 4\n\nLes séances durent une heure.", diag.Missing},

	// The processor acting for the controller on "the data needed for" a task.
	{"subject-matter", "fr traite pour le compte du club les données nécessaires à la gestion", frLead + "## Article 2\n\nLe Prestataire traite pour le compte du Client les données nécessaires à la gestion sportive et administrative des licenciés.", diag.Present},
	{"subject-matter", "fr traite les données utiles à la tenue", frLead + "## Article 2\n\nLe Prestataire traite les données utiles à la tenue du registre des adhérents du Client.", diag.Present},
	{"subject-matter", "en processes on behalf of the club the data needed to run", "## Clause 2\n\nThe Supplier processes on behalf of the Customer the data needed to run the Customer's membership register.", diag.Present},
	{"subject-matter", "en processes the data required for the management of", "## Clause 2\n\nThe Supplier processes the personal data required for the management of the Customer's pension scheme.", diag.Present},
	// The task entrusted to the processor by a pronoun: « Il confie au Mandataire ... ».
	{"subject-matter", "fr il confie au mandataire le mandat", frLead + "## Préambule\n\nLe Client souhaite organiser ses assemblées à distance. Il confie au Prestataire, qui l'accepte, le mandat d'accomplir pour son compte les opérations décrites ci-dessous.", diag.Present},
	{"subject-matter", "en it entrusts the contractor with", "## Background\n\nThe Customer wishes to hold its meetings online. It entrusts the Supplier with the sending of notices and the counting of votes.", diag.Present},
	{"subject-matter", "fr traite les données nécessaires near-miss", frLead + "## Article 5\n\nLe Prestataire ne conserve que les données nécessaires.", diag.Missing},
	{"subject-matter", "fr confie la clé near-miss", frLead + "## Article 9\n\nLe Client confie les clés du local à son gardien.", diag.Missing},

	// Purposes: what the operations "serve", "so as to allow".
	{"purpose", "fr ces opérations servent uniquement à", frLead + "## Art. 1\n\n3 Ces opérations servent uniquement à l'enregistrement des demandes d'analyse et à la communication des résultats.", diag.Present},
	{"purpose", "fr les traitements servent à", frLead + "## Article 2\n\nLes traitements servent à la gestion des inscriptions et à l'envoi des reçus fiscaux.", diag.Present},
	{"purpose", "fr héberge le logiciel afin de permettre", frLead + "## Article 2\n\n§ 1er. Le Prestataire héberge et maintient, pour le compte du Client, le logiciel de gestion des registres, afin de permettre la délivrance d'extraits et l'envoi des attestations.", diag.Present},
	{"purpose", "en hosts the software so as to enable", "## Clause 2\n\nThe Supplier hosts and maintains the Customer's register software so as to enable the issue of certificates and the sending of receipts.", diag.Present},
	{"purpose", "en these operations serve only to", "## Clause 2\n\nThese operations serve only to record test requests and to report results to the clinics.", diag.Present},
	{"purpose", "fr finalités soutien et remboursement", frLead + "## Description\n\nfinalités : soutien psychologique des adhérents et remboursement des séances ;", diag.Present},
	{"purpose", "en purposes support and reimbursement", "## Description\n\nPurposes: psychological support of members and reimbursement of sessions.", diag.Present},
	{"purpose", "fr ces mesures servent à near-miss", frLead + "## Sécurité\n\nCes opérations servent de référence pour l'audit annuel.", diag.Missing},
	// Weak: the purpose is only the instructions or the needs of the contract.
	{"purpose", "en purpose as instructed weak", "## Annex 1\n\n| Item | Detail |\n|---|---|\n| Purpose | As instructed by the End Customer under the Upstream DPA. |", diag.Weak},
	{"purpose", "en purposes as determined by the controller weak", "## Annex 1\n\nPurposes: as determined by the Controller from time to time.", diag.Weak},
	{"purpose", "fr pour les seuls besoins des prestations weak", frLead + "## Clause 13\n\nLe Prestataire traite les données figurant dans les dictées pour les seuls besoins des prestations.", diag.Weak},
	{"purpose", "en purpose row as instructed beside other rows weak", "## Annex A\n\n| Item | Detail |\n|---|---|\n| Subject-matter | Hosting and support of the practice management platform. |\n| Nature | Storage, retrieval, booking and invoicing. |\n| Purpose | As instructed by the End Customer under the Upstream DPA. |", diag.Weak},
	{"purpose", "en purpose label as directed by the controller weak", "## Annex A\n\nSubject-matter: hosting and support of the booking platform.\n\nPurpose: as directed by the Controller.", diag.Weak},
	{"purpose", "fr finalités celles définies par le client weak", frLead + "## Annexe\n\nObjet : hébergement et maintenance du logiciel de gestion.\n\nFinalités : celles définies par le Client.", diag.Weak},
	{"purpose", "fr finalités gestion des adhérents définies par le client near-miss", frLead + "## Annexe\n\nFinalités : gestion des adhésions, telles que définies par le Client.", diag.Present},
	{"purpose", "en purpose as instructed with a real purpose near-miss", "## Annex 1\n\nPurpose: payroll processing for the Customer's staff, as instructed by the Customer.", diag.Present},

	// Data subjects: a singular label, and the people named before the list.
	{"data-subjects", "en categories of data subject singular", "## Part B\n\n| Description | Details |\n|---|---|\n| Categories of Data Subject | Registered and prospective blood donors; clinic staff. |", diag.Present},
	{"data-subjects", "en category of data subject label", "## Annex\n\nCategory of data subject: pupils of the School and their parents.", diag.Present},
	{"data-subjects", "en covers the following personal data of crew", "## Schedule 1\n\nThe Contractor processes Crew Data to provide the Services. It covers the following personal data of cockpit crew, cabin crew and schedulers: name, staff number, home base and contact details.", diag.Present},
	{"data-subjects", "fr porte sur les données suivantes des joueurs", frLead + "## Annexe\n\nLe traitement porte sur les données suivantes des joueurs et des entraîneurs : nom, licence, équipe et coordonnées.", diag.Present},
	{"data-subjects", "en following personal data near-miss", "## Schedule 1\n\nIt covers the following personal data: name, staff number and home base.", diag.Missing},

	// Data types: a label naming where the data sits, and the list after "the following personal data".
	{"data-types", "en data stored by the client row", "## Order Form\n\n| Item | Detail |\n|---|---|\n| Data stored by the Client | Names, addresses, phone numbers and emails of applicants and tenants; viewing notes |", diag.Present},
	{"data-types", "en data held for the customer label", "## Order Form\n\nData held for the Customer: names, addresses, policy numbers and claims history.", diag.Present},
	{"data-types", "en covers the following personal data of", "## Schedule 1\n\nIt covers the following personal data of cockpit crew and schedulers: name, staff number, home base, rank and qualifications.", diag.Present},
	{"data-types", "en data stored by the client in the eu near-miss", "## Hosting\n\n| Item | Detail |\n|---|---|\n| Data stored by the Client | in the Supplier's EU data centre |", diag.Missing},
	// Weak: the data named only by where it is found.
	{"data-types", "fr données figurant dans les dictées weak", frLead + "## Clause 13\n\nIl traite les données à caractère personnel figurant dans les dictées pour les seuls besoins des prestations.", diag.Weak},
	{"data-types", "en personal data contained in the recordings weak", "## Clause 13\n\nIt processes the personal data contained in the recordings only to perform the services.", diag.Weak},

	// Generalisation: the same concepts in other verbs and orders.
	{"nature", "fr le traitement recouvre la collecte, la conservation", frLead + "## Article 3\n\nLe traitement recouvre la collecte, la conservation, la consultation et la suppression des fiches.", diag.Present},
	{"nature", "fr le Prestataire assure la saisie, la mise à jour", frLead + "## Article 3\n\nLe Prestataire assure la saisie, la mise à jour, l'archivage et la destruction des dossiers.", diag.Present},
	{"nature", "fr la collecte des cotisations near-miss", frLead + "## Article 3\n\nLa collecte, la garde et le transport des fonds sont assurés par le Prestataire.", diag.Missing},
	{"purpose", "fr le traitement a pour objet la gestion", frLead + "## Article 3\n\nLe traitement a pour objet la gestion des abonnements des lecteurs.", diag.Present},
	{"purpose", "fr dans le but exclusif d'assurer", frLead + "## Article 3\n\nLes données sont traitées dans le but exclusif d'assurer la paie des agents.", diag.Present},
	{"purpose", "en processed solely so that the customer can", "## Schedule\n\nThe data is processed solely so that the Customer can pay its staff.", diag.Present},
	{"purpose", "en used only so that guests can", "## Schedule\n\nThe information is used only so that the Client's guests can be checked in.", diag.Present},
	{"purpose", "fr le contrat a pour objet de définir near-miss", frLead + "## Article 1\n\nLe présent contrat a pour objet de définir les conditions de la sous-traitance.", diag.Missing},
	{"subject-matter", "en processes personal data in providing the helpdesk", "## Schedule\n\nThe Supplier will process personal data in providing the helpdesk service to the Customer.", diag.Present},
	{"subject-matter", "en handles data while running the payroll", "## Schedule\n\nThe Bureau handles personal data while running the payroll of the Customer's staff.", diag.Present},
	{"subject-matter", "fr le présent contrat encadre la prestation de routage", frLead + "## Article 1\n\nLe présent contrat encadre la prestation de routage confiée au Prestataire.", diag.Present},
	{"subject-matter", "fr la présente annexe régit les travaux de numérisation", frLead + "## Article 1\n\nLa présente annexe régit les travaux de numérisation des archives du Client.", diag.Present},
	{"subject-matter", "en this dpa governs processing when it operates", "## Clause 1\n\nThis DPA governs the Supplier's processing of personal data when it operates the Customer's loyalty scheme.", diag.Present},
	{"subject-matter", "en this addendum covers processing while it hosts", "## Clause 1\n\nThis Addendum covers the processing of personal data by the Vendor while it hosts the Client's e-commerce shop.", diag.Present},
	{"subject-matter", "fr le présent contrat régit les relations near-miss", frLead + "## Article 1\n\nLe présent contrat régit les relations entre les parties.", diag.Missing},
	{"subject-matter", "en processing in breach near-miss", "## Clause 9\n\nThe Supplier is liable for any processing in breach of this DPA.", diag.Missing},

	{"data-types", "en personal data involved label", "## Schedule\n\nPersonal data involved: names, phone numbers, delivery addresses.", diag.Present},
	{"data-types", "en the information handled consists of", "## Schedule\n\nThe information handled consists of names, e-mail addresses and order numbers.", diag.Present},
	{"data-types", "fr les informations traitées se limitent aux", frLead + "## Article 3\n\nLes informations traitées se limitent aux nom, prénom, adresse et numéro de téléphone.", diag.Present},
	{"data-types", "fr seront traités deux-points", frLead + "## Article 3\n\nSeront traités : nom, prénom, courriel, numéro d'adhérent.", diag.Present},
	{"data-types", "en the information handled is kept near-miss", "## Security\n\nThe information handled is kept in locked cabinets.", diag.Missing},
	{"data-subjects", "en the personal data processed is that of", "## Schedule\n\nThe personal data processed is that of the Customer's tenants and guarantors.", diag.Present},
	{"data-subjects", "fr les données traitées sont celles des locataires", frLead + "## Article 3\n\nLes données traitées sont celles des locataires du Client et de leurs garants.", diag.Present},
	{"data-subjects", "fr les données sont celles du contrat near-miss", frLead + "## Article 3\n\nLes données traitées sont celles du fichier transmis.", diag.Missing},
	{"duration", "fr pendant la durée d'exécution du marché", frLead + "## Article 1\n\nLe traitement est réalisé pendant la durée d'exécution du marché.", diag.Present},
	{"duration", "en for the duration of the order form", "## Clause 1\n\nThe processing will last for the duration of the Order Form.", diag.Present},
	{"duration", "en for the duration of the statement of work", "## Clause 1\n\nThe Supplier processes the data for the duration of the Statement of Work.", diag.Present},
	{"duration", "fr pour la durée de validité de la commande", frLead + "## Article 1\n\nLe traitement est réalisé pour la durée de validité de la commande.", diag.Present},
	{"duration", "en for the duration of the incident near-miss", "## Clause 1\n\nThe Supplier keeps a log for the duration of the incident.", diag.Missing},

	// Definitions of the contract's own data terms name the people and the
	// data; the generic definitions of Article 4 GDPR still do not.
	{"data-subjects", "en crew data means personal data of crew members", "## 1. Definitions\n\n1.1 \"Crew Data\" means personal data of crew members and other Airline personnel that the Airline enters into the system.", diag.Present},
	{"data-subjects", "en pupil data means information about pupils", "## Definitions\n\n\"Pupil Data\" means information about the School's pupils and their parents held in the platform.", diag.Present},
	{"data-subjects", "fr données désigne les données des adhérents", frLead + "## Article 1 - Définitions\n\n« Données » désigne les données à caractère personnel des adhérents du Client.", diag.Present},
	{"data-types", "en member data means the names, contact details", "## Definitions\n\n\"Member Data\" means the names, contact details and membership history of the Club's members.", diag.Present},
	{"data-types", "fr données désigne ... à savoir nom, prénom", frLead + "## Article 1 - Définitions\n\n« Données » désigne les données des adhérents du Client, à savoir nom, prénom, adresse.", diag.Present},
	{"data-subjects", "en data subject means a natural person near-miss", "## Definitions\n\n\"Data Subject\" means an identified or identifiable natural person.", diag.Missing},
	{"data-types", "en personal data means any information near-miss", "## Definitions\n\n\"Personal Data\" means any information relating to a Data Subject, including names and e-mail addresses.", diag.Missing},
	{"data-subjects", "fr personne concernée désigne toute personne near-miss", frLead + "## Définitions\n\n« Personne concernée » désigne toute personne physique identifiée, notamment les clients.", diag.Missing},

	{"duration", "fr combien de temps ... pendant la durée de votre abonnement", frLead + "## Questions fréquentes\n\n**Combien de temps gardez-vous les données ?**\n\nPendant toute la durée de votre abonnement.", diag.Present},
	{"duration", "fr pendant la durée de son contrat de maintenance", frLead + "## Article 2\n\nLe Prestataire traite les données pendant la durée de son contrat de maintenance.", diag.Present},

	// The controller's rights said as ownership of the rules and a right to check or stop.
	{"controller-rights", "en sets the rules for its use and can check", "## The Customer\n\nThe Customer remains the owner of the data, sets the rules for its use and can check at any time how the Supplier applies them.", diag.Present},
	{"controller-rights", "fr vous restez maître de vos données", frLead + "## Vos droits\n\nVous restez maître de vos données : vous décidez de leur usage et pouvez nous demander à tout moment de cesser un traitement.", diag.Present},
	{"controller-rights", "fr le client fixe les règles d'utilisation", frLead + "## Rôle du Client\n\nLe Client fixe les règles d'utilisation des données et peut vérifier à tout moment leur application par le Prestataire.", diag.Present},
	{"controller-rights", "en sets the rules near-miss", "## House rules\n\nThe Supplier sets the rules for the use of its meeting rooms.", diag.Missing},
	{"controller-rights", "fr maître d'ouvrage near-miss", frLead + "## Travaux\n\nLe Prestataire reste maître des moyens techniques qu'il emploie.", diag.Missing},

	{"data-types", "fr définition par deux-points données patients", frLead + "## Article 1 - Définitions\n\n« Données Patients » : les nom, prénom, date de naissance et numéro de sécurité sociale des patients du Client.", diag.Present},
	{"data-subjects", "fr définition par deux-points des patients", frLead + "## Article 1 - Définitions\n\n« Données Patients » : les nom, prénom, date de naissance et numéro de sécurité sociale des patients du Client.", diag.Present},
	{"data-types", "fr définition logiciel near-miss", frLead + "## Article 1 - Définitions\n\n« Logiciel » : l'application de gestion, dans sa version en vigueur.", diag.Missing},
	{"data-subjects", "fr définition données near-miss", frLead + "## Article 1 - Définitions\n\n« Données » : les informations traitées au titre du présent contrat.", diag.Missing},

	// The controller's right, with a pronoun between "droit de" and the verb.
	{"controller-rights", "fr vous disposez du droit de nous donner des instructions", frLead + "## Article 12\n\n12.2. Vous déterminez les finalités du traitement. Vous disposez du droit de nous donner des instructions et de contrôler notre respect du présent article.", diag.Present},
	{"controller-rights", "fr le client a le droit de lui adresser des instructions", frLead + "## Rôle du Client\n\nLe Client est responsable du traitement et a le droit de lui adresser des instructions écrites.", diag.Present},
	{"controller-rights", "fr droit de nous donner un préavis near-miss", frLead + "## Résiliation\n\nVous disposez du droit de nous donner un préavis de trois mois.", diag.Missing},
}

func TestRules8a(t *testing.T) { checkSnippets(t, plainSnippets(rules8aCases)) }

// rulesEdit loads the rules with one rule file changed by edit.
func rulesEdit(t *testing.T, name string, edit func([]byte) []byte) *clauses.Rules {
	t.Helper()
	rs, err := clauses.LoadRules(ruleFilesEdited(t, name, edit))
	if err != nil {
		t.Fatalf("rules with %s edited: %v", name, err)
	}
	return rs
}

// ruleFilesEdited is the rule files with one of them changed by edit.
func ruleFilesEdited(t *testing.T, name string, edit func([]byte) []byte) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	src := clauses.RuleFiles()
	names, err := fs.Glob(src, "*.yaml")
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range names {
		b, err := fs.ReadFile(src, n)
		if err != nil {
			t.Fatal(err)
		}
		if n == name {
			b = edit(b)
		}
		m[n] = &fstest.MapFile{Data: b}
	}
	return m
}

// withoutKey drops a top-level key and its indented block from a rule file.
func withoutKey(b []byte, key string) []byte {
	var out []string
	skip := false
	for _, l := range strings.SplitAfter(string(b), "\n") {
		if strings.HasPrefix(l, key+":") {
			skip = true
			continue
		}
		if skip && (strings.HasPrefix(l, " ") || strings.HasPrefix(l, "#") || strings.TrimSpace(l) == "") {
			continue
		}
		skip = false
		out = append(out, l)
	}
	return []byte(strings.Join(out, ""))
}

// A rule may narrow the shared negations: "... and need not carry out that
// instruction" is a right to suspend, not a refusal to notify.
func TestNegationExcept(t *testing.T) {
	const src = "## Instructions\n\nIf the Supplier considers that an instruction infringes the GDPR, it tells the Customer immediately and need not carry out that instruction."
	const id = "infringing-instruction"
	get := func(rs *clauses.Rules, src string) diag.Status {
		for _, f := range Check(mdDoc(t, src), rs, Options{}).Findings {
			if f.ID == id {
				return f.Status
			}
		}
		t.Fatalf("no finding for %s", id)
		return ""
	}
	// The rule file's own exception is replaced by a known one.
	plain := rulesEdit(t, id+".yaml", func(b []byte) []byte { return withoutKey(b, "negation_except") })
	narrowed := rulesEdit(t, id+".yaml", func(b []byte) []byte {
		return append(withoutKey(b, "negation_except"), "negation_except:\n  en: ['need not (?:carry out|follow|act on) (?:that|the|such) instruction']\n  fr: ['pas tenu d.ex[ée]cuter']\n"...)
	})
	if got := get(plain, src); got != diag.Missing {
		t.Errorf("shared negation: got %s, want missing", got)
	}
	if got := get(narrowed, src); got != diag.Present {
		t.Errorf("narrowed negation: got %s, want present", got)
	}
	// Near-miss: the exception is the rule's own, and other negations still hold.
	const refuse = "## Instructions\n\nThe Supplier need not tell the Customer if it considers that an instruction infringes the GDPR, and may act immediately."
	if got := get(narrowed, refuse); got != diag.Missing {
		t.Errorf("other negation under a narrowed rule: got %s, want missing", got)
	}
	// Other rules keep the shared negation.
	f := Check(mdDoc(t, "## Audits\n\nThe Supplier need not allow audits; it makes its certificates available to the Customer on request."), narrowed, Options{})
	for _, x := range f.Findings {
		if x.ID == "audits" && x.Status == diag.Present {
			t.Errorf("audits under another rule's exception: present, want the negation to hold")
		}
	}
}

// A bad negation_except pattern is reported with file, line and column.
func TestNegationExceptError(t *testing.T) {
	m := ruleFilesEdited(t, "duration.yaml", func(b []byte) []byte {
		return append(b, "negation_except:\n  en: ['(unclosed']\n"...)
	})
	_, err := clauses.LoadRules(m)
	if err == nil || !strings.Contains(err.Error(), "duration.yaml:") || !strings.Contains(err.Error(), "bad pattern") {
		t.Fatalf("got %v, want a located bad-pattern error in duration.yaml", err)
	}
}

// "l'art. 28" does not end a sentence; "Appendix 7B" is not Appendix 7.
func TestSplitElidedAbbreviation(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int
	}{
		{"Le Prestataire agit conformément à l'art. 28 du RGPD. Il informe le Client.", 2},
		{"Conformément à l’art. 9 RGPD, aucune donnée de santé n'est traitée.", 1},
		{"Voir d'ex. 3 ci-dessous. Le Client décide.", 2},
		// Near-miss: a word with an apostrophe that is no abbreviation still ends a sentence.
		{"The data is the Customer's. The Supplier hosts it.", 2},
	} {
		if got := len(splitSentences(c.in)); got != c.want {
			t.Errorf("%q: %d sentences, want %d", c.in, got, c.want)
		}
	}
}

func TestDanglingLetteredAnnex(t *testing.T) {
	for _, c := range []struct {
		name, src, want string
	}{
		{"7B absent, 7 present", "## Appendix 7\n\nPricing.\n\n## Security\n\nThe measures are listed in Appendix 7B.", "appendix 7b"},
		{"7B present", "## Appendix 7B\n\nEncryption at rest.\n\n## Security\n\nThe measures are listed in Appendix 7B.", ""},
		{"7 present, referred to as 7", "## Appendix 7\n\nEncryption at rest.\n\n## Security\n\nThe measures are listed in Appendix 7.", ""},
		{"schedule 2bis read as 2", "## Schedule 2\n\nEncryption at rest.\n\n## Security\n\nThe measures are listed in Schedule 2bis.", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			tx := prepare(mdDoc(t, c.src), mustRules(t))
			got := ""
			for _, d := range tx.dangling {
				if d != "" {
					got = d
				}
			}
			if got != c.want {
				t.Errorf("dangling %q, want %q", got, c.want)
			}
		})
	}
}

// Paragraph numbers of Belgian, Luxembourg and Swiss drafting are numbering.
func TestStripNumbering8a(t *testing.T) {
	for in, want := range map[string]string{
		"§ 2. les opérations sont":        "les opérations sont",
		"§ 1er. le prestataire héberge":   "le prestataire héberge",
		"§2 le prestataire":               "le prestataire",
		"1° « logiciel » : l'application": "« logiciel » : l'application",
		"2 les opérations sont":           "les opérations sont",
		"4 le contrat dure":               "le contrat dure",
		"12 the supplier hosts":           "the supplier hosts",
		// Near-misses: a number that is a quantity stays.
		"30 days after termination": "30 days after termination",
		"2 copies are kept":         "2 copies are kept",
		"2026 the processor":        "2026 the processor",
	} {
		if got := stripNumbering(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}

// Names defined "ci-apres" (plain-ASCII French) or "ci-après dénommée" are the
// parties of a two-party preamble, so the one without a role takes the other.
func TestAliases8a(t *testing.T) {
	for _, c := range []struct {
		name, src string
		want      map[string]bool // name -> processor
	}{
		{"ci-apres without accent",
			"Le Cabinet Lemoine, syndic, ci-apres \"le Mandant\",\n\nET\n\nLa societe Votacop SAS, ci-apres \"le Mandataire\".\n\n## Article 3\n\nLe Mandant reste seul responsable du traitement.",
			map[string]bool{"Mandant": false, "Mandataire": true}},
		{"ci-après dénommée",
			"La commune de Blois, ci-après dénommée « la Commune »,\n\net la société Numéria, ci-après dénommée « l'Opérateur ».\n\n## Article 2\n\nL'Opérateur agit en qualité de sous-traitant.",
			map[string]bool{"Commune": false, "Opérateur": true}},
		{"hereinafter called",
			"Harbour Trust, hereinafter called the \"Trust\", and Keel Ltd, hereinafter called the \"Operator\".\n\n## Roles\n\nThe Trust is the controller.",
			map[string]bool{"Trust": false, "Operator": true}},
		// Near-miss: three names defined "ci-apres" are not two parties.
		{"ci-apres three names near-miss",
			"Le Cabinet, ci-apres \"le Mandant\", la societe Votacop, ci-apres \"le Mandataire\", et la banque Rhone, ci-apres \"la Banque\".\n\n## Article 3\n\nLe Mandant reste seul responsable du traitement.",
			map[string]bool{"Mandant": false}},
	} {
		t.Run(c.name, func(t *testing.T) {
			d := mdDoc(t, c.src)
			rs := mustRules(t)
			got := map[string]bool{}
			for _, a := range findAliases(d, detectLang([]string{fold(c.src)}, rs.LangWords), rs) {
				got[a.name] = a.processor
			}
			if len(got) != len(c.want) {
				t.Fatalf("aliases %v, want %v", got, c.want)
			}
			for n, p := range c.want {
				if gp, ok := got[n]; !ok || gp != p {
					t.Errorf("aliases %v, want %v", got, c.want)
				}
			}
		})
	}
}
