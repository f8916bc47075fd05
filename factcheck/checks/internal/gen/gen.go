// Package gen generates large, realistic claim sets with known findings, for
// the built-in checks' benchmarks and scale tests.
//
// A generated set has many subjects (events, organizations, people) and a
// gazetteer of places (countries, regions, cities, sites, linked by
// part_of), properties of every kind (money, counts, percentages,
// durations, times, places), and several claims per subject and property
// that mostly agree: the same figure written exactly, in full, "about" it
// or as a lower bound; the day, its month or its year; a city, its region
// or a site in it. Into that it plants, at fixed rates, a conflicting value
// (sometimes hedged), claims that call the value unknown, negations (of
// nothing, of the agreed value, of a value elsewhere), a claim about
// another time, and claims with neither attribution nor source. A
// knowledge base gives facts for a fraction of the keys, from sources of
// every reliability grade, some of them disagreeing.
//
// Because every planted case is built to relate to the others in one known
// way, the generator can say which findings the built-in checks must
// report: [Corpus.Want]. Generation is deterministic: the same size and
// seed give the same set.
package gen

import (
	"fmt"
	"math"
	"math/rand/v2"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/worthiness"
)

// Published is the publication date of every generated document.
var Published = time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)

// Rates of the planted cases, per key (subject and property) unless said.
const (
	rateConflict    = 0.06 // one claim gives an incompatible value
	rateHedgedConfl = 0.25 // of those, the conflicting claim is hedged
	rateUnknown     = 0.03 // one claim calls the value unknown
	rateNegNone     = 0.01 // one claim denies the statement, with no value
	rateNegCanon    = 0.015
	rateNegElse     = 0.015 // one claim denies a value elsewhere: no finding
	rateDated       = 0.03  // one claim speaks of 2019 with another value
	rateFacts       = 0.3   // the knowledge base has a fact for the key
	rateHedged      = 0.1   // per agreeing claim after the first
	rateAttributed  = 0.3   // per claim
	rateSourced     = 0.4   // per claim without attribution
	rateLowWorth    = 0.15  // per claim: an extractor scored it below 0.5
	rateScored      = 0.3   // per claim: an extractor scored it 0.8
)

// A Finding is one finding a check must report: the check's name and the
// ids of the claims it names, sorted.
type Finding struct {
	Check  string
	Claims []string
}

// A Corpus is a generated claim set and the findings the built-in checks
// must report on it.
type Corpus struct {
	Set *claims.Set

	meta []meta // what the generator knows of each claim, in set order
	keys int
}

// Want returns the findings checks.Default must report, in no particular
// order. It works them out on each call (from a few bytes kept per claim),
// so that a corpus holds little besides its set while it is checked.
func (c *Corpus) Want() []Finding {
	g := &generator{cls: c.Set.Claims, meta: c.meta, keys: c.keys}
	return g.want()
}

// Count returns the number of expected findings of each check.
func (c *Corpus) Count() map[string]int {
	m := make(map[string]int)
	for _, f := range c.Want() {
		m[f.Check]++
	}
	return m
}

// role is what a generated claim plays in its key.
type role uint8

const (
	agree    role = iota // a value compatible with every other agreeing one
	conflict             // a value incompatible with every agreeing one
	unknown              // the value is called unknown
	negNone              // the statement is denied, with no value
	negCanon             // the agreed (coarse) value is denied
	negElse              // a value elsewhere is denied
	dated                // a different value as of 2019
)

// meta is what the generator knows of a claim it generated.
type meta struct {
	key  int32
	role role
	// implies is set on agreeing claims whose value implies the key's
	// canonical (negCanon) value.
	implies bool
}

// property is a generated property and the kind of its values.
type property struct {
	id   string
	kind claims.Kind
	unit string
	// lo and hi bound the true figures of amounts, as powers of ten for
	// money and counts, plain for the others.
	lo, hi float64
}

