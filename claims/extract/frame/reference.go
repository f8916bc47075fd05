package frame

import (
	_ "embed"
	"strings"

	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// Refs gives the referent of each noun phrase of a document: a key that
// every mention of one referent shares ("Sara Holt", "Ms Holt", "the
// minister" and "she" alike), or "" for a word that heads none. It is
// read-only once resolved and safe for concurrent reads.
type Refs struct {
	Key []string
	// Person marks the words whose referent is a person.
	Person []bool
}

//go:embed synonyms.txt
var synonymData string

// wordnetSynonymData is synonyms_wordnet.txt, noun groups generated from
// WordNet 3.0 (© 2006 Princeton University; its licence is in the file)
// by claims/extract/internal/wordnetgen.
//
//go:embed synonyms_wordnet.txt
var wordnetSynonymData string

// wordnetKindData is kinds_wordnet.txt, the nouns of each kind of the
// [kind] list of words.txt, generated from WordNet 3.0 (© 2006 Princeton
// University; its licence is in the file) by
// claims/extract/internal/wordnetgen.
//
//go:embed kinds_wordnet.txt
var wordnetKindData string

// kindMembers maps a kind ("building") to the nouns of that kind
// ("library", "museum").
var kindMembers = kindTable(wordnetKindData)

// kindTable reads a kind file: a kind, a colon and its nouns, one kind a
// line.
func kindTable(text string) map[string]map[string]bool {
	m := map[string]map[string]bool{}
	for _, f := range groupLines(text) {
		k, ok := strings.CutSuffix(f[0], ":")
		if !ok {
			continue
		}
		set := make(map[string]bool, len(f)-1)
		for _, w := range f[1:] {
			set[w] = true
		}
		m[k] = set
	}
	return m
}

// synonymKey maps a noun's lemma to its group's key.
var synonymKey = synonymGroups(synonymData, wordnetSynonymData)

// synonymGroups reads the hand-written groups (hand) and WordNet's (wn),
// one group a line, its first word the key, and maps each word to its
// group's key. The hand-written groups win: a word they name keeps its
// group there, and is taken out of WordNet's, whose other words make a
// group of their own when two or more are left.
func synonymGroups(hand, wn string) map[string]string {
	m := map[string]string{}
	for _, f := range groupLines(hand) {
		for _, w := range f {
			if _, dup := m[w]; !dup {
				m[w] = f[0]
			}
		}
	}
	for _, f := range groupLines(wn) {
		var rest []string
		for _, w := range f {
			if _, ok := m[w]; !ok {
				rest = append(rest, w)
			}
		}
		if len(rest) < 2 {
			continue
		}
		for _, w := range rest {
			m[w] = rest[0]
		}
	}
	return m
}

// groupLines returns the words of each line of a group file, past its
// comments.
func groupLines(text string) [][]string {
	var out [][]string
	for _, line := range strings.Split(text, "\n") {
		if line = strings.TrimSpace(line); line == "" || line[0] == '#' {
			continue
		}
		out = append(out, strings.Fields(line))
	}
	return out
}

// maxNameWords bounds how far back a name's words are sought, so that a
// run of capitalized words costs linear time: no name in news is longer.
const maxNameWords = 8

// SynonymKey returns the key of the synonym group of a noun's lemma
// ("shortfall" → "deficit"), or "" when it is in none.
func SynonymKey(lemma string) string { return synonymKey[lemma] }

// Resolve finds the referents of t's noun phrases, in one pass over the
// document in order.
func Resolve(t *Tree) *Refs {
	d := t.Doc
	n := d.Len()
	r := &Refs{Key: make([]string, n), Person: make([]bool, n)}
	st := resolver{t: t, r: r, surname: map[string]string{}, ambiguous: map[string]bool{}, leading: map[string]string{},
		role: map[string]string{}, noun: map[string]string{}, named: map[string]bool{}, lastPerson: "", common: map[string]bool{}}
	for i := 0; i < n; i++ {
		// Words the article writes in lower case as nouns: a capitalized
		// one at the head of a name is a role ("Chairman Sir Tom Reid" …
		// "the chairman").
		if w := d.Word(i); d.UPOS[i] == syntax.NOUN && w != "" && w[0] >= 'a' && w[0] <= 'z' {
			st.common[w] = true
		}
	}
	for _, s := range d.Sents {
		for i := int(s.Start); i < int(s.End); i++ {
			st.word(i)
		}
		// Relative pronouns take their clause's head noun; appositions
		// join their heads.
		for i := int(s.Start); i < int(s.End); i++ {
			st.link(i)
		}
		// "it" of a clause inside another, once relative pronouns have
		// their nouns.
		for i := int(s.Start); i < int(s.End); i++ {
			if d.UPOS[i] == syntax.PRON && strings.EqualFold(d.Word(i), "it") {
				r.Key[i] = st.embeddingSubject(i)
			}
		}
	}
	return r
}

type resolver struct {
	t         *Tree
	r         *Refs
	surname   map[string]string // last word of a full name → its key
	ambiguous map[string]bool   // surnames of two people
	// leading maps the first word of a name of several words that is no
	// person's to its key, "" when two names share it: "Larkspur" is
	// "Larkspur Press" named again.
	leading    map[string]string
	role       map[string]string // role noun → the person last given it
	noun       map[string]string // noun lemma or name word → the key of the thing last so named
	named      map[string]bool   // noun lemmas st.noun gives the key of a name they end
	lastPerson string
	lastActor  string          // the name last the subject of a clause that is no person's: what "the company" means
	common     map[string]bool // words the article writes in lower case as nouns
	// recent are the things named so far, the last last: what a
	// description by a kind ("the building") may name.
	recent []named
}

// A named is a thing named in the document: the lemma of its noun (of a
// name, its last word: "brewery" of "Hollowell Brewery"), its key, and
// whether the noun was plural.
type named struct {
	lemma, key string
	plural     bool
}

// maxRecent bounds the things a description by a kind looks back over.
const maxRecent = 48

// remember adds a thing named to st.recent.
func (st *resolver) remember(lemma, key string, plural bool) {
	if len(st.recent) >= 4*maxRecent {
		st.recent = append(st.recent[:0], st.recent[len(st.recent)-maxRecent:]...)
	}
	st.recent = append(st.recent, named{lemma, key, plural})
}

// lastOfKind returns the key of the last thing named by a noun of kind
// lem, of the number plural, within maxRecent things: what "the
// building" names after "the library"; "" for none.
func (st *resolver) lastOfKind(lem string, plural bool) string {
	members := kindMembers[lem]
	if members == nil {
		return ""
	}
	for k := len(st.recent) - 1; k >= 0 && k >= len(st.recent)-maxRecent; k-- {
		if r := st.recent[k]; members[r.lemma] && r.plural == plural {
			return r.key
		}
	}
	return ""
}

func (st *resolver) word(i int) {
	t, d, r := st.t, st.t.Doc, st.r
	upos := d.UPOS[i]
	if upos == syntax.ADJ && nominalAdjective(t, i) {
		// "The final will be held at Sandy Park": an adjective with "the"
		// that heads an argument is a noun the tagger did not take for
		// one, and is resolved as one.
		upos = syntax.NOUN
	}
	switch upos {
	case syntax.PROPN:
		// The head of a name: its flat and compound parts come before it,
		// or it is the first word with flat parts after.
		h := int(d.Head[i])
		if h >= 0 && (d.Rel[i].String() == "flat" || d.Rel[i] == syntax.RelCompound && d.UPOS[h] == syntax.PROPN) {
			return
		}
		if titles[strings.ToLower(d.Word(i))] && d.Rel[i].String() == "nmod:desc" {
			return // "Sir" hung on "Tom Reid": a title, no name of its own
		}
		first, last := i, i+1
		for _, k := range t.Kids(i) {
			k := int(k)
			if (d.Rel[k].String() == "flat" || d.Rel[k] == syntax.RelCompound && d.UPOS[k] == syntax.PROPN) && k < first {
				first = k
			}
			if d.Rel[k].String() == "flat" && k+1 > last {
				last = k + 1
			}
		}
		// A capitalized word right before the name that the parse hangs on
		// it as a description, and the article never writes as a common
		// noun, is a word of the name ("St" of "St Wilfrid").
		for first > 0 && first > i-maxNameWords && d.UPOS[first-1] == syntax.PROPN && d.Rel[first-1].String() == "nmod:desc" &&
			int(d.Head[first-1]) >= first && int(d.Head[first-1]) <= i &&
			!st.common[strings.ToLower(d.Word(first-1))] && !titles[strings.ToLower(d.Word(first-1))] {
			first--
		}
		// A compound of a compound ("Fenwick" on "Community" of "Fenwick
		// Community Hospital") is a word of the name too.
		for first > 0 && first > i-maxNameWords && d.UPOS[first-1] == syntax.PROPN && d.Rel[first-1] == syntax.RelCompound &&
			int(d.Head[first-1]) >= first && int(d.Head[first-1]) <= i {
			first--
		}
		// A name's flat words may hang on each other ("Sir" and "Tom" on
		// "Chairman", "Reid" on "Tom"): the name runs on through them.
		for last < d.Len() && d.Rel[last].String() == "flat" && int(d.Head[last]) >= first && int(d.Head[last]) < last {
			last++
		}
		// Role words the tagger took into the name: "Chairman Sir Tom
		// Reid", "Striker Jo Bloggs", when the article writes them in lower
		// case elsewhere; the last of them is the person's role.
		role, desc := "", -1
		for first < last-1 && d.UPOS[first+1] == syntax.PROPN && st.common[strings.ToLower(d.Word(first))] &&
			!titles[strings.ToLower(d.Word(first))] {
			role = strings.ToLower(d.Word(first))
			first++
		}
		// The same words hung on the name as its description ("Chairman"
		// on "Sir Tom Reid", or on its title "Sir"), past a title.
		for k := first - 1; k >= 0 && k >= first-3 && int(d.Head[k]) > k && int(d.Head[k]) <= i; k-- {
			w := strings.ToLower(d.Word(k))
			if titles[w] {
				continue
			}
			if !st.common[w] {
				break
			}
			if role == "" {
				role = w
				desc = k
			}
		}
		var parts []string
		for k := first; k < last; k++ {
			w := strings.ToLower(d.Word(k))
			if d.UPOS[k] == syntax.PUNCT || len(parts) == 0 && titles[w] {
				continue
			}
			parts = append(parts, w)
		}
		if len(parts) == 0 {
			return
		}
		titled := first < last && titles[strings.ToLower(d.Word(first))]
		for _, k := range t.Kids(i) {
			// "Dr Flett" with the title hung as a description.
			if int(k) < i && titles[strings.ToLower(d.Word(int(k)))] {
				titled = true
			}
		}
		key := strings.Join(parts, "-")
		sur := parts[len(parts)-1]
		if len(parts) == 1 {
			if k, ok := st.surname[sur]; ok && !st.ambiguous[sur] {
				key = k
			} else if k := st.leading[sur]; k != "" && !ok {
				key = k
			}
		} else {
			if !titled && role == "" {
				if k, ok := st.leading[parts[0]]; ok && k != key {
					st.leading[parts[0]] = "" // "Manchester United", "Manchester City"
				} else if !ok {
					st.leading[parts[0]] = key
				}
			}
			if k, ok := st.surname[sur]; ok && k != key {
				st.ambiguous[sur] = true
			}
			st.surname[sur] = key
		}
		r.Key[i] = key
		for k := first; k < last; k++ {
			if d.UPOS[k] == syntax.PROPN && r.Key[k] == "" {
				r.Key[k] = key // every word of the name: "Sara" and "Holt"
			}
		}
		if role != "" {
			st.role[role] = key
			r.Person[i] = true
		}
		if desc >= 0 {
			r.Key[desc], r.Person[desc] = key, true
		}
		// A role noun compounded before the name: "Culture minister Sara Holt".
		for _, k := range t.Kids(i) {
			if d.Rel[k] == syntax.RelCompound && d.UPOS[k] == syntax.NOUN {
				st.role[strings.ToLower(d.Lemma[k])] = key
				r.Person[i] = true
			}
		}
		if titled || r.Person[i] {
			r.Person[i] = true
			st.lastPerson = key
		} else if d.Rel[i].Universal() == syntax.RelNsubj && len(parts) >= 1 {
			st.lastActor = key
		}
		// "Eastfield Library" is what a later "the library" means.
		st.noun[strings.ToLower(d.Lemma[last-1])] = key
		st.named[strings.ToLower(d.Lemma[last-1])] = true
		if d.Rel[i] != syntax.RelCompound {
			st.remember(strings.ToLower(d.Lemma[last-1]), key, false)
		}
	case syntax.NOUN:
		lem := strings.ToLower(d.Lemma[i])
		if key := st.capitalizedName(i); key != "" {
			// "Carnford Barracks will close": a name the tagger took for
			// common nouns; a later "the barracks" means it.
			r.Key[i] = key
			st.noun[lem] = key
			return
		}
		owned := st.ownedOtherwise(i, lem)
		switch {
		case st.role[lem] != "" && definite(t, i):
			r.Key[i] = st.role[lem]
			r.Person[i] = true
		case actorNouns[lem] && (st.noun[lem] == "" || st.noun[lem] == lem) && st.lastActor != "" && definite(t, i) && d.XPOS[i] == "NN":
			// "Pipewise was already profitable … The company, which is not
			// yet profitable": the organisation last named as a subject.
			r.Key[i] = st.lastActor
			st.noun[lem] = st.lastActor
		case owned != "":
			// "the university's index" after "the producer price index
			// (PPI)": a thing of another's.
			r.Key[i] = owned
		case st.noun[lem] != "" && !(st.named[lem] && barePlural(t, i)):
			// (Not a bare "homes" after "Westmark Homes": a plural with no
			// determiner names things of its kind, not the name.)
			r.Key[i] = st.noun[lem]
		case synonymKey[lem] != "" && st.noun[synonymKey[lem]] != "" && !(st.named[synonymKey[lem]] && barePlural(t, i)):
			r.Key[i] = st.noun[synonymKey[lem]]
		case kindMembers[lem] != nil && anotherOfKind(t, i):
			// "the building it replaces": a thing of its own, which a
			// later "the building" does not name.
			r.Key[i] = lem
			return
		case definite(t, i) && st.lastOfKind(lem, d.XPOS[i] == "NNS") != "":
			// "the building" after "the library": the thing last named by
			// a noun of its kind.
			r.Key[i] = st.lastOfKind(lem, d.XPOS[i] == "NNS")
			st.noun[lem] = r.Key[i]
		default:
			key := lem
			if g := synonymKey[lem]; g != "" {
				key = g
			}
			r.Key[i] = key
			st.noun[lem] = key
			st.named[lem] = false
			if g := synonymKey[lem]; g != "" {
				st.noun[g] = key
				st.named[g] = false
			}
		}
		if d.Rel[i] != syntax.RelCompound { // not "Chapel" of "Chapel Row"
			st.remember(lem, r.Key[i], d.XPOS[i] == "NNS")
		}
	case syntax.PRON:
		switch strings.ToLower(d.Word(i)) {
		case "he", "she", "him", "her":
			if st.lastPerson != "" {
				r.Key[i] = st.lastPerson
				r.Person[i] = true
			}
		case "its":
			r.Key[i] = st.clauseSubject(i)
		}
	}
}

// embeddingSubject returns the referent of "it" at i when it is the
// subject of a clause of time or reason inside another clause, whose own
// subject is a thing named before i: "Hollowell Brewery, which has been
// run by the same family since it was founded in 1921" (it = the
// brewery); "The pier closed when it was damaged". An "it" of a main
// clause, or of a clause inside a person's, is left alone.
func (st *resolver) embeddingSubject(i int) string {
	t, d, r := st.t, st.t.Doc, st.r
	if d.Rel[i].Universal() != syntax.RelNsubj {
		return ""
	}
	c := int(d.Head[i])
	if c < 0 || !adverbialClause(t, c) {
		return ""
	}
	// The clause it is in: the verb above, past a noun the parse hung it
	// on ("since it was founded" on "family" of "run by the same family").
	h := int(d.Head[c])
	for step := 0; step < 3 && h >= 0 && d.UPOS[h] != syntax.VERB; step++ {
		h = int(d.Head[h])
	}
	if h < 0 || h > i || d.UPOS[h] != syntax.VERB {
		return ""
	}
	s := t.Kid(h, syntax.RelNsubj)
	if s < 0 {
		s = t.KidRel(h, nsubjPassRel)
	}
	if s < 0 || s > i || r.Key[s] == "" || r.Person[s] {
		return ""
	}
	if d.UPOS[s] == syntax.PRON && d.Rel[h].String() != "acl:relcl" {
		return "" // (a relative pronoun stands for its noun; another pronoun, no telling)
	}
	return r.Key[s]
}

var nsubjPassRel, _ = syntax.ParseRel("nsubj:pass")

// barePlural reports a plural noun with no determiner or possessor:
// "the number of homes", "homes were flooded".
func barePlural(t *Tree, i int) bool {
	d := t.Doc
	if d.XPOS[i] != "NNS" {
		return false
	}
	for _, k := range t.Kids(i) {
		switch d.Rel[k].String() {
		case "det", "nmod:poss":
			return false
		}
	}
	return true
}

// adverbialClause reports whether clause c is one of time or reason: an
// adverbial clause, or one of "since", "when", "after", "before",
// "until" or "because" that the parse hung on a noun.
func adverbialClause(t *Tree, c int) bool {
	d := t.Doc
	switch d.Rel[c].Universal().String() {
	case "advcl":
		return true
	case "acl":
		m := t.Kid(c, syntax.RelMark)
		if m < 0 {
			return false
		}
		switch strings.ToLower(d.Word(m)) {
		case "since", "when", "after", "before", "until", "because":
			return true
		}
	}
	return false
}

// nominalAdjective reports an adjective with "the" and no noun of its
// own that is a clause's subject or object, or a preposition's noun: "The
// final will be held", "tickets for the final".
func nominalAdjective(t *Tree, i int) bool {
	d := t.Doc
	switch d.Rel[i].Universal() {
	case syntax.RelNsubj, syntax.RelObj, syntax.RelObl, syntax.RelNmod:
	default:
		return false
	}
	k := t.Kid(i, syntax.RelDet)
	return k >= 0 && strings.EqualFold(d.Word(k), "the") && t.Kid(i, syntax.RelCop) < 0
}

// capitalizedName returns the key of a name of two or more capitalized
// words the tagger took for common nouns, headed by noun i inside its
// sentence ("Carnford Barracks", "Gift Aid"), or "". A capitalized noun
// alone may be a sentence's first word or a common noun written with a
// capital ("the Government"): it is left to its lemma.
func (st *resolver) capitalizedName(i int) string {
	t, d := st.t, st.t.Doc
	upper := func(k int) bool { w := d.Word(k); return w != "" && w[0] >= 'A' && w[0] <= 'Z' }
	if !upper(i) || i == int(d.SentenceOf(i).Start) {
		return ""
	}
	first := i
	kids := t.Kids(i)
	for j := len(kids) - 1; j >= 0; j-- {
		if k := kids[j]; int(k) == first-1 && d.Rel[k] == syntax.RelCompound && upper(int(k)) &&
			(d.UPOS[k] == syntax.NOUN || d.UPOS[k] == syntax.PROPN) {
			first = int(k)
		}
	}
	if first == i {
		return ""
	}
	parts := make([]string, 0, i-first+1)
	for k := first; k <= i; k++ {
		parts = append(parts, strings.ToLower(d.Word(k)))
	}
	key := strings.Join(parts, "-")
	for k := first; k <= i; k++ {
		st.r.Key[k] = key
	}
	return key
}

// link joins appositions ("the minister, Sara Holt") and gives relative
// pronouns the key of the noun their clause modifies.
func (st *resolver) link(i int) {
	t, d, r := st.t, st.t.Doc, st.r
	h := int(d.Head[i])
	if h < 0 {
		return
	}
	switch {
	case d.Rel[i] == syntax.RelAppos:
		if d.UPOS[h] == syntax.PUNCT && d.Head[h] >= 0 {
			h = int(d.Head[h]) // an apposition the parse hung on its comma
		}
		a, b := h, i // b renames a
		if lw := strings.ToLower(d.Word(a)); r.Key[a] == "" && r.Key[b] != "" && d.UPOS[a] == syntax.PROPN &&
			st.common[lw] && !titles[lw] {
			// "Chairman Sir Tom Reid" parsed as "Chairman" with the name
			// in apposition: a role the article writes in lower case
			// elsewhere, and the name's.
			st.role[lw] = r.Key[b]
			r.Key[a] = r.Key[b]
			r.Person[a], r.Person[b] = true, true
			st.lastPerson = r.Key[b]
			return
		}
		if r.Key[a] == "" || r.Key[b] == "" {
			return
		}
		// The name is the key; a role noun beside it becomes the person's.
		name, role := a, b
		if d.UPOS[a] == syntax.NOUN && d.UPOS[b] == syntax.PROPN {
			name, role = b, a
		}
		if w := d.Word(name); d.UPOS[name] == syntax.PROPN && d.UPOS[role] == syntax.NOUN &&
			(name > 0 && d.Word(name-1) == "(" || len(w) >= 2 && strings.ToUpper(w) == w) {
			// "the producer price index (PPI)": a name in brackets or an
			// acronym is the thing's other name, no person's.
			r.Key[role] = r.Key[name]
			st.noun[strings.ToLower(d.Lemma[role])] = r.Key[name]
		} else if d.UPOS[name] == syntax.PROPN && d.UPOS[role] == syntax.NOUN {
			lem := strings.ToLower(d.Lemma[role])
			st.role[lem] = r.Key[name]
			r.Key[role] = r.Key[name]
			r.Person[name], r.Person[role] = true, true
			st.lastPerson = r.Key[name]
		}
	case d.Rel[i].String() == "acl:relcl":
		for _, k := range t.Kids(i) {
			k := int(k)
			switch strings.ToLower(d.Word(k)) {
			case "which", "who", "that", "whom":
				if d.XPOS[k] == "WDT" || d.XPOS[k] == "WP" {
					r.Key[k] = r.Key[h]
					r.Person[k] = r.Person[h]
				}
			}
		}
	}
}

// definite reports whether noun i has a definite determiner or a
// possessive: "the minister", "its chief executive".
func definite(t *Tree, i int) bool {
	d := t.Doc
	for _, k := range t.Kids(i) {
		switch d.Rel[k].String() {
		case "det":
			switch strings.ToLower(d.Word(int(k))) {
			case "the", "this", "that", "these", "those":
				return true
			}
		case "nmod:poss":
			return true
		}
	}
	return false
}

// ownedOtherwise returns the key of noun i, of lemma lem, when it has a
// possessor that names another owner than the referent the noun would
// take by its lemma ("the university's index" after "the producer price
// index (PPI)"): the possessor's key and the lemma; "" otherwise.
func (st *resolver) ownedOtherwise(i int, lem string) string {
	d := st.t.Doc
	key := st.noun[lem]
	if key == "" && synonymKey[lem] != "" {
		key = st.noun[synonymKey[lem]]
	}
	p := st.t.KidRel(i, possRel)
	if key == "" || key == lem || key == synonymKey[lem] || p < 0 || d.UPOS[p] == syntax.PRON {
		return "" // (no antecedent, or only the noun itself: "the St Wilfrid's building" twice)
	}
	owner := st.r.Key[p]
	if owner == "" || owner == key || strings.HasPrefix(key, owner+"-") {
		return ""
	}
	return owner + "-" + lem
}

var possRel, _ = syntax.ParseRel("nmod:poss")

// clauseSubject returns the referent of the subject of the clause that
// holds possessive i, when it is a thing named before i: "The company
// … declined to disclose its valuation" (its = the company's). It climbs
// at most six heads, through infinitives that share their subject.
func (st *resolver) clauseSubject(i int) string {
	t, d, r := st.t, st.t.Doc, st.r
	h := int(d.Head[i])
	for step := 0; step < 6 && h >= 0; step++ {
		if d.UPOS[h] == syntax.VERB || d.UPOS[h] == syntax.AUX || d.UPOS[h] == syntax.ADJ {
			if s := t.Kid(h, syntax.RelNsubj); s >= 0 {
				if s < i && r.Key[s] != "" && !r.Person[s] && d.UPOS[s] != syntax.PRON {
					return r.Key[s]
				}
				return "" // a clause of its own subject: no telling
			}
		}
		h = int(d.Head[h])
	}
	return ""
}

// anotherOfKind reports whether noun i names another thing of its kind
// than those named before: "the vehicle that replaced it", "the other
// building". ("The new building" may be the new library named before.)
func anotherOfKind(t *Tree, i int) bool {
	d := t.Doc
	for _, k := range t.Kids(i) {
		switch d.Rel[k].String() {
		case "acl:relcl", "acl":
			return true
		case "amod":
			switch strings.ToLower(d.Word(int(k))) {
			case "other", "another", "second", "different", "separate", "replacement", "former", "original":
				return true
			}
		}
	}
	return false
}
