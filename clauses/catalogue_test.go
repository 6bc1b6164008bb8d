package clauses

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"gopkg.in/yaml.v3"
)

func TestCatalogueWellFormed(t *testing.T) {
	for _, r := range Catalogue() {
		if r.ID == "" || r.Article == "" || r.Title == "" || r.Demands == "" || r.Hint == "" || r.Ask == "" || len(r.Fields) == 0 {
			t.Errorf("%q: every requirement needs id, article, title, demands, fields, hint and ask", r.ID)
		}
		switch r.Level {
		case Mandatory, Expected:
			if len(r.AppliesWhen) != 0 {
				t.Errorf("%s: only risk requirements have applies_when", r.ID)
			}
		case Risk:
			if len(r.AppliesWhen) == 0 {
				t.Errorf("%s: a risk requirement needs applies_when", r.ID)
			}
		default:
			t.Errorf("%s: unknown level %q", r.ID, r.Level)
		}
	}
}

// The shared catalogue is the public interface: same ids, levels and articles, and
// the same conditions for risk requirements.
func TestCatalogueMatchesShared(t *testing.T) {
	path := filepath.Join("..", "..", "shared", "requirements.yaml")
	data, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("shared requirement list not available (%v); it exists only in the project workspace", err)
	}
	var shared struct {
		Requirements []struct {
			ID, Article, Level, When string
		} `yaml:"requirements"`
	}
	if err := yaml.Unmarshal(data, &shared); err != nil {
		t.Fatal(err)
	}
	if len(shared.Requirements) != len(Catalogue()) {
		t.Errorf("shared has %d requirements, catalogue %d", len(shared.Requirements), len(Catalogue()))
	}
	for i, s := range shared.Requirements {
		r, ok := Lookup(s.ID)
		if !ok {
			t.Errorf("%s: missing from catalogue", s.ID)
			continue
		}
		if Catalogue()[i].ID != s.ID {
			t.Errorf("position %d: catalogue has %s, shared %s", i, Catalogue()[i].ID, s.ID)
		}
		if string(r.Level) != s.Level || r.Article != s.Article {
			t.Errorf("%s: catalogue says %s/%s, shared %s/%s", s.ID, r.Level, r.Article, s.Level, s.Article)
		}
		if s.Level == "risk" {
			special := r.Applies(true, false)
			migration := r.Applies(false, true)
			wantSpecial := strings.Contains(s.When, "special")
			wantMigration := strings.Contains(s.When, "migration")
			if special != wantSpecial || migration != wantMigration {
				t.Errorf("%s: applies special=%v migration=%v, shared says %q", s.ID, special, migration, s.When)
			}
		}
	}
}
