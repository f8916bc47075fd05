package claims

import (
	"fmt"
	"math"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// This file maps the node tree of one claim-set file onto a Set, key by
// key, as DESIGN.md's "Claim-set file" describes it.

// The keys each mapping of the format allows, in the order files write
// them.
var (
	setKeys      = []string{"version", "include", "document", "entities", "properties", "sources", "facts", "claims", "expect"}
	documentKeys = []string{"title", "published", "url", "language", "text", "text_file"}
	entityKeys   = []string{"id", "name", "kind", "aliases", "part_of", "date", "wikidata"}
	propertyKeys = []string{"id", "name", "kind", "cues", "wikidata"}
	sourceKeys   = []string{"id", "name", "url", "publisher", "kind", "published", "retrieved", "reliability"}
	factKeys     = []string{"subject", "property", "value", "valid_from", "valid_until", "sources", "quote"}
	claimKeys    = []string{"id", "text", "span", "subject", "property", "value", "modality", "attribution", "as_of", "sources", "worthiness"}
	expectKeys   = []string{"verdicts", "findings"}
	findingKeys  = []string{"check", "claims", "quotes", "severity"}
	valueKeys    = []string{"kind", "text", "amount", "unit", "cmp", "precision", "start", "end", "granularity", "entity", "bool"}
)

// A fileSet is one decoded file (or several merged): the Set, plus what
// can only be settled once every file is in: the value literals, whose
// kind comes from their property, and the ids the set refers to.
type fileSet struct {
	set    *Set
	values []pendingValue
	refs   []ref
	// includeAt and textFileAt are where Include's items and
	// Document.TextFile are written, for Load's messages.
	includeAt  []Pos
	textFileAt Pos
}

// A pendingValue is the literal of a fact's or claim's value, parsed once
// the property's kind is known.
type pendingValue struct {
	claim bool // a claim's value, else a fact's
	idx   int  // index in Set.Claims or Set.Facts
	lit   string
	prop  string
	pos   Pos
}

// refKind is what a reference names.
type refKind uint8

const (
	refEntity refKind = iota
	refSource
	refClaim
)

// A ref is an id that must be defined in the (merged) set.
type ref struct {
	kind refKind
	id   string
	what string // "claim subject", "part_of"…, for messages
	pos  Pos
}

// decodeFile decodes one file without resolving its values or checking
// its references. It returns nil when the file cannot be read at all.
func decodeFile(data []byte, name string, lim Limits, errs *collector) *fileSet {
	root, ok := parseNodes(data, name, FormatOf(name), lim, errs)
	if !ok {
		return nil
	}
	if root == nil {
		errs.add(Pos{File: name}, "empty file: missing version (want version: 1)")
		return nil
	}
	count, deep := shape(root, name, lim.MaxDepth)
	if deep != nil {
		errs.add(*deep, fmt.Sprintf("nested deeper than %d levels", lim.MaxDepth))
		return nil
	}
	d := &setDecoder{
		walker: walker{file: name, errs: errs, maxAlias: lim.MaxAliasNodes, budget: lim.MaxAliasNodes + 2*count},
		lim:    lim,
		fs:     &fileSet{set: &Set{File: name}},
	}
	if !d.version(root) {
		return nil
	}
	d.top(root)
	if d.stopped {
		return nil
	}
	return d.fs
}

// A setDecoder walks one file into a fileSet.
type setDecoder struct {
	walker
	lim      Limits
	fs       *fileSet
	seenRefs map[refAt]bool
}

// addRef records a reference to check once the set is complete. A node
// met again through an alias is recorded once.
func (d *setDecoder) addRef(k refKind, id, what string, at *yaml.Node) {
	key := refAt{k, at}
	if d.seenRefs[key] {
		return
	}
	if d.seenRefs == nil {
		d.seenRefs = make(map[refAt]bool)
	}
	d.seenRefs[key] = true
	d.fs.refs = append(d.fs.refs, ref{kind: k, id: id, what: what, pos: d.pos(at)})
}

// refAt is a reference by the node that makes it.
type refAt struct {
	kind refKind
	at   *yaml.Node
}

// version checks the version key before anything else: a file of another
// version is not read further.
func (d *setDecoder) version(root *yaml.Node) bool {
	n := d.deref(root)
	if n == nil {
		return false
	}
	if n.Kind != yaml.MappingNode {
		return true // reported by top
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := d.deref(n.Content[i])
		if k == nil || k.Kind != yaml.ScalarNode || k.Value != "version" {
			continue
		}
		s, ok := d.scalar(n.Content[i+1], "version")
		if !ok {
			return false
		}
		if s != strconv.Itoa(Version) {
			d.errorf(n.Content[i+1], "unsupported version %s; this build reads version %d", clip(s), Version)
			return false
		}
		d.fs.set.Version = Version
		return true
	}
	d.errorf(n, "missing version (want version: %d)", Version)
	return true
}

// top reads the file's root mapping.
func (d *setDecoder) top(root *yaml.Node) {
	s := d.fs.set
	for _, f := range d.fields(root, "claim set", setKeys) {
		switch f.key {
		case "include":
			names, at := d.strs(f.val, "include")
			for i, name := range names {
				d.localPath(at[i], name, "include")
				d.fs.includeAt = append(d.fs.includeAt, d.pos(at[i]))
			}
			s.Include = names
		case "document":
			d.document(f.val)
		case "entities":
			items, _ := d.list(f.val, "entities")
			s.Entities = make([]Entity, 0, len(items))
			for _, it := range items {
				d.entity(it)
			}
		case "properties":
			items, _ := d.list(f.val, "properties")
			s.Properties = make([]Property, 0, len(items))
			for _, it := range items {
				d.property(it)
			}
		case "sources":
			items, _ := d.list(f.val, "sources")
			s.Sources = make([]Source, 0, len(items))
			for _, it := range items {
				d.source(it)
			}
		case "facts":
			items, _ := d.list(f.val, "facts")
			s.Facts = make([]Fact, 0, len(items))
			for _, it := range items {
				d.fact(it)
			}
		case "claims":
			items, _ := d.list(f.val, "claims")
			if len(items) > d.lim.MaxClaims {
				// Stop before decoding any: the set is refused whole.
				d.errorf(f.val, "claims: %d claims, more than the limit of %d", len(items), d.lim.MaxClaims)
				d.stopped = true
				return
			}
			s.Claims = make([]Claim, 0, len(items))
			for _, it := range items {
				d.claim(it)
			}
		case "expect":
			d.expect(f.val)
		}
	}
}

// localPath reports whether name, a path in the file, lies in the file's
// folder or below it.
func (d *setDecoder) localPath(at *yaml.Node, name, what string) bool {
	if !filepath.IsLocal(filepath.FromSlash(name)) {
		d.errorf(at, "%s %q lies outside the folder of this file; name a file in it or below it", what, clip(name))
		return false
	}
	return true
}

func (d *setDecoder) document(n *yaml.Node) {
	doc := &d.fs.set.Document
	for _, f := range d.fields(n, "document", documentKeys) {
		switch f.key {
		case "title":
			doc.Title, _ = d.scalar(f.val, "document title")
		case "published":
			doc.Published = d.date(f.val, "document published")
		case "url":
			doc.URL, _ = d.scalar(f.val, "document url")
		case "language":
			doc.Language, _ = d.scalar(f.val, "document language")
		case "text":
			doc.Text, _ = d.scalar(f.val, "document text")
		case "text_file":
			if name, ok := d.str(f.val, "document text_file"); ok && d.localPath(f.val, name, "text_file") {
				doc.TextFile = name
				d.fs.textFileAt = d.pos(f.val)
			}
		}
	}
}

func (d *setDecoder) entity(n *yaml.Node) {
	e := Entity{Pos: d.pos(n)}
	fields := d.fields(n, "entity", entityKeys)
	for _, f := range fields {
		switch f.key {
		case "id":
			e.ID, _ = d.str(f.val, "entity id")
		case "name":
			e.Name, _ = d.scalar(f.val, "entity name")
		case "kind":
			if s, ok := d.scalar(f.val, "entity kind"); ok {
				k, err := ParseEntityKind(s)
				if err != nil {
					d.errorf(f.val, "%s", trimPrefix(err))
				}
				e.Kind = k
			}
		case "aliases":
			e.Aliases, _ = d.strs(f.val, "entity aliases")
		case "part_of":
			var at []*yaml.Node
			e.PartOf, at = d.strs(f.val, "entity part_of")
			for i, id := range e.PartOf {
				d.addRef(refEntity, id, "part_of", at[i])
			}
		case "date":
			e.Date = d.timeValue(f.val, "entity date")
		case "wikidata":
			e.Wikidata = d.wikidataID(f.val, 'Q', "entity wikidata")
		}
	}
	if e.ID == "" {
		if !hasKey(fields, "id") {
			d.errorf(n, "entity has no id")
		}
		return
	}
	d.fs.set.Entities = append(d.fs.set.Entities, e)
}

func (d *setDecoder) property(n *yaml.Node) {
	p := Property{Pos: d.pos(n)}
	fields := d.fields(n, "property", propertyKeys)
	for _, f := range fields {
		switch f.key {
		case "id":
			p.ID, _ = d.str(f.val, "property id")
		case "name":
			p.Name, _ = d.scalar(f.val, "property name")
		case "kind":
			if s, ok := d.scalar(f.val, "property kind"); ok {
				k, err := ParseKind(s)
				if err != nil {
					d.errorf(f.val, "%s", trimPrefix(err))
				}
				p.Kind = k
			}
		case "cues":
			p.Cues, _ = d.strs(f.val, "property cues")
		case "wikidata":
			p.Wikidata = d.wikidataID(f.val, 'P', "property wikidata")
		}
	}
	if p.ID == "" {
		if !hasKey(fields, "id") {
			d.errorf(n, "property has no id")
		}
		return
	}
	d.fs.set.Properties = append(d.fs.set.Properties, p)
}

func (d *setDecoder) source(n *yaml.Node) {
	s := Source{Pos: d.pos(n)}
	fields := d.fields(n, "source", sourceKeys)
	for _, f := range fields {
		switch f.key {
		case "id":
			s.ID, _ = d.str(f.val, "source id")
		case "name":
			s.Name, _ = d.scalar(f.val, "source name")
		case "url":
			s.URL, _ = d.scalar(f.val, "source url")
		case "publisher":
			s.Publisher, _ = d.scalar(f.val, "source publisher")
		case "kind":
			if k, ok := d.scalar(f.val, "source kind"); ok {
				if !contains(SourceKinds, k) {
					d.errorf(f.val, "unknown source kind %q%s (want %s)", clip(k), suggest(k, SourceKinds), strings.Join(SourceKinds, ", "))
				}
				s.Kind = k
			}
		case "published":
			s.Published = d.date(f.val, "source published")
		case "retrieved":
			s.Retrieved = d.date(f.val, "source retrieved")
		case "reliability":
			if r, ok := d.scalar(f.val, "source reliability"); ok {
				g, err := ParseReliability(r)
				if err != nil {
					d.errorf(f.val, "%s", trimPrefix(err))
				}
				s.Reliability = g
			}
		}
	}
	if s.ID == "" {
		if !hasKey(fields, "id") {
			d.errorf(n, "source has no id")
		}
		return
	}
	d.fs.set.Sources = append(d.fs.set.Sources, s)
}

func (d *setDecoder) fact(n *yaml.Node) {
	x := Fact{Pos: d.pos(n)}
	var value *yaml.Node
	fields := d.fields(n, "fact", factKeys)
	for _, f := range fields {
		switch f.key {
		case "subject":
			if x.Subject, _ = d.str(f.val, "fact subject"); x.Subject != "" {
				d.addRef(refEntity, x.Subject, "fact subject", f.val)
			}
		case "property":
			x.Property, _ = d.str(f.val, "fact property")
		case "value":
			value = f.val
		case "valid_from":
			x.ValidFrom = d.date(f.val, "fact valid_from")
		case "valid_until":
			x.ValidUntil = d.date(f.val, "fact valid_until")
		case "sources":
			var at []*yaml.Node
			x.Sources, at = d.strs(f.val, "fact sources")
			for i, id := range x.Sources {
				d.addRef(refSource, id, "fact source", at[i])
			}
		case "quote":
			x.Quote, _ = d.scalar(f.val, "fact quote")
		}
	}
	for _, m := range []struct {
		ok  bool
		key string
	}{{x.Subject != "", "subject"}, {x.Property != "", "property"}, {value != nil, "value"}} {
		if !m.ok && !hasKey(fields, m.key) {
			d.errorf(n, "fact has no %s", m.key)
		}
	}
	if !x.ValidFrom.IsZero() && !x.ValidUntil.IsZero() && !x.ValidFrom.Before(x.ValidUntil) {
		d.errorf(n, "fact valid_until %s is not after valid_from %s", x.ValidUntil.Format(time.DateOnly), x.ValidFrom.Format(time.DateOnly))
	}
	if value != nil {
		x.Value = d.value(value, false, len(d.fs.set.Facts), x.Property, "fact value")
	}
	d.fs.set.Facts = append(d.fs.set.Facts, x)
}

func (d *setDecoder) claim(n *yaml.Node) {
	c := Claim{Pos: d.pos(n)}
	var value *yaml.Node
	fields := d.fields(n, "claim", claimKeys)
	for _, f := range fields {
		switch f.key {
		case "id":
			c.ID, _ = d.str(f.val, "claim id")
		case "text":
			c.Text, _ = d.scalar(f.val, "claim text")
		case "span":
			c.Span = d.span(f.val)
		case "subject":
			if c.Subject, _ = d.str(f.val, "claim subject"); c.Subject != "" {
				d.addRef(refEntity, c.Subject, "claim subject", f.val)
			}
		case "property":
			c.Property, _ = d.str(f.val, "claim property")
		case "value":
			value = f.val
		case "modality":
			if s, ok := d.scalar(f.val, "claim modality"); ok {
				m, err := ParseModality(s)
				if err != nil {
					d.errorf(f.val, "%s", trimPrefix(err))
				}
				c.Modality = m
			}
		case "attribution":
			c.Attribution, _ = d.scalar(f.val, "claim attribution")
		case "as_of":
			c.AsOf = d.timeValue(f.val, "claim as_of")
		case "sources":
			var at []*yaml.Node
			c.Sources, at = d.strs(f.val, "claim sources")
			for i, id := range c.Sources {
				d.addRef(refSource, id, "claim source", at[i])
			}
		case "worthiness":
			if x, ok := d.float(f.val, "claim worthiness"); ok {
				if x < 0 || x > 1 {
					d.errorf(f.val, "claim worthiness %v is not between 0 and 1", x)
				}
				c.Worthiness = x
			}
		}
	}
	if c.ID == "" {
		if !hasKey(fields, "id") {
			d.errorf(n, "claim has no id")
		}
		return
	}
	if value != nil {
		c.Value = d.value(value, true, len(d.fs.set.Claims), c.Property, "claim value")
	}
	d.fs.set.Claims = append(d.fs.set.Claims, c)
}

// hasKey reports whether fields has the key k (given, if not valid).
func hasKey(fields []field, k string) bool {
	for _, f := range fields {
		if f.key == k {
			return true
		}
	}
	return false
}

// span reads [start, end].
func (d *setDecoder) span(n *yaml.Node) Span {
	items, ok := d.list(n, "claim span")
	if !ok {
		return Span{}
	}
	if len(items) != 2 {
		d.errorf(n, "claim span: want [start, end], got %d numbers", len(items))
		return Span{}
	}
	start, ok1 := d.integer(items[0], "claim span start")
	end, ok2 := d.integer(items[1], "claim span end")
	if !ok1 || !ok2 {
		return Span{}
	}
	if start < 0 || end < start {
		d.errorf(n, "claim span [%d, %d]: want 0 <= start <= end", start, end)
		return Span{}
	}
	return Span{Start: start, End: end}
}

func (d *setDecoder) expect(n *yaml.Node) {
	ex := &Expect{}
	d.fs.set.Expect = ex
	for _, f := range d.fields(n, "expect", expectKeys) {
		switch f.key {
		case "verdicts":
			vs := d.fields(f.val, "expect verdicts", nil)
			ex.Verdicts = make(map[string]string, len(vs))
			ex.VerdictPos = make(map[string]Pos, len(vs))
			for _, v := range vs {
				r, ok := d.scalar(v.val, "expected verdict")
				if !ok {
					continue
				}
				if !contains(RatingNames, r) {
					d.errorf(v.val, "verdict for %q: unknown rating %q%s (want %s)", clip(v.key), clip(r), suggest(r, RatingNames), strings.Join(RatingNames, ", "))
				}
				ex.Verdicts[v.key] = r
				ex.VerdictPos[v.key] = d.pos(v.keyAt)
				d.addRef(refClaim, v.key, "expected verdict", v.keyAt)
			}
		case "findings":
			items, _ := d.list(f.val, "expect findings")
			ex.Findings = make([]ExpectedFinding, 0, len(items))
			for _, it := range items {
				d.finding(it)
			}
		}
	}
}

func (d *setDecoder) finding(n *yaml.Node) {
	x := ExpectedFinding{Pos: d.pos(n)}
	fields := d.fields(n, "expected finding", findingKeys)
	for _, f := range fields {
		switch f.key {
		case "check":
			x.Check, _ = d.str(f.val, "expected finding check")
		case "claims":
			var at []*yaml.Node
			x.Claims, at = d.strs(f.val, "expected finding claims")
			for i, id := range x.Claims {
				d.addRef(refClaim, id, "expected finding", at[i])
			}
		case "quotes":
			x.Quotes, _ = d.strs(f.val, "expected finding quotes")
		case "severity":
			if s, ok := d.scalar(f.val, "expected finding severity"); ok {
				if !contains(SeverityNames, s) {
					d.errorf(f.val, "unknown severity %q%s (want %s)", clip(s), suggest(s, SeverityNames), strings.Join(SeverityNames, ", "))
				}
				x.Severity = s
			}
		}
	}
	if x.Check == "" && !hasKey(fields, "check") {
		d.errorf(n, "expected finding has no check")
	}
	if !hasKey(fields, "claims") && !hasKey(fields, "quotes") {
		d.errorf(n, "expected finding has neither claims nor quotes")
	}
	ex := d.fs.set.Expect
	ex.Findings = append(ex.Findings, x)
}

// date reads a date, YYYY-MM-DD (or RFC 3339, which Encode writes for a
// time that is not a UTC midnight).
func (d *setDecoder) date(n *yaml.Node, what string) time.Time {
	s, ok := d.scalar(n, what)
	if !ok {
		return time.Time{}
	}
	t, err := parseDate(s)
	if err != nil {
		d.errorf(n, "%s: want a date YYYY-MM-DD, got %q", what, clip(s))
	}
	return t
}

// parseDate parses YYYY-MM-DD or RFC 3339.
func parseDate(s string) (time.Time, error) {
	if t, err := time.Parse(time.DateOnly, s); err == nil {
		return t, nil
	}
	return time.Parse(time.RFC3339Nano, s)
}

// float reads a finite number.
func (d *setDecoder) float(n *yaml.Node, what string) (float64, bool) {
	s, ok := d.scalar(n, what)
	if !ok {
		return 0, false
	}
	x, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsInf(x, 0) || math.IsNaN(x) {
		d.errorf(n, "%s: want a number, got %q", what, clip(s))
		return 0, false
	}
	return x, true
}

// wikidataID decodes a Wikidata id: the letter prefix (Q for an item, P
// for a property) and a positive decimal number with no leading zero.
func (d *setDecoder) wikidataID(n *yaml.Node, prefix byte, what string) string {
	s, ok := d.str(n, what)
	if !ok {
		return ""
	}
	if !ValidWikidataID(s, prefix) {
		d.errorf(n, "%s %q is not a Wikidata id (want %c followed by digits, as %c42)", what, s, prefix, prefix)
		return ""
	}
	return s
}
