package extract

import (
	"sort"

	"github.com/veracity-go/veracity/claims"
)

// A mention is a quantity, time or entity found at tokens [first, last).
type mention struct {
	first, last int
	val         claims.Value
	marker      string
	relative    bool
	ordinal     bool
	// nounFirst is the first token of a count's noun.
	nounFirst int
	// ent describes an entity mention.
	ent *entityRef
}

// An entityRef is what an entity mention names.
type entityRef struct {
	id   string
	name string
	kind claims.EntityKind
	kb   bool // from the knowledge base
}

func (m *mention) isEntity() bool { return m.ent != nil }

// addMention records m unless one of its tokens is taken, and returns
// whether it did.
func (d *doc) addMention(m mention) bool {
	if m.last <= m.first {
		return false
	}
	for j := m.first; j < m.last; j++ {
		if d.tokMen[j] >= 0 {
			return false
		}
	}
	m.val.Text = d.textOf(m.first, m.last)
	if m.marker == "" && !m.isEntity() {
		m.marker = d.markerBefore(m.first)
	}
	idx := int32(len(d.ments))
	for j := m.first; j < m.last; j++ {
		d.tokMen[j] = idx
	}
	d.ments = append(d.ments, m)
	return true
}

// markerBefore returns the preposition before token i that ties a time or
// quantity to its clause: "since" in "since 2015", "after" in "after the
// war", skipping "the", "early", "late", "mid".
func (d *doc) markerBefore(i int) string {
	for j := i - 1; j >= 0 && j >= i-3; j-- {
		w := d.f(j)
		switch w {
		case "the", "early", "late", "mid", "-", "a":
			continue
		}
		if timeMarkers.has(w) {
			return w
		}
		return ""
	}
	return ""
}

// findValues finds the times and quantities of every sentence, in order.
func (d *doc) findValues() {
	for _, s := range d.sents {
		for i := s.first; i < s.last; i++ {
			if d.tokMen[i] >= 0 {
				continue
			}
			t := d.toks[i]
			if t.kind == tPunct && d.f(i) != "'" && currencySymbols[d.f(i)] == "" {
				continue
			}
			if m, ok := d.matchTime(i, s.last); ok && m.val.Kind == claims.KindTime {
				if d.addMention(m) {
					if !m.val.Start.IsZero() {
						d.lastTime = m.val
					}
					i = m.last - 1
					continue
				}
			}
			if m, ok := d.matchQuantity(i, s.last); ok {
				if d.addMention(m) {
					i = m.last - 1
				}
			}
		}
	}
}

// sortMentions puts the mentions in document order and reindexes them.
func (d *doc) sortMentions() {
	sort.SliceStable(d.ments, func(a, b int) bool { return d.ments[a].first < d.ments[b].first })
	for i := range d.tokMen {
		d.tokMen[i] = -1
	}
	for k, m := range d.ments {
		for j := m.first; j < m.last; j++ {
			d.tokMen[j] = int32(k)
		}
	}
}

// public converts a mention to its exported form.
func (d *doc) public(m mention) Mention {
	sp := d.span(m.first, m.last)
	return Mention{
		Text:     d.text[sp.Start:sp.End],
		Span:     sp,
		Kind:     m.val.Kind,
		Value:    m.val,
		Marker:   m.marker,
		Relative: m.relative,
		Ordinal:  m.ordinal,
	}
}
