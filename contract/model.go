// Package contract owns dpa's input model: one processing relationship between a
// controller and a processor, as described in contract.yaml. The model follows the
// annexes of the Article 28(7) standard contractual clauses (Implementing Decision
// (EU) 2021/915): Annex I parties, Annex II description of the processing, Annex III
// technical and organisational measures, Annex IV sub-processors.
//
// yaml tags name the input fields; json tags are the same so that JSON input and
// `dpa schema` agree with YAML. validate tags are go-playground/validator/v10 rules;
// cross-field and risk rules live in validate.go.
package contract

// Contract is the whole input.
type Contract struct {
	// Language of the rendered contract.
	Language string `yaml:"language" json:"language" validate:"required,oneof=en fr"`
	// Title of the contract; defaults to "Data Processing Agreement".
	Title string `yaml:"title,omitempty" json:"title,omitempty"`
	// Effective date, YYYY-MM-DD. Also the fixed creation date of rendered PDFs.
	Date string `yaml:"date" json:"date" validate:"required,datetime=2006-01-02"`
	// The main (services) agreement this DPA supplements.
	MainAgreement string `yaml:"main_agreement" json:"main_agreement" validate:"required"`
	// Law governing the contract, e.g. "the laws of France".
	GoverningLaw string `yaml:"governing_law" json:"governing_law" validate:"required"`

	Parties          Parties         `yaml:"parties" json:"parties"`
	Processing       Processing      `yaml:"processing" json:"processing"`
	ControllerRights []string        `yaml:"controller_rights" json:"controller_rights" validate:"required,min=1,dive,required"`
	Instructions     Instructions    `yaml:"instructions" json:"instructions"`
	Subprocessors    Subprocessors   `yaml:"subprocessors" json:"subprocessors"`
	Transfers        []Transfer      `yaml:"transfers" json:"transfers" validate:"dive"`
	Security         Security        `yaml:"security" json:"security"`
	Breach           Breach          `yaml:"breach" json:"breach"`
	Assistance       Assistance      `yaml:"assistance" json:"assistance"`
	EndOfProcessing  EndOfProcessing `yaml:"end_of_processing" json:"end_of_processing"`
	Audits           Audits          `yaml:"audits" json:"audits"`
	// Migration is present when the services include a data migration, extraction
	// or export; its presence makes the migration risk requirements apply.
	Migration *Migration `yaml:"migration,omitempty" json:"migration,omitempty"`
}

// Parties are the controller and the processor (Annex I).
type Parties struct {
	Controller Party `yaml:"controller" json:"controller"`
	Processor  Party `yaml:"processor" json:"processor"`
}

// Party is one party to the contract.
type Party struct {
	Name      string    `yaml:"name" json:"name" validate:"required"`
	Address   string    `yaml:"address" json:"address" validate:"required"`
	Country   string    `yaml:"country,omitempty" json:"country,omitempty"`
	Signatory Signatory `yaml:"signatory" json:"signatory"`
	Contact   Contact   `yaml:"contact" json:"contact"`
	// DPO is the data protection officer, where the party has one.
	DPO *Contact `yaml:"dpo,omitempty" json:"dpo,omitempty"`
}

// Signatory signs for a party.
type Signatory struct {
	Name  string `yaml:"name" json:"name" validate:"required"`
	Title string `yaml:"title" json:"title" validate:"required"`
}

// Contact is a person or function reachable about the contract.
type Contact struct {
	Name  string `yaml:"name" json:"name" validate:"required"`
	Email string `yaml:"email" json:"email" validate:"required,email"`
	Phone string `yaml:"phone,omitempty" json:"phone,omitempty"`
}

// Processing is the description of the processing (Annex II, and Art. 28(3) first sentence).
type Processing struct {
	SubjectMatter string   `yaml:"subject_matter" json:"subject_matter" validate:"required"`
	Duration      Duration `yaml:"duration" json:"duration"`
	// Nature lists the processing operations (collection, storage, hosting, ...).
	Nature         []string `yaml:"nature" json:"nature" validate:"required,min=1,dive,required"`
	Purposes       []string `yaml:"purposes" json:"purposes" validate:"required,min=1,dive,required"`
	DataCategories []string `yaml:"data_categories" json:"data_categories" validate:"required,min=1,dive,required"`
	// SpecialCategories lists the kinds of Article 9 data processed, if any; any entry
	// makes the special-category risk requirements apply.
	SpecialCategories []string `yaml:"special_categories,omitempty" json:"special_categories,omitempty" validate:"dive,oneof=health genetic biometric racial-or-ethnic-origin political-opinions religious-or-philosophical-beliefs trade-union-membership sex-life sexual-orientation"`
	DataSubjects      []string `yaml:"data_subjects" json:"data_subjects" validate:"required,min=1,dive,required"`
	// Retention says how long the processor keeps the data during the services.
	Retention string `yaml:"retention" json:"retention" validate:"required"`
}

