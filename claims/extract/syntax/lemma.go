package syntax

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// lemmatizer turns a word and its XPOS into a lemma: a table of
// exceptions (words whose lemma the rules get wrong, as the treebank
// gives it), else the edit script most often seen in training for the
// longest known suffix of the word under its tag. It is safe for
// concurrent use once built.
type lemmatizer struct {
	exceptions map[string]string // lower(form) + "\x00" + xpos → lemma
	rules      map[string]script // xpos + "\x00" + lower suffix → script
	// lower holds the tags whose lemmas are written in lower case
	// ("Nice"/JJ → "nice"); the others keep the word's case ("Problems"/NNPS
	// → "Problem").
	lower map[string]bool
	// title holds the case-keeping tags whose lemma is title-cased when
	// the word is written all in lower case ("chicago"/NNP → "Chicago").
	title map[string]bool
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
	lower := strings.ToLower(form)
	var kb [64]byte
	key := append(append(append(kb[:0], lower...), 0), xpos...)
	if lem, ok := l.exceptions[string(key)]; ok {
		if lem == form {
			return form
		}
		return lem
	}
	return l.apply(form, lower, xpos)
}

// apply returns the lemma the rules give form.
func (l *lemmatizer) apply(form, lower, xpos string) string {
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

// lemmaExample is one training word.
type lemmaExample struct{ form, xpos, lemma string }

// trainLemmatizer learns rules and exceptions from examples.
func trainLemmatizer(ex []lemmaExample) *lemmatizer {
	type count map[script]int
	bySuffix := map[string]count{}
	lowered := map[string][2]int{} // tag → capitalized words lowered, kept
	titled := map[string][2]int{}  // tag → lower-case words title-cased, kept
	for _, e := range ex {
		lower := strings.ToLower(e.form)
		s := scriptFor(lower, strings.ToLower(e.lemma))
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
		for n := 0; n <= min(maxSuffix, len(lower)); n++ {
			suf := lower[len(lower)-n:]
			if n > 0 && !utf8.RuneStart(suf[0]) {
				continue
			}
			k := e.xpos + "\x00" + suf
			c := bySuffix[k]
			if c == nil {
				c = count{}
				bySuffix[k] = c
			}
			c[s]++
		}
	}
	l := &lemmatizer{exceptions: map[string]string{}, rules: map[string]script{}, lower: map[string]bool{}}
	l.title = map[string]bool{}
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
	keys := make([]string, 0, len(bySuffix))
	for k := range bySuffix {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		c := bySuffix[k]
		total := 0
		for _, n := range c {
			total += n
		}
		// A suffix seen once says little; the tag alone always counts.
		if total < 2 && !strings.HasSuffix(k, "\x00") {
			continue
		}
		l.rules[k] = bestScript(c)
	}
	// Exceptions: the most frequent lemma of each (word, tag) whose
	// lemma the rules get wrong.
	byWord := map[string]map[string]int{}
	firstForm := map[string]string{}
	for _, e := range ex {
		k := strings.ToLower(e.form) + "\x00" + e.xpos
		m := byWord[k]
		if m == nil {
			m = map[string]int{}
			byWord[k] = m
			firstForm[k] = e.form
		}
		m[e.lemma]++
	}
	for k, m := range byWord {
		best, bn := "", -1
		for lem, n := range m {
			if n > bn || n == bn && lem < best {
				best, bn = lem, n
			}
		}
		_, xpos, _ := strings.Cut(k, "\x00")
		form := firstForm[k]
		if l.apply(form, strings.ToLower(form), xpos) != best {
			l.exceptions[k] = best
		}
	}
	return l
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
