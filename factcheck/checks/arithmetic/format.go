package arithmetic

import (
	"math"
	"strconv"
	"strings"
)

// fmtNum writes x with d decimals and thousands separators: 1,150.5.
func fmtNum(x float64, d int) string {
	s := strconv.FormatFloat(math.Abs(x), 'f', d, 64)
	intPart, frac, _ := strings.Cut(s, ".")
	var b strings.Builder
	if x < 0 && s != strconv.FormatFloat(0, 'f', d, 64) {
		b.WriteByte('-')
	}
	for i, c := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(c)
	}
	if frac != "" {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// fmtOutside writes x with as few decimals (up to two) as show that it
// lies outside the stated range [lo, hi]: 15 beside "8%", 8.6 beside "8%".
func fmtOutside(x, lo, hi float64) string {
	if lo > hi {
		lo, hi = hi, lo
	}
	d := 0
	if x < 1 {
		d = 1
	}
	for ; d < 2; d++ {
		r, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', d, 64), 64)
		if r < lo || r > hi {
			break
		}
	}
	return fmtNum(x, d)
}

// decimals returns the number of decimals written in a figure's text.
func decimals(text string) int {
	i := strings.IndexByte(text, '.')
	if i < 0 {
		return 0
	}
	n := 0
	for _, c := range text[i+1:] {
		if c < '0' || c > '9' {
			break
		}
		n++
	}
	return n
}

// currencySymbols write the common currencies before a figure.
var currencySymbols = map[string]string{"GBP": "£", "USD": "$", "EUR": "€", "JPY": "¥"}

// fmtLike writes the amount x as the figure f is written: with its
// currency, its scale word ("m", "bn", "million") and its decimals.
func fmtLike(x float64, f *figure) string {
	if u, ok := strings.CutPrefix(f.unit, "unit:"); ok {
		// A measure keeps its unit: "176km", never "176k" of "km".
		return fmtNum(x, decimals(f.text())) + u
	}
	t := strings.ToLower(f.text())
	scale, suffix := 1.0, ""
	for _, s := range []struct {
		word string
		mult float64
	}{{"trillion", 1e12}, {"billion", 1e9}, {"million", 1e6}, {"bn", 1e9}, {"tn", 1e12}, {"m", 1e6}, {"k", 1e3}} {
		i := strings.LastIndex(t, s.word)
		if i > 0 && t[i-1] >= '0' && t[i-1] <= '9' || i > 1 && t[i-1] == ' ' && len(s.word) > 2 {
			scale, suffix = s.mult, s.word
			if len(s.word) > 2 {
				suffix = " " + s.word
			}
			break
		}
	}
	num := fmtNum(x/scale, decimals(f.text())) + suffix
	if sym, ok := currencySymbols[f.unit]; ok && f.m.Value.Kind.String() == "money" {
		return sym + num
	}
	if f.unit != "" && !strings.HasPrefix(f.unit, "unit:") {
		return num + " " + f.unit
	}
	return num
}
