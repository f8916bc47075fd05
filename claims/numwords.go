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
	"seventeen": 17, "eighteen": 18, "nineteen": 19,
}

var tensNumbers = map[string]int{
	"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

// scaleWords are the powers of ten that multiply a number in words or
// digits.
var scaleWords = map[string]int{
	"thousand": 3, "million": 6, "billion": 9, "trillion": 12,
}

// scaleSuffixes are the abbreviations of scale words written after digits.
// The one-letter ones must be attached ("5m", "$7.2m"): "5 m" is five
// metres.
var scaleSuffixes = map[string]int{
	"k": 3, "m": 6, "b": 9,
	"mn": 6, "mln": 6, "bn": 9, "bln": 9, "tn": 12, "trn": 12,
}

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
	toks := tokenizeLiteral(s)
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
	if t := toks[i]; (t.kind == tokSym && t.text == "-") || (t.kind == tokWord && t.text == "minus") {
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
	scale := 0
	if i < len(toks) && toks[i].kind == tokWord {
		w := toks[i].text
		if e, ok := scaleWords[w]; ok && toks[i].sep != '-' {
			scale = e
			i++
		} else if e, ok := scaleSuffixes[w]; ok && (toks[i].sep == 0 || len(w) > 1 && toks[i].sep == ' ') {
			scale = e
			i++
		}
	}
	amount, err := strconv.ParseFloat(mant+"e"+strconv.Itoa(exp+scale), 64)
	if err != nil || math.IsInf(amount, 0) {
		return numPhrase{}, false, fmt.Errorf("claims: %q is out of range (want a finite number)", text)
	}
	precision := halfUnit(scale + exp - decimals)
	if fden != 0 {
		amount += float64(fnum) / float64(fden) * pow10f(scale)
		precision = pow10f(scale) / float64(2*fden)
	}
	return numPhrase{amount: amount, precision: precision, end: i}, true, nil
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
	// "a half", "two-thirds", then an optional scale word.
	if num, den, ok := fractionAt(toks, i); ok {
		return withScale(toks, i+2, float64(num)/float64(den), 1/float64(2*den), 100)
	}
	// "half a million", "half an hour".
	if toks[i].text == "half" && i+1 < len(toks) && (toks[i+1].text == "a" || toks[i+1].text == "an") {
		return withScale(toks, i+2, 0.5, 0.25, 100)
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
			if last == wNone || last == wScale || last == wHundred || cur >= 100 || cur == 0 {
				break
			}
			cur *= 100
			last = wHundred
		} else if w == "dozen" {
			if last == wNone || last == wScale || last == wHundred || cur == 0 || cur > 99 {
				break
			}
			cur *= 12
			last = wHundred
		} else if e, ok := scaleWords[w]; ok {
			if last == wNone || last == wScale || e >= lastScale || cur == 0 {
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
	return numPhrase{amount: total + float64(cur), precision: halfUnit(lastMult), end: end}, true
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
