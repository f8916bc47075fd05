package extract

import (
	"strings"
	"unicode/utf8"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// Slug returns an entity or property id made from a name: folded, with
// every run of characters other than letters and digits made one "-":
// "Joint Base Elmendorf-Richardson" is "joint-base-elmendorf-richardson".
func Slug(name string) string { return slugFolded(Fold(name)) }

// slugFolded is Slug of text already folded.
func slugFolded(f string) string {
	if isSlug(f) {
		return f
	}
	var b strings.Builder
	b.Grow(len(f))
	dash := false
	for _, r := range f {
		if text.IsLetter(r) {
			if dash && b.Len() > 0 {
				b.WriteByte('-')
			}
			dash = false
			b.WriteRune(r)
			continue
		}
		if r == '\'' {
			continue // "king's" is "kings"
		}
		dash = true
	}
	return b.String()
}

// isSlug reports whether folded text f is its own slug: letters only.
func isSlug(f string) bool {
	for _, r := range f {
		if !text.IsLetter(r) {
			return false
		}
	}
	return f != ""
}

// slugOf returns the slug of tokens [a, b), from the folded text when the
// original is ASCII (and so folds byte for byte) and there without a copy
// when it is a single word.
func (d *doc) slugOf(a, b int) string {
	t0, t1 := d.toks[a], d.toks[b-1]
	if orig := d.text[t0.Start:t1.End]; t1.FoldEnd-t0.FoldStart == t1.End-t0.Start && isASCII(orig) {
		return slugFolded(d.fold[t0.FoldStart:t1.FoldEnd])
	}
	return Slug(d.textOf(a, b))
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}

// nameWord reports whether token i may be part of a name: a capitalized
// word no other mention has taken.
func (d *doc) nameWord(i int) bool {
	t := d.toks[i]
	return t.Kind == text.Word && t.Has(text.Cap) && d.tokMen[i] < 0
}

// findNames finds capitalized names the knowledge base does not know:
// "Marco Rubio", "King's College London", "International Criminal Court".
// A sentence's first word is taken for a name only when it is capitalized
// elsewhere in the text too.
func (d *doc) findNames() {
	persons := map[string]*entityRef{} // last name → the person
	acronyms := map[string]*entityRef{}
	for si, s := range d.sents {
		if d.stopped(si) {
			return
		}
		for i := s.first; i < s.last; {
			if !d.nameWord(i) {
				i++
				continue
			}
			j := d.nameRun(i, s.last)
			d.addName(i, j, si, persons, acronyms)
			i = j
		}
	}
	// A surname alone names the person named in full anywhere in the
	// text: "Zelenskyy" before "Volodymyr Zelenskyy".
	for k := range d.ments {
		m := &d.ments[k]
		if m.ent == nil || m.ent.kb || m.last-m.first != 1 {
			continue
		}
		if p := persons[d.f(m.first)]; p != nil && p != m.ent {
			m.ent = p
			m.val.Entity = p.id
		}
	}
}

// nameRun returns the end of the run of name tokens starting at i.
func (d *doc) nameRun(i, limit int) int {
	j := i + 1
	for j < limit {
		t := d.toks[j]
		switch {
		case d.nameWord(j) && !d.toks[j].Has(text.Newline):
			j++
			continue
		case t.Kind == text.Punct && d.f(j) == "-" && t.Glued() && j+1 < limit && d.toks[j+1].Glued() && d.nameWord(j+1):
			j += 2
			continue
		case t.Kind == text.Punct && d.f(j) == "." && t.Glued() && d.toks[j-1].End-d.toks[j-1].Start == 1 && j+1 < limit && d.nameWord(j+1):
			j++ // an initial: "J. K. Rowling"
			continue
		case d.f(j) == "'s" && t.Glued() && j == i+1 && j+1 < limit && d.nameWord(j+1) && d.in(orgWords, j+1):
			j += 2 // "King's College London", "Queen's University"
			continue
		case t.Kind == text.Punct && d.f(j) == "&" && j+1 < limit && d.nameWord(j+1):
			j += 2
			continue
		case t.Kind == text.Word && !t.Has(text.Cap) && d.in(nameConnectors, j):
			k := j + 1
			if k < limit && d.f(k) == "the" && !d.toks[k].Has(text.Cap) {
				k++
			}
			if k < limit && d.nameWord(k) && d.f(j) != "the" {
				j = k + 1
				continue
			}
		}
		break
	}
	return j
}

// addName records the name in tokens [a, b) of sentence si.
func (d *doc) addName(a, b, si int, persons, acronyms map[string]*entityRef) {
	s := d.sents[si]
	// A sentence's first word, or any word of a headline, is a name only
	// when seen capitalized inside a sentence too.
	multi := -1 // the words of [a, b), counted once and kept as a moves
	for a < b && (d.sentenceStart(a) || s.headline || d.afterOpening(a)) && d.toks[a].Kind == text.Word {
		w, upper := d.f(a), d.toks[a].Has(text.Upper)
		if multi < 0 {
			multi = d.nameWords(a, b)
		}
		switch {
		case functionWords.has(w) && !upper, countAdjectives.has(w) && !d.capSeen[w],
			s.headline && !d.capSeen[w] && !upper,
			multi < 2 && !d.capSeen[w] && !titleWords.has(w) && !upper && !d.nameBeforeVerb(a, b):
			next := d.skipNameWord(a, b)
			multi -= d.nameWords(a, next)
			a = next
			continue
		}
		break
	}
	if s.headline {
		for b > a && !d.capSeen[d.f(b-1)] {
			b--
		}
	}
	for a < b && d.toks[a].Kind != text.Word {
		a++
	}
	for b > a && (d.toks[b-1].Kind != text.Word || d.in(nameConnectors, b-1) && !d.toks[b-1].Has(text.Cap)) {
		b--
	}
	if a >= b {
		return
	}
	// Titles: "US President Donald Trump" is "Donald Trump", a person,
	// after "US".
	person := false
	for k := b - 2; k >= a; k-- {
		if d.in(titleWords, k) && d.toks[k].Kind == text.Word && d.f(k+1) != "'s" && !d.in(orgWords, b-1) && !d.in(placeWords, b-1) {
			t := k
			for t > a && d.in(titleWords, t-1) {
				t--
			}
			if t > a {
				d.addName(a, t, si, persons, acronyms)
			}
			a, person = k+1, true
			break
		}
	}
	if b-a == 1 {
		w := d.f(a)
		if len(w) == 1 || d.in(titleWords, a) || d.in(functionWords, a) && !d.toks[a].Has(text.Upper) {
			return
		}
		if demonym(w) || demonymOnly(w) {
			return // "Russian forces", "Ukrainian President"
		}
		if i := strings.IndexByte(w, '\''); i >= 0 && functionWords.has(w[:i]) {
			return // "I've", "There'll"
		}
	}
	name := d.textOf(a, b)
	ref := &entityRef{id: d.slugOf(a, b), name: name}
	last := d.f(b - 1)
	switch {
	case person:
		ref.kind = claims.EntityPerson
	case d.in(orgWords, b-1):
		ref.kind = claims.EntityOrganization
	case d.in(placeWords, b-1):
		ref.kind = claims.EntityPlace
	case b-a == 1 && acronyms[d.f(a)] != nil:
		ref = acronyms[d.f(a)]
	case b-a == 1 && persons[d.f(a)] != nil:
		ref = persons[d.f(a)]
	case b < len(d.toks) && d.inAt(speechVerbs, b):
		ref.kind = claims.EntityPerson
	case b-a >= 2 && b-a <= 3 && d.toks[a].Kind == text.Word && d.toks[b-1].Kind == text.Word && d.plainName(a, b):
		ref.kind = claims.EntityPerson
	}
	if ref.kind == claims.EntityPerson && b-a >= 2 && d.toks[b-1].Kind == text.Word {
		persons[last] = ref
	}
	// "International Criminal Court (ICC)": the acronym names the same
	// entity.
	if b-a == 1 && d.toks[a].Has(text.Upper) && a >= 2 && d.f(a-1) == "(" && d.tokMen[a-2] >= 0 {
		if pm := d.ments[d.tokMen[a-2]]; pm.ent != nil && !pm.ent.kb {
			ref = pm.ent
		}
	}
	if b-a == 1 && d.toks[a].Has(text.Upper) {
		acronyms[d.f(a)] = ref
	}
	k := claims.KindEntity
	if ref.kind == claims.EntityPlace {
		k = claims.KindPlace
	}
	d.addMention(mention{first: a, last: b, val: claims.Value{Kind: k, Entity: ref.id}, ent: ref})
}

// nameWords counts the words of tokens [a, b) other than connectors.
func (d *doc) nameWords(a, b int) int {
	n := 0
	for k := a; k < b; k++ {
		if d.toks[k].Kind == text.Word && !d.in(nameConnectors, k) {
			n++
		}
	}
	return n
}

// skipNameWord returns the token after the word at a and any connector or
// hyphen after it.
func (d *doc) skipNameWord(a, b int) int {
	a++
	for a < b && (d.toks[a].Kind != text.Word || d.in(nameConnectors, a) && !d.toks[a].Has(text.Cap)) {
		a++
	}
	return a
}

// plainName reports whether tokens [a, b) look like a person's name: two or
// three capitalized words, none of them an organization or place word.
func (d *doc) plainName(a, b int) bool {
	for k := a; k < b; k++ {
		w := d.f(k)
		if d.toks[k].Kind != text.Word || d.in(orgWords, k) || d.in(placeWords, k) || d.in(nameConnectors, k) || d.toks[k].Has(text.Upper) || demonym(w) {
			return false
		}
	}
	return true
}

// demonym reports whether w looks like a nationality or other capitalized
// adjective: "Russian", "Western", "British".
func demonym(w string) bool {
	for _, s := range demonymSuffixes {
		if strings.HasSuffix(w, s) && len(w) > len(s)+2 {
			return true
		}
	}
	return false
}

// demonymOnly reports whether w is a capitalized adjective never used as a
// name on its own.
func demonymOnly(w string) bool {
	switch w {
	case "american", "german", "african", "mexican", "cuban", "moroccan", "korean", "european", "asian":
		return true
	}
	return false
}

// nameBeforeVerb reports whether a lone capitalized word at the start of a
// sentence reads as a name because a verb follows it: "Trump made", but
// not "Turnover rose", "Critics said" or "Usually".
func (d *doc) nameBeforeVerb(a, b int) bool {
	w := d.f(a)
	if b >= len(d.toks) || d.toks[b].Kind != text.Word || d.toks[b].Has(text.Cap) {
		return false
	}
	if d.in(measureNouns, a) || strings.HasSuffix(w, "s") || adjectiveLike(w) {
		return false
	}
	for _, suf := range []string{"ly", "ing", "ion", "ment", "ness", "ity", "er", "ure", "ance", "ence"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	v := d.f(b)
	return d.in(speechVerbs, b) || d.in(pastCues, b) && v != "last" && v != "earlier" && v != "ago" ||
		len(v) > 4 && strings.HasSuffix(v, "ed") && !d.in(notPastEd, b) || v == "will" || v == "has" || v == "is"
}
