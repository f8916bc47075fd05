package claims

import (
	"math"
	"strconv"
)

// This file reads the less common parts of the number grammar: fractions
// with ordinal denominators ("three twenty-fifths", "a hundredth", "one
// over twenty"), decimals in words ("five point two five"), fractions after
// a scale ("3 million and a half") and powers ("1.1^23", "1.3x10^6").

// ordinalDenominators are the ordinal words that may end a denominator,
// with their value and whether they are plural. "First" and "second" are
// left out, as "one second" is a duration; they may still end a compound
// ("twenty-first"). "Half" and "quarter" are read by fractionAt.
var ordinalDenominators = func() map[string]denominator {
	m := map[string]denominator{}
	for w, n := range ordinalWords {
		if n <= 2 {
			continue
		}
		m[w] = denominator{value: float64(n)}
		m[w+"s"] = denominator{value: float64(n), plural: true}
	}
	for w, e := range map[string]int{"hundredth": 2, "thousandth": 3, "millionth": 6, "billionth": 9, "trillionth": 12} {
		m[w] = denominator{value: pow10f(e), scale: true}
		m[w+"s"] = denominator{value: pow10f(e), scale: true, plural: true}
	}
	return m
}()

// compoundOrdinals may end a compound denominator only: "twenty-first".
var compoundOrdinals = map[string]denominator{
	"first": {value: 1}, "firsts": {value: 1, plural: true},
	"second": {value: 2}, "seconds": {value: 2, plural: true},
}

// A denominator is the value of an ordinal word read as a denominator.
type denominator struct {
	value  float64
	plural bool
	scale  bool // "hundredth": multiplies the number words before it
}

// ordinalDenominator reads a denominator at toks[i]: an ordinal word
// ("fifths", "hundredth"), after number words that make it compound
// ("twenty-fifths", "one hundred and fifth", "twenty fifths"). It returns
// its value, whether it is plural and the index after it.
func ordinalDenominator(toks []litToken, i int) (den float64, plural bool, next int, ok bool) {
	// find the ordinal word within a few tokens
	k := i
	for ; k < len(toks) && k < i+8; k++ {
		t := toks[k]
		if t.kind != tokWord || k > i && t.sep == 0 {
			return 0, false, i, false
		}
		if _, ok := ordinalDenominators[t.text]; ok {
			break
		}
		if _, ok := compoundOrdinals[t.text]; ok && k > i {
			break
		}
		if !numberWord(t.text) && t.text != "and" && t.text != "a" && t.text != "an" {
			return 0, false, i, false
		}
	}
	if k >= len(toks) || k >= i+8 {
		return 0, false, i, false
	}
	d, isOrd := ordinalDenominators[toks[k].text]
	if !isOrd {
		d = compoundOrdinals[toks[k].text]
	}
	if k == i {
		return d.value, d.plural, k + 1, true
	}
	// the cardinal part before the ordinal word
	end := k
	if toks[end-1].text == "and" {
		end--
	}
	pre, ok := cardinalWords(toks[:end], i)
	if !ok || pre.end != end || pre.amount != math.Trunc(pre.amount) {
		return 0, false, i, false
	}
	switch {
	case d.scale:
		if pre.amount >= 1 && toks[k-1].text != "and" {
			return pre.amount * d.value, d.plural, k + 1, true
		}
		return 0, false, i, false
	case !isOrd && pre.amount < 20:
		return 0, false, i, false // "two seconds" is a duration
	case math.Mod(pre.amount, 100) != 0 && (math.Mod(pre.amount, 10) != 0 || math.Mod(pre.amount, 100) < 20 || d.value >= 10):
		// a compound ordinal is "twenty-fifth", "one hundred and fifth",
		// not "one fifth"
		return 0, false, i, false
	}
	return pre.amount + d.value, d.plural, k + 1, true
}

// numberWord reports whether w is a cardinal number word.
func numberWord(w string) bool {
	if _, ok := smallNumbers[w]; ok {
		return true
	}
	if _, ok := tensNumbers[w]; ok {
		return true
	}
	_, ok := scaleWords[w]
	return ok || w == "hundred"
}

