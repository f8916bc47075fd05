package wikidata

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veracity-go/veracity/claims"
)

// Items is where linking and claim sets find items: an on-disk [KB], or
// a [MemKB] of fetched entities. Implementations must be safe for
// concurrent reads.
type Items interface {
	// Item returns the item with the given id.
	Item(id string) (*Item, bool)
	// Named returns the ids of the items with a label or alias that folds
	// to Fold(name).
	Named(name string) []string
}

// A Link is a name of the text and the item it names, or why it names
// none. It is plain data.
type Link struct {
	Name string
	// Start and End are the byte offsets of the name in the text.
	Start, End int
	// Item is the item linked, "" when the name stays unlinked.
	Item string
	// Candidates are the items the name may name.
	Candidates []string
	// Why says how the item was chosen, or why none was.
	Why string
}

// Linked reports whether the name was linked to an item.
func (l Link) Linked() bool { return l.Item != "" }

// maxNameWords bounds the words of a name.
const maxNameWords = 8

// honorifics announce a person.
var honorifics = map[string]bool{"mr": true, "mrs": true, "ms": true, "dr": true, "prof": true, "sir": true,
	"president": true, "senator": true, "minister": true, "composer": true}

// LinkText finds the names of items in text and links each to an item:
// the longest run of words starting with a capital letter that is the label or an alias of some item, matched with case and
// accents folded. When a name fits several items, the choice is, in turn:
// the items of the kind the text announces ("Mr", "Dr" announce a person);
// the items linked to the text's other linked entities (part_of and
// statement values, either way); the item with the most sitelinks, when it
// has at least twice as many as the next. Otherwise the name stays
// unlinked, and Why says so.
func LinkText(items Items, text string) []Link {
	words := splitWords(text)
	var links []Link
	for i := 0; i < len(words); {
		w := words[i]
		r, _ := utf8.DecodeRuneInString(text[w.start:])
		if !unicode.IsUpper(r) {
			i++
			continue
		}
		best, bestEnd, bestStop := []string(nil), -1, 0
		for j := i; j < len(words) && j < i+maxNameWords; j++ {
			if j > i && words[j].start-words[j-1].end > 2 {
				break // a name does not run over punctuation
			}
			end := words[j].end
			if end < len(text) && text[end] == '.' {
				// "U.S.": an abbreviation keeps its full stop
				if ids := items.Named(text[w.start : end+1]); len(ids) > 0 {
					best, bestEnd, bestStop = ids, j, 1
					continue
				}
			}
			if ids := items.Named(text[w.start:end]); len(ids) > 0 {
				best, bestEnd, bestStop = ids, j, 0
			}
		}
		if bestEnd == i && !nameWord(text[w.start:w.end]) {
			bestEnd = -1
		}
		if bestEnd < 0 {
			i++
			continue
		}
		end := words[bestEnd].end + bestStop
		l := Link{Name: text[w.start:end], Start: w.start, End: end, Candidates: best}
		if i > 0 && honorifics[Fold(strings.TrimSuffix(text[words[i-1].start:words[i-1].end], "."))] {
			l.Why = "person"
		}
		links = append(links, l)
		i = bestEnd + 1
	}
	// the unambiguous names first, then the others by their context
	linked := map[string]bool{}
	for i := range links {
		if len(links[i].Candidates) == 1 {
			links[i].Item = links[i].Candidates[0]
			links[i].Why = "the only item named " + quoteName(links[i].Name)
			linked[links[i].Item] = true
		}
	}
	for i := range links {
		if len(links[i].Candidates) > 1 {
			disambiguate(items, &links[i], linked)
			if links[i].Item != "" {
				linked[links[i].Item] = true
			}
		}
	}
	return links
}

func quoteName(s string) string { return "“" + s + "”" }

