package arithmetic

import (
	"regexp"
	"strings"
)

// Ages of a person not yet named. News copy opens on "A 34-year-old man
// has gone on trial" or gives "The new MP, 34," and names the person
// after; when the article gives one birth only, of a person named near
// the age (and, for "man" or "woman", with a title that agrees), the age
// is that person's.

var (
	// indefiniteAge ends the words before "A 34-year-old man": "A ", "an ".
	indefiniteAge = regexp.MustCompile(`(?:^|[,;:]\s*|\s)[Aa]n?\s+$`)
	// roleAge ends the words before an age in apposition to a role: "The
	// new MP, ", "the club's chairman, "; the role is its last group.
	roleAge = regexp.MustCompile(`(?:^|\s)[Tt]he\s+(?:[a-z'’-]+\s+){0,2}([A-Za-z-]+),\s*(?:aged\s+)?$`)
	// speechVerb marks a sentence in which someone speaks.
	speechVerb = regexp.MustCompile(`\b(?:said|says|told|tells|added|explained|described)\b`)
	// titleOf finds a person's title before the surname.
	titleOf = regexp.MustCompile(`\b(Mr|Mrs|Ms|Miss)\.?\s+(\p{Lu}[\p{L}'’-]+)`)
)

// maxLeadGap is the most sentences between an unnamed age and a naming
// of the person born, before it or after.
const maxLeadGap = 4

// findLeadAges checks the ages of persons not yet named against the one
// birth the article gives (see above). Ages the other readings linked to
// a name are theirs.
func (a *analysis) findLeadAges(births []birth, linked map[*figure]bool) {
	if len(births) != 1 {
		return
	}
	b := births[0]
	if speechVerb.MatchString(a.text[b.sent.start:b.sent.end]) {
		return // "Mr Rourke, who was born in 1960, said he heard shouting": a witness, perhaps
	}
	gender := a.titleGender(b.who)
	for k, s := range a.sents {
		if apposAnchor.MatchString(s.normText()) {
			continue // a sentence that may give an age at another time
		}
		strict := pastAnchor.MatchString(s.normText())
		for _, f := range s.figs {
			if linked[f] || b.sent == s {
				continue
			}
			before := tail(a.text, s.start, f.m.Span.Start, 80)
			switch head, isAge := a.isAge(f); {
			case isAge && !strict && f.class == classDuration && indefiniteAge.MatchString(before) && (head == "man" || head == "woman"):
				if gender == "" || gender != head {
					continue // "A 34-year-old man" is no "Ms Rourke"
				}
			case f.count() && f.amount() >= 1 && f.amount() <= 120 && roleBefore(before) &&
				strings.HasPrefix(strings.TrimLeft(a.text[f.m.Span.End:], " "), ",") && !timeBefore(s, f):
				// In apposition: the age now, whatever times the sentence
				// names.
			default:
				continue
			}
			if !a.namedSoon(k, b.who) {
				continue
			}
			a.checkPersonAge(s, f, b)
		}
	}
}

// roleBefore reports whether the words before an age end in a role or a
// person in apposition: "The new MP, ", not "Of the complaints upheld, ".
func roleBefore(before string) bool {
	m := roleAge.FindStringSubmatch(before)
	if m == nil {
		return false
	}
	w := strings.ToLower(m[1])
	return people[w] || roleWords[w]
}

// timeBefore reports whether sentence s names a time before figure f:
// "In 2010 the then chairman, 34," is an age at that time.
func timeBefore(s *sent, f *figure) bool {
	for _, t := range s.times {
		if t.m.Span.Start < f.m.Span.Start {
			return true
		}
	}
	return strings.Contains(s.normText(), " then ")
}

// titleGender returns "man" or "woman" by the title the text gives person
// p ("Mr Rourke", "Ms Okafor"), or "" for none or both.
func (a *analysis) titleGender(p person) string {
	g := ""
	for _, m := range titleOf.FindAllStringSubmatch(a.text, 64) {
		if m[2] != p.surname {
			continue
		}
		h := "woman"
		if m[1] == "Mr" {
			h = "man"
		}
		if g != "" && g != h {
			return ""
		}
		g = h
	}
	return g
}

// namedSoon reports whether sentence k or one of the few around it names
// person p by surname.
func (a *analysis) namedSoon(k int, p person) bool {
	for j := max(0, k-maxLeadGap); j < len(a.sents) && j <= k+maxLeadGap; j++ {
		s := a.sents[j]
		if strings.Contains(a.text[s.start:s.end], p.surname) {
			return true
		}
	}
	return false
}
