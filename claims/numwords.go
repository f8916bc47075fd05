package claims

import (
	"fmt"
	"math"
	"strconv"
	"strings"
)

// This file reads numbers written in digits ("1,234", "7.2", "1.5bn") and
// in words ("twenty-three", "three and a half", "two-thirds", "seven
// million").
//
// The precision of a number is half a unit of the last stated digit, after
// scale words: "7.2 million" is ±50000, "7 million" ±500000, "1,234" and
// "1867" ±0.5. Numbers in words are whole words, so "five" and "two hundred"
// are ±0.5, and "seven million" ±500000 like "7 million". A fraction is
// precise to half its own step: "three and a half" and "a half" are ±0.25,
// "two-thirds" ±1/6, "three quarters" ±0.125.

var smallNumbers = map[string]int{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
	"seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
	"thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
	"seventeen": 17, "eighteen": 18, "nineteen": 19, "nought": 0, "naught": 0,
}

var tensNumbers = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scaleWords are the powers of ten that multiply a number in words or
// digits.
var scaleWords = map[string]int{
	"thousand": 3, "million": 6, "billion": 9, "trillion": 12,
	"lakh": 5, "lakhs": 5, "crore": 7, "crores": 7,
}

// scaleSuffixes are the abbreviations of scale words written after digits.
// The one-letter ones must be attached ("5m", "$7.2m"): "5 m" is five
// metres.
var scaleSuffixes = map[string]int{
	"k": 3, "m": 6, "b": 9,
	"mn": 6, "mln": 6, "mil": 6, "bn": 9, "bln": 9, "tn": 12, "trn": 12,
}

// dozenWords multiply the number before them by twelve.
var dozenWords = map[string]bool{"dozen": true, "dozens": true, "doz": true, "dozs": true}

var fractionSingular = map[string]int{
	"half": 2, "third": 3, "quarter": 4, "fourth": 4, "fifth": 5, "sixth": 6,
	"seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
}

var fractionPlural = map[string]int{
	"halves": 2, "thirds": 3, "quarters": 4, "fourths": 4, "fifths": 5,
	"sixths": 6, "sevenths": 7, "eighths": 8, "ninths": 9, "tenths": 10,
}

// vulgarFractions are the fraction characters that may follow digits:
// "3½".
var vulgarFractions = map[string][2]int{
	"½": {1, 2}, "⅓": {1, 3}, "⅔": {2, 3}, "¼": {1, 4}, "¾": {3, 4},
	"⅕": {1, 5}, "⅛": {1, 8},
}

// vulgarFraction reports whether toks[i] is a fraction character.
func vulgarFraction(toks []litToken, i int) ([2]int, bool) {
	if i >= len(toks) || toks[i].kind != tokSym {
		return [2]int{}, false
	}
	f, ok := vulgarFractions[toks[i].text]
	return f, ok
}

// A numPhrase is a number phrase read from tokens.
type numPhrase struct {
	amount, precision float64
	// end is the index of the first token after the phrase.
	end int
	// article is set when the phrase is only "a" or "an": one of
	// whatever unit follows ("a year", "a decade").
	article bool
	// scale is the exponent of the scale word that ends the phrase:
	// 6 for "three million".
	scale int
}

// pow10f returns 10**e as the float nearest to it.
func pow10f(e int) float64 {
	e = max(-400, min(400, e))
	f, _ := strconv.ParseFloat("1e"+strconv.Itoa(e), 64)
	return f
}

// halfUnit returns half of 10**e, the precision of a last digit in
// place e.
func halfUnit(e int) float64 {
	e = max(-400, min(400, e))
	f, _ := strconv.ParseFloat("5e"+strconv.Itoa(e-1), 64)
	return f
}

