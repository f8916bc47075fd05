package compare

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// eventNouns name the events of the extractor's properties of dates
// that are past participles ("founded", "opened").
var eventNouns = map[string]string{
	"founded": "founding", "built": "construction", "opened": "opening", "born": "birth",
	"died": "death", "launched": "launch", "released": "release", "published": "publication",
}

// Topic names what a key speaks of, for messages: "the venue of the
// Trump–Putin summit", "the cost of the project". Events, things and
// undeclared subjects take "the"; people, places and organizations do not.
func Topic(store sources.Store, k Key) string {
	prop := strings.ReplaceAll(k.Property, "-", " ")
	if n, ok := eventNouns[k.Property]; ok {
		prop = n // "the founding of Hollowell Brewery", not "the founded of"
	}
	counted, isCount := strings.CutPrefix(k.Property, "count-")
	if isCount && counted != "" {
		// "the number of jobs", not "the count job of the job"
		prop = "number of " + plural(strings.ReplaceAll(counted, "-", " "))
		if k.Subject == counted {
			return "the " + prop
		}
	}
	if p, ok := lookupProperty(store, k.Property); ok && p.Name != "" {
		prop = p.Name
	}
	subj := strings.ReplaceAll(k.Subject, "-", " ")
	article := true
	if e, ok := lookupEntity(store, k.Subject); ok {
		subj = e.Label()
		switch e.Kind {
		case claims.EntityPerson, claims.EntityPlace, claims.EntityOrganization:
			article = false
		}
	}
	if article && !hasArticle(subj) {
		subj = "the " + subj
	}
	if k.Property == claims.PropertyTimeSince {
		return "the time since " + subj
	}
	if !hasArticle(prop) {
		prop = "the " + prop
	}
	return prop + " of " + subj
}

// plural returns the plural of a noun as the extractor's lemmas give it:
// "job" → "jobs", "property" → "properties"; "people" and nouns already
// in -s stay.
func plural(n string) string {
	switch {
	case n == "people" || n == "staff" || strings.HasSuffix(n, "s"):
		return n
	case strings.HasSuffix(n, "y") && len(n) > 1 && !strings.ContainsRune("aeiou", rune(n[len(n)-2])):
		return n[:len(n)-1] + "ies"
	case strings.HasSuffix(n, "ch") || strings.HasSuffix(n, "sh") || strings.HasSuffix(n, "x"):
		return n + "es"
	}
	return n + "s"
}

func hasArticle(s string) bool {
	l := strings.ToLower(s)
	return strings.HasPrefix(l, "the ") || strings.HasPrefix(l, "a ") || strings.HasPrefix(l, "an ")
}

func lookupEntity(store sources.Store, id string) (claims.Entity, bool) {
	if store == nil {
		return claims.Entity{}, false
	}
	return store.Entity(id)
}

func lookupProperty(store sources.Store, id string) (claims.Property, bool) {
	if store == nil {
		return claims.Property{}, false
	}
	return store.Property(id)
}

// ValueLabel returns a value as a reader knows it: an entity's name, or the
// value as written, or its canonical literal.
func ValueLabel(store sources.Store, v claims.Value) string {
	if isEntity(v) {
		if e, ok := lookupEntity(store, v.Entity); ok {
			return e.Label()
		}
	}
	return v.String()
}

// Quote returns s in double quotes, eliding the middle of a long text:
// "the exact location … is yet not known".
func Quote(s string) string { return strconv.Quote(shorten(s)) }

// AppendQuote appends [Quote] of s to dst.
func AppendQuote(dst []byte, s string) []byte { return strconv.AppendQuote(dst, shorten(s)) }

// shorten folds the spaces of s and elides the middle of a text of more
// than ten words.
func shorten(s string) string {
	if n, ok := wordsSpaced(s); ok && n <= 10 {
		return s // nothing to fold or elide
	}
	s = strings.Join(strings.Fields(s), " ")
	if w := strings.Fields(s); len(w) > 10 {
		s = strings.Join(w[:3], " ") + " … " + strings.Join(w[len(w)-4:], " ")
	}
	return s
}

// wordsSpaced counts the words of s (as strings.Fields splits them) and
// reports whether s is already those words joined by single spaces, so
// that folding its spaces would not change it.
func wordsSpaced(s string) (n int, ok bool) {
	space := true // at the start, or after a space
	for _, r := range s {
		if unicode.IsSpace(r) {
			if r != ' ' || space {
				return 0, false
			}
			space = true
			continue
		}
		if space {
			n++
		}
		space = false
	}
	return n, !space || s == ""
}

// Cite names a claim in a message, with its speaker when withSpeaker is
// set and it has one: "c3" or "c3, according to Tass".
func Cite(c claims.Claim, withSpeaker bool) string {
	if withSpeaker && c.Attribution != "" {
		return fmt.Sprintf("%s, according to %s", c.ID, c.Attribution)
	}
	return c.ID
}

// SameSpeaker reports whether two claims are put in the same mouth: both
// unattributed, or attributed alike.
func SameSpeaker(a, b claims.Claim) bool {
	return strings.EqualFold(strings.TrimSpace(a.Attribution), strings.TrimSpace(b.Attribution))
}

// List joins items as English does: "a", "a and b", "a, b and c".
func List(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	return strings.Join(items[:len(items)-1], ", ") + " and " + items[len(items)-1]
}
