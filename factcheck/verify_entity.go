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
	cl, fl := entityLabel(store, c.Entity), entityLabel(store, f.Entity)
	if c.Entity == f.Entity {
		return comparison{True, confExact, ", as the claim says"}
	}
	for _, id := range []string{c.Entity, f.Entity} {
		if _, ok := store.Entity(id); !ok {
			return comparison{why: "; " + entityLabel(store, id) + " is not in the knowledge base, so how " + cl + " relates to " + fl + " is unknown"}
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
