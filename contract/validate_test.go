package contract

import (
	"bufio"
	"bytes"
	"errors"
	"io/fs"
	"reflect"
	"strings"
	"testing"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/diag"
	"github.com/dpatool/dpa/samples"
)

func loadSample(t testing.TB, name string) (*Contract, *Source) {
	t.Helper()
	c, src, err := Load(name, mustSample(t, name), openFS(samples.FS))
	if err != nil {
		t.Fatalf("Load(%s): %v", name, err)
	}
	return c, src
}

func TestValidateSamplesClean(t *testing.T) {
	for _, name := range samples.Examples {
		t.Run(name, func(t *testing.T) {
			c, src := loadSample(t, name+".yaml")
			for _, d := range Validate(c, src) {
				t.Errorf("%s:%d:%d: %s %s: %s", d.Pos.File, d.Pos.Line, d.Pos.Col, d.Severity, d.ID, d.Message)
			}
		})
	}
}

// wantLine reads the "# want: ID SEVERITY" line every invalid sample carries.
func wantLine(t *testing.T, data []byte) (id, severity string) {
	t.Helper()
	sc := bufio.NewScanner(bytes.NewReader(data))
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "# want: "); ok {
			id, severity, _ = strings.Cut(rest, " ")
			return id, severity
		}
	}
	t.Fatal("no '# want: ID SEVERITY' line")
	return "", ""
}

// TestValidateInvalidSamples checks that each samples/invalid file trips exactly the
// one rule its "# want:" line names, at a real position, with a hint.
func TestValidateInvalidSamples(t *testing.T) {
	names, err := fs.Glob(samples.FS, "invalid/*.yaml")
	if err != nil || len(names) < 20 {
		t.Fatalf("found %d invalid samples (%v)", len(names), err)
	}
	for _, name := range names {
		t.Run(strings.TrimSuffix(strings.TrimPrefix(name, "invalid/"), ".yaml"), func(t *testing.T) {
			data := mustSample(t, name)
			wantID, wantSev := wantLine(t, data)
			c, src, err := Load(name, data, openFS(samples.FS))
			if wantID == "load" {
				var le *LoadError
				if !errors.As(err, &le) || len(le.Diagnostics) != 1 {
					t.Fatalf("want exactly one load error, got %v", err)
				}
				return
			}
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			ds := Validate(c, src)
			if len(ds) != 1 {
				for _, d := range ds {
					t.Logf("%d:%d: %s %s: %s", d.Pos.Line, d.Pos.Col, d.Severity, d.ID, d.Message)
				}
				t.Fatalf("got %d findings, want exactly one (%s %s)", len(ds), wantID, wantSev)
			}
			d := ds[0]
			if d.ID != wantID || string(d.Severity) != wantSev {
				t.Errorf("got %s %s: %s, want %s %s", d.ID, d.Severity, d.Message, wantID, wantSev)
			}
			if d.Pos.File != name || d.Pos.Line < 1 || d.Pos.Col < 1 {
				t.Errorf("position %+v", d.Pos)
			}
			if !strings.Contains(d.Message, d.Field) && !strings.Contains(d.Message, "processing.nature[") {
				t.Errorf("message %q does not name field %q", d.Message, d.Field)
			}
			if wantID != InputID && (d.Hint == "" || d.Article == "" || !strings.Contains(d.Message, "(Art. "+d.Article+")")) {
				t.Errorf("finding lacks hint or article: %+v", d)
			}
		})
	}
}

