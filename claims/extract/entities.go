package extract

import (
	"sort"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// A gazetteer finds the names and aliases of knowledge-base entities, and
// the cues of its properties, in folded token sequences.
type gazetteer struct {
	names map[string][]gazName
	cues  map[string][]gazCue
	props []claims.Property
	ents  []claims.Entity
	// nameStarts and cueStarts filter the first words of names and cues.
	nameStarts, cueStarts wordFilter
	// events are the kb's events, for the claim builder.
	events []kbEvent
}

type gazName struct {
	toks []string
	ent  int
	// acronym names ("US") match only when written in capitals.
	acronym bool
}

type gazCue struct {
	toks []string
	prop int
}

// foldTokens folds s and splits it into token strings as the document is.
func foldTokens(s string) []string {
	f, m := text.FoldMapped(s, nil)
	var out []string
	for t := range text.Tokens(s, f, m, nil) {
		out = append(out, f[t.FoldStart:t.FoldEnd])
	}
	return out
}

// newGazetteer indexes kb, which may be nil.
func newGazetteer(kb *claims.Set) *gazetteer {
	g := &gazetteer{names: map[string][]gazName{}, cues: map[string][]gazCue{}}
	if kb == nil {
		return g
	}
	g.ents = kb.Entities
	for ei, e := range kb.Entities {
		for _, n := range e.Names() {
			toks := foldTokens(n)
			if len(toks) == 0 {
				continue
			}
			letters, upper := 0, 0
			for _, r := range n {
				if r >= 'a' && r <= 'z' {
					letters++
				} else if r >= 'A' && r <= 'Z' {
					letters++
					upper++
				}
			}
			acr := letters >= 2 && letters <= 5 && upper == letters
			g.names[toks[0]] = append(g.names[toks[0]], gazName{toks: toks, ent: ei, acronym: acr})
			g.nameStarts.add(toks[0])
		}
		if e.Kind == claims.EntityEvent {
			ev := kbEvent{ref: &entityRef{id: e.ID, name: e.Label(), kind: e.Kind, kb: true}}
			for _, n := range e.Names() {
				ev.names = append(ev.names, foldTokens(n))
			}
			g.events = append(g.events, ev)
		}
	}
	g.props = kb.Properties
	for pi, p := range kb.Properties {
		for _, c := range p.Cues {
			toks := foldTokens(c)
			if len(toks) == 0 {
				continue
			}
			g.cues[toks[0]] = append(g.cues[toks[0]], gazCue{toks: toks, prop: pi})
			g.cueStarts.add(toks[0])
		}
	}
	for k, v := range g.names {
		sort.SliceStable(v, func(a, b int) bool { return len(v[a].toks) > len(v[b].toks) })
		g.names[k] = v
	}
	for k, v := range g.cues {
		sort.SliceStable(v, func(a, b int) bool { return len(v[a].toks) > len(v[b].toks) })
		g.cues[k] = v
	}
	return g
}

// findKBEntities marks every knowledge-base name in the text, longest
// first. "Anchorage's" matches Anchorage: the possessive is its own token.
func (d *doc) findKBEntities() {
	if len(d.gaz.names) == 0 {
		return
	}
	for si, s := range d.sents {
		if d.stopped(si) {
			return
		}
		for i := s.first; i < s.last; i++ {
			if !d.gaz.nameStarts.mayHave(d.f(i)) {
				continue
			}
			for _, n := range d.gaz.names[d.f(i)] {
				j, ok := d.matchSeq(i, s.last, n.toks)
				if !ok {
					continue
				}
				if n.acronym && !d.capitalsOnly(i, j) {
					continue
				}
				e := d.gaz.ents[n.ent]
				k := claims.KindEntity
				if e.Kind == claims.EntityPlace {
					k = claims.KindPlace
				}
				m := mention{first: i, last: j, val: claims.Value{Kind: k, Entity: e.ID},
					ent: &entityRef{id: e.ID, name: e.Label(), kind: e.Kind, kb: true}}
				if d.addMention(m) {
					i = j - 1
					break
				}
			}
		}
	}
}

// capitalsOnly reports whether the words of tokens [i, j) are written in
// capitals.
func (d *doc) capitalsOnly(i, j int) bool {
	for k := i; k < j; k++ {
		t := d.toks[k]
		if t.Kind == text.Word && !t.Has(text.Upper) && !(t.Has(text.Cap) && t.End-t.Start == 1) {
			return false
		}
	}
	return true
}

// cuesIn returns the properties whose cues appear in tokens [first, last),
// with the token where each cue starts, in order of appearance.
func (d *doc) cuesIn(first, last int, hits []cueHit) []cueHit {
	if len(d.gaz.cues) == 0 {
		return hits
	}
	for i := first; i < last; i++ {
		if d.toks[i].Kind != text.Word {
			continue
		}
		w := d.f(i)
		if d.gaz.cueStarts.mayHave(w) {
			for _, c := range d.gaz.cues[w] {
				if j, ok := d.matchSeq(i, last, c.toks); ok {
					hits = append(hits, cueHit{prop: c.prop, at: i, end: j})
					break
				}
			}
		}
		// inflected cues: "sold" for "sell" is not attempted; a plural
		// "prices" matches "price"
		if n := len(w); n > 3 && w[n-1] == 's' && d.gaz.cueStarts.mayHave(w[:n-1]) {
			for _, c := range d.gaz.cues[w[:n-1]] {
				if len(c.toks) == 1 {
					hits = append(hits, cueHit{prop: c.prop, at: i, end: i + 1})
					break
				}
			}
		}
	}
	return hits
}

// A cueHit is a property cue found in a clause.
type cueHit struct {
	prop    int
	at, end int
}
