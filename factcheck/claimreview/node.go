package claimreview

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
)

// This file reads JSON-LD documents into generic values and gives access to
// their nodes the way publishers write them: a property may be one value or
// an array, a node may be written in place or referenced by "@id", and
// "@type" may be a compact or a full IRI.

// maxDepth bounds how deep Read and Validate walk a document.
const maxDepth = 64

// A block is one JSON-LD document: the whole input, or one script of an
// HTML page. path prefixes the paths of its problems ("script[2]").
type block struct {
	path  string
	value any
	err   error
}

// parseBlocks reads data as JSON, or else as an HTML page whose ld+json
// scripts are each a block; it returns what the page says of itself too.
// It reports an error only when data is empty or is JSON that does not
// parse; a script that does not parse is a block with an error. Errors
// of JSON are [*SyntaxError] values.
func parseBlocks(data []byte) ([]block, scannedPage, error) {
	body := bytes.TrimPrefix(data, []byte("\uFEFF"))
	lead := len(data) - len(bytes.TrimLeft(body, " \t\r\n"))
	trimmed := bytes.TrimSpace(body)
	if len(trimmed) == 0 {
		return nil, scannedPage{}, errors.New("claimreview: empty document")
	}
	pos := func(off int64) (int, int) { return lineCol(data, off) }
	byteAt := func(off int64) (byte, bool) {
		if off < 0 || off >= int64(len(data)) {
			return 0, false
		}
		return data[off], true
	}
	if trimmed[0] == '{' || trimmed[0] == '[' {
		v, err := decodeJSON(trimmed, int64(lead), contentEnd(data), pos, byteAt)
		if err != nil {
			return nil, scannedPage{}, err
		}
		return []block{{value: v}}, scannedPage{}, nil
	}
	page := scanPage(data)
	var out []block
	for i, s := range page.scripts {
		b := block{path: fmt.Sprintf("script[%d]", i+1)}
		u := unwrapScript(s)
		base := int64(page.offsets[i])
		if len(u) > 0 {
			base += int64(cap(s) - cap(u))
		}
		end := base + int64(len(u))
		b.value, b.err = decodeJSON(u, base, end, pos, byteAt)
		var syn *SyntaxError
		if errors.As(b.err, &syn) {
			syn.Script = i + 1
		} else if b.err != nil {
			b.err = fmt.Errorf("claimreview: %s: %w", b.path, b.err)
		}
		out = append(out, b)
	}
	return out, page, nil
}

// decodeJSON decodes one JSON value with numbers kept as written. Only
// spaces and semicolons may follow it. data starts at byte base of the
// document and its content ends at end; errors are placed by pos.
func decodeJSON(data []byte, base, end int64, pos func(int64) (int, int), byteAt func(int64) (byte, bool)) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, syntaxError(err, base, end, pos, byteAt)
	}
	rest := data[dec.InputOffset():]
	if i := bytes.IndexFunc(rest, func(r rune) bool { return !strings.ContainsRune(" \t\r\n;", r) }); i >= 0 {
		off := base + dec.InputOffset() + int64(i)
		e := &SyntaxError{Offset: off, Msg: "unexpected data after the JSON value"}
		e.Line, e.Column = pos(off)
		return nil, e
	}
	return v, nil
}

// A node is a JSON-LD node object.
type node = map[string]any

// index maps the "@id" of each node of a document to the node, so that
// references can be followed.
type index map[string]node

// add records the nodes of v that have an "@id" and more than that,
// first one kept.
func (ix index) add(v any, depth int) {
	if depth > maxDepth {
		return
	}
	switch v := v.(type) {
	case node:
		if id, ok := v["@id"].(string); ok && len(v) > 1 {
			if _, dup := ix[id]; !dup {
				ix[id] = v
			}
		}
		for _, c := range v {
			ix.add(c, depth+1)
		}
	case []any:
		for _, c := range v {
			ix.add(c, depth+1)
		}
	}
}

// resolve returns the node v refers to: v itself, the first node of an
// array, or the node an {"@id": …} reference names.
func (ix index) resolve(v any) node {
	if a, ok := v.([]any); ok {
		if len(a) == 0 {
			return nil
		}
		v = a[0]
	}
	n, ok := v.(node)
	if !ok {
		return nil
	}
	if id, ok := n["@id"].(string); ok && len(n) == 1 {
		if full, ok := ix[id]; ok {
			return full
		}
	}
	return n
}

// prop returns property name of n, written plainly or as "schema:name".
func prop(n node, name string) (any, bool) {
	if v, ok := n[name]; ok {
		return v, true
	}
	v, ok := n["schema:"+name]
	return v, ok
}

// typeName strips the schema.org prefixes off a type: "schema:Rating" and
// "https://schema.org/Rating" are "Rating".
func typeName(t string) string {
	for _, p := range []string{"schema:", "http://schema.org/", "https://schema.org/"} {
		if strings.HasPrefix(t, p) {
			return t[len(p):]
		}
	}
	return t
}

// types returns the types of n, prefixes stripped.
func types(n node) []string {
	switch t := n["@type"].(type) {
	case string:
		return []string{typeName(t)}
	case []any:
		var out []string
		for _, e := range t {
			if s, ok := e.(string); ok {
				out = append(out, typeName(s))
			}
		}
		return out
	}
	return nil
}

// hasType reports whether n is of type t.
func hasType(n node, t string) bool {
	for _, nt := range types(n) {
		if nt == t {
			return true
		}
	}
	return false
}

// text returns a value as text: a string, a number as written, a language
// or value object's "@value", a node's name, or the first of an array.
func text(v any) string {
	switch v := v.(type) {
	case string:
		return strings.TrimSpace(decodeRefs(v))
	case json.Number:
		return v.String()
	case node:
		if s := text(v["@value"]); s != "" {
			return s
		}
		return text(v["name"])
	case []any:
		for _, e := range v {
			if s := text(e); s != "" {
				return s
			}
		}
	}
	return ""
}

// number returns a value as a number: a JSON number or a string holding
// one ("4", " 4.0 ").
func number(v any) (float64, bool) {
	var s string
	switch v := v.(type) {
	case json.Number:
		s = v.String()
	case string:
		s = strings.TrimSpace(v)
	case node:
		return number(v["@value"])
	default:
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, false
	}
	return f, true
}

// sortedKeys returns the keys of n in order.
func sortedKeys(n node) []string { return slices.Sorted(maps.Keys(n)) }
