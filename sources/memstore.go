package sources

import (
	"fmt"
	"hash/maphash"
	"sync"

	"github.com/veracity-go/veracity/claims"
)

// MemStore is an in-memory [Store] indexed by subject and property. The
// zero MemStore is empty and ready to use. A MemStore is safe for
// concurrent use.
type MemStore struct {
	mu    sync.RWMutex
	facts map[key][]Fact
	// keys has a bit set for the hash of each key of facts, so that a
	// lookup of a subject and property with no facts, the usual case,
	// reads a bit from a table of a byte a key rather than the map.
	keys keyFilter
	// entities indexes entityList by id. An entity is some 300 bytes:
	// kept out of the map, they leave it small enough to stay in the
	// cache when a set defines a hundred thousand of them.
	entities   map[string]int32
	entityList []claims.Entity
	properties map[string]claims.Property
	sources    map[string]Source
}

type key struct{ subject, property string }

// NewMemStore returns a store holding the entities, properties, sources and
// facts of the given sets.
func NewMemStore(sets ...*claims.Set) *MemStore {
	s := new(MemStore)
	for _, set := range sets {
		s.AddSet(set)
	}
	return s
}

// AddSet adds the knowledge in set: its entities, properties, sources and
// facts. Later definitions of an id replace earlier ones.
func (s *MemStore) AddSet(set *claims.Set) {
	if set == nil {
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.facts == nil {
		// A first set gives the sizes: the maps need not grow.
		s.facts = make(map[key][]Fact, len(set.Facts))
		s.entities = make(map[string]int32, len(set.Entities))
		s.entityList = make([]claims.Entity, 0, len(set.Entities))
		s.properties = make(map[string]claims.Property, len(set.Properties))
		s.sources = make(map[string]Source, len(set.Sources))
	}
	for i := range set.Entities {
		s.addEntity(set.Entities[i])
	}
	for _, p := range set.Properties {
		s.properties[p.ID] = p
	}
	for _, src := range set.Sources {
		s.sources[src.ID] = src
	}
	for _, f := range set.Facts {
		k := key{f.Subject, f.Property}
		s.addFact(k, f)
	}
}

// AddFact adds one fact.
func (s *MemStore) AddFact(f Fact) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.init()
	s.addFact(key{f.Subject, f.Property}, f)
}

// addFact adds f under k; s.mu is held.
func (s *MemStore) addFact(k key, f Fact) {
	fs, ok := s.facts[k]
	s.facts[k] = append(fs, f)
	if !ok {
		s.keys.add(k, len(s.facts), s.facts)
	}
}

// AddEntity adds or replaces an entity.
func (s *MemStore) AddEntity(e claims.Entity) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.init()
	s.addEntity(e)
}

// addEntity adds or replaces an entity; s.mu is held.
func (s *MemStore) addEntity(e claims.Entity) {
	if i, ok := s.entities[e.ID]; ok {
		s.entityList[i] = e
		return
	}
	s.entities[e.ID] = int32(len(s.entityList))
	s.entityList = append(s.entityList, e)
}

// AddSource adds or replaces a source.
func (s *MemStore) AddSource(src Source) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.init()
	s.sources[src.ID] = src
}

func (s *MemStore) init() {
	if s.facts == nil {
		s.facts = make(map[key][]Fact)
		s.entities = make(map[string]int32)
		s.properties = make(map[string]claims.Property)
		s.sources = make(map[string]Source)
	}
}

// Facts implements [Store].
func (s *MemStore) Facts(subject, property string) []Fact {
	s.mu.RLock()
	defer s.mu.RUnlock()
	k := key{subject, property}
	if !s.keys.mayHave(k) {
		return nil
	}
	return append([]Fact(nil), s.facts[k]...)
}

// FactsView returns the facts recorded for a subject and property, in the
// order they were added, like [MemStore.Facts] but without copying them:
// the slice and its facts are the store's own, and the caller must not
// modify them. Facts added later do not appear in a view taken before; a
// view stays valid while the store changes.
func (s *MemStore) FactsView(subject, property string) []Fact {
	s.mu.RLock()
	defer s.mu.RUnlock()
	k := key{subject, property}
	if !s.keys.mayHave(k) {
		return nil
	}
	fs := s.facts[k]
	return fs[:len(fs):len(fs)]
}