// Duration is how long the processing lasts: a term in words, or an end date.
// Exactly one is set.
type Duration struct {
	Term    string `yaml:"term,omitempty" json:"term,omitempty"`
	EndDate string `yaml:"end_date,omitempty" json:"end_date,omitempty" validate:"omitempty,datetime=2006-01-02"`
}

// Instructions says how the controller gives documented instructions.
type Instructions struct {
	Channel string `yaml:"channel" json:"channel" validate:"required"`
}

// Subprocessors governs other processors engaged by the processor (Art. 28(2) and (4)).
type Subprocessors struct {
	Authorisation string `yaml:"authorisation" json:"authorisation" validate:"required,oneof=specific general"`
	// NoticeDays is how many days in advance the processor announces a change
	// (required with general authorisation).
	NoticeDays int `yaml:"notice_days,omitempty" json:"notice_days,omitempty" validate:"min=0"`
	// Objection is whether the controller may object to a change (required with
	// general authorisation).
	Objection bool           `yaml:"objection,omitempty" json:"objection,omitempty"`
	List      []Subprocessor `yaml:"list,omitempty" json:"list,omitempty" validate:"dive"`
	// ListFile names a YAML file (relative to the contract) holding the list, so one
	// inventory can serve many contracts. Its entries are loaded into List.
	ListFile string `yaml:"list_file,omitempty" json:"list_file,omitempty"`
}

// Subprocessor is one authorised sub-processor (Annex IV).
type Subprocessor struct {
	Name     string `yaml:"name" json:"name" validate:"required"`
	Address  string `yaml:"address" json:"address" validate:"required"`
	Location string `yaml:"location" json:"location" validate:"required"`
	Service  string `yaml:"service" json:"service" validate:"required"`
}

// Transfer is one transfer of personal data to a third country (Chapter V).
type Transfer struct {
	Destination string `yaml:"destination" json:"destination" validate:"required"`
	Recipient   string `yaml:"recipient" json:"recipient" validate:"required"`
	// InEEA marks a destination inside the EEA, which needs no Chapter V mechanism.
	InEEA     bool   `yaml:"in_eea,omitempty" json:"in_eea,omitempty"`
	Mechanism string `yaml:"mechanism,omitempty" json:"mechanism,omitempty" validate:"omitempty,oneof=adequacy scc bcr derogation"`
	Details   string `yaml:"details,omitempty" json:"details,omitempty"`
}

// Security holds the technical and organisational measures (Annex III), grouped by
// the categories of Annex III of Decision 2021/915.
type Security struct {
	Measures Measures `yaml:"measures" json:"measures"`
	// SpecialCategories lists safeguards specific to Article 9 data.
	SpecialCategories []string `yaml:"special_categories,omitempty" json:"special_categories,omitempty" validate:"dive,required"`
	Certifications    []string `yaml:"certifications,omitempty" json:"certifications,omitempty" validate:"dive,required"`
}

// Measures are the Annex III categories. Encryption, access control and logging are
// structured because the risk requirements check their parts.
type Measures struct {
	Encryption               Encryption    `yaml:"encryption" json:"encryption"`
	AccessControl            AccessControl `yaml:"access_control" json:"access_control"`
	Logging                  Logging       `yaml:"logging" json:"logging"`
	Pseudonymisation         []string      `yaml:"pseudonymisation,omitempty" json:"pseudonymisation,omitempty"`
	ConfidentialityIntegrity []string      `yaml:"confidentiality_integrity,omitempty" json:"confidentiality_integrity,omitempty"`
	AvailabilityRestore      []string      `yaml:"availability_restore,omitempty" json:"availability_restore,omitempty"`
	Testing                  []string      `yaml:"testing,omitempty" json:"testing,omitempty"`
	Physical                 []string      `yaml:"physical,omitempty" json:"physical,omitempty"`
	Configuration            []string      `yaml:"configuration,omitempty" json:"configuration,omitempty"`
	Governance               []string      `yaml:"governance,omitempty" json:"governance,omitempty"`
	Minimisation             []string      `yaml:"minimisation,omitempty" json:"minimisation,omitempty"`
	DataQuality              []string      `yaml:"data_quality,omitempty" json:"data_quality,omitempty"`
	Retention                []string      `yaml:"retention,omitempty" json:"retention,omitempty"`
	Accountability           []string      `yaml:"accountability,omitempty" json:"accountability,omitempty"`
	PortabilityErasure       []string      `yaml:"portability_erasure,omitempty" json:"portability_erasure,omitempty"`
}

