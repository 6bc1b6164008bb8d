// Package samples holds realistic dpa inputs: the commented template `dpa init`
// writes, three complete contracts that validate clean, and invalid/*.yaml, each
// breaking exactly one rule (its "# want:" line names the rule). They are embedded
// so `dpa init --example` can write them and so tests of other packages can read
// them without knowing the repository layout.
package samples

import "embed"

// FS holds the template, the valid samples, their sub-processor inventory, and
// the invalid ones.
//
//go:embed *.yaml starter/*.yaml subprocessors/*.yaml invalid/*.yaml
var FS embed.FS

// Examples names the complete samples, in the order `dpa init --example` lists them.
var Examples = []string{"saas-crm", "medical-lab", "payroll"}
