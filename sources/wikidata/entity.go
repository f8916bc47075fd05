package wikidata

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
)

// An Entity is a Wikidata item or property as its JSON gives it: labels,
// descriptions and aliases by language, the number of its sitelinks and
// its statements by property. An Entity is plain data: safe to read from
// several goroutines, not to modify while read.
type Entity struct {
	ID           string
	Type         string              // "item" or "property"
	Labels       map[string]string   // language → label
	Descriptions map[string]string   // language → description
	Aliases      map[string][]string // language → aliases
	Sitelinks    int                 // how many wikis have a page on it
	Claims       map[string][]Statement
}

// Label returns the entity's label in the first of langs that has one,
// else its id.
func (e *Entity) Label(langs ...string) string {
	for _, l := range langs {
		if s, ok := e.Labels[l]; ok {
			return s
		}
	}
	return e.ID
}

// Statements returns the statements for property pid that count: the
// preferred ones when there are any, else the normal ones; deprecated
// statements never count. This is Wikidata's own "truthy" selection.
func (e *Entity) Statements(pid string) []Statement {
	return truthy(e.Claims[pid])
}

// truthy selects the best-ranked statements of ss.
func truthy(ss []Statement) []Statement {
	best := RankNormal
	for _, s := range ss {
		if s.Rank == RankPreferred {
			best = RankPreferred
			break
		}
	}
	var out []Statement
	for _, s := range ss {
		if s.Rank == best {
			out = append(out, s)
		}
	}
	return out
}

// Rank is a statement's rank. The zero Rank is RankUnknown.
type Rank uint8

// The ranks.
const (
	RankUnknown Rank = iota
	RankDeprecated
	RankNormal
	RankPreferred
)

var rankNames = [...]string{"unknown", "deprecated", "normal", "preferred"}

// String returns the rank's name as Wikidata's JSON writes it.
func (r Rank) String() string {
	if int(r) < len(rankNames) {
		return rankNames[r]
	}
	return fmt.Sprintf("Rank(%d)", r)
}

// ParseRank returns the rank named s.
func ParseRank(s string) (Rank, error) {
	for i, n := range rankNames[1:] {
		if n == s {
			return Rank(i + 1), nil
		}
	}
	return RankUnknown, fmt.Errorf("wikidata: unknown rank %q", s)
}

// A Statement is one claim of Wikidata about an entity: the main snak,
// its rank, its qualifiers and its references. Like the other records of
// this file (Reference, Snak, DataValue) it is plain data, safe to read
// from several goroutines.
type Statement struct {
	ID         string
	Rank       Rank
	Main       Snak
	Qualifiers map[string][]Snak
	References []Reference
}

// Qualifier returns the first value qualifier for property pid.
func (s *Statement) Qualifier(pid string) (Snak, bool) {
	for _, q := range s.Qualifiers[pid] {
		if q.Kind == SnakValue {
			return q, true
		}
	}
	return Snak{}, false
}

// A Reference is where a statement comes from: its snaks by property
// (stated in P248, reference URL P854, retrieved P813…).
type Reference struct {
	Snaks map[string][]Snak
}

// SnakKind says whether a snak has a value. The zero SnakKind is
// SnakUnknown.
type SnakKind uint8

// The kinds of snak.
const (
	SnakUnknown   SnakKind = iota
	SnakValue              // a value
	SnakSomeValue          // some value, not known
	SnakNoValue            // no value
)

// A Snak is a property and a value (or the statement that there is some
// value, or none).
type Snak struct {
	Property string
	Kind     SnakKind
	Datatype string // "time", "quantity", "wikibase-item"…
	Value    DataValue
}

// A DataValue is a snak's value: its type and its JSON, decoded on demand
// by [DataValue.Time], [DataValue.Quantity], [DataValue.EntityID],
// [DataValue.String] and [DataValue.Monolingual].
type DataValue struct {
	Type string // "time", "quantity", "wikibase-entityid", "string", "monolingualtext"…
	Raw  json.RawMessage
}

// The JSON shapes of the entity format.
type (
	jsonEntity struct {
		ID           string                       `json:"id"`
		Type         string                       `json:"type"`
		Labels       map[string]json.RawMessage   `json:"labels"`
		Descriptions map[string]json.RawMessage   `json:"descriptions"`
		Aliases      map[string]json.RawMessage   `json:"aliases"`
		Sitelinks    map[string]json.RawMessage   `json:"sitelinks"`
		Claims       map[string][]json.RawMessage `json:"claims"`
		Missing      *string                      `json:"missing"`
		sitelinks    int                          // counted by scanEntity
	}
	jsonTerm struct {
		Value string `json:"value"`
	}
	jsonStatement struct {
		ID         string                `json:"id"`
		Rank       string                `json:"rank"`
		Mainsnak   jsonSnak              `json:"mainsnak"`
		Qualifiers map[string][]jsonSnak `json:"qualifiers"`
		References []struct {
			Snaks map[string][]jsonSnak `json:"snaks"`
		} `json:"references"`
	}
	jsonSnak struct {
		Snaktype  string `json:"snaktype"`
		Property  string `json:"property"`
		Datatype  string `json:"datatype"`
		Datavalue *struct {
			Type  string          `json:"type"`
			Value json.RawMessage `json:"value"`
		} `json:"datavalue"`
	}
)

