package main

import (
	"bytes"
	"io"
	"os"
	"testing"
)

// TestIsTerminal covers the outputs a PDF may go to: pipes, files, buffers and
// the null device are fine; only a terminal is refused (not testable without a
// pseudo-terminal, which CI does not have).
func TestRenderIsTerminal(t *testing.T) {
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	defer w.Close()
	null, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer null.Close()
	file, err := os.CreateTemp(t.TempDir(), "out")
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	for name, out := range map[string]io.Writer{"pipe": w, "null device": null, "file": file, "buffer": &bytes.Buffer{}} {
		if renderIsTerminal(out) {
			t.Errorf("%s taken for a terminal", name)
		}
	}
	if tty, err := os.OpenFile("/dev/tty", os.O_WRONLY, 0); err == nil {
		defer tty.Close()
		if !renderIsTerminal(tty) {
			t.Error("/dev/tty not taken for a terminal")
		}
	}
}

func TestSourceDateEpoch(t *testing.T) {
	tests := []struct {
		val     string
		want    int64
		wantErr bool
	}{
		{"", 0, false},
		{"0", 0, false},
		{"1700000000", 1700000000, false},
		{"-1", 0, true},
		{"1e9", 0, true},
		{"99999999999999", 0, true},
	}
	for _, tt := range tests {
		t.Setenv("SOURCE_DATE_EPOCH", tt.val)
		got, err := sourceDateEpoch()
		if (err != nil) != tt.wantErr {
			t.Errorf("%q: err = %v, want error %v", tt.val, err, tt.wantErr)
			continue
		}
		if err == nil && tt.val != "" && got.Unix() != tt.want {
			t.Errorf("%q: got %v, want %d", tt.val, got, tt.want)
		}
		if err == nil && tt.val == "" && !got.IsZero() {
			t.Errorf("unset: got %v, want the zero time", got)
		}
	}
}
