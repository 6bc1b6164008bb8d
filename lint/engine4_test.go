package lint

import (
	"strings"
	"testing"

	"github.com/dpatool/dpa/diag"
	"github.com/dpatool/dpa/lint/doc"
	"github.com/dpatool/dpa/lint/read"
)

func txtDoc(t testing.TB, src string) *doc.Document {
	t.Helper()
	d, err := read.Read("snippet.txt", strings.NewReader(src), "txt")
	if err != nil {
		t.Fatalf("reading snippet: %v", err)
	}
	return d
}

// Round 4 (issue 5): particulars, controller's rights, confidentiality and
// transfers in drafting the earlier rules did not read. Each case is our own
// wording of a drafting pattern, with near-misses that must not count.
var engine4Cases = []struct {
	id, name, src string
	want          diag.Status
}{
	// purpose: a sentence that says what the purpose is
	{"purpose", "en the purpose is to", "The purpose of the processing is to let the Customer run its loyalty programme and reward returning shoppers.", diag.Present},
	{"purpose", "en sole purpose", "The only purpose is the diagnosis and care of the Hospital's patients.", diag.Present},
	{"purpose", "en programme", "## Purposes\n\nWe process the data for the purposes of the Study.", diag.Present},
	{"purpose", "en purpose limitation heading", "## 4. Purpose limitation\n\nThe Vendor will communicate the data to nobody.", diag.Missing},
	{"purpose", "fr la finalité est de", "La finalité du traitement est de permettre au Client de suivre les commandes de ses acheteurs.", diag.Present},
	{"purpose", "fr a pour seule finalité", "Le traitement a pour seule finalité la tenue du registre des membres de l'association.", diag.Present},
	{"purpose", "fr limitation des finalités", "## Limitation des finalités\n\nLe Prestataire n'envoie rien à des tiers.", diag.Missing},

	// duration: the instrument stays in force, applies or runs for a time
	{"duration", "en exhibit stays in effect", "This Data Annex stays in effect for the term of the Hosting Order.", diag.Present},
	{"duration", "en terms apply for as long as", "These conditions apply for as long as the subscription is active and until all data is erased.", diag.Present},
	{"duration", "en applies from until", "This Schedule applies from the go-live date until the last report has been delivered.", diag.Present},
	{"duration", "en no term", "The Supplier applies the security measures of Annex 2.", diag.Missing},
	{"duration", "fr dure autant que", "Le présent avenant prend effet à sa signature et dure autant que le contrat d'abonnement.", diag.Present},
	{"duration", "fr produit ses effets et prend fin", "La convention produit ses effets dès sa signature et prend fin en même temps que le marché.", diag.Present},
	{"duration", "fr reste en vigueur", "Cet accord reste en vigueur tant que le Prestataire conserve des données du Client.", diag.Present},
}

func TestEngine4Rules(t *testing.T) {
	for _, c := range engine4Cases {
		t.Run(c.id+"/"+c.name, func(t *testing.T) {
			if f := status(t, c.src, c.id, Options{}); f.Status != c.want {
				t.Errorf("%s: got %s (%s), want %s\n%s", c.id, f.Status, f.Reason, c.want, c.src)
			}
		})
	}
}

// A contract's own names for its parties are read as the roles it gives them.
func TestAliases(t *testing.T) {
	rs := mustRules(t)
	cases := []struct {
		name, src, lang string
		want            map[string]bool // name -> processor
	}{
		{"en defined acting as", `Northgate Clinic Ltd (the "Clinic"), acting as controller, and Pelion Labs BV (the "Lab"), acting as processor, agree as follows.`, "en",
			map[string]bool{"Clinic": false, "Lab": true}},
		{"en is the controller and its processor", "1.1 The Museum is the controller and the Archivist its processor for the catalogue data.", "en",
			map[string]bool{"Museum": false, "Archivist": true}},
		{"en on behalf", "The Bureau shall process the applicant files to assess eligibility on the Ministry's behalf.", "en",
			map[string]bool{"Bureau": true, "Ministry": false}},
		{"en we and a name", `Tessel Analytics Ltd ("we", "Tessel") provides the service to you ("you", the "Retailer").`, "en",
			map[string]bool{"Tessel": true, "Retailer": false}},
		{"fr ci-après role", "La société Orvanne SAS, ci-après « l'Intégrateur », sous-traitant au sens du RGPD, et la commune de Bellac, ci-après « la Commune », responsable de traitement.", "fr",
			map[string]bool{"Intégrateur": true, "Commune": false}},
		{"fr reste responsable", "La Mutuelle reste responsable du traitement.", "fr",
			map[string]bool{"Mutuelle": false}},
		{"vocab names are left alone", `Acme Ltd (the "Supplier"), acting as processor, and Beta plc (the "Customer"), acting as controller.`, "en",
			map[string]bool{}},
		{"sub-processor is not the processor", "Le Transporteur est sous-traitant ultérieur du Prestataire.", "fr",
			map[string]bool{}},
		{"a name with both roles is dropped", "The Operator is the controller of network data. The Operator is the processor of device data.", "en",
			map[string]bool{}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			got := map[string]bool{}
			for _, a := range findAliases(mdDoc(t, c.src), c.lang, rs) {
				got[a.name] = a.processor
			}
			if len(got) != len(c.want) {
				t.Fatalf("aliases %v, want %v", got, c.want)
			}
			for n, p := range c.want {
				if g, ok := got[n]; !ok || g != p {
					t.Errorf("alias %q: got processor=%v (found %v), want processor=%v", n, g, ok, p)
				}
			}
		})
	}
}