// disambiguate chooses among the candidates of l.
func disambiguate(items Items, l *Link, linked map[string]bool) {
	type cand struct {
		id    string
		it    *Item
		kind  claims.EntityKind
		links int
	}
	wantPerson := l.Why == "person"
	var cs []cand
	for _, id := range l.Candidates {
		it, ok := items.Item(id)
		if !ok {
			continue
		}
		c := cand{id: id, it: it, kind: kindOf(it, items.Item)}
		for _, p := range it.PartOf {
			if linked[p] {
				c.links++
			}
		}
		for _, s := range it.Statements {
			if s.Value.Entity != "" && linked[s.Value.Entity] {
				c.links++
			}
		}
		for other := range linked {
			if o, ok := items.Item(other); ok && slices.Contains(o.PartOf, id) {
				c.links++
			}
		}
		cs = append(cs, c)
	}
	var why []string
	if wantPerson {
		var ps []cand
		for _, c := range cs {
			if c.kind == claims.EntityPerson {
				ps = append(ps, c)
			}
		}
		if len(ps) > 0 {
			cs = ps
			why = append(why, "the text announces a person")
		}
	}
	slices.SortStableFunc(cs, func(a, b cand) int {
		if a.links != b.links {
			return b.links - a.links
		}
		return b.it.Sitelinks - a.it.Sitelinks
	})
	switch {
	case len(cs) == 0:
		l.Why = "no candidate item is in the knowledge base"
		return
	case len(cs) == 1:
		why = append(why, "the only candidate left")
	case cs[0].links > cs[1].links:
		why = append(why, fmt.Sprintf("linked to %d of the text's other entities", cs[0].links))
	case cs[0].it.Sitelinks >= 2*cs[1].it.Sitelinks && cs[0].it.Sitelinks > 0:
		why = append(why, fmt.Sprintf("%d sitelinks against %d", cs[0].it.Sitelinks, cs[1].it.Sitelinks))
	default:
		var alts []string
		for _, c := range cs[:min(len(cs), 3)] {
			alts = append(alts, fmt.Sprintf("%s (%s; %d sitelinks)", c.id, describe(c.it), c.it.Sitelinks))
		}
		l.Why = fmt.Sprintf("ambiguous: %s may be %s; neither kind, the text's other entities nor sitelinks decide",
			quoteName(l.Name), strings.Join(alts, " or "))
		return
	}
	l.Item = cs[0].id
	l.Why = strings.Join(why, "; ")
}

func describe(it *Item) string {
	if it.Description != "" {
		return it.Label + ", " + it.Description
	}
	return it.Label
}

type word struct{ start, end int }

// splitWords returns the words of text: runs of letters, digits and the
// apostrophes, hyphens and full stops inside them ("O'Brien", "U.S.").
func splitWords(text string) []word {
	var out []word
	start := -1
	for i, r := range text {
		inWord := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if !inWord && start >= 0 && (r == '\'' || r == '’' || r == '-' || r == '.') {
			// inside a word only when a letter or digit follows
			next, _ := utf8.DecodeRuneInString(text[i+utf8.RuneLen(r):])
			inWord = unicode.IsLetter(next) || unicode.IsDigit(next)
		}
		switch {
		case inWord && start < 0:
			start = i
		case !inWord && start >= 0:
			out = append(out, word{start, i})
			start = -1
		}
	}
	if start >= 0 {
		out = append(out, word{start, len(text)})
	}
	return out
}

// functionWords are capitalized at the start of a sentence, and are the
// aliases of some items: alone, they name nothing.
var functionWords = map[string]bool{"the": true, "a": true, "an": true, "in": true, "on": true, "at": true,
	"it": true, "he": true, "she": true, "they": true, "we": true, "this": true, "that": true, "but": true,
	"and": true, "or": true, "for": true, "as": true, "by": true, "his": true, "her": true, "its": true,
	"their": true, "there": true, "then": true, "when": true, "after": true, "before": true, "since": true,
	"with": true, "of": true, "to": true, "from": true, "i": true, "you": true, "our": true}

// nameWord reports whether a single word may be a name by itself: not a
// function word, and more than two letters unless written in capitals
// ("UK").
func nameWord(w string) bool {
	if functionWords[Fold(w)] {
		return false
	}
	return utf8.RuneCountInString(w) > 2 || strings.ToUpper(w) == w
}
