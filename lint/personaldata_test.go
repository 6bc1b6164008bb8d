package lint

import (
	"path/filepath"
	"strings"
	"testing"
)

// Every labelled contract is about personal data, in both languages and every
// drafting style; a text that never mentions it (an NDA) is not.
func TestPersonalData(t *testing.T) {
	rs := mustRules(t)
	files, err := filepath.Glob(filepath.Join("testdata", "*", "*.*"))
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for _, path := range files {
		ext := filepath.Ext(path)
		if ext != ".md" && ext != ".txt" && ext != ".html" || strings.EqualFold(filepath.Base(path), "README.md") || strings.Contains(path, "fuzz") {
			continue
		}
		d, err := readFile(path)
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		if len(d.Blocks) == 0 {
			continue
		}
		n++
		if !Check(d, rs, Options{}).PersonalData {
			t.Errorf("%s: no sentence about personal data found", path)
		}
	}
	if n < 140 {
		t.Fatalf("checked %d contracts, want the 140 or more labelled ones", n)
	}
	for _, tt := range []struct{ name, src string }{
		{"en nda", "# Mutual Non-Disclosure Agreement\n\n## 1. Purpose\n\nThe parties will exchange confidential information to evaluate a supply of warehouse software.\n\n## 2. Return\n\nWhen the evaluation ends, each party shall return or destroy the other's Confidential Information."},
		{"fr accord de confidentialité", "# Accord de confidentialité\n\n## Article 1\n\nLes parties échangent des informations confidentielles pour étudier un projet commun.\n\n## Article 2\n\nÀ la fin des discussions, chaque partie restitue ou détruit les informations de l'autre."},
	} {
		if Check(mdDoc(t, tt.src), rs, Options{}).PersonalData {
			t.Errorf("%s: read as about personal data", tt.name)
		}
	}
	for _, tt := range []struct{ name, src string }{
		{"en one clause", "## Data\n\nThe Supplier processes personal data only on the Customer's documented instructions."},
		{"fr une clause", "## Données\n\nLe Prestataire traite les données à caractère personnel uniquement sur instruction du Client."},
	} {
		if !Check(mdDoc(t, tt.src), rs, Options{}).PersonalData {
			t.Errorf("%s: not read as about personal data", tt.name)
		}
	}
}
