package extract

import (
	"strconv"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// This file reads the parts of a sum of money that follow its main
// figure and currency — "3 dollars 50 cents", "15 dollars and 15",
// "£4 20p" — and codes glued to their figures, "USD115".

// minorOf names the hundredth parts a main currency is counted in.
var minorOf = lexicon(map[string]string{
	"cent": "", "cents": "", "penny": "GBP", "pence": "GBP", "p": "GBP",
})

// moneyCents adds the cents or pence after a sum in a main unit at token
// i: "3 dollars 50 cents", "thirteen dollars forty-five", "15 dollars and
// 15", "10 $ 30 cent". A figure without a minor unit counts only when
// nothing follows that it could count ("15 dollars and 15 people" is two
// figures). It returns the token after what it read.
func (d *doc) moneyCents(v *claims.Value, i, limit int) int {
	if v.Amount != float64(int64(v.Amount)) || v.Amount < 0 || v.Amount >= 100000 {
		return i
	}
	j := i
	and := d.fAt(j) == "and" && j < limit
	if and {
		j++
	}
	if j >= limit || d.toks[j].Glued() {
		return i
	}
	var cents float64
	var end int
	switch d.toks[j].Kind {
	case text.Number:
		if len(d.f(j)) > 2 {
			return i
		}
		c, err := strconv.Atoi(d.f(j))
		if err != nil {
			return i
		}
		cents, end = float64(c), j+1
	case text.Word:
		if d.toks[j].lex&lxValueStart == 0 {
			return i
		}
		amount, _, size, ok := claims.ScanNumber(d.textOf(j, min(limit, j+4)))
		if !ok {
			return i
		}
		end = j + 1
		for end < limit && int(d.toks[end-1].End-d.toks[j].Start) < size {
			end++
		}
		if int(d.toks[end-1].End-d.toks[j].Start) != size {
			return i
		}
		cents = amount
		if cents < 10 && !and && !minorUnitAt(d, end, limit) {
			return i // "£10 one-off"
		}
	default:
		return i
	}
	if cents < 1 || cents > 99 || cents != float64(int(cents)) || end < limit && d.toks[end].Glued() && d.toks[end].Kind != text.Punct {
		return i
	}
	if mc, ok := minorOf.get(d.fAt(end)); ok && end < limit && (mc == "" || mc == v.Unit) {
		end++
	} else if end < limit && d.toks[end].Kind == text.Word && !d.in(functionWords, end) {
		return i // "$5 and 20 people"
	} else if end < limit && d.toks[end].Kind == text.Number {
		return i
	}
	v.Amount += cents / 100
	v.Precision = 0.005
	return end
}

// gluedCode reads a capitalized currency code glued to its figure at token
// i, "USD115", and returns the code and the amount.
func (d *doc) gluedCode(i int) (string, float64, bool) {
	t := d.toks[i]
	f := d.f(i)
	if t.Kind != text.Word || len(f) < 4 || len(f) > 16 || f[3] < '0' || f[3] > '9' || !t.Has(text.Upper) {
		return "", 0, false
	}
	if !currencyCodes.has(f[:3]) {
		return "", 0, false
	}
	v, err := strconv.ParseFloat(f[3:], 64)
	if err != nil {
		return "", 0, false
	}
	c, _ := currencyCode(f[:3])
	return c, v, true
}

// minorUnitAt reports whether token i names cents or pence.
func minorUnitAt(d *doc, i, limit int) bool {
	_, ok := minorOf.get(d.fAt(i))
	return ok && i < limit
}