// TestValidateRules varies one field of a valid contract at a time, on both sides of
// each rule's boundary.
func TestValidateRules(t *testing.T) {
	tests := []struct {
		name   string
		sample string
		edit   func(c *Contract)
		want   string // "id severity field", or "" for no finding
	}{
		{"breach 48h ok", "payroll.yaml", func(c *Contract) { c.Breach.NoticeHours = 48 }, ""},
		{"breach 49h warns", "payroll.yaml", func(c *Contract) { c.Breach.NoticeHours = 49 }, "breach-notification warning breach.notice_hours"},
		{"breach 72h warns", "payroll.yaml", func(c *Contract) { c.Breach.NoticeHours = 72 }, "breach-notification warning breach.notice_hours"},
		{"breach 73h errs", "payroll.yaml", func(c *Contract) { c.Breach.NoticeHours = 73 }, "breach-notification error breach.notice_hours"},
		{"breach 0h missing", "payroll.yaml", func(c *Contract) { c.Breach.NoticeHours = 0 }, "breach-notification error breach.notice_hours"},
		{"duration end date only", "payroll.yaml", func(c *Contract) { c.Processing.Duration = Duration{EndDate: "2030-01-01"} }, ""},
		{"duration bad end date", "payroll.yaml", func(c *Contract) { c.Processing.Duration = Duration{EndDate: "2030-13-01"} }, "duration error processing.duration.end_date"},
		{"general with notice and objection", "payroll.yaml", func(c *Contract) {
			c.Subprocessors.Authorisation, c.Subprocessors.NoticeDays, c.Subprocessors.Objection = "general", 14, true
		}, ""},
		{"specific needs no notice", "payroll.yaml", func(c *Contract) { c.Subprocessors.NoticeDays, c.Subprocessors.Objection = 0, false }, ""},
		{"bad authorisation", "payroll.yaml", func(c *Contract) { c.Subprocessors.Authorisation = "implied" }, "subprocessor-authorisation error subprocessors.authorisation"},
		{"transfer inside EEA needs no mechanism", "payroll.yaml", func(c *Contract) {
			c.Transfers = []Transfer{{Destination: "Spain", Recipient: "x", InEEA: true}}
		}, ""},
		{"transfer with adequacy", "payroll.yaml", func(c *Contract) {
			c.Transfers = []Transfer{{Destination: "Japan", Recipient: "x", Mechanism: "adequacy"}}
		}, ""},
		{"transfer second entry", "payroll.yaml", func(c *Contract) {
			c.Transfers = []Transfer{{Destination: "Japan", Recipient: "x", Mechanism: "adequacy"}, {Destination: "Brazil", Recipient: "y"}}
		}, "transfers error transfers[1].mechanism"},
		{"transfers unstated", "payroll.yaml", func(c *Contract) { c.Transfers = nil }, "transfers warning transfers"},
		{"end deadline zero", "payroll.yaml", func(c *Contract) { c.EndOfProcessing.DeadlineDays = 0 }, "deletion-return error end_of_processing.deadline_days"},
		{"end default bad", "payroll.yaml", func(c *Contract) { c.EndOfProcessing.Default = "archive" }, "deletion-return error end_of_processing.default"},
		{"risk rules off without special data", "payroll.yaml", func(c *Contract) { c.Security.Measures = Measures{} }, ""},
		{"special needs in-transit encryption", "payroll.yaml", func(c *Contract) {
			c.Processing.SpecialCategories = []string{"genetic"}
			c.Security.SpecialCategories = []string{"separate store"}
			c.Security.Measures.Encryption.InTransit = ""
		}, "encryption error security.measures.encryption.in_transit"},
		{"special needs least privilege", "payroll.yaml", func(c *Contract) {
			c.Processing.SpecialCategories = []string{"biometric"}
			c.Security.SpecialCategories = []string{"separate store"}
			c.Security.Measures.AccessControl.LeastPrivilege = " "
		}, "access-control error security.measures.access_control.least_privilege"},
		{"special needs access logs", "payroll.yaml", func(c *Contract) {
			c.Processing.SpecialCategories = []string{"health"}
			c.Security.SpecialCategories = []string{"separate store"}
			c.Security.Measures.Logging.AccessLogs = ""
		}, "logging-monitoring error security.measures.logging.access_logs"},
		{"migration needs encryption too", "medical-lab.yaml", func(c *Contract) {
			c.Processing.SpecialCategories = nil
			c.Security.SpecialCategories = nil
			c.Security.Measures.Encryption.AtRest = ""
		}, "encryption error security.measures.encryption.at_rest"},
		{"migration needs scope data", "medical-lab.yaml", func(c *Contract) { c.Migration.Scope.Data = nil }, "migration-scope error migration.scope.data"},
		{"migration needs scope to", "medical-lab.yaml", func(c *Contract) { c.Migration.Scope.To = "" }, "migration-scope error migration.scope.to"},
		{"french extraction without migration", "medical-lab.yaml", func(c *Contract) { c.Migration = nil }, "migration-scope error migration.scope"},
		{"export in nature", "payroll.yaml", func(c *Contract) { c.Processing.Nature = append(c.Processing.Nature, "Export to the new provider") }, "migration-scope error migration.scope"},
		{"bad dpo email", "saas-crm.yaml", func(c *Contract) { c.Parties.Processor.DPO.Email = "dpo" }, "input error parties.processor.dpo.email"},
		{"empty signatory", "saas-crm.yaml", func(c *Contract) { c.Parties.Controller.Signatory.Title = "" }, "input error parties.controller.signatory.title"},
		{"empty list_file entry", "saas-crm.yaml", func(c *Contract) { c.Subprocessors.List[2].Service = "" }, "subprocessor-list error subprocessors.list[2].service"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, src := loadSample(t, tt.sample)
			tt.edit(c)
			ds := Validate(c, src)
			var got []string
			for _, d := range ds {
				got = append(got, d.ID+" "+string(d.Severity)+" "+d.Field)
			}
			switch {
			case tt.want == "" && len(got) != 0:
				t.Errorf("want no finding, got %q", got)
			case tt.want != "" && (len(got) != 1 || got[0] != tt.want):
				t.Errorf("got %q, want [%q]", got, tt.want)
			}
		})
	}
}

