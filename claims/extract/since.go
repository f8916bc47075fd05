package extract

import (
	"strings"
	"unicode"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// firstSince reads "for the first time since 2015" and "the first meeting
// in over four years". Each speaks of the previous occurrence: the event
// the sentence names for it ("since 2015, when he was in New York for the
// UN General Assembly" dates the Assembly to 2015), or the last earlier
// event of the knowledge base of the same kind with a participant in
// common ("the first meeting … in over four years" counts from the last
// summit of one of its leaders, to the meeting's own date). Without one
// the claim is about the clause's subject: when it last happened
// ([PropertyLastOccurrence]) or how long ago ([PropertyTimeSinceLast]).
func (b *builder) firstSince(x *clauseCtx) {
	d := b.d
	firstAt := -1
	for i := x.first; i < x.last; i++ {
		if d.f(i) == "first" {
			firstAt = i
			break
		}
	}
	if firstAt < 0 {
		return
	}
	for _, vi := range x.values {
		m := d.ments[vi]
		if m.first < firstAt || x.isUsed(vi) {
			continue
		}
		prop := ""
		switch {
		case m.val.Kind == claims.KindTime && m.marker == "since":
			prop = PropertyLastOccurrence
		case m.val.Kind == claims.KindDuration && (m.marker == "in" || m.marker == "for") &&
			!(m.last < x.last && d.toks[m.last].Kind == text.Word && !d.in(functionWords, m.last)):
			// "in nine years", not "for a second weekend"
			prop = PropertyTimeSinceLast
		default:
			continue
		}
		mod := x.mod
		if mod == claims.ModalityHedged {
			mod = claims.ModalityAsserted // presupposed, as with time-since
		}
		if prop == PropertyLastOccurrence {
			if prev := b.namedPrevious(x, m); prev != nil {
				x.use(vi)
				b.emit(x, prev.id, claims.PropertyDate, m.val, mod, true)
				continue
			}
		} else if prev, asOf := b.samePrevious(x); prev != nil {
			x.use(vi)
			n := len(b.out)
			b.emit(x, prev.id, claims.PropertyTimeSince, m.val, mod, true)
			if len(b.out) > n && !asOf.IsZero() {
				b.out[n].AsOf = asOf
			}
			continue
		}
		for _, h := range x.cues {
			if p := d.gaz.props[h.prop]; p.Kind == m.val.Kind {
				prop = p.ID
			}
		}
		// the clause's grammatical subject: the entity heading it, even
		// one the knowledge base does not know (the extracted set
		// defines it); else the subject the knowledge base prefers
		var s *entityRef
		if len(x.subjects) > 0 && x.subjects[0].at <= x.first+2 && x.subjects[0].ref.kind != claims.EntityPlace {
			s = x.subjects[0].ref
		}
		if s == nil {
			s = b.subject(x, "", true, claims.KindUnknown)
		}
		if s == nil {
			continue
		}
		x.use(vi)
		b.emit(x, s.id, prop, m.val, mod, true)
	}
}

// namedPrevious returns the knowledge-base event the sentence names after
// the time of "first time since T", or nil: "since 2015, when he was in
// New York for the UN General Assembly".
func (b *builder) namedPrevious(x *clauseCtx, m mention) *entityRef {
	d := b.d
	s := x.sent
	for i := m.last; i < s.last && i < m.last+40; i++ {
		if mi := d.tokMen[i]; mi >= 0 {
			if e := d.ments[mi].ent; e != nil && e.kb && e.kind == claims.EntityEvent {
				return e
			}
		}
	}
	return nil
}

// samePrevious returns the last event of the knowledge base before the
// clause's event that is of the same kind (its names share an event noun:
// summit, meeting) and shares a participant (a capitalized word of its
// names: Putin), with the clause's event's date, or nil.
func (b *builder) samePrevious(x *clauseCtx) (*entityRef, claims.Value) {
	d := b.d
	if d.kb == nil {
		return nil, claims.Value{}
	}
	var cur *entityRef
	for _, s := range x.subjects {
		if s.ref.kb && s.ref.kind == claims.EntityEvent {
			cur = s.ref
			break
		}
	}
	if cur == nil {
		return nil, claims.Value{}
	}
	ce, ok := d.kb.Entity(cur.id)
	if !ok {
		return nil, claims.Value{}
	}
	asOf := ce.Date
	limit := asOf.Start
	if limit.IsZero() {
		limit = d.published
	}
	if limit.IsZero() {
		return nil, claims.Value{}
	}
	kinds, people := nameWords(ce)
	var best *claims.Entity
	for i := range d.kb.Entities {
		e := &d.kb.Entities[i]
		if e.ID == ce.ID || e.Kind != claims.EntityEvent || e.Date.Start.IsZero() || !e.Date.Start.Before(limit) {
			continue
		}
		k, p := nameWords(*e)
		if !overlaps(kinds, k) || !overlaps(people, p) {
			continue
		}
		if best == nil || e.Date.Start.After(best.Date.Start) {
			best = e
		}
	}
	if best == nil {
		return nil, claims.Value{}
	}
	if asOf.Start.IsZero() {
		asOf = claims.Value{}
	}
	return &entityRef{id: best.ID, name: best.Label(), kind: best.Kind, kb: true}, asOf
}

// nameWords returns the event nouns and the capitalized words of an
// entity's names, folded.
func nameWords(e claims.Entity) (kinds, people []string) {
	for _, n := range e.Names() {
		for _, w := range strings.FieldsFunc(n, func(r rune) bool {
			return !unicode.IsLetter(r) && r != '\''
		}) {
			f := Fold(w)
			switch {
			case eventNounsOpen.has(f):
				kinds = append(kinds, f)
			case unicode.IsUpper([]rune(w)[0]) && !functionWords.has(f) && len(f) > 2:
				people = append(people, f)
			}
		}
	}
	return kinds, people
}

func overlaps(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y {
				return true
			}
		}
	}
	return false
}
