package extract

import "github.com/veracity-go/veracity/claims/extract/text"

// twoDigitWords reads a number below 100 in words at token j: "six",
// "fifteen", "ninety six", "ninety-six". It returns the number and the
// token after it.
func (d *doc) twoDigitWords(j, limit int) (int, int, bool) {
	if j >= limit || d.toks[j].Kind != text.Word {
		return 0, j, false
	}
	v, ok := unitWords.get(d.f(j))
	if !ok || v < 1 || v > 90 || v == 12 && d.f(j) == "dozen" {
		return 0, j, false
	}
	if v < 20 || int(v)%10 != 0 {
		return int(v), j + 1, true
	}
	k := j + 1
	if d.fAt(k) == "-" && k < limit && d.toks[k].Glued() {
		k++
	}
	if u, ok := unitWords.get(d.fAt(k)); ok && k < limit && u >= 1 && u <= 9 {
		return int(v + u), k + 1, true
	}
	return int(v), j + 1, true
}

// yearWordsAt reads a year in words at token i: "nineteen ninety six",
// "nineteen hundred ninety three", "nineteen oh five", "twenty twenty",
// "two thousand and fifteen". Strong means the form is a year's alone,
// where "two thousand and fifteen" may be a count.
func (d *doc) yearWordsAt(i, limit int) (y, end int, strong, ok bool) {
	if i+1 >= limit || d.toks[i].Kind != text.Word {
		return 0, i, false, false
	}
	hi, isNum := unitWords.get(d.f(i))
	if !isNum {
		return 0, i, false, false
	}
	j := i + 1
	switch {
	case hi >= 11 && hi <= 20:
		switch d.f(j) {
		case "hundred":
			j++
			if d.fAt(j) == "and" {
				j++
			}
			rest, e, ok := d.twoDigitWords(j, limit)
			if !ok {
				return int(hi) * 100, j, true, hi != 20
			}
			return int(hi)*100 + rest, e, true, true
		case "oh", "o":
			u, ok := unitWords.get(d.fAt(j + 1))
			if !ok || u < 1 || u > 9 || j+1 >= limit {
				return 0, i, false, false
			}
			return int(hi)*100 + int(u), j + 2, true, true
		}
		rest, e, ok := d.twoDigitWords(j, limit)
		if !ok || rest < 10 {
			return 0, i, false, false
		}
		return int(hi)*100 + rest, e, true, true
	case hi == 2 && d.f(j) == "thousand":
		j++
		k := j
		if d.fAt(k) == "and" {
			k++
		}
		if rest, e, ok := d.twoDigitWords(k, limit); ok {
			return 2000 + rest, e, false, true
		}
		return 2000, j, false, true
	}
	return 0, i, false, false
}

// yearInWords reads a year in words standing alone at token i: strong
// forms anywhere a plural noun or unit does not follow, "two thousand and
// fifteen" only after "in", "since", "by", "until", "from" or "of".
func (d *doc) yearInWords(i, limit int) (mention, bool) {
	m := mention{first: i}
	y, e, strong, ok := d.yearWordsAt(i, limit)
	if !ok {
		return m, false
	}
	if !strong {
		switch d.fAt(i - 1) {
		case "in", "since", "by", "until", "from", "of", "till", "before", "after":
		default:
			return m, false
		}
	}
	if e < limit {
		nx := d.f(e)
		if d.toks[e].Kind == text.Word && (isPlural(nx) || irregularPlurals.at(nx) != "" || durationUnits.at(nx) != "" || measureUnits.at(nx) != "" || scaleWords.at(nx) != 0) || nx == "-" || nx == "%" {
			return m, false // "nineteen twenty-year-olds", "two thousand and fifteen people"
		}
	}
	m.val = yearValue(y)
	m.last = e
	return m, true
}

// decadeWords name decades: "the nineties" is 1990–1999.
var decadeWords = lexicon(map[string]int{
	"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50, "sixties": 60, "seventies": 70,
	"eighties": 80, "nineties": 90,
})

// decadeInWords reads "the nineties", "in nineties", "the early eighties"
// at token i: never "in their nineties", an age.
func (d *doc) decadeInWords(i int) (mention, bool) {
	n, ok := decadeWords.get(d.f(i))
	if !ok {
		return mention{}, false
	}
	k := i - 1
	switch d.fAt(k) {
	case "-", "early", "mid", "late":
		// "the mid-nineties", but "his mid-thirties" is an age
		for k > 0 {
			if _, part := partWords.get(d.f(k)); !part && d.f(k) != "-" {
				break
			}
			k--
		}
		switch d.fAt(k) {
		case "his", "her", "their", "its", "my", "your", "our", "whose":
			return mention{}, false
		}
	case "the", "in", "during", "since":
	default:
		return mention{}, false
	}
	return mention{first: i, last: i + 1, val: decadeValue(1900 + n)}, true
}

// wordsDate reads a day in words before a month at token i: "fifteen
// August nineteen hundred ninety three", "twenty first of March 2019".
func (d *doc) wordsDate(i, limit int) (mention, bool) {
	m := mention{first: i}
	dd, e, _, ok := d.dayNumberAt(i, limit, true)
	if !ok || e >= limit {
		return m, false
	}
	if d.f(e) == "of" {
		e++
	}
	mon, k, ok := d.monthAt(e, limit)
	if !ok || !d.toks[e].Has(text.Cap) {
		return m, false
	}
	y, end, ok := d.yearAfterDay(k, limit)
	if !ok || !validDate(y, mon, dd) {
		return m, false
	}
	m.val = dayValue(day(y, mon, dd))
	m.last = end
	return m, true
}
