package main

import (
	"bytes"
	"crypto/sha256"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"

	"github.com/veracity-go/veracity/claims"
)

// This file implements extract --into: adding an article's new claims to
// a hand-curated claim-set file without disturbing what the editor wrote.
// The file's bytes are kept as they are and the new claims are inserted
// as text at the end of its claims list; the result is checked, written
// to a temporary file beside the original and renamed over it only if the
// original has not changed since it was read.

// intoBeforeRename, when set, is called with the file's path after the new
// content is written to its temporary file and before the original is
// checked for changes and replaced. Tests use it to change the file in
// between.
var intoBeforeRename func(path string)

// intoFile is a claim-set file as read for --into, with what tells
// whether it changed before it is replaced.
type intoFile struct {
	name string // as given, for messages
	path string // with symbolic links followed: the file replaced
	data []byte
	mode fs.FileMode
	size int64
	mod  time.Time
	sum  [sha256.Size]byte
}

// readIntoFile reads the claim-set file name for --into.
func readIntoFile(name string) (*intoFile, error) {
	if claims.FormatOf(name) != claims.YAML {
		return nil, fmt.Errorf("%s: --into adds claims to a YAML claim set, not JSON", name)
	}
	path, err := filepath.EvalSymlinks(name)
	if err != nil {
		return nil, fileError(name, err)
	}
	f := &intoFile{name: name, path: path}
	info, err := os.Stat(path)
	if err != nil {
		return nil, fileError(name, err)
	}
	if !info.Mode().IsRegular() {
		return nil, fmt.Errorf("%s: not a regular file", name)
	}
	if info.Size() > claims.MaxFileSize {
		return nil, fmt.Errorf("%s: larger than %s, the limit for a claim-set file", name, byteSize(claims.MaxFileSize))
	}
	if f.data, err = os.ReadFile(path); err != nil {
		return nil, fileError(name, err)
	}
	f.mode, f.size, f.mod = info.Mode(), info.Size(), info.ModTime()
	f.sum = sha256.Sum256(f.data)
	return f, nil
}

// errChanged reports a file changed between reading and replacing it.
var errChanged = errors.New("changed since it was read; not overwritten")

// unchanged returns an error wrapping errChanged unless the file still has
// the size, modification time and content it had when read.
func (f *intoFile) unchanged() error {
	info, err := os.Stat(f.path)
	if err != nil {
		return fmt.Errorf("%s: %w (%v)", f.name, errChanged, err)
	}
	if info.Size() != f.size || !info.ModTime().Equal(f.mod) {
		return fmt.Errorf("%s: %w", f.name, errChanged)
	}
	data, err := os.ReadFile(f.path)
	if err != nil || sha256.Sum256(data) != f.sum {
		return fmt.Errorf("%s: %w", f.name, errChanged)
	}
	return nil
}

// newClaims returns the claims of found that are not already in existing,
// renumbered c<N> after the highest c<N> of existing (and of the claims
// already taken). A claim is already there when a claim of existing, or
// one taken before it, has its subject, property and value, its span, or
// its text (compared without regard to case and spacing).
func newClaims(existing, found []claims.Claim) []claims.Claim {
	next := 1
	for _, c := range existing {
		if n, ok := claimNumber(c.ID); ok && n >= next {
			next = n + 1
		}
	}
	ids := make(map[string]bool, len(existing))
	for _, c := range existing {
		ids[c.ID] = true
	}
	seen := append([]claims.Claim(nil), existing...)
	var out []claims.Claim
	for _, c := range found {
		if present(seen, c) {
			continue
		}
		for ids["c"+strconv.Itoa(next)] {
			next++
		}
		c.ID = "c" + strconv.Itoa(next)
		ids[c.ID] = true
		next++
		c.Pos = claims.Pos{}
		out = append(out, c)
		seen = append(seen, c)
	}
	return out
}

// claimNumPattern matches the ids an extractor gives: c1, c2…
var claimNumPattern = regexp.MustCompile(`^c([0-9]{1,9})$`)

