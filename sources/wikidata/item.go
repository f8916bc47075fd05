package wikidata

import (
	"fmt"
	"time"

	"github.com/veracity-go/veracity/claims"
)

// An Item is what a knowledge base keeps of an entity: its label,
// description and aliases in the chosen languages, its sitelink count, its
// types (instance of, subclass of), its part_of links, an event's date and
// the statements of the mapped properties, converted to veracity values.
// Items are plain data, safe to share once built.
type Item struct {
	ID          string          `json:"id"`
	Label       string          `json:"l,omitempty"`
	Description string          `json:"d,omitempty"`
	Aliases     []string        `json:"a,omitempty"`
	Sitelinks   int             `json:"s,omitempty"`
	InstanceOf  []string        `json:"i,omitempty"`
	SubclassOf  []string        `json:"c,omitempty"`
	PartOf      []string        `json:"p,omitempty"`
	Date        claims.Value    `json:"t,omitzero"`
	Statements  []ItemStatement `json:"st,omitempty"`
}

// An ItemStatement is one statement kept: the Wikidata property, its rank,
// its value, its time qualifiers and its references.
type ItemStatement struct {
	Property string       `json:"p"`
	Rank     Rank         `json:"r,omitempty"`
	Value    claims.Value `json:"v"`
	// At is the point in time (P585) the statement speaks of; From and
	// Until (P580, P582) bound when it holds.
	At    claims.Value `json:"at,omitzero"`
	From  time.Time    `json:"f,omitzero"`
	Until time.Time    `json:"u,omitzero"`
	Refs  []ItemRef    `json:"rf,omitempty"`
}

// An ItemRef is a statement's reference: the work it is stated in (P248),
// a reference URL (P854) and when it was retrieved (P813).
type ItemRef struct {
	StatedIn  string `json:"in,omitempty"`
	URL       string `json:"url,omitempty"`
	Retrieved string `json:"ret,omitempty"`
}

// Skips counts what a conversion left out, by reason ("datatype
// globe-coordinate", "unit Q1234", "time precision 6"…). It is a map: not
// safe for concurrent writes.
type Skips map[string]int

func (s Skips) add(reason string) {
	if s != nil {
		s[reason]++
	}
}

// NewItem converts e to an Item with the mappings of m (nil: the default
// map), keeping the terms of langs (nil: English). Statements it cannot
// convert are counted in skips, which may be nil.
func NewItem(e *Entity, m *Map, langs []string, skips Skips) *Item {
	if m == nil {
		m = DefaultMap()
	}
	if langs == nil {
		langs = []string{"en"}
	}
	it := &Item{ID: e.ID, Sitelinks: e.Sitelinks}
	for _, l := range langs {
		if s, ok := e.Labels[l]; ok && it.Label == "" {
			it.Label = s
		}
		if s, ok := e.Descriptions[l]; ok && it.Description == "" {
			it.Description = s
		}
	}
	seen := map[string]bool{it.Label: true}
	for _, l := range langs {
		if s, ok := e.Labels[l]; ok && !seen[s] {
			seen[s] = true
			it.Aliases = append(it.Aliases, s)
		}
		for _, a := range e.Aliases[l] {
			if !seen[a] {
				seen[a] = true
				it.Aliases = append(it.Aliases, a)
			}
		}
	}
	it.InstanceOf = itemValues(e.Statements(PropInstanceOf))
	it.SubclassOf = itemValues(e.Statements(PropSubclassOf))
	kinds := map[string]claims.Kind{}
	for _, mp := range m.list {
		switch mp.Role {
		case RolePartOf:
			for _, p := range mp.Wikidata {
				for _, id := range itemValues(e.Statements(p)) {
					if id != e.ID && !contains(it.PartOf, id) {
						it.PartOf = append(it.PartOf, id)
					}
				}
			}
		case RoleEventDate:
			if it.Date.IsZero() {
				it.Date = eventDate(e, mp.Wikidata, skips)
			}
		case RoleFact:
			for _, p := range mp.Wikidata {
				if _, ok := kinds[p]; !ok {
					kinds[p] = mp.Property.Kind
				}
			}
		}
	}
	for _, p := range sortedKeys(kinds) {
		for _, s := range e.Claims[p] {
			if s.Rank == RankDeprecated {
				continue
			}
			if st, ok := itemStatement(s, kinds[p], skips); ok {
				it.Statements = append(it.Statements, st)
			}
		}
	}
	return it
}

