package wikidata

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/veracity-go/veracity/claims"
)

//go:embed classes.tsv
var classesTSV string

var classKinds = sync.OnceValue(func() map[string]claims.EntityKind {
	m := map[string]claims.EntityKind{}
	for _, line := range strings.Split(classesTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		k, err := claims.ParseEntityKind(f[1])
		if err != nil || len(f) != 3 {
			panic("wikidata: classes.tsv: bad line " + line) // the embedded table is tested
		}
		m[f[0]] = k
	}
	return m
})

// maxClassDepth bounds the walk up the subclass-of chain.
const maxClassDepth = 6

// kindOf returns the kind of entity an item is, from its instance-of
// classes and, through lookup (nil: none), their superclasses.
func kindOf(it *Item, lookup func(id string) (*Item, bool)) claims.EntityKind {
	table := classKinds()
	frontier := it.InstanceOf
	seen := map[string]bool{}
	for depth := 0; depth <= maxClassDepth && len(frontier) > 0; depth++ {
		for _, c := range frontier {
			if k, ok := table[c]; ok {
				return k
			}
		}
		if lookup == nil {
			break
		}
		var next []string
		for _, c := range frontier {
			if seen[c] {
				continue
			}
			seen[c] = true
			if ci, ok := lookup(c); ok {
				next = append(next, ci.SubclassOf...)
			}
		}
		frontier = next
	}
	if len(it.InstanceOf) > 0 {
		return claims.EntityThing
	}
	return claims.EntityUnknown
}
