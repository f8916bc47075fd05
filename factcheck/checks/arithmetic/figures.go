package arithmetic

import (
	"math"
	"regexp"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// A class says what part a figure can play in a relation.
type class uint8

const (
	classNone     class = iota // not a figure for relations
	classAmount                // a number, count, measure or sum of money
	classPercent               // a percentage: 8%
	classPoints                // percentage points: 2 percentage points
	classDuration              // a length of time or an age, in years
	classTime                  // a calendar time: 1990, March 2016
)

// A figure is a mention that may take part in a relation.
type figure struct {
	m     extract.Mention
	class class
	// unit tells amounts apart: "GBP", "km"; "" for numbers and counts,
	// which compare with each other.
	unit string
	// lo and hi bound the true figure as stated; for durations, in years.
	lo, hi float64
	// before and after are the normalized words between this figure and
	// its neighbours in the sentence (or the sentence's ends).
	before, after string
	// beforeT and afterT are before and after without the times of the
	// figures in them ("from 14,200 in 2023 to" is "from 14,200 to"), and
	// timesBefore and timesAfter those times; nil when there are none.
	beforeT, afterT         string
	timesBefore, timesAfter []*figure
}

// amount returns the figure's stated amount.
func (f *figure) amount() float64 { return f.m.Value.Amount }

// text returns the figure as written.
func (f *figure) text() string { return f.m.Text }

// count reports whether f is a whole number stated to the unit, as a
// count of things is: "20", "48 candidates", not "£30m" or "2.5".
func (f *figure) count() bool {
	v := f.m.Value
	return f.class == classAmount && f.unit == "" && v.Cmp == 0 && v.Amount == math.Trunc(v.Amount) &&
		f.hi-f.lo <= 1 && !strings.ContainsAny(f.text(), ".")
}

// compatible reports whether two amounts can be compared: the same
// currency or unit, or both plain numbers and counts.
func compatible(a, b *figure) bool {
	return a.class == classAmount && b.class == classAmount && a.unit == b.unit
}

var (
	ordinalText = regexp.MustCompile(`(?i)^\d[\d,]*(st|nd|rd|th)$`)
	yearText    = regexp.MustCompile(`^(1[0-9]{3}|20[0-9]{2})$`)
	// labels name a thing by its number: "page 12", "No 10", "flight 370".
	labels = wordSet(`page p pp no number nos article section chapter clause paragraph room flight route
		platform junction line level tier grade category version model series episode season round stage
		lot box unit gate channel bus figure table verse act scene psalm top formula covid windows iphone
		boeing airbus apollo vol volume issue item part phase ward district zone term question`)
	ordinalWords = wordSet(`first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth
		thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth thirtieth
		fortieth fiftieth sixtieth seventieth eightieth ninetieth hundredth thousandth millionth`)
)

// classify turns a mention into a figure, or a figure of classNone when it
// takes no part in relations: ordinals, scores, numbers that label things,
// parts of codes and phone numbers, fractions written in words.
func classify(text string, m extract.Mention) figure {
	f := figure{m: m}
	v := m.Value
	switch {
	case v.Kind == claims.KindTime:
		if !v.Start.IsZero() && !v.End.IsZero() {
			f.class = classTime
		}
		return f
	case v.Kind == claims.KindNumber && v.Cmp == claims.CmpEqual && yearText.MatchString(strings.TrimSpace(m.Text)) && !glued(text, m.Span):
		// A year the extractor left as a number.
		y := int(v.Amount)
		start := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC)
		f.m.Value = claims.Value{Kind: claims.KindTime, Text: m.Text, Start: start, End: start.AddDate(1, 0, 0), Granularity: claims.GranularityYear}
		f.class = classTime
		return f
	case !v.Kind.IsAmount() || math.IsNaN(v.Amount) || math.IsInf(v.Amount, 0):
		return f
	}
	if excluded(text, m) {
		return f
	}
	v.Precision = precision(m)
	if v.Cmp == claims.CmpEqual {
		v.Cmp = cmpBefore(text[max(0, m.Span.Start-24):m.Span.Start])
	}
	f.m.Value = v
	lo, hi, _, _ := v.Bounds()
	f.lo, f.hi = lo, hi
	switch v.Kind {
	case claims.KindPercent:
		switch v.Unit {
		case "%", "":
			f.class = classPercent
		case "pp":
			f.class = classPoints
		}
	case claims.KindDuration:
		days, ok := claims.DurationUnitDays(v.Unit)
		if !ok {
			return f
		}
		year, _ := claims.DurationUnitDays("year")
		y := days / year
		f.class, f.lo, f.hi = classDuration, lo*y, hi*y
	case claims.KindMoney:
		if v.Unit != "" {
			f.class, f.unit = classAmount, v.Unit
		}
	case claims.KindQuantity:
		f.class, f.unit = classAmount, "unit:"+v.Unit
	case claims.KindNumber, claims.KindCount:
		if v.Amount < 1 && !strings.ContainsAny(m.Text, "0123456789") {
			return f // "a third", "half": read as words by the patterns
		}
		f.class = classAmount
		if exactCount(v) {
			f.lo, f.hi = v.Amount, v.Amount
		}
	}
	return f
}