func TestValidatePositions(t *testing.T) {
	c, src := loadSample(t, "saas-crm.yaml")
	c.Subprocessors.List[1].Location = ""
	c.Processing.SubjectMatter = ""
	ds := Validate(c, src)
	want := []diag.Position{
		{File: "saas-crm.yaml", Line: 41, Col: 3},                 // processing.subject_matter, at its own key
		{File: "subprocessors/crm-vendors.yaml", Line: 9, Col: 3}, // inside the list file
	}
	if len(ds) != len(want) {
		t.Fatalf("got %d findings: %+v", len(ds), ds)
	}
	for i := range want {
		if ds[i].Pos != want[i] {
			t.Errorf("finding %d (%s) at %+v, want %+v", i, ds[i].Field, ds[i].Pos, want[i])
		}
	}
}

func TestValidateWithoutSource(t *testing.T) {
	ds := Validate(&Contract{}, nil)
	if len(ds) < 10 {
		t.Fatalf("empty contract gave only %d findings", len(ds))
	}
	ids := map[string]bool{}
	for _, d := range ds {
		ids[d.ID] = true
		if d.Pos.File != "" || d.Pos.Line != 0 {
			t.Errorf("position without source: %+v", d.Pos)
		}
	}
	for _, id := range []string{"subject-matter", "duration", "nature", "purpose", "data-types", "data-subjects", "controller-rights", "instructions", "subprocessor-authorisation", "breach-notification", "deletion-return", "audits", InputID} {
		if !ids[id] {
			t.Errorf("empty contract: no finding for %s", id)
		}
	}
}

func TestValidateDeterministic(t *testing.T) {
	c, src := loadSample(t, "medical-lab.yaml")
	*c = Contract{Migration: c.Migration, Processing: Processing{SpecialCategories: []string{"health"}}}
	first := Validate(c, src)
	for range 20 {
		if again := Validate(c, src); !reflect.DeepEqual(first, again) {
			t.Fatal("Validate output differs between runs")
		}
	}
}

