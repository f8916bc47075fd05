package claims

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"

	"go.yaml.in/yaml/v3"
)

// This file builds the node tree of a Set for Encode; encode_write.go
// writes the tree as YAML or JSON.

// encodeSet returns the node tree of s, for the format f.
func encodeSet(s *Set, f Format) (*yaml.Node, error) {
	e := &encoder{kinds: make(map[string]Kind), plain: f == YAML}
	for _, p := range BuiltinProperties() {
		e.kinds[p.ID] = p.Kind
	}
	for i := len(s.Properties) - 1; i >= 0; i-- {
		e.kinds[s.Properties[i].ID] = s.Properties[i].Kind
	}
	m := e.newMap()
	m.add("version", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(Version)})
	if s.Include != nil {
		m.add("include", e.strList(s.Include))
	}
	if doc := e.document(s.Document); len(doc.Content) > 0 {
		m.add("document", doc)
	}
	if s.Entities != nil {
		l := newList()
		for _, x := range s.Entities {
			l.Content = append(l.Content, e.entity(x))
		}
		m.add("entities", l)
	}
	if s.Properties != nil {
		l := newList()
		for _, x := range s.Properties {
			l.Content = append(l.Content, e.property(x))
		}
		m.add("properties", l)
	}
	if s.Sources != nil {
		l := newList()
		for _, x := range s.Sources {
			l.Content = append(l.Content, e.source(x))
		}
		m.add("sources", l)
	}
	if s.Facts != nil {
		l := newList()
		for _, x := range s.Facts {
			l.Content = append(l.Content, e.fact(x))
		}
		m.add("facts", l)
	}
	if s.Claims != nil {
		l := newList()
		for _, x := range s.Claims {
			l.Content = append(l.Content, e.claim(x))
		}
		m.add("claims", l)
	}
	if s.Expect != nil {
		m.add("expect", e.expect(s, s.Expect))
	}
	if e.err != nil {
		return nil, e.err
	}
	return m.Node, nil
}

// An encoder builds nodes, keeping the first error.
type encoder struct {
	kinds map[string]Kind
	// plain lets strings that YAML reads as numbers, dates or booleans be
	// written without quotes (1867, 2025-08-13, true): the decoder takes
	// any scalar's text. JSON output writes every string as a string.
	plain bool
	err   error
}

func (e *encoder) document(d Document) *yaml.Node {
	m := e.newMap()
	m.addStr("title", d.Title)
	m.addDate("published", d.Published)
	m.addStr("url", d.URL)
	m.addStr("language", d.Language)
	m.addStr("text", d.Text)
	m.addStr("text_file", d.TextFile)
	return m.Node
}

func (e *encoder) entity(x Entity) *yaml.Node {
	m := e.newMap()
	m.addStr("id", x.ID)
	m.addStr("name", x.Name)
	m.addStr("kind", x.Kind.String())
	if x.Aliases != nil {
		m.add("aliases", e.strList(x.Aliases))
	}
	if x.PartOf != nil {
		m.add("part_of", e.strList(x.PartOf))
	}
	if !isZeroValue(x.Date) {
		m.add("date", e.value(x.Date, KindTime))
	}
	m.addStr("wikidata", x.Wikidata)
	return m.flowIfShort()
}

func (e *encoder) property(x Property) *yaml.Node {
	m := e.newMap()
	m.addStr("id", x.ID)
	m.addStr("name", x.Name)
	m.addStr("kind", x.Kind.String())
	if x.Cues != nil {
		m.add("cues", e.strList(x.Cues))
	}
	m.addStr("wikidata", x.Wikidata)
	return m.flowIfShort()
}

func (e *encoder) source(x Source) *yaml.Node {
	m := e.newMap()
	m.addStr("id", x.ID)
	m.addStr("name", x.Name)
	m.addStr("url", x.URL)
	m.addStr("publisher", x.Publisher)
	m.addStr("kind", x.Kind)
	m.addDate("published", x.Published)
	m.addDate("retrieved", x.Retrieved)
	m.addStr("reliability", x.Reliability.String())
	return m.flowIfShort()
}

