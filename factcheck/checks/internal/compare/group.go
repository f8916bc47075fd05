package compare

import "github.com/veracity-go/veracity/claims"

// A Key is the subject and property a claim speaks of.
type Key struct {
	Subject, Property string
}

// KeyOf returns the key of c, and false when c lacks a subject or a
// property and so cannot be compared with other claims.
func KeyOf(c claims.Claim) (Key, bool) {
	if c.Subject == "" || c.Property == "" {
		return Key{}, false
	}
	return Key{c.Subject, c.Property}, true
}

// An Indexed claim is a claim with its position in the set.
type Indexed struct {
	claims.Claim
	// Index is the claim's position in the set: document order.
	Index int
}

// A Group is the claims of one key, in document order.
type Group struct {
	Key    Key
	Claims []Indexed
}

// GroupBy gathers the claims that keep accepts by key, so that checks compare
// claims within a key rather than all pairs. Groups come in the order their
// first claim appears, claims within a group in document order.
func GroupBy(cls []claims.Claim, keep func(claims.Claim) bool) []Group {
	index := make(map[Key]int)
	var groups []Group
	for i, c := range cls {
		k, ok := KeyOf(c)
		if !ok || (keep != nil && !keep(c)) {
			continue
		}
		g, ok := index[k]
		if !ok {
			g = len(groups)
			index[k] = g
			groups = append(groups, Group{Key: k})
		}
		groups[g].Claims = append(groups[g].Claims, Indexed{c, i})
	}
	return groups
}