// ordinalFraction reads a numerator and an ordinal denominator at
// toks[i]: "three twenty-fifths", "a hundredth", "one one hundred and
// fifth". A numerator of one ("a", "an", "one") takes a singular
// denominator, a larger one a plural.
func ordinalFraction(toks []litToken, i int) (numPhrase, bool) {
	if i >= len(toks) || toks[i].kind != tokWord {
		return numPhrase{}, false
	}
	num := 1.0
	j := i + 1
	// "a hundredth" is one hundredth, "a hundred trillionths" a hundred
	n, ok := cardinalWords(toks, i)
	if !ok || n.article {
		if w := toks[i].text; w != "a" && w != "an" {
			return numPhrase{}, false
		}
	} else {
		num, j = n.amount, n.end
		// "one hundred thirty-fifths": the tens joined to the ordinal
		// belong to the denominator.
		if j < len(toks) && toks[j].sep == '-' && j-1 > i {
			if t, ok := tensNumbers[toks[j-1].text]; ok {
				if d, ok := ordinalDenominators[toks[j].text]; ok && !d.scale && d.value < 10 && num > float64(t) {
					num -= float64(t)
					j--
				}
			}
		}
	}
	den, plural, next, ok := ordinalDenominator(toks, j)
	if !ok || den == 0 || plural != (num != 1) || num == 0 {
		return numPhrase{}, false
	}
	return withScale(toks, next, num/den, 0.5/den, 100)
}

// overFraction reads "over" or "out of" and a number at toks[i], the
// denominator of "one over twenty" and "two out of five hundred".
func overFraction(toks []litToken, i int) (float64, int, bool) {
	j := i
	switch {
	case j < len(toks) && toks[j].kind == tokWord && toks[j].text == "over":
		j++
	case j+1 < len(toks) && toks[j].text == "out" && toks[j+1].text == "of":
		j += 2
	default:
		return 0, i, false
	}
	if j >= len(toks) || toks[j].sep != ' ' {
		return 0, i, false
	}
	var den numPhrase
	var ok bool
	if toks[j].kind == tokNum {
		den, ok, _ = digitNumber(toks, j)
	} else {
		den, ok = wordNumber(toks, j)
		// "five hundreds"
		if ok && den.end < len(toks) && toks[den.end].text == "hundreds" && den.amount < 100 {
			den.amount *= 100
			den.end++
		}
	}
	if !ok || den.article || den.amount == 0 {
		return 0, i, false
	}
	return den.amount, den.end, true
}

// wordDecimals reads the digits after "point" at toks[i]: "zero three",
// "nought four", "seventy-one", "five". It returns their value as a
// fraction, the precision and the index after them.
func wordDecimals(toks []litToken, i int) (float64, float64, int, bool) {
	digits := ""
	j := i
	for j < len(toks) && toks[j].kind == tokWord && toks[j].sep != 0 {
		n, ok := smallNumbers[toks[j].text]
		if toks[j].text == "oh" {
			n, ok = 0, true
		}
		if !ok || n > 9 {
			break
		}
		digits += strconv.Itoa(n)
		j++
	}
	if digits == "" && j < len(toks) && toks[j].kind == tokWord {
		// "point seventy-one", "point fifteen"
		if n, ok := wordNumber(toks, j); ok && !n.article && n.amount >= 10 && n.amount < 100 && n.amount == math.Trunc(n.amount) {
			digits = strconv.Itoa(int(n.amount))
			j = n.end
		}
	}
	if digits == "" {
		return 0, 0, i, false
	}
	f, _ := strconv.ParseFloat("0."+digits, 64)
	return f, halfUnit(-len(digits)), j, true
}

// scaleFraction reads "and a half", "and two thirds" or "and a half
// million" after a number that ended on a scale word of exponent e: "3
// million and a half" is 3.5 million, "one billion and a half million"
// 1000500000.
func scaleFraction(toks []litToken, i, e int) (float64, float64, int, bool) {
	if i+2 >= len(toks) || toks[i].text != "and" {
		return 0, 0, i, false
	}
	num, den, ok := fractionAt(toks, i+1)
	if !ok {
		return 0, 0, i, false
	}
	j := i + 3
	if j < len(toks) && toks[j].kind == tokWord && toks[j].sep == ' ' {
		if e2, ok := scaleWords[toks[j].text]; ok && e2 < e {
			e, j = e2, j+1
		}
	}
	s := pow10f(e)
	return float64(num) / float64(den) * s, s / float64(2*den), j, true
}

// power reads "^23", "^+23", "^-1" after a mantissa at toks[i] and
// returns the exponent and the index after it.
func power(toks []litToken, i int) (float64, int, bool) {
	if i+1 >= len(toks) || toks[i].text != "^" || toks[i].sep != 0 {
		return 0, i, false
	}
	j := i + 1
	sign := 1.0
	if toks[j].kind == tokSym && (toks[j].text == "+" || toks[j].text == "-") && toks[j].sep == 0 {
		if toks[j].text == "-" {
			sign = -1
		}
		j++
	}
	if j >= len(toks) || toks[j].kind != tokNum || toks[j].sep != 0 {
		return 0, i, false
	}
	e, err := strconv.ParseFloat(toks[j].text, 64)
	if err != nil || math.Abs(e) > 400 {
		return 0, i, false
	}
	return sign * e, j + 1, true
}
