package contract

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"strconv"
	"strings"
)

// modelSource is model.go itself: its doc comments are the field descriptions of the
// JSON Schema, so a field is documented once, next to its declaration.
//
//go:embed model.go
var modelSource []byte

// SchemaID is the $id of the generated schema.
const SchemaID = "https://github.com/dpatool/dpa/contract.schema.json"

// Schema is a JSON Schema (draft 2020-12) node; only the keywords dpa needs.
type Schema struct {
	Schema               string             `json:"$schema,omitempty"`
	ID                   string             `json:"$id,omitempty"`
	Title                string             `json:"title,omitempty"`
	Description          string             `json:"description,omitempty"`
	Type                 string             `json:"type,omitempty"`
	Format               string             `json:"format,omitempty"`
	Enum                 []string           `json:"enum,omitempty"`
	MinLength            *int               `json:"minLength,omitempty"`
	Minimum              *int               `json:"minimum,omitempty"`
	MinItems             *int               `json:"minItems,omitempty"`
	Items                *Schema            `json:"items,omitempty"`
	Properties           map[string]*Schema `json:"properties,omitempty"`
	Required             []string           `json:"required,omitempty"`
	AdditionalProperties *bool              `json:"additionalProperties,omitempty"`
}

// JSONSchema generates the JSON Schema of the input by reflection over the model:
// types from the Go types, required/enum/minimum/format from the validate tags,
// descriptions from the doc comments in model.go plus the requirement each field
// serves. Cross-field and risk rules (see Validate) are beyond what it expresses.
func JSONSchema() ([]byte, error) {
	docs, err := modelDocs()
	if err != nil {
		return nil, err
	}
	root := schemaFor(reflect.TypeOf(Contract{}), "", docs)
	root.Schema = "https://json-schema.org/draft/2020-12/schema"
	root.ID = SchemaID
	root.Title = "dpa contract description"
	root.Description = "One processing relationship between a controller and a processor, from which dpa validates and renders a GDPR Article 28 data processing agreement. Generated from the input model of dpa; run dpa validate for the cross-field and risk rules."
	out, err := json.MarshalIndent(root, "", "  ")
	if err != nil {
		return nil, fmt.Errorf("json schema: %w", err)
	}
	return append(out, '\n'), nil
}

// modelDocs maps "Type" and "Type.Field" to their doc comments in model.go.
func modelDocs() (map[string]string, error) {
	f, err := parser.ParseFile(token.NewFileSet(), "model.go", modelSource, parser.ParseComments)
	if err != nil {
		return nil, fmt.Errorf("json schema: parse model.go: %w", err)
	}
	docs := map[string]string{}
	for _, decl := range f.Decls {
		gd, ok := decl.(*ast.GenDecl)
		if !ok || gd.Tok != token.TYPE {
			continue
		}
		for _, spec := range gd.Specs {
			ts := spec.(*ast.TypeSpec)
			doc := ts.Doc
			if doc == nil {
				doc = gd.Doc
			}
			docs[ts.Name.Name] = cleanDoc(doc.Text())
			st, ok := ts.Type.(*ast.StructType)
			if !ok {
				continue
			}
			for _, fld := range st.Fields.List {
				text := fld.Doc.Text()
				if text == "" {
					text = fld.Comment.Text()
				}
				for _, name := range fld.Names {
					docs[ts.Name.Name+"."+name.Name] = cleanDoc(text)
				}
			}
		}
	}
	return docs, nil
}

// cleanDoc joins a comment into one paragraph.
func cleanDoc(s string) string { return strings.Join(strings.Fields(s), " ") }

// rules is a parsed validate tag: the part before "dive" applies to the field, the
// part after it to each element.
type rules struct {
	required bool
	min      *int
	oneof    []string
	format   string
}

func parseRules(tag string) (field, elem rules) {
	cur := &field
	for _, part := range strings.Split(tag, ",") {
		name, param, _ := strings.Cut(part, "=")
		switch name {
		case "dive":
			cur = &elem
		case "required":
			cur.required = true
		case "min":
			if n, err := strconv.Atoi(param); err == nil {
				cur.min = &n
			}
		case "oneof":
			cur.oneof = strings.Fields(param)
		case "email":
			cur.format = "email"
		case "datetime":
			if param == "2006-01-02" {
				cur.format = "date"
			}
		}
	}
	return field, elem
}

func schemaFor(t reflect.Type, path string, docs map[string]string) *Schema {
	for t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	s := &Schema{}
	switch t.Kind() {
	case reflect.Struct:
		no := false
		s.Type, s.AdditionalProperties = "object", &no
		s.Description = docs[t.Name()]
		s.Properties = map[string]*Schema{}
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			name := yamlName(f)
			if name == "" {
				continue
			}
			p := joinPath(path, name)
			fr, er := parseRules(f.Tag.Get("validate"))
			ps := schemaFor(f.Type, p, docs)
			apply(ps, fr)
			if ps.Items != nil {
				apply(ps.Items, er)
			}
			ps.Description = describeField(docs, t.Name(), f.Name, name, ps.Description, p)
			s.Properties[name] = ps
			// A nested mapping with required fields of its own is required too: the
			// validator reports its missing children, so it cannot be left out.
			nested := f.Type.Kind() == reflect.Struct && len(ps.Required) > 0
			if fr.required || nested {
				s.Required = append(s.Required, name)
			}
		}
	case reflect.Slice:
		s.Type = "array"
		s.Items = schemaFor(t.Elem(), path+"[]", docs)
		s.Items.Description = ""
	case reflect.String:
		s.Type = "string"
	case reflect.Int:
		s.Type = "integer"
	case reflect.Bool:
		s.Type = "boolean"
	}
	return s
}

func startsWithVerb(s string) bool {
	for _, v := range []string{"is ", "are ", "lists ", "names ", "says ", "holds ", "marks "} {
		if strings.HasPrefix(s, v) {
			return true
		}
	}
	return false
}

func apply(s *Schema, r rules) {
	if r.required {
		one := 1
		switch s.Type {
		case "string":
			s.MinLength = &one
		case "array":
			s.MinItems = &one
		case "integer":
			// validator's required on an int means non-zero; with min it is positive.
			if r.min == nil {
				s.Minimum = &one
			}
		}
	}
	if r.min != nil {
		switch s.Type {
		case "integer":
			s.Minimum = r.min
		case "array":
			s.MinItems = r.min
		case "string":
			s.MinLength = r.min
		}
	}
	if len(r.oneof) > 0 {
		s.Enum = r.oneof
	}
	if r.format != "" {
		s.Format = r.format
	}
}

// describeField is the field's own doc comment (else its type's), followed by the
// requirement the field serves, so the schema tells editors why a field matters.
func describeField(docs map[string]string, typeName, goName, yamlName, typeDoc, path string) string {
	d := docs[typeName+"."+goName]
	// "NoticeDays is how many days..." should read "notice_days is..." to a user, but
	// "Language of the rendered contract" is prose, not the Go name.
	if rest, ok := strings.CutPrefix(d, goName+" "); ok && goName != yamlName && startsWithVerb(rest) {
		d = yamlName + " " + rest
	}
	if d == "" {
		d = typeDoc
	}
	if r := requirementFor(path); r.ID != InputID {
		req := fmt.Sprintf("Requirement %s (Art. %s): %s.", r.ID, r.Article, r.Title)
		if d == "" {
			return req
		}
		return d + " " + req
	}
	return d
}
