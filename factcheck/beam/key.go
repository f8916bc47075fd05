package beam

import (
	"fmt"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/cases"

	"github.com/veracity-go/veracity/claims"
)

// A Key is what claims from different articles must share to be compared:
// the referent they speak of, the property and the time scope.
//
// A Key is plain data, safe to copy and to share between goroutines.
type Key struct {
	// Referent is "kb:ID" for a subject linked to the knowledge base,
	// otherwise "name:NAME" with NAME the subject's name normalized
	// (case-folded, possessive and company suffixes dropped, words joined
	// by "-").
	Referent string `json:"referent"`
	Property string `json:"property"`
	// Scope is the time the claims speak of: the year of an as_of within
	// one year ("2024"), the as_of interval otherwise
	// ("2020-01-01/2030-01-01"); "timeless" for a time value with no as_of
	// (when a bridge opened does not change with the date of the
	// article); else the publication day ("published:2005-03-01"), the
	// time a claim with no as_of speaks of.
	Scope string `json:"scope"`
}

// String returns the key as one string, its fields joined by tabs: the
// form the pipeline groups by.
func (k Key) String() string { return k.Referent + "\t" + k.Property + "\t" + k.Scope }

// ParseKey parses the form [Key.String] returns.
func ParseKey(s string) (Key, error) {
	f := strings.Split(s, "\t")
	if len(f) != 3 || f[0] == "" || f[1] == "" || f[2] == "" {
		return Key{}, fmt.Errorf("beam: bad key %q (want REFERENT<tab>PROPERTY<tab>SCOPE)", s)
	}
	return Key{f[0], f[1], f[2]}, nil
}

// KeyOf returns the key of claim c of set, and false when c cannot be
// compared across articles: it lacks a subject or a property, it is a
// statement without a typed value (unless negated, which polarity-conflict
// reads), it is called unknown, or it has no as_of and its article no
// publication date. kb is the knowledge base the claims were extracted
// against, or nil.
func KeyOf(c *claims.Claim, set *claims.Set, kb *claims.Set) (Key, bool) {
	if c.Subject == "" || c.Property == "" {
		return Key{}, false
	}
	switch c.Modality {
	case claims.ModalityAsserted, claims.ModalityHedged:
		if c.Value.IsZero() || c.Value.Kind == claims.KindText || c.Value.Kind == claims.KindUnknown {
			return Key{}, false
		}
	case claims.ModalityNegated:
		if c.Value.Kind == claims.KindText {
			return Key{}, false
		}
	default:
		return Key{}, false
	}
	scope, ok := scopeOf(c, set.Document.Published)
	if !ok {
		return Key{}, false
	}
	ref, ok := referent(c.Subject, set, kb)
	if !ok {
		return Key{}, false
	}
	return Key{Referent: ref, Property: c.Property, Scope: scope}, true
}

// referent returns the normalized referent of the subject id, and false
// when the subject is not a name: "the cost", "sales", "the squad" name a
// different thing in every article, and across articles only named
// referents (a knowledge-base entity, a person, organization or place, or
// a name the article writes with a capital) can be compared.
func referent(id string, set, kb *claims.Set) (string, bool) {
	if kb != nil {
		if _, ok := entity(kb, id); ok {
			return "kb:" + id, true
		}
	}
	e, ok := entity(set, id)
	if !ok || e.Name == "" {
		e = claims.Entity{ID: id, Name: strings.ReplaceAll(id, "-", " ")}
	}
	if !named(e, set.Document.Text) {
		return "", false
	}
	n := NormalizeName(e.Name)
	return "name:" + n, n != ""
}

// named reports whether e is a named referent: of a kind only names have,
// or written with a capital in its name or, inside a sentence, in the
// article's text (an extractor may give "Acme's" at the start of a sentence
// in lower case).
func named(e claims.Entity, text string) bool {
	switch e.Kind {
	case claims.EntityPerson, claims.EntityOrganization, claims.EntityPlace:
		return true
	}
	if strings.IndexFunc(e.Name, unicode.IsUpper) >= 0 {
		return true
	}
	return cappedInSentence(text, e.Name)
}

