package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// Units of time for durations and ages.
var durationUnits = lexicon(map[string]string{
	"year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month", "months": "month",
	"week": "week", "weeks": "week", "day": "day", "days": "day", "hour": "hour", "hours": "hour",
	"hr": "hour", "hrs": "hour", "minute": "minute", "minutes": "minute", "mins": "minute",
	"second": "second", "seconds": "second", "decade": "decade", "decades": "decade",
	"century": "century", "centuries": "century", "fortnight": "week", "fortnights": "week",
	"sec": "second", "secs": "second", "min": "minute", "night": "day", "nights": "day",
})

// gluedDurationUnits are the letters that make a duration only when glued
// to their figure: "3h", "3Y", "2W".
var gluedDurationUnits = lexicon(map[string]string{"h": "hour", "y": "year", "w": "week"})

// durationCues before "a" or "an" and a unit make it a duration: "for an
// hour", "more than a day", "took a week"; "twice a day" is a rate and
// "a day of mourning" a day.
var durationCues = words(`for within about around nearly almost over than under only just least most
	took take takes taking lasted last lasts lasting spent spend spends spending wait waited
	waiting in`)

// Units of measure for other quantities, by their folded spelling.
var measureUnits = lexicon(map[string]string{
	"km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
	"mile": "mile", "miles": "mile", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
	"cm": "cm", "mm": "mm", "kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilos": "kg",
	"tonne": "tonne", "tonnes": "tonne", "ton": "ton", "tons": "ton", "lb": "lb", "lbs": "lb",
	"ft": "ft", "feet": "ft", "foot": "ft", "inch": "inch", "inches": "inch", "mph": "mph",
	"kph": "km/h", "acre": "acre", "acres": "acre", "hectare": "hectare", "hectares": "hectare",
	"barrel": "barrel", "barrels": "barrel", "gallon": "gallon", "gallons": "gallon",
	"litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre", "mw": "MW",
	"gw": "GW", "kwh": "kWh", "gb": "GB", "tb": "TB", "mb": "MB", "degrees": "degree",
	"sq": "sq", "square": "sq",
})

// metreContext words after "100m" make it metres.
var metreContext = words(`sprint race hurdles dash freestyle backstroke breaststroke butterfly relay
	medley deep high tall long wide away final`)

// irregular plurals and their singulars.
var irregularPlurals = lexicon(map[string]string{
	"people": "person", "men": "man", "women": "woman", "children": "child", "police": "police",
	"staff": "staff", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
	"data": "data", "media": "media", "personnel": "personnel", "cattle": "cattle",
	"sheep": "sheep", "fish": "fish", "buses": "bus", "gases": "gas", "series": "series", "species": "species", "aircraft": "aircraft", "troops": "troop", "crew": "crew",
})

// adjectives that modify a counted noun but are not part of its name.
var countAdjectives = words(`known unknown new old big small large major other more additional separate
	different key top main further total former current recent possible early late last next
	previous young long short high low full own same such many few several various extra whole
	official unofficial confirmed reported alleged estimated potential only`)