// Entity implements [Store].
func (s *MemStore) Entity(id string) (claims.Entity, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if i, ok := s.entities[id]; ok {
		return s.entityList[i], true
	}
	return claims.Entity{}, false
}

// EntityLabel returns the label of the entity with the given id, as
// [claims.Entity.Label] gives it, and whether there is one: what Entity
// would give, without copying the entity.
func (s *MemStore) EntityLabel(id string) (string, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if i, ok := s.entities[id]; ok {
		return s.entityList[i].Label(), true
	}
	return "", false
}

// Property implements [Store]; the built-in properties are always there.
func (s *MemStore) Property(id string) (claims.Property, bool) {
	s.mu.RLock()
	p, ok := s.properties[id]
	s.mu.RUnlock()
	if ok {
		return p, true
	}
	for _, p := range builtinProperties {
		if p.ID == id {
			return p, true
		}
	}
	return claims.Property{}, false
}

// builtinProperties are [claims.BuiltinProperties], made once: the
// explanation of every verdict on a date names its property.
var builtinProperties = claims.BuiltinProperties()

// Source implements [Store].
func (s *MemStore) Source(id string) (Source, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	src, ok := s.sources[id]
	return src, ok
}

// A keyFilter tells keys that may be in a set from keys that are not: a
// bitset with one bit set for each key, at a hash of it, eight bits a key.
// It is nil, and may have every key, until the first key is added.
type keyFilter struct {
	seed maphash.Seed
	bits []uint64
}

// add records k, one of the n keys of facts, and rebuilds the filter
// twice as large from the keys of facts when it holds more than one key
// for eight bits.
func (f *keyFilter) add(k key, n int, facts map[key][]Fact) {
	if 8*n <= 64*len(f.bits) {
		f.set(k)
		return
	}
	size := 1
	for 64*size < 16*n {
		size *= 2
	}
	f.seed, f.bits = maphash.MakeSeed(), make([]uint64, size)
	for k := range facts {
		f.set(k)
	}
}

func (f *keyFilter) hash(k key) uint64 {
	return maphash.String(f.seed, k.subject) ^ maphash.String(f.seed, k.property)*0x9e3779b97f4a7c15
}

func (f *keyFilter) set(k key) {
	h := f.hash(k) & uint64(64*len(f.bits)-1)
	f.bits[h/64] |= 1 << (h % 64)
}

// mayHave reports whether k may have been added: false only when it was
// not.
func (f *keyFilter) mayHave(k key) bool {
	if f.bits == nil {
		return true
	}
	h := f.hash(k) & uint64(64*len(f.bits)-1)
	return f.bits[h/64]&(1<<(h%64)) != 0
}

// Len returns the number of facts in the store.
func (s *MemStore) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	n := 0
	for _, fs := range s.facts {
		n += len(fs)
	}
	return n
}

// String describes the store's size.
func (s *MemStore) String() string {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return fmt.Sprintf("MemStore(%d entities, %d sources)", len(s.entities), len(s.sources))
}

// Multi returns a store that consults each store in turn: facts from all of
// them, in order; entities, properties and sources from the first that has
// them. It is safe for concurrent use when the stores are.
func Multi(stores ...Store) Store { return multi(stores) }

type multi []Store

func (m multi) Facts(subject, property string) []Fact {
	var out []Fact
	for _, s := range m {
		out = append(out, s.Facts(subject, property)...)
	}
	return out
}

func (m multi) Entity(id string) (claims.Entity, bool) {
	for _, s := range m {
		if e, ok := s.Entity(id); ok {
			return e, true
		}
	}
	return claims.Entity{}, false
}

func (m multi) Property(id string) (claims.Property, bool) {
	for _, s := range m {
		if p, ok := s.Property(id); ok {
			return p, true
		}
	}
	return claims.Property{}, false
}

func (m multi) Source(id string) (Source, bool) {
	for _, s := range m {
		if src, ok := s.Source(id); ok {
			return src, true
		}
	}
	return Source{}, false
}
