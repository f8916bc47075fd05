package wikidata

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
)

// SourceName names Wikidata as the source of the facts of a knowledge
// base.
const SourceName = "Wikidata"

// ItemURL returns the page of an item: https://www.wikidata.org/wiki/Q64.
func ItemURL(id string) string { return "https://www.wikidata.org/wiki/" + id }

// PropertyAge is the age of a person in years, which a knowledge base
// derives from the date of birth: it has the facts "N years" each valid
// for the year from the Nth birthday.
const PropertyAge = "age"

// PropertyDateOfBirth is the property the default map gives P569.
const PropertyDateOfBirth = "date-of-birth"

// SetOptions say how [KB.Set] builds a claim set. The zero SetOptions
// grade Wikidata B. They are only read.
type SetOptions struct {
	// Reliability is the grade of the Wikidata source; zero is B (usually
	// reliable).
	Reliability claims.Reliability
	// IDs maps item ids to the entity ids the set gives them (an entity of
	// a house knowledge base that names its item: {id: alaska, wikidata:
	// Q797}); items not in it keep their own id.
	IDs map[string]string
	// Map, when set, replaces the knowledge base's property map (to add
	// mappings from claim-set files; statements not kept at import stay
	// absent).
	Map *Map
}

// Set returns a claim set holding what the knowledge base knows of the
// given items: each as an entity (name, aliases, kind, part_of links, an
// event's date) with its facts from the mapped statements, Wikidata as
// their source (with the item's page as URL and the statement's references
// in the quote), the items they lie in (part_of, transitively) and the
// items their values name, as entities; and the mapped properties, with
// their cues, so that an extractor finds them in text. Items the knowledge
// base lacks are left out.
//
// Statements qualified by a point in time (P585) are a series: each holds
// from its time until the next one's, so that a population is checked
// against the figure of its date. Other statements count by rank: the
// preferred ones, else the normal ones; deprecated ones never.
func (kb *KB) Set(items []string, opts SetOptions) *claims.Set {
	return BuildSet(kb, kb.m, items, opts)
}

// BuildSet is [KB.Set] over any Items, with the property map m (nil: the
// default map) unless opts gives one.
func BuildSet(src Items, m *Map, items []string, opts SetOptions) *claims.Set {
	if opts.Map != nil {
		m = opts.Map
	}
	if m == nil {
		m = DefaultMap()
	}
	grade := opts.Reliability
	if grade == claims.ReliabilityUnknown {
		grade = claims.ReliabilityB
	}
	b := &setBuilder{items: src, m: m, opts: opts, grade: grade, set: &claims.Set{}, done: map[string]bool{}}
	for _, mp := range m.list {
		if mp.Role == RoleFact {
			b.set.Properties = append(b.set.Properties, mp.Property)
		}
	}
	b.set.Properties = append(b.set.Properties, claims.Property{ID: PropertyAge, Kind: claims.KindDuration, Name: "age"})
	for _, id := range items {
		b.add(id, true, 0)
	}
	return b.set
}

type setBuilder struct {
	items Items
	m     *Map
	opts  SetOptions
	grade claims.Reliability
	set   *claims.Set
	done  map[string]bool
}

func (b *setBuilder) local(id string) string {
	if l, ok := b.opts.IDs[id]; ok {
		return l
	}
	return id
}

// maxPartOfDepth bounds the part_of links followed from an item.
const maxPartOfDepth = 8

// add adds item id as an entity, with its facts when full.
func (b *setBuilder) add(id string, full bool, depth int) {
	if b.done[id] {
		return
	}
	it, ok := b.items.Item(id)
	if !ok {
		return
	}
	b.done[id] = true
	e := claims.Entity{ID: b.local(id), Name: it.Label, Aliases: it.Aliases, Kind: kindOf(it, b.items.Item), Date: it.Date, Wikidata: id}
	for _, p := range it.PartOf {
		if depth < maxPartOfDepth {
			b.add(p, false, depth+1)
		}
		if b.done[p] {
			e.PartOf = append(e.PartOf, b.local(p))
		}
	}
	if e.Name == "" {
		e.Name = id
	}
	b.set.Entities = append(b.set.Entities, e)
	if !full {
		return
	}
	src := claims.Source{ID: "wikidata:" + id, Name: SourceName, URL: ItemURL(id),
		Publisher: "Wikimedia Foundation", Kind: "reference", Reliability: b.grade}
	b.set.Sources = append(b.set.Sources, src)
	for _, mp := range b.m.list {
		if mp.Role != RoleFact {
			continue
		}
		for _, p := range mp.Wikidata {
			ss := statementsOf(it, p)
			if len(ss) == 0 {
				continue
			}
			for _, f := range facts(e.ID, it, mp, ss, src.ID) {
				if f.Value.Entity != "" {
					b.add(f.Value.Entity, false, depth+1)
					if !b.done[f.Value.Entity] {
						continue // an entity the knowledge base lacks
					}
					f.Value.Entity = b.local(f.Value.Entity)
				}
				b.set.Facts = append(b.set.Facts, f)
			}
			if mp.Property.ID == PropertyDateOfBirth {
				b.set.Facts = append(b.set.Facts, ages(e, it, ss, src.ID)...)
			}
			break
		}
	}
}

