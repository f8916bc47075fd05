package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// Sizes: "the new bridge is 1.2 miles long" and "the 2.1-mile bridge" are
// one bridge's length; "a 300-acre site" a site's area. A measure after a
// copula and before a word of dimension, or before the noun of a structure
// it modifies, is the size of that structure, so that two lengths of one
// bridge meet in the value-conflict check. Only structures: "the 100m
// final" and "a 10km run" are races, not things with a length.

// Properties of the size of a structure.
const (
	PropertyLength = "length"
	PropertyArea   = "area"
)

var (
	// dimensionWords after a measure name the dimension it gives.
	dimensionWords = lexicon(map[string]string{"long": "length", "wide": "width", "high": "height",
		"tall": "height", "deep": "depth", "thick": "thickness"})
	// structureNouns are the things whose size a measure before them
	// gives.
	structureNouns = words(`bridge tunnel road motorway railway pipeline canal wall fence runway dam
		tower building skyscraper viaduct barrier cable bypass reservoir lake island site estate farm
		park forest reserve ship vessel tanker`)
	// lengthUnits and areaUnits are the units of a length and an area.
	lengthUnits = words(`mile km m ft cm mm inch`)
	areaUnits   = words(`acre hectare`)
)

// openSize makes the claim of a structure's size from quantity vi and
// reports whether it did.
func (b *builder) openSize(x *clauseCtx, vi int) bool {
	d := b.d
	m := d.ments[vi]
	if m.val.Kind != claims.KindQuantity || d.isChange(m) {
		return false
	}
	prop := ""
	switch u := m.val.Unit; {
	case lengthUnits.has(u):
		prop = PropertyLength
	case areaUnits.has(u) || strings.HasPrefix(u, "sq "):
		prop = PropertyArea
	default:
		return false
	}
	subject := ""
	if dim, ok := dimensionWords.get(d.fAt(m.last)); ok && m.last < x.last && prop == PropertyLength {
		// "the new bridge is 1.2 miles long", "will be 300m high"
		k := m.first - 1
		if k <= x.first || !copula(d.f(k)) {
			return false
		}
		prop = dim
		if s := x.subjects; len(s) > 0 && s[0].mention >= 0 && s[0].at <= x.first+1 {
			subject = s[0].ref.id // "the Humber Bridge is 1.4 miles long"
		} else if j := d.structureBefore(x.first, k); j >= 0 {
			subject = b.structureKey(x.first, j, -1)
		}
	} else {
		// "the 2.1-mile bridge", "a 300-acre site": the last word of
		// the compound after the measure
		j := m.last
		for j+1 < x.last && d.compoundWord(j+1) {
			j++
		}
		if j < x.last && d.compoundWord(j) && d.in(structureNouns, j) {
			subject = b.structureKey(x.first, j, vi)
		}
	}
	if subject == "" {
		return false
	}
	x.use(vi)
	b.emit(x, subject, prop, m.val, b.figureMod(x, vi, prop), true)
	return true
}

// copula reports whether w is a form of "be".
func copula(w string) bool {
	switch w {
	case "is", "was", "are", "were", "be", "been", "being", "'s":
		return true
	}
	return false
}

// structureBefore returns the structure noun heading tokens [first, k):
// only a determiner and plain words before it and nothing after it ("the
// new bridge is"), or -1.
func (d *doc) structureBefore(first, k int) int {
	j := k - 1
	if j < first || !d.in(structureNouns, j) || d.tokMen[j] >= 0 {
		return -1
	}
	for i := first; i < j; i++ {
		if d.toks[i].Kind != text.Word || d.tokMen[i] >= 0 || !d.in(determiners, i) && !d.compoundWord(i) {
			return -1
		}
	}
	return j
}

// structureKey returns the key of the structure noun at token j, whose
// noun phrase starts no earlier than first, the figure vi aside (-1 for
// none): the noun with the plain words before it ("the new bridge" is the
// new-bridge, "the old bridge" another). A noun without such words is the
// one of that noun named before ("the 2.1-mile bridge" after "the new
// bridge"), or, after "a" when one was named, another one: "".
func (b *builder) structureKey(first, j, vi int) string {
	d := b.d
	noun := nounKey(d.f(j))
	var mods []string
	indefinite := false
	k := j - 1
	for ; k >= first && k >= j-6; k-- {
		if vi >= 0 && int(d.tokMen[k]) == vi {
			continue
		}
		if d.f(k) == "-" && d.toks[k].Glued() {
			continue
		}
		if !d.compoundWord(k) {
			break
		}
		mods = append([]string{d.f(k)}, mods...)
	}
	if k >= first {
		switch d.f(k) {
		case "a", "an", "another":
			indefinite = true
		}
	}
	if b.things == nil {
		b.things = map[string]string{}
	}
	if len(mods) > 0 {
		key := Slug(strings.Join(append(mods, noun), " "))
		b.things[noun] = key
		return key
	}
	prev, seen := b.things[noun]
	switch {
	case seen && indefinite:
		return "" // "a 300-acre site" after another site: a new one
	case seen:
		return prev
	}
	b.things[noun] = noun
	return noun
}
