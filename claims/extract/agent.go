package extract

import "github.com/veracity-go/veracity/claims"

// cueOwner returns the knowledge-base event whose mention holds the cue at
// h, or nil: a price cue inside "sold it to the US" (an alias of the
// Alaska Purchase) speaks of the purchase.
func (b *builder) cueOwner(h cueHit) *entityRef {
	d := b.d
	if mi := d.tokMen[h.at]; mi >= 0 {
		if e := d.ments[mi].ent; e != nil && e.kb && e.kind == claims.EntityEvent {
			return e
		}
	}
	return nil
}

// agent makes the claim of an entity-valued property cued by a verb: "the
// ICC, which in 2023 issued a warrant for his arrest" says the warrant's
// issuer is the ICC. The value is the verb's subject (the entity before
// the cue, or a relative clause's antecedent), the claim's subject the
// event after it; "issued by X" gives the value after "by".
func (b *builder) agent(x *clauseCtx, h cueHit, prop string) {
	d := b.d
	isEntity := func(mi int32) bool {
		if mi < 0 {
			return false
		}
		e := d.ments[mi].ent
		return e != nil && e.kind != claims.EntityEvent && (e.kb || !b.kbMode)
	}
	isEvent := func(mi int32) bool {
		if mi < 0 {
			return false
		}
		e := d.ments[mi].ent
		return e != nil && e.kind == claims.EntityEvent && (e.kb || !b.kbMode)
	}
	var value, event int32 = -1, -1
	if d.f(h.end-1) == "by" {
		j := h.end
		for j < x.last && d.f(j) == "the" {
			j++
		}
		if j < x.last && isEntity(d.tokMen[j]) {
			value = d.tokMen[j]
		}
		for k := h.at - 1; k >= x.first && event < 0; k-- {
			if isEvent(d.tokMen[k]) {
				event = d.tokMen[k]
			}
		}
	} else {
		for k := x.first; k < h.at; k++ {
			if mi := d.tokMen[k]; isEntity(mi) {
				value = mi
				break
			}
		}
		if value < 0 && x.rel {
			value = b.antecedent(x)
			if !isEntity(value) {
				value = -1
			}
		}
		for k := h.end; k < x.last && k < h.end+4 && event < 0; k++ {
			if isEvent(d.tokMen[k]) {
				event = d.tokMen[k]
			}
		}
	}
	if value < 0 || event < 0 {
		return
	}
	v := d.ments[value]
	b.emit(x, d.ments[event].ent.id, prop, v.val, x.mod, true)
}

// antecedent returns the mention a relative clause refers to: the one
// ending just before its comma, past a parenthesized acronym ("the
// International Criminal Court (ICC), which"), or -1.
func (b *builder) antecedent(x *clauseCtx) int32 {
	d := b.d
	j := x.ante - 1
	if j >= 0 && d.f(j) == ")" {
		for j >= 0 && d.f(j) != "(" {
			j--
		}
		j--
	}
	if j < 0 {
		return -1
	}
	return d.tokMen[j]
}

// premodifier makes the claim of a figure written before the entity it
// measures, "a 7.5km tram extension", "the £2.3bn scheme", when the
// knowledge base has exactly one property of the figure's kind.
func (b *builder) premodifier(x *clauseCtx) {
	d := b.d
	for _, vi := range x.values {
		m := d.ments[vi]
		if x.isUsed(vi) || m.ordinal || m.last >= x.last {
			continue
		}
		switch m.val.Kind {
		case claims.KindMoney, claims.KindQuantity, claims.KindPercent:
		default:
			continue
		}
		ei := d.tokMen[m.last]
		if ei < 0 || d.ments[ei].ent == nil || !d.ments[ei].ent.kb || d.ments[ei].first != m.last {
			continue
		}
		var prop *claims.Property
		n := 0
		for i := range d.kb.Properties {
			if d.kb.Properties[i].Kind == m.val.Kind {
				prop, n = &d.kb.Properties[i], n+1
			}
		}
		if n != 1 {
			continue
		}
		x.use(vi)
		b.emit(x, d.ments[ei].ent.id, prop.ID, m.val, x.mod, false)
	}
}
