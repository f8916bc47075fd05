package factcheck

import (
	"fmt"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// Verify rates one claim against the facts of store. Options set the
// tolerance and the publication date that anchors the claim's as-of time.
//
// The claim is looked up by subject and property, among the facts valid at
// its as-of time (its AsOf, else the publication date); a claim whose AsOf
// is a period in which facts start to hold (a series of dated figures) is
// compared with those that start latest within it. Each fact is
// compared with the claim's value by kind: amounts within the claim's own
// precision or comparator, and within the tolerance for a mostly-true
// rating; times as intervals; places and entities through part_of links.
// The built-in property date also takes the subject's own date, and
// time-since computes the calendar time from the subject's date to the
// as-of date. Facts from reliable sources (grades A–C) decide the rating;
// when they disagree it is Conflicting. Facts from other sources decide only
// when there is nothing else, and with a confidence of at most 0.4. A
// negated claim has its rating inverted; a claim the article calls unknown
// is Unverified.
//
// Verify is safe for concurrent use when the store is.
func Verify(c claims.Claim, store sources.Store, opts ...Option) Verdict {
	return verify(c, store, newConfig(opts))
}

// lowReliabilityCap is the highest confidence a verdict resting only on
// sources of low or unknown reliability may have.
const lowReliabilityCap = 0.4

// A judgement is what one reference record says of a claim.
type judgement struct {
	// fact is the record; it may be the store's own, and is not modified.
	fact *claims.Fact
	// fromEntity marks the subject's own date from its entity definition,
	// rather than a stored fact.
	fromEntity bool
	// rating is True, MostlyTrue or False when the record decides the
	// claim, Unverified when it does not (not comparable, or too coarse).
	rating Rating
	// confidence is the judgement's own, before the source's reliability.
	confidence float64
	// text is the fragment of the explanation for this record.
	text string
	// label is the name of the record's sources as it stands in text, ""
	// when text names none; labelList lists the labels of records merged
	// into this one (see mergeAgreeing), and also their facts.
	label     string
	labelList []string
	also      []claims.Fact

	reliable bool    // backed by a source graded A to C, or the knowledge base
	weight   float64 // confidence factor for the source's grade
}

// comparison is the outcome of comparing a claim's value with a
// reference value: a rating (Unverified when they do not decide), a
// confidence and the fragment of explanation that follows the description
// of the reference, with its leading punctuation.
type comparison struct {
	rating     Rating
	confidence float64
	why        string
}

// verify rates c against store with the given configuration.
func verify(c claims.Claim, store sources.Store, cfg config) Verdict {
	if store == nil {
		store = new(sources.MemStore)
	}
	v := Verdict{Claim: c.ID}
	if c.Modality == claims.ModalityUnknown {
		v.Explanation = "the article says this is not known"
		return v
	}
	if c.Value.IsZero() {
		v.Explanation = "the claim gives no value to check"
		return v
	}
	var js []judgement
	var missing string
	switch c.Property {
	case claims.PropertyStatement:
		// a statement is checked against earlier fact-checks (--prior),
		// not against reference facts
		v.Explanation = "a statement with no figure: only an earlier fact-check of it can rate it"
		return v
	case claims.PropertyTimeSince:
		js, missing = judgeTimeSince(c, store, cfg)
	case claims.PropertyDate:
		js, missing = judgeFacts(c, store, cfg, subjectDate(c.Subject, store))
	default:
		js, missing = judgeFacts(c, store, cfg, nil)
	}
	if len(js) == 0 {
		if missing == "" {
			missing = "there is no reference fact for " + subjectLabel(store, c.Subject) + " " + propertyLabel(store, c.Property)
		}
		v.Explanation = missing
		return applyModality(v, c.Modality)
	}
	for i := range js {
		rateReliability(&js[i], store)
	}
	js = mergeAgreeing(js, store)
	v = aggregate(v, js)
	v.Evidence = evidence(js, store)
	return applyModality(v, c.Modality)
}

// subjectLabel is entityLabel, without copying the entity when the store
// can give its label alone (as [sources.MemStore.EntityLabel] does).
func subjectLabel(store sources.Store, id string) string {
	if l, ok := store.(interface {
		EntityLabel(id string) (string, bool)
	}); ok {
		if s, ok := l.EntityLabel(id); ok {
			return s
		}
		return id
	}
	return entityLabel(store, id)
}

// asOf returns the claim's as-of interval: its AsOf, else the publication
// day, else zero times.
func asOf(c claims.Claim, cfg config) (start, end time.Time) {
	if !c.AsOf.Start.IsZero() {
		return timeBounds(c.AsOf)
	}
	if !cfg.published.IsZero() {
		d := dateOnly(cfg.published)
		return d, d.AddDate(0, 0, 1)
	}
	return time.Time{}, time.Time{}
}

// subjectDate returns the subject's own date from its entity definition as
// a fact, or nil when it has none.
func subjectDate(subject string, store sources.Store) []judgement {
	e, ok := store.Entity(subject)
	if !ok || e.Date.Start.IsZero() {
		return nil
	}
	d := e.Date
	if d.Kind == claims.KindUnknown {
		d.Kind = claims.KindTime
	}
	f := claims.Fact{Subject: subject, Property: claims.PropertyDate, Value: d}
	return []judgement{{fact: &f, fromEntity: true}}
}

// judgeFacts compares the claim with the facts for its subject and
// property that hold at its as-of time, after the given extra records. It
// returns the reason there are none when there are none.
func judgeFacts(c claims.Claim, store sources.Store, cfg config, extra []judgement) ([]judgement, string) {
	facts := factsOf(store, c.Subject, c.Property)
	at, _ := asOf(c, cfg)
	js := extra
	if len(facts) > 0 {
		js = make([]judgement, len(extra), len(extra)+len(facts))
		copy(js, extra)
	}
	held := 0
	within := datedWithin(c, facts)
	for i := range facts {
		f := &facts[i]
		switch {
		case !within.IsZero():
			if !f.ValidFrom.Equal(within) {
				continue
			}
		case !at.IsZero() && !f.ValidAt(at):
			continue
		}
		held++
		js = append(js, judgement{fact: f})
	}
	for i := range js {
		j := &js[i]
		cmp := compareValues(c.Value, j.fact.Value, store, cfg)
		j.rating, j.confidence = cmp.rating, cmp.confidence
		j.text = describeReference(c, *j, store) + cmp.why
		if !j.fromEntity {
			j.label = sourceLabel(*j, store)
		}
	}
	if len(js) == 0 && len(facts) > held {
		return nil, fmt.Sprintf("no reference fact for %s %s holds at %s (%s at other times)",
			entityLabel(store, c.Subject), propertyLabel(store, c.Property),
			at.Format(time.DateOnly), countOf(len(facts)-held, "fact"))
	}
	return js, ""
}

// datedWithin returns, for a claim that speaks of a period of its own
// ("a population of 2.8 million in 2015": its AsOf), the latest time
// within that period at which some fact starts to hold, or zero when
// there is none or the claim has no AsOf. A series of dated figures is
// checked against the figure of the claim's period, not the one that held
// at its first instant.
func datedWithin(c claims.Claim, facts []claims.Fact) time.Time {
	if c.AsOf.Start.IsZero() {
		return time.Time{}
	}
	start, end := timeBounds(c.AsOf)
	var best time.Time
	for i := range facts {
		t := facts[i].ValidFrom
		if t.IsZero() || t.Before(start) || !end.IsZero() && !t.Before(end) {
			continue
		}
		if t.After(best) {
			best = t
		}
	}
	return best
}

// factsOf returns the store's facts for a subject and property, without
// copying them when the store offers a read-only view (as
// [sources.MemStore.FactsView] does). The caller must not modify them.
func factsOf(store sources.Store, subject, property string) []claims.Fact {
	if v, ok := store.(interface {
		FactsView(subject, property string) []sources.Fact
	}); ok {
		return v.FactsView(subject, property)
	}
	return store.Facts(subject, property)
}

// describeReference says what a record gives: "Reuters gives Anchorage",
// "the ICC warrant is dated 2023-03-17".
func describeReference(c claims.Claim, j judgement, store sources.Store) string {
	val := formatReference(j.fact.Value, store)
	if c.Property == claims.PropertyDate {
		s := entityLabel(store, c.Subject) + " is dated " + val
		if !j.fromEntity {
			s += " (" + sourceLabel(j, store) + ")"
		}
		return s
	}
	return sourceLabel(j, store) + " gives " + val
}

// sourceLabel names the sources of a record: "Reuters and AP", "the
// reference" when it cites none, "the knowledge base" for an entity's own
// date.
func sourceLabel(j judgement, store sources.Store) string {
	if j.fromEntity {
		return "the knowledge base"
	}
	if len(j.fact.Sources) == 0 {
		return "the reference"
	}
	names := make([]string, len(j.fact.Sources))
	for i, id := range j.fact.Sources {
		names[i] = id
		if src, ok := store.Source(id); ok {
			names[i] = src.Label()
		}
	}
	return joinAnd(names)
}

// gradeWeight gives the confidence factor for each reliable grade.
var gradeWeight = map[claims.Reliability]float64{
	claims.ReliabilityA: 1,
	claims.ReliabilityB: 0.97,
	claims.ReliabilityC: 0.95,
}

// rateReliability sets whether a record is reliable, and its weight, from
// the best grade among its sources. A record with no known source has
// unknown reliability; the entity definition itself counts as reliable, as
// its part_of links do.
func rateReliability(j *judgement, store sources.Store) {
	if j.fromEntity {
		j.reliable, j.weight = true, 1
		return
	}
	j.weight = 1
	for _, id := range j.fact.Sources {
		src, ok := store.Source(id)
		if !ok || !src.Reliability.Reliable() {
			continue
		}
		if w := gradeWeight[src.Reliability]; !j.reliable || w > j.weight {
			j.weight = w
		}
		j.reliable = true
	}
}

// supports reports whether a rating speaks for the claim, refutes whether
// it speaks against it.
func supports(r Rating) bool { return r == True || r == MostlyTrue }
func refutes(r Rating) bool  { return r == False || r == MostlyFalse }

// aggregate rates a claim from the judgements of its records.
//
// Reliable records decide; when some support and some refute the claim it
// is Conflicting. When no reliable record decides, the others do, with a
// confidence of at most lowReliabilityCap; when they disagree the claim is
// Unverified. Among records that agree, the weakest rating wins (a
// mostly-true figure beside an exact one makes the claim mostly true) with
// the best confidence among them.
func aggregate(v Verdict, js []judgement) Verdict {
	var reliable, low, undecided []*judgement
	for i := range js {
		j := &js[i]
		switch {
		case j.rating == Unverified:
			undecided = append(undecided, j)
		case j.reliable:
			reliable = append(reliable, j)
		default:
			low = append(low, j)
		}
	}
	group, others, lowOnly := reliable, low, false
	if len(reliable) == 0 {
		group, others, lowOnly = low, nil, true
	}
	var texts []string
	for _, j := range group {
		texts = append(texts, j.text)
	}
	var notes []string
	pro, con := split(group)
	switch {
	case len(group) == 0:
		v.Rating = Unverified
	case len(pro) > 0 && len(con) > 0 && lowOnly:
		v.Rating = Unverified
		notes = append(notes, "sources of low or unknown reliability disagree")
	case len(pro) > 0 && len(con) > 0:
		v.Rating = Conflicting
		v.Confidence = 1
		for _, j := range group {
			v.Confidence = min(v.Confidence, j.confidence*j.weight)
		}
		texts[0] = "reliable sources disagree: " + texts[0]
	default:
		side := pro
		if len(side) == 0 {
			side = con
		}
		v.Rating = weakest(side)
		for _, j := range side {
			if j.rating == v.Rating {
				v.Confidence = max(v.Confidence, j.confidence*j.weight)
			}
		}
		if lowOnly {
			v.Confidence = min(v.Confidence, lowReliabilityCap)
			notes = append(notes, "only sources of low or unknown reliability give this")
		}
		for _, j := range others {
			if supports(j.rating) != supports(v.Rating) {
				notes = append(notes, j.text+" (a source of low or unknown reliability, set aside)")
			}
		}
	}
	// Records too coarse or too different to decide are explained only
	// when nothing else decides: beside a decided verdict they are noise.
	if v.Rating == Unverified {
		for _, j := range undecided {
			texts = append(texts, j.text)
		}
	}
	v.Explanation = strings.Join(append(texts, notes...), "; ")
	return v
}

// split divides judgements into those that support and those that refute.
func split(js []*judgement) (pro, con []*judgement) {
	for _, j := range js {
		switch {
		case supports(j.rating):
			pro = append(pro, j)
		case refutes(j.rating):
			con = append(con, j)
		}
	}
	return pro, con
}

// weakest returns the least decided rating among judgements on one side:
// MostlyTrue over True, MostlyFalse over False.
func weakest(js []*judgement) Rating {
	r := js[0].rating
	for _, j := range js[1:] {
		if j.rating == MostlyTrue || j.rating == MostlyFalse {
			r = j.rating
		}
	}
	return r
}

// stance returns what a judgement's rating says of the claim.
func stance(r Rating) sources.Stance {
	switch {
	case supports(r):
		return sources.Supports
	case refutes(r):
		return sources.Refutes
	}
	return sources.Neutral
}

// evidence lists one piece of evidence per source of each record, or one
// without a source for a record that cites none.
func evidence(js []judgement, store sources.Store) []sources.Evidence {
	n := 0
	for i := range js {
		j := &js[i]
		for k := -1; k < len(j.also); k++ {
			f := j.fact
			if k >= 0 {
				f = &j.also[k]
			}
			switch {
			case len(f.Sources) > 0:
				n += len(f.Sources)
			case !j.fromEntity || f.Quote != "":
				n++
			}
		}
	}
	if n == 0 {
		return nil
	}
	out := make([]sources.Evidence, 0, n)
	for i := range js {
		j := &js[i]
		st := stance(j.rating)
		for k := -1; k < len(j.also); k++ {
			f := j.fact
			if k >= 0 {
				f = &j.also[k]
			}
			if len(f.Sources) == 0 {
				if !j.fromEntity || f.Quote != "" {
					out = append(out, sources.Evidence{Quote: f.Quote, Stance: st})
				}
				continue
			}
			for _, id := range f.Sources {
				src, ok := store.Source(id)
				if !ok {
					src = sources.Source{ID: id}
				}
				out = append(out, sources.Evidence{Source: src, Quote: f.Quote, Stance: st})
			}
		}
	}
	return out
}

// inverted maps each rating to the rating of the claim's negation.
var inverted = map[Rating]Rating{True: False, MostlyTrue: MostlyFalse, MostlyFalse: MostlyTrue, False: True}

// applyModality adjusts a verdict for how the claim is put: a negated
// claim has its rating and evidence inverted, a hedged one is noted.
func applyModality(v Verdict, m claims.Modality) Verdict {
	switch m {
	case claims.ModalityNegated:
		if r, ok := inverted[v.Rating]; ok {
			v.Rating = r
			v.Explanation += "; the article says this is not so, which makes the claim " + strings.ReplaceAll(r.String(), "-", " ")
			for i, e := range v.Evidence {
				switch e.Stance {
				case sources.Supports:
					v.Evidence[i].Stance = sources.Refutes
				case sources.Refutes:
					v.Evidence[i].Stance = sources.Supports
				}
			}
		} else {
			v.Explanation += "; the article says this is not so"
		}
	case claims.ModalityHedged:
		v.Explanation += "; the article hedges this claim"
	}
	return v
}