var properties = []property{
	{id: "revenue", kind: claims.KindMoney, unit: "USD", lo: 5, hi: 10},
	{id: "budget", kind: claims.KindMoney, unit: "EUR", lo: 4, hi: 9},
	{id: "cost", kind: claims.KindMoney, unit: "GBP", lo: 3, hi: 9},
	{id: "staff", kind: claims.KindCount, unit: "employee", lo: 1, hi: 5},
	{id: "visitors", kind: claims.KindCount, unit: "visitor", lo: 2, hi: 7},
	{id: "market-share", kind: claims.KindPercent, unit: "%", lo: 1, hi: 60},
	{id: "growth", kind: claims.KindPercent, unit: "%", lo: 1, hi: 30},
	{id: "term", kind: claims.KindDuration, unit: "year", lo: 2, hi: 40},
	{id: "delay", kind: claims.KindDuration, unit: "month", lo: 2, hi: 36},
	{id: claims.PropertyTimeSince, kind: claims.KindDuration, unit: "year", lo: 2, hi: 25},
	{id: claims.PropertyDate, kind: claims.KindTime},
	{id: "opening", kind: claims.KindTime},
	{id: "venue", kind: claims.KindPlace},
	{id: "headquarters", kind: claims.KindPlace},
}

// Gazetteer sizes: countries, regions per country, cities per region,
// sites per city.
const (
	nCountries = 30
	nRegions   = 10
	nCities    = 8
	nSites     = 4
	nSources   = 200
)

var attributions = []string{
	"two White House officials", "Tass", "Reuters", "the company", "a spokesperson",
	"the ministry", "analysts", "the mayor's office", "local police", "the organizers",
}

// generator holds the state of one generation.
type generator struct {
	rng  *rand.Rand
	set  *claims.Set
	cls  []claims.Claim // the claims, in the set when done
	meta []meta         // one per claim
	keys int
}

// Order is the document order of a generated set's claims.
type Order uint8

const (
	// Articles orders claims as a pile of articles does: the claims about
	// a subject stand close together (blocks of about [articleClaims]
	// claims, a handful of subjects, are shuffled within), and a share of
	// them ([rateFollowUp]) come back anywhere later in the set, as
	// follow-up stories. It is the default.
	Articles Order = iota
	// Shuffled scatters every claim uniformly over the set: no two claims
	// of a key are near each other. It is the worst case for the caches
	// of the indexes that checking builds.
	Shuffled
)

// String returns the order's name: "articles" or "shuffled".
func (o Order) String() string {
	if o == Shuffled {
		return "shuffled"
	}
	return "articles"
}

// Claims per article block, and the share of claims moved far away, in
// Articles order.
const (
	articleClaims = 40
	rateFollowUp  = 0.15
)

// Generate returns a corpus of n claims in Articles order, from seed.
func Generate(n int, seed uint64) *Corpus { return GenerateOrder(n, seed, Articles) }

// GenerateOrder returns a corpus of n claims in the given order, from seed.
// The claims differ between orders only in their position and ids.
func GenerateOrder(n int, seed uint64, order Order) *Corpus {
	g := &generator{rng: rand.New(rand.NewPCG(seed, 0x7665726163697479))}
	g.set = &claims.Set{
		Version: 1,
		Document: claims.Document{
			Title:     fmt.Sprintf("generated claim set (%d claims, seed %d)", n, seed),
			Published: Published,
			Language:  "en",
		},
	}
	g.places()
	g.sourcesAndProperties()
	g.cls = make([]claims.Claim, 0, n)
	g.meta = make([]meta, 0, n)
	// Each subject has three properties; keys have three claims on
	// average.
	perm := make([]int, len(properties))
	for s := 0; len(g.cls) < n; s++ {
		subj := g.subject(s)
		for i := range perm {
			perm[i] = i
		}
		g.rng.Shuffle(len(perm), func(i, j int) { perm[i], perm[j] = perm[j], perm[i] })
		for _, p := range perm[:3] {
			if len(g.cls) >= n {
				break
			}
			g.key(subj, properties[p], n-len(g.cls))
		}
	}
	g.arrange(order)
	for i := range g.cls {
		g.cls[i].ID = "c" + strconv.Itoa(i+1)
	}
	g.set.Claims = g.cls
	return &Corpus{Set: g.set, meta: g.meta, keys: g.keys}
}

