package syntax

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lemmatizer turns a word and its XPOS into a lemma. A word seen in
// training under the tag takes the lemma the treebank gave it most often
// (the spelling as written first, then in lower case, so that "He"/PRP
// is "he" and "TEHRAN"/NNP is "Tehran"); a spelling seen under other tags
// only, always with one lemma, keeps that lemma; any other word takes the
// edit script most often seen, over distinct training words, for the
// longest known suffix of the word under its tag. It is safe for concurrent use
// once built.
type lemmatizer struct {
	// forms and lowers hold the lemmas of the training words, by
	// form + "\x00" + xpos and by lower(form) + "\x00" + xpos, where the
	// later steps would get them wrong.
	forms  map[string]string
	lowers map[string]string
	// words holds the one lemma of each spelling seen more than once in
	// training that always had the same lemma, whatever its tag: a word
	// the tagger gives a tag it never had in training is more likely
	// mistagged than a new use, and its lemma more likely the old one.
	words map[string]string
	rules map[string]script // xpos + "\x00" + lower suffix → script
	// lower holds the tags whose lemmas are written in lower case
	// ("Nice"/JJ → "nice"); the others keep the word's case ("Problems"/NNPS
	// → "Problem").
	lower map[string]bool
	// title holds the case-keeping tags whose lemma is title-cased when
	// the word is written all in lower case ("chicago"/NNP → "Chicago").
	title map[string]bool
	// plainNumbers says that numbers lose their thousands separators
	// ("1,200"/CD → "1200"), as the treebank writes them.
	plainNumbers bool
}

// A script rewrites a word into its lemma: strip Strip bytes from its
// end and append Add.
type script struct {
	Strip uint8
	Add   string
}

const maxSuffix = 6

// apply returns the lemma of w under s.
func (s script) apply(w string) string {
	if int(s.Strip) > len(w) {
		return w + s.Add
	}
	w = w[:len(w)-int(s.Strip)]
	if s.Add == "" {
		return w
	}
	return w + s.Add
}

// scriptFor returns the script that turns w into lemma (both lower-cased).
func scriptFor(w, lemma string) script {
	s := script{}
	p := commonPrefix(w, lemma)
	if len(w)-p > 255 {
		p = len(w) - 255
	}
	s.Strip = uint8(len(w) - p)
	s.Add = lemma[p:]
	return s
}

func commonPrefix(a, b string) int {
	n := min(len(a), len(b))
	i := 0
	for i < n && a[i] == b[i] {
		i++
	}
	// Keep whole runes.
	for i > 0 && i < len(a) && !utf8.RuneStart(a[i]) {
		i--
	}
	return i
}

// lemma returns the lemma of form tagged xpos.
func (l *lemmatizer) lemma(form, xpos string) string {
	var kb [64]byte
	key := append(append(append(kb[:0], form...), 0), xpos...)
	if lem, ok := l.forms[string(key)]; ok {
		return lem
	}
	return l.unlisted(form, xpos)
}

// unlisted returns the lemma of form tagged xpos without the table of
// spellings.
func (l *lemmatizer) unlisted(form, xpos string) string {
	if lem, ok := l.words[form]; ok {
		return lem
	}
	return l.unlistedLower(form, xpos)
}

// unlistedLower returns the lemma of form tagged xpos by the table of
// lower-case spellings, then by the rules.
func (l *lemmatizer) unlistedLower(form, xpos string) string {
	lower := form
	if hasUpper(form) {
		lower = strings.ToLower(form)
	}
	var kb [64]byte
	key := append(append(append(kb[:0], lower...), 0), xpos...)
	if lem, ok := l.lowers[string(key)]; ok {
		return lem
	}
	if lem, ok := l.prefixed(lower, xpos); ok {
		return lem
	}
	return l.apply(form, lower, xpos)
}

// verbPrefixes are prefixes that make a verb of a verb, whose irregular
// forms they keep: "relit", "rebuilt", "overtook", "undertaken".
var verbPrefixes = [...]string{"re", "out", "over", "under", "mis", "up", "fore", "with"}

