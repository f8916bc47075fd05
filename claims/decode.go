package claims

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// This file turns the bytes of a claim-set file into a YAML node tree,
// refusing what is too large, too deep or not UTF-8, and holds the
// primitives that walk the tree; decode_set.go maps the tree onto a Set.

// parseNodes parses data as YAML, or as JSON when f is JSON, and returns
// the root mapping's node (nil for an empty file). It records problems in
// errs and returns nil when the file cannot be read at all.
func parseNodes(data []byte, name string, f Format, lim Limits, errs *collector) (root *yaml.Node, ok bool) {
	if int64(len(data)) > lim.MaxFileSize {
		errs.add(Pos{File: name}, fmt.Sprintf("file is larger than %d bytes", lim.MaxFileSize))
		return nil, false
	}
	if off := invalidUTF8(data); off >= 0 {
		errs.add(offsetPos(data, name, off), "invalid UTF-8")
		return nil, false
	}
	if line := longLine(data, lim.MaxLineLength); line > 0 && f != JSON {
		// YAML's parser keeps lines whole; JSON may be minified
		errs.add(Pos{File: name, Line: line}, lineTooLong(line, lim.MaxLineLength))
		return nil, false
	}
	var err error
	if f == JSON {
		root, err = parseJSON(data, name, lim.MaxDepth)
	} else {
		root, err = parseYAML(data, name)
	}
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			errs.addErr(e.Pos, e.Msg, e.Err)
		} else {
			errs.addErr(Pos{File: name}, err.Error(), err)
		}
		return nil, false
	}
	return root, true
}

