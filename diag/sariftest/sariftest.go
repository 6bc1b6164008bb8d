// Package sariftest validates SARIF logs against the OASIS SARIF 2.1.0 JSON schema
// (Errata 01, embedded beside this file, unedited), so the printer's tests and the
// CLI's tests check SARIF the same way. It is imported by tests only.
package sariftest

import (
	"bytes"
	_ "embed"
	"fmt"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

//go:embed sarif-schema-2.1.0.json
var schemaJSON []byte

var (
	once   sync.Once
	schema *jsonschema.Schema
	err    error
)

func compile() {
	doc, e := jsonschema.UnmarshalJSON(bytes.NewReader(schemaJSON))
	if e != nil {
		err = fmt.Errorf("sarif schema: %w", e)
		return
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if e := c.AddResource("sarif-schema-2.1.0.json", doc); e != nil {
		err = fmt.Errorf("sarif schema: %w", e)
		return
	}
	schema, err = c.Compile("sarif-schema-2.1.0.json")
}

// Validate reports whether data is a SARIF 2.1.0 log that the schema accepts,
// with format assertions on.
func Validate(data []byte) error {
	once.Do(compile)
	if err != nil {
		return err
	}
	inst, e := jsonschema.UnmarshalJSON(bytes.NewReader(data))
	if e != nil {
		return fmt.Errorf("not JSON: %w", e)
	}
	return schema.Validate(inst)
}