func (e *encoder) fact(x Fact) *yaml.Node {
	m := e.newMap()
	m.addStr("subject", x.Subject)
	m.addStr("property", x.Property)
	if !isZeroValue(x.Value) {
		m.add("value", e.value(x.Value, e.kinds[x.Property]))
	}
	m.addDate("valid_from", x.ValidFrom)
	m.addDate("valid_until", x.ValidUntil)
	if x.Sources != nil {
		m.add("sources", e.strList(x.Sources))
	}
	m.addStr("quote", x.Quote)
	return m.flowIfShort()
}

func (e *encoder) claim(x Claim) *yaml.Node {
	m := e.newMap()
	m.addStr("id", x.ID)
	m.addStr("text", x.Text)
	if !x.Span.IsZero() {
		l := newList()
		l.Style = yaml.FlowStyle
		l.Content = append(l.Content, intNode(x.Span.Start), intNode(x.Span.End))
		m.add("span", l)
	}
	m.addStr("subject", x.Subject)
	m.addStr("property", x.Property)
	if !isZeroValue(x.Value) {
		m.add("value", e.value(x.Value, e.kinds[x.Property]))
	}
	if x.Modality != ModalityAsserted {
		m.addStr("modality", x.Modality.String())
	}
	m.addStr("attribution", x.Attribution)
	if !isZeroValue(x.AsOf) {
		m.add("as_of", e.value(x.AsOf, KindTime))
	}
	if x.Sources != nil {
		m.add("sources", e.strList(x.Sources))
	}
	if x.Worthiness != 0 {
		m.add("worthiness", e.float(x.Worthiness))
	}
	return m.Node
}

func (e *encoder) expect(s *Set, x *Expect) *yaml.Node {
	m := e.newMap()
	if x.Verdicts != nil {
		ids := make([]string, 0, len(x.Verdicts))
		for id := range x.Verdicts {
			ids = append(ids, id)
		}
		// In the order of the claims, then by id: map order is random.
		order := make(map[string]int, len(s.Claims))
		for i, c := range s.Claims {
			if _, ok := order[c.ID]; !ok {
				order[c.ID] = i
			}
		}
		rank := func(id string) int {
			if i, ok := order[id]; ok {
				return i
			}
			return len(s.Claims)
		}
		slices.SortFunc(ids, func(a, b string) int {
			if d := rank(a) - rank(b); d != 0 {
				return d
			}
			return strings.Compare(a, b)
		})
		v := e.newMap()
		for _, id := range ids {
			v.add(id, e.str(x.Verdicts[id]))
		}
		m.add("verdicts", v.Node)
	}
	if x.Findings != nil {
		l := newList()
		for _, f := range x.Findings {
			fm := e.newMap()
			fm.addStr("check", f.Check)
			if f.Claims != nil {
				fm.add("claims", e.strList(f.Claims))
			}
			if f.Quotes != nil {
				fm.add("quotes", e.strList(f.Quotes))
			}
			fm.addStr("severity", f.Severity)
			l.Content = append(l.Content, fm.flowIfShort())
		}
		m.add("findings", l)
	}
	return m.Node
}

