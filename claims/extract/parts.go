package extract

import (
	"time"

	"github.com/veracity-go/veracity/claims"
)

// partWords name a part of a time: its beginning (-1), middle (0) or end
// (+1), or what is left of it (partRest).
var partWords = lexicon(map[string]int{
	"beginning": -1, "start": -1, "early": -1, "middle": 0, "mid": 0, "end": 1, "late": 1,
	"rest": partRest, "remainder": partRest,
})

// partRest is the part of a time after now: "the rest of the year".
const partRest = 2

// partOf reads "the end of 2008", "the beginning of next month", "mid-
// November", "mid 1989", "early 2019", "late July", "the end of the week",
// "the rest of the year", "the remainder of this month" at token i: the
// part of that time. A year's parts are its thirds
// (January to April, May to August, September to December); a month's
// beginning and end its halves and its middle the 10th to the 20th; a
// week's beginning Monday to Wednesday and end Thursday to Sunday; a
// decade's or century's parts its first three tenths, the next four and
// the last three.
func (d *doc) partOf(i, limit int) (mention, bool) {
	m := mention{first: i}
	j := i
	if d.f(j) == "the" {
		j++
	}
	w := d.fAt(j)
	part, ok := partWords.get(w)
	if !ok || j+1 >= limit {
		return m, false
	}
	k := j + 1
	switch w {
	case "early", "late":
		if d.fAt(k) == "-" && d.toks[k].Glued() {
			k++ // "late-2019"
		}
	case "mid":
		if d.fAt(k) == "-" && d.toks[k].Glued() {
			k++
		}
	case "end", "start":
		// "the end of March", and in financial copy "end-March",
		// "end-2019"
		switch {
		case d.fAt(k) == "of":
		case d.fAt(k) == "-" && d.toks[k].Glued() && k+1 < limit && d.toks[k+1].Glued() && d.f(i) != "the":
		default:
			return m, false
		}
		k++
	default:
		if d.fAt(k) != "of" {
			return m, false
		}
		k++
	}
	_, nested := partWords.get(d.fAt(k))
	if _, ok := partWords.get(d.fAt(k + 1)); ok && d.fAt(k) == "the" {
		nested = true
	}
	if k >= limit || nested {
		return m, false // one part only: no "the end of the end of…"
	}
	x, ok := d.periodAfterOf(k, limit)
	if !ok {
		return m, false
	}
	m.last, m.relative = x.last, x.relative
	if x.val.Start.IsZero() {
		m.val = x.val
		return m, true
	}
	x.val = d.theUnitOfLast(k, x)
	if part == partRest {
		m.val = d.restOf(x.val)
		return m, true
	}
	v, ok := timePart(x.val, part)
	if !ok {
		return m, false
	}
	m.val = v
	return m, true
}

// theUnitOfLast returns the time of "the year", "the month" (read as
// the one holding the publication date) at token k in a clause about the
// past after an earlier time: the one holding that time, as a reader
// takes "arrested in March 1998 and freed at the end of the year".
func (d *doc) theUnitOfLast(k int, x mention) claims.Value {
	a := d.lastTime
	if d.f(k) != "the" || x.last != k+2 || a.Kind != claims.KindTime || a.Start.IsZero() || d.forward(k) {
		return x.val
	}
	unit := d.f(k + 1)
	v, ok := period(a.Start, unit, 0)
	if !ok || unit == "day" || a.Granularity > v.Granularity || !a.End.After(v.Start) || a.End.After(v.End) {
		return x.val
	}
	return v
}

