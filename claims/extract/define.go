package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
)

// define returns an entity for every id the claims name (as subject or as
// a place or entity value) that the knowledge base does not define, so
// that the extracted set loads on its own: a name found in the text keeps
// its name and kind ("Marco Rubio", a person); a measured noun or event
// noun ("squad", "turnover") is a thing or event named by the noun.
func (d *doc) define(cls []claims.Claim) []claims.Entity {
	known := map[string]bool{}
	if d.kb != nil {
		for _, e := range d.kb.Entities {
			known[e.ID] = true
		}
	}
	refs := map[string]*entityRef{}
	for _, m := range d.ments {
		if m.ent != nil && refs[m.ent.id] == nil {
			refs[m.ent.id] = m.ent
		}
	}
	var out []claims.Entity
	add := func(id string) {
		if id == "" || known[id] {
			return
		}
		known[id] = true
		e := claims.Entity{ID: id, Name: strings.ReplaceAll(id, "-", " "), Kind: claims.EntityThing}
		if eventNounsOpen.has(id) {
			e.Kind = claims.EntityEvent
		}
		if r := refs[id]; r != nil {
			e.Name = r.name
			if r.kind != claims.EntityUnknown {
				e.Kind = r.kind
			}
		}
		out = append(out, e)
	}
	for _, c := range cls {
		add(c.Subject)
		if c.Value.Kind == claims.KindPlace || c.Value.Kind == claims.KindEntity {
			add(c.Value.Entity)
		}
	}
	return out
}
