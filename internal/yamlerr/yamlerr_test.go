package yamlerr

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func TestLocate(t *testing.T) {
	tests := []struct {
		name, in  string
		line, col int
		msg       string
	}{
		// yaml.v3 says line 3 (end of input) for these two.
		{"unclosed double quote", "controller:\n  name: \"Acme\n  address: x\n", 2, 9, "double-quoted"},
		{"unclosed single quote", "x: 'abc\ny: 2\n", 1, 4, "single-quoted"},
		{"tab indent", "processing:\n  nature: x\n\tpurpose: y\n", 3, 1, "not tabs"},
		{"dedented list item", "list:\n  - a\n - b\n", 3, 2, "not allowed"},
		{"dedented key", "a:\n  b: 1\n c: 2\n", 3, 2, "not allowed"},
		{"sequence then mapping", "- a\nb: c\n", 2, 1, "not allowed"},
		{"unclosed flow mapping", "a: {b: 1\nc: 2\n", 2, 1, "'}'"},
		{"text after a quoted value", "a: \"x\" y\n", 1, 8, "not allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var n yaml.Node
			err := yaml.Unmarshal([]byte(tt.in), &n)
			if err == nil {
				t.Fatal("yaml.v3 accepted the input; the case tests nothing")
			}
			p := Locate([]byte(tt.in), err)
			if p.Line != tt.line || p.Col != tt.col || !strings.Contains(p.Msg, tt.msg) {
				t.Errorf("Locate = %d:%d %q, want %d:%d containing %q (yaml.v3 said %v)", p.Line, p.Col, p.Msg, tt.line, tt.col, tt.msg, err)
			}
		})
	}
}

// An error only yaml.v3 finds keeps yaml.v3's message (it gives no line for this one).
func TestLocateFallsBackToV3(t *testing.T) {
	in := "a: *nope\n"
	var n yaml.Node
	err := yaml.Unmarshal([]byte(in), &n)
	if err == nil {
		t.Fatal("yaml.v3 accepted an unknown alias")
	}
	p := Locate([]byte(in), err)
	if p.Line != 0 || p.Col != 0 || p.Msg != "unknown anchor 'nope' referenced" {
		t.Errorf("Locate = %+v, want no position and yaml.v3's message", p)
	}
}

func FuzzLocate(f *testing.F) {
	for _, s := range []string{"a: 'x\n", "a:\n\tb: 1\n", "- a\nb: c\n", "{[", "a: &x [*x]\n"} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var n yaml.Node
		if err := yaml.Unmarshal(data, &n); err != nil {
			p := Locate(data, err)
			if p.Msg == "" || p.Line < 0 || p.Col < 0 {
				t.Fatalf("Locate(%q) = %+v", data, p)
			}
		}
	})
}
