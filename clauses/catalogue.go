// Package clauses owns dpa's legal knowledge: the requirement catalogue, the clause
// library and the lint rules, all embedded so the binary is self-contained.
package clauses

import (
	_ "embed"
	"fmt"
	"sync"

	"gopkg.in/yaml.v3"
)

// Level says where a requirement's duty comes from.
type Level string

const (
	Mandatory Level = "mandatory" // Article 28(3) itself
	Expected  Level = "expected"  // regulators' guidance
	Risk      Level = "risk"      // only when the processing makes it necessary
)

// Condition names a fact about the processing that makes a risk requirement apply.
type Condition string

const (
	SpecialCategories Condition = "special-categories"
	Migration         Condition = "migration"
)

// Requirement is one entry of the catalogue.
type Requirement struct {
	ID          string      `yaml:"id" json:"id"`
	Article     string      `yaml:"article" json:"article"`
	Level       Level       `yaml:"level" json:"level"`
	Title       string      `yaml:"title" json:"title"`
	AppliesWhen []Condition `yaml:"applies_when" json:"applies_when,omitempty"`
	Demands     string      `yaml:"demands" json:"demands"`
	Fields      []string    `yaml:"fields" json:"fields"`
	Hint        string      `yaml:"hint" json:"hint"`
	Ask         string      `yaml:"ask" json:"ask"`
}

// Applies reports whether the requirement applies to processing with the given facts.
// Mandatory and expected requirements always apply; a risk requirement applies when
// any of its conditions holds.
func (r Requirement) Applies(special, migration bool) bool {
	if r.Level != Risk {
		return true
	}
	for _, c := range r.AppliesWhen {
		if (c == SpecialCategories && special) || (c == Migration && migration) {
			return true
		}
	}
	return false
}

//go:embed catalogue.yaml
var catalogueYAML []byte

var (
	loadOnce  sync.Once
	catalogue []Requirement
	byID      map[string]int
	loadErr   error
)

func load() {
	var doc struct {
		Requirements []Requirement `yaml:"requirements"`
	}
	if err := yaml.Unmarshal(catalogueYAML, &doc); err != nil {
		loadErr = fmt.Errorf("embedded catalogue: %w", err)
		return
	}
	byID = make(map[string]int, len(doc.Requirements))
	for i, r := range doc.Requirements {
		if _, dup := byID[r.ID]; dup {
			loadErr = fmt.Errorf("embedded catalogue: duplicate id %q", r.ID)
			return
		}
		byID[r.ID] = i
	}
	catalogue = doc.Requirements
}

// Catalogue returns every requirement, in catalogue order. The slice is shared:
// callers must not modify it.
func Catalogue() []Requirement {
	loadOnce.Do(load)
	if loadErr != nil {
		// The catalogue is embedded and checked by tests; failing here is a build defect.
		panic(loadErr)
	}
	return catalogue
}

// Lookup returns the requirement with the given id.
func Lookup(id string) (Requirement, bool) {
	Catalogue()
	i, ok := byID[id]
	if !ok {
		return Requirement{}, false
	}
	return catalogue[i], true
}

// IDs returns every requirement id in catalogue order.
func IDs() []string {
	c := Catalogue()
	ids := make([]string, len(c))
	for i, r := range c {
		ids[i] = r.ID
	}
	return ids
}