// matchQuantity reads a quantity at token i: money, a percentage, a
// duration or age, a measure, a count or a bare number, with a comparator
// before or after.
func (d *doc) matchQuantity(i, limit int) (mention, bool) {
	if d.f(i) == "aged" {
		// "aged 62": an age in years
		if n, ok := d.parseNumber(i+1, limit); ok && !n.ordinal && n.amount > 0 && n.amount < 150 {
			m := mention{first: i + 1, last: n.end, age: true}
			m.val = claims.Value{Kind: claims.KindDuration, Amount: n.amount, Unit: "year", Precision: n.precision}
			return m, true
		}
		return mention{}, false
	}
	if pm, ok := d.percentOf(i, limit); ok {
		return pm, true
	}
	cmp, j := d.comparatorAt(i, limit)
	m := mention{first: i}
	if cmp == cmpGT && j == i+1 && d.f(i) == "over" && d.afterFigure(i) && j+1 < limit && durationUnits.at(d.f(j+1)) != "" {
		// "worth £780,000 over two years", "rose 5% over the year": the
		// period a figure is spread across, not a comparison.
		cmp, m.first = cmpEq, j
	}
	// A code glued to its figure: "USD115".
	if j >= limit {
		return m, false // a comparator at the end: "0000ABout"
	}
	if j > i && d.toks[j].Kind == text.Number && j+1 < limit && (d.toks[j+1].Glued() || d.toks[j+1].lex&lxMonth != 0) {
		// "about 2019-Q1", "before 3 May": a time finer than a year is
		// read as a time, from its own token
		if tm, ok := d.matchTime(j, limit); ok && tm.val.Kind == claims.KindTime && tm.val.Granularity != claims.GranularityYear && tm.val.Granularity != claims.GranularityUnknown {
			return m, false
		}
	}
	if code, amount, ok := d.gluedCode(j); ok {
		m.val = claims.Value{Kind: claims.KindMoney, Amount: amount, Unit: code, Precision: 0.5}
		return d.finishQuantity(m, cmp, j+1, limit), true
	}
	// Money with the currency first: "$7.2 million", "US$5bn", "EUR 3m".
	if code, k, ok := d.currencyBefore(j, limit); ok {
		n, ok := d.parseNumber(k, limit)
		if !ok || n.ordinal || n.words && !n.scaled && d.toks[k].Kind != text.Word {
			return m, false
		}
		if _, s, ok := scaledCode(d.toks[j], d.f(j)); ok {
			n.amount *= s // "MAUD 60"
			n.precision *= s
		}
		end := n.end
		if c2, _, e, ok := d.currencyAfter(end, limit); ok && c2 == code {
			end = e // "$5 USD"
		}
		m.val = claims.Value{Kind: claims.KindMoney, Amount: n.amount, Unit: code, Precision: n.precision}
		end = d.moneyCents(&m.val, end, limit)
		return d.finishQuantity(m, cmp, end, limit), true
	}
	if dm, ok := d.wordDuration(i, j, limit); ok {
		return d.finishQuantity(dm, cmp, dm.last, limit), true
	}
	n, ok := d.parseNumber(j, limit)
	if !ok {
		return m, false
	}
	if n.ordinal {
		if cmp != cmpEq {
			return m, false
		}
		m.ordinal = true
		m.val = claims.Value{Kind: claims.KindNumber, Amount: n.amount}
		m.last = n.end
		return m, true
	}
	k := n.end
	// Percentages: "8%", "8 per cent", "3 percentage points".
	switch {
	case k < limit && d.f(k) == "%":
		m.val = claims.Value{Kind: claims.KindPercent, Amount: n.amount, Unit: "%", Precision: n.precision}
		return d.finishQuantity(m, cmp, k+1, limit), true
	case d.fAt(k) == "per" && d.fAt(k+1) == "cent" && k+1 < limit, (d.fAt(k) == "percent" || d.fAt(k) == "percents") && k < limit:
		end := k + 1
		if d.fAt(k) == "per" {
			end = k + 2
		}
		m.val = claims.Value{Kind: claims.KindPercent, Amount: n.amount, Unit: "%", Precision: n.precision}
		return d.finishQuantity(m, cmp, end, limit), true
	case d.fAt(k) == "percentage" && (d.fAt(k+1) == "points" || d.fAt(k+1) == "point") && k+1 < limit:
		m.val = claims.Value{Kind: claims.KindPercent, Amount: n.amount, Unit: "pp", Precision: n.precision}
		return d.finishQuantity(m, cmp, k+2, limit), true
	}
	// Money with the currency after: "5 dollars", "12p", "50 pence",
	// "a 12-cent dividend", "75 USD million".
	ck := k
	if d.fAt(k) == "-" && k+1 < limit && d.toks[k].Glued() && d.toks[k+1].Glued() {
		ck = k + 1
	}
	if code, div, end, ok := d.currencyAfter(ck, limit); ok && !(n.weakScale && div != 1) && (ck == k || div != 1 || d.toks[ck].Kind == text.Word && !d.toks[ck].Has(text.Upper)) {
		m.val = claims.Value{Kind: claims.KindMoney, Amount: n.amount / div, Unit: code, Precision: n.precision / div}
		if s := scaleWords.at(d.fAt(end)); s != 0 && end < limit && div == 1 && !n.scaled {
			m.val.Amount *= s
			m.val.Precision *= s
			end++
		}
		if div == 1 {
			end = d.moneyCents(&m.val, end, limit)
		}
		return d.finishQuantity(m, cmp, end, limit), true
	}
	// Ages: "62-year-old", "62 years old", "aged 62".
	if k+3 < limit+1 && d.fAt(k) == "-" && durationUnits.at(d.fAt(k+1)) == "year" && d.fAt(k+2) == "-" && d.fAt(k+3) == "old" && k+3 < limit {
		m.val = claims.Value{Kind: claims.KindDuration, Amount: n.amount, Unit: "year", Precision: n.precision}
		m.age = true
		return d.finishQuantity(m, cmp, k+4, limit), true
	}
	if y := d.fAt(k); (y == "yo" || y == "y/o") && k < limit && n.amount > 0 && n.amount < 150 && !n.ordinal {
		// "an 87 yo man": an age in years, as clinical notes write it
		m.val = claims.Value{Kind: claims.KindDuration, Amount: n.amount, Unit: "year", Precision: n.precision}
		m.age = true
		return d.finishQuantity(m, cmp, k+1, limit), true
	}
	if n.weakScale {
		// "100m sprint" without a currency is a length in metres; "5m
		// people" and "10M" are millions.
		switch last := n.end - 1; {
		case d.f(last) == "m" && !d.toks[last].Has(text.Cap) && d.inAt(metreContext, n.end):
			m.val = claims.Value{Kind: claims.KindQuantity, Amount: n.amount / 1e6, Unit: "m", Precision: n.precision / 1e6}
			return d.finishQuantity(m, cmp, n.end, limit), true
		}
	}
	// Durations: "three and a half years", "four-year", "90 minutes".
	u := k
	if u < limit && d.f(u) == "-" && d.toks[u].Glued() {
		u++
	}
	if a := d.fAt(u); (a == "a" || a == "an") && n.amount == 0.5 && d.f(n.end-1) == "half" && u+1 < limit && durationUnits.at(d.f(u+1)) != "" {
		u++ // "half an hour", "half a year"
	}
	half := 0.0
	if d.fAt(u) == "and" && d.fAt(u+1) == "half" && u+2 < limit {
		half, u = 0.5, u+2 // "one and half hour"
	}
	unit, ok := durationUnits.get(d.fAt(u))
	if !ok && u == k && u < limit && d.toks[u].Glued() && (u+1 >= limit || !d.toks[u+1].Glued() || d.toks[u+1].Kind == text.Punct) {
		unit, ok = gluedDurationUnits.get(d.fAt(u))
	}
	if w := d.fAt(u); (w == "weekend" || w == "weekends") && u < limit && d.fAt(u+1) != "ago" {
		// "three weekends": two days each
		m.val = claims.Value{Kind: claims.KindDuration, Amount: 2 * n.amount, Unit: "day", Precision: n.precision}
		return d.finishQuantity(m, cmp, u+1, limit), true
	}
	if ok && u < limit && d.toks[u].Has(text.Cap) && !d.toks[u].Has(text.Upper) && !d.sentenceStart(u) && d.toks[u].Kind == text.Word && len(d.f(u)) > 1 {
		ok = false // "One Night", "28 Days Later": a title
	}
	if ok && u < limit {
		if nx := d.fAt(u + 1); nx == "ago" || (nx == "earlier" || nx == "later") && unitGranularity.at(unit) != 0 {
			return m, false // a relative time, read by matchTime
		}
		amount := n.amount + half
		end := u + 1
		if frac, e := d.andFraction(end, limit); e > end {
			amount += frac
			end = e
		}
		if d.fAt(end) == "old" && end < limit && unit == "year" {
			end++
			m.age = true
		}
		if d.fAt(u) == "fortnight" || d.fAt(u) == "fortnights" {
			amount *= 2
		}
		m.val = claims.Value{Kind: claims.KindDuration, Amount: amount, Unit: unit, Precision: n.precision}
		if !m.age {
			end = d.compoundDuration(&m.val, end, limit)
		}
		return d.finishQuantity(m, cmp, end, limit), true
	}
	// Measures: "12 km", "3 tonnes", "100m" (glued metres), and before
	// a noun "a 2.1-mile bridge", "a 300-acre site".
	mk := k
	if d.fAt(k) == "-" && k+1 < limit && d.toks[k].Glued() && d.toks[k+1].Glued() && d.toks[k+1].Kind == text.Word {
		mk = k + 1
	}
	if unit, ok := measureUnits.get(d.fAt(mk)); ok && mk < limit && (unit != "m" || d.toks[mk].Glued() && mk == k) && (mk == k || unit != "sq") {
		k = mk
		end := k + 1
		if unit == "sq" {
			if u2, ok := measureUnits.get(d.fAt(k + 1)); ok && k+1 < limit {
				unit = "sq " + u2
				end++
			} else {
				goto count
			}
		}
		m.val = claims.Value{Kind: claims.KindQuantity, Amount: n.amount, Unit: unit, Precision: n.precision}
		return d.finishQuantity(m, cmp, end, limit), true
	}
count:
	// Counts: "five known phone calls".
	if c2, k2 := d.cmpAfterFigure(cmp, k, limit, true); k2 > k {
		if _, _, ok := d.countedNoun(k2, limit, n.amount); ok {
			cmp, k = c2, k2 // "200 or more fans", "some 300 or fewer jobs"
		}
	}
	if noun, end, ok := d.countedNoun(k, limit, n.amount); ok && !n.fraction {
		m.val = claims.Value{Kind: claims.KindCount, Amount: n.amount, Unit: noun, Precision: n.precision}
		m.last = end
		m.val.Cmp = claims.Comparator(cmp)
		return m, true
	}
	if n.words && n.amount == 1 && cmp == cmpEq && !n.scaled {
		return m, false // "one of them", "a"
	}
	m.val = claims.Value{Kind: claims.KindNumber, Amount: n.amount, Precision: n.precision}
	return d.finishQuantity(m, cmp, n.end, limit), true
}