func TestRequirementFor(t *testing.T) {
	tests := []struct{ field, want string }{
		{"processing.subject_matter", "subject-matter"},
		{"processing.duration.end_date", "duration"},
		{"processing.durations", InputID},
		{"processing.special_categories[0]", "data-types"},
		{"security.special_categories", "special-categories-safeguards"},
		{"security.measures.encryption.at_rest", "encryption"},
		{"security.measures.access_control.individual_accounts", "access-control"},
		{"security.certifications", "security"},
		{"security.measures.testing[0]", "security-measures-specific"},
		{"instructions.channel", "instructions"},
		{"subprocessors.notice_days", "subprocessor-authorisation"},
		{"subprocessors.list[3].name", "subprocessor-list"},
		{"subprocessors", "subprocessor-flowdown"},
		{"breach.notice_hours", "breach-notification"},
		{"breach.contact", "breach-details"},
		{"migration.temp_deletion_days", "migration-deletion"},
		{"migration.scope.from", "migration-scope"},
		{"transfers[0].mechanism", "transfers"},
		{"language", InputID},
		{"parties.controller.name", InputID},
		{"", InputID},
	}
	for _, tt := range tests {
		if got := requirementFor(tt.field).ID; got != tt.want {
			t.Errorf("requirementFor(%q) = %q, want %q", tt.field, got, tt.want)
		}
	}
}

// modelPaths lists every yaml path of the model (lists as their element's paths).
func modelPaths(t reflect.Type, prefix string, out map[string]bool) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if t.Kind() != reflect.Struct {
		return
	}
	for i := 0; i < t.NumField(); i++ {
		name := yamlName(t.Field(i))
		if name == "" {
			continue
		}
		p := joinPath(prefix, name)
		out[p] = true
		modelPaths(t.Field(i).Type, p, out)
	}
}

// TestCatalogueFieldsExist keeps the catalogue's `fields` and the model in step: a
// renamed field would silently re-route findings to "input".
func TestCatalogueFieldsExist(t *testing.T) {
	paths := map[string]bool{}
	modelPaths(reflect.TypeOf(Contract{}), "", paths)
	for _, r := range clauses.Catalogue() {
		for _, f := range r.Fields {
			if !paths[f] {
				t.Errorf("catalogue %s names field %q, which the model does not have", r.ID, f)
			}
		}
	}
}

func BenchmarkLoadValidate(b *testing.B) {
	data := mustSample(b, "medical-lab.yaml")
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		c, src, err := Load("medical-lab.yaml", data, nil)
		if err != nil {
			b.Fatal(err)
		}
		if ds := Validate(c, src); len(ds) != 0 {
			b.Fatal(ds)
		}
	}
}

// TestTemplatePlaceholders checks the dpa init starter: as written, its only findings
// are its placeholders, one per "<...>" value; filled in, it is valid.
func TestTemplatePlaceholders(t *testing.T) {
	data := mustSample(t, "starter/template.yaml")
	c, src, err := Load("template.yaml", data, nil)
	if err != nil {
		t.Fatal(err)
	}
	ds := Validate(c, src)
	want := 0
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		if i := strings.Index(line, ": <"); i >= 0 || strings.Contains(line, "- <") {
			want++
		}
	}
	if len(ds) != want || want < 20 {
		t.Fatalf("got %d findings, want one per placeholder (%d)", len(ds), want)
	}
	for _, d := range ds {
		if !strings.Contains(d.Message, "still holds the placeholder") || d.Pos.Line < 1 {
			t.Errorf("unexpected finding %d:%d %s", d.Pos.Line, d.Pos.Col, d.Message)
		}
	}
	filled := strings.NewReplacer("<", "", ">", "").Replace(string(data))
	c, src, err = Load("template.yaml", []byte(filled), nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range Validate(c, src) {
		t.Errorf("filled template: %d:%d: %s", d.Pos.Line, d.Pos.Col, d.Message)
	}
}
