package claimreview

import (
	"math"
	"regexp"
	"strconv"
	"strings"
	"unicode"
)

// This file reads the figures of a claim for matching: "$7.2 million",
// "7,200,000 dollars", "40%", "1867", "tres millones". A figure is a value
// with the precision its digits give ("7.2 million" covers 7.15–7.25
// million) and a kind, so that a claim and a review agree on a figure
// when their values lie within each other's precision, and disagree when
// they give different values of one kind.

// A figureKind tells money, percentages, years and other counts apart.
type figureKind uint8

const (
	figCount figureKind = iota
	figMoney
	figPercent
	figYear
)

// A figure is a number a claim gives.
type figure struct {
	value, precision float64
	kind             figureKind
}

// token is the figure's feature: its value, so that "7.2 million" and
// "$7,200,000" are one feature.
func (f figure) token() string { return "#" + strconv.FormatFloat(f.value, 'g', 6, 64) }

// agrees reports whether two figures may be the same figure as written:
// each within the other's precision.
func (f figure) agrees(g figure) bool {
	tol := max(f.precision, g.precision) + 1e-9*max(math.Abs(f.value), math.Abs(g.value))
	return math.Abs(f.value-g.value) <= tol
}

// figureRE finds a figure: an optional currency sign, digits with
// thousands separators and a decimal part, and an optional scale or unit
// word after it.
var figureRE = regexp.MustCompile(`(?i)([$£€₹¥]|\b(?:us|r)\$|\brs\.?)?\s?(\d{1,3}(?:,\d{3})+|\d+)(?:[.,](\d+))?(?:\s?(%|per ?cent\b|percent\b|por ?cento?\b|pour ?cent\b|prozent\b|[a-z\p{L}]+))?`)

// numberWords are number words that count as figures before a scale
// word ("three million", "tres millones").
var numberWords = map[string]float64{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30, "forty": 40,
	"fifty": 50, "hundred": 100, "a": 1, "un": 1, "uno": 1, "una": 1, "dos": 2, "tres": 3,
	"cuatro": 4, "cinco": 5, "deux": 2, "trois": 3, "um": 1, "dois": 2, "três": 3, "zwei": 2, "drei": 3,
}

// figureScale maps scale words (in the languages of the stopwords) to
// their factor.
var figureScale = map[string]float64{
	"k": 1e3, "thousand": 1e3, "mil": 1e3, "mille": 1e3, "tausend": 1e3,
	"m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6, "millón": 1e6, "millon": 1e6, "millones": 1e6,
	"milhão": 1e6, "milhao": 1e6, "milhões": 1e6, "milhoes": 1e6, "millionen": 1e6, "mio": 1e6,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7,
	"b": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9, "milliard": 1e9, "milliards": 1e9,
	"milliarde": 1e9, "milliarden": 1e9, "mrd": 1e9, "bilhão": 1e9, "bilhao": 1e9, "bilhões": 1e9, "bilhoes": 1e9,
	"trillion": 1e12, "trillions": 1e12, "billón": 1e12, "billones": 1e12,
}

// currencyWords follow a figure that is money.
var currencyWords = map[string]bool{
	"dollar": true, "dollars": true, "usd": true, "euro": true, "euros": true, "eur": true, "pound": true,
	"pounds": true, "gbp": true, "rupee": true, "rupees": true, "inr": true, "reais": true, "real": true,
	"peso": true, "pesos": true, "yuan": true, "yen": true, "dólares": true, "dolares": true, "dólar": true,
}

// figureWords are the words that make up figures; they are not content
// words of their own.
var figureWords = func() map[string]bool {
	m := map[string]bool{"percent": true, "per": true, "cent": true, "prozent": true, "cento": true, "ciento": true}
	for w := range figureScale {
		m[plain(w, false)] = true
	}
	for w := range currencyWords {
		m[plain(w, false)] = true
	}
	return m
}()

// figures returns the figures of s, in order.
func figures(s string) []figure {
	var out []figure
	for _, m := range figureRE.FindAllStringSubmatchIndex(s, -1) {
		sign := group(s, m, 1)
		intPart := strings.ReplaceAll(group(s, m, 2), ",", "")
		frac := group(s, m, 3)
		after := strings.ToLower(group(s, m, 4))
		v, err := strconv.ParseFloat(intPart, 64)
		if err != nil {
			continue
		}
		// "1,200" is twelve hundred; "7,2" a decimal comma.
		if frac != "" {
			f, _ := strconv.ParseFloat("0."+frac, 64)
			v += f
		}
		prec := 0.5 * math.Pow(10, -float64(len(frac)))
		f := figure{value: v, precision: prec}
		switch {
		case after == "%" || strings.Contains(after, "cent") || after == "prozent":
			f.kind = figPercent
		case figureScale[after] != 0:
			f.value *= figureScale[after]
			f.precision *= figureScale[after]
			if next := nextWord(s, m[1]); currencyWords[next] {
				f.kind = figMoney
			}
		case currencyWords[after]:
			f.kind = figMoney
		}
		if sign != "" {
			f.kind = figMoney
		}
		if f.kind == figCount && frac == "" && f.value >= 1800 && f.value <= 2100 && !strings.Contains(group(s, m, 2), ",") {
			f.kind = figYear
		}
		out = append(out, f)
	}
	ws := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) })
	for i := 1; i < len(ws); i++ {
		n, ok := numberWords[ws[i-1]]
		if scale := figureScale[ws[i]]; ok && scale != 0 {
			f := figure{value: n * scale, precision: 0.5 * scale}
			if i+1 < len(ws) && currencyWords[ws[i+1]] {
				f.kind = figMoney
			}
			out = append(out, f)
		}
	}
	return out
}

// group returns submatch i of match m of s, "" when it did not take part.
func group(s string, m []int, i int) string {
	if m[2*i] < 0 {
		return ""
	}
	return s[m[2*i]:m[2*i+1]]
}

// nextWord returns the word after byte i of s, lowercased.
func nextWord(s string, i int) string {
	f := strings.Fields(s[i:])
	if len(f) == 0 {
		return ""
	}
	return strings.ToLower(strings.Trim(f[0], ".,;:!?)\"'"))
}

// figuresAgree reports whether the figures of a claim may be those of a
// review: every figure of the review agrees with one of the claim's, or
// the claim gives no figure of its kind. A claim that says $1.2 billion
// where the review says $7.2 million is another claim, however alike the
// words.
func figuresAgree(claim, review []figure) bool {
	for _, r := range review {
		sameKind, agree := false, false
		for _, c := range claim {
			if c.kind == r.kind {
				sameKind = true
			}
			if c.agrees(r) {
				agree = true
				break
			}
		}
		if sameKind && !agree {
			return false
		}
	}
	return true
}
