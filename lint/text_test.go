package lint

import "testing"

func TestStripNumbering(t *testing.T) {
	for in, want := range map[string]string{
		"2. duration":                    "duration",
		"7.1. instructions":              "instructions",
		"(a) the processor shall":        "the processor shall",
		"b) the processor":               "the processor",
		"clause 5 - duration":            "duration",
		"iv. purpose":                    "purpose",
		"article 3 : durée":              "durée",
		"the processor shall":            "the processor shall",
		"2026 is the year":               "2026 is the year",
		"a processor shall":              "a processor shall",
		"1.2.3 subject matter":           "subject matter",
		"3.3 nature: storage":            "nature: storage",
		"4 | operations | hosting":       "operations | hosting",
		"2026 the processor":             "2026 the processor",
		"1.2.3. subject matter":          "subject matter",
		"(1) obligation to carry out an": "obligation to carry out an",
		"a2  duration. from signature":   "duration. from signature",
		"b4 the contractor shall":        "the contractor shall",
		"c12. data subjects":             "data subjects",
		"e2e encryption is used":         "e2e encryption is used",
	} {
		if got := stripNumbering(in); got != want {
			t.Errorf("%q: %q, want %q", in, got, want)
		}
	}
}
