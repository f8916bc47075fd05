package claims

import "fmt"

// EntityKind is the kind of an [Entity]. The zero EntityKind is
// EntityUnknown.
type EntityKind uint8

// The kinds of entity.
const (
	EntityUnknown EntityKind = iota
	EntityPerson
	EntityPlace
	EntityOrganization
	EntityEvent
	EntityThing
)

var entityKindNames = [...]string{"", "person", "place", "organization", "event", "thing"}

// String returns the kind's name, "" when unknown.
func (k EntityKind) String() string {
	if int(k) < len(entityKindNames) {
		return entityKindNames[k]
	}
	return fmt.Sprintf("EntityKind(%d)", k)
}

// ParseEntityKind returns the entity kind named s.
func ParseEntityKind(s string) (EntityKind, error) {
	for i, n := range entityKindNames {
		if n == s {
			return EntityKind(i), nil
		}
	}
	if s == "organisation" {
		return EntityOrganization, nil
	}
	return EntityUnknown, fmt.Errorf("claims: unknown entity kind %q (want person, place, organization, event or thing)", s)
}

// MarshalText implements [encoding.TextMarshaler].
func (k EntityKind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// UnmarshalText implements [encoding.TextUnmarshaler].
func (k *EntityKind) UnmarshalText(b []byte) error {
	v, err := ParseEntityKind(string(b))
	if err != nil {
		return err
	}
	*k = v
	return nil
}

// An Entity is a person, place, organization, event or thing that claims
// are about or that values name.
type Entity struct {
	ID      string     `json:"id"`
	Name    string     `json:"name,omitempty"`
	Aliases []string   `json:"aliases,omitempty"`
	Kind    EntityKind `json:"kind,omitempty"`
	// PartOf lists the ids of the entities this one lies in or belongs to:
	// Joint Base Elmendorf-Richardson is part of Anchorage, which is part of
	// Alaska.
	PartOf []string `json:"part_of,omitempty"`
	// Date is when an event happened (a time value), zero when not known.
	Date Value `json:"date,omitzero"`
	// Wikidata is the entity's Wikidata item, "Q797", or "": a Wikidata
	// knowledge base gives it its facts.
	Wikidata string `json:"wikidata,omitempty"`

	Pos Pos `json:"-"`
}

// Names returns the entity's name followed by its aliases.
func (e Entity) Names() []string {
	out := make([]string, 0, 1+len(e.Aliases))
	if e.Name != "" {
		out = append(out, e.Name)
	}
	return append(out, e.Aliases...)
}

// Label returns the name of e, or its id when it has none.
func (e Entity) Label() string {
	if e.Name != "" {
		return e.Name
	}
	return e.ID
}
