package sources

import (
	"fmt"
	"sync"

	"github.com/veracity-go/veracity/claims"
)

// MemStore is an in-memory [Store] indexed by subject and property. The
// zero MemStore is empty and ready to use. A MemStore is safe for
// concurrent use.
type MemStore struct {
	mu    sync.RWMutex
	facts map[key][]Fact
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
		s.facts[k] = append(s.facts[k], f)
	}
}

// AddFact adds one fact.
func (s *MemStore) AddFact(f Fact) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.init()
	k := key{f.Subject, f.Property}
	s.facts[k] = append(s.facts[k], f)
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
	fs := s.facts[key{subject, property}]
	return append([]Fact(nil), fs...)
}

// FactsView returns the facts recorded for a subject and property, in the
// order they were added, like [MemStore.Facts] but without copying them:
// the slice and its facts are the store's own, and the caller must not
// modify them. Facts added later do not appear in a view taken before; a
// view stays valid while the store changes.
func (s *MemStore) FactsView(subject, property string) []Fact {
	s.mu.RLock()
	defer s.mu.RUnlock()
	fs := s.facts[key{subject, property}]
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
