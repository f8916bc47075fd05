package extract

import "github.com/veracity-go/veracity/claims"

// changeVerbs before a figure make it a change rather than a level: "rose
// 15%".
var changeVerbs = words(`rose fell increased decreased grew jumped climbed dropped declined slipped gained
	lost surged plunged soared slumped tumbled rising falling increasing decreasing growing up down rise
	fall increase decrease growth drop decline gain`)

// kindNames name the open property of a value of each kind.
var kindNames = map[claims.Kind]string{
	claims.KindMoney: "amount", claims.KindPercent: "percent", claims.KindDuration: "duration",
	claims.KindQuantity: "quantity", claims.KindNumber: "number", claims.KindCount: "count",
	claims.KindTime: claims.PropertyDate,
}

// open makes claims without a knowledge base. The subject is the clause's
// first entity (or a resolved pronoun), else the measured noun ("profits
// rose to $5m" is about "profit"); the property is the measured noun when
// the subject is an entity, the counted noun for a count, "date" for a
// time, else the kind of the value ("amount", "percent"). The same noun
// phrase always gives the same keys, so claims about one thing line up.
func (b *builder) open(x *clauseCtx) {
	d := b.d
	if x.mod == claims.ModalityUnknown {
		return
	}
	for _, vi := range x.values {
		m := d.ments[vi]
		if x.isUsed(vi) || m.ordinal {
			continue
		}
		if m.val.Kind == claims.KindTime {
			if b.speechTime(m) || d.fAt(m.last) == "'s" || d.fAt(m.first-1) == "every" {
				continue // "said on Saturday", "this year's winner", "every November"
			}
			switch m.marker {
			case "in", "on", "at", "":
			default:
				continue
			}
		}
		if m.marker == "from" && b.hasTo(x, m.val.Kind) {
			continue // "rose to $1.2bn from $1.1bn": the earlier figure
		}
		noun := d.measureNoun(x.first, x.last, m)
		if m.val.Kind == claims.KindNumber && noun == "" {
			continue
		}
		subject := ""
		for _, s := range x.subjects {
			if s.ref.kind != claims.EntityPlace || m.val.Kind != claims.KindTime {
				subject = s.ref.id
				break
			}
		}
		if subject == "" && len(x.subjects) > 0 {
			subject = x.subjects[0].ref.id
		}
		prop := ""
		head := d.headNoun(x.first, m.first)
		switch {
		case subject == "" && head != "":
			subject, prop = head, noun
			if noun == "" || noun == head {
				prop = kindNames[m.val.Kind]
			}
		case subject == "":
			continue
		case m.val.Kind == claims.KindTime:
			prop = claims.PropertyDate
		case m.val.Kind == claims.KindCount:
			prop = Slug(m.val.Unit)
		case m.age:
			prop = "age"
		case noun != "":
			prop = noun
		default:
			prop = kindNames[m.val.Kind]
		}
		if d.isChange(m) && prop != claims.PropertyDate {
			prop += "-change"
		}
		x.use(vi)
		b.emit(x, subject, prop, m.val, x.mod, noun != "")
	}
}

// hasTo reports whether the clause has a value of kind k introduced by "to".
func (b *builder) hasTo(x *clauseCtx, k claims.Kind) bool {
	for _, vi := range x.values {
		if m := b.d.ments[vi]; m.val.Kind == k && m.marker == "to" {
			return true
		}
	}
	return false
}

// isChange reports whether a figure states a change: "rose 15%", "up 3%",
// "an increase of 5%".
func (d *doc) isChange(m mention) bool {
	for j := m.first - 1; j >= 0 && j >= m.first-3; j-- {
		if changeVerbs.has(d.f(j)) {
			return true
		}
		if d.f(j) != "of" && d.f(j) != "an" && d.f(j) != "a" {
			break
		}
	}
	return false
}

// measureNoun returns the measured noun of a value, singular: the nearest
// measure noun before it in the clause ("profits rose 5% to $1bn"), or the
// noun after "in" ("$5bn in sales").
func (d *doc) measureNoun(first, last int, m mention) string {
	if m.last+1 < last && d.f(m.last) == "in" && measureNouns.has(d.f(m.last+1)) {
		return nounKey(d.f(m.last + 1))
	}
	for j := m.first - 1; j >= first && j >= m.first-10; j-- {
		if w := d.f(j); measureNouns.has(w) && d.tokMen[j] < 0 {
			return nounKey(w)
		}
	}
	return ""
}

// headNoun returns the first measure noun of tokens [first, last), the
// subject of a clause without a named one: "The club's squad of 23 players
// has cost £500m" is about the squad.
func (d *doc) headNoun(first, last int) string {
	for j := first; j < last; j++ {
		if w := d.f(j); measureNouns.has(w) && d.tokMen[j] < 0 {
			return nounKey(w)
		}
	}
	return ""
}

// nounKey is the key of a measure noun: singular, as a slug.
func nounKey(w string) string {
	if w == "sales" || w == "earnings" || w == "damages" || w == "savings" || w == "assets" || w == "reserves" {
		return w
	}
	if isPlural(w) {
		return singular(w)
	}
	return w
}
