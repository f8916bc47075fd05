package claims

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"strings"

	"go.yaml.in/yaml/v3"
)

// writeYAML writes the tree n as a YAML document indented by two spaces.
func writeYAML(w io.Writer, n *yaml.Node) error {
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(n); err != nil {
		return wrapWrite(err)
	}
	return wrapWrite(enc.Close())
}

// writeJSON writes the tree n as JSON indented by two spaces: mappings as
// objects, lists as arrays, scalars tagged as numbers or booleans bare and
// every other scalar as a string.
func writeJSON(w io.Writer, n *yaml.Node) error {
	bw := bufio.NewWriter(w)
	jw := &jsonWriter{w: bw}
	jw.node(n, 0)
	bw.WriteByte('\n')
	return wrapWrite(bw.Flush())
}

// wrapWrite prefixes a write error.
func wrapWrite(err error) error {
	if err == nil {
		return nil
	}
	return &Error{Msg: "writing: " + err.Error(), Err: err}
}

// A jsonWriter writes a node tree as indented JSON.
type jsonWriter struct {
	w   *bufio.Writer
	buf bytes.Buffer
}

func (j *jsonWriter) node(n *yaml.Node, depth int) {
	switch n.Kind {
	case yaml.MappingNode:
		if len(n.Content) == 0 {
			j.w.WriteString("{}")
			return
		}
		j.w.WriteByte('{')
		for i := 0; i+1 < len(n.Content); i += 2 {
			if i > 0 {
				j.w.WriteByte(',')
			}
			j.newline(depth + 1)
			j.str(n.Content[i].Value)
			j.w.WriteString(": ")
			j.node(n.Content[i+1], depth+1)
		}
		j.newline(depth)
		j.w.WriteByte('}')
	case yaml.SequenceNode:
		if len(n.Content) == 0 {
			j.w.WriteString("[]")
			return
		}
		if short(n) {
			j.w.WriteByte('[')
			for i, c := range n.Content {
				if i > 0 {
					j.w.WriteString(", ")
				}
				j.node(c, depth+1)
			}
			j.w.WriteByte(']')
			return
		}
		j.w.WriteByte('[')
		for i, c := range n.Content {
			if i > 0 {
				j.w.WriteByte(',')
			}
			j.newline(depth + 1)
			j.node(c, depth+1)
		}
		j.newline(depth)
		j.w.WriteByte(']')
	default:
		switch n.Tag {
		case "!!int", "!!float", "!!bool":
			j.w.WriteString(n.Value)
		default:
			j.str(n.Value)
		}
	}
}

// short reports whether the list n holds only scalars, few and short
// enough to write on one line: [0, 74], ["US", "U.S."].
func short(n *yaml.Node) bool {
	size := 0
	for _, c := range n.Content {
		if c.Kind != yaml.ScalarNode {
			return false
		}
		size += len(c.Value) + 4
	}
	return size <= 72
}

func (j *jsonWriter) newline(depth int) {
	j.w.WriteByte('\n')
	j.w.WriteString(strings.Repeat("  ", depth))
}

// str writes s as a JSON string, leaving <, > and & as they are.
func (j *jsonWriter) str(s string) {
	j.buf.Reset()
	enc := json.NewEncoder(&j.buf)
	enc.SetEscapeHTML(false)
	enc.Encode(s) // a string always encodes
	j.w.Write(bytes.TrimSuffix(j.buf.Bytes(), []byte{'\n'}))
}
