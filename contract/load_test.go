package contract

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/dpatool/dpa/samples"
	"gopkg.in/yaml.v3"
)

// openFS adapts an fs.FS to Load's open function, the way the CLI adapts os.ReadFile.
func openFS(fsys fs.FS) func(string) ([]byte, error) {
	return func(p string) ([]byte, error) { return fs.ReadFile(fsys, p) }
}

func mustSample(t testing.TB, name string) []byte {
	t.Helper()
	data, err := fs.ReadFile(samples.FS, name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func TestLoadSamples(t *testing.T) {
	for _, name := range samples.Examples {
		t.Run(name, func(t *testing.T) {
			c, src, err := Load(name+".yaml", mustSample(t, name+".yaml"), openFS(samples.FS))
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if c.Parties.Controller.Name == "" || c.Processing.SubjectMatter == "" || len(c.Subprocessors.List) == 0 {
				t.Errorf("sample loaded incompletely: %+v", c)
			}
			if p := src.Pos("breach.notice_hours"); p.Line == 0 || p.File != name+".yaml" {
				t.Errorf("no position for breach.notice_hours: %+v", p)
			}
		})
	}
}

func TestLoadListFile(t *testing.T) {
	c, src, err := Load("saas-crm.yaml", mustSample(t, "saas-crm.yaml"), openFS(samples.FS))
	if err != nil {
		t.Fatal(err)
	}
	if got := len(c.Subprocessors.List); got != 3 {
		t.Fatalf("list_file gave %d sub-processors, want 3", got)
	}
	if c.Subprocessors.List[1].Name != "Postwell Inc." {
		t.Errorf("second entry = %q", c.Subprocessors.List[1].Name)
	}
	// Positions of entries point into the list file, not the contract.
	p := src.Pos("subprocessors.list[1].location")
	if p.File != "subprocessors/crm-vendors.yaml" || p.Line != 9 || p.Col != 3 {
		t.Errorf("position = %+v, want subprocessors/crm-vendors.yaml:9:3", p)
	}
}

// TestLoadErrors feeds broken input and checks the one error each produces:
// position, field and the words of the message.
func TestLoadErrors(t *testing.T) {
	valid := string(mustSample(t, "payroll.yaml"))
	tests := []struct {
		name  string
		input string
		files map[string]string // other files, for list_file
		want  string            // "line:col: message"
	}{
		{"empty", "", nil, "1:1: empty file: expected a mapping of contract fields"},
		{"only comments", "# nothing yet\n\n", nil, "1:1: empty file: expected a mapping of contract fields"},
		{"null document", "~\n", nil, "1:1: empty file"},
		{"list at top", "- a\n- b\n", nil, "1:1: expected a mapping of contract fields at the top level, got a list"},
		{"scalar at top", "hello\n", nil, `1:1: expected a mapping of contract fields at the top level, got the string "hello"`},
		{"not yaml", "language: en\n  date: [\n", nil, "1:11: not valid YAML: mapping value is not allowed"},
		{"unclosed quote", "language: en\ntitle: \"DPA\nparties: {}\n", nil, "2:8: not valid YAML: could not find end character of double-quoted text"},
		{"tab indent", "processing:\n\tnature: x\n", nil, "2:1: not valid YAML: a tab character here; YAML indents with spaces, not tabs"},
		{"binary", "language: en\n\x00\x01\x02", nil, "2:1: not a text file: binary or non-UTF-8 content at byte 13"},
		{"latin1", "language: en\ntitle: caf\xe9\n", nil, "2:11: not a text file"},
		{"two documents", "language: en\n---\nlanguage: fr\n", nil, "2:1: a second YAML document starts here"},
		{"wrong type list", "processing:\n  nature: storage\n", nil, `2:11: processing.nature: expected a list of strings, got the string "storage"`},
		{"wrong type int", "breach:\n  notice_hours: soon\n", nil, `2:17: breach.notice_hours: expected a whole number, got the string "soon"`},
		{"float for int", "breach:\n  notice_hours: 24.5\n", nil, `2:17: breach.notice_hours: expected a whole number, got the number 24.5`},
		{"int overflow", "breach:\n  notice_hours: 99999999999999999999\n", nil, `2:17: breach.notice_hours: the number 99999999999999999999 is too large`},
		{"wrong type bool", "subprocessors:\n  objection: yes\n", nil, `2:14: subprocessors.objection: expected true or false, got the string "yes"`},
		{"wrong type mapping", "parties: [a, b]\n", nil, `1:10: parties: expected a mapping, got a list`},
		{"string gets mapping", "language: {en: 1}\n", nil, `1:11: language: expected a string, got a mapping`},
		{"list of mappings", "transfers:\n  - United States\n", nil, `2:5: transfers[0]: expected a mapping, got the string "United States"`},
		{"unknown top", "langauge: en\n", nil, `1:1: langauge: unknown field "langauge" (did you mean "language"?)`},
		{"unknown nested", "processing:\n  subjectmatter: x\n", nil, `2:3: processing.subjectmatter: unknown field "subjectmatter" (did you mean "subject_matter"?)`},
		{"unknown far", "processing:\n  colour: blue\n", nil, `2:3: processing.colour: unknown field "colour"; known fields here: data_categories, data_subjects, duration`},
		{"duplicate", "language: en\nlanguage: fr\n", nil, `2:1: language: duplicate key "language" (first set at line 1)`},
		{"merge key", "base: &b {name: x}\n", nil, `1:1: base: unknown field "base"`},
		{"non-string key", "? [a, b]\n: c\n", nil, "1:3: expected a field name, got a list"},
		{"list_file missing", "subprocessors:\n  list_file: nope.yaml\n", nil, `2:3: subprocessors.list_file: cannot read "nope.yaml": file does not exist`},
		{"list_file and list", "subprocessors:\n  list_file: l.yaml\n  list:\n    - name: x\n", map[string]string{"l.yaml": "[]"}, "2:3: subprocessors.list_file: set either subprocessors.list or subprocessors.list_file, not both"},
		{"list_file mapping", "subprocessors:\n  list_file: l.yaml\n", map[string]string{"l.yaml": "name: x\n"}, "l.yaml:1:1: expected a list of sub-processors, got a mapping"},
		{"list_file bad entry", "subprocessors:\n  list_file: inv/l.yaml\n", map[string]string{"inv/l.yaml": "- name: x\n  adress: y\n"}, `inv/l.yaml:2:3: subprocessors.list[0].adress: unknown field "adress" (did you mean "address"?)`},
		{"list_file empty", "subprocessors:\n  list_file: l.yaml\n", map[string]string{"l.yaml": ""}, "l.yaml:1:1: empty file: expected a list of sub-processors"},
		{"typo in full contract", strings.Replace(valid, "  certificate: true", "  certifcate: true", 1), nil, `end_of_processing.certifcate: unknown field "certifcate" (did you mean "certificate"?)`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			for name, body := range tt.files {
				fsys[name] = &fstest.MapFile{Data: []byte(body)}
			}
			_, _, err := Load("c.yaml", []byte(tt.input), openFS(fsys))
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("Load error = %v, want a *LoadError", err)
			}
			var got []string
			for _, d := range le.Diagnostics {
				if d.Severity != "error" || d.ID == "" || d.Pos.Line == 0 {
					t.Errorf("diagnostic not positioned or classified: %+v", d)
				}
				prefix := fmt.Sprintf("%d:%d: ", d.Pos.Line, d.Pos.Col)
				if d.Pos.File != "c.yaml" {
					prefix = fmt.Sprintf("%s:%s", d.Pos.File, prefix)
				}
				got = append(got, prefix+d.Message)
			}
			for _, g := range got {
				if strings.Contains(g, tt.want) {
					return
				}
			}
			t.Errorf("errors:\n  %s\nwant one containing:\n  %s", strings.Join(got, "\n  "), tt.want)
		})
	}
}