// cappedInSentence reports whether text holds name with a capital first
// letter (the rest as given) somewhere other than at the start of a line
// or a sentence, as a whole word.
func cappedInSentence(text, name string) bool {
	r, size := utf8.DecodeRuneInString(name)
	if size == 0 || !unicode.IsLower(r) {
		return false
	}
	capped := string(unicode.ToUpper(r)) + name[size:]
	for from := 0; ; {
		i := strings.Index(text[from:], capped)
		if i < 0 {
			return false
		}
		i += from
		from = i + len(capped)
		if end := i + len(capped); end < len(text) {
			if r, _ := utf8.DecodeRuneInString(text[end:]); unicode.IsLetter(r) || unicode.IsDigit(r) {
				continue // part of a longer word
			}
		}
		if r, _ := utf8.DecodeLastRuneInString(text[:i]); unicode.IsLetter(r) || unicode.IsDigit(r) {
			continue // part of a longer word
		}
		before := strings.TrimRightFunc(text[:i], unicode.IsSpace)
		if before == "" || strings.Contains(text[len(before):i], "\n") {
			continue // the start of the text or of a line
		}
		switch last, _ := utf8.DecodeLastRuneInString(before); last {
		case '.', '!', '?', ':', '"', '\u201c', '\'', '\u2018':
			continue // the start of a sentence or a quotation
		}
		return true
	}
}

// entity returns the entity of set with the id.
func entity(set *claims.Set, id string) (claims.Entity, bool) {
	for _, e := range set.Entities {
		if e.ID == id {
			return e, true
		}
	}
	return claims.Entity{}, false
}

// fold is the case folding of names; a cases.Caser is not safe for
// concurrent use, so each call makes its own (they are cheap).
func fold(s string) string { return cases.Fold().String(s) }

// companySuffixes are the words of a company's legal form that newsrooms
// add or leave out at will ("Acme Corp", "Acme"), dropped from the end of
// a name. From the common English-language legal forms.
var companySuffixes = map[string]bool{
	"corp": true, "corporation": true, "inc": true, "incorporated": true,
	"plc": true, "ltd": true, "limited": true, "llc": true, "co": true,
	"company": true, "group": true, "holdings": true, "sa": true, "ag": true,
	"nv": true, "gmbh": true,
}

// NormalizeName returns the form under which two articles' names of one
// referent meet: case-folded, a possessive "'s" and the legal form of a
// company dropped, and the words joined by "-". "Acme Corp.", "ACME" and
// "Acme's" all give "acme".
func NormalizeName(name string) string {
	name = fold(name)
	name = strings.NewReplacer("\u2019", "'", "\u2018", "'").Replace(name)
	words := strings.FieldsFunc(name, func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '\''
	})
	for i, w := range words {
		w = strings.TrimSuffix(w, "'s")
		words[i] = strings.Trim(w, "'")
	}
	out := words[:0]
	for _, w := range words {
		if w != "" {
			out = append(out, w)
		}
	}
	for len(out) > 1 && companySuffixes[out[len(out)-1]] {
		out = out[:len(out)-1]
	}
	return strings.Join(out, "-")
}

// scopeOf returns the time scope of c (see [Key.Scope]).
func scopeOf(c *claims.Claim, published time.Time) (string, bool) {
	if a := c.AsOf; a.Kind == claims.KindTime && !a.Start.IsZero() && a.End.After(a.Start) {
		last := a.End.Add(-time.Nanosecond)
		if a.Start.Year() == last.Year() {
			return fmt.Sprintf("%04d", a.Start.Year()), true
		}
		return a.Start.Format(dateLayout) + "/" + a.End.Format(dateLayout), true
	}
	if !c.AsOf.IsZero() {
		return "", false // an as_of not resolved to a time
	}
	if c.Value.Kind == claims.KindTime {
		return "timeless", true
	}
	if published.IsZero() {
		return "", false
	}
	return "published:" + published.Format(dateLayout), true
}