// yamlLine matches the "line N" that yaml.v3 puts in its syntax errors.
var yamlLine = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// parseYAML parses one YAML document, refusing a second one.
func parseYAML(data []byte, name string) (root *yaml.Node, err error) {
	defer func() {
		// yaml.v3 reports its own failures as errors; a panic would be a
		// bug in it, and no input may crash the caller.
		if r := recover(); r != nil {
			root, err = nil, &Error{Pos: Pos{File: name}, Msg: fmt.Sprintf("YAML parser failed: %v", r)}
		}
	}()
	dec := yaml.NewDecoder(bytes.NewReader(data))
	var doc yaml.Node
	if err := dec.Decode(&doc); err != nil {
		if err == io.EOF {
			return nil, nil
		}
		return nil, yamlError(err, name)
	}
	var extra yaml.Node
	switch err := dec.Decode(&extra); {
	case err == io.EOF:
	case err != nil:
		return nil, yamlError(err, name)
	default:
		return nil, &Error{Pos: Pos{File: name, Line: extra.Line, Col: extra.Column}, Msg: "more than one YAML document; a claim-set file holds one"}
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 {
		return nil, nil
	}
	return doc.Content[0], nil
}

// yamlError turns a yaml.v3 error into an *Error with the line it names.
func yamlError(err error, name string) error {
	msg := err.Error()
	if m := yamlLine.FindStringSubmatch(msg); m != nil {
		line, _ := strconv.Atoi(m[1])
		return &Error{Pos: Pos{File: name, Line: line}, Msg: "YAML syntax: " + m[2], Err: err}
	}
	return &Error{Pos: Pos{File: name}, Msg: "YAML syntax: " + strings.TrimPrefix(msg, "yaml: "), Err: err}
}

// shape walks the tree as parsed (aliases not followed) and returns how
// many nodes it has, or the position of a node nested deeper than
// maxDepth.
func shape(root *yaml.Node, name string, maxDepth int) (count int, deep *Pos) {
	type item struct {
		n     *yaml.Node
		depth int
	}
	stack := []item{{root, 1}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		count++
		if it.depth > maxDepth {
			return count, &Pos{File: name, Line: it.n.Line, Col: it.n.Column}
		}
		for _, c := range it.n.Content {
			stack = append(stack, item{c, it.depth + 1})
		}
	}
	return count, nil
}

// invalidUTF8 returns the offset of the first byte of data that is not
// valid UTF-8, or -1.
func invalidUTF8(data []byte) int {
	if utf8.Valid(data) {
		return -1
	}
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
}

// offsetPos returns the position of byte offset off in data: lines from
// 1, columns in characters from 1, as yaml.v3 counts them.
func offsetPos(data []byte, name string, off int) Pos {
	off = min(max(off, 0), len(data))
	before := data[:off]
	line := 1 + bytes.Count(before, []byte{'\n'})
	start := bytes.LastIndexByte(before, '\n') + 1
	return Pos{File: name, Line: line, Col: 1 + utf8.RuneCount(before[start:])}
}

// A walker maps the nodes of one file onto Go values, recording
// problems. It follows aliases and counts every node it visits, so that a
// file whose aliases expand to more than maxAlias nodes beyond its own
// nodes stops being read.
type walker struct {
	file     string
	errs     *collector
	nodes    int
	maxAlias int
	// budget is how many visits the walk may make: maxAlias plus
	// twice the file's own nodes (a walk looks at some nodes twice).
	budget int
	// stopped is set once the budget is spent; from then on every node
	// reads as absent.
	stopped bool
	// alias is the last alias followed.
	alias *yaml.Node
}

// pos returns the position of n.
func (w *walker) pos(n *yaml.Node) Pos {
	return Pos{File: w.file, Line: n.Line, Col: n.Column}
}

// errorf records a problem at n.
func (w *walker) errorf(n *yaml.Node, format string, args ...any) {
	if w.errs.full() || w.stopped {
		return // past the alias limit nodes read as absent: no false errors
	}
	w.errs.add(w.pos(n), fmt.Sprintf(format, args...))
}

// deref follows an alias and counts the node visited. It returns nil once
// the node limit has been passed.
func (w *walker) deref(n *yaml.Node) *yaml.Node {
	if w.stopped {
		return nil
	}
	if n != nil && n.Kind == yaml.AliasNode {
		w.alias = n
	}
	at := n
	for i := 0; n != nil && n.Kind == yaml.AliasNode && i < 8; i++ {
		n = n.Alias
	}
	w.nodes++
	if w.nodes > w.budget || n == nil || n.Kind == yaml.AliasNode {
		w.stopped = true
		// the position of the alias whose expansion crossed the limit
		pos := Pos{File: w.file}
		if w.alias != nil {
			pos = w.pos(w.alias)
		} else if at != nil {
			pos = w.pos(at)
		}
		w.errs.add(pos, fmt.Sprintf("aliases expand to more than %d nodes; refusing to read further", w.maxAlias))
		return nil
	}
	return n
}

// isNull reports whether n is a YAML null (~, null, or nothing), which a
// file may give for any key to mean "not given".
func isNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// describe names the kind of node n for messages.
func describe(n *yaml.Node) string {
	switch n.Kind {
	case yaml.MappingNode:
		return "a mapping"
	case yaml.SequenceNode:
		return "a list"
	case yaml.ScalarNode:
		if isNull(n) {
			return "null"
		}
		return fmt.Sprintf("the value %q", clip(n.Value))
	}
	return "nothing"
}

// clip shortens s for quoting in a message.
func clip(s string) string {
	if len(s) <= 60 {
		return s
	}
	i := 57
	for i > 0 && !utf8.RuneStart(s[i]) {
		i--
	}
	return s[:i] + "..."
}

// A field is one key of a mapping, with its value as written (an alias is
// not yet followed).
type field struct {
	key   string
	keyAt *yaml.Node
	val   *yaml.Node
}

// fields returns the entries of the mapping n, which describes what the
// mapping is ("claim", "document"), and reports a node that is not a
// mapping, a key that is not a string, a key outside allowed (unless
// allowed is nil), a duplicate key and a merge key. Keys whose value is
// null are left out.
func (w *walker) fields(n *yaml.Node, what string, allowed []string) []field {
	at := n
	if n = w.deref(n); n == nil {
		return nil
	}
	if n.Kind != yaml.MappingNode {
		w.errorf(at, "%s: want a mapping, got %s", what, describe(n))
		return nil
	}
	out := make([]field, 0, len(n.Content)/2)
	seen := make(map[string]*yaml.Node, len(n.Content)/2)
	for i := 0; i+1 < len(n.Content); i += 2 {
		kat, val := n.Content[i], n.Content[i+1]
		k := w.deref(kat)
		if k == nil {
			return nil
		}
		if k.Kind != yaml.ScalarNode {
			w.errorf(kat, "%s: a key must be a string, got %s", what, describe(k))
			continue
		}
		if k.Tag == "!!merge" {
			w.errorf(kat, "%s: merge keys (<<) are not supported", what)
			continue
		}
		if first, dup := seen[k.Value]; dup {
			w.errorf(kat, "%s: duplicate key %q (first at line %d)", what, k.Value, first.Line)
			continue
		}
		seen[k.Value] = kat
		if allowed != nil && !contains(allowed, k.Value) {
			w.errorf(kat, "%s: unknown key %q%s; want %s", what, clip(k.Value), suggest(k.Value, allowed), strings.Join(allowed, ", "))
			continue
		}
		if v := w.deref(val); v == nil || isNull(v) {
			continue
		}
		out = append(out, field{k.Value, kat, val})
	}
	return out
}

// contains reports whether list holds s.
func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// scalar returns the text of the scalar n, reporting any other node.
func (w *walker) scalar(n *yaml.Node, what string) (string, bool) {
	at := n
	if n = w.deref(n); n == nil {
		return "", false
	}
	if n.Kind != yaml.ScalarNode {
		w.errorf(at, "%s: want a single value, got %s", what, describe(n))
		return "", false
	}
	return n.Value, true
}

// str is scalar for a field that must not be empty when given.
func (w *walker) str(n *yaml.Node, what string) (string, bool) {
	s, ok := w.scalar(n, what)
	if ok && strings.TrimSpace(s) == "" {
		w.errorf(n, "%s: empty", what)
		return "", false
	}
	return s, ok
}

// list returns the items of the sequence n, reporting any other node.
func (w *walker) list(n *yaml.Node, what string) ([]*yaml.Node, bool) {
	at := n
	if n = w.deref(n); n == nil {
		return nil, false
	}
	if n.Kind != yaml.SequenceNode {
		w.errorf(at, "%s: want a list, got %s", what, describe(n))
		return nil, false
	}
	return n.Content, true
}

// strs returns the strings of the list n (non-nil when n is a list, even
// an empty one), each with its node. Empty strings are reported.
func (w *walker) strs(n *yaml.Node, what string) ([]string, []*yaml.Node) {
	items, ok := w.list(n, what)
	if !ok {
		return nil, nil
	}
	out := make([]string, 0, len(items))
	at := make([]*yaml.Node, 0, len(items))
	what += " item"
	for _, it := range items {
		if s, ok := w.str(it, what); ok {
			out = append(out, s)
			at = append(at, it)
		}
	}
	return out, at
}

// integer returns the integer n.
func (w *walker) integer(n *yaml.Node, what string) (int, bool) {
	s, ok := w.scalar(n, what)
	if !ok {
		return 0, false
	}
	i, err := strconv.Atoi(s)
	if err != nil {
		w.errorf(n, "%s: want a whole number, got %q", what, clip(s))
		return 0, false
	}
	return i, true
}