func TestLoadTooLarge(t *testing.T) {
	data := bytes.Repeat([]byte("# filler\n"), MaxSize/9+1)
	_, _, err := Load("big.yaml", data, nil)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("err = %v, want ErrTooLarge", err)
	}
	if !strings.Contains(err.Error(), "big.yaml: ") || !strings.Contains(err.Error(), "10 MB limit") {
		t.Errorf("message %q should name the file and the limit", err)
	}
}

func TestLoadAliasBomb(t *testing.T) {
	var b strings.Builder
	b.WriteString("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n")
	for i := 1; i < 9; i++ {
		fmt.Fprintf(&b, "a%d: &a%d [*a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d, *a%d]\n", i, i, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1, i-1)
	}
	b.WriteString("controller_rights: *a8\n")
	_, _, err := Load("bomb.yaml", []byte(b.String()), nil)
	if err == nil {
		t.Fatal("alias bomb loaded")
	}
}

func TestLoadJSON(t *testing.T) {
	in := `{
	"language": "en",
	"processing": {"nature": ["storage"], "duration": {"term": "one year"}},
	"transfers": []
}`
	c, src, err := Load("c.json", []byte(in), nil)
	if err != nil {
		t.Fatal(err)
	}
	if c.Language != "en" || c.Processing.Nature[0] != "storage" || c.Transfers == nil {
		t.Errorf("decoded %+v", c)
	}
	if p := src.Pos("processing.nature"); p.Line != 3 {
		t.Errorf("processing.nature at %+v, want line 3", p)
	}
}

