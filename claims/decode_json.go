package claims

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// parseJSON parses a .json claim-set file into the same node tree as YAML
// gives, with the line and column of every value, so that one walker reads
// both. It reads JSON with encoding/json rather than through the YAML
// parser, which refuses some valid JSON (the escape \/, control
// characters) and would accept YAML-only syntax.
//
// maxDepth bounds the nesting of lists and objects.
func parseJSON(data []byte, name string, maxDepth int) (*yaml.Node, error) {
	if !json.Valid(data) {
		var x struct{}
		err := json.Unmarshal(data, &x)
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return nil, &Error{Pos: offsetPos(data, name, int(se.Offset)-1), Msg: "JSON syntax: " + se.Error(), Err: err}
		}
		return nil, &Error{Pos: Pos{File: name}, Msg: "not valid JSON"}
	}
	p := &jsonParser{data: data, name: name, maxDepth: maxDepth, line: 1, col: 1}
	p.dec = json.NewDecoder(bytes.NewReader(data))
	p.dec.UseNumber()
	n, err := p.value(0)
	if err != nil {
		return nil, err
	}
	if _, err := p.dec.Token(); err != io.EOF {
		// json.Valid has accepted the data, so this does not happen.
		return nil, &Error{Pos: Pos{File: name}, Msg: "JSON syntax: more than one value"}
	}
	return n, nil
}

// A jsonParser turns JSON tokens into yaml.Nodes. It tracks the line and
// column of the byte offset it has reached, moving only forward.
type jsonParser struct {
	data     []byte
	name     string
	maxDepth int
	dec      *json.Decoder

	off, line, col int
}

// next returns the next token and where it starts.
func (p *jsonParser) next() (json.Token, int, int, error) {
	start := int(p.dec.InputOffset())
	for start < len(p.data) {
		switch p.data[start] {
		case ' ', '\t', '\r', '\n', ':', ',':
			start++
			continue
		}
		break
	}
	p.advance(start)
	line, col := p.line, p.col
	tok, err := p.dec.Token()
	return tok, line, col, err
}

// advance moves the position to byte offset off.
func (p *jsonParser) advance(off int) {
	for p.off < off && p.off < len(p.data) {
		r, size := utf8.DecodeRune(p.data[p.off:])
		p.off += size
		if r == '\n' {
			p.line++
			p.col = 1
		} else {
			p.col++
		}
	}
}

// value reads one JSON value. depth guards the recursion: anything deeper
// than maxDepth is refused, with a position.
func (p *jsonParser) value(depth int) (*yaml.Node, error) {
	tok, line, col, err := p.next()
	if err != nil {
		return nil, &Error{Pos: Pos{File: p.name, Line: line, Col: col}, Msg: "JSON syntax: " + err.Error(), Err: err}
	}
	if depth > p.maxDepth {
		return nil, &Error{Pos: Pos{File: p.name, Line: line, Col: col}, Msg: fmt.Sprintf("nested deeper than %d levels", p.maxDepth)}
	}
	n := &yaml.Node{Line: line, Column: col}
	switch t := tok.(type) {
	case json.Delim:
		switch t {
		case '{':
			n.Kind, n.Tag, n.Style = yaml.MappingNode, "!!map", yaml.FlowStyle
			for p.dec.More() {
				k, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				v, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, k, v)
			}
		case '[':
			n.Kind, n.Tag, n.Style = yaml.SequenceNode, "!!seq", yaml.FlowStyle
			for p.dec.More() {
				v, err := p.value(depth + 1)
				if err != nil {
					return nil, err
				}
				n.Content = append(n.Content, v)
			}
		default:
			return nil, &Error{Pos: Pos{File: p.name, Line: line, Col: col}, Msg: fmt.Sprintf("JSON syntax: unexpected %q", t)}
		}
		if _, _, _, err := p.next(); err != nil { // the closing delimiter
			return nil, &Error{Pos: Pos{File: p.name, Line: line, Col: col}, Msg: "JSON syntax: " + err.Error(), Err: err}
		}
	case string:
		n.Kind, n.Tag, n.Value, n.Style = yaml.ScalarNode, "!!str", t, yaml.DoubleQuotedStyle
	case json.Number:
		n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!int", t.String()
		if strings.ContainsAny(n.Value, ".eE") {
			n.Tag = "!!float"
		}
	case bool:
		n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!bool", fmt.Sprint(t)
	case nil:
		n.Kind, n.Tag, n.Value = yaml.ScalarNode, "!!null", "null"
	}
	return n, nil
}
