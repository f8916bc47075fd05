package claims

import (
	"fmt"
	"math"
	"strings"
)

// This file reads amounts: a number with what it counts or measures —
// money, percentages, durations, quantities and counts.

// durationUnits maps the words for lengths of time to their singular unit.
// "Decade" and "century" stay as they are ("a decade" is 1 decade, not 10
// years): [DurationUnitDays] knows their lengths.
var durationUnits = map[string]string{
	"year": "year", "years": "year", "yr": "year", "yrs": "year",
	"month": "month", "months": "month", "mo": "month", "mos": "month",
	"week": "week", "weeks": "week", "wk": "week", "wks": "week",
	"day": "day", "days": "day",
	"hour": "hour", "hours": "hour", "hr": "hour", "hrs": "hour",
	"minute": "minute", "minutes": "minute", "min": "minute", "mins": "minute",
	"second": "second", "seconds": "second", "sec": "second", "secs": "second",
	"decade": "decade", "decades": "decade",
	"century": "century", "centuries": "century",
	"quarter": "quarter", "quarters": "quarter",
}

// DurationUnit returns the singular unit of a word for a length of time and
// whether it is one: "years" and "yrs" are "year", "months" "month",
// "decades" "decade". The units are those [DurationUnitDays] knows: second,
// minute, hour, day, week, month, quarter, year, decade, century. Case and
// surrounding white space are ignored. It is safe for concurrent use.
func DurationUnit(word string) (string, bool) {
	u, ok := durationUnits[strings.ToLower(strings.TrimSpace(word))]
	return u, ok
}

// quantityUnits maps unit words and symbols to the unit a quantity carries.
var quantityUnits = map[string]string{
	"km": "km", "kilometre": "km", "kilometres": "km", "kilometer": "km", "kilometers": "km",
	"m": "m", "metre": "m", "metres": "m", "meter": "m", "meters": "m",
	"cm": "cm", "centimetre": "cm", "centimetres": "cm", "centimeter": "cm", "centimeters": "cm",
	"mm": "mm", "millimetre": "mm", "millimetres": "mm", "millimeter": "mm", "millimeters": "mm",
	"mile": "mile", "miles": "mile", "mi": "mile",
	"ft": "ft", "foot": "ft", "feet": "ft",
	"inch": "inch", "inches": "inch",
	"kg": "kg", "kilogram": "kg", "kilograms": "kg", "kilo": "kg", "kilos": "kg",
	"g": "g", "gram": "g", "grams": "g",
	"lb": "lb", "lbs": "lb",
	"tonne": "tonne", "tonnes": "tonne", "ton": "ton", "tons": "ton",
	"litre": "litre", "litres": "litre", "liter": "litre", "liters": "litre",
	"barrel": "barrel", "barrels": "barrel", "bbl": "barrel",
	"acre": "acre", "acres": "acre", "ha": "ha", "hectare": "ha", "hectares": "ha",
	"mph": "mph",
}

// percentWords are the ways to write "%" in words.
var percentWords = map[string]string{
	"percent": "%", "per cent": "%", "pc": "%", "pct": "%",
	"percentage point": "pp", "percentage points": "pp", "pp": "pp", "ppt": "pp", "ppts": "pp",
}

// notCountNouns may not be the counted noun of a count: a month ("5 March"
// is a date without a year) or a word of another kind of amount.
var notCountNouns = map[string]bool{
	"january": true, "february": true, "march": true, "april": true, "may": true,
	"june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true, "jan": true, "feb": true, "mar": true,
	"apr": true, "jun": true, "jul": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true,
	"and": true, "per": true, "percentage": true, "of": true, "or": true, "to": true,
	"a": true, "an": true, "the": true, "hundred": true, "dozen": true, "minus": true,
}