// statementsOf returns the statements of property p that count: all
// those dated by a point in time (a series) or bounded by start and end
// times (the mayors of a city, each for a term), and of the others the
// best ranked.
func statementsOf(it *Item, p string) []ItemStatement {
	var dated, plain []ItemStatement
	for _, s := range it.Statements {
		if s.Property != p || s.Rank == RankDeprecated {
			continue
		}
		if !s.At.Start.IsZero() || !s.From.IsZero() || !s.Until.IsZero() {
			dated = append(dated, s) // each holds at its own time
		} else {
			plain = append(plain, s)
		}
	}
	best := RankNormal
	for _, s := range plain {
		if s.Rank == RankPreferred {
			best = RankPreferred
		}
	}
	out := dated
	for _, s := range plain {
		if s.Rank == best {
			out = append(out, s)
		}
	}
	return out
}

// facts converts the statements of one property of an item.
func facts(subject string, it *Item, mp Mapping, ss []ItemStatement, src string) []claims.Fact {
	// the series of dated statements, in time order
	var times []time.Time
	for _, s := range ss {
		if !s.At.Start.IsZero() {
			times = append(times, s.At.Start)
		}
	}
	slices.SortFunc(times, func(a, b time.Time) int { return a.Compare(b) })
	out := make([]claims.Fact, 0, len(ss))
	for _, s := range ss {
		f := claims.Fact{Subject: subject, Property: mp.Property.ID, Value: s.Value, Sources: []string{src},
			ValidFrom: s.From, ValidUntil: s.Until}
		if f.Value.Kind == claims.KindNumber && mp.Property.Kind == claims.KindCount {
			f.Value.Kind = claims.KindCount
		}
		if !s.At.Start.IsZero() {
			f.ValidFrom = s.At.Start
			// until the next later time of the series (the search's
			// comparison never says equal: i is the first later time)
			if i, ok := slices.BinarySearchFunc(times, s.At.Start, func(a, b time.Time) int {
				if a.After(b) {
					return 1
				}
				return -1
			}); ok || i < len(times) {
				f.ValidUntil = times[i]
			}
		}
		f.Quote = quote(it, mp, s)
		out = append(out, f)
	}
	return out
}

// quote says what the statement is, for the evidence: "Ludwig van
// Beethoven: date of birth (P569) 1770-12-16; references: stated in Q36578
// (retrieved 2015-10-10)".
func quote(it *Item, mp Mapping, s ItemStatement) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s: %s (%s) %s", it.Label, mp.Property.Name, s.Property, valueText(s.Value))
	if !s.At.Start.IsZero() {
		fmt.Fprintf(&b, " at %s (P585)", s.At.Text)
	}
	if !s.From.IsZero() {
		fmt.Fprintf(&b, " from %s", s.From.Format(time.DateOnly))
	}
	if !s.Until.IsZero() {
		fmt.Fprintf(&b, " until %s", s.Until.Format(time.DateOnly))
	}
	if s.Rank == RankPreferred {
		b.WriteString(", preferred rank")
	}
	if len(s.Refs) > 0 {
		b.WriteString("; references: ")
		for i, r := range s.Refs {
			if i > 0 {
				b.WriteString("; ")
			}
			var parts []string
			if r.StatedIn != "" {
				parts = append(parts, "stated in "+ItemURL(r.StatedIn))
			}
			if r.URL != "" {
				parts = append(parts, r.URL)
			}
			if r.Retrieved != "" {
				parts = append(parts, "retrieved "+r.Retrieved)
			}
			b.WriteString(strings.Join(parts, ", "))
		}
	}
	return b.String()
}

func valueText(v claims.Value) string {
	switch {
	case v.Entity != "":
		return v.Entity
	case v.Text != "":
		return v.Text
	}
	return v.Literal()
}

// maxAge bounds the ages derived from a date of birth.
const maxAge = 125

// ages derives a person's age facts from a date of birth of day
// precision: "N years" from the Nth birthday to the next, up to the date
// of death when the item gives one.
func ages(e claims.Entity, it *Item, births []ItemStatement, src string) []claims.Fact {
	if len(births) != 1 || births[0].Value.Granularity != claims.GranularityDay {
		return nil // no age can be derived from a year, or from dates that disagree
	}
	born := births[0].Value.Start
	var died time.Time
	for _, s := range it.Statements {
		if s.Property == "P570" && s.Rank != RankDeprecated && s.Value.Kind == claims.KindTime {
			died = s.Value.Start
		}
	}
	var out []claims.Fact
	for n := 0; n <= maxAge; n++ {
		from, until := born.AddDate(n, 0, 0), born.AddDate(n+1, 0, 0)
		if !died.IsZero() && !from.Before(died) {
			break
		}
		out = append(out, claims.Fact{Subject: e.ID, Property: PropertyAge,
			Value:     claims.Value{Kind: claims.KindDuration, Amount: float64(n), Unit: "year", Text: fmt.Sprintf("%d years", n)},
			ValidFrom: from, ValidUntil: until, Sources: []string{src},
			Quote: fmt.Sprintf("%s: date of birth (P569) %s, so %d years old from %s until %s",
				it.Label, born.Format(time.DateOnly), n, from.Format(time.DateOnly), until.Format(time.DateOnly))})
	}
	return out
}
