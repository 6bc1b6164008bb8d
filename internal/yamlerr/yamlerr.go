// Package yamlerr places a YAML syntax error at the line and column of the mistake.
//
// The project decodes YAML with gopkg.in/yaml.v3, whose Node API gives every value its
// line and column. Its syntax errors, though, carry a line only, and often the line
// where the scanner gave up rather than the one with the mistake (an unclosed quote is
// reported at the end of the file). goccy/go-yaml's parser points at the offending
// token, so on a syntax error the input is parsed again with it to find the place.
package yamlerr

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	goccy "github.com/goccy/go-yaml"
	"github.com/goccy/go-yaml/parser"
)

// Pos is where a syntax error is and what it is. Col is 0 when only the line is known;
// Line is 0 when neither is.
type Pos struct {
	Line, Col int
	Msg       string
}

var v3LineRE = regexp.MustCompile(`^(?:yaml: )?line (\d+): (.*)$`)

// Locate returns the position and message of err, a syntax error yaml.v3 returned
// for data.
func Locate(data []byte, err error) Pos {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	p := Pos{Msg: msg}
	if m := v3LineRE.FindStringSubmatch(err.Error()); m != nil {
		p.Line, _ = strconv.Atoi(m[1])
		p.Msg = m[2]
	}
	if q, ok := goccyPos(data); ok {
		p = q
	}
	if strings.Contains(p.Msg, "'\t'") || strings.Contains(p.Msg, "tab character") {
		p.Msg = "a tab character here; YAML indents with spaces, not tabs"
	}
	return p
}

// goccyPos parses data with goccy/go-yaml and reports its syntax error, if any.
func goccyPos(data []byte) (p Pos, ok bool) {
	defer func() {
		// A second parser must not turn a bad file into a crash.
		if recover() != nil {
			p, ok = Pos{}, false
		}
	}()
	_, err := parser.ParseBytes(data, 0)
	var se *goccy.SyntaxError
	if !errors.As(err, &se) || se.Token == nil || se.Token.Position == nil || se.Token.Position.Line < 1 {
		return Pos{}, false
	}
	return Pos{Line: se.Token.Position.Line, Col: se.Token.Position.Column, Msg: se.Message}, true
}
