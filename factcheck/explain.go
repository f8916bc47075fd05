package factcheck

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// This file formats values for explanations: figures with thousands
// separators and currency symbols, durations with their units, times at
// their granularity, entities by name.

// currencySymbols gives the symbol written before an amount of a currency;
// other currencies are written as a code after the amount.
var currencySymbols = map[string]string{"USD": "$", "GBP": "£", "EUR": "€", "JPY": "¥"}

// formatNumber writes x with thousands separators and no more decimals than
// it needs, at most two for a figure with a long expansion: 7200000 is
// "7,200,000", 3.4714285 is "3.47".
func formatNumber(x float64) string {
	if math.IsInf(x, 1) {
		return "∞"
	}
	if math.IsInf(x, -1) {
		return "-∞"
	}
	s := strconv.FormatFloat(x, 'f', -1, 64)
	if i := strings.IndexByte(s, '.'); i >= 0 && len(s)-i-1 > 4 {
		s = strings.TrimRight(strconv.FormatFloat(x, 'f', 2, 64), "0")
		s = strings.TrimSuffix(s, ".")
	}
	sign := ""
	if strings.HasPrefix(s, "-") {
		sign, s = "-", s[1:]
	}
	if s == "0" {
		sign = ""
	}
	intPart, frac, hasFrac := strings.Cut(s, ".")
	var b strings.Builder
	b.WriteString(sign)
	for i, r := range intPart {
		if i > 0 && (len(intPart)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if hasFrac {
		b.WriteByte('.')
		b.WriteString(frac)
	}
	return b.String()
}

// formatAmount writes the figure of an amount with its unit, as a reader
// expects it, without the comparator: "$7,200,000", "7,200,000 CHF", "8%",
// "2.5 percentage points", "3.5 years", "1 year", "12 km".
func formatAmount(v claims.Value) string {
	n := formatNumber(v.Amount)
	switch v.Kind {
	case claims.KindMoney:
		if sym, ok := currencySymbols[v.Unit]; ok {
			if strings.HasPrefix(n, "-") {
				return "-" + sym + n[1:]
			}
			return sym + n
		}
	case claims.KindPercent:
		switch v.Unit {
		case "", "%":
			return n + "%"
		case "pp":
			return n + " " + pluralUnit(v.Amount, "percentage point")
		}
	case claims.KindDuration, claims.KindCount:
		if v.Unit != "" {
			return n + " " + pluralUnit(v.Amount, v.Unit)
		}
	}
	if v.Unit == "" {
		return n
	}
	return n + " " + v.Unit
}

// pluralUnit returns unit in the plural unless x is one: "year",
// "years"; "company", "companies"; "branch", "branches"; "people" and
// "staff" as they are.
func pluralUnit(x float64, unit string) string {
	if x == 1 || x == -1 || strings.HasSuffix(unit, "s") || invariantUnits[unit] || unit == "" {
		return unit
	}
	last := unit[len(unit)-1]
	switch {
	case last == 'y' && len(unit) > 1 && !strings.ContainsRune("aeiou", rune(unit[len(unit)-2])):
		return unit[:len(unit)-1] + "ies"
	case last == 'x' || last == 'z' || strings.HasSuffix(unit, "ch") || strings.HasSuffix(unit, "sh"):
		return unit + "es"
	}
	return unit + "s"
}

// invariantUnits are count nouns that are plural already or have no
// plural of their own.
var invariantUnits = map[string]bool{
	"people": true, "staff": true, "personnel": true, "police": true, "children": true, "men": true,
	"women": true, "aircraft": true, "sheep": true, "cattle": true, "fish": true, "deer": true,
	"livestock": true, "crew": true, "data": true, "media": true, "equipment": true, "feet": true,
}

// formatStated writes an amount with its comparator in words: "more than
// 3.5 years", "about $7,200,000".
func formatStated(v claims.Value) string {
	if p := v.Cmp.Phrase(); p != "" {
		return p + " " + formatAmount(v)
	}
	return formatAmount(v)
}

// asWritten returns the value as the article or file wrote it when it did,
// or else its formatted form.
func asWritten(v claims.Value, store sources.Store) string {
	if v.Text != "" {
		return v.Text
	}
	return formatValue(v, store)
}

// formatValue writes any value for a reader: amounts with formatStated,
// times with formatTime, entities by name.
func formatValue(v claims.Value, store sources.Store) string {
	switch {
	case v.Kind.IsAmount():
		return formatStated(v)
	case v.Kind == claims.KindTime:
		return formatTime(v)
	case v.Kind.IsEntity() || v.Entity != "":
		return entityLabel(store, v.Entity)
	case v.Kind == claims.KindBool:
		if v.Bool {
			return "yes"
		}
		return "no"
	}
	return strconv.Quote(v.Text)
}

// formatReference writes a reference fact's value: formatted, followed by
// the figure as the file wrote it when that reads differently (for money,
// the canonical literal when the file's text is not known):
// "$7,200,000 (7200000 USD)".
func formatReference(v claims.Value, store sources.Store) string {
	f := formatValue(v, store)
	if !v.Kind.IsAmount() {
		return f
	}
	lit := v.Text
	if lit == "" && v.Kind == claims.KindMoney {
		lit = v.Literal()
	}
	if lit != "" && lit != f {
		return f + " (" + lit + ")"
	}
	return f
}

// formatTime writes a time at its granularity: "2023-03-17", "March 2023",
// "2023", "the 1860s", "the 18th century"; a time with no granularity is written as its first
// and last days.
func formatTime(v claims.Value) string {
	s := v.Start
	switch v.Granularity {
	case claims.GranularityDay:
		return s.Format(time.DateOnly)
	case claims.GranularityMonth:
		return s.Format("January 2006")
	case claims.GranularityYear:
		return strconv.Itoa(s.Year())
	case claims.GranularityDecade:
		return "the " + strconv.Itoa(s.Year()) + "s"
	case claims.GranularityCentury:
		return "the " + claims.Ordinal(s.Year()/100+1) + " century"
	}
	start, end := timeBounds(v)
	if end.Sub(start) <= 24*time.Hour {
		return start.Format(time.DateOnly)
	}
	return start.Format(time.DateOnly) + " to " + end.AddDate(0, 0, -1).Format(time.DateOnly)
}

// timeBounds returns the interval [start, end) of a time value; a time
// without an end is the day it starts.
func timeBounds(v claims.Value) (start, end time.Time) {
	start, end = v.Start, v.End
	if end.IsZero() || !end.After(start) {
		end = dateOnly(start).AddDate(0, 0, 1)
	}
	return start, end
}

// entityLabel returns the name of the entity with the given id, or the id
// when the store does not know it.
func entityLabel(store sources.Store, id string) string {
	if store != nil {
		if e, ok := store.Entity(id); ok {
			return e.Label()
		}
	}
	return id
}

// propertyLabel returns the name of the property with the given id, or the
// id.
func propertyLabel(store sources.Store, id string) string {
	if store != nil {
		if p, ok := store.Property(id); ok {
			return p.Label()
		}
	}
	return id
}