func TestSourcePosFallsBackToParent(t *testing.T) {
	_, src, err := Load("c.yaml", []byte("language: en\nprocessing:\n  nature: [a]\n"), nil)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		field      string
		line, col  int
		wantExists bool
	}{
		{"processing.nature", 3, 3, true},
		{"processing.nature[0]", 3, 12, true},
		{"processing.subject_matter", 2, 1, false},
		{"breach.notice_hours", 1, 1, false},
	}
	for _, tt := range tests {
		p := src.Pos(tt.field)
		if p.Line != tt.line || p.Col != tt.col || src.Has(tt.field) != tt.wantExists {
			t.Errorf("Pos(%s) = %d:%d has=%v, want %d:%d has=%v", tt.field, p.Line, p.Col, src.Has(tt.field), tt.line, tt.col, tt.wantExists)
		}
	}
}

// FuzzLoad checks that no input makes Load panic or return both a contract and an
// error, and that every error it reports is positioned.
func FuzzLoad(f *testing.F) {
	entries, err := fs.Glob(samples.FS, "*.yaml")
	if err != nil {
		f.Fatal(err)
	}
	inv, _ := fs.Glob(samples.FS, "invalid/*.yaml")
	for _, name := range append(entries, inv...) {
		f.Add(mustSample(f, name))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, src, err := Load("f.yaml", data, func(string) ([]byte, error) { return nil, os.ErrNotExist })
		if err != nil {
			if c != nil || src != nil {
				t.Fatal("contract returned with an error")
			}
			var le *LoadError
			if errors.As(err, &le) {
				for _, d := range le.Diagnostics {
					if d.Pos.Line < 1 || d.Message == "" {
						t.Fatalf("unpositioned diagnostic %+v", d)
					}
				}
			}
			return
		}
		_ = Validate(c, src) // must not panic either
	})
}

// TestLoadSampleAsJSON loads each sample converted to indented JSON: JSON input must
// give the same contract as YAML, and validate clean.
func TestLoadSampleAsJSON(t *testing.T) {
	for _, name := range samples.Examples {
		t.Run(name, func(t *testing.T) {
			data := mustSample(t, name+".yaml")
			var v any
			if err := yaml.Unmarshal(data, &v); err != nil {
				t.Fatal(err)
			}
			j, err := json.MarshalIndent(v, "", "\t")
			if err != nil {
				t.Fatal(err)
			}
			fromJSON, src, err := Load(name+".json", j, openFS(samples.FS))
			if err != nil {
				t.Fatalf("Load JSON: %v", err)
			}
			fromYAML, _, err := Load(name+".yaml", data, openFS(samples.FS))
			if err != nil {
				t.Fatal(err)
			}
			if !reflect.DeepEqual(fromJSON, fromYAML) {
				t.Error("JSON and YAML give different contracts")
			}
			if ds := Validate(fromJSON, src); len(ds) != 0 {
				t.Errorf("JSON sample has findings: %+v", ds)
			}
		})
	}
}
