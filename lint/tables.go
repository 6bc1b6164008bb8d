package lint

import (
	"strings"

	"github.com/dpatool/dpa/clauses"
	"github.com/dpatool/dpa/lint/doc"
)

// Many annexes describe the processing in a table whose header row names the
// columns ("Activity | Purpose | Categories of data | Data subjects | Retention")
// and whose rows hold only values. A row read as one sentence ("payroll | paying
// salaries | name, bank details | employees | 6 years") says nothing the rules can
// place. So each cell of such a row is read as its own sentence, prefixed with its
// column's header: "purpose: paying salaries", "data subjects: employees".

// cellSep separates the cells of a table row in Block.Text (every reader joins
// cells with it).
const cellSep = " | "

// maxHeaderWords is the longest a header cell may be: a header names a column.
const maxHeaderWords = 6

// cell is one cell of a row: its span in the block's text.
type cell struct{ lo, hi int }

// cells splits a table row's text into cell spans (empty cells included).
func cells(text string) []cell {
	var out []cell
	lo := 0
	for {
		i := strings.Index(text[lo:], cellSep)
		if i < 0 {
			out = append(out, cell{lo, len(text)})
			return out
		}
		out = append(out, cell{lo, lo + i})
		lo += i + len(cellSep)
	}
}

// columnHeaders returns, for each block that is a body row of a table labelled by
// its header row, the folded header of each of its columns; nil for other blocks.
// A table is labelled by its header when the header has at least three cells, all
// short and none empty (an empty first header cell means the labels are in the
// first column instead), and the body rows have as many cells. A table of two
// columns usually carries its labels in its first column ("Duration | the term
// of the Agreement"); it is labelled by its header only when both header cells
// name requirements and no body row's first cell does ("Category of persons |
// Data processed" over "Pupils | name, class, allergies"): see pairHeader.
func columnHeaders(d *doc.Document, lang string, rs *clauses.Rules) [][]string {
	out := make([][]string, len(d.Blocks))
	for _, run := range kindRuns(d, doc.TableRow) {
		i, end := run[0], run[1]
		hdr := headerCells(d.Blocks[i].Text)
		if hdr == nil {
			hdr = kindHeader(d.Blocks[i].Text, lang, rs)
		}
		if hdr == nil {
			hdr = pairHeader(d, i, end, lang, rs)
		}
		if hdr != nil && !entityTable(hdr[0], lang, rs) {
			for j := i + 1; j < end; j++ {
				if len(cells(d.Blocks[j].Text)) == len(hdr) {
					out[j] = hdr
				}
			}
		}
	}
	return out
}

// metaHeaders name a column of labels or of their values ("No. | Heading |
// Term", "Élément | Contenu"): such a table carries its labels in its rows.
var metaHeaders = map[string]bool{
	"no": true, "#": true, "n°": true, "item": true, "items": true, "heading": true, "topic": true,
	"element": true, "field": true, "description": true, "details": true, "detail": true,
	"value": true, "content": true, "contents": true, "term": true, "terms": true, "provision": true,
	"clause": true, "section": true, "article": true, "subject": true, "particulars": true,
	"information": true, "rubrique": true, "champ": true, "contenu": true, "valeur": true,
	"intitule": true, "libelle": true, "stipulation": true, "stipulations": true, "designation": true,
	"question": true, "answer": true, "reponse": true, "label": true, "entry": true,
	"category": true, "categorie": true, "type": true, "aspect": true, "parameter": true,
	"parametre": true, "attribute": true, "criterion": true, "critere": true, "matter": true,
	"notes": true, "note": true, "comments": true, "remarques": true, "commentaires": true,
	"explanation": true, "explication": true, "reference": true, "ref": true,
}

// headerCells returns the folded cells of a table's first row when it reads
// as a header of at least three cells, nil otherwise.
func headerCells(text string) []string { return headerCellsMin(text, 3) }