// prefixed returns the lemma of a past form unseen in training made of a
// verb prefix and a form the table of spellings lists ("relit"/VBN →
// "re" + "light").
func (l *lemmatizer) prefixed(lower, xpos string) (string, bool) {
	if xpos != "VBD" && xpos != "VBN" {
		return "", false
	}
	var kb [64]byte
	for _, p := range verbPrefixes {
		rest, ok := strings.CutPrefix(lower, p)
		if !ok || len(rest) < 3 {
			continue
		}
		rest = strings.TrimPrefix(rest, "-") // "re-lit"
		key := append(append(append(kb[:0], rest...), 0), xpos...)
		if lem, ok := l.lowers[string(key)]; ok && lem != rest {
			return lower[:len(lower)-len(rest)] + lem, true
		}
	}
	return "", false
}

// apply returns the lemma the rules give form.
func (l *lemmatizer) apply(form, lower, xpos string) string {
	if l.plainNumbers && xpos == "CD" && hasSeparator(form) {
		return strings.ReplaceAll(form, ",", "")
	}
	s := l.rule(lower, xpos)
	if l.lower[xpos] {
		return s.apply(lower)
	}
	if l.title[xpos] && form == lower {
		return titleCase(s.apply(form))
	}
	return s.apply(form)
}

func (l *lemmatizer) rule(lower, xpos string) script {
	var kb [64]byte
	for n := min(maxSuffix, len(lower)); n >= 0; n-- {
		suf := lower[len(lower)-n:]
		if n > 0 && !utf8.RuneStart(suf[0]) {
			continue
		}
		key := append(append(append(kb[:0], xpos...), 0), suf...)
		if s, ok := l.rules[string(key)]; ok {
			return s
		}
	}
	return script{}
}

// hasSeparator reports whether w has a comma between digits ("1,200").
func hasSeparator(w string) bool {
	for i := 1; i+1 < len(w); i++ {
		if w[i] == ',' && isDigit(w[i-1]) && isDigit(w[i+1]) {
			return true
		}
	}
	return false
}

func isDigit(c byte) bool { return '0' <= c && c <= '9' }

func hasUpper(s string) bool {
	for _, r := range s {
		if unicode.IsUpper(r) {
			return true
		}
	}
	return false
}

// lemmaExample is one training word.
type lemmaExample struct{ form, xpos, lemma string }

