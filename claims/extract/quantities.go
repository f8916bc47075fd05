package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
)

// Units of time for durations and ages.
var durationUnits = map[string]string{
	"year": "year", "years": "year", "yr": "year", "yrs": "year", "month": "month", "months": "month",
	"week": "week", "weeks": "week", "day": "day", "days": "day", "hour": "hour", "hours": "hour",
	"hr": "hour", "hrs": "hour", "minute": "minute", "minutes": "minute", "mins": "minute",
	"second": "second", "seconds": "second", "decade": "decade", "decades": "decade",
	"century": "century", "centuries": "century", "fortnight": "week", "fortnights": "week",
}

// Units of measure for other quantities, by their folded spelling.
var measureUnits = map[string]string{
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
}

// metreContext words after "100m" make it metres.
var metreContext = words(`sprint race hurdles dash freestyle backstroke breaststroke butterfly relay
	medley deep high tall long wide away final`)

// irregular plurals and their singulars.
var irregularPlurals = map[string]string{
	"people": "person", "men": "man", "women": "woman", "children": "child", "police": "police",
	"staff": "staff", "feet": "foot", "teeth": "tooth", "mice": "mouse", "geese": "goose",
	"data": "data", "media": "media", "personnel": "personnel", "cattle": "cattle",
	"sheep": "sheep", "fish": "fish", "buses": "bus", "gases": "gas", "series": "series", "species": "species", "aircraft": "aircraft", "troops": "troop", "crew": "crew",
}

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
	// A code glued to its figure: "USD115".
	if code, amount, ok := d.gluedCode(j); ok {
		m.val = claims.Value{Kind: claims.KindMoney, Amount: amount, Unit: code, Precision: 0.5}
		return d.finishQuantity(m, cmp, j+1, limit), true
	}
	// Money with the currency first: "$7.2 million", "US$5bn", "EUR 3m".
	if code, k, ok := d.currencyBefore(j, limit); ok {
		n, ok := d.parseNumber(k, limit)
		if !ok || n.ordinal || n.words && !n.scaled && d.toks[k].kind != tWord {
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
	if d.fAt(k) == "-" && k+1 < limit && d.toks[k].glued() && d.toks[k+1].glued() {
		ck = k + 1
	}
	if code, div, end, ok := d.currencyAfter(ck, limit); ok && !(n.weakScale && div != 1) && (ck == k || div != 1 || d.toks[ck].kind == tWord && !d.toks[ck].has(fUpper)) {
		m.val = claims.Value{Kind: claims.KindMoney, Amount: n.amount / div, Unit: code, Precision: n.precision / div}
		if s := scaleWords[d.fAt(end)]; s != 0 && end < limit && div == 1 && !n.scaled {
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
	if k+3 < limit+1 && d.fAt(k) == "-" && durationUnits[d.fAt(k+1)] == "year" && d.fAt(k+2) == "-" && d.fAt(k+3) == "old" && k+3 < limit {
		m.val = claims.Value{Kind: claims.KindDuration, Amount: n.amount, Unit: "year", Precision: n.precision}
		m.age = true
		return d.finishQuantity(m, cmp, k+4, limit), true
	}
	if n.weakScale {
		// "100m sprint" without a currency is a length in metres; "5m
		// people" and "10M" are millions.
		switch last := n.end - 1; {
		case d.f(last) == "m" && !d.toks[last].has(fCap) && metreContext.has(d.fAt(n.end)):
			m.val = claims.Value{Kind: claims.KindQuantity, Amount: n.amount / 1e6, Unit: "m", Precision: n.precision / 1e6}
			return d.finishQuantity(m, cmp, n.end, limit), true
		}
	}
	// Durations: "three and a half years", "four-year", "90 minutes".
	u := k
	if u < limit && d.f(u) == "-" && d.toks[u].glued() {
		u++
	}
	if unit, ok := durationUnits[d.fAt(u)]; ok && u < limit {
		if d.fAt(u+1) == "ago" || d.fAt(u+1) == "earlier" || d.fAt(u+1) == "later" {
			return m, false // a relative time, read by matchTime
		}
		amount := n.amount
		end := u + 1
		if d.fAt(end) == "and" && d.fAt(end+1) == "a" && d.fAt(end+2) == "half" && end+2 < limit {
			amount += 0.5
			end += 3
		}
		if d.fAt(end) == "old" && end < limit && unit == "year" {
			end++
			m.age = true
		}
		if d.fAt(u) == "fortnight" || d.fAt(u) == "fortnights" {
			amount *= 2
		}
		m.val = claims.Value{Kind: claims.KindDuration, Amount: amount, Unit: unit, Precision: n.precision}
		return d.finishQuantity(m, cmp, end, limit), true
	}
	// Measures: "12 km", "3 tonnes", "100m" (glued metres).
	if unit, ok := measureUnits[d.fAt(k)]; ok && k < limit && (unit != "m" || d.toks[k].glued()) {
		end := k + 1
		if unit == "sq" {
			if u2, ok := measureUnits[d.fAt(k+1)]; ok && k+1 < limit {
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
	if cmp == cmpEq {
		if c2, k2 := d.comparatorAfter(k, limit); k2 > k {
			if _, _, ok := d.countedNoun(k2, limit, n.amount); ok {
				cmp, k = c2, k2 // "200 or more fans"
			}
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
	if cmp == cmpEq {
		cmp, end = d.comparatorAfter(end, limit)
	}
	m.val.Cmp = claims.Comparator(cmp)
	m.last = end
	return m
}

// countedNoun reads the noun a count counts, starting at token k: "known
// phone calls" gives "phone call". Adjectives are dropped and the head noun
// made singular. It returns the token after the noun.
func (d *doc) countedNoun(k, limit int, amount float64) (string, int, bool) {
	var nouns []string
	seenLower := false
	for j := k; j < limit && j < k+5; j++ {
		t := d.toks[j]
		if t.kind != tWord {
			break
		}
		w := d.f(j)
		if d.tokMen[j] >= 0 || t.has(fCap) {
			if seenLower {
				break
			}
			nouns = nouns[:0] // a name as modifier: "two White House officials"
			continue
		}
		if functionWords.has(w) || speechVerbs.has(w) || hedgeWords.has(w) || strings.HasSuffix(w, "ly") {
			break
		}
		seenLower = true
		if sing, ok := irregularPlurals[w]; ok {
			return joinNoun(nouns, sing), j + 1, true
		}
		if amount != 1 && isPlural(w) {
			return joinNoun(nouns, singular(w)), j + 1, true
		}
		if amount == 1 && (j+1 >= limit || d.toks[j+1].kind != tWord || functionWords.has(d.f(j+1))) && !countAdjectives.has(w) {
			return joinNoun(nouns, w), j + 1, true
		}
		if countAdjectives.has(w) || adjectiveLike(w) {
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
	if i > 0 && d.tokSent[i-1] == d.tokSent[i] && d.toks[i-1].kind != tPunct || d.fAt(j) != "of" || j+1 >= limit {
		return mention{}, false
	}
	n, ok := d.parseNumber(j+1, limit)
	if !ok || n.ordinal || n.end < limit && d.toks[n.end].kind == tWord && !functionWords.has(d.f(n.end)) {
		return mention{}, false
	}
	m := mention{first: i, last: n.end}
	m.val = claims.Value{Kind: claims.KindPercent, Amount: n.amount, Unit: "%", Precision: n.precision}
	return m, true
}