// eventDate is the time of the first truthy statement of the first of
// pids that has one: point in time (P585), else start time (P580).
func eventDate(e *Entity, pids []string, skips Skips) claims.Value {
	for _, p := range pids {
		for _, s := range e.Statements(p) {
			if s.Main.Kind != SnakValue {
				continue
			}
			t, err := s.Main.Value.Time()
			if err != nil {
				skips.add("bad time")
				continue
			}
			v, err := t.Value()
			if err != nil {
				skips.add(timeSkip(t))
				continue
			}
			return v
		}
	}
	return claims.Value{}
}

// itemStatement converts a statement whose values are of kind k.
func itemStatement(s Statement, k claims.Kind, skips Skips) (ItemStatement, bool) {
	st := ItemStatement{Property: s.Main.Property, Rank: s.Rank}
	if s.Main.Kind != SnakValue {
		skips.add("no value")
		return st, false
	}
	v, ok := snakValue(s.Main, k, skips)
	if !ok {
		return st, false
	}
	st.Value = v
	// A statement whose time qualifier cannot be read cannot be placed
	// in time: it is left out rather than taken to hold always.
	for _, q := range []struct {
		pid string
		set func(claims.Value)
	}{
		{PropPointInTime, func(v claims.Value) { st.At = v }},
		{PropStartTime, func(v claims.Value) { st.From = v.Start }},
		{PropEndTime, func(v claims.Value) { st.Until = v.End }},
	} {
		sn, ok := s.Qualifier(q.pid)
		if !ok {
			continue
		}
		t, err := sn.Value.Time()
		if err != nil {
			skips.add("bad time")
			return st, false
		}
		tv, err := t.Value()
		if err != nil {
			skips.add(timeSkip(t) + " (" + q.pid + ")")
			return st, false
		}
		q.set(tv)
	}
	for _, r := range s.References {
		var ref ItemRef
		for _, sn := range r.Snaks[PropStatedIn] {
			if id, err := sn.Value.EntityID(); err == nil && sn.Kind == SnakValue {
				ref.StatedIn = id
				break
			}
		}
		for _, sn := range r.Snaks[PropReferenceURL] {
			if u, err := sn.Value.String(); err == nil && sn.Kind == SnakValue {
				ref.URL = u
				break
			}
		}
		for _, sn := range r.Snaks[PropRetrieved] {
			if t, err := sn.Value.Time(); err == nil && sn.Kind == SnakValue {
				if tv, err := t.Value(); err == nil {
					ref.Retrieved = tv.Text
				}
				break
			}
		}
		if ref != (ItemRef{}) {
			st.Refs = append(st.Refs, ref)
		}
	}
	return st, true
}

// snakValue converts a value snak to a veracity value of kind k.
func snakValue(sn Snak, k claims.Kind, skips Skips) (claims.Value, bool) {
	switch sn.Value.Type {
	case "time":
		t, err := sn.Value.Time()
		if err != nil {
			skips.add("bad time")
			return claims.Value{}, false
		}
		v, err := t.Value()
		if err != nil {
			skips.add(timeSkip(t))
			return claims.Value{}, false
		}
		return v, true
	case "quantity":
		q, err := sn.Value.Quantity()
		if err != nil {
			skips.add("bad quantity")
			return claims.Value{}, false
		}
		v, err := q.Value(k)
		if err != nil {
			skips.add("unit " + q.UnitID())
			return claims.Value{}, false
		}
		return v, true
	case "wikibase-entityid":
		id, err := sn.Value.EntityID()
		if err != nil {
			skips.add("bad entity id")
			return claims.Value{}, false
		}
		kind := claims.KindEntity
		if k == claims.KindPlace {
			kind = k
		}
		return claims.Value{Kind: kind, Entity: id}, true
	case "string":
		s, err := sn.Value.String()
		if err != nil {
			skips.add("bad string")
			return claims.Value{}, false
		}
		return claims.Value{Kind: claims.KindText, Text: s}, true
	case "monolingualtext":
		s, _, err := sn.Value.Monolingual()
		if err != nil {
			skips.add("bad monolingual text")
			return claims.Value{}, false
		}
		return claims.Value{Kind: claims.KindText, Text: s}, true
	}
	skips.add("datatype " + sn.Value.Type)
	return claims.Value{}, false
}

func itemValues(ss []Statement) []string {
	var out []string
	for _, s := range ss {
		if s.Main.Kind != SnakValue {
			continue
		}
		if id, err := s.Main.Value.EntityID(); err == nil && !contains(out, id) {
			out = append(out, id)
		}
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// timeSkip says why a time was not kept.
func timeSkip(t Time) string {
	if t.Precision < PrecisionCentury || t.Precision > PrecisionDay {
		return fmt.Sprintf("time precision %d", t.Precision)
	}
	return "time out of range"
}