// exactCount reports whether a count or number is exact as written: a
// whole number under 100 with no comparator counts things one by one
// ("rose from 12 to 18": 12 and 18, not 11.5 to 12.5), where a larger
// figure may be rounded ("1,200").
func exactCount(v claims.Value) bool {
	return v.Cmp == claims.CmpEqual && v.Amount >= 1 && v.Amount < 100 && v.Amount == math.Trunc(v.Amount)
}

// cmpWords are comparators written right before a figure, for a mention
// whose span leaves them out.
var cmpWords = regexp.MustCompile(`(?i)(?:^|[^a-z])(more than|over|above|at least|no fewer than|no less than|almost|nearly|about|around|roughly|approximately|some|less than|fewer than|under|below|up to|no more than|at most)\s+$`)

// cmpLastWords are the last words of cmpWords' comparators.
var cmpLastWords = wordSet(`than over above least almost nearly about around roughly approximately some under below to most`)

// cmpBefore returns the comparator that ends the text before a figure.
func cmpBefore(before string) claims.Comparator {
	if !mayEndInCmp(before) {
		return claims.CmpEqual
	}
	m := cmpWords.FindStringSubmatch(before)
	if m == nil {
		return claims.CmpEqual
	}
	switch strings.ToLower(m[1]) {
	case "more than", "over", "above":
		return claims.CmpGreater
	case "at least", "no fewer than", "no less than":
		return claims.CmpAtLeast
	case "less than", "fewer than", "under", "below":
		return claims.CmpLess
	case "up to", "no more than", "at most":
		return claims.CmpAtMost
	}
	return claims.CmpAbout
}

// mayEndInCmp reports whether before may match cmpWords: it ends in white
// space after one of cmpLastWords, in any case; a word with other than
// ASCII letters is left to the regexp, whose case folding knows more
// (the Kelvin sign is a "k").
func mayEndInCmp(before string) bool {
	e := len(before)
	for e > 0 && isRESpace(before[e-1]) {
		e--
	}
	if e == len(before) {
		return false
	}
	b := e
	for b > 0 && (isASCIILetter(before[b-1]) || before[b-1] >= utf8.RuneSelf) {
		b--
	}
	w := before[b:e]
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			return true
		}
	}
	return cmpLastWords[strings.ToLower(w)]
}

// isRESpace reports whether c is white space to a regexp's \s.
func isRESpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

// excluded reports whether an amount mention is an ordinal, a score, a
// label's number, part of a code or a phone number.
func excluded(text string, m extract.Mention) bool {
	t := strings.TrimSpace(m.Text)
	lt := strings.ToLower(t)
	if ordinalText.MatchString(t) || ordinalWords[lt] {
		return true
	}
	if glued(text, m.Span) {
		return true
	}
	// Phone numbers and codes: "0800", "07700".
	if len(t) > 1 && t[0] == '0' && t[1] >= '0' && t[1] <= '9' {
		return true
	}
	before := text[:m.Span.Start]
	after := text[m.Span.End:]
	// Scores and ranges of numbers written with a dash: "won 3-1", "3–1".
	if dashDigit(after) || dashDigitBefore(before) {
		return true
	}
	// Times of day and ratios: "10:30", "3:1".
	if strings.HasPrefix(after, ":") && len(after) > 1 && after[1] >= '0' && after[1] <= '9' {
		return true
	}
	// A label before the number: "page 12", "No. 10", "FTSE 100".
	prev := lastWord(before)
	if labels[strings.ToLower(strings.TrimSuffix(prev, "."))] {
		return true
	}
	if isUpperWord(prev) && utf8.RuneCountInString(prev) <= 5 && !currencyWord(prev) {
		return true
	}
	return false
}