// ParseNumber reads a number written in digits or words and returns its
// amount after scale words and its precision, the half-width of the range
// the number as written covers.
//
// It reads digits with thousands separators, decimals and exponents
// ("1,234", "7.2", "1e6"), scale words and suffixes ("7.2 million", "5k",
// "£"-less "1.5bn", "600m"), numbers in words ("five", "twenty-three",
// "two hundred and five", "seven million"), fractions ("a half", "a third",
// "two-thirds", "three quarters", "three and a half", "3½", "half a
// million") and a leading minus sign ("-5", "minus five").
//
// Precision is half a unit of the last stated digit after scale: "7.2
// million" gives 7200000 ± 50000, "7 million" 7000000 ± 500000, "1,234"
// and "five" ± 0.5. A fraction gives half its step: "three and a half" is
// 3.5 ± 0.25, "two-thirds" ± 1/6.
//
// The whole of s must be the number; a number too large for a float64
// ("1e400") is an error. It is safe for concurrent use.
func ParseNumber(s string) (amount, precision float64, err error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return 0, 0, fmt.Errorf("claims: empty number (want digits or words such as \"7.2 million\" or \"five\")")
	}
	if len(s) > maxLiteral {
		return 0, 0, fmt.Errorf("claims: number is %d bytes long (want at most %d)", len(s), maxLiteral)
	}
	toks := tokenizeLiteral(s)
	n, ok, err := scanNumber(toks, 0)
	if err != nil {
		return 0, 0, err
	}
	if !ok || n.article {
		return 0, 0, fmt.Errorf("claims: %q is not a number (want digits or words such as \"7.2 million\" or \"five\")", s)
	}
	if n.end < len(toks) {
		return 0, 0, fmt.Errorf("claims: %q: unexpected %q after the number %q", s, s[toks[n.end].start:], s[:toks[n.end-1].end])
	}
	return n.amount, n.precision, nil
}

// ScanNumber reads the longest number phrase at the start of s, as
// [ParseNumber] reads it, and returns its amount, its precision and the
// number of bytes it took. It reports false when s does not start with a
// number or the number is out of range. "a" or "an" alone is not a number:
// "a year" is a duration, which [ParseValue] reads.
//
// The extractor uses it to find where a number ends in running text:
// ScanNumber("five known phone calls") takes "five", 4 bytes.
// It is safe for concurrent use.
func ScanNumber(s string) (amount, precision float64, n int, ok bool) {
	if len(s) > maxLiteral {
		s = s[:maxLiteral]
	}
	var arr [16]litToken // most numbers in running text have fewer tokens
	toks := appendLiteral(arr[:0], s)
	num, ok, err := scanNumber(toks, 0)
	if err != nil || !ok || num.article {
		return 0, 0, 0, false
	}
	return num.amount, num.precision, toks[num.end-1].end, true
}

// scanNumber reads a number phrase from toks[i:]. It reports false when
// there is none, and an error when there is one but it is malformed or out
// of range.
func scanNumber(toks []litToken, i int) (numPhrase, bool, error) {
	if i >= len(toks) {
		return numPhrase{}, false, nil
	}
	neg := false
	start := i
	if t := toks[i]; (t.kind == tokSym && t.text == "-") || (t.kind == tokWord && (t.text == "minus" || t.text == "negative")) {
		neg = true
		i++
	}
	if start == 0 && toks[0].sep != 0 {
		return numPhrase{}, false, nil // a stray dash: "--5", "- five"
	}
	var n numPhrase
	var ok bool
	var err error
	if i < len(toks) && toks[i].kind == tokNum {
		n, ok, err = digitNumber(toks, i)
	} else if f, isFrac := vulgarFraction(toks, i); isFrac {
		n, ok = withScale(toks, i+1, float64(f[0])/float64(f[1]), 1/float64(2*f[1]), 100)
	} else {
		n, ok = wordNumber(toks, i)
	}
	if err != nil || !ok {
		return numPhrase{}, false, err
	}
	if !n.article {
		if den, next, ok := overFraction(toks, n.end); ok && (n.amount <= den || toks[n.end].text == "over") {
			n = numPhrase{amount: n.amount / den, precision: n.precision / den, end: next}
		}
	}
	if neg {
		if n.article {
			return numPhrase{}, false, nil
		}
		n.amount = -n.amount
	}
	if math.IsInf(n.amount, 0) || math.IsNaN(n.amount) || math.IsInf(n.precision, 0) {
		return numPhrase{}, false, fmt.Errorf("claims: %q is out of range (want a finite number)", spanText(toks, start, n.end))
	}
	return n, true, nil
}