// value writes v as a literal when one parses back to v for kind k, and
// as a mapping of its fields otherwise.
func (e *encoder) value(v Value, k Kind) *yaml.Node {
	for _, lit := range []string{v.Text, v.Literal()} {
		if strings.TrimSpace(lit) == "" {
			continue
		}
		if got, err := parseFileValue(k, lit); err == nil && sameValue(got, v) {
			return e.str(lit)
		}
	}
	m := e.newMap()
	m.addStr("kind", v.Kind.String())
	m.addStr("text", v.Text)
	if v.Amount != 0 {
		m.add("amount", e.float(v.Amount))
	}
	m.addStr("unit", v.Unit)
	if v.Cmp != CmpEqual {
		m.addStr("cmp", v.Cmp.String())
	}
	if v.Precision != 0 {
		m.add("precision", e.float(v.Precision))
	}
	m.addDate("start", v.Start)
	m.addDate("end", v.End)
	m.addStr("granularity", v.Granularity.String())
	m.addStr("entity", v.Entity)
	if v.Bool {
		m.add("bool", &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!bool", Value: "true"})
	}
	return m.flowIfShort()
}

// float writes a finite number; a file cannot carry NaN or infinity.
func (e *encoder) float(x float64) *yaml.Node {
	if math.IsNaN(x) || math.IsInf(x, 0) {
		if e.err == nil {
			e.err = fmt.Errorf("claims: cannot encode the number %v", x)
		}
		x = 0
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!float", Value: strconv.FormatFloat(x, 'g', -1, 64)}
}

// isZeroValue reports whether v has no field set, and so is not written.
func isZeroValue(v Value) bool {
	return v.Kind == KindUnknown && v.Text == "" && v.Amount == 0 && v.Unit == "" &&
		v.Cmp == CmpEqual && v.Precision == 0 && v.Start.IsZero() && v.End.IsZero() &&
		v.Granularity == GranularityUnknown && v.Entity == "" && !v.Bool
}

// sameValue reports whether a and b are the same value, field by field.
func sameValue(a, b Value) bool {
	return a.Kind == b.Kind && a.Text == b.Text && a.Amount == b.Amount && a.Unit == b.Unit &&
		a.Cmp == b.Cmp && a.Precision == b.Precision && a.Start.Equal(b.Start) && a.End.Equal(b.End) &&
		a.Granularity == b.Granularity && a.Entity == b.Entity && a.Bool == b.Bool
}

// A mapNode builds a mapping.
type mapNode struct {
	*yaml.Node
	e *encoder
}

func (e *encoder) newMap() mapNode {
	return mapNode{&yaml.Node{Kind: yaml.MappingNode, Tag: "!!map"}, e}
}

func newList() *yaml.Node { return &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"} }

// add sets key k to v.
func (m mapNode) add(k string, v *yaml.Node) {
	m.Content = append(m.Content, m.e.str(k), v)
}

// addStr sets key k to s unless s is empty.
func (m mapNode) addStr(k, s string) {
	if s != "" {
		m.add(k, m.e.str(s))
	}
}

// addDate sets key k to t unless t is zero: YYYY-MM-DD for a UTC
// midnight, else RFC 3339.
func (m mapNode) addDate(k string, t time.Time) {
	if t.IsZero() {
		return
	}
	s := t.Format(time.RFC3339Nano)
	if h, mi, sec := t.Clock(); t.Location() == time.UTC && h == 0 && mi == 0 && sec == 0 && t.Nanosecond() == 0 {
		s = t.Format(time.DateOnly)
	}
	m.add(k, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!timestamp", Value: s})
}

// flowIfShort writes the mapping on one line, {id: x, name: y}, when it
// is short and holds no multi-line text.
func (m mapNode) flowIfShort() *yaml.Node {
	n := 0
	for _, c := range m.Content {
		switch c.Kind {
		case yaml.ScalarNode:
			if strings.Contains(c.Value, "\n") {
				return m.Node
			}
			n += len(c.Value) + 2
		case yaml.SequenceNode:
			for _, it := range c.Content {
				n += len(it.Value) + 2
			}
		default:
			return m.Node
		}
	}
	if n <= 100 {
		m.Style = yaml.FlowStyle
	}
	return m.Node
}

// str returns a string node.
func (e *encoder) str(s string) *yaml.Node {
	tag := "!!str"
	if e.plain {
		tag = plainTag(s)
	}
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: tag, Value: s}
}

// plainTag returns the tag YAML gives s written without quotes, when it
// is an integer, a date or a boolean that can be so written, and !!str
// otherwise (which quotes it when needed).
func plainTag(s string) string {
	switch {
	case s == "true" || s == "false":
		return "!!bool"
	case len(s) == len("2006-01-02") && s[4] == '-':
		if _, err := time.Parse(time.DateOnly, s); err == nil {
			return "!!timestamp"
		}
	case len(s) > 0 && len(s) < 16 && s[0] >= '1' && s[0] <= '9':
		if strings.Trim(s, "0123456789") == "" {
			return "!!int"
		}
	}
	return "!!str"
}

func intNode(i int) *yaml.Node {
	return &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!int", Value: strconv.Itoa(i)}
}

// strList writes a list of strings on one line.
func (e *encoder) strList(ss []string) *yaml.Node {
	l := newList()
	l.Style = yaml.FlowStyle
	for _, s := range ss {
		l.Content = append(l.Content, e.str(s))
	}
	return l
}