// parseAmount reads an amount from toks: an optional sign and currency,
// a number and what follows it. s is the literal, for messages.
func parseAmount(s string, toks []litToken) (Value, error) {
	i := 0
	neg := false
	if i < len(toks) && toks[i].kind == tokSym && toks[i].text == "-" {
		neg = true
		i++
	}
	code, i, hasCurrency := currencyPrefix(toks, i)
	num, ok, err := scanNumber(toks, i)
	if err != nil {
		return Value{}, err
	}
	if !ok {
		return Value{}, errNotValue(s)
	}
	if neg {
		if num.amount < 0 {
			return Value{}, syntaxErrorf("claims: %q has two minus signs (want at most one)", s)
		}
		num.amount = -num.amount
	}
	v := Value{Amount: num.amount, Precision: num.precision}
	i = num.end
	rest := toks[i:]

	switch {
	case hasCurrency:
		v.Kind, v.Unit = KindMoney, code
		if len(rest) > 0 {
			c, minor, next, ok := currencySuffix(toks, i)
			if !ok || minor || c != code || next != len(toks) {
				return Value{}, syntaxErrorf("claims: %q: unexpected %q after the amount (want money such as \"$7.2 million\")", s, s[rest[0].start:])
			}
		}
	case len(rest) == 0:
		v.Kind = KindNumber
	case rest[0].kind == tokSym && rest[0].text == "%":
		if len(rest) > 1 {
			return Value{}, syntaxErrorf("claims: %q: unexpected %q after %q (want a percentage such as \"8%%\")", s, s[rest[1].start:], "%")
		}
		v.Kind, v.Unit = KindPercent, "%"
	default:
		if err := amountUnit(s, toks, i, &v); err != nil {
			return Value{}, err
		}
	}
	if num.article && (v.Kind == KindNumber || hasCurrency) {
		return Value{}, syntaxErrorf("claims: %q: want a unit or a noun after %q, such as \"a year\"", s, toks[num.end-1].text)
	}
	switch {
	case v.Kind == KindDuration && v.Amount < 0:
		return Value{}, fmt.Errorf("claims: %q: negative duration (want zero or more)", s)
	case v.Kind == KindCount && v.Amount < 0:
		return Value{}, fmt.Errorf("claims: %q: negative count (want zero or more)", s)
	case math.IsInf(v.Amount, 0) || math.IsNaN(v.Amount):
		return Value{}, fmt.Errorf("claims: %q is out of range (want a finite amount)", s)
	}
	return v, nil
}

// amountUnit reads the words after an amount's number, toks[i:], and sets
// v's kind and unit (and amount, for minor currency units and "and a
// half").
func amountUnit(s string, toks []litToken, i int, v *Value) error {
	rest := toks[i:]
	for _, t := range rest {
		if t.kind != tokWord {
			return syntaxErrorf("claims: %q: unexpected %q after the number (want a unit, a currency or a counted noun)", s, s[t.start:])
		}
	}
	// Percentages and percentage points.
	for n := min(2, len(rest)); n >= 1; n-- {
		if u, ok := percentWords[joinWords(rest[:n])]; ok && n == len(rest) {
			v.Kind, v.Unit = KindPercent, u
			return nil
		}
	}
	// Money: "7200000 USD", "five million dollars", "12p", "50 cents".
	if code, minor, next, ok := currencySuffix(toks, i); ok {
		if next != len(toks) {
			return syntaxErrorf("claims: %q: unexpected %q after the currency (want money such as \"7200000 USD\")", s, s[toks[next].start:])
		}
		v.Kind, v.Unit = KindMoney, code
		if minor {
			v.Amount /= 100
			v.Precision /= 100
		}
		return nil
	}
	first := rest[0].text
	// Durations: "3.5 years", "18-month", "a year and a half".
	if u, ok := durationUnits[first]; ok {
		v.Kind, v.Unit = KindDuration, u
		if len(rest) == 1 {
			return nil
		}
		if num, den, next, ok := andFraction(toks, i+1); ok && next == len(toks) && v.Amount == math.Trunc(v.Amount) && v.Precision == 0.5 {
			v.Amount += float64(num) / float64(den)
			v.Precision = 1 / float64(2*den)
			return nil
		}
		return syntaxErrorf("claims: %q: unexpected %q after the unit %q (want a duration such as \"3.5 years\")", s, s[rest[1].start:], rest[0].text)
	}
	// Quantities: "12 km", "3 tonnes".
	if u, ok := quantityUnits[first]; ok {
		if len(rest) > 1 {
			return syntaxErrorf("claims: %q: unexpected %q after the unit %q (want a quantity such as \"12 km\")", s, s[rest[1].start:], rest[0].text)
		}
		v.Kind, v.Unit = KindQuantity, u
		return nil
	}
	// Counts: "five phone calls". The noun must be spaced from the number:
	// "2024-election" is not a count.
	if rest[0].sep != ' ' {
		return syntaxErrorf("claims: %q: unknown unit %q (want a currency, %%, a time unit or a unit such as km)", s, rest[0].text)
	}
	unit := singularNoun(joinWords(rest))
	for range 3 { // "peoples", "people", "person"
		if u := singularNoun(unit); u != unit {
			unit = u
		}
	}
	if singularNoun(unit) != unit {
		return syntaxErrorf("claims: %q: cannot make %q singular (want a counted noun such as \"phone calls\")", s, joinWords(rest))
	}
	for _, w := range append(strings.Fields(unit), rest[len(rest)-1].text) {
		if reservedWord(w) {
			return syntaxErrorf("claims: %q: want a number with a unit or a counted noun, not %q", s, w)
		}
	}
	v.Kind = KindCount
	v.Unit = unit
	return nil
}