// A Filter limits what decoding keeps, to save time and memory on a dump:
// the zero Filter (and a nil one) keeps everything. A Filter is read, never
// written, by decoding: safe for concurrent use.
type Filter struct {
	// Languages keeps the labels, descriptions and aliases of these
	// languages only; nil keeps all.
	Languages []string
	// Properties keeps the statements of these properties only; nil keeps
	// all.
	Properties map[string]bool
}

func (f *Filter) lang(l string) bool {
	if f == nil || f.Languages == nil {
		return true
	}
	for _, x := range f.Languages {
		if x == l {
			return true
		}
	}
	return false
}

// errEntity marks an entity JSON that is well-formed but not an entity.
var errEntity = errors.New("not an entity")

// DecodeEntity decodes one entity from its JSON, as a dump line (without
// the trailing comma) or an element of a wbgetentities response gives it,
// keeping what f keeps (nil keeps everything).
func DecodeEntity(data []byte, f *Filter) (*Entity, error) {
	var je jsonEntity
	if err := scanEntity(data, f, &je); err != nil {
		return nil, fmt.Errorf("wikidata: %w", err)
	}
	return convertEntity(&je, f)
}

func convertEntity(je *jsonEntity, f *Filter) (*Entity, error) {
	if je.Missing != nil {
		return nil, fmt.Errorf("wikidata: entity %s is missing", je.ID)
	}
	if je.ID == "" {
		return nil, fmt.Errorf("wikidata: %w: no id", errEntity)
	}
	e := &Entity{ID: je.ID, Type: je.Type, Sitelinks: max(len(je.Sitelinks), je.sitelinks)}
	var err error
	if e.Labels, err = terms(je.Labels, f); err != nil {
		return nil, fmt.Errorf("wikidata: %s labels: %w", e.ID, err)
	}
	if e.Descriptions, err = terms(je.Descriptions, f); err != nil {
		return nil, fmt.Errorf("wikidata: %s descriptions: %w", e.ID, err)
	}
	for l, raw := range je.Aliases {
		if !f.lang(l) {
			continue
		}
		var ts []jsonTerm
		if err := json.Unmarshal(raw, &ts); err != nil {
			return nil, fmt.Errorf("wikidata: %s aliases: %w", e.ID, err)
		}
		if e.Aliases == nil {
			e.Aliases = map[string][]string{}
		}
		for _, t := range ts {
			e.Aliases[l] = append(e.Aliases[l], t.Value)
		}
	}
	for pid, raws := range je.Claims {
		if f != nil && f.Properties != nil && !f.Properties[pid] {
			continue
		}
		ss := make([]Statement, 0, len(raws))
		for _, raw := range raws {
			var js jsonStatement
			if err := json.Unmarshal(raw, &js); err != nil {
				return nil, fmt.Errorf("wikidata: %s %s statement: %w", e.ID, pid, err)
			}
			s, err := convertStatement(&js)
			if err != nil {
				return nil, fmt.Errorf("wikidata: %s %s statement %s: %w", e.ID, pid, js.ID, err)
			}
			ss = append(ss, s)
		}
		if e.Claims == nil {
			e.Claims = map[string][]Statement{}
		}
		e.Claims[pid] = ss
	}
	return e, nil
}

func terms(m map[string]json.RawMessage, f *Filter) (map[string]string, error) {
	var out map[string]string
	for l, raw := range m {
		if !f.lang(l) {
			continue
		}
		var t jsonTerm
		if err := json.Unmarshal(raw, &t); err != nil {
			return nil, err
		}
		if out == nil {
			out = map[string]string{}
		}
		out[l] = t.Value
	}
	return out, nil
}

func convertStatement(js *jsonStatement) (Statement, error) {
	r, err := ParseRank(js.Rank)
	if err != nil {
		return Statement{}, err
	}
	s := Statement{ID: js.ID, Rank: r}
	if s.Main, err = convertSnak(&js.Mainsnak); err != nil {
		return Statement{}, err
	}
	if len(js.Qualifiers) > 0 {
		s.Qualifiers = make(map[string][]Snak, len(js.Qualifiers))
		for pid, qs := range js.Qualifiers {
			for i := range qs {
				q, err := convertSnak(&qs[i])
				if err != nil {
					return Statement{}, fmt.Errorf("qualifier %s: %w", pid, err)
				}
				s.Qualifiers[pid] = append(s.Qualifiers[pid], q)
			}
		}
	}
	for _, ref := range js.References {
		var out Reference
		out.Snaks = make(map[string][]Snak, len(ref.Snaks))
		for pid, ss := range ref.Snaks {
			for i := range ss {
				sn, err := convertSnak(&ss[i])
				if err != nil {
					return Statement{}, fmt.Errorf("reference %s: %w", pid, err)
				}
				out.Snaks[pid] = append(out.Snaks[pid], sn)
			}
		}
		s.References = append(s.References, out)
	}
	return s, nil
}

func convertSnak(js *jsonSnak) (Snak, error) {
	s := Snak{Property: js.Property, Datatype: js.Datatype}
	switch js.Snaktype {
	case "value":
		s.Kind = SnakValue
		if js.Datavalue == nil || len(js.Datavalue.Value) == 0 || bytes.Equal(js.Datavalue.Value, []byte("null")) {
			return Snak{}, fmt.Errorf("value snak of %s has no datavalue", js.Property)
		}
		s.Value = DataValue{Type: js.Datavalue.Type, Raw: js.Datavalue.Value}
	case "somevalue":
		s.Kind = SnakSomeValue
	case "novalue":
		s.Kind = SnakNoValue
	default:
		return Snak{}, fmt.Errorf("unknown snaktype %q", js.Snaktype)
	}
	return s, nil
}
