// Package doc is the text of a contract as the linter sees it: blocks of normalised
// text in reading order, each carrying where it stands in the original file.
package doc

// Kind is what a block was in the source.
type Kind int

const (
	Paragraph Kind = iota
	Heading
	ListItem
	TableRow
)

// Loc is where a block starts in the original file. Line is 1-based for line-based
// formats (md, txt, html); for PDF, Page is set and Line counts within the page;
// for DOCX, Para is the 1-based paragraph number.
type Loc struct {
	Line int
	Page int
	Para int
}

// Block is one unit of text: a heading, a paragraph, a list item or a table row.
// Text is normalised: hyphenation at line ends joined, whitespace folded, repeated
// page headers and footers removed. Markup is stripped.
type Block struct {
	Kind  Kind
	Level int // heading level (1-6) for headings; nesting depth for list items
	Text  string
	Loc   Loc
	// Lines maps byte offsets in Text to source lines, for blocks that span lines:
	// Lines[i] is the offset in Text where source line Loc.Line+i begins. May be nil.
	Lines []int
	// LineLocs, when set, holds the position of each entry of Lines (same length).
	// Readers set it where Loc.Line+i is not enough: a PDF paragraph continuing onto
	// the next page, or a DOCX table row whose cells are separate paragraphs.
	LineLocs []Loc
}

// LocAt returns the position in the original file of byte offset off in b.Text,
// so a match inside a multi-line block is reported on its own line (and page).
func (b Block) LocAt(off int) Loc {
	i := -1
	for j, start := range b.Lines {
		if start > off {
			break
		}
		i = j
	}
	if i <= 0 {
		return b.Loc
	}
	if len(b.LineLocs) == len(b.Lines) {
		return b.LineLocs[i]
	}
	l := b.Loc
	l.Line += i
	return l
}

// Document is one contract read from a file.
type Document struct {
	Path   string
	Format string // md, txt, html, pdf, docx
	Blocks []Block
	// Suppressions are inline `dpa-lint-disable ID: reason` comments found in the source.
	Suppressions []Suppression
}

// Suppression disables one requirement id for a document, with a reason.
type Suppression struct {
	ID     string
	Reason string
	Loc    Loc
}