// arrange puts the claims, generated subject by subject, in document order.
func (g *generator) arrange(order Order) {
	swap := func(i, j int) {
		g.cls[i], g.cls[j] = g.cls[j], g.cls[i]
		g.meta[i], g.meta[j] = g.meta[j], g.meta[i]
	}
	// A separate source, so that both orders draw the same claims.
	rng := rand.New(rand.NewPCG(g.rng.Uint64(), 0x6f72646572))
	n := len(g.cls)
	if order == Shuffled {
		rng.Shuffle(n, swap)
		return
	}
	for lo := 0; lo < n; lo += articleClaims {
		hi := min(lo+articleClaims, n)
		rng.Shuffle(hi-lo, func(i, j int) { swap(lo+i, lo+j) })
	}
	for range int(float64(n) * rateFollowUp / 2) {
		swap(rng.IntN(n), rng.IntN(n))
	}
}

// places adds the gazetteer: countries, regions, cities and sites.
func (g *generator) places() {
	for c := range nCountries {
		cid := fmt.Sprintf("country-%d", c)
		g.set.Entities = append(g.set.Entities, claims.Entity{ID: cid, Name: fmt.Sprintf("Country %d", c), Kind: claims.EntityPlace})
		for r := range nRegions {
			rid := fmt.Sprintf("%s-region-%d", cid, r)
			g.set.Entities = append(g.set.Entities, claims.Entity{ID: rid, Name: fmt.Sprintf("Region %d of Country %d", r, c), Kind: claims.EntityPlace, PartOf: []string{cid}})
			for t := range nCities {
				tid := fmt.Sprintf("%s-city-%d", rid, t)
				g.set.Entities = append(g.set.Entities, claims.Entity{ID: tid, Name: fmt.Sprintf("City %d.%d.%d", c, r, t), Kind: claims.EntityPlace, PartOf: []string{rid}})
				for s := range nSites {
					g.set.Entities = append(g.set.Entities, claims.Entity{ID: fmt.Sprintf("%s-site-%d", tid, s), Name: fmt.Sprintf("Site %d of City %d.%d.%d", s, c, r, t), Kind: claims.EntityPlace, PartOf: []string{tid}})
				}
			}
		}
	}
}

func regionID(c, r int) string        { return fmt.Sprintf("country-%d-region-%d", c, r) }
func cityID(c, r, t int) string       { return fmt.Sprintf("%s-city-%d", regionID(c, r), t) }
func siteID(c, r, t, s int) string    { return fmt.Sprintf("%s-site-%d", cityID(c, r, t), s) }
func sourceID(i int) string           { return "source-" + strconv.Itoa(i) }
func place(id string) claims.Value    { return claims.Value{Kind: claims.KindPlace, Entity: id} }
func subjectID(s int) string          { return "subject-" + strconv.Itoa(s) }
func day(y, m, d int) time.Time       { return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC) }
func yearOf(t time.Time) claims.Value { return timeValue(day(t.Year(), 1, 1), claims.GranularityYear) }

// sourcesAndProperties adds sources of every grade (A to F and ungraded)
// and declares the properties.
func (g *generator) sourcesAndProperties() {
	kinds := claims.SourceKinds
	for i := range nSources {
		g.set.Sources = append(g.set.Sources, claims.Source{
			ID: sourceID(i), Name: fmt.Sprintf("Source %d", i), Kind: kinds[i%len(kinds)],
			URL:         fmt.Sprintf("https://example.org/source/%d", i),
			Reliability: claims.Reliability(i % 7), // unknown, A … F
		})
	}
	for _, p := range properties {
		if p.id == claims.PropertyDate || p.id == claims.PropertyTimeSince {
			continue
		}
		g.set.Properties = append(g.set.Properties, claims.Property{ID: p.id, Kind: p.kind, Name: strings.ReplaceAll(p.id, "-", " ")})
	}
}

// subject adds subject s (an event, an organization or a person) and
// returns its id. Half the events have a date.
func (g *generator) subject(s int) string {
	id := subjectID(s)
	e := claims.Entity{ID: id, Kind: []claims.EntityKind{claims.EntityEvent, claims.EntityOrganization, claims.EntityPerson}[s%3]}
	e.Name = fmt.Sprintf("%s %d", []string{"Event", "Organization", "Person"}[s%3], s)
	if e.Kind == claims.EntityEvent && g.rng.IntN(2) == 0 {
		e.Date = timeValue(g.randomDay(), claims.GranularityDay)
	}
	g.set.Entities = append(g.set.Entities, e)
	return id
}