// spanText returns the tokens toks[i:j] as they were written, joined by
// single spaces.
func spanText(toks []litToken, i, j int) string {
	var b strings.Builder
	for k := i; k < j && k < len(toks); k++ {
		if k > i && toks[k].sep != 0 {
			b.WriteByte(toks[k].sep)
		}
		b.WriteString(toks[k].text)
	}
	return b.String()
}

// digitNumber reads digits at toks[i], then an optional fraction ("3½",
// "3 and a half") and scale ("7.2 million", "1.5bn").
func digitNumber(toks []litToken, i int) (numPhrase, bool, error) {
	text := toks[i].text
	mant, decimals, exp, err := splitDigits(text)
	if err != nil {
		return numPhrase{}, false, err
	}
	i++
	// A power: "1.1^23", "2.5^-1"; or scientific notation "1.3x10^6".
	if exp == 0 {
		if e, next, ok := power(toks, i); ok {
			m, _ := strconv.ParseFloat(mant, 64)
			return numPhrase{amount: math.Pow(m, e), end: next}, true, nil
		}
		if i+1 < len(toks) && toks[i].sep == 0 && (toks[i].text == "x" || toks[i].text == "\u00d7") && toks[i+1].text == "10" && toks[i+1].sep == 0 {
			if e, next, ok := power(toks, i+2); ok && e == math.Trunc(e) {
				exp, i = int(e), next
			}
		}
	}
	// A fraction: only after a whole number.
	var fnum, fden int
	if decimals == 0 && exp == 0 {
		if i < len(toks) && toks[i].sep == 0 && toks[i].kind == tokSym {
			if f, ok := vulgarFractions[toks[i].text]; ok {
				fnum, fden = f[0], f[1]
				i++
			}
		}
		if fden == 0 {
			if num, den, next, ok := andFraction(toks, i); ok {
				fnum, fden, i = num, den, next
			}
		}
	}
	mult := 1.0 // "3 hundred", "3 dozen"
	if fden == 0 && i < len(toks) && toks[i].kind == tokWord && toks[i].sep == ' ' {
		switch w := toks[i].text; {
		case w == "hundred" && decimals == 0 && exp == 0:
			mult, i = 100, i+1
		case dozenWords[w]:
			mult, i = 12, i+1
		}
	}
	scale := 0
	if i < len(toks) && toks[i].kind == tokWord {
		w := toks[i].text
		if e, ok := scaleWords[w]; ok && toks[i].sep != '-' {
			scale = e
			i++
			// "3 lakh crore"
			if i < len(toks) && (toks[i].text == "crore" || toks[i].text == "crores") && toks[i].sep == ' ' && e < 7 {
				scale += 7
				i++
			}
		} else if e, ok := scaleSuffixes[w]; ok && (toks[i].sep == 0 || len(w) > 1 && toks[i].sep == ' ') {
			scale = e
			i++
		}
	}
	amount, err := strconv.ParseFloat(mant+"e"+strconv.Itoa(exp+scale), 64)
	if err != nil || math.IsInf(amount, 0) {
		return numPhrase{}, false, fmt.Errorf("claims: %q is out of range (want a finite number)", text)
	}
	amount *= mult
	precision := halfUnit(scale+exp-decimals) * mult
	if fden != 0 {
		amount += float64(fnum) / float64(fden) * pow10f(scale)
		precision = pow10f(scale) / float64(2*fden)
	}
	if fden == 0 && (scale > 0 || mult == 100) {
		e := scale
		if mult == 100 && scale == 0 {
			e = 2
		}
		// "3 million and a half", "4 thousand 3 hundred and 21"
		if f, p, next, ok := scaleFraction(toks, i, e); ok {
			amount, precision, i = amount+f, p, next
		} else if r, next, ok := remainder(toks, i, e); ok {
			amount, precision, i = amount+r.amount, r.precision, next
		}
	}
	return numPhrase{amount: amount, precision: precision, end: i}, true, nil
}

