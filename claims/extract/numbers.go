package extract

import (
	"math"
	"strconv"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// A number is a figure found at a token: "3.5", "1,234", "three and a
// half", "7.2 million", "18th", "two-thirds".
type number struct {
	end       int // the token after the number
	amount    float64
	precision float64
	words     bool // written in words
	ordinal   bool
	fraction  bool
	scaled    bool // a scale word or suffix: "million", "bn"
	weakScale bool // a suffix that may be a unit instead: "5m", "10k"
	plain4    bool // four digits, no separator, no decimals: maybe a year
	digits    int  // the token's digit count, for a plain integer
}

var (
	// unitWords and ordinalWords are the number words of the value parser
	// (claims.CardinalWords, claims.OrdinalWords), one lexicon for files and
	// text, plus what the extractor also reads as a figure: "dozen", and
	// the ordinals of scales ("a hundredth"). "Nought" and "naught" are
	// left to the run scanner (numberish), which reads them inside figures
	// ("nine point nought four") and one by one ("three-nought-four").
	unitWords    = lexicon(wordValues(claims.CardinalWords(), map[string]float64{"dozen": 12}, "nought", "naught"))
	ordinalWords = lexicon(wordValues(claims.OrdinalWords(), map[string]float64{"hundredth": 100, "thousandth": 1000, "millionth": 1e6}))
	scaleWords   = lexicon(map[string]float64{
		"hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
		"mn": 1e6, "bn": 1e9, "tn": 1e12, "trn": 1e12,
	})
	// scaleSuffixes follow digits without a space: "$7.2bn", "5m".
	scaleSuffixes = lexicon(map[string]float64{"bn": 1e9, "tn": 1e12, "trn": 1e12, "mn": 1e6, "m": 1e6, "k": 1e3, "b": 1e9})
	// fractionWords are denominators after a number word: "two-thirds".
	fractionWords = lexicon(map[string]float64{
		"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fifth": 5,
		"fifths": 5, "sixth": 6, "sixths": 6, "tenth": 10, "tenths": 10,
	})
)

// wordValues returns the words of base with their values as float64, and
// those of extra, less the words left out.
func wordValues(base map[string]int, extra map[string]float64, leftOut ...string) map[string]float64 {
	m := make(map[string]float64, len(base)+len(extra))
	for w, v := range base {
		m[w] = float64(v)
	}
	for w, v := range extra {
		m[w] = v
	}
	for _, w := range leftOut {
		delete(m, w)
	}
	return m
}

// parseNumber reads a number starting at token i of the sentence ending at
// token limit. The scanner here finds where the number ends; its amount and
// precision come from [claims.ParseNumber], the parser claim-set files use,
// whenever that reads the same text.
func (d *doc) parseNumber(i, limit int) (number, bool) {
	if i >= limit {
		return number{}, false
	}
	var n number
	var ok bool
	start := i
	if w := d.f(i); i+1 < limit && (w == "-" && (i == 0 || !d.toks[i].Glued() || d.toks[i-1].Kind == text.Punct) && d.toks[i+1].Glued() || w == "minus" || w == "negative") {
		// a negative figure: "-9.5", "minus five"
		i++
	}
	switch d.toks[i].Kind {
	case text.Number:
		n, ok = d.parseDigits(i, limit)
	case text.Word:
		n, ok = d.parseWords(i, limit)
	}
	// The longest number claims.ScanNumber reads in the run of number
	// words and figures wins over the scanner's own reading: "two
	// thousand and two hundred", "one and a fourth", "1.3e6", "a
	// hundredth", "one over twenty".
	run := i
	for run < limit && run < i+16 && d.numberish(run) {
		run++
	}
	if run > i && (run > i+1 || !ok || n.end <= i+1) {
		if e, amount, prec, found := d.scanRun(start, i, run, limit); found && (!ok || e >= n.end) {
			if !ok {
				n = number{words: d.toks[i].Kind == text.Word}
			}
			if e > n.end || n.ordinal {
				n.plain4, n.weakScale, n.ordinal = false, false, false
				n.fraction = amount != math.Trunc(amount)
				for k := i; k < e; k++ {
					n.scaled = n.scaled || scaleWords.at(d.f(k)) != 0
				}
			}
			n.end, n.amount, n.precision = e, amount, prec
			return n, true
		}
	}
	if !ok {
		return number{}, false
	}
	if start != i {
		if n.ordinal {
			return number{}, false
		}
		n.amount = -n.amount
	}
	return n, true
}

// scanRun reads the number claims.ScanNumber finds at the start of tokens
// [start, run) and returns the token after it. A number must not end on
// "a", "and" or a dash; "over" makes a fraction only when no noun
// follows ("one over twenty" but not "2000 over 3 years"), "out of" only
// between numbers in words.
func (d *doc) scanRun(start, i, run, limit int) (int, float64, float64, bool) {
	base := int(d.toks[start].Start)
	amount, prec, size, ok := claims.ScanNumber(d.textOf(start, run))
	if !ok || math.IsInf(amount, 0) || math.IsNaN(amount) {
		return 0, 0, 0, false
	}
	e := i + 1
	for e <= run && int(d.toks[e-1].End)-base < size {
		e++
	}
	if e > run || int(d.toks[e-1].End)-base != size {
		return 0, 0, 0, false
	}
	if lw := d.f(e - 1); d.toks[e-1].Kind == text.Punct || lw == "a" || lw == "an" || lw == "and" {
		return 0, 0, 0, false
	}
	if _, ok := ordinalWords.get(d.f(e - 1)); ok && e < limit {
		// "a fourth term", "a ninth straight win", "a fourth-quarter
		// charge" are ordinals; "a fourth of the budget" a fraction.
		if nx := d.toks[e]; nx.Glued() && d.f(e) == "-" || nx.Kind == text.Word && d.f(e) != "of" {
			return 0, 0, 0, false
		}
	}
	out, digits := false, false
	for k := i; k < e; k++ {
		if d.f(k) == "over" && e < limit && d.toks[e].Kind == text.Word && !d.in(functionWords, e) {
			return 0, 0, 0, false
		}
		out = out || d.f(k) == "out"
		digits = digits || d.toks[k].Kind == text.Number
	}
	if out && digits {
		// "three out of four" is a proportion; "12 out of 40 councils"
		// gives the part and the whole, which the share check reads.
		return 0, 0, 0, false
	}
	return e, amount, prec, true
}

// numberish reports whether token i may be part of a number's text.
func (d *doc) numberish(i int) bool {
	t := d.toks[i]
	switch t.Kind {
	case text.Number:
		return true
	case text.Punct:
		switch d.f(i) {
		case "-", ".", "/", "^", "+", "\u2044":
			return t.Glued() || d.f(i) == "-"
		case ",":
			return t.Glued() && i+1 < len(d.toks) && d.toks[i+1].Kind == text.Number && !d.toks[i+1].Glued()
		}
		return false
	}
	w := d.f(i)
	if _, ok := unitWords.get(w); ok {
		return true
	}
	if _, ok := scaleWords.get(w); ok {
		return true
	}
	if _, ok := fractionWords.get(w); ok {
		return true
	}
	switch w {
	case "a", "an", "and", "minus", "negative", "dozen", "dozens", "doz", "dozs", "eighth", "eighths", "fourth", "fourths",
		"sevenths", "ninths", "k", "m", "e", "half", "quarter", "quarters", "point", "nought", "naught", "oh",
		"over", "out", "of", "hundreds", "lakh", "lakhs", "crore", "crores", "hundredth", "hundredths", "thousandth",
		"thousandths", "millionth", "millionths", "billionth", "billionths", "trillionth", "trillionths":
		return true
	}
	if _, ok := ordinalWords.get(w); ok {
		return true
	}
	if strings.HasSuffix(w, "ths") || strings.HasSuffix(w, "firsts") || strings.HasSuffix(w, "seconds") || strings.HasSuffix(w, "thirds") {
		return true
	}
	if t.Glued() && i > 0 && d.toks[i-1].Kind == text.Number {
		return len(w) <= 3 // "1.3e6", "5k", "2bn"
	}
	return false
}

func (d *doc) parseDigits(i, limit int) (number, bool) {
	s := d.f(i)
	clean := strings.ReplaceAll(s, ",", "")
	if k := strings.LastIndexByte(s, ','); k >= 0 && strings.IndexByte(s, '.') >= 0 && k > strings.IndexByte(s, '.') {
		// "1.111,11": points group, the comma is the decimal
		clean = strings.ReplaceAll(s[:k], ".", "") + "." + s[k+1:]
	}
	if n, ok := d.spacedThousands(i, limit); ok {
		return n, true
	}
	v, err := strconv.ParseFloat(clean, 64)
	if err != nil || math.IsInf(v, 0) {
		return number{}, false
	}
	n := number{end: i + 1, amount: v}
	if dot := strings.IndexByte(clean, '.'); dot >= 0 {
		n.precision = 0.5 * math.Pow(10, -float64(len(clean)-dot-1))
	} else {
		n.digits = len(clean)
		n.plain4 = len(s) == 4
	}
	j := i + 1
	// A mixed fraction: "2 1/4".
	if n.precision == 0 && n.amount < 1000 && j+2 < limit && d.toks[j].Kind == text.Number && !d.toks[j].Glued() &&
		d.toks[j].Flags&text.Newline == 0 && d.f(j+1) == "/" && d.toks[j+1].Glued() && d.toks[j+2].Glued() && d.toks[j+2].Kind == text.Number &&
		(j+3 >= limit || !d.toks[j+3].Glued() || d.toks[j+3].Kind != text.Punct || d.f(j+3) == "," || d.f(j+3) == ".") {
		num, err1 := strconv.Atoi(d.f(j))
		den, err2 := strconv.Atoi(d.f(j + 2))
		if err1 == nil && err2 == nil && num > 0 && num < den && den <= 64 {
			n.amount += float64(num) / float64(den)
			n.precision = 0.5 / float64(den)
			n.fraction, n.plain4, n.digits = true, false, 0
			n.end = j + 3
			return n, true
		}
	}
	// A scale written as a capital letter after a decimal figure: "1,674.5 G".
	if n.precision > 0 && j < limit && !d.toks[j].Glued() && d.toks[j].Kind == text.Word && d.toks[j].Has(text.Cap) && len(d.f(j)) == 1 {
		if m := capitalScales.at(d.f(j)); m != 0 {
			n.amount *= m
			n.precision *= m
			n.scaled = true
			n.end = j + 1
			return n, true
		}
	}
	// A fraction: "3/4", "1⁄2".
	if j+1 < limit && d.toks[j].Glued() && d.toks[j+1].Glued() && d.toks[j+1].Kind == text.Number &&
		(d.f(j) == "\u2044" || d.f(j) == "/" && (j+2 >= limit || d.f(j+2) != "/")) {
		den, err := strconv.ParseFloat(d.f(j+1), 64)
		if err == nil && den >= 2 && den <= 100 && n.precision == 0 && !strings.Contains(d.f(j+1), ".") {
			n.amount /= den
			n.fraction, n.plain4 = true, false
			n.end = j + 2
			return n, true
		}
	}
	if j < limit && d.toks[j].Glued() && d.toks[j].Kind == text.Word {
		suf := d.f(j)
		switch {
		case n.precision == 0 && (suf == "th" || suf == "st" || suf == "nd" || suf == "rd"):
			n.ordinal, n.plain4 = true, false
			n.end = j + 1
			return n, true
		case scaleSuffixes.at(suf) != 0:
			m := scaleSuffixes.at(suf)
			n.amount *= m
			n.precision *= m
			n.scaled, n.plain4 = true, false
			n.weakScale = suf == "m" || suf == "k" || suf == "b"
			n.end = j + 1
			return n, true
		}
	}
	if j < limit && d.toks[j].Kind == text.Word && !d.toks[j].Glued() {
		if m := scaleWords.at(d.f(j)); m != 0 {
			n.amount *= m
			n.precision *= m
			n.scaled, n.plain4 = true, false
			n.end = j + 1
		}
	}
	return n, true
}

// capitalScales are the capital letters that scale a decimal figure.
var capitalScales = lexicon(map[string]float64{"k": 1e3, "m": 1e6, "g": 1e9, "b": 1e9, "t": 1e12})

// spacedThousands reads a figure grouped with spaces, "1 234 567": one to
// three digits and at least two groups of three, on one line.
func (d *doc) spacedThousands(i, limit int) (number, bool) {
	s := d.f(i)
	if len(s) > 3 || strings.ContainsAny(s, ".,") || i > 0 && d.toks[i-1].Kind == text.Number && !d.toks[i].Has(text.Newline) {
		return number{}, false
	}
	digits := s
	j := i + 1
	for j < limit && d.toks[j].Kind == text.Number && len(d.f(j)) == 3 && !d.toks[j].Glued() && d.toks[j].Flags&text.Newline == 0 &&
		!strings.ContainsAny(d.f(j), ".,") && d.text[d.toks[j].Start-2] != ' ' {
		digits += d.f(j)
		j++
	}
	if j-i < 3 || j < limit && d.toks[j].Glued() && d.toks[j].Kind != text.Punct {
		return number{}, false
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil {
		return number{}, false
	}
	return number{end: j, amount: v, precision: 0.5, digits: len(digits)}, true
}

// parseWords reads a number in words: "three and a half", "twenty-five",
// "one hundred and twenty", "a dozen", "two-thirds", "first".
func (d *doc) parseWords(i, limit int) (number, bool) {
	w := d.f(i)
	if v, ok := ordinalWords.get(w); ok {
		return number{end: i + 1, amount: v, words: true, ordinal: true}, true
	}
	if w == "half" {
		return number{end: i + 1, amount: 0.5, words: true, fraction: true}, true
	}
	var total, cur float64
	any := false
	j := i
	last := i // token after the last number word
	for j < limit {
		w := d.f(j)
		switch {
		case w == "a" || w == "an":
			// "a hundred", "a dozen", "a half", "a third"
			if j+1 < limit && (scaleWords.at(d.f(j+1)) != 0 || d.f(j+1) == "dozen") && !any {
				cur = 1
				any = true
				j++
				last = j
				continue
			}
			if j+1 < limit && fractionWords.at(d.f(j+1)) != 0 && !any {
				cur = 1 / fractionWords.at(d.f(j+1))
				any = true
				j += 2
				last = j
				return number{end: last, amount: cur, words: true, fraction: true}, true
			}
		case w == "and" && any:
			// "one hundred and twenty", "three and a half"
			if j+2 < limit && d.f(j+1) == "a" && d.f(j+2) == "half" {
				cur += 0.5
				j += 3
				last = j
				continue
			}
			if j+1 < limit && unitWords.at(d.f(j+1)) != 0 && cur >= 100 {
				j++
				continue
			}
		case w == "-" && any && d.toks[j].Glued() && j+1 < limit && d.toks[j+1].Glued():
			// "twenty-five", "two-thirds"
			nx := d.f(j + 1)
			if den, ok := fractionWords.get(nx); ok {
				return number{end: j + 2, amount: (total + cur) / den, words: true, fraction: true}, true
			}
			if _, ok := unitWords.get(nx); ok {
				j++
				continue
			}
			if v, ok := ordinalWords.get(nx); ok && cur >= 20 {
				return number{end: j + 2, amount: total + cur + v, words: true, ordinal: true}, true
			}
		default:
			if v, ok := unitWords.get(w); ok {
				if w == "dozen" && cur > 0 {
					cur *= 12
				} else {
					cur += v
				}
				any = true
				j++
				last = j
				continue
			}
			if m, ok := scaleWords.get(w); ok && any && w != "mn" && w != "bn" && w != "tn" && w != "trn" {
				if m == 100 {
					cur *= 100
				} else {
					total += cur * m
					cur = 0
				}
				j++
				last = j
				continue
			}
			if den, ok := fractionWords.get(w); ok && any && cur >= 1 {
				return number{end: j + 1, amount: (total + cur) / den, words: true, fraction: true}, true
			}
		}
		break
	}
	if !any {
		return number{}, false
	}
	n := number{end: last, amount: total + cur, words: true}
	if n.end < limit && !d.toks[n.end].Glued() {
		if m := scaleWords.at(d.f(n.end)); m != 0 && d.f(n.end) != "hundred" {
			n.amount *= m
			n.scaled = true
			n.end++
		}
	}
	return n, true
}

// Comparators written before a figure, and after it.
var (
	cmpBefore = lexicon(buildCmpBefore())
	cmpAfter  = afterComparisons()
)

// cmpSeq is a comparison of a figure in words, and its code.
type cmpSeq struct {
	toks []string
	cmp  int
}

// cmpPhrase lists the phrases that begin with one word, longest first.
type cmpPhrase []struct {
	toks []string
	cmp  int
}

// Comparator codes, mirroring claims.Comparator without importing it here.
const (
	cmpEq = iota
	cmpAbout
	cmpGT
	cmpGE
	cmpLT
	cmpLE
)

func buildCmpBefore() map[string]cmpPhrase {
	m := map[string]cmpPhrase{}
	add := func(phrase string, c int) {
		f := strings.Fields(phrase)
		m[f[0]] = append(m[f[0]], struct {
			toks []string
			cmp  int
		}{f, c})
	}
	for phrase, c := range map[string]int{
		"over": cmpGT, "above": cmpGT, "in excess of": cmpGT, "upwards of": cmpGT,
		"just over": cmpGT, "well over": cmpGT, "just above": cmpGT, "well above": cmpGT,
		"at least": cmpGE, "no fewer than": cmpGE, "no less than": cmpGE, "a minimum of": cmpGE,
		"nearly": cmpAbout, "almost": cmpAbout, "about": cmpAbout, "around": cmpAbout, "roughly": cmpAbout,
		"approximately": cmpAbout, "some": cmpAbout, "close to": cmpAbout, "an estimated": cmpAbout,
		"estimated": cmpAbout, "circa": cmpAbout, "approx": cmpAbout, "just about": cmpAbout,
		"up to": cmpLE, "as many as": cmpLE, "as much as": cmpLE, "no more than": cmpLE, "at most": cmpLE,
		"a maximum of": cmpLE, "under": cmpLT, "below": cmpLT,
		"just under": cmpLT, "just below": cmpLT, "well under": cmpLT, "well below": cmpLT,
	} {
		add(phrase, c)
	}
	for phrase, c := range moreCmpBefore {
		add(phrase, c)
	}
	for phrase, c := range comparisonPhrases() {
		add(phrase, c)
	}
	for k, v := range m {
		for i := 1; i < len(v); i++ {
			for j := i; j > 0 && len(v[j].toks) > len(v[j-1].toks); j-- {
				v[j], v[j-1] = v[j-1], v[j]
			}
		}
		m[k] = v
	}
	return m
}

// comparatorAt matches a comparator phrase at token i and returns its code
// and the token after it, or (cmpEq, i).
func (d *doc) comparatorAt(i, limit int) (int, int) {
	for _, p := range cmpBefore.at(d.fAt(i)) {
		if j, ok := d.matchSeq(i, limit, p.toks); ok {
			return p.cmp, j
		}
	}
	return cmpEq, i
}

// comparatorAfter matches "or more", "or so"… at token i. "And more"
// needs a preposition or the end after it (andComparisonFollows), unless
// nounNext: the caller reads a counted noun after it ("250 and more
// staff").
func (d *doc) comparatorAfter(i, limit int, nounNext bool) (int, int) {
	for _, p := range cmpAfter {
		if j, ok := d.matchSeq(i, limit, p.toks); ok {
			if j+1 < limit && d.f(j) == "than" && (d.toks[j+1].Kind == text.Number || d.toks[j+1].lex&lxValueStart != 0) {
				break // "5000 or more than 4500": a second figure's comparator
			}
			if p.toks[0] == "and" && !nounNext && !d.andComparisonFollows(p.toks[1], j, limit) {
				continue
			}
			return p.cmp, j
		}
	}
	if i < limit && d.f(i) == "+" && d.toks[i].Glued() {
		return cmpGE, i + 1
	}
	return cmpEq, i
}

// orEqualAfter reads "or equal", "or equal to" at token i after a strict
// comparison of a figure ("more than 5000 or equal to"), which makes it
// include the figure, and returns the token after it, or i. "or equal to
// 4500" is a second figure's comparator and is not read.
func (d *doc) orEqualAfter(i, limit int) int {
	j, ok := d.matchSeq(i, limit, []string{"or", "equal"})
	if !ok {
		return i
	}
	if d.fAt(j) == "to" && j < limit {
		if j+1 < limit && (d.toks[j+1].Kind == text.Number || d.toks[j+1].lex&lxValueStart != 0) {
			return i
		}
		j++
	}
	return j
}

// matchSeq matches the folded tokens seq at token i and returns the token
// after them.
func (d *doc) matchSeq(i, limit int, seq []string) (int, bool) {
	if i+len(seq) > limit {
		return i, false
	}
	for k, s := range seq {
		if d.f(i+k) != s {
			return i, false
		}
	}
	return i + len(seq), true
}
