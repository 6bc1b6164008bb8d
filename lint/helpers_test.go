package lint

import (
	"os"
	"sync"
	"testing"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/lint/doc"
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

// readFile reads a contract for the tests.
func readFile(path string) (*doc.Document, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	d := splitMarkdown(string(data))
	d.Path = path
	return d, nil
}