// reservedWord reports whether w has a meaning of its own in a literal, so
// that it may not be part of a counted noun: a number or scale word, a
// unit, a currency, a month.
func reservedWord(w string) bool {
	if notCountNouns[w] || isoCurrencies[strings.ToUpper(w)] {
		return true
	}
	for _, m := range []map[string]int{smallNumbers, tensNumbers, scaleWords, scaleSuffixes, fractionSingular, fractionPlural} {
		if _, ok := m[w]; ok {
			return true
		}
	}
	for _, m := range []map[string]string{durationUnits, quantityUnits, currencyNames, minorUnits, percentWords} {
		if _, ok := m[w]; ok {
			return true
		}
	}
	return false
}

// irregularPlurals maps plural nouns to their singular form where dropping
// an "s" does not do.
var irregularPlurals = map[string]string{
	"people": "person", "men": "man", "women": "woman", "children": "child",
	"mice": "mouse", "geese": "goose", "teeth": "tooth", "lives": "life",
	"wives": "wife", "knives": "knife", "leaves": "leaf", "thieves": "thief",
	"halves": "half", "movies": "movie", "buses": "bus", "gases": "gas",
	"viruses": "virus", "bonuses": "bonus", "campuses": "campus", "statuses": "status", "cookies": "cookie", "calories": "calorie",
	"criteria": "criterion", "phenomena": "phenomenon", "analyses": "analysis",
	"crises": "crisis", "theses": "thesis", "diagnoses": "diagnosis",
	"heroes": "hero", "potatoes": "potato", "tomatoes": "tomato", "vetoes": "veto",
	"series": "series", "species": "species", "news": "news", "data": "data",
	"media": "media", "police": "police", "sheep": "sheep", "fish": "fish",
	"aircraft": "aircraft", "troops": "troop", "staff": "staff",
}

// singularNoun returns a noun phrase with its last word made singular, simply:
// "phone calls" is "phone call", "countries" "country", "people" "person".
func singularNoun(phrase string) string {
	head, last := "", phrase
	if k := strings.LastIndexByte(phrase, ' '); k >= 0 {
		head, last = phrase[:k+1], phrase[k+1:]
	}
	return head + singularWord(last)
}

func singularWord(w string) string {
	if s, ok := irregularPlurals[w]; ok {
		return s
	}
	switch {
	case len(w) > 4 && strings.HasSuffix(w, "ies"):
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "xes"), strings.HasSuffix(w, "ches"),
		strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "zzes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case len(w) > 2 && strings.HasSuffix(w, "s"):
		return w[:len(w)-1]
	}
	return w
}
