package factcheck

import (
	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// compareEntities compares the entity a claim names with the one a
// reference names, through part_of links. The same entity, or a reference
// entity that lies within the claim's (claim Alaska, reference Anchorage),
// makes the claim true; a claim entity that lies within the reference's
// (claim Joint Base Elmendorf-Richardson, reference Anchorage) refines it
// and is true with a lower confidence. Entities neither of which lies
// within the other (Anchorage and Juneau) make the claim false. When the
// store does not know one of them, how they relate is unknown.
func compareEntities(c, f claims.Value, store sources.Store) comparison {
	if c.Entity == f.Entity {
		return comparison{True, confExact, ", as the claim says"}
	}
	// The labels are read from the store only now, and without copying
	// the entities when it can (subjectLabel): most claims name the
	// reference's own entity.
	cl, fl := subjectLabel(store, c.Entity), subjectLabel(store, f.Entity)
	for _, id := range []string{c.Entity, f.Entity} {
		if !hasEntity(store, id) {
			return comparison{why: "; " + subjectLabel(store, id) + " is not in the knowledge base, so how " + cl + " relates to " + fl + " is unknown"}
		}
	}
	switch {
	case sources.Within(store, f.Entity, c.Entity):
		return comparison{True, confCoarse, ", which lies within the claim's " + cl}
	case sources.Within(store, c.Entity, f.Entity):
		return comparison{True, confRefined, "; the claim's " + cl + " lies within it, more precise than the reference"}
	}
	return comparison{False, confExact, ", not the claim's " + cl + ", and neither lies within the other"}
}

// hasEntity reports whether the store knows the entity, without copying
// it when the store can tell (as [sources.MemStore.EntityLabel] does).
func hasEntity(store sources.Store, id string) bool {
	if l, ok := store.(interface {
		EntityLabel(id string) (string, bool)
	}); ok {
		_, ok := l.EntityLabel(id)
		return ok
	}
	_, ok := store.Entity(id)
	return ok
}