func TestSubstitute(t *testing.T) {
	rs := mustRules(t)
	en := findAliases(mdDoc(t, `Pelion Labs BV (the "Lab"), acting as processor, and Northgate (the "Clinic"), acting as controller.`), "en", rs)
	if got, want := substitute("The Lab's staff act on the Clinic's instructions; Lab notifies Clinic.", "en", en),
		"the processor's staff act on the controller's instructions; the processor notifies the controller."; !strings.EqualFold(got, want) {
		t.Errorf("en: got %q, want %q", got, want)
	}
	fr := findAliases(mdDoc(t, "Orvanne SAS, ci-après « l'Intégrateur », sous-traitant, et la commune de Bellac, ci-après « la Commune », responsable de traitement."), "fr", rs)
	if got, want := substitute("L'Intégrateur traite les données pour le compte de la Commune et informe la Commune ; la Commune donne ses instructions à l'Intégrateur.", "fr", fr),
		"le sous-traitant traite les données pour le compte du responsable du traitement et informe le responsable du traitement ; le responsable du traitement donne ses instructions au sous-traitant."; !strings.EqualFold(got, want) {
		t.Errorf("fr: got %q, want %q", got, want)
	}
	// The name only counts as written, capitalised: "practice" in "best practice" stays.
	pr := findAliases(mdDoc(t, `Dr Lee ("you", the "Practice") engages us.`), "en", rs)
	if got := substitute("We follow best practice for the Practice.", "en", pr); got != "We follow best practice for the controller." {
		t.Errorf("case: got %q", got)
	}
}

// Rules read a party's own name as its role: the controller's rights here are
// stated by "the Museum", which no vocabulary lists.
func TestAliasesReachRules(t *testing.T) {
	src := "The Museum is the controller and the Archivist its processor.\n\n" +
		"## Rights of the Museum\n\nThe Museum determines the purposes and means of the processing and may at any time audit the Archivist or terminate the engagement."
	if f := status(t, src, "controller-rights", Options{}); f.Status != diag.Present {
		t.Errorf("controller-rights: got %s (%s), want present", f.Status, f.Reason)
	}
}

// Hard-wrapped text splits words across lines with a hyphen; the parts are
// read as one word, and a compound broken at its own hyphen keeps it.
func TestJoinBroken(t *testing.T) {
	src := "3.1 The Vendor processes personal data only on the documented in-\nstructions of the Customer and binds each sub-\nprocessor and third-\nparty auditor in writing.\n"
	d := txtDoc(t, src)
	var b doc.Block
	for _, x := range d.Blocks {
		if strings.Contains(x.Text, "Vendor") {
			b = x
		}
	}
	got := joinBroken(b.Text, b.Lines, 0, len(b.Text))
	for _, want := range []string{"documented instructions", "sub-processor", "third-party auditor"} {
		if !strings.Contains(got, want) {
			t.Errorf("joinBroken: %q lacks %q", got, want)
		}
	}
	if f := Check(d, mustRules(t), Options{}); f.Findings[0].ID == "" {
		t.Fatal("no findings")
	}
	if f := statusDoc(t, d, "instructions"); f.Status != diag.Present {
		t.Errorf("instructions over a hyphenated line break: got %s (%s)", f.Status, f.Reason)
	}
}

func statusDoc(t *testing.T, d *doc.Document, id string) Finding {
	t.Helper()
	for _, f := range Check(d, mustRules(t), Options{}).Findings {
		if f.ID == id {
			return f
		}
	}
	t.Fatalf("no finding for %s", id)
	return Finding{}
}
