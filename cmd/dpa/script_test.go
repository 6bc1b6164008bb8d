package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"
)

// update rewrites the expected output embedded in the .txtar scripts from the actual
// output, for reviewed changes: go test ./cmd/dpa -run TestScript -update
var update = flag.Bool("update", false, "rewrite cmp targets in testdata/script/*.txtar from actual output")

// TestMain lets the test binary act as the dpa executable inside scripts, so the
// scripts exercise exactly the code path a user's shell does (argument parsing,
// stdout/stderr, exit code), without a separate go build.
func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"dpa": func() { os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr)) },
	})
}

// TestScript runs every cmd/dpa/testdata/script/*.txtar script.
//
// Extra commands available to scripts:
//
//	genfile NAME SIZE_MB [garbage]   write a SIZE_MB megabyte file (YAML-looking
//	                                 comment lines, or pseudo-random bytes with
//	                                 "garbage"); big inputs are generated, never committed.
//	rootdir                          set $SHARED to ../shared when present (for scripts
//	                                 that need the corpus; skip otherwise with [!exists $SHARED]).
func TestScript(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:           filepath.Join("testdata", "script"),
		UpdateScripts: *update,
		Setup: func(env *testscript.Env) error {
			// Scripts that want the shared corpus check [exists $SHARED].
			shared, err := filepath.Abs(filepath.Join("..", "..", "..", "shared"))
			if err != nil {
				return err
			}
			env.Setenv("SHARED", shared)
			repo, err := filepath.Abs(filepath.Join("..", ".."))
			if err != nil {
				return err
			}
			env.Setenv("REPO", repo)
			return nil
		},
		Cmds: map[string]func(ts *testscript.TestScript, neg bool, args []string){
			"genfile": cmdGenfile,
		},
	})
}

func cmdGenfile(ts *testscript.TestScript, neg bool, args []string) {
	if neg {
		ts.Fatalf("genfile does not support negation")
	}
	if len(args) < 2 || len(args) > 3 || (len(args) == 3 && args[2] != "garbage") {
		ts.Fatalf("usage: genfile NAME SIZE_MB [garbage]")
	}
	mb, err := strconv.Atoi(args[1])
	if err != nil || mb <= 0 {
		ts.Fatalf("genfile: SIZE_MB must be a positive integer, got %q", args[1])
	}
	size := mb << 20
	buf := make([]byte, 0, size)
	if len(args) == 3 {
		// A fixed linear congruential sequence: deterministic "random" bytes.
		x := uint32(2463534242)
		for len(buf) < size {
			x = x*1664525 + 1013904223
			buf = append(buf, byte(x>>24))
		}
	} else {
		for i := 0; len(buf) < size; i++ {
			buf = fmt.Appendf(buf, "# filler line %d to make this file large\n", i)
		}
		buf = buf[:size]
	}
	if err := os.WriteFile(ts.MkAbs(args[0]), buf, 0o644); err != nil {
		ts.Fatalf("genfile: %v", err)
	}
}