// claimNumber returns N for an id c<N>.
func claimNumber(id string) (int, bool) {
	m := claimNumPattern.FindStringSubmatch(id)
	if m == nil {
		return 0, false
	}
	n, err := strconv.Atoi(m[1])
	return n, err == nil
}

// present reports whether c is among list: the same subject, property and
// value; the same span; or the same text.
func present(list []claims.Claim, c claims.Claim) bool {
	text := normText(c.Text)
	for _, x := range list {
		switch {
		case c.Subject != "" && c.Property != "" && x.Subject == c.Subject && x.Property == c.Property && sameValue(x.Value, c.Value):
			return true
		case !c.Span.IsZero() && x.Span == c.Span:
			return true
		case text != "" && normText(x.Text) == text:
			return true
		}
	}
	return false
}

// normText returns s folded to lower case with runs of spaces made one.
func normText(s string) string {
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// sameValue reports whether two values say the same, however written:
// "$7.5 million" and "7500000 USD" do, though their precisions differ.
func sameValue(a, b claims.Value) bool {
	a.Text, b.Text = "", ""
	if a.IsZero() || b.IsZero() {
		return a.IsZero() && b.IsZero()
	}
	return a.Kind == b.Kind && a.Amount == b.Amount && a.Unit == b.Unit && a.Cmp == b.Cmp &&
		a.Start.Equal(b.Start) && a.End.Equal(b.End) &&
		a.Granularity == b.Granularity && a.Entity == b.Entity && a.Bool == b.Bool
}

// claimItems returns the YAML of a block list of cs, as Encode writes the
// claims of a set, each line indented by indent spaces before its "- " or
// content. props gives the properties' kinds, so that values are written
// as the literals the file's properties read.
func claimItems(cs []claims.Claim, props []claims.Property, indent int) ([]byte, error) {
	var buf bytes.Buffer
	if err := claims.Encode(&buf, &claims.Set{Version: claims.Version, Properties: props, Claims: cs}, claims.YAML); err != nil {
		return nil, err
	}
	out := buf.Bytes()
	i := bytes.Index(out, []byte("\nclaims:\n"))
	if i < 0 {
		return nil, errors.New("encoding claims: no claims list")
	}
	body := out[i+len("\nclaims:\n"):]
	// Encode writes "  - " under "claims:"; move the list to indent.
	have := len(body) - len(bytes.TrimLeft(body, " "))
	var b bytes.Buffer
	for line := range bytes.Lines(body) {
		if len(bytes.TrimSpace(line)) > 0 {
			if have > indent {
				line = line[min(have-indent, len(line)-len(bytes.TrimLeft(line, " "))):]
			} else {
				b.WriteString(strings.Repeat(" ", indent-have))
			}
		}
		b.Write(line)
	}
	return b.Bytes(), nil
}

// appendClaims returns data with the new claims inserted as text at the
// end of its top-level claims list, or in a claims list added at the end
// of the file, leaving every other byte as it was. props are the
// properties the file knows, for writing values.
func appendClaims(data []byte, cs []claims.Claim, props []claims.Property) ([]byte, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return nil, err
	}
	if doc.Kind != yaml.DocumentNode || len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode || doc.Content[0].Style&yaml.FlowStyle != 0 {
		return nil, errors.New("the file is not a block mapping (version: 1 on a line of its own…)")
	}
	root := doc.Content[0]
	lines := bytes.SplitAfter(data, []byte("\n"))
	var keyAt, seq, next *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		if keyAt != nil && next == nil {
			next = root.Content[i]
		}
		if root.Content[i].Value == "claims" {
			keyAt, seq = root.Content[i], root.Content[i+1]
		}
	}
	if keyAt == nil {
		indent := listIndent(root)
		items, err := claimItems(cs, props, indent)
		if err != nil {
			return nil, err
		}
		out := append(withNewline(data), "claims:\n"...)
		return lineEndings(data, out, items), nil
	}
	if keyAt.Column != 1 {
		return nil, fmt.Errorf("line %d: claims key not at the start of its line", keyAt.Line)
	}
	var indent int
	switch {
	case seq.Kind == yaml.SequenceNode && seq.Style&yaml.FlowStyle == 0:
		indent = seq.Column - 1
		if len(seq.Content) > 0 {
			indent = seq.Content[0].Column - 3
		}
	case seq.Kind == yaml.ScalarNode && seq.Tag == "!!null" && seq.Value == "":
		indent = listIndent(root)
	case (seq.Kind == yaml.SequenceNode && len(seq.Content) == 0 || seq.Kind == yaml.ScalarNode && seq.Tag == "!!null") && seq.Line == keyAt.Line:
		// "claims: []" or "claims: ~": rewrite the key's line as
		// "claims:", keeping its comment, and write a block list.
		line := lines[keyAt.Line-1]
		newKey := []byte("claims:")
		if c := cmpOr(seq.LineComment, keyAt.LineComment); c != "" {
			newKey = append(append(newKey, ' '), c...)
		}
		lines[keyAt.Line-1] = append(newKey, lineEnd(line)...)
		indent = listIndent(root)
	default:
		return nil, fmt.Errorf("line %d: the claims list is written in flow style ([…]); write it as a block list (one \"- \" item a line) to add claims", seq.Line)
	}
	items, err := claimItems(cs, props, indent)
	if err != nil {
		return nil, err
	}
	// Insert after the list's last line: before the next top-level key
	// and the comments and blank lines above it, or at the end.
	at := len(lines)
	if next != nil {
		at = next.Line - 1
		for at > keyAt.Line {
			t := bytes.TrimSpace(lines[at-1])
			// A comment at the start of a line is the next key's; an
			// indented one belongs to the list.
			if len(t) > 0 && (t[0] != '#' || indentOf(lines[at-1]) > 0) {
				break
			}
			at--
		}
	}
	var out []byte
	for _, l := range lines[:at] {
		out = append(out, l...)
	}
	out = lineEndings(data, withNewline(out), items)
	for _, l := range lines[at:] {
		out = append(out, l...)
	}
	return out, nil
}

