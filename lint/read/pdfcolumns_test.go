package read

import (
	"strings"
	"testing"
)

// line lays out text as one run per word on baseline y from x, in a 10 pt font whose
// characters are 5 pt wide.
func line(y, x float64, text string) []pdfRun {
	var runs []pdfRun
	for _, w := range strings.Fields(text) {
		runs = append(runs, pdfRun{x: x, y: y, w: 5 * float64(len(w)), size: 10, s: w})
		x += 5*float64(len(w)) + 3
	}
	return runs
}

const prose = "the processor shall process personal data only on documented instructions"

// page builds a page from rows of (left text, right text), 12 pt apart, starting
// under a title across the page when title is set.
func page(title string, rows [][2]string, leftX, rightX float64) []pdfRun {
	var runs []pdfRun
	y := 800.0
	if title != "" {
		runs = append(runs, line(y, leftX, title)...)
		y -= 24
	}
	for _, r := range rows {
		if r[0] != "" {
			runs = append(runs, line(y, leftX, r[0])...)
		}
		if r[1] != "" {
			runs = append(runs, line(y, rightX, r[1])...)
		}
		y -= 12
	}
	return runs
}

func texts(regs []pageRegion) []string {
	var out []string
	for _, reg := range regs {
		var ws []string
		for _, line := range groupRows(reg.runs) {
			for _, r := range line {
				ws = append(ws, r.s)
			}
		}
		out = append(out, strings.Join(ws, " "))
	}
	return out
}

func TestPageColumns(t *testing.T) {
	col := prose[:60] // 60 characters: 300 pt plus word gaps, up to the gutter
	var two [][2]string
	for i := 0; i < 14; i++ {
		two = append(two, [2]string{col, col})
	}
	two[13][0] = "LEFTEND " + col[8:]
	two[0][1] = "RIGHTSTART " + col[11:]
	// A label table: a narrow first column of short labels.
	var labels [][2]string
	for i := 0; i < 14; i++ {
		labels = append(labels, [2]string{"Duration", col})
	}
	// A two-column table between paragraphs that cross the gutter.
	between := [][2]string{{prose + " and more words across the page", ""}}
	between = append(between, two...)
	between = append(between, [2]string{prose + " and more words across the page", ""})

	tests := []struct {
		name    string
		runs    []pdfRun
		regions int
	}{
		{"two columns", page("", two, 40, 420), 2},
		{"two columns under a title", page("DATA PROCESSING AGREEMENT BETWEEN THE PARTIES TO THE MAIN CONTRACT AND OTHERS TOO", two, 40, 420), 3},
		{"label table", page("", labels, 40, 420), 1},
		{"table between paragraphs", page("", between, 40, 420), 1},
		{"one column", page("", [][2]string{{prose, ""}, {prose, ""}, {prose, ""}, {prose, ""}, {prose, ""}, {prose, ""}, {prose, ""}, {prose, ""}, {prose, ""}, {prose, ""}, {prose, ""}, {prose, ""}}, 40, 420), 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			regs := pageColumns(tt.runs)
			if len(regs) != tt.regions {
				t.Fatalf("%d regions, want %d: %q", len(regs), tt.regions, texts(regs))
			}
			if tt.regions == 1 {
				return
			}
			got := texts(regs)
			left, right := got[len(got)-2], got[len(got)-1]
			// Reading order: the whole left column, then the right one.
			if !strings.HasSuffix(left, "LEFTEND "+strings.Join(strings.Fields(col[8:]), " ")) || !strings.HasPrefix(right, "RIGHTSTART") {
				t.Errorf("columns not read one after the other:\nleft:  %s\nright: %s", left, right)
			}
		})
	}
}

// FuzzPageColumns checks that splitting a page into regions neither loses nor
// duplicates a run, whatever the layout.
func FuzzPageColumns(f *testing.F) {
	f.Add([]byte("two columns of text on a page with a gutter between them"), uint8(40), uint8(14))
	f.Add([]byte{0, 255, 3, 7, 200, 100, 50, 25}, uint8(1), uint8(30))
	f.Fuzz(func(t *testing.T, data []byte, width, rows uint8) {
		var runs []pdfRun
		for i, b := range data {
			x := float64(b) * 2
			if i%2 == 1 {
				x += float64(width) * 3
			}
			runs = append(runs, pdfRun{x: x, y: 800 - 12*float64(i%(int(rows)+1)), w: 5 + float64(b%40), size: 10, s: string(rune('a' + b%26))})
		}
		count := map[pdfRun]int{}
		for _, r := range runs {
			count[r]++
		}
		for _, reg := range pageColumns(runs) {
			for _, r := range reg.runs {
				count[r]--
			}
		}
		for r, n := range count {
			if n != 0 {
				t.Fatalf("run %+v appears %d times too few in the regions", r, n)
			}
		}
	})
}
