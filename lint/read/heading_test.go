package read

import "testing"

func TestHeadingLevelRunIn(t *testing.T) {
	tests := []struct {
		line string
		want int
	}{
		// A run-in heading and the first words of its clause, cut by the wrap.
		{"1.4 Duration. The term of the Agreement, plus the return period in", 0},
		{"3.2 Sous-traitance ultérieure. Le Prestataire ne recrute aucun", 0},
		{"2. Purpose. Processing of payroll data for the Customer", 0},
		// Headings stay headings.
		{"1.4 Duration", 2},
		{"7. U.S. Transfers", 1},
		{"ARTICLE 5 - SECURITY", 1},
		{"Article 9.", 1},
		{"3.1 Obligations du Sous-traitant", 2},
		{"4 Sub-processors. Annex", 1},
	}
	for _, tt := range tests {
		if got := headingLevel(tt.line); got != tt.want {
			t.Errorf("headingLevel(%q) = %d, want %d", tt.line, got, tt.want)
		}
	}
}