// trainLemmatizer learns the tables and rules from examples.
func trainLemmatizer(ex []lemmaExample) *lemmatizer {
	l := &lemmatizer{forms: map[string]string{}, lowers: map[string]string{}, rules: map[string]script{},
		lower: map[string]bool{}, title: map[string]bool{}}
	lowered := map[string][2]int{} // tag → capitalized words lowered, kept
	titled := map[string][2]int{}  // tag → lower-case words title-cased, kept
	var numbers [2]int             // numbers with separators: dropped, kept
	// Each spelling and each lower-cased spelling under a tag, with the
	// lemmas it took.
	byForm := map[string]map[string]int{}
	byLower := map[string]map[string]int{}
	firstForm := map[string]string{} // lower key → the most frequent spelling
	formCount := map[string]int{}
	tally := func(m map[string]map[string]int, k, lemma string) {
		c := m[k]
		if c == nil {
			c = map[string]int{}
			m[k] = c
		}
		c[lemma]++
	}
	for _, e := range ex {
		lower := strings.ToLower(e.form)
		if lower != e.form {
			c := lowered[e.xpos]
			if e.lemma == strings.ToLower(e.lemma) {
				c[0]++
			} else {
				c[1]++
			}
			lowered[e.xpos] = c
		} else if lower != "" {
			c := titled[e.xpos]
			if e.lemma == titleCase(lower) && e.lemma != lower {
				c[0]++
			} else {
				c[1]++
			}
			titled[e.xpos] = c
		}
		if e.xpos == "CD" && hasSeparator(e.form) {
			if e.lemma == strings.ReplaceAll(e.form, ",", "") {
				numbers[0]++
			} else {
				numbers[1]++
			}
		}
		fk := e.form + "\x00" + e.xpos
		lk := lower + "\x00" + e.xpos
		tally(byForm, fk, e.lemma)
		tally(byLower, lk, e.lemma)
		formCount[fk]++
		if f, ok := firstForm[lk]; !ok || formCount[fk] > formCount[f+"\x00"+e.xpos] ||
			formCount[fk] == formCount[f+"\x00"+e.xpos] && e.form < f {
			firstForm[lk] = e.form
		}
	}
	for tag, c := range lowered {
		if c[0] > c[1] {
			l.lower[tag] = true
		}
	}
	for tag, c := range titled {
		if !l.lower[tag] && c[0] > c[1] {
			l.title[tag] = true
		}
	}
	l.plainNumbers = numbers[0] > numbers[1]

	// Rules: for each suffix under a tag, the script most distinct
	// training words (lower form and tag) take; words not in the tables
	// are rare, and a frequent word's script says little about them.
	bySuffix := map[string]map[script]int{}
	for _, lk := range sortedKeys(byLower) {
		lower, xpos, _ := strings.Cut(lk, "\x00")
		if l.plainNumbers && xpos == "CD" && hasSeparator(lower) {
			continue // the convention, not a rule, reads these
		}
		s := scriptFor(lower, strings.ToLower(best(byLower[lk])))
		for n := 0; n < min(maxSuffix, len(lower))+1; n++ {
			suf := lower[len(lower)-n:]
			if n > 0 && !utf8.RuneStart(suf[0]) {
				continue
			}
			k := xpos + "\x00" + suf
			c := bySuffix[k]
			if c == nil {
				c = map[script]int{}
				bySuffix[k] = c
			}
			c[s]++
		}
	}
	for _, k := range sortedKeys(bySuffix) {
		c := bySuffix[k]
		total := 0
		for _, n := range c {
			total += n
		}
		// A suffix seen in one word says little; the tag alone always
		// counts.
		if total < 2 && !strings.HasSuffix(k, "\x00") {
			continue
		}
		l.rules[k] = bestScript(c)
	}
	// The tables keep what the rules get wrong: in lower case for the
	// most frequent spelling and for the word written in lower case,
	// capitalized or in capitals, then each spelling as seen.
	for _, lk := range sortedKeys(byLower) {
		lem := best(byLower[lk])
		lower, xpos, _ := strings.Cut(lk, "\x00")
		for _, form := range []string{firstForm[lk], lower, titleCase(lower), strings.ToUpper(lower)} {
			if l.apply(form, lower, xpos) != lem {
				l.lowers[lk] = lem
				break
			}
		}
	}
	byWord := map[string]map[string]int{}
	for _, e := range ex {
		tally(byWord, e.form, e.lemma)
	}
	l.words = map[string]string{}
	for _, w := range sortedKeys(byWord) {
		if c := byWord[w]; len(c) == 1 {
			for lem, n := range c {
				if n >= 2 {
					l.words[w] = lem
				}
			}
		}
	}
	for _, fk := range sortedKeys(byForm) {
		lem := best(byForm[fk])
		form, xpos, _ := strings.Cut(fk, "\x00")
		if l.unlisted(form, xpos) != lem {
			l.forms[fk] = lem
		}
	}
	return l
}

// best returns the most frequent key of c, the least one among equals.
func best(c map[string]int) string {
	b, bn := "", -1
	for k, n := range c {
		if n > bn || n == bn && k < b {
			b, bn = k, n
		}
	}
	return b
}

func sortedKeys[V any](m map[string]V) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

func bestScript(c map[script]int) script {
	var best script
	bn := -1
	for s, n := range c {
		if n > bn || n == bn && lessScript(s, best) {
			best, bn = s, n
		}
	}
	return best
}

func lessScript(a, b script) bool {
	if a.Strip != b.Strip {
		return a.Strip < b.Strip
	}
	if a.Add != b.Add {
		return a.Add < b.Add
	}
	return false
}

// titleCase upper-cases the first letter of s.
func titleCase(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	u := unicode.ToUpper(r)
	if u == r {
		return s
	}
	return string(u) + s[size:]
}
