package extract

import (
	"slices"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// Counts left open. "It is not clear how many jobs will be affected" and
// "the number of homes in the application has not been settled" leave a
// count of things open; "230 jobs will go" and "a development of 340
// homes" give it. The open count is keyed by the referent of the counted
// noun and "count-" and its lemma (countProperty); so is each count the
// document gives of that noun, and like every slot value it is kept only
// when its slot is left open (forSlot). A noun counted twice with two
// figures gives no value: which of them the question asks is not told.

// nameLast sets the names that tell the thing of the claim added last
// from others (see keepFrameClaims' apart).
func (fr *frameReader) nameLast(names []string) {
	if len(fr.out) > 0 {
		fr.out[len(fr.out)-1].names = names
	}
}

// countProperty returns the property of a count of noun n: "count-job".
func (fr *frameReader) countProperty(n int) string {
	return "count-" + Slug(strings.ToLower(fr.t.Doc.Lemma[n]))
}

// howMany returns the noun of "how many" in clause c ("how many jobs will
// be affected"), or -1.
func (fr *frameReader) howMany(c int) int {
	t := fr.t
	d := t.Doc
	first, _ := t.Extent(c, false)
	for k := first; k < c && k < first+4; k++ {
		if !strings.EqualFold(d.Word(k), "many") || k == 0 || !strings.EqualFold(d.Word(k-1), "how") {
			continue
		}
		if n := int(d.Head[k]); n > k && d.UPOS[n] == syntax.NOUN {
			return n
		}
		if n := k + 1; n < c && d.UPOS[n] == syntax.NOUN {
			return n // "many" hung on the verb
		}
	}
	return -1
}

// timeIn returns the text of the first time mentioned within span sp,
// lower-cased, or "".
func (fr *frameReader) timeIn(sp claims.Span) string {
	d := fr.b.d
	for mi := range d.ments {
		m := &d.ments[mi]
		if m.val.Kind != claims.KindTime || m.last <= m.first {
			continue
		}
		if start, end := int(d.toks[m.first].Start), int(d.toks[m.last-1].End); start >= sp.Start && end <= sp.End {
			return strings.ToLower(m.val.Text)
		}
	}
	return ""
}

// askedOwner returns the names of whose count a "how many" noun n asks,
// the subject of its relative clause: "how many pupils the new academy
// will have".
func (fr *frameReader) askedOwner(n int) []string {
	d := fr.t.Doc
	for _, k := range fr.t.Kids(n) {
		if d.Rel[k].Universal().String() == "acl" {
			if s := fr.t.Kid(int(k), syntax.RelNsubj); s >= 0 && fr.key(s) != "" {
				return append(fr.thingNames(s), fr.key(s))
			}
		}
	}
	return nil
}

// unitNoun returns the word of count mention m, headed at word w, that
// is its counted noun (a noun whose lemma is the count's unit: "jobs" of
// "Eighty-five jobs"), or -1.
func (fr *frameReader) unitNoun(m *mention, w int) int {
	sd := fr.t.Doc
	if m.val.Unit == "" || w < 0 {
		return -1
	}
	sp := fr.b.d.span(m.first, m.last)
	k := w
	for k > 0 && int(sd.Start[k-1]) >= sp.Start && w-k < 8 {
		k--
	}
	for ; k < sd.Len() && int(sd.Start[k]) < sp.End && k < w+8; k++ {
		if sd.UPOS[k] == syntax.NOUN && strings.EqualFold(sd.Lemma[k], m.val.Unit) {
			return k
		}
	}
	return -1
}

// askedHowMany reports a noun counted by "how many": "how many pupils
// the school has" read as the noun with a relative clause.
func (fr *frameReader) askedHowMany(n int) bool {
	d := fr.t.Doc
	for _, k := range fr.t.Kids(n) {
		if k := int(k); k > 0 && k < n && strings.EqualFold(d.Word(k), "many") && strings.EqualFold(d.Word(k-1), "how") {
			return true
		}
	}
	return false
}

// countValues keys, for each count left open, the one figure the
// document gives the same noun of the same referent: "230 jobs".
func (fr *frameReader) countValues() {
	type open struct{ subject, property string }
	opens := map[open]bool{}
	openTimes := map[open]string{} // the time an open count is asked of, "" for none
	for i := range fr.out {
		if c := &fr.out[i]; c.Modality == claims.ModalityUnknown && strings.HasPrefix(c.Property, "count-") {
			k := open{c.Subject, c.Property}
			opens[k] = true
			openTimes[k] = fr.timeIn(c.Span)
		}
	}
	if len(opens) == 0 {
		return
	}
	d := fr.b.d
	sd := fr.t.Doc
	type found struct {
		w   int
		val claims.Value
		n   int         // figures of the key, of any value
		sp  claims.Span // the figure's words, which the claim's text holds whole
	}
	values := map[open]*found{}
	for mi := range d.ments {
		m := &d.ments[mi]
		w := int(fr.menWord[mi])
		if w < 0 || m.relative || m.ordinal || m.age || m.ends != nil || m.val.Cmp != claims.CmpEqual ||
			m.val.Kind != claims.KindCount && m.val.Kind != claims.KindNumber {
			continue
		}
		h := w
		if n := fr.unitNoun(m, w); n >= 0 {
			h = n // "Eighty-five jobs", the number split and misread
		} else if p := int(sd.Head[w]); p > w && sd.UPOS[p] == syntax.NOUN && (sd.Rel[w] == syntax.RelCompound || sd.Rel[w] == syntax.RelNummod) {
			h = p // "Forty jobs", the number tagged a noun
		} else if sd.UPOS[w] != syntax.NOUN {
			h = int(sd.Head[w])
			if h < 0 || sd.Rel[w] != syntax.RelNummod || sd.UPOS[h] != syntax.NOUN {
				continue
			}
		}
		k := open{fr.key(h), fr.countProperty(h)}
		if !opens[k] {
			continue
		}
		if fr.countApart(h, m.val.Text) || fr.endOfChange(w, h) {
			k = open{} // "40 new jobs", "by 12 jobs": another count
		}
		if t := openTimes[k]; t != "" {
			if v := fr.verbOf(h); v >= 0 {
				f := &fr.frames[fr.frameOf[v]]
				if vt := fr.timeIn(claims.Span{Start: int(sd.Start[f.First]), End: int(sd.End[f.Last-1])}); vt != "" && vt != t {
					k = open{} // "sold 12,500 tickets last year" … "how many … this year"
				}
			}
		}
		v := m.val
		v.Kind = claims.KindCount
		if v.Unit == "" {
			v.Unit = strings.ToLower(sd.Lemma[h])
		}
		switch f := values[k]; {
		case f == nil:
			values[k] = &found{w: h, val: v, n: 1, sp: d.span(m.first, m.last)}
		default:
			f.n++
			if f.val.Amount != v.Amount {
				f.n = -1 << 20 // two figures: no telling which is asked
			}
		}
	}
	for k, f := range values {
		if k.subject == "" || f.n < 1 {
			continue
		}
		n := len(fr.out)
		fr.add(f.w, k.subject, k.property, f.val, false)
		if len(fr.out) > n {
			fr.widenAt(len(fr.out)-1, f.sp) // ("Eighty-five jobs", the number split by the parse)
			fr.out[len(fr.out)-1].forSlot = true
			// Told apart by names: "120 jobs will go in Leeds" is not
			// "how many jobs will be affected in Hull".
			var names []string
			for _, n := range fr.thingNames(f.w) {
				if _, err := claims.ParseValueKind(claims.KindNumber, n); err != nil {
					names = append(names, n) // (not its own figure: "420")
				}
			}
			if v := fr.verbOf(f.w); v >= 0 {
				names = append(names, fr.placeNames(v)...)
				if s := fr.t.Kid(v, syntax.RelNsubj); s >= 0 && s != f.w && fr.key(s) != "" {
					names = append(names, fr.key(s)) // whose count: "Ravensworth School has 420 pupils"
				}
			}
			fr.nameLast(names)
		}
	}
}

// endOfChange reports a count whose number or noun is brought in by a
// word of change or comparison ("rose by 12 jobs", "from 40 jobs"): what
// a count was or changed by, not what it is. (The verb above does not
// count: "Forty jobs will be lost" counts the jobs.)
func (fr *frameReader) endOfChange(w, h int) bool {
	d := fr.t.Doc
	for _, k := range []int{w, h} {
		for _, c := range fr.t.Kids(k) {
			if d.Rel[c] == syntax.RelCase {
				switch strings.ToLower(d.Word(int(c))) {
				case "from", "to", "by", "than", "between", "per", "each":
					return true
				}
			}
		}
	}
	return false
}

// countApart reports a counted noun told apart from others of its kind
// (markedApart: "40 new jobs", "the jobs in Leeds"), the words of its own
// figure aside ("Forty jobs", the number tagged a noun).
func (fr *frameReader) countApart(h int, figure string) bool {
	var own []string // the figure's number words: "forty" of "Forty jobs"
	for _, w := range strings.Fields(strings.ToLower(figure)) {
		if _, err := claims.ParseValueKind(claims.KindNumber, w); err == nil {
			own = append(own, w)
		}
	}
	for _, m := range fr.marks(h) {
		if !slices.Contains(own, m) {
			return true
		}
	}
	return fr.markedApart(h, h) && len(fr.marks(h)) == 0
}