// remainder reads the smaller part of a number after a scale word of
// exponent e: "3 hundred" after "4 thousand", "and 21" after "3 hundred",
// "and two hundred" after "6 crore". The part must end on a hundred or a
// scale word, but for "and" and a figure after a hundred: "£3 million and
// 20 jobs" and "5 million 20 years ago" are two figures.
func remainder(toks []litToken, i, e int) (numPhrase, int, bool) {
	j := i
	and := j < len(toks) && toks[j].text == "and" && toks[j].kind == tokWord
	if and {
		j++
	}
	if j >= len(toks) || toks[j].sep != ' ' {
		return numPhrase{}, i, false
	}
	var r numPhrase
	var ok bool
	var err error
	switch toks[j].kind {
	case tokNum:
		r, ok, err = digitNumber(toks, j)
	case tokWord:
		r, ok = wordNumber(toks, j)
	}
	if err != nil || !ok || r.article || r.amount <= 0 || r.amount >= pow10f(e) || r.amount != math.Trunc(r.amount) {
		return numPhrase{}, i, false
	}
	if r.end < len(toks) {
		// "3 hundred and 2 hundred" is two numbers
		if _, sc := scaleWords[toks[r.end].text]; sc || toks[r.end].text == "hundred" {
			return numPhrase{}, i, false
		}
	}
	scaled := and && e == 2
	for _, t := range toks[j:r.end] {
		if _, sc := scaleWords[t.text]; sc || t.text == "hundred" {
			scaled = true
		}
	}
	if !scaled {
		return numPhrase{}, i, false
	}
	return r, r.end, true
}

// splitDigits checks a number written in digits and returns its mantissa
// without thousands separators, the number of its decimals and its
// exponent.
func splitDigits(text string) (mant string, decimals, exp int, err error) {
	body := text
	if k := strings.IndexAny(text, "eE"); k >= 0 {
		body = text[:k]
		es := text[k+1:]
		sign := 1
		if es != "" && (es[0] == '+' || es[0] == '-') {
			if es[0] == '-' {
				sign = -1
			}
			es = es[1:]
		}
		es = strings.TrimLeft(es, "0")
		if len(es) > 6 {
			exp = sign * 999999
		} else if es != "" {
			e, _ := strconv.Atoi(es)
			exp = sign * e
		}
	}
	intPart, frac, hasPoint := strings.Cut(body, ".")
	if strings.Contains(frac, ".") || strings.Contains(frac, ",") {
		return "", 0, 0, fmt.Errorf("claims: malformed number %q (want digits with at most one decimal point)", text)
	}
	if hasPoint && frac == "" {
		return "", 0, 0, fmt.Errorf("claims: malformed number %q (want digits after the decimal point)", text)
	}
	if strings.Contains(intPart, ",") {
		groups := strings.Split(intPart, ",")
		if len(groups[0]) == 0 || len(groups[0]) > 3 {
			return "", 0, 0, fmt.Errorf("claims: malformed number %q (want groups of three digits between commas)", text)
		}
		for _, g := range groups[1:] {
			if len(g) != 3 {
				return "", 0, 0, fmt.Errorf("claims: malformed number %q (want groups of three digits between commas)", text)
			}
		}
		intPart = strings.ReplaceAll(intPart, ",", "")
	}
	if intPart == "" {
		intPart = "0"
	}
	mant = intPart
	if hasPoint {
		mant += "." + frac
	}
	return mant, len(frac), exp, nil
}

// andFraction reads "and a half", "and one third", "and three quarters"
// at toks[i]; it returns the fraction and the index after it.
func andFraction(toks []litToken, i int) (num, den, next int, ok bool) {
	if i+2 >= len(toks) || toks[i].kind != tokWord || toks[i].text != "and" {
		return 0, 0, 0, false
	}
	num, den, ok = fractionAt(toks, i+1)
	if !ok {
		return 0, 0, 0, false
	}
	return num, den, i + 3, true
}

