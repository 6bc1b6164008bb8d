package doc

import "testing"

func TestLocAt(t *testing.T) {
	lines := Block{Text: "first line second line third", Loc: Loc{Line: 10}, Lines: []int{0, 11, 23}}
	pages := Block{Text: "end of page top of next", Loc: Loc{Page: 1, Line: 40}, Lines: []int{0, 12},
		LineLocs: []Loc{{Page: 1, Line: 40}, {Page: 2, Line: 3}}}
	tests := []struct {
		name string
		b    Block
		off  int
		want Loc
	}{
		{"start", lines, 0, Loc{Line: 10}},
		{"same line", lines, 10, Loc{Line: 10}},
		{"second line", lines, 11, Loc{Line: 11}},
		{"last line", lines, 27, Loc{Line: 12}},
		{"past end", lines, 99, Loc{Line: 12}},
		{"no Lines", Block{Text: "x", Loc: Loc{Para: 4}}, 0, Loc{Para: 4}},
		{"next page", pages, 15, Loc{Page: 2, Line: 3}},
		{"this page", pages, 5, Loc{Page: 1, Line: 40}},
	}
	for _, tc := range tests {
		if got := tc.b.LocAt(tc.off); got != tc.want {
			t.Errorf("%s: LocAt(%d) = %+v, want %+v", tc.name, tc.off, got, tc.want)
		}
	}
}