func (g *generator) randomDay() time.Time {
	return day(2000+g.rng.IntN(25), 1, 1).AddDate(0, 0, g.rng.IntN(365))
}

func timeValue(start time.Time, gr claims.Granularity) claims.Value {
	v := claims.Value{Kind: claims.KindTime, Start: start, Granularity: gr}
	switch gr {
	case claims.GranularityDay:
		v.End = start.AddDate(0, 0, 1)
	case claims.GranularityMonth:
		v.End = start.AddDate(0, 1, 0)
	case claims.GranularityYear:
		v.End = start.AddDate(1, 0, 0)
	}
	v.Text = claims.Value{Kind: claims.KindTime, Start: v.Start, End: v.End, Granularity: gr}.Literal()
	return v
}

// values are the values one key's claims are drawn from.
type values struct {
	agree    []claims.Value // mutually compatible
	implies  []bool         // whether agree[i] implies canon
	canon    claims.Value   // the coarse value a negCanon claim denies
	conflict claims.Value   // incompatible with every agreeing value
	elsewhere,
	other claims.Value // denied elsewhere; given as of 2019
}

// key adds the claims of one subject and property, at most limit of them.
func (g *generator) key(subject string, p property, limit int) {
	k := int32(g.keys)
	g.keys++
	vs := g.values(p)

	roles := []role{agree}
	for range g.rng.IntN(5) {
		roles = append(roles, agree)
	}
	for _, r := range []struct {
		role role
		rate float64
	}{{conflict, rateConflict}, {unknown, rateUnknown}, {negNone, rateNegNone},
		{negCanon, rateNegCanon}, {negElse, rateNegElse}, {dated, rateDated}} {
		if g.rng.Float64() < r.rate {
			roles = append(roles, r.role)
		}
	}
	roles = roles[:min(len(roles), limit)]
	for i, r := range roles {
		c := claims.Claim{Subject: subject, Property: p.id}
		m := meta{key: k, role: r}
		switch r {
		case agree:
			j := g.rng.IntN(len(vs.agree))
			c.Value, m.implies = vs.agree[j], vs.implies[j]
			if i > 0 && g.rng.Float64() < rateHedged {
				c.Modality = claims.ModalityHedged
			}
		case conflict:
			c.Value = vs.conflict
			if g.rng.Float64() < rateHedgedConfl {
				c.Modality = claims.ModalityHedged
			}
		case unknown:
			c.Modality = claims.ModalityUnknown
		case negNone:
			c.Modality = claims.ModalityNegated
		case negCanon:
			c.Modality, c.Value = claims.ModalityNegated, vs.canon
		case negElse:
			c.Modality, c.Value = claims.ModalityNegated, vs.elsewhere
		case dated:
			c.Value = vs.other
			c.AsOf = timeValue(day(2019, 1, 1), claims.GranularityYear)
		}
		g.decorate(&c)
		g.cls = append(g.cls, c)
		g.meta = append(g.meta, m)
	}
	if g.rng.Float64() < rateFacts {
		g.facts(subject, p, vs)
	}
}

// decorate gives a claim its text, attribution, sources and worthiness.
func (g *generator) decorate(c *claims.Claim) {
	val := c.Value.String()
	if c.Value.Kind.IsEntity() {
		val = c.Value.Entity
	}
	switch c.Modality {
	case claims.ModalityUnknown:
		c.Text = fmt.Sprintf("the %s of %s is not yet known", c.Property, c.Subject)
	case claims.ModalityNegated:
		if val == "" {
			c.Text = fmt.Sprintf("%s denied any %s", c.Subject, c.Property)
		} else {
			c.Text = fmt.Sprintf("the %s of %s is not %s", c.Property, c.Subject, val)
		}
	case claims.ModalityHedged:
		c.Text = fmt.Sprintf("the %s of %s may be %s", c.Property, c.Subject, val)
	default:
		c.Text = fmt.Sprintf("the %s of %s is %s", c.Property, c.Subject, val)
	}
	switch x := g.rng.Float64(); {
	case x < rateAttributed:
		c.Attribution = attributions[g.rng.IntN(len(attributions))]
	case x < rateAttributed+(1-rateAttributed)*rateSourced:
		c.Sources = []string{sourceID(g.rng.IntN(nSources))}
		if g.rng.IntN(4) == 0 {
			c.Sources = append(c.Sources, sourceID(g.rng.IntN(nSources)))
		}
	}
	switch x := g.rng.Float64(); {
	case x < rateLowWorth:
		c.Worthiness = 0.3
	case x < rateLowWorth+rateScored:
		c.Worthiness = 0.8
	}
}