// fractionAt reads "a half", "one third", "two thirds", "three quarters"
// at toks[i] (two tokens).
func fractionAt(toks []litToken, i int) (num, den int, ok bool) {
	if i+1 >= len(toks) || toks[i].kind != tokWord || toks[i+1].kind != tokWord {
		return 0, 0, false
	}
	w, f := toks[i].text, toks[i+1].text
	if w == "a" || w == "an" || w == "one" {
		if d, ok := fractionSingular[f]; ok {
			return 1, d, true
		}
	}
	if n, ok := smallNumbers[w]; ok && n >= 1 && n <= 10 {
		if d, ok := fractionPlural[f]; ok && n < d {
			return n, d, true
		}
	}
	return 0, 0, false
}

// The kinds of word in a number phrase, for wordNumber's state.
const (
	wNone = iota
	wArticle
	wUnit // zero to nine
	wTeen // ten to nineteen
	wTens
	wHundred
	wScale
)

// wordNumber reads a number in words at toks[i].
func wordNumber(toks []litToken, i int) (numPhrase, bool) {
	if i >= len(toks) || toks[i].kind != tokWord {
		return numPhrase{}, false
	}
	// "a half", "two-thirds", then an optional scale word, or "of a"
	// and one: "two thirds of a million".
	if num, den, ok := fractionAt(toks, i); ok {
		j := i + 2
		if j+2 < len(toks) && toks[j].text == "of" && (toks[j+1].text == "a" || toks[j+1].text == "an") {
			if e, ok := scaleWords[toks[j+2].text]; ok {
				s := pow10f(e)
				return numPhrase{amount: float64(num) / float64(den) * s, precision: s / float64(2*den), end: j + 3}, true
			}
		}
		return withScale(toks, j, float64(num)/float64(den), 1/float64(2*den), 100)
	}
	// "half a million", "half an hour", "half million".
	if toks[i].text == "half" && i+1 < len(toks) {
		if toks[i+1].text == "a" || toks[i+1].text == "an" {
			return withScale(toks, i+2, 0.5, 0.25, 100)
		}
		if _, ok := scaleWords[toks[i+1].text]; ok && toks[i+1].sep == ' ' {
			return withScale(toks, i+1, 0.5, 0.25, 100)
		}
	}
	n, ok := cardinalWords(toks, i)
	// "three twenty-fifths", "a hundredth"
	if f, fok := ordinalFraction(toks, i); fok && (!ok || f.end > n.end) {
		return f, true
	}
	if !ok || n.article {
		return n, ok
	}
	j := n.end
	if j+1 < len(toks) && toks[j].text == "point" && toks[j].sep == ' ' && n.precision == 0.5 {
		// "five point two five"
		if f, p, next, ok := wordDecimals(toks, j+1); ok {
			return numPhrase{amount: n.amount + f, precision: p, end: next}, true
		}
	}
	if j+1 < len(toks) && toks[j].text == "and" {
		// "two and fifty-four hundredths", "232 and a thirtieth"
		if f, ok := ordinalFraction(toks, j+1); ok && f.amount < 1 {
			return numPhrase{amount: n.amount + f.amount, precision: f.precision, end: f.end}, true
		}
		// "3 million and a half"
		if e := n.scale; e > 0 {
			if f, p, next, ok := scaleFraction(toks, j, e); ok {
				return numPhrase{amount: n.amount + f, precision: p, end: next}, true
			}
		}
	}
	return n, true
}

