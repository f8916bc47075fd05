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
	"time"
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
// scripts are each a block. It reports an error only when data is empty or
// is JSON that does not parse; a script that does not parse is a block
// with an error.
func parseBlocks(data []byte) ([]block, error) {
	trimmed := bytes.TrimSpace(bytes.TrimPrefix(data, []byte("\uFEFF")))
	if len(trimmed) == 0 {
		return nil, errors.New("claimreview: empty document")
	}
	if trimmed[0] == '{' || trimmed[0] == '[' {
		v, err := decodeJSON(trimmed)
		if err != nil {
			return nil, fmt.Errorf("claimreview: %w", err)
		}
		return []block{{value: v}}, nil
	}
	var out []block
	for i, s := range ldScripts(data) {
		b := block{path: fmt.Sprintf("script[%d]", i+1)}
		b.value, b.err = decodeJSON(unwrapScript(s))
		if b.err != nil {
			b.err = fmt.Errorf("claimreview: %s: %w", b.path, b.err)
		}
		out = append(out, b)
	}
	return out, nil
}

// decodeJSON decodes one JSON value with numbers kept as written. Only
// spaces and semicolons may follow it.
func decodeJSON(data []byte) (any, error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.UseNumber()
	var v any
	if err := dec.Decode(&v); err != nil {
		return nil, err
	}
	rest := bytes.Trim(data[dec.InputOffset():], " \t\r\n;")
	if len(rest) > 0 {
		return nil, fmt.Errorf("unexpected data after the JSON value at offset %d", dec.InputOffset())
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
		return strings.TrimSpace(v)
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

// dateLayouts are the forms of date publishers write, most precise first.
var dateLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05",
	time.DateOnly,
	"2006-01",
}

// parseDate reads an ISO 8601 date or date-time; the zero time when s is
// none.
func parseDate(s string) time.Time {
	s = strings.TrimSpace(s)
	if len(s) > 40 {
		return time.Time{}
	}
	for _, l := range dateLayouts {
		if t, err := time.Parse(l, s); err == nil {
			return t
		}
	}
	return time.Time{}
}

// sortedKeys returns the keys of n in order.
func sortedKeys(n node) []string { return slices.Sorted(maps.Keys(n)) }
