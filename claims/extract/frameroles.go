package extract

import (
	"slices"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// Holders of a role. A body has one leader, one chief executive, one
// head teacher at a time: "Council leader Anne Fairley told the meeting"
// and "council leader Joan Whitby said" name two holders of one role, and
// the value-conflict check compares them. The role is keyed by its words
// — the role noun ([uniquerole]) with the body and titles that qualify it
// ("council leader", "Acme chief executive", "the chief executive of
// Acme") — and read only where it names its body, so that "the manager"
// of one club and of another never meet. A role many hold at once or
// have held ("vice president", "deputy leader", "former chairman":
// [rolemany]) is not read, nor a role in a sentence dated more than a
// year before publication ("in 1979, Tory leader Margaret Thatcher"), nor
// in an article that tells of a role changing hands ([succession]:
// "stepped down", "her successor", "until May"); a role of another rank
// keeps its word, and so its own key ("acting chairman").

var (
	uniqueRoles  = frameSet("uniquerole")
	manyRoles    = frameSet("rolemany")
	successWords = frameSet("succession")
)

// roleHolders keys the people the document gives a role.
func (fr *frameReader) roleHolders() {
	sd := fr.t.Doc
	// An article that tells of a role changing hands ("stepped down",
	// "her successor", "until May") may name two holders of it.
	for k := 0; k < sd.Len(); k++ {
		if successWords[strings.ToLower(sd.Word(k))] {
			return
		}
	}
	for n := 0; n < sd.Len(); n++ {
		if sd.UPOS[n] != syntax.NOUN && sd.UPOS[n] != syntax.ADJ || !uniqueRoles[strings.ToLower(sd.Lemma[n])] {
			continue
		}
		person := fr.roleHolder(n)
		if person < 0 || fr.historical(n) {
			continue
		}
		words, ok := fr.roleWords(n, person)
		if !ok {
			continue
		}
		key := fr.key(person)
		if key == "" {
			continue
		}
		first, last := fr.t.Extent(person, false)
		text := fr.b.d.text[sd.Start[first]:sd.End[last-1]]
		fr.add(n, Slug(strings.Join(words, " ")), "holder", claims.Value{Kind: claims.KindEntity, Entity: key, Text: text}, false)
	}
}

// roleHolder returns the name role noun n is given to: the name it
// describes ("council leader Anne Fairley") or stands in apposition with
// ("the chief executive of Acme, Tom Reyes"; "Tom Reyes, the chief
// executive"); -1 when none.
func (fr *frameReader) roleHolder(n int) int {
	sd := fr.t.Doc
	h := int(sd.Head[n])
	switch sd.Rel[n].String() {
	case "nmod:desc", "compound", "amod":
		if h > n && fr.personName(h) {
			return h
		}
	case "appos":
		if h >= 0 && fr.personName(h) {
			return h
		}
	}
	for _, k := range fr.t.Kids(n) {
		k := int(k)
		if sd.Rel[k].String() == "appos" && fr.personName(k) {
			return k
		}
		// "the chief executive of Acme, Tom Reyes," with the name hung on
		// the body.
		if sd.Rel[k].Universal() == syntax.RelNmod && caseOfWord(fr.t, k) == "of" {
			for _, a := range fr.t.Kids(k) {
				if a := int(a); sd.Rel[a].String() == "appos" && fr.personName(a) {
					return a
				}
			}
		}
	}
	return -1
}

// roleWords returns the words of role noun n given to the name at
// holder: the run of nouns and adjectives before a name that ends with
// the role ("Acme chief executive Jo Bloggs"), or the role's own phrase
// with the body it is "of" ("the chief executive of Acme, Tom Reyes"),
// sorted, names as their keys; ok is false for a role that names no body
// ("chief executive Jo Bloggs") or one many hold ("vice president").
func (fr *frameReader) roleWords(n, holder int) (words []string, ok bool) {
	sd := fr.t.Doc
	word := func(k int) string {
		if sd.UPOS[k] == syntax.PROPN && fr.key(k) != "" {
			return fr.key(k) // "Hollowell Brewery chief executive": the brewery
		}
		return strings.ToLower(sd.Lemma[k])
	}
	content := func(k int) bool {
		switch sd.UPOS[k] {
		case syntax.NOUN, syntax.ADJ:
			return true
		case syntax.PROPN:
			return fr.key(k) != fr.key(holder) || fr.key(k) == "" // not the name's own words
		}
		return false
	}
	// The run of words before the name (or the role's own), back from
	// the word before it: it must hold the role.
	last := n + 1
	if n < holder {
		name := holder
		for name > n+1 && fr.key(name-1) == fr.key(holder) && sd.UPOS[name-1] == syntax.PROPN {
			name-- // the name's first words: "Jo" of "Jo Bloggs"
		}
		run := true
		for k := n + 1; k < name; k++ {
			run = run && content(k)
		}
		if run { // "Acme chief executive Jo Bloggs", not "the chief executive of Acme, Tom Reyes"
			last = name
		}
	}
	first := last
	for first > 0 && first > n-4 && content(first-1) {
		first--
	}
	if first > 0 && (sd.Word(first-1) == "'s" || sd.Word(first-1) == "’s") {
		return nil, false // "Neighbouring Denby's council leader": a body the run leaves out
	}
	for k := first; k < last; k++ {
		if manyRoles[strings.ToLower(sd.Word(k))] {
			return nil, false // "vice president": one of many
		}
		words = append(words, word(k))
	}
	for _, k := range fr.t.Kids(n) {
		if k := int(k); sd.Rel[k].Universal() == syntax.RelNmod && caseOfWord(fr.t, k) == "of" && sd.UPOS[k] == syntax.PROPN {
			words = append(words, word(k))
		}
	}
	body := false
	for _, w := range words {
		if !uniqueRoles[w] && !roleTitles[w] {
			body = true
		}
	}
	if !body {
		return nil, false
	}
	slices.Sort(words)
	return slices.Compact(words), true
}

// roleTitles are words of a role that name no body: "chief executive".
var roleTitles = map[string]bool{"chief": true, "general": true, "senior": true, "head": true, "managing": true}

// personName reports whether word k heads a person's name: one the
// resolver knows for a person's, or a name of two words or more ("Jo
// Bloggs") that a role is given to.
func (fr *frameReader) personName(k int) bool {
	sd := fr.t.Doc
	if k < 0 || sd.UPOS[k] != syntax.PROPN {
		return false
	}
	if fr.refs.Person[k] {
		return true
	}
	for _, c := range fr.t.Kids(k) {
		if sd.Rel[c].String() == "flat" {
			return true
		}
	}
	return false
}

// historical reports whether the sentence of word n names a time more
// than a year before the document's publication: "When Britain went to
// the polls in 1979, Tory leader Margaret Thatcher …" gives the role of
// another time.
func (fr *frameReader) historical(n int) bool {
	pub := fr.b.d.published
	if pub.IsZero() {
		return false
	}
	sd := fr.t.Doc
	s := sd.SentenceOf(n)
	for k := int(s.Start); k < int(s.End) && k < int(s.Start)+128; k++ {
		if mi := fr.wordMen[k]; mi >= 0 {
			v := fr.b.d.ments[mi].val
			if v.Kind == claims.KindTime && !v.End.IsZero() && v.End.Before(pub.AddDate(-1, 0, 0)) {
				return true
			}
		}
	}
	return false
}