// listIndent returns the indentation of the "- " of the file's other
// top-level block lists, or 2 (as Encode writes) when it has none.
func listIndent(root *yaml.Node) int {
	for i := 1; i < len(root.Content); i += 2 {
		if s := root.Content[i]; s.Kind == yaml.SequenceNode && s.Style&yaml.FlowStyle == 0 && len(s.Content) > 0 && s.Content[0].Column >= 3 {
			return s.Content[0].Column - 3
		}
	}
	return 2
}

// cmpOr returns the first of ss that is not empty.
func cmpOr(ss ...string) string {
	for _, s := range ss {
		if s != "" {
			return s
		}
	}
	return ""
}

// indentOf returns the number of spaces that start line.
func indentOf(line []byte) int { return len(line) - len(bytes.TrimLeft(line, " ")) }

// lineEnd returns the line ending of line: "\r\n", "\n" or "".
func lineEnd(line []byte) []byte {
	switch {
	case bytes.HasSuffix(line, []byte("\r\n")):
		return []byte("\r\n")
	case bytes.HasSuffix(line, []byte("\n")):
		return []byte("\n")
	}
	return nil
}

// withNewline returns b ending in a line break.
func withNewline(b []byte) []byte {
	if len(b) > 0 && b[len(b)-1] != '\n' {
		return append(b, '\n')
	}
	return b
}

// lineEndings appends items to out with the line endings of the file data:
// CRLF when it uses them.
func lineEndings(data, out, items []byte) []byte {
	if bytes.Contains(data, []byte("\r\n")) {
		items = bytes.ReplaceAll(items, []byte("\n"), []byte("\r\n"))
	}
	return append(out, items...)
}

// sameClaims reports whether the claims of a and b are the same, positions
// aside.
func sameClaims(a, b []claims.Claim) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		x, y := a[i], b[i]
		x.Pos, y.Pos = claims.Pos{}, claims.Pos{}
		if !reflect.DeepEqual(x, y) {
			return false
		}
	}
	return true
}