// headerCellsMin is headerCells for a header of at least min cells.
func headerCellsMin(text string, min int) []string {
	cs := cells(text)
	if len(cs) < min {
		return nil
	}
	var hdr []string
	for _, c := range cs {
		h := strings.TrimRight(fold(strings.Trim(text[c.lo:c.hi], " |*")), ":.")
		if h == "" || len(strings.Fields(h)) > maxHeaderWords || metaHeaders[h] {
			return nil
		}
		hdr = append(hdr, h)
	}
	return hdr
}

// kindHeader returns the folded cells of a table's first row of at least three
// cells whose first cell is a meta word naming what each row is ("Catégorie |
// Exemples | Personnes concernées") and whose other cells are column labels,
// one of which names a part of some requirement: the columns keep their labels.
// nil otherwise: "Rubrique | Mission comptable | Mission sociale" carries its
// labels in its rows, one column per processing.
func kindHeader(text, lang string, rs *clauses.Rules) []string {
	cs := cells(text)
	if len(cs) < 3 {
		return nil
	}
	first := strings.TrimRight(fold(strings.Trim(text[cs[0].lo:cs[0].hi], " |*")), ":.")
	if !metaHeaders[first] {
		return nil
	}
	rest := headerCellsMin(text[cs[1].lo:], 2)
	if len(rest) != len(cs)-1 {
		return nil
	}
	for _, h := range rest {
		if requirementLabel(h, lang, rs) {
			return append([]string{first}, rest...)
		}
	}
	return nil
}

// pairHeader returns the header of the two-column table of rows [i, end) when
// one of its cells is a label of some requirement's part (rules' Labels), the
// other names its column (headerCells) and no body row's first cell is a
// label: the header then names what each column holds and the first column
// holds values, not labels. nil otherwise.
func pairHeader(d *doc.Document, i, end int, lang string, rs *clauses.Rules) []string {
	if end-i < 2 {
		return nil
	}
	hdr := headerCellsMin(d.Blocks[i].Text, 2)
	if len(hdr) != 2 || !requirementLabel(hdr[0], lang, rs) && !requirementLabel(hdr[1], lang, rs) {
		return nil
	}
	for j := i + 1; j < end; j++ {
		t := d.Blocks[j].Text
		cs := cells(t)
		if len(cs) != 2 {
			return nil
		}
		if requirementLabel(strings.TrimRight(fold(strings.Trim(t[cs[0].lo:cs[0].hi], " |*")), ":."), lang, rs) {
			return nil
		}
	}
	return hdr
}

// requirementLabel reports whether folded text h, read as a label, names a
// part of some requirement ("data subjects", « données traitées »).
func requirementLabel(h, lang string, rs *clauses.Rules) bool {
	ls := labelsOf(h)
	for _, req := range clauses.Catalogue() {
		r, ok := rs.Rule(req.ID)
		if !ok {
			continue
		}
		for _, p := range r.Parts {
			if len(p.Labels) == 0 {
				continue
			}
			for _, l := range ls {
				if p.Labels.Match(lang, l) {
					return true
				}
			}
		}
	}
	return false
}

// Some particulars tables put the label in the last of their two columns:
// "Storing player records, calculating ratings ... | Nature" under
// "Information | Item". Read label first, the description would be the
// label and "nature" its value; lastLabels finds such tables so that each
// row is read with its second cell as its label.

// lastLabels reports, per block, whether it is a body row of a two-column
// table whose labels stand in its second column: no body row's first cell
// is a label of some requirement's part, and at least two body rows' second
// cells are. Tables read by their header (headers) are left alone.
func lastLabels(d *doc.Document, headers [][]string, lang string, rs *clauses.Rules) []bool {
	out := make([]bool, len(d.Blocks))
	for _, run := range kindRuns(d, doc.TableRow) {
		i, end := run[0], run[1]
		n := 0
		two := true
		for j := i + 1; j < end && two; j++ {
			t := d.Blocks[j].Text
			cs := cells(t)
			if len(cs) != 2 || headers[j] != nil {
				two = false
				break
			}
			if requirementLabel(cellLabel(t, cs[0]), lang, rs) {
				two = false
				break
			}
			if requirementLabel(cellLabel(t, cs[1]), lang, rs) {
				n++
			}
		}
		if !two || n < 2 {
			continue
		}
		for j := i + 1; j < end; j++ {
			out[j] = true
		}
	}
	return out
}

