package compare

import "github.com/veracity-go/veracity/claims"

// A Key is the subject and property a claim speaks of.
type Key struct {
	Subject, Property string
}

// KeyOf returns the key of c, and false when c lacks a subject or a
// property and so cannot be compared with other claims.
func KeyOf(c *claims.Claim) (Key, bool) {
	if c.Subject == "" || c.Property == "" {
		return Key{}, false
	}
	return Key{c.Subject, c.Property}, true
}

// An Indexed claim is a claim of the set with its position in it. It
// points into the set's claims, which checks do not modify.
type Indexed struct {
	*claims.Claim
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
//
// It makes two passes, the first to give each claim its group and count
// the groups' claims, the second to lay the groups out in one array, so
// that its cost is one map lookup a claim and a few allocations in all.
func GroupBy(cls []claims.Claim, keep func(*claims.Claim) bool) []Group {
	return GroupAround(cls, keep, nil)
}

// GroupAround is [GroupBy] restricted to the keys of the claims that around
// accepts, when around is not nil: it returns the groups of GroupBy whose
// key is that of such a claim, in the same order. A check that only looks
// at keys with, say, an unknown claim finds them without indexing every
// key of the set.
func GroupAround(cls []claims.Claim, keep, around func(*claims.Claim) bool) []Group {
	var anchors map[Key]bool
	hint := len(cls) / 3 // the usual few claims a key, so that the map rarely grows
	if around != nil {
		anchors = make(map[Key]bool)
		for i := range cls {
			if c := &cls[i]; around(c) {
				if k, ok := KeyOf(c); ok {
					anchors[k] = true
				}
			}
		}
		if len(anchors) == 0 {
			return nil
		}
		hint = len(anchors)
	}
	index := make(map[Key]int32, hint)
	keys := make([]Key, 0, hint)
	sizes := make([]int32, 0, hint)
	gid := make([]int32, len(cls))
	n := 0
	for i := range cls {
		c := &cls[i]
		k, ok := KeyOf(c)
		if !ok || (keep != nil && !keep(c)) || (anchors != nil && !anchors[k]) {
			gid[i] = -1
			continue
		}
		g, ok := index[k]
		if !ok {
			g = int32(len(keys))
			index[k] = g
			keys = append(keys, k)
			sizes = append(sizes, 0)
		}
		gid[i] = g
		sizes[g]++
		n++
	}
	all := make([]Indexed, n)
	groups := make([]Group, len(keys))
	off := 0
	for g, k := range keys {
		end := off + int(sizes[g])
		groups[g] = Group{Key: k, Claims: all[off:off:end]}
		off = end
	}
	for i, g := range gid {
		if g >= 0 {
			groups[g].Claims = append(groups[g].Claims, Indexed{&cls[i], i})
		}
	}
	return groups
}