// Encryption of personal data (Art. 32(1)(a)).
type Encryption struct {
	AtRest    string   `yaml:"at_rest,omitempty" json:"at_rest,omitempty"`
	InTransit string   `yaml:"in_transit,omitempty" json:"in_transit,omitempty"`
	Other     []string `yaml:"other,omitempty" json:"other,omitempty"`
}

// AccessControl is user identification and authorisation (Art. 32(1)(b)).
type AccessControl struct {
	Authentication     string   `yaml:"authentication,omitempty" json:"authentication,omitempty"`
	IndividualAccounts bool     `yaml:"individual_accounts,omitempty" json:"individual_accounts,omitempty"`
	LeastPrivilege     string   `yaml:"least_privilege,omitempty" json:"least_privilege,omitempty"`
	Other              []string `yaml:"other,omitempty" json:"other,omitempty"`
}

// Logging is events logging, monitoring and alerting (Art. 32(1)(b) and (d)).
type Logging struct {
	AccessLogs      string   `yaml:"access_logs,omitempty" json:"access_logs,omitempty"`
	Monitoring      string   `yaml:"monitoring,omitempty" json:"monitoring,omitempty"`
	AlertEscalation string   `yaml:"alert_escalation,omitempty" json:"alert_escalation,omitempty"`
	Other           []string `yaml:"other,omitempty" json:"other,omitempty"`
}

// Breach governs personal data breach notification (Art. 33(2)).
type Breach struct {
	// NoticeHours is the processor's deadline to notify the controller; above 72 it is
	// an error, above 48 a warning.
	NoticeHours int `yaml:"notice_hours" json:"notice_hours" validate:"required,min=1"`
	// Contact is where breach notices go.
	Contact string `yaml:"contact" json:"contact" validate:"required"`
}

// Assistance with data subjects' rights and Articles 32 to 36 (Art. 28(3)(e) and (f)).
type Assistance struct {
	// ResponseDays is how fast the processor forwards or answers a data subject request.
	ResponseDays int `yaml:"response_days,omitempty" json:"response_days,omitempty" validate:"min=0"`
	// Costs says who bears the cost of assistance beyond the ordinary.
	Costs string `yaml:"costs,omitempty" json:"costs,omitempty" validate:"omitempty,oneof=controller processor shared"`
}

// EndOfProcessing is deletion or return at the end of the services (Art. 28(3)(g)).
type EndOfProcessing struct {
	// Choice is who chooses between deletion and return; Art. 28(3)(g) gives it to the controller.
	Choice string `yaml:"choice" json:"choice" validate:"required,oneof=controller processor"`
	// Default applies when the controller makes no choice.
	Default      string `yaml:"default" json:"default" validate:"required,oneof=delete return"`
	DeadlineDays int    `yaml:"deadline_days" json:"deadline_days" validate:"required,min=1"`
	Certificate  bool   `yaml:"certificate,omitempty" json:"certificate,omitempty"`
}

// Audits is the controller's audit right (Art. 28(3)(h)).
type Audits struct {
	NoticeDays int    `yaml:"notice_days" json:"notice_days" validate:"min=0"`
	Frequency  string `yaml:"frequency" json:"frequency" validate:"required"`
	Costs      string `yaml:"costs" json:"costs" validate:"required,oneof=controller processor shared"`
}

// Migration describes a data migration, extraction or export in the services.
type Migration struct {
	Scope     MigrationScope `yaml:"scope" json:"scope"`
	Procedure string         `yaml:"procedure" json:"procedure" validate:"required"`
	// TempDeletionDays is the deadline for automatic deletion of temporary copies.
	TempDeletionDays int `yaml:"temp_deletion_days" json:"temp_deletion_days" validate:"required,min=1"`
}

// MigrationScope bounds a migration: which data, from where, to where.
type MigrationScope struct {
	Data []string `yaml:"data" json:"data" validate:"required,min=1,dive,required"`
	From string   `yaml:"from" json:"from" validate:"required"`
	To   string   `yaml:"to" json:"to" validate:"required"`
}

// HasSpecialCategories reports whether Article 9 data is processed.
func (c *Contract) HasSpecialCategories() bool { return len(c.Processing.SpecialCategories) > 0 }

// HasMigration reports whether the services include a migration or extraction.
func (c *Contract) HasMigration() bool { return c.Migration != nil }