// restOf returns what is left of a time, "the rest of the year": from the
// publication day to its end when it holds that day, else from the end
// of the last time mentioned within it ("arrested in March 1998 and held
// for the rest of the year": April to December 1998), else the whole
// time.
func (d *doc) restOf(v claims.Value) claims.Value {
	from := time.Time{}
	if p := d.published; !p.IsZero() && !p.Before(v.Start) && p.Before(v.End) {
		from = p
	} else if a := d.lastTime; a.Kind == claims.KindTime && !a.Start.IsZero() && !a.Start.Before(v.Start) && a.End.Before(v.End) {
		from = a.End
	}
	if from.IsZero() || !from.After(v.Start) {
		return v
	}
	return claims.Value{Kind: claims.KindTime, Start: from, End: v.End, Granularity: claims.GranularityDay}
}

// timePart returns the beginning (-1), middle (0) or end (+1) of a time.
func timePart(v claims.Value, part int) (claims.Value, bool) {
	s, e := v.Start, v.End
	out := claims.Value{Kind: claims.KindTime}
	switch v.Granularity {
	case claims.GranularityYear:
		out.Granularity = claims.GranularityMonth
		s = s.AddDate(0, 4*(part+1), 0)
		e = s.AddDate(0, 4, 0)
	case claims.GranularityMonth:
		out.Granularity = claims.GranularityDay
		switch part {
		case -1:
			e = s.AddDate(0, 0, 15)
		case 0:
			s, e = s.AddDate(0, 0, 9), s.AddDate(0, 0, 20)
		case 1:
			s = s.AddDate(0, 0, 15)
		}
	case claims.GranularityWeek:
		out.Granularity = claims.GranularityDay
		switch part {
		case -1:
			e = s.AddDate(0, 0, 3)
		case 0:
			s, e = s.AddDate(0, 0, 1), s.AddDate(0, 0, 4)
		case 1:
			s = s.AddDate(0, 0, 3)
		}
	case claims.GranularityDecade, claims.GranularityCentury:
		out.Granularity = claims.GranularityYear
		n := e.Year() - s.Year()
		switch part {
		case -1:
			e = s.AddDate(3*n/10, 0, 0)
		case 0:
			s, e = s.AddDate(3*n/10, 0, 0), s.AddDate(7*n/10, 0, 0)
		case 1:
			s = s.AddDate(7*n/10, 0, 0)
		}
	case claims.GranularityQuarter, claims.GranularitySeason:
		out.Granularity = claims.GranularityMonth
		s = s.AddDate(0, part+1, 0)
		e = s.AddDate(0, 1, 0)
	default:
		return v, false
	}
	out.Start, out.End = s, e
	return out, true
}

// partBound returns the point in time a part names when it bounds a
// range, "the end of 2007" in "between the end of 2007 and the end of
// 2008": the start of its time for the beginning, the end for the end,
// the midpoint for the middle. A news reader takes such a range from one
// point to the other (the year 2008), not from the last months of 2007
// to the last months of 2008. Only "the beginning of", "the middle of"
// and "the end of" name points; "early 2007" and "mid-2008" are periods.
func (d *doc) partBound(x mention) (time.Time, bool) {
	j := x.first
	if d.f(j) == "the" {
		j++
	}
	w := d.fAt(j)
	if w != "beginning" && w != "start" && w != "middle" && w != "end" || d.fAt(j+1) != "of" || j+2 >= x.last {
		return time.Time{}, false
	}
	whole, ok := d.periodAfterOf(j+2, x.last)
	if !ok || whole.last != x.last || whole.val.Start.IsZero() {
		return time.Time{}, false
	}
	s, e := whole.val.Start, whole.val.End
	switch partWords.at(w) {
	case -1:
		return s, true
	case 1:
		return e, true
	}
	return midpoint(s, e), true
}

// midpoint returns the middle of [s, e) to the day: the 16th of a month,
// 1 July of a year.
func midpoint(s, e time.Time) time.Time {
	months := (e.Year()-s.Year())*12 + int(e.Month()) - int(s.Month())
	if s.Day() == 1 && e.Day() == 1 && months > 0 && months%2 == 0 {
		return s.AddDate(0, months/2, 0)
	}
	return s.AddDate(0, 0, int(e.Sub(s).Hours()/24)/2)
}
