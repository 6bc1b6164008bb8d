package nearest

import "testing"

func TestWord(t *testing.T) {
	ids := []string{"audits", "breach-notification", "breach-details", "duration", "nature"}
	for _, tc := range []struct {
		in, want string
		ok       bool
	}{
		{"audit", "audits", true},
		{"AUDITS", "audits", true},
		{"breach-notice", "breach-details", false}, // too far from both: no guess
		{"breach-notifcation", "breach-notification", true},
		{"durtion", "duration", true},
		{"xyz", "", false},
		{"", "", false},
	} {
		got, ok := Word(tc.in, ids)
		if ok != tc.ok || (ok && got != tc.want) {
			t.Errorf("Word(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
	if _, ok := Word("audits", nil); ok {
		t.Error("no candidates must give no suggestion")
	}
	// Ties are broken by sort order, not by the order of the candidates.
	if a, _ := Word("ab", []string{"ac", "aa"}); a != "aa" {
		t.Errorf("tie gave %q, want aa", a)
	}
	if got := DidYouMean("natre", ids); got != ` (did you mean "nature"?)` {
		t.Errorf("DidYouMean = %q", got)
	}
	if got := DidYouMean("qqqqqq", ids); got != "" {
		t.Errorf("DidYouMean for nonsense = %q", got)
	}
}
