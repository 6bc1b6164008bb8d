package lint

import (
	"os"
	"sync"
	"testing"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/lint/doc"
	"github.com/dpatool/dpa/lint/read"
)

var (
	rulesOnce sync.Once
	rules     *clauses.Rules
	rulesErr  error
)

func mustRules(tb testing.TB) *clauses.Rules {
	tb.Helper()
	rulesOnce.Do(func() { rules, rulesErr = clauses.DefaultRules() })
	if rulesErr != nil {
		tb.Fatalf("embedded rules: %v", rulesErr)
	}
	return rules
}

// readFile reads a contract for the tests with the real readers, so accuracy is
// measured on what `dpa lint` sees.
func readFile(path string) (*doc.Document, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return read.Read(path, f, "")
}