// finishQuantity sets the comparator, reading "or more" after the figure,
// and the end of the mention.
func (d *doc) finishQuantity(m mention, cmp, end, limit int) mention {
	cmp, end = d.cmpAfterFigure(cmp, end, limit, false)
	m.val.Cmp = claims.Comparator(cmp)
	m.last = end
	return m
}

// cmpAfterFigure reads a comparison after a figure ending before token
// end whose comparison before it is cmp, and returns the comparison and
// the token after it (nounNext as for comparatorAfter). "Or more" and the like bound a plain or hedged
// figure ("500 or more", "about five hundred or more": at least 500); "or
// equal to" makes a strict bound include its figure ("more than 5000 or
// equal to").
func (d *doc) cmpAfterFigure(cmp, end, limit int, nounNext bool) (int, int) {
	switch cmp {
	case cmpEq, cmpAbout:
		if c2, e2 := d.comparatorAfter(end, limit, nounNext); e2 > end && (cmp == cmpEq || c2 != cmpAbout) {
			return c2, e2
		}
	case cmpGT, cmpLT:
		if e2 := d.orEqualAfter(end, limit); e2 > end {
			return cmp + 1, e2 // cmpGE follows cmpGT, cmpLE cmpLT
		}
	}
	return cmp, end
}

// countedNoun reads the noun a count counts, starting at token k: "known
// phone calls" gives "phone call". Adjectives are dropped and the head noun
// made singular. It returns the token after the noun.
func (d *doc) countedNoun(k, limit int, amount float64) (string, int, bool) {
	var nouns []string
	seenLower := false
	for j := k; j < limit && j < k+5; j++ {
		t := d.toks[j]
		if t.Kind != text.Word {
			break
		}
		w := d.f(j)
		if d.tokMen[j] >= 0 || t.Has(text.Cap) {
			if seenLower {
				break
			}
			nouns = nouns[:0] // a name as modifier: "two White House officials"
			continue
		}
		if d.in(functionWords, j) || d.in(speechVerbs, j) || d.in(hedgeWords, j) || strings.HasSuffix(w, "ly") {
			break
		}
		seenLower = true
		if sing, ok := irregularPlurals.get(w); ok {
			return joinNoun(nouns, sing), j + 1, true
		}
		if amount != 1 && isPlural(w) {
			return joinNoun(nouns, singular(w)), j + 1, true
		}
		if amount == 1 && (j+1 >= limit || d.toks[j+1].Kind != text.Word || d.in(functionWords, j+1)) && !d.in(countAdjectives, j) {
			return joinNoun(nouns, w), j + 1, true
		}
		if d.in(countAdjectives, j) || adjectiveLike(w) {
			continue
		}
		nouns = append(nouns, w)
	}
	return "", k, false
}

