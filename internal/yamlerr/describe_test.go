package yamlerr

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func TestDescribe(t *testing.T) {
	tests := []struct{ src, want string }{
		{"a: 1", "a mapping"},
		{"- 1", "a list"},
		{"~", "nothing"},
		{"12", "the number 12"},
		{"1.5", "the number 1.5"},
		{"true", "the boolean true"},
		{"sometimes", `the string "sometimes"`},
		{strings.Repeat("x", 50), `the string "` + strings.Repeat("x", 37) + `..."`},
	}
	for _, tt := range tests {
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(tt.src), &doc); err != nil {
			t.Fatalf("%q: %v", tt.src, err)
		}
		if got := Describe(doc.Content[0]); got != tt.want {
			t.Errorf("Describe(%q) = %s, want %s", tt.src, got, tt.want)
		}
	}
	if got := Describe(nil); got != "nothing" {
		t.Errorf("Describe(nil) = %s", got)
	}
}