// facts adds reference facts for a key: the canonical value from one or two
// sources, sometimes a disagreeing one.
func (g *generator) facts(subject string, p property, vs values) {
	truth := vs.agree[0]
	f := claims.Fact{Subject: subject, Property: p.id, Value: truth, Sources: []string{sourceID(g.rng.IntN(nSources))}}
	if g.rng.IntN(3) == 0 {
		f.Sources = append(f.Sources, sourceID(g.rng.IntN(nSources)))
	}
	f.Quote = fmt.Sprintf("%s: %s", p.id, truth.String())
	g.set.Facts = append(g.set.Facts, f)
	if g.rng.IntN(5) == 0 {
		g.set.Facts = append(g.set.Facts, claims.Fact{Subject: subject, Property: p.id, Value: vs.conflict,
			Sources: []string{sourceID(g.rng.IntN(nSources))}})
	}
}

// values draws the values of a key of property p.
func (g *generator) values(p property) values {
	switch p.kind {
	case claims.KindTime:
		return g.timeValues()
	case claims.KindPlace:
		return g.placeValues()
	}
	return g.amountValues(p)
}

// amountValues draws a figure A written to two significant digits and
// gives: A as written (precision of the last digit), A in full, about A
// and more than A/2 (which does not imply A) as agreeing values; 0.3·A in
// conflict; 3·A elsewhere; 0.7·A as of 2019.
func (g *generator) amountValues(p property) values {
	var a, prec float64
	switch p.kind {
	case claims.KindMoney, claims.KindCount:
		e := p.lo + g.rng.Float64()*(p.hi-p.lo)
		a = math.Pow(10, e)
		scale := math.Pow(10, math.Floor(math.Log10(a))-1)
		a = math.Round(a/scale) * scale
		prec = scale / 2
		if p.kind == claims.KindCount {
			a, prec = math.Max(10, math.Round(a)), 0
		}
	case claims.KindPercent:
		a = math.Round((p.lo+g.rng.Float64()*(p.hi-p.lo))*10) / 10
		prec = 0.05
	default:
		a = float64(int(p.lo) + g.rng.IntN(int(p.hi-p.lo)))
		prec = 0.5
	}
	val := func(x, pr float64, cmp claims.Comparator) claims.Value {
		return claims.Value{Kind: p.kind, Amount: x, Unit: p.unit, Precision: pr, Cmp: cmp}
	}
	written := val(a, prec, claims.CmpEqual)
	if p.kind == claims.KindMoney {
		written.Text = moneyText(a, p.unit)
	}
	full := val(a, 0, claims.CmpEqual)
	return values{
		agree:     []claims.Value{written, full, val(a, prec, claims.CmpAbout), val(a/2, 0, claims.CmpGreater)},
		implies:   []bool{true, true, true, false},
		canon:     full,
		conflict:  val(a*0.3, prec*0.3, claims.CmpEqual),
		elsewhere: val(a*3, 0, claims.CmpEqual),
		other:     val(a*0.7, prec*0.7, claims.CmpEqual),
	}
}

// moneyText writes an amount as an article does: "$7.2 million".
func moneyText(a float64, unit string) string {
	sym := map[string]string{"USD": "$", "EUR": "€", "GBP": "£"}[unit]
	for _, s := range []struct {
		word string
		x    float64
	}{{"billion", 1e9}, {"million", 1e6}} {
		if a >= s.x {
			return sym + strconv.FormatFloat(a/s.x, 'f', -1, 64) + " " + s.word
		}
	}
	return sym + strconv.FormatFloat(a, 'f', 0, 64)
}

