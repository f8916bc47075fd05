package compare

import (
	"hash/maphash"

	"github.com/veracity-go/veracity/claims"
)

// A Key is the subject and property a claim speaks of.
type Key struct {
	Subject, Property string
}

// KeyOf returns the key of c, and false when c lacks a subject or a
// property and so cannot be compared with other claims. A statement claim
// (property statement) has no key: two statements about one subject are
// two statements, not two values of one.
func KeyOf(c *claims.Claim) (Key, bool) {
	if c.Subject == "" || c.Property == "" || c.Property == claims.PropertyStatement {
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
// that its cost is one lookup a claim, in a table of 8 bytes a key, and a
// few allocations in all.
func GroupBy(cls []claims.Claim, keep func(*claims.Claim) bool) []Group {
	return GroupAround(cls, keep, nil)
}

// GroupAround is [GroupBy] restricted to the keys of the claims that around
// accepts, when around is not nil: it returns the groups of GroupBy whose
// key is that of such a claim, in the same order. A check that only looks
// at keys with, say, an unknown claim finds them without indexing every
// key of the set.
func GroupAround(cls []claims.Claim, keep, around func(*claims.Claim) bool) []Group {
	seed := maphash.MakeSeed()
	var anchors *keyTable
	var groupOf []int32 // by anchor, its group, -1 before its first claim
	if around != nil {
		anchors = newKeyTable(0)
		for i := range cls {
			if c := &cls[i]; around(c) {
				if k, ok := KeyOf(c); ok {
					anchors.insert(k, hashKey(seed, k))
				}
			}
		}
		if len(anchors.keys) == 0 {
			return nil
		}
		groupOf = make([]int32, len(anchors.keys))
		for a := range groupOf {
			groupOf[a] = -1
		}
	}
	var index *keyTable // the groups' keys, when every key counts
	var keys []Key
	if anchors == nil {
		index = newKeyTable(len(cls) / 3) // the usual few claims a key, so that the table rarely grows
	} else {
		keys = make([]Key, 0, len(anchors.keys))
	}
	var sizes []int32
	gid := make([]int32, len(cls))
	n := 0
	for i := range cls {
		c := &cls[i]
		k, ok := KeyOf(c)
		if !ok || (keep != nil && !keep(c)) {
			gid[i] = -1
			continue
		}
		h := hashKey(seed, k)
		var g int32
		if anchors != nil {
			a, ok := anchors.find(k, h)
			if !ok {
				gid[i] = -1
				continue
			}
			if g = groupOf[a]; g < 0 {
				g = int32(len(keys))
				groupOf[a] = g
				keys = append(keys, k)
				sizes = append(sizes, 0)
			}
		} else {
			var added bool
			if g, added = index.insert(k, h); added {
				sizes = append(sizes, 0)
			}
		}
		gid[i] = g
		sizes[g]++
		n++
	}
	if index != nil {
		keys = index.keys
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

// hashKey hashes a key's subject and property.
func hashKey(seed maphash.Seed, k Key) uint64 {
	return maphash.String(seed, k.Subject) ^ maphash.String(seed, k.Property)*0x9e3779b97f4a7c15
}

// A keyTable numbers keys in the order they are inserted: an
// open-addressing table of their numbers, each tagged with 32 bits of the
// key's hash, so that a lookup reads an 8-byte slot and then the one key
// it names. At a million claims it stays in the cache where a map of keys
// would not.
type keyTable struct {
	slots  []uint64 // hash tag<<32 | key number+1; 0 when empty
	keys   []Key    // by number
	hashes []uint64 // by number, to grow the table
}

func newKeyTable(hint int) *keyTable {
	size := 16
	for size < 2*hint {
		size *= 2
	}
	return &keyTable{slots: make([]uint64, size), keys: make([]Key, 0, hint), hashes: make([]uint64, 0, hint)}
}

// find returns the number of k, whose hash is h, and whether it is there.
func (t *keyTable) find(k Key, h uint64) (int32, bool) {
	mask := uint64(len(t.slots) - 1)
	tag := h &^ 0xffffffff
	for s := h & mask; ; s = (s + 1) & mask {
		e := t.slots[s]
		if e == 0 {
			return 0, false
		}
		if e&^0xffffffff == tag {
			if i := int32(e&0xffffffff) - 1; t.keys[i] == k {
				return i, true
			}
		}
	}
}

// insert returns the number of k, whose hash is h, numbering it if it is
// new, and whether it is.
func (t *keyTable) insert(k Key, h uint64) (int32, bool) {
	mask := uint64(len(t.slots) - 1)
	tag := h &^ 0xffffffff
	s := h & mask
	for ; ; s = (s + 1) & mask {
		e := t.slots[s]
		if e == 0 {
			break
		}
		if e&^0xffffffff == tag {
			if i := int32(e&0xffffffff) - 1; t.keys[i] == k {
				return i, false
			}
		}
	}
	i := int32(len(t.keys))
	t.keys = append(t.keys, k)
	t.hashes = append(t.hashes, h)
	if 2*len(t.keys) > len(t.slots) { // at most half full
		t.grow()
	} else {
		t.slots[s] = tag | uint64(i+1)
	}
	return i, true
}

// grow doubles the table and places every key anew.
func (t *keyTable) grow() {
	t.slots = make([]uint64, 2*len(t.slots))
	mask := uint64(len(t.slots) - 1)
	for i, h := range t.hashes {
		s := h & mask
		for t.slots[s] != 0 {
			s = (s + 1) & mask
		}
		t.slots[s] = h&^0xffffffff | uint64(i+1)
	}
}
