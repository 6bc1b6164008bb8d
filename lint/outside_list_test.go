package lint

import (
	"strings"
	"testing"

	"github.com/dpatool/dpa/diag"
)

// A deferral whose subject is a list of the particulars ("The subject-matter,
// nature and purposes ..., the types of personal data and the categories of
// data subjects are set out in the Order Form") is the usual way a vendor
// DPA defers them all at once. Each listed particular is weak, and the
// reason names the instrument rather than a part "not found".
func TestOutsideDeferralListSubject(t *testing.T) {
	tests := []struct {
		src, instr string
		ids        []string
	}{
		{"The subject-matter, nature and purposes of the processing, the types of personal data and the categories of data subjects are set out in the Order Form.",
			"order form", []string{"subject-matter", "nature", "purpose", "data-types", "data-subjects"}},
		{"L'objet, la durée, la nature et la finalité du traitement, les types de données et les catégories de personnes concernées sont définis dans le bon de commande.",
			"bon de commande", []string{"subject-matter", "duration", "nature", "purpose", "data-types", "data-subjects"}},
	}
	for _, tt := range tests {
		for _, id := range tt.ids {
			f := status(t, tt.src, id, Options{})
			if f.Status != diag.Weak || !strings.Contains(f.Reason, tt.instr) {
				t.Errorf("%s: got %s (%q), want weak naming %q, for %q", id, f.Status, f.Reason, tt.instr, tt.src)
			}
		}
	}
}
