package wikidata

import (
	_ "embed"
	"fmt"
	"slices"
	"strings"

	"github.com/veracity-go/veracity/claims"
)

//go:embed properties.tsv
var propertiesTSV string

// Role says what a mapped property's statements become.
type Role uint8

// The roles of a mapped property. The zero Role is RoleUnknown.
const (
	RoleUnknown   Role = iota
	RoleFact           // facts of the veracity property
	RolePartOf         // the entity's part_of links
	RoleEventDate      // the entity's own date (an event's)
)

// A Mapping ties one of veracity's properties to the Wikidata properties
// that give its facts. It is plain data.
type Mapping struct {
	Property claims.Property // Wikidata holds the first of Wikidata
	Role     Role
	// Wikidata lists the Wikidata properties in order of preference: the
	// first one an item has statements for gives its facts (opened: P1619,
	// else P571). For RolePartOf all of them count.
	Wikidata []string
}

// A Map maps veracity's properties to Wikidata's. The zero Map is empty;
// [DefaultMap] returns the built-in one. A Map is safe for concurrent
// reads; Add must not run concurrently with anything else.
type Map struct {
	list []Mapping
}

// DefaultMap returns a new Map holding the built-in mappings of
// properties.tsv: date (P585, P580), date-of-birth (P569), date-of-death
// (P570), opened (P1619, else P571), founded (P571), first-flight (P606),
// population (P1082), cost (P2130), employees (P1128), part_of (P131 and
// P17), venue (P276), head-of-government (P6) and position-held (P39).
func DefaultMap() *Map {
	m, err := parseMap(propertiesTSV)
	if err != nil {
		panic(err) // the embedded table is tested
	}
	return m
}

func parseMap(tsv string) (*Map, error) {
	m := new(Map)
	for n, line := range strings.Split(tsv, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 5 {
			return nil, fmt.Errorf("wikidata: properties.tsv:%d: want 5 columns, got %d", n+1, len(f))
		}
		mp := Mapping{Property: claims.Property{ID: f[0], Name: f[4]}, Wikidata: strings.Split(f[2], ",")}
		switch f[1] {
		case "part_of":
			mp.Role = RolePartOf
		case "event-date":
			mp.Role, mp.Property.Kind = RoleEventDate, claims.KindTime
		default:
			k, err := claims.ParseKind(f[1])
			if err != nil {
				return nil, fmt.Errorf("wikidata: properties.tsv:%d: %v", n+1, err)
			}
			mp.Role, mp.Property.Kind = RoleFact, k
		}
		if f[3] != "-" {
			mp.Property.Cues = strings.Split(f[3], "|")
		}
		for _, p := range mp.Wikidata {
			if !claims.ValidWikidataID(p, 'P') {
				return nil, fmt.Errorf("wikidata: properties.tsv:%d: bad property %q", n+1, p)
			}
		}
		mp.Property.Wikidata = mp.Wikidata[0]
		m.list = append(m.list, mp)
	}
	return m, nil
}

// Add maps property p to its Wikidata property p.Wikidata, as a claim-set
// file declares it ({id: population, kind: count, wikidata: P1082}). An
// existing mapping of p.ID is replaced; its cues are kept when p has
// none. A property with no Wikidata id is ignored.
func (m *Map) Add(p claims.Property) {
	if p.Wikidata == "" {
		return
	}
	mp := Mapping{Property: p, Role: RoleFact, Wikidata: []string{p.Wikidata}}
	if p.ID == claims.PropertyDate {
		mp.Role = RoleEventDate
	}
	for i := range m.list {
		if m.list[i].Property.ID == p.ID {
			if mp.Property.Cues == nil {
				mp.Property.Cues = m.list[i].Property.Cues
			}
			if mp.Property.Kind == claims.KindUnknown {
				mp.Property.Kind = m.list[i].Property.Kind
			}
			m.list[i] = mp
			return
		}
	}
	m.list = append(m.list, mp)
}

// AddSet adds the properties of set that name a Wikidata property.
func (m *Map) AddSet(set *claims.Set) {
	if set == nil {
		return
	}
	for _, p := range set.Properties {
		m.Add(p)
	}
}

// Mappings returns the mappings, in order.
func (m *Map) Mappings() []Mapping { return slices.Clone(m.list) }

// Lookup returns the mapping of veracity property id.
func (m *Map) Lookup(id string) (Mapping, bool) {
	for _, mp := range m.list {
		if mp.Property.ID == id {
			return mp, true
		}
	}
	return Mapping{}, false
}

// Wikidata returns the set of Wikidata properties the map reads, with
// instance of (P31) and subclass of (P279), which give entities their
// kinds.
func (m *Map) Wikidata() map[string]bool {
	out := map[string]bool{PropInstanceOf: true, PropSubclassOf: true}
	for _, mp := range m.list {
		for _, p := range mp.Wikidata {
			out[p] = true
		}
	}
	return out
}

// Wikidata properties the package reads besides the mapped ones.
const (
	PropInstanceOf   = "P31"
	PropSubclassOf   = "P279"
	PropPointInTime  = "P585"
	PropStartTime    = "P580"
	PropEndTime      = "P582"
	PropStatedIn     = "P248"
	PropReferenceURL = "P854"
	PropRetrieved    = "P813"
)

func sortedKeys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for k := range m {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