// glued reports whether a mention is part of a longer token: a letter or a
// hyphen after a letter right before it ("A1", "M25", "Covid-19"), or a
// letter right after it ("4G").
func glued(text string, s claims.Span) bool {
	if s.Start > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s.Start])
		if unicode.IsLetter(r) {
			return true
		}
		if r == '-' || r == '/' {
			r2, _ := utf8.DecodeLastRuneInString(text[:s.Start-1])
			if unicode.IsLetter(r2) || unicode.IsDigit(r2) {
				return true
			}
		}
	}
	if s.End < len(text) {
		r, _ := utf8.DecodeRuneInString(text[s.End:])
		if unicode.IsLetter(r) || r == '/' {
			return true
		}
	}
	return false
}

// dashDigit reports whether s starts with a dash and a digit: "-1", " – 1".
func dashDigit(s string) bool {
	s = strings.TrimLeft(s, " ")
	for _, d := range []string{"-", "\u2013", "\u2014"} {
		if rest, ok := strings.CutPrefix(s, d); ok {
			rest = strings.TrimLeft(rest, " ")
			return rest != "" && rest[0] >= '0' && rest[0] <= '9'
		}
	}
	return false
}

// dashDigitBefore reports whether s ends with a digit and a dash: "3-".
func dashDigitBefore(s string) bool {
	s = strings.TrimRight(s, " ")
	for _, d := range []string{"-", "\u2013", "\u2014"} {
		if rest, ok := strings.CutSuffix(s, d); ok {
			rest = strings.TrimRight(rest, " ")
			return rest != "" && rest[len(rest)-1] >= '0' && rest[len(rest)-1] <= '9'
		}
	}
	return false
}

// lastWord returns the word that ends s, after trailing white space.
func lastWord(s string) string {
	s = strings.TrimRight(s, " \t")
	i := strings.LastIndexFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && r != '.' && r != '&' })
	return s[i+1:]
}

// isUpperWord reports whether w is written in capitals: "FTSE", "S&P".
func isUpperWord(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLower(r) {
			return false
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 2 && !strings.Contains(w, ".")
}

// currencyWord reports whether w is a currency code written before a
// figure: "USD 5m".
func currencyWord(w string) bool {
	_, ok := claims.CurrencyCode(strings.ToLower(w))
	return ok || len(w) == 3 && (w == "USD" || w == "GBP" || w == "EUR")
}

// precision returns the half-width of the range an amount covers as
// written. When the extractor gave none for an inexact figure, the value
// parser's reading of the mention's text is used: "1,150" is to the
// nearest unit, "£30m" to the nearest million.
func precision(m extract.Mention) float64 {
	v := m.Value
	if v.Precision > 0 {
		return v.Precision
	}
	for _, t := range []string{m.Text, ageLiteral(m.Text)} {
		if p, err := claims.ParseValue(t); err == nil && p.Kind.IsAmount() && sameAmount(p.Amount, v.Amount) {
			return p.Precision
		}
	}
	// An unreadable text: be generous, to the last non-zero digit.
	a := math.Abs(v.Amount)
	if a == 0 || a != math.Trunc(a) {
		return 0.5
	}
	p := 0.5
	for a >= 10 && math.Mod(a, 10) == 0 {
		a /= 10
		p *= 10
	}
	return p
}

func sameAmount(a, b float64) bool {
	return math.Abs(a-b) <= 1e-9*max(1, math.Abs(a), math.Abs(b))
}

// ageLiteral rewrites an age as a duration the value parser reads:
// "40-year-old" is "40 years".
func ageLiteral(s string) string {
	s = strings.TrimSuffix(strings.TrimSuffix(strings.TrimSpace(s), "old"), "-")
	s = strings.TrimSpace(strings.ReplaceAll(s, "-year", " year"))
	if !strings.HasSuffix(s, "s") {
		s += "s"
	}
	return s
}
