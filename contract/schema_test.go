package contract

import (
	"bytes"
	"encoding/json"
	"flag"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dpatool/dpa/samples"
	"github.com/santhosh-tekuri/jsonschema/v6"
	"gopkg.in/yaml.v3"
)

func compileSchema(t *testing.T) *jsonschema.Schema {
	t.Helper()
	out, err := JSONSchema()
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(out))
	if err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource(SchemaID, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(SchemaID)
	if err != nil {
		t.Fatalf("schema does not compile as draft 2020-12: %v", err)
	}
	return sch
}

// yamlToJSONValue converts YAML to the value the schema validator expects, by way of
// JSON, as an editor plugin validating the YAML would.
func yamlToJSONValue(t *testing.T, data []byte) any {
	t.Helper()
	var v any
	if err := yaml.Unmarshal(data, &v); err != nil {
		t.Fatal(err)
	}
	j, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	out, err := jsonschema.UnmarshalJSON(bytes.NewReader(j))
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSchemaAcceptsSamples(t *testing.T) {
	sch := compileSchema(t)
	for _, name := range samples.Examples {
		t.Run(name, func(t *testing.T) {
			if err := sch.Validate(yamlToJSONValue(t, mustSample(t, name+".yaml"))); err != nil {
				t.Errorf("sample rejected by the schema: %v", err)
			}
		})
	}
}

// TestSchemaRejects checks that the schema catches what its keywords can express:
// missing required fields, unknown fields, wrong types, enums, formats, minimums.
func TestSchemaRejects(t *testing.T) {
	sch := compileSchema(t)
	for _, name := range []string{
		"missing-subject-matter", "missing-nature", "missing-controller-rights", "unknown-field",
		"wrong-type", "wrong-type-int", "bad-language", "bad-date", "bad-email", "bad-special-category",
		"transfer-bad-mechanism", "end-no-deadline", "audits-no-frequency", "subprocessor-incomplete",
		"migration-no-deletion", "migration-no-procedure",
	} {
		t.Run(name, func(t *testing.T) {
			data, err := fs.ReadFile(samples.FS, "invalid/"+name+".yaml")
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(yamlToJSONValue(t, data)); err == nil {
				t.Error("schema accepted it")
			}
		})
	}
}

func TestSchemaContent(t *testing.T) {
	out, err := JSONSchema()
	if err != nil {
		t.Fatal(err)
	}
	var s Schema
	if err := json.Unmarshal(out, &s); err != nil {
		t.Fatal(err)
	}
	p := s.Properties["processing"]
	if p == nil || p.Properties["subject_matter"] == nil {
		t.Fatal("processing.subject_matter missing from schema")
	}
	sm := p.Properties["subject_matter"]
	if !strings.Contains(sm.Description, "Requirement subject-matter (Art. 28(3))") {
		t.Errorf("subject_matter description = %q", sm.Description)
	}
	nd := s.Properties["subprocessors"].Properties["notice_days"]
	if !strings.HasPrefix(nd.Description, "notice_days is how many days") {
		t.Errorf("notice_days description from model.go comment = %q", nd.Description)
	}
	if got := s.Properties["language"].Enum; strings.Join(got, " ") != "en fr" {
		t.Errorf("language enum = %v", got)
	}
	if got := p.Properties["special_categories"].Items.Enum; len(got) != 9 {
		t.Errorf("special_categories enum = %v", got)
	}
	if f := s.Properties["date"].Format; f != "date" {
		t.Errorf("date format = %q", f)
	}
	again, _ := JSONSchema()
	if !bytes.Equal(out, again) {
		t.Error("schema output is not deterministic")
	}
}

var update = flag.Bool("update", false, "rewrite golden files in testdata/ from actual output")

// TestSchemaGolden pins the generated schema, so a change to the model shows up in
// review as a schema diff: go test ./contract -run SchemaGolden -update
func TestSchemaGolden(t *testing.T) {
	got, err := JSONSchema()
	if err != nil {
		t.Fatal(err)
	}
	golden := filepath.Join("testdata", "contract.schema.json")
	if *update {
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("schema differs from %s; review and run with -update", golden)
	}
}