// writeInto replaces the file f by data: it writes a temporary file in the
// same folder with f's permissions, syncs it, checks that the result loads
// with its includes, checks that f has not changed since it was read, and
// renames the temporary file over it. On any failure the temporary file
// is removed and f is left as it was.
func writeInto(f *intoFile, data []byte) (err error) {
	dir := filepath.Dir(f.path)
	tmp, err := os.CreateTemp(dir, "."+filepath.Base(f.path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("%s: cannot write beside it: %w", f.name, err)
	}
	tmpName := tmp.Name()
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmpName)
		}
	}()
	if _, err := tmp.Write(data); err != nil {
		return fmt.Errorf("%s: writing: %w", f.name, err)
	}
	if err := tmp.Chmod(f.mode.Perm()); err != nil {
		return fmt.Errorf("%s: writing: %w", f.name, err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("%s: writing: %w", f.name, err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("%s: writing: %w", f.name, err)
	}
	if _, err := claims.Load(tmpName); err != nil {
		msg := strings.ReplaceAll(fileError(f.name, err).Error(), tmpName, f.name)
		return fmt.Errorf("%s: not changed: with the new claims it would not load:\n%s", f.name, msg)
	}
	if intoBeforeRename != nil {
		intoBeforeRename(f.path)
	}
	if err := f.unchanged(); err != nil {
		return err
	}
	if err := os.Rename(tmpName, f.path); err != nil {
		return fmt.Errorf("%s: replacing: %w", f.name, err)
	}
	if d, err := os.Open(dir); err == nil {
		d.Sync() // make the rename durable; not every system can
		d.Close()
	}
	return nil
}

// extractInto adds the claims extracted from doc to the claim-set file
// into, and returns the exit status. kb is the knowledge of the --kb
// files (may be nil); dated says whether doc's publication date was given
// by --published, which wins over the file's.
func extractInto(e *env, into string, doc claims.Document, kb *claims.Set, dated bool) int {
	f, err := readIntoFile(into)
	if err != nil {
		printError(e, err)
		return exitUsage
	}
	own, err := claims.Decode(f.data, into)
	if err != nil {
		printError(e, fileError(into, err))
		return exitUsage
	}
	full, err := claims.Load(into)
	if err != nil {
		printError(e, fileError(into, err))
		return exitUsage
	}
	if !dated && !full.Document.Published.IsZero() {
		doc.Published = full.Document.Published
	}
	found, err := extractClaims(doc, mergeKB(kb, full))
	if err != nil {
		printError(e, fileError(into, err))
		return exitUsage
	}
	fresh := newClaims(full.Claims, found.Claims)
	// Spans count bytes of the article: keep them only when the file's
	// document is that article.
	dropSpans := full.Document.Text != doc.Text
	for i := range fresh {
		if dropSpans {
			fresh[i].Span = claims.Span{}
		}
	}
	if len(fresh) == 0 {
		fmt.Fprintf(e.stderr, "no new claims for %s; not changed\n", into)
		return exitOK
	}
	props := full.Properties
	if kb != nil {
		props = append(append([]claims.Property(nil), kb.Properties...), props...)
	}
	data, err := appendClaims(f.data, fresh, props)
	if err != nil {
		e.errorf("%s: cannot add claims: %v", into, err)
		return exitUsage
	}
	// The splice must keep the file's own claims as they were and add the
	// new ones after them.
	after, err := claims.Decode(data, into)
	if err != nil {
		e.errorf("%s: not changed: with the new claims it would not load:", into)
		printError(e, fileError(into, err))
		return exitUsage
	}
	if n := len(own.Claims); len(after.Claims) != n+len(fresh) || !sameClaims(own.Claims, after.Claims[:n]) {
		e.errorf("%s: not changed: adding claims would change the claims already there", into)
		return exitUsage
	}
	if err := writeInto(f, data); err != nil {
		printError(e, err)
		return exitUsage
	}
	ids := make([]string, len(fresh))
	for i, c := range fresh {
		ids[i] = c.ID
	}
	noun := "claims"
	if len(fresh) == 1 {
		noun = "claim"
	}
	fmt.Fprintf(e.stderr, "added %d %s to %s (%s)\n", len(fresh), noun, into, strings.Join(ids, ", "))
	return exitOK
}