func joinNoun(mods []string, head string) string {
	if len(mods) > 1 {
		mods = mods[len(mods)-1:]
	}
	if len(mods) == 0 {
		return head
	}
	return mods[0] + " " + head
}

// isPlural reports whether a lower-case word looks like a plural noun.
func isPlural(w string) bool {
	if len(w) < 3 || !strings.HasSuffix(w, "s") {
		return false
	}
	return !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "'s")
}

// singular returns the singular of a regular plural.
func singular(w string) string {
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"):
		return w[:len(w)-2]
	}
	return w[:len(w)-1]
}

// adjectiveLike reports whether a word looks like an adjective by its
// ending.
func adjectiveLike(w string) bool {
	for _, suf := range []string{"ed", "ous", "ful", "ive", "ic", "able", "ible", "less", "ish", "ian", "al"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// percentOf reads a percentage that names its figure after it, "per cent
// of twenty-two", at the start of a sentence or after punctuation, where
// no figure before it can be what it qualifies.
func (d *doc) percentOf(i, limit int) (mention, bool) {
	j := i
	switch {
	case d.f(i) == "percent":
		j++
	case d.f(i) == "per" && d.fAt(i+1) == "cent":
		j += 2
	default:
		return mention{}, false
	}
	if i > 0 && d.tokSent[i-1] == d.tokSent[i] && d.toks[i-1].Kind != text.Punct || d.fAt(j) != "of" || j+1 >= limit {
		return mention{}, false
	}
	n, ok := d.parseNumber(j+1, limit)
	if !ok || n.ordinal || n.end < limit && d.toks[n.end].Kind == text.Word && !d.in(functionWords, n.end) {
		return mention{}, false
	}
	m := mention{first: i, last: n.end}
	m.val = claims.Value{Kind: claims.KindPercent, Amount: n.amount, Unit: "%", Precision: n.precision}
	return m, true
}

// andFraction reads "and a half", "and half", "and a quarter" after a
// unit of time at token k, and returns the fraction and the token after.
func (d *doc) andFraction(k, limit int) (float64, int) {
	if d.fAt(k) != "and" || k+1 >= limit {
		return 0, k
	}
	j := k + 1
	if d.f(j) == "a" {
		j++
	}
	switch d.fAt(j) {
	case "half":
		if j < limit {
			return 0.5, j + 1
		}
	case "quarter":
		if j < limit && j > k+1 {
			return 0.25, j + 1
		}
	}
	return 0, k
}

// compoundDuration adds the smaller units that follow a duration ending
// before token k to it: "1 hour and 30 minutes" is 90 minutes, "2 weeks 3
// days" 17 days. It returns the token after the last one read.
func (d *doc) compoundDuration(v *claims.Value, k, limit int) int {
	for range 3 {
		j := k
		if d.fAt(j) == "and" || d.fAt(j) == "," {
			j++
		}
		n, ok := d.parseNumber(j, limit)
		if !ok || n.ordinal || n.fraction || n.end >= limit {
			return k
		}
		unit, ok := durationUnits.get(d.f(n.end))
		if !ok {
			return k
		}
		big, _ := claims.DurationUnitDays(v.Unit)
		small, ok2 := claims.DurationUnitDays(unit)
		if !ok2 || small >= big || d.fAt(n.end+1) == "ago" {
			return k
		}
		v.Amount = v.Amount*big/small + n.amount
		v.Unit = unit
		k = n.end + 1
	}
	return k
}

// wordDuration reads a duration without a figure at token j (i where its
// comparator starts): "an hour" or "a week" after a cue ("for an hour",
// "more than a day", "wait another month"), "an hour and a half", "a
// couple of days" (two), "all day", "all-week", "a full day", "full-day".
func (d *doc) wordDuration(i, j, limit int) (mention, bool) {
	m := mention{first: i}
	w := d.fAt(j)
	k := j + 1
	amount := 1.0
	switch w {
	case "a", "an", "another", "couple":
		if i == j && (i == 0 || !d.in(durationCues, i-1)) {
			return m, false
		}
		if w == "couple" || d.fAt(k) == "couple" {
			// "a couple of days", "couple of weeks": two
			if w != "couple" {
				k++
			}
			if d.fAt(k) != "of" {
				return m, false
			}
			k++
			if u := d.fAt(k); k >= limit || len(u) < 4 || u[len(u)-1] != 's' || durationUnits.at(u) == "" || durationUnits.at(u) == "century" {
				return m, false
			}
			amount = 2
			break
		}
		if d.fAt(k) == "full" || d.fAt(k) == "whole" {
			k++
		}
	case "all", "full":
		if d.fAt(k) == "-" && k < limit && d.toks[k].Glued() {
			k++
		}
		if u := durationUnits.at(d.fAt(k)); w == "full" && (u == "year" || u == "hour") || u == "hour" || u == "minute" {
			return m, false // "full-year results", "all hours"
		}
	default:
		return m, false
	}
	if k >= limit {
		return m, false
	}
	nx := d.f(k)
	unit, ok := durationUnits.get(nx)
	if !ok || nx[len(nx)-1] == 's' && nx != "hrs" && amount == 1 || unit == "century" {
		return m, false
	}
	if nx == "fortnight" || nx == "fortnights" {
		amount *= 2
	}
	end := k + 1
	if frac, e := d.andFraction(end, limit); e > end {
		amount += frac
		end = e
	}
	if f := d.fAt(end); f == "of" || f == "ago" || f == "earlier" || f == "later" || f == "after" || f == "before" || f == "-" && d.toks[end].Glued() || f == "'s" {
		return m, false // "a day of mourning", "a week-long strike"
	}
	if end < limit && d.toks[end].Kind == text.Word && !d.toks[end].Has(text.Cap) && !d.in(functionWords, end) && !d.in(timeMarkers, end) {
		return m, false // "for a second term", "a day trip": an ordinal or a modifier
	}
	m.val = claims.Value{Kind: claims.KindDuration, Amount: amount, Unit: unit}
	m.last = end
	return m, true
}

// afterFigure reports whether token i follows a figure: a number, or a
// number and its scale or percent sign ("£2.5m", "5%", "3 million").
func (d *doc) afterFigure(i int) bool {
	k := i - 1
	if k < 0 {
		return false
	}
	if d.toks[k].Kind == text.Number {
		// (A year is no figure: "In 2023 over 4,000 homes".)
		w := d.f(k)
		return !(len(w) == 4 && (w[0] == '1' || w[0] == '2'))
	}
	switch w := d.f(k); {
	case w == "%" || w == "percent" || scaleSuffixes.at(w) != 0 || scaleWords.at(w) != 0:
		return k > 0 && d.toks[k-1].Kind == text.Number
	}
	return false
}