// timeValues draws a day D and gives: D, its month and its year as
// agreeing values (each implies the year, the canonical value); the year
// three years before in conflict; eight years before elsewhere; the year
// before as of 2019.
func (g *generator) timeValues() values {
	d := g.randomDay()
	year := yearOf(d)
	return values{
		agree: []claims.Value{
			timeValue(d, claims.GranularityDay),
			timeValue(day(d.Year(), int(d.Month()), 1), claims.GranularityMonth),
			year,
		},
		implies:   []bool{true, true, true},
		canon:     year,
		conflict:  yearOf(d.AddDate(-3, 0, 0)),
		elsewhere: yearOf(d.AddDate(-8, 0, 0)),
		other:     yearOf(d.AddDate(-1, 0, 0)),
	}
}

// placeValues draws a city and gives: the city, its region and a site in
// it as agreeing values (each implies the region, the canonical value); a
// city of another region in conflict; a city of a third region elsewhere;
// another city of the same region as of 2019.
func (g *generator) placeValues() values {
	c, r, t := g.rng.IntN(nCountries), g.rng.IntN(nRegions), g.rng.IntN(nCities)
	r2 := (r + 1 + g.rng.IntN(nRegions-2)) % nRegions
	r3 := (r2 + 1) % nRegions
	if r3 == r {
		r3 = (r3 + 1) % nRegions
	}
	return values{
		agree:     []claims.Value{place(cityID(c, r, t)), place(regionID(c, r)), place(siteID(c, r, t, g.rng.IntN(nSites)))},
		implies:   []bool{true, true, true},
		canon:     place(regionID(c, r)),
		conflict:  place(cityID(c, r2, g.rng.IntN(nCities))),
		elsewhere: place(cityID(c, r3, g.rng.IntN(nCities))),
		other:     place(cityID(c, r, (t+1)%nCities)),
	}
}

// want returns the findings the built-in checks must report, by the
// construction of each key:
//
//   - value-conflict: the conflicting claim with each agreeing claim;
//   - certainty-conflict: each unknown claim with the asserted agreeing and
//     conflicting claims (the claim as of 2019 speaks of another time);
//   - polarity-conflict: a denial without value with each asserted claim,
//     a denial of the canonical value with each asserted claim that implies
//     it, a denial elsewhere with none;
//   - unsourced: each check-worthy asserted or hedged claim with a value
//     and neither attribution nor source.
func (g *generator) want() []Finding {
	byKey := make([][]int, g.keys)
	for i, m := range g.meta {
		byKey[m.key] = append(byKey[m.key], i)
	}
	var out []Finding
	ids := func(is ...int) []string {
		s := make([]string, len(is))
		for j, i := range is {
			s[j] = g.cls[i].ID
		}
		return s
	}
	asserted := func(i int) bool {
		return g.cls[i].Modality == claims.ModalityAsserted && (g.meta[i].role == agree || g.meta[i].role == conflict)
	}
	for _, idx := range byKey {
		for _, i := range idx {
			c, role := &g.cls[i], g.meta[i].role
			switch role {
			case conflict:
				for _, j := range idx {
					if g.meta[j].role == agree {
						out = append(out, Finding{"value-conflict", ids(i, j)})
					}
				}
			case unknown:
				group := []int{i}
				for _, j := range idx {
					if asserted(j) {
						group = append(group, j)
					}
				}
				if len(group) > 1 {
					out = append(out, Finding{"certainty-conflict", ids(group...)})
				}
			case negNone, negCanon:
				for _, j := range idx {
					if asserted(j) && (role == negNone || g.meta[j].implies) {
						out = append(out, Finding{"polarity-conflict", ids(i, j)})
					}
				}
			}
			if (c.Modality == claims.ModalityAsserted || c.Modality == claims.ModalityHedged) && !c.Value.IsZero() &&
				(c.Worthiness == 0 || c.Worthiness >= worthiness.Default().Threshold()) && c.Attribution == "" && len(c.Sources) == 0 {
				out = append(out, Finding{"unsourced", ids(i)})
			}
		}
	}
	for i := range out {
		slices.Sort(out[i].Claims)
	}
	return out
}
