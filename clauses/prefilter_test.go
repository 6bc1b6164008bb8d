package clauses

import (
	"slices"
	"testing"
)

// A literal that contains another is redundant in a prefilter: any text that
// contains it contains the shorter one.
func TestMinimalLits(t *testing.T) {
	for _, c := range []struct{ in, want []string }{
		{[]string{"processors", "processor", "sub-processor"}, []string{"processor"}},
		{[]string{"notify", "notification", "notice"}, []string{"notify", "notice", "notification"}},
		{[]string{"eea", "eu", "european union"}, []string{"eu", "eea"}},
		{[]string{"b", "ab", "c"}, []string{"b", "c"}},
	} {
		got := minimalLits(c.in)
		slices.Sort(got)
		want := slices.Clone(c.want)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("minimalLits(%q) = %q, want %q", c.in, got, want)
		}
	}
}
