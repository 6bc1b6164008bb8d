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
// first column instead), and the body rows have as many cells.
func columnHeaders(d *doc.Document, lang string, rs *clauses.Rules) [][]string {
	out := make([][]string, len(d.Blocks))
	for i := 0; i < len(d.Blocks); {
		if d.Blocks[i].Kind != doc.TableRow {
			i++
			continue
		}
		end := i
		for end < len(d.Blocks) && d.Blocks[end].Kind == doc.TableRow {
			end++
		}
		if hdr := headerCells(d.Blocks[i].Text); hdr != nil && !entityTable(hdr[0], lang, rs) {
			for j := i + 1; j < end; j++ {
				if len(cells(d.Blocks[j].Text)) == len(hdr) {
					out[j] = hdr
				}
			}
		}
		i = end
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

func headerCells(text string) []string {
	cs := cells(text)
	if len(cs) < 3 {
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