// cellLabel is cell c of row text t folded as a label.
func cellLabel(t string, c cell) string {
	return strings.TrimRight(fold(strings.Trim(t[c.lo:c.hi], " |*")), ":.")
}

// entityHeaders open a table of parties or providers ("Name | Service |
// Location"): its cells describe an entity, not the processing, and read
// best as the row they are.
var entityHeaders = map[string]bool{
	"name": true, "names": true, "entity": true, "company": true, "recipient": true, "recipients": true,
	"party": true, "organisation": true, "organization": true, "nom": true, "denomination": true,
	"raison sociale": true, "societe": true, "destinataire": true, "destinataires": true, "entite": true,
}

// entityTable reports whether a table whose first column is headed h lists
// entities: sub-processors, providers, recipients.
func entityTable(h, lang string, rs *clauses.Rules) bool {
	h = strings.TrimSuffix(strings.TrimSuffix(h, " ulterieur"), " ulterieurs")
	return entityHeaders[h] || rs.PartyWord(lang, h) || strings.Contains(h, "sub-processor") ||
		strings.Contains(h, "subprocessor") || strings.Contains(h, "sous-traitant")
}

// Plain-text contracts draw tables with pipes and wrap a long cell onto the
// next line, leaving the first cell of that line empty:
//
//	| Purpose      | Recording the provenance of seed accessions and |
//	|              | managing requests for samples by researchers    |
//
// A reader that does not know the table hands it over as one paragraph, which
// reads as one long sentence with no label. gridRows rebuilds its rows: each
// line is a row unless its first cell is empty, when it continues the row
// above.

// gridRow is one logical row of a pipe table drawn in plain text: its span in
// the block's text and its cells joined with cellSep.
type gridRow struct {
	lo, hi int
	text   string
}

// gridRows returns the logical rows of paragraph b when every source line of
// it is a row of a pipe table, at least one row wraps onto the next line and
// the table has two columns or more; nil otherwise.
func gridRows(b doc.Block) []gridRow {
	if b.Kind != doc.Paragraph || len(b.Lines) < 2 || !strings.HasPrefix(b.Text, "|") {
		return nil
	}
	starts := b.Lines
	if starts[0] != 0 {
		starts = append([]int{0}, starts...)
	}
	var rows []gridRow
	var cols [][]string
	wrapped := false
	for li, lo := range starts {
		hi := len(b.Text)
		if li+1 < len(starts) {
			hi = starts[li+1]
		}
		line := strings.TrimSpace(b.Text[lo:hi])
		if !strings.HasPrefix(line, "|") || !strings.HasSuffix(line, "|") || len(line) < 3 {
			return nil
		}
		if strings.Trim(line, "|-=+: ") == "" {
			continue // a rule under the header
		}
		cs := strings.Split(line[1:len(line)-1], "|")
		if len(cs) < 2 {
			return nil
		}
		for i := range cs {
			cs[i] = strings.TrimSpace(cs[i])
		}
		if cs[0] == "" && len(rows) > 0 && len(cols[len(cols)-1]) == len(cs) {
			last := cols[len(cols)-1]
			for i, c := range cs {
				if c != "" {
					last[i] = strings.TrimSpace(last[i] + " " + c)
				}
			}
			rows[len(rows)-1].hi = hi
			wrapped = true
			continue
		}
		rows = append(rows, gridRow{lo: lo, hi: hi})
		cols = append(cols, cs)
	}
	if !wrapped {
		return nil
	}
	for i := range rows {
		rows[i].text = strings.Join(cols[i], cellSep)
	}
	return rows
}
