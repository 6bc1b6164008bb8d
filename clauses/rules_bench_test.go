package clauses

import "testing"

// BenchmarkDefaultRules measures compiling the embedded rules, paid once per dpa run.
func BenchmarkDefaultRules(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := DefaultRules(); err != nil {
			b.Fatal(err)
		}
	}
}
