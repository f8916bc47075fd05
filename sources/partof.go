package sources

// Within reports whether the entity place lies within the entity container
// by following part_of links transitively: Joint Base Elmendorf-Richardson
// lies within Alaska because it is part of Anchorage, which is part of
// Alaska. An entity is not within itself, and an entity the store does not
// know lies within nothing. Cycles in part_of links are tolerated: each
// entity is visited once.
func Within(store Store, place, container string) bool {
	if store == nil || place == container {
		return false
	}
	seen := map[string]bool{place: true}
	queue := []string{place}
	for len(queue) > 0 {
		id := queue[0]
		queue = queue[1:]
		e, ok := store.Entity(id)
		if !ok {
			continue
		}
		for _, parent := range e.PartOf {
			if parent == container {
				return true
			}
			if !seen[parent] {
				seen[parent] = true
				queue = append(queue, parent)
			}
		}
	}
	return false
}

// Related reports whether two entities are compatible as places: the same
// entity, or one lying within the other, so that one refines the other
// (Anchorage and Joint Base Elmendorf-Richardson). Siblings such as
// Anchorage and Juneau, both within Alaska, are not related.
func Related(store Store, a, b string) bool {
	return a == b || Within(store, a, b) || Within(store, b, a)
}
