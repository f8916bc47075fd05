package wikidata

import (
	_ "embed"
	"strings"
	"sync"

	"github.com/veracity-go/veracity/claims"
)

//go:embed units.tsv
var unitsTSV string

type unit struct {
	kind claims.Kind
	unit string
}

var units = sync.OnceValue(func() map[string]unit {
	m := map[string]unit{}
	for _, line := range strings.Split(unitsTSV, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.Split(line, "\t")
		k, err := claims.ParseKind(f[1])
		if err != nil || len(f) != 4 {
			panic("wikidata: units.tsv: bad line " + line) // the embedded table is tested
		}
		m[f[0]] = unit{k, f[2]}
	}
	return m
})

// unitOf returns veracity's unit for a Wikidata unit item.
func unitOf(id string) (unit, bool) {
	u, ok := units()[id]
	return u, ok
}