// cardinalWords reads a whole number in words at toks[i]: "five",
// "twenty-three", "two hundred and five", "seven million", "three lakh
// crore", "two dozen"; and "three and a half".
func cardinalWords(toks []litToken, i int) (numPhrase, bool) {
	if i >= len(toks) || toks[i].kind != tokWord {
		return numPhrase{}, false
	}
	var total float64
	var cur int64
	last := wNone
	lastScale := 100 // scales must fall: "two million five thousand"
	lastMult := 0    // the scale of the last group: "seven million" is 6
	end := i
	for j := i; j < len(toks); j++ {
		t := toks[j]
		if t.kind != tokWord || (j > i && t.sep == 0) {
			break
		}
		w := t.text
		if n, ok := smallNumbers[w]; ok {
			if last == wUnit || last == wTeen || last == wArticle || last == wTens && n >= 10 {
				break
			}
			cur += int64(n)
			last = wTeen
			if n < 10 {
				last = wUnit
			}
		} else if n, ok := tensNumbers[w]; ok {
			if last == wUnit || last == wTeen || last == wTens || last == wArticle {
				break
			}
			cur += int64(n)
			last = wTens
		} else if w == "hundred" {
			if last == wNone && j+1 < len(toks) && scaleWords[toks[j+1].text] > 2 {
				cur = 1 // "hundred thousand"
			} else if last == wNone || last == wScale || last == wHundred || cur >= 100 || cur == 0 {
				break
			}
			cur *= 100
			last = wHundred
		} else if dozenWords[w] {
			if last == wNone || last == wScale || last == wHundred || cur == 0 {
				break
			}
			// "three hundred and two dozen": the dozens are the last group
			small := cur % 100
			cur += small * 11
			last = wHundred
		} else if e, ok := scaleWords[w]; ok {
			if last == wScale && (w == "crore" || w == "crores") && lastScale < 7 {
				// "three lakh crore"
				total *= pow10f(7)
				lastScale, lastMult = lastScale+7, lastMult+7
				end = j + 1
				continue
			}
			if last == wNone && j+1 < len(toks) && scaleWords[toks[j+1].text] > e {
				cur = 1 // "thousand million"
			} else if last == wNone || last == wScale || e >= lastScale || cur == 0 {
				break
			}
			total += float64(cur) * pow10f(e)
			cur = 0
			lastScale, lastMult = e, e
			last = wScale
		} else if (w == "a" || w == "an") && j == i {
			cur = 1
			last = wArticle
		} else if w == "and" {
			if last == wNone || last == wArticle {
				break
			}
			if last == wScale {
				// "3 million and a half", "one billion and a half million"
				if f, p, next, ok := scaleFraction(toks, j, lastMult); ok {
					return numPhrase{amount: total + f, precision: p, end: next}, true
				}
			}
			if num, den, next, ok := andFraction(toks, j); ok {
				// "three and a half", "two and a half million"
				return withScale(toks, next, total+float64(cur)+float64(num)/float64(den), 1/float64(2*den), lastScale)
			}
			if (last == wHundred || last == wScale) && j+1 < len(toks) {
				nw := toks[j+1].text
				if _, ok := smallNumbers[nw]; ok && nw != "zero" {
					end = j + 1
					continue
				}
				if _, ok := tensNumbers[nw]; ok {
					end = j + 1
					continue
				}
			}
			break
		} else {
			break
		}
		if last != wScale {
			lastMult = 0
		}
		end = j + 1
	}
	if end == i {
		return numPhrase{}, false
	}
	if last == wArticle {
		return numPhrase{amount: 1, precision: 0.5, end: end, article: true}, true
	}
	scale := 0
	if last == wScale {
		scale = lastMult
	}
	return numPhrase{amount: total + float64(cur), precision: halfUnit(lastMult), end: end, scale: scale}, true
}

// withScale finishes a fractional number: an optional scale word smaller
// than maxScale may follow ("two and a half million").
func withScale(toks []litToken, i int, amount, precision float64, maxScale int) (numPhrase, bool) {
	if i < len(toks) && toks[i].kind == tokWord && toks[i].sep == ' ' {
		if e, ok := scaleWords[toks[i].text]; ok && e < maxScale {
			return numPhrase{amount: amount * pow10f(e), precision: precision * pow10f(e), end: i + 1}, true
		}
	}
	return numPhrase{amount: amount, precision: precision, end: i}, true
}
