package arithmetic

import (
	"regexp"
	"strings"

	"github.com/veracity-go/veracity/claims"
)

// A total and its list. findParts reads parts that share a label ("20
// are women and 30 are men"); a total followed by a colon or "of which"
// and a list of things of its unit, each with its own noun, is a
// breakdown too: "212 objects: 140 beads, 51 coins and 16 rings"; "1,240
// people: 860 soldiers, 290 civilians and 110 contractors"; "23,400
// claims, of which 14,100 related to homes, 6,800 to cars and 1,900 to
// shops". Parts that make more than the total are an error; parts that
// make less are one after a colon, which introduces the whole breakdown,
// and a warning after "of which", which may leave some out. A total
// written as approximate ("about 1,400 passengers: …") is held, after a
// colon only, to its bounds, and what falls outside them is a warning.
//
// It stays out of lists with words that make their parts overlap or
// approximate ("at least", "about", "including", "each"), and of
// figures between the total and its list.

// listCue is the gap between a total and the first figure of its list.
var listCue = regexp.MustCompile(`^\s*([\pL\s-]{0,40}?)\s*(:|,\s*of (?:which|whom|these|them)|,?\s*(?:made up of|comprising|consisting of|split between|split into|divided into|broken down into)(?:\s+an?)?)\s*$`)

// listDoubt are words that make a list's parts overlap, approximate or
// leave some out.
var listDoubt = []string{"including", "include", "includes", "among", "at least", "more than", "about", "around",
	"nearly", "almost", "some", "roughly", "or", "each", "respectively", "other than", "either", "up to", "over",
	"under", "estimated"}

// findListTotal finds a total followed by its list of parts.
func (a *analysis) findListTotal(s *sent) {
	figs := s.figs
	for i, t := range figs {
		about := t.m.Value.Cmp == claims.CmpAbout
		if t.class != classAmount || t.m.Value.Cmp != 0 && !about || i+2 >= len(figs) {
			continue
		}
		m := listCue.FindStringSubmatch(figs[i+1].before)
		if m == nil || clauseBreak.MatchString(m[1]) {
			continue
		}
		exhaustive := m[2] == ":" || !strings.HasPrefix(strings.TrimSpace(m[2]), ",")
		if about && m[2] != ":" {
			continue // an approximate total is held to a whole breakdown only
		}
		parts, ok := ownNounList(figs[i+1:])
		if !ok || len(parts) < 2 {
			continue
		}
		doubt := false
		for _, p := range parts {
			// (the words right before the figure: those further back are
			// the label of the part before, "a 64km loop around the villages")
			padded := " " + lastWords(p.before, 3) + " " + strings.Join(words(p.text()), " ") + " "
			for _, w := range listDoubt {
				if strings.Contains(padded, " "+w+" ") {
					doubt = true
				}
			}
		}
		if doubt {
			continue
		}
		if about {
			// "about 1,400 passengers a week: 620 …, 410 … and 290 …" may
			// round; parts beyond its bounds (the house's 5%) are a warning.
			if _, ok := partsOff(t, parts); ok {
				a.reportParts(warningSev, t, parts)
			}
			continue
		}
		a.checkListTotal(t, parts, exhaustive)
	}
}

// ownNounList reads a list of two or more amounts joined by commas and a
// final "and", each part with at most six words of its own, the last
// ending the sentence or followed by a comment after a comma. A part's
// own words may hold an "and" of their own ("140 glass and amber beads,
// 51 coins and 16 rings"): the join is the last comma before the next
// figure, when there is one.
func ownNounList(figs []*figure) ([]*figure, bool) {
	var parts []*figure
	afterAnd := false
	for k, p := range figs {
		if p.class != classAmount || p.m.Value.Cmp != 0 {
			return nil, false
		}
		parts = append(parts, p)
		if k+1 == len(figs) {
			return parts, len(parts) >= 2 && afterAnd && tailEnd(strings.SplitN(p.after, ",", 2)[0], 6)
		}
		if afterAnd {
			// The part after "and" ends the list; what follows is no part.
			return parts, len(parts) >= 2 && commentAfter(p.after, 6)
		}
		post, join, rest, ok := splitJoin(p.after, true)
		if !ok || len(words(post)) > 6 || len(words(rest)) > 3 {
			return nil, false
		}
		afterAnd = join == "and"
	}
	return nil, false
}

// checkListTotal reports parts that do not make their total: more is an
// error, less an error only when the list is exhaustive.
func (a *analysis) checkListTotal(whole *figure, parts []*figure, exhaustive bool) {
	short, ok := partsOff(whole, parts)
	if !ok {
		return
	}
	sev := errorSev
	if short && !exhaustive {
		sev = warningSev
	}
	a.reportParts(sev, whole, parts)
}

// tailEnd reports whether s, the words after a list's last part to the
// end of its sentence, are at most n words of that part's own: as
// fillerEnd, but an "and" or "or" inside a phrase the part's words open
// with a preposition is the phrase's ("110 contractors working on
// maintenance and catering"), not a clause's.
func tailEnd(s string, n int) bool {
	ws := words(strings.TrimRight(strings.TrimSpace(s), `.!?"')`))
	prep := false
	kept := ws[:0:0]
	for _, w := range ws {
		switch {
		case tailPreps[w]:
			prep = true
		case prep && (w == "and" || w == "or"):
			continue
		}
		kept = append(kept, w)
	}
	if len(ws) > n {
		return false
	}
	return fillerEnd(strings.Join(kept, " "), n) && !strings.ContainsAny(s, ";:()")
}

// tailPreps open a phrase of a part's own words.
var tailPreps = wordSet(`on in at for from of to into across between`)

// totalAfter is the gap between a list's last part and the total it
// adds up to: "…, £0.8m on libraries, a total of £5.5m", "…, totalling
// 1,240".
var totalAfter = regexp.MustCompile(`^(.*?),\s*(?:a total of|totall?ing|in total|together|altogether)\s*$`)

// findTotalAfterList finds a list of parts followed by their total: "The
// council will spend £2.1m on roads, £1.5m on parks and £0.8m on
// libraries, a total of £5.5m." The list is read as findParts reads a
// breakdown (parts of one kind of label, joined by commas and "and"); the
// total closes it, so parts that make less or more are an error.
func (a *analysis) findTotalAfterList(s *sent) {
	figs := s.figs
	for j := 2; j < len(figs); j++ {
		t := figs[j]
		if t.class != classAmount || t.m.Value.Cmp != 0 || !totalAfter.MatchString(t.before) {
			continue
		}
		var parts []*figure
		for k := j - 2; k >= 0 && k >= j-8; k-- {
			if p, ok := partList(figs[k:j]); ok {
				parts = p
			}
		}
		if len(parts) < 2 {
			continue
		}
		padded := " " + strings.Join(words(s.normText()), " ") + " "
		doubt := false
		for _, d := range listDoubt {
			doubt = doubt || strings.Contains(padded, " "+d+" ")
		}
		if doubt {
			continue
		}
		a.checkParts(t, parts, errorSev, true)
	}
}
