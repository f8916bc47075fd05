package extract

import (
	"context"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/frame"
	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// frameClaims reads the document's frames on its dependency parse and
// adds the claims they key across the article: a figure of a thing
// ("The upgrade cost £12 million" … "the £21 million upgrade"), a
// statement affirmed and denied ("Sara Holt will open the conference" …
// "Ms Holt will not open the conference"), a slot called open ("have not
// decided where the summit will take place"). A frame claim is kept only
// when another frame claim shares its key — the reading is there to
// meet its counterpart — so that a key no other clause uses adds nothing
// to a report.
func (b *builder) frameClaims() {
	d := b.d
	if len(d.text) == 0 {
		return
	}
	text := d.text
	if len(text) > maxFrameBytes {
		// Parse whole sentences up to the bound.
		cut := 0
		for _, se := range d.sents {
			if end := int(d.toks[se.last-1].End); end <= maxFrameBytes {
				cut = end
			} else {
				break
			}
		}
		text = text[:cut]
	}
	sd := &syntax.Doc{}
	syntax.Tokenize(sd, text)
	ctx := d.ctx
	if ctx == nil {
		ctx = context.Background()
	}
	if err := extractParser().AnnotateContext(ctx, sd); err != nil {
		d.err = err
		return
	}
	fr := &frameReader{b: b, t: frame.NewTree(sd)}
	fr.refs = frame.Resolve(fr.t)
	fr.frames = frame.Frames(fr.t)
	fr.frameOf = make([]int32, sd.Len())
	for i := range fr.frameOf {
		fr.frameOf[i] = -1
	}
	for k, f := range fr.frames {
		fr.frameOf[f.Pred] = int32(k)
	}
	fr.alignMentions()
	for mi := range d.ments {
		fr.quantity(mi)
	}
	for k := range fr.frames {
		if f := &fr.frames[k]; !fr.question(f) {
			fr.statement(f) // (a question's statement is read as left open: openSlot)
			fr.presupposed(f)
		}
		fr.openSlot(&fr.frames[k])
		fr.pendingDecision(&fr.frames[k])
		fr.slotValue(&fr.frames[k])
	}
	fr.figureRefs()
	fr.directions()
	fr.datedEvents()
	fr.onceDates()
	fr.incidentDays()
	fr.roleHolders()
	fr.futures()
	fr.measures()
	fr.amounts()
	fr.sumsOfThings()
	fr.lengths()
	fr.countValues()
	fr.matchSlots()
	b.keepFrameClaims(fr.out)
}

// maxFrameBytes bounds the text a document's frames are read from: a
// parse costs far more per byte than the rest of extraction, and no news
// article is a quarter of a megabyte long. Past it, the claims come from
// the other readings alone.
const maxFrameBytes = 256 << 10

// A frameReader holds one document's parse, frames and referents while
// its claims are read.
type frameReader struct {
	b       *builder
	t       *frame.Tree
	refs    *frame.Refs
	frames  []frame.Frame
	frameOf []int32 // word → its frame, or -1
	menWord []int32 // mention → its head word, or -1
	wordMen []int32 // word → the mention it heads, or -1
	out     []frameClaim
	claimed map[int][]string  // figure mention → keys of claims that state it (indexClaimed)
	owners  map[string]string // noun key → the one owner it is given with a possessor, "" for several (ownerOf)
}

// ownerOf returns the one referent that the nouns of key are given as
// possessed by anywhere in the document ("the barracks' firing range"),
// or "" for none or several.
func (fr *frameReader) ownerOf(key string) string {
	if fr.owners == nil {
		fr.owners = map[string]string{}
		d := fr.t.Doc
		for n := 0; n < d.Len(); n++ {
			if d.UPOS[n] != syntax.NOUN {
				continue
			}
			p := fr.t.KidRel(n, relPoss)
			if p < 0 {
				continue
			}
			k, o := fr.key(n), fr.key(p)
			if k == "" || o == "" || d.UPOS[p] == syntax.PRON {
				continue
			}
			if prev, ok := fr.owners[k]; ok && prev != o {
				o = ""
			}
			fr.owners[k] = o
		}
	}
	return fr.owners[key]
}

// definiteThe reports whether noun n has the determiner "the".
func (fr *frameReader) definiteThe(n int) bool {
	k := fr.t.Kid(n, syntax.RelDet)
	return k >= 0 && strings.EqualFold(fr.t.Doc.Word(k), "the")
}

// extractParser is the model the extractor parses with: the embedded
// one's own parser without its partners, at a beam of 4, half the cost
// of its default 8 for a little less accuracy (dev UAS 86.11 against
// 86.56; 85.31 for the greedy model before it). The combination with the
// partners (87.28) is several times slower and makes other errors than
// the ones the frame reader's repairs were written for: the extractor
// stays on the parser it was measured with.
var extractParser = sync.OnceValue(func() *syntax.Model { return syntax.Default().LeftToRight().WithBeam(4) })

// A frameClaim is a claim with the key it meets others by.
type frameClaim struct {
	claims.Claim
	polar  bool   // a statement: kept only when affirmed and denied
	agent  string // who does what a theme statement says is done, or ""
	plural bool   // a theme statement's theme is plural: "the contracts" are not "the contract"
	group  bool   // a statement of a group ("the counters", "no counters"): see sameGroup
	// fresh is the lemma of a statement's theme or object brought in by
	// "a" or "an", with its compounds and adjectives, or "": two such
	// named differently are of two things ("accepted a $6.75bn buyout" …
	// "had rejected a deal worth $8bn"); named alike ("had been wearing a
	// seatbelt" … "had not been wearing a seatbelt"), or one of them
	// definite ("approved a plan" … "rejected the plan"), they may be of
	// one.
	fresh string
	// anyNumber marks a theme that matches either number ("no weapon");
	// themeMods are its compounds and adjectives: "its final vibration
	// tests" and "its final vibration test" are one thing told twice.
	anyNumber bool
	themeMods []string
	// themeGroup marks a group that is a statement's theme ("the reports
	// … are published"), which a later mention may name with fewer
	// words ("the flood defences" … "the defences").
	themeGroup bool
	// future marks a statement of what will be: settled, as much as one
	// of what was, against a question left open.
	future bool
	// past marks a statement of what was: it does not deny what a
	// statement of what will be says ("The hotel closed in 2022" … "is
	// to reopen").
	past bool
	// meetsValues marks a value kept when another reading gives its key
	// a value too, not only another frame claim (incidentDays: "the
	// final on 5 June" … "The final will be played on 3 June").
	meetsValues bool
	// askedDoer marks a statement whose doer a question asks for ("who
	// will run the club"): what someone did before does not answer it,
	// nor a doer that names no one ("by a private contractor") or one for
	// a time ("until the end of the season").
	askedDoer bool
	// namedDoer marks a statement whose doer is named or definite (the
	// answer to a question of who); bounded, one whose clause limits it
	// in time ("until the summer", "next season", "after that").
	namedDoer, bounded bool
	// notYet marks a denial of what has not happened yet ("No payment has
	// been made to the club yet"), which what will be does not
	// contradict.
	notYet bool
	// marks are the words that tell a statement's thing from others of
	// its noun ("the old hall", "the first phase", "outline planning
	// permission", "last year's festival"): two things each with a mark
	// the other lacks are two things.
	marks []string
	// nominal marks a statement read from a noun inside a clause ("last
	// year's drop in landings"), which has no tense of the clause's.
	nominal bool
	// when and where are the times and places the statement's clause
	// names ("in Sydney in 2000"): a statement denied of another time or
	// place does not contradict it.
	when  []claims.Value
	where []string
	// words are the lemmas that say what an open slot or the value of a
	// slot is about (matchSlots).
	words []string
	// closedAfter marks a denial read from a transition in the past
	// ("closed the same year" as "not opened"): a past opening is no
	// contradiction of it but what came before it.
	closedAfter bool
	// habitual marks a statement of what happens again and again ("will
	// not open on Sundays"), which says nothing of a single event ("will
	// open on 4 April").
	habitual bool
	days     []time.Weekday // the days of the week a habitual statement is limited to
	// cause is the referent a cause value names (causeValue): it answers
	// no question of its own cause ("the fire caused severe damage" …
	// "the cause of the fire is not yet known").
	cause string
	// forSlot marks a value read only to settle an open slot
	// (datedEvents): kept only when its key has a slot left open.
	forSlot bool
	// matched marks a slot left open keyed anew by the words it shares
	// with a value (matchSlots).
	matched bool
	// names tell the thing a statement is of from others of its noun
	// (thingNames): "the Oak Street library" is not "the Elm Road
	// library".
	names []string
	// ergative marks the second key of a thing a verb such as "close"
	// changes ("will close the depot" keyed as "the depot will close"):
	// two such keys meet as their "done-" keys already do, not twice.
	ergative bool
}

// alignMentions finds the word that heads each mention: the word of its
// span whose head lies outside it.
func (fr *frameReader) alignMentions() {
	d, sd := fr.b.d, fr.t.Doc
	fr.menWord = make([]int32, len(d.ments))
	fr.wordMen = make([]int32, sd.Len())
	for i := range fr.wordMen {
		fr.wordMen[i] = -1
	}
	w := 0
	for mi, m := range d.ments {
		fr.menWord[mi] = -1
		sp := d.span(m.first, m.last)
		for w < sd.Len() && int(sd.End[w]) <= sp.Start {
			w++
		}
		// Words never run backwards: mentions come in order, and one
		// word opens at most a few.
		// A currency sign the tagger took for punctuation is not the
		// head: the figure beside it is.
		head := -1
		for k := w; k < sd.Len() && int(sd.Start[k]) < sp.End; k++ {
			h := int(sd.Head[k])
			if h < 0 || int(sd.Start[h]) < sp.Start || int(sd.End[h]) > sp.End {
				if head < 0 || sd.UPOS[head] == syntax.PUNCT {
					head = k
				}
				if sd.UPOS[k] != syntax.PUNCT {
					break
				}
			}
		}
		if head >= 0 {
			fr.menWord[mi] = int32(head)
			if fr.wordMen[head] < 0 {
				fr.wordMen[head] = int32(mi)
			}
		}
	}
}

// key returns the referent key of word i, "" for none.
func (fr *frameReader) key(i int) string {
	if i < 0 || i >= len(fr.refs.Key) {
		return ""
	}
	return fr.refs.Key[i]
}

// owner returns the referent that noun n belongs to: its possessor ("the
// exhibition's 58 paintings"), or the noun a clause of containing
// modifies ("a cemetery containing 27 graves"), or the subject of a verb
// of having whose object it is ("The exhibition will show 85
// paintings").
func (fr *frameReader) owner(n int) string {
	t := fr.t
	d := t.Doc
	// A possessor that names one thing ("the exhibition's", "Acme's"),
	// not a kind ("the women's 60m title").
	if p := t.KidRel(n, relPoss); p >= 0 {
		if d.UPOS[p] != syntax.PROPN && !fr.specific(p) && d.UPOS[p] != syntax.PRON {
			return ""
		}
		return fr.key(p)
	}
	if p := fr.possessorBefore(n); p >= 0 {
		if d.UPOS[p] != syntax.PROPN && !fr.specific(p) {
			return ""
		}
		return fr.key(p)
	}
	h := int(d.Head[n])
	if h < 0 || d.Rel[n] != syntax.RelObj || !havingVerbs[strings.ToLower(d.Lemma[h])] {
		return ""
	}
	if d.Rel[h].Universal().String() == "acl" && d.Head[h] >= 0 {
		return fr.key(int(d.Head[h]))
	}
	if k := fr.frameOf[h]; k >= 0 {
		f := &fr.frames[k]
		if f.Modality != frame.Asserted {
			return ""
		}
		return fr.key(f.Subj)
	}
	return ""
}

var (
	relPoss, _    = syntax.ParseRel("nmod:poss")
	relAuxPass, _ = syntax.ParseRel("aux:pass")
	relRelcl, _   = syntax.ParseRel("acl:relcl")
)

// timesNouns count occurrences, not things: "a four-time champion".
var timesNouns = map[string]bool{"time": true, "times": true}

// possessorBefore reads "X's [figure] [adjectives] N" from the words
// before noun n, for when the parser attached the possessive elsewhere;
// -1 when there is none.
func (fr *frameReader) possessorBefore(n int) int {
	d := fr.t.Doc
	s := d.SentenceOf(n)
	for k := n - 1; k > int(s.Start) && k >= n-4; k-- {
		switch w := d.Word(k); {
		case w == "'s" || w == "’s" || w == "'" || w == "’":
			if p := k - 1; d.UPOS[p] == syntax.NOUN || d.UPOS[p] == syntax.PROPN {
				return p
			}
			return -1
		case d.UPOS[k] == syntax.NUM || d.UPOS[k] == syntax.ADJ || d.UPOS[k] == syntax.SYM ||
			d.UPOS[k] == syntax.NOUN && d.Rel[k] == syntax.RelCompound || d.UPOS[k] == syntax.PUNCT && fr.wordMen[k] < 0 && k > int(s.Start):
		default:
			return -1
		}
	}
	return -1
}

// inChange reports whether the figure at word w is one end of a change
// or a comparison ("rose from 85 to 90", "up by 3"), which says what a
// figure was or became, not what it is.
func (fr *frameReader) inChange(w int) bool {
	t := fr.t
	d := t.Doc
	for k := w; k >= 0; k = int(d.Head[k]) {
		for _, c := range t.Kids(k) {
			if d.Rel[c] == syntax.RelCase {
				switch strings.ToLower(d.Word(int(c))) {
				case "from", "to", "by", "than", "between", "per", "each", "a":
					return true
				}
			}
		}
		if frameChangeWords[strings.ToLower(d.Lemma[k])] {
			return true
		}
		if fr.frameOf[k] >= 0 || k == int(d.Head[k]) {
			break
		}
		if k != w && d.UPOS[k] == syntax.VERB {
			break
		}
	}
	return false
}

// quantity keys a count or a sum by the thing it measures.
func (fr *frameReader) quantity(mi int) {
	d := fr.b.d
	m := d.ments[mi]
	w := int(fr.menWord[mi])
	if w < 0 || m.relative || m.ordinal || m.age || m.ends != nil || d.hyphenJoined(m) {
		return
	}
	t := fr.t
	sd := t.Doc
	h := int(sd.Head[w])
	if h < 0 && sd.UPOS[w] != syntax.NOUN || fr.inChange(w) {
		return
	}
	switch m.val.Kind {
	case claims.KindCount, claims.KindNumber:
		if sd.UPOS[w] == syntax.NOUN && m.val.Kind == claims.KindCount {
			// "85 paintings" is one mention, headed by its noun.
			h = w
		} else if sd.Rel[w] != syntax.RelNummod || sd.UPOS[h] != syntax.NOUN || m.val.Kind == claims.KindNumber && (m.val.Amount < 2 || m.val.Amount >= 1900 && m.val.Amount <= 2100) {
			return
		}
		owner := fr.owner(h)
		if owner == "" || timesNouns[strings.ToLower(sd.Lemma[h])] {
			return // ("the four-time champion" counts no things)
		}
		v := m.val
		v.Kind = claims.KindCount
		if v.Unit == "" {
			v.Unit = strings.ToLower(sd.Lemma[h])
		}
		n := len(fr.out)
		fr.add(h, owner, "count-"+Slug(strings.ToLower(sd.Lemma[h])), v, false)
		if sj, p := fr.subjectAbove(h); sj >= 0 && len(fr.out) > n {
			fr.out[len(fr.out)-1].names = append(fr.thingNames(sj), fr.placeNames(p)...)
		}
	case claims.KindMoney:
		rel := sd.Rel[w].Universal()
		switch {
		case rel == syntax.RelObj || rel == syntax.RelObl:
			f := fr.frameOf[h]
			if f < 0 {
				// A noun with an object is a verb the tagger took for a
				// noun ("The upgrade cost £12 million" read as the noun
				// "upgrade cost"): read it as that verb, whose subject is
				// the noun compounded right before it.
				if sd.UPOS[h] != syntax.NOUN || rel != syntax.RelObj {
					return
				}
				g := frame.Frame{Pred: h, Lemma: strings.ToLower(sd.Lemma[h]), Subj: -1, Obj: w}
				if c := t.Kid(h, syntax.RelCompound); c >= 0 && c == h-1 {
					g.Subj = c
				}
				fr.moneyOfVerb(h, w, &g, m.val)
				return
			}
			fr.moneyOfVerb(h, w, &fr.frames[f], m.val)
		case rel == syntax.RelCompound || rel == syntax.RelAmod || rel == syntax.RelNummod || rel == syntax.RelNmod && sd.Rel[w].String() == "nmod":
			if sd.UPOS[h] != syntax.NOUN || rel == syntax.RelNmod && caseOfWord(t, w) != "of" {
				return
			}
			lem := strings.ToLower(sd.Lemma[h])
			switch {
			case frameMeasure[lem]:
				// A sum of its owner: "Acme's £3m profit".
				if owner := fr.owner(h); owner != "" {
					fr.add(h, owner, Slug(lem), m.val, false)
				}
			}
			// (One thing's price given again, "the £21 million upgrade",
			// is read by figureRefs, with the words that tie it to the
			// figure it repeats.)
		}
	}
}

// moneyOfVerb keys a sum w that a verb's frame fm gives: what a thing
// cost, the price of what was sold or bought.
func (fr *frameReader) moneyOfVerb(h, w int, fm *frame.Frame, v claims.Value) {
	switch lem := fm.Lemma; {
	case lem == "cost":
		fr.add(h, fr.key(fm.Subj), "cost", v, false)
	case priceVerbs[lem] && fm.Passive:
		fr.add(h, fr.key(fm.Subj), "price", v, false)
	case priceVerbs[lem] && fm.Obj >= 0 && fm.Obj != w:
		fr.add(h, fr.key(fm.Obj), "price", v, false)
	}
}

// caseOfWord returns the preposition of word w, lower-cased, or "".
func caseOfWord(t *frame.Tree, w int) string {
	d := t.Doc
	for _, c := range t.Kids(w) {
		if d.Rel[c] == syntax.RelCase {
			return strings.ToLower(d.Word(int(c)))
		}
	}
	return ""
}

// statement keys what a subject does to an object, affirmed or denied;
// an antonym keys as its pair denied ("rejected" as "not approved").
func (fr *frameReader) statement(f *frame.Frame) {
	d := fr.t.Doc
	if f.Modality != frame.Asserted || d.UPOS[f.Pred] != syntax.VERB && !(f.Copula && d.UPOS[f.Pred] == syntax.ADJ) {
		return
	}
	if g, ok := fr.supportedAct(f); ok {
		f = &g // "would not pay compensation" as "would not compensate"
	}
	if (f.Finite || fr.reducedPassive(f)) && !fr.background(f) {
		fr.eventStatement(f, f.Lemma, f.Negated)
	}
	if !f.Finite || lightVerbs[f.Lemma] || fr.background(f) {
		return
	}
	if reportingVerbs[f.Lemma] && !f.Passive && (f.Obj < 0 || d.UPOS[f.Obj] != syntax.NOUN && d.UPOS[f.Obj] != syntax.PROPN) {
		return
	}
	lem := f.Lemma
	if base, ok := againVerbs[lem]; ok {
		lem = base // "will reopen" is "will be open": against "would stay closed"
	}
	if v, ok := verbSynonyms[lem]; ok {
		lem = v // "had never lodged a grievance" against "had raised a grievance"
	}
	consumed := -1 // an adjective read into the verb ("fell short of")
	if f.Obj < 0 && len(f.Obliques) > 0 && f.Obliques[0].Head > f.Pred {
		// "asked for a recount" is "requested a recount": the
		// preposition's noun the object
		pv, adj := lem, -1
		if x := fr.t.Kid(f.Pred, syntax.RelXcomp); x == f.Pred+1 && (d.UPOS[x] == syntax.ADJ || d.UPOS[x] == syntax.ADV) {
			pv, adj = lem+" "+strings.ToLower(d.Word(x)), x // "fell short of", the adjective its complement
		}
		if v, ok := prepVerbs[pv+" "+f.Obliques[0].Prep]; ok {
			consumed = adj
			g := *f
			g.Obj, g.Obliques = f.Obliques[0].Head, f.Obliques[1:]
			f, lem = &g, v
		}
	}
	negated := f.Negated || fr.yetTo(f) // "has yet to pay" has not paid
	if _, slot := slotVerbs[lem]; slot && negated && fr.notYet(f) {
		return // "had not yet been dated": a date left open (openSlot), not a denial
	}
	// "pleaded guilty", "pleaded not guilty": the adjective the verb
	// predicates is part of what is said, its "not" a denial.
	for _, k := range fr.t.Kids(f.Pred) {
		stay := lem == "remain" || lem == "stay"
		if int(k) != consumed && d.Rel[k] == syntax.RelXcomp && (d.UPOS[k] == syntax.ADJ || stay && d.XPOS[k] == "VBN") {
			if adj := strings.ToLower(d.Lemma[k]); stay {
				// "would remain open" is "would be open"; "will stay
				// closed", "closed".
				lem = adj
			} else {
				lem += " " + adj
			}
			for _, n := range fr.t.Kids(int(k)) {
				if w := strings.ToLower(d.Word(int(n))); d.Rel[n] == syntax.RelAdvmod && (w == "not" || w == "never") {
					negated = !negated
				}
			}
			break
		}
	}
	if decideVerbs[lem] && !negated {
		// "The board approved the plan", "rejected the bid": decided,
		// either way, against "whether the board will sign off the plan".
		fr.statementAs(f, "decide on", false)
	}
	// An antonym keys as each word it is the opposite of, denied:
	// "failed" as "not passed" and as "not succeeded".
	if bases, ok := antonyms[lem]; ok {
		for _, base := range bases {
			n := len(fr.out)
			fr.statementAs(f, base, !negated)
			if transitions[lem] && f.Tense == frame.Past && !f.Copula && d.UPOS[f.Pred] == syntax.VERB {
				for i := n; i < len(fr.out); i++ {
					fr.out[i].closedAfter = true
				}
			}
		}
		return
	}
	fr.statementAs(f, lem, negated)
}

// transitions are the antonyms that undo a state another verb began:
// "closed" keys as "not opened", yet a thing that opened may close later.
var transitions = map[string]bool{"close": true, "shut": true}

// notYet reports "not yet" or "yet to" on frame f's predicate.
func (fr *frameReader) notYet(f *frame.Frame) bool {
	if fr.yetTo(f) {
		return true
	}
	for _, k := range fr.t.Kids(f.Pred) {
		if strings.EqualFold(fr.t.Doc.Word(int(k)), "yet") {
			return true
		}
	}
	return false
}

// statementAs keys frame f's statement with predicate lem, affirmed or
// negated: of what is done to its theme, and of its subject.
func (fr *frameReader) statementAs(f *frame.Frame, lem string, negated bool) {
	d := fr.t.Doc
	fr.themeStatement(f, lem, negated)
	if x := fr.proposalFor(f); x >= 0 {
		// "approved plans for the plant" is said of the plant too
		g := *f
		if g.Passive {
			g.Subj = x
		} else {
			g.Obj = x
		}
		fr.themeStatement(&g, lem, negated)
	}
	if f.Subj < 0 {
		return
	}
	subj := fr.speakerOf(f, f.Subj)
	group := !fr.specific(f.Subj) && d.UPOS[f.Subj] != syntax.PRON
	if subj == "" || group && (f.Passive || !fr.definitePlural(f.Subj) && !fr.noDet(f.Subj)) {
		// "no front counters would close" denies it of the counters
		// named; a passive one is keyed by what is done (themeStatement).
		return
	}
	if d.UPOS[f.Subj] == syntax.NOUN && !fr.refs.Person[f.Subj] {
		// A thing of someone's is theirs: "Claxton's time" is not "her
		// time" unless she is Claxton.
		if p := fr.t.KidRel(f.Subj, relPoss); p >= 0 {
			owner := fr.key(p)
			if owner == "" {
				return
			}
			subj = owner + "-" + subj
		} else if owner := fr.ownerOf(subj); owner != "" && fr.definiteThe(f.Subj) {
			// "the barracks' firing range" … "the firing range": the
			// thing named again without its one owner.
			subj = owner + "-" + subj
		}
	}
	if d.Rel[f.Pred].String() == "acl:relcl" && d.UPOS[f.Subj] == syntax.PRON {
		// "a player who is not available": the relative pronoun is as
		// specific as the noun it stands for.
		if h := int(d.Head[f.Pred]); h < 0 || !fr.specific(h) {
			return
		}
	}
	obj, objN := fr.key(f.Obj), f.Obj
	if f.Obj >= 0 && fr.isTime(f.Obj) {
		obj, objN = "", -1 // "would close this year": a time the parse took for an object
	}
	if objN >= 0 && obj == "" {
		return
	}
	prop := Slug(lem)
	if obj == "" && (lem == "remain" || lem == "stay") && len(f.Obliques) > 0 && f.Obliques[0].Head > f.Pred {
		switch f.Obliques[0].Prep {
		case "with", "at", "in":
			// "will remain with the company" is "will not leave the
			// company" (leave keys as remain, denied).
			obj = fr.key(f.Obliques[0].Head)
		}
	}
	if obj != "" {
		prop += "-" + obj
	} else if len(f.Obliques) > 0 && f.Obliques[0].Head > f.Pred && !fr.isTime(f.Obliques[0].Head) && !circumstancePreps[f.Obliques[0].Prep] {
		// "ran in a regional competition" is not "run in the event"; but
		// "will close in July" is "will not close", and "Under the plans,
		// the range will close" is "the range will close".
		if o := fr.key(f.Obliques[0].Head); o != "" {
			prop += "-" + Slug(f.Obliques[0].Prep) + "-" + o
		}
	}
	if f.Passive {
		prop = "passive-" + prop
	}
	mod := claims.ModalityAsserted
	if negated {
		mod = claims.ModalityNegated
	}
	fr.addFrame(f, subj, prop, claims.Value{Kind: claims.KindBool, Bool: true, Text: d.Word(f.Pred)}, mod, true)
	fr.out[len(fr.out)-1].names = append(fr.thingNames(f.Subj), fr.placeNames(f.Pred)...)
	if objN >= 0 {
		fr.out[len(fr.out)-1].fresh = fr.indefinite(objN)
	}
	if group {
		// A group meets another only as "no X" or named with the same
		// modifiers: "the smaller libraries" are not "the libraries in
		// Leeds".
		c := &fr.out[len(fr.out)-1]
		c.group, c.anyNumber, c.themeMods = true, fr.noDet(f.Subj), fr.modifiers(f.Subj, true)
	}
}

// circumstancePreps open phrases that set a statement's circumstances,
// not what it is of: "no depots would close under the savings plan" is
// "no depots would close", against "the depot will close next spring".
var circumstancePreps = map[string]bool{
	"under": true, "despite": true, "because": true, "amid": true, "following": true,
	"during": true, "after": true, "before": true, "due": true,
}

// eventStatement keys whether an event happened at all, whoever it
// happened to: "two men had been arrested" against "no arrests were made"
// or "no one was arrested" (of the same time and place: see setting). A
// "no further arrests" or "no new charges" denies nothing said before.
func (fr *frameReader) eventStatement(f *frame.Frame, lem string, negated bool) {
	d := fr.t.Doc
	if f.Subj >= 0 && f.Passive && nobody(d, f.Subj) && !f.Negated {
		negated = true // "no one had been arrested": the parse marks no negation
	}
	ev := ""
	switch {
	case negated && f.Subj >= 0 && (f.Passive || lem == "be") && fr.noDet(f.Subj) && happenNouns[strings.ToLower(d.Lemma[f.Subj])] != "":
		// "no arrests were made", "no charges were brought"
		ev = happenNouns[strings.ToLower(d.Lemma[f.Subj])]
		if ev != "" && fr.furtherOf(f.Subj) {
			return
		}
	case negated && f.Obj >= 0 && fr.noDet(f.Obj):
		// "police made no arrests"
		ev = happenNouns[strings.ToLower(d.Lemma[f.Obj])]
		if ev != "" && fr.furtherOf(f.Obj) {
			return
		}
	case negated && f.Subj >= 0 && f.Passive && happenVerbs[lem] && nobody(d, f.Subj):
		ev = lem // "no one was arrested"
	case !negated && happenVerbs[lem] && (f.Passive || f.Obj >= 0) && f.Tense == frame.Past:
		ev = lem // "two men had been arrested", "police arrested two men"
	case !negated && happenVerbs[lem] && fr.reducedPassive(f) && fr.plainParticiple(f):
		ev = lem // "the man arrested near the scene": a passive of the past, reduced
	}
	if ev == "" {
		return
	}
	mod := claims.ModalityAsserted
	if negated {
		mod = claims.ModalityNegated
	}
	fr.addFrame(f, "event", Slug(ev), claims.Value{Kind: claims.KindBool, Bool: true, Text: d.Word(f.Pred)}, mod, true)
	fr.out[len(fr.out)-1].marks = fr.eventMatters(f)
}

// eventMatters returns what an event of frame f is over: the nouns of
// its phrases of "over", on the verb or on the
// event's noun ("no arrests over the fire", "a man was arrested over a
// burglary"). Two events each over a thing the other is not over are two
// events.
func (fr *frameReader) eventMatters(f *frame.Frame) []string {
	d := fr.t.Doc
	var out []string
	add := func(k int) {
		if caseOfWord(fr.t, k) == "over" {
			out = append(out, "over "+strings.ToLower(d.Lemma[k]))
		}
	}
	for _, o := range f.Obliques {
		add(o.Head)
	}
	for _, n := range []int{f.Subj, f.Obj} {
		if n < 0 {
			continue
		}
		for _, k := range fr.t.Kids(n) {
			if d.Rel[k].Universal() == syntax.RelNmod {
				add(int(k))
			}
		}
	}
	return out
}

// presupposed keys what a clause of "despite" or "without" and a gerund
// takes as done by its main clause's subject: "the pilot, despite
// applying carburettor heat early in the descent, had reduced power"
// says the pilot applied carburettor heat; "left without paying the bill"
// says they did not pay it. It is read as a statement of the main
// clause's subject and time. ("After closing the shop in 2019, …" sets
// an earlier scene, of a time of its own: not read.)
func (fr *frameReader) presupposed(f *frame.Frame) {
	t := fr.t
	d := t.Doc
	h := int(d.Head[f.Pred])
	if f.Finite || d.XPOS[f.Pred] != "VBG" || h < 0 {
		return
	}
	switch d.Rel[f.Pred].Universal().String() {
	case "advcl":
	case "acl":
		// "the pilot, despite applying …, had reduced power": the clause
		// hung on the subject it is said of.
		if d.Rel[h].Universal() != syntax.RelNsubj || d.Head[h] < 0 || fr.frameOf[d.Head[h]] < 0 ||
			fr.frames[fr.frameOf[d.Head[h]]].Subj != h {
			return
		}
		h = int(d.Head[h])
	default:
		return
	}
	if fr.frameOf[h] < 0 {
		return
	}
	mark := ""
	for _, k := range t.Kids(f.Pred) {
		if r := d.Rel[k]; (r == syntax.RelMark || r == syntax.RelCase) && int(k) < f.Pred {
			mark = strings.ToLower(d.Word(int(k)))
		}
	}
	main := &fr.frames[fr.frameOf[h]]
	if mark != "despite" && mark != "without" || !main.Finite || main.Modality != frame.Asserted ||
		main.Subj < 0 || f.Subj >= 0 && f.Subj != main.Subj {
		return
	}
	g := *f
	g.Finite, g.Subj, g.Tense = true, main.Subj, main.Tense
	g.Negated = mark == "without"
	fr.statement(&g)
}

// eventAsked keys the event a question leaves open, of frame g asked
// about: "whether to bring charges" leaves open whether any charges are
// brought, which "no charges will be brought" settles.
func (fr *frameReader) eventAsked(g *frame.Frame) {
	d := fr.t.Doc
	if d.UPOS[g.Pred] != syntax.VERB || g.Obj < 0 || d.XPOS[g.Obj] != "NNS" || fr.t.Kid(g.Obj, syntax.RelDet) >= 0 || fr.furtherOf(g.Obj) {
		return // ("whether to bring the charges" asks of charges named before)
	}
	if ev := happenNouns[strings.ToLower(d.Lemma[g.Obj])]; ev != "" {
		fr.addFrame(g, "event", Slug(ev), claims.Value{Kind: claims.KindBool, Bool: true, Text: d.Word(g.Pred)}, claims.ModalityAsserted, true)
	}
}

// furtherOf reports whether noun n is qualified as more of its kind: "no
// further arrests", "no new charges".
func (fr *frameReader) furtherOf(n int) bool {
	for _, m := range fr.modifiers(n, false) {
		switch m {
		case "further", "other", "more", "new", "additional", "fresh":
			return true
		}
	}
	return false
}

// nobody reports whether word n is "no one", "nobody" or "none".
func nobody(d *syntax.Doc, n int) bool {
	switch w := strings.ToLower(d.Word(n)); w {
	case "nobody", "none":
		return true
	case "one":
		return n > 0 && strings.EqualFold(d.Word(n-1), "no")
	}
	return false
}

// themeStatement keys what is done to a thing, whoever does it: "will
// sell the Corn Exchange" meets "the Corn Exchange would not be sold",
// and "the council approved the plant" meets "councillors refused the
// plant". The doer, when the clause names one, goes with the claim
// (frameClaim.agent): two doers that differ are two statements.
func (fr *frameReader) themeStatement(f *frame.Frame, lem string, negated bool) {
	d := fr.t.Doc
	theme, agent := -1, -1
	switch {
	case f.Passive:
		theme = f.Subj
		for _, o := range f.Obliques {
			if o.Prep == "by" {
				agent = o.Head // "is being run by two-bit Conservatives"
			}
		}
	case f.Obj >= 0 && f.Subj < 0:
		return // a doer the parse did not find, who may be anyone
	case f.Obj >= 0:
		theme, agent = f.Obj, f.Subj
	default:
		return // the subject's statement keys it already
	}
	if theme < 0 || fr.isTime(theme) || !fr.specific(theme) && !fr.definitePlural(theme) && !fr.noDet(theme) || fr.refs.Person[theme] || fr.restrictive(f) {
		return
	}
	th := fr.key(theme)
	if th == "" {
		return
	}
	ag := ""
	if agent >= 0 {
		if !fr.askedWho(f, agent) {
			ag = fr.speakerOf(f, agent)
			if ag == "" && !strings.EqualFold(d.Word(agent), "it") {
				return // a doer we cannot tell from another; "it" is one unnamed
			}
		}
	}
	mod := claims.ModalityAsserted
	if negated {
		mod = claims.ModalityNegated
	}
	fr.addFrame(f, th, "done-"+Slug(lem), claims.Value{Kind: claims.KindBool, Bool: true, Text: d.Word(f.Pred)}, mod, true)
	c := &fr.out[len(fr.out)-1]
	c.agent = ag
	c.askedDoer = agent >= 0 && fr.askedWho(f, agent)
	c.namedDoer = agent >= 0 && ag != "" && (fr.specific(agent) || fr.isName(agent) || fr.definitePlural(agent))
	c.bounded = fr.bounded(f)
	c.notYet = negated && fr.notYet(f)
	c.marks = fr.marks(theme)
	c.plural = d.XPOS[theme] == "NNS" || d.XPOS[theme] == "NNPS"
	if fr.noDet(theme) {
		c.plural = false // "no weapon" denies of any: of "the weapon" too
		c.anyNumber = true
	}
	c.themeMods = fr.modifiers(theme, false)
	c.names = append(fr.thingNames(theme), fr.placeNames(f.Pred)...)
	if fr.definitePlural(theme) {
		// "the reports surveyed" and "the first reports under this
		// scheme" are two groups (sameGroup).
		c.group, c.themeGroup = true, true
		for _, k := range fr.t.Kids(theme) {
			if d.Rel[k].String() == "acl" {
				c.themeMods = append(c.themeMods, strings.ToLower(d.Lemma[k]))
			}
		}
	}
	c.fresh = fr.indefinite(theme)
	if !f.Passive && ergativeVerbs[f.Lemma] {
		// "The co-operative will close the depot" says the depot will
		// close: against "no depots would close".
		e := *c
		e.Property, e.agent, e.ergative = Slug(lem), "", true
		fr.out = append(fr.out, e)
	}
}

// thingNames returns the words that tell one thing from another of its
// noun n: names, figures and ordinals among its modifiers ("the Oak
// Street library", "the 6.10am service", "the second phase", "the chapel
// at Low Row", "the men's winner"), and the nouns it is "of" or "for"
// ("the price of a pint", "the salary for a teacher").
func (fr *frameReader) thingNames(n int) []string {
	if n < 0 {
		return nil
	}
	d := fr.t.Doc
	var out []string
	var walk func(k, depth int)
	walk = func(k, depth int) {
		for _, c := range fr.t.Kids(k) {
			c := int(c)
			r := d.Rel[c].Universal()
			if r != syntax.RelCompound && r != syntax.RelAmod && r != syntax.RelNmod && r != syntax.RelNummod {
				continue
			}
			w := strings.ToLower(d.Word(c))
			switch {
			case d.UPOS[c] == syntax.PROPN || d.UPOS[c] == syntax.NUM || isOrdinal(w) || strings.ContainsAny(w, "0123456789") ||
				c > int(d.SentenceOf(c).Start) && capitalized(d.Word(c)):
				// (a capitalized adjective: "the Central line")
				out = append(out, w)
			case d.Rel[c] == relPoss && d.UPOS[c] != syntax.PRON:
				out = append(out, strings.ToLower(d.Lemma[c])) // "the men's winner"
			case r == syntax.RelNmod && d.UPOS[c] == syntax.NOUN:
				if p := caseOfWord(fr.t, c); p == "of" || p == "for" {
					out = append(out, strings.ToLower(d.Lemma[c]))
				}
			}
			if depth == 0 && (d.UPOS[c] == syntax.PROPN || r == syntax.RelNmod) {
				walk(c, 1) // "Oak" of "Oak Street", "Ruthin" of "at Ruthin hospital"
			}
		}
	}
	walk(n, 0)
	return out
}

// placeNames returns the places a statement's predicate p names ("The
// unit at Mold will not shut"): names after "in", "at" or "from" that are
// no times.
func (fr *frameReader) placeNames(p int) []string {
	d := fr.t.Doc
	var out []string
	for _, c := range fr.t.Kids(p) {
		c := int(c)
		if d.Rel[c].Universal() != syntax.RelObl || fr.isTime(c) {
			continue
		}
		switch caseOfWord(fr.t, c) {
		case "in", "at", "from":
		default:
			continue
		}
		if d.UPOS[c] == syntax.PROPN {
			out = append(out, strings.ToLower(d.Word(c)))
			continue
		}
		for _, k := range fr.t.Kids(c) { // "at Ruthin hospital"
			if d.UPOS[k] == syntax.PROPN && d.Rel[k].Universal() == syntax.RelCompound {
				out = append(out, strings.ToLower(d.Word(int(k))))
			}
		}
	}
	return out
}

// isOrdinal reports whether w is an ordinal in words or digits ("second",
// "final", "21st").
func isOrdinal(w string) bool {
	if _, ok := ordinalWords.get(w); ok || w == "last" || w == "final" {
		return true
	}
	return len(w) > 2 && w[0] >= '0' && w[0] <= '9' && (strings.HasSuffix(w, "st") || strings.HasSuffix(w, "nd") ||
		strings.HasSuffix(w, "rd") || strings.HasSuffix(w, "th"))
}

// distinctThings reports whether two things of one noun are told apart
// by their names: each has some, and they share none.
func distinctThings(a, b []string) bool {
	if len(a) == 0 || len(b) == 0 {
		return false
	}
	for _, w := range a {
		if slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// ergativeVerbs change the thing that is their object, or their subject
// when they have none: "will close the depot", "the depot will close".
var ergativeVerbs = map[string]bool{
	"close": true, "open": true, "shut": true, "reopen": true, "start": true, "stop": true,
	"end": true, "finish": true, "resume": true, "relocate": true, "move": true, "merge": true,
}

// indefinite returns the lemma of noun n with its compounds and
// adjectives when "a" or "an" brings it in, or "".
func (fr *frameReader) indefinite(n int) string {
	k := fr.t.Kid(n, syntax.RelDet)
	if k < 0 {
		return ""
	}
	if w := strings.ToLower(fr.t.Doc.Word(k)); w != "a" && w != "an" {
		return ""
	}
	return strings.Join(append(fr.modifiers(n, false), strings.ToLower(fr.t.Doc.Lemma[n])), " ")
}

// modifiers returns the lemmas of the compounds and adjectives of noun n,
// and with phrases of the nouns of its phrases too: "its final vibration
// tests" → final, vibration; "the libraries in Leeds" → leeds.
func (fr *frameReader) modifiers(n int, phrases bool) []string {
	d := fr.t.Doc
	var out []string
	for _, k := range fr.t.Kids(n) {
		switch r := d.Rel[k].Universal(); {
		case r == syntax.RelCompound, r == syntax.RelAmod, phrases && r == syntax.RelNmod:
			out = append(out, strings.ToLower(d.Lemma[k]))
		}
	}
	return out
}

// noDet reports whether noun n has the determiner "no": "no weapon has
// been recovered".
func (fr *frameReader) noDet(n int) bool {
	k := fr.t.Kid(n, syntax.RelDet)
	return k >= 0 && strings.EqualFold(fr.t.Doc.Word(k), "no")
}

// restrictive reports whether frame f is a relative clause that picks
// out a set ("passengers whose journeys are disrupted") rather than
// saying something of a thing named already ("the pier, which was sold
// in 2010").
func (fr *frameReader) restrictive(f *frame.Frame) bool {
	d := fr.t.Doc
	if f.Subj >= 0 {
		// "passengers whose journeys are disrupted", however the parse
		// hangs the clause.
		if p := fr.t.KidRel(f.Subj, relPoss); p >= 0 && strings.EqualFold(d.Word(p), "whose") {
			return p == 0 || d.Word(p-1) != ","
		}
	}
	if d.Rel[f.Pred].String() != "acl:relcl" {
		return false
	}
	return f.First == 0 || d.Word(f.First-1) != ","
}

// sameNumber reports whether two theme statements' themes may be one:
// of one number, or one "no X", or named with the same modifiers.
func sameNumber(a, b *frameClaim) bool {
	if a.plural == b.plural || a.anyNumber || b.anyNumber {
		return true
	}
	return len(a.themeMods) > 0 && slices.Equal(a.themeMods, b.themeMods)
}

// sameGroup reports whether two statements of groups may be of one: one
// of them "no X", or both named with the same modifiers.
func sameGroup(a, b *frameClaim) bool {
	if !a.group && !b.group {
		return true
	}
	if a.anyNumber || b.anyNumber {
		return true
	}
	if a.themeGroup && b.themeGroup {
		return subset(a.themeMods, b.themeMods) || subset(b.themeMods, a.themeMods)
	}
	return slices.Equal(a.themeMods, b.themeMods)
}

// subset reports whether every word of a is in b.
func subset(a, b []string) bool {
	for _, w := range a {
		if !slices.Contains(b, w) {
			return false
		}
	}
	return true
}

// setting returns the times and the named places of frame f's own
// obliques: "in Sydney in 2000" → 2000, sydney.
func (fr *frameReader) setting(f *frame.Frame) (when []claims.Value, where []string) {
	d := fr.t.Doc
	obliques := f.Obliques
	// "voted to accept the pay offer in 2023": the time of the verb that
	// governs the infinitive is the statement's.
	if h := int(d.Head[f.Pred]); h >= 0 && d.Rel[f.Pred] == syntax.RelXcomp && fr.frameOf[h] >= 0 {
		obliques = append(slices.Clip(obliques), fr.frames[fr.frameOf[h]].Obliques...)
	}
	// "to accept the pay offer in 2023" with the time hung on the object.
	if f.Obj >= 0 {
		for _, k := range fr.t.Kids(f.Obj) {
			if k := int(k); d.Rel[k].Universal() == syntax.RelNmod && k > f.Obj {
				obliques = append(slices.Clip(obliques), frame.Oblique{Prep: caseOfWord(fr.t, k), Head: k})
			}
		}
	}
	for _, o := range obliques {
		if mi := fr.wordMen[o.Head]; mi >= 0 && fr.b.d.ments[mi].val.Kind == claims.KindTime {
			if v := fr.b.d.ments[mi].val; !v.Start.IsZero() {
				when = append(when, v) // (a time no date anchors says nothing here)
			}
		} else if d.UPOS[o.Head] == syntax.PROPN && (o.Prep == "in" || o.Prep == "at") {
			if k := fr.key(o.Head); k != "" {
				where = append(where, k)
			}
		}
	}
	return when, where
}

// unanswered reports whether statement b leaves the question of who a
// asks open: a question of who does it ("who will run the club") is not
// answered by what someone did ("ran the club until 2019"), by a doer
// that names no one ("by a private contractor"), or where either is
// limited in time ("until the end of the season" … "next season").
func unanswered(a, b *frameClaim) bool {
	if !a.askedDoer {
		return false
	}
	return b.past || !b.namedDoer || a.bounded || b.bounded
}

// versionWords mark a thing as another version of one named before:
// "turned down the planning application" … "accepted the revised
// planning application". ("New" does not: "the new stadium" is named
// again as "the stadium".)
var versionWords = map[string]bool{"revised": true, "revise": true, "amended": true, "amend": true,
	"updated": true, "update": true, "modified": true, "modify": true, "fresh": true, "another": true,
	"different": true, "scaled-back": true}

// version returns the word of marks that makes a thing another version
// of its noun, or "".
func version(marks []string) string {
	for _, m := range marks {
		if versionWords[m] {
			return m
		}
	}
	return ""
}

// twoThings reports whether each of two marks of one noun has a word the
// other lacks ("the old hall", "the new hall"), telling two things apart;
// a thing named again without its marks is the same thing.
func twoThings(a, b []string) bool {
	extra := func(x, y []string) bool {
		for _, w := range x {
			if !slices.Contains(y, w) {
				return true
			}
		}
		return false
	}
	return len(a) > 0 && len(b) > 0 && extra(a, b) && extra(b, a)
}

// changedSince reports whether statements a and b, one of what was and
// one of what will be, can both hold: "The hotel closed in 2022" and "is
// to reopen" tell of a change, not a contradiction; so do an opening and
// a closing, both past ("opened in 1955, closed the same year"). (A
// question left open is not such a statement: "whether the board will
// sign off the plan" is settled by "the board approved the plan".)
func changedSince(a, b *frameClaim) bool {
	if a.Modality == claims.ModalityUnknown || b.Modality == claims.ModalityUnknown || a.nominal || b.nominal {
		return false
	}
	return a.past && b.future || a.future && b.past || a.notYet && b.future || a.future && b.notYet ||
		a.closedAfter && b.past || b.closedAfter && a.past
}

// sameSetting reports whether two statements may be of one time and
// place: both tell of one event or both of what happens again and again,
// and each names no time or place, or they name one that meets.
func sameSetting(a, b *frameClaim) bool {
	if a.habitual != b.habitual {
		return false // "will open on 4 April" and "will not open on Sundays"
	}
	if len(a.days) > 0 && len(b.days) > 0 && !slices.ContainsFunc(a.days, func(x time.Weekday) bool { return slices.Contains(b.days, x) }) {
		return false // "open on Saturdays" and "not open on Sundays"
	}
	if len(a.when) > 0 && len(b.when) > 0 {
		meet := false
		for _, x := range a.when {
			for _, y := range b.when {
				if x.Overlaps(y) {
					meet = true
				}
			}
		}
		if !meet {
			return false
		}
	}
	if len(a.where) > 0 && len(b.where) > 0 {
		for _, x := range a.where {
			if slices.Contains(b.where, x) {
				return true
			}
		}
		return false
	}
	return true
}

// background reports whether frame f is a clause of time that sets the
// scene for another ("when the restaurant was closed", "while the
// plant was shut"): it says what was so then, not what is.
func (fr *frameReader) background(f *frame.Frame) bool {
	d := fr.t.Doc
	if f.Pred == int(f.Sent.Start) || d.Rel[f.Pred] == syntax.RelRoot {
		return false
	}
	switch strings.ToLower(d.Word(f.First)) {
	case "when", "while", "as", "whenever":
		// ("after it failed its test" says it failed.)
		return true
	}
	return false
}

// isTime reports whether word w heads a time ("in July", "on Monday").
func (fr *frameReader) isTime(w int) bool {
	if mi := fr.wordMen[w]; mi >= 0 && fr.b.d.ments[mi].val.Kind == claims.KindTime {
		return true
	}
	switch l := strings.ToLower(fr.t.Doc.Lemma[w]); {
	case frame.IsTimeNoun(l):
		return true
	case l == "rest" || l == "remainder":
		// "for the rest of the week"
		if k := fr.t.Kid(w, syntax.RelNmod); k >= 0 {
			return fr.isTime(k)
		}
	}
	return false
}

// nameLike reports a noun the tagger did not take for a name that is
// written as one: capitalized inside its sentence, with no indefinite
// article ("Gift Aid will not be claimed").
func (fr *frameReader) nameLike(n int) bool {
	d := fr.t.Doc
	if d.UPOS[n] != syntax.NOUN || !fr.isName(n) || n == int(d.SentenceOf(n).Start) {
		return false
	}
	if k := fr.t.Kid(n, syntax.RelDet); k >= 0 {
		switch strings.ToLower(d.Word(k)) {
		case "a", "an", "some", "any":
			return false
		}
	}
	return true
}

// definitePlural reports whether noun n is a definite set: "the old
// bells", "its branches" — not "bells".
func (fr *frameReader) definitePlural(n int) bool {
	d := fr.t.Doc
	if d.UPOS[n] != syntax.NOUN || d.XPOS[n] != "NNS" {
		return false
	}
	for _, k := range fr.t.Kids(n) {
		switch d.Rel[k].String() {
		case "nmod:poss":
			return true
		case "det":
			switch strings.ToLower(d.Word(int(k))) {
			case "the", "these", "those":
				return true
			}
		}
	}
	return false
}

// speakerOf returns the referent of word n, the subject of frame f: a
// pronoun in what a speaker said is the speaker ("Solway Air said it
// would pay"); "" when there is none.
func (fr *frameReader) speakerOf(f *frame.Frame, n int) string {
	d := fr.t.Doc
	if k := fr.key(n); k != "" {
		return k
	}
	if d.UPOS[n] != syntax.PRON || d.Rel[f.Pred].Universal() != syntax.RelCcomp || interrogatives[strings.ToLower(d.Word(n))] {
		return ""
	}
	h := int(d.Head[f.Pred])
	if h < 0 || !frame.IsReportVerb(strings.ToLower(d.Lemma[h])) {
		return ""
	}
	if s := fr.t.Kid(h, syntax.RelNsubj); s >= 0 {
		// "it" is no person, "he" and "she" are resolved already.
		if strings.EqualFold(d.Word(n), "it") && (fr.refs.Person[s] || d.UPOS[s] == syntax.PRON) {
			return ""
		}
		return fr.key(s)
	}
	return ""
}

// question reports whether frame f is a question put indirectly ("has
// not decided what would happen to the building", "did not say who will
// lead the team"): it asks, it asserts nothing. A relative clause ("the
// player who will lead the team") is no question.
func (fr *frameReader) question(f *frame.Frame) bool {
	d := fr.t.Doc
	switch d.Rel[f.Pred].Universal().String() {
	case "ccomp", "csubj", "xcomp", "advcl":
		return fr.asked(f.Pred)
	}
	return false
}

// interrogatives are the pronouns that ask rather than refer: "what"
// in "what would happen" stands for no one the article names.
var interrogatives = map[string]bool{"what": true, "who": true, "whom": true, "which": true, "whatever": true, "whoever": true}

// askedWho reports whether word n is the doer a question asks for:
// "who would run the hall", "which firm will build the bridge". Its
// statement is of whoever it turns out to be. The relative pronoun of
// frame f's relative clause is not ("Indonesia, which accepted the
// offer").
func (fr *frameReader) askedWho(f *frame.Frame, n int) bool {
	d := fr.t.Doc
	for _, p := range []int{f.Pred, int(d.Head[n])} {
		// (the pronoun's own clause, when a verb under it takes it as its
		// doer: "the plan, which includes shutting the depot")
		if p >= 0 && strings.HasSuffix(d.Rel[p].String(), ":relcl") {
			return false
		}
	}
	if interrogatives[strings.ToLower(d.Word(n))] {
		return true
	}
	k := fr.t.Kid(n, syntax.RelDet)
	return k >= 0 && interrogatives[strings.ToLower(d.Word(k))]
}

// specific reports whether word n names one referent a statement can be
// about: a name, a person, or a singular noun with a definite determiner
// or a possessor ("the library", "its chairman"); not "journeys".
func (fr *frameReader) specific(n int) bool {
	t := fr.t
	d := t.Doc
	switch d.UPOS[n] {
	case syntax.PROPN:
		return true
	case syntax.PRON:
		return fr.refs.Person[n]
	case syntax.NOUN:
		if fr.refs.Person[n] || fr.nameLike(n) {
			return true
		}
		if d.XPOS[n] != "NN" {
			return false
		}
		for _, k := range t.Kids(n) {
			switch d.Rel[k].String() {
			case "nmod:poss":
				return true
			case "det":
				switch strings.ToLower(d.Word(int(k))) {
				case "the", "this", "that":
					return true
				}
			}
		}
	}
	return false
}

// add adds a claim of the frame that holds word w.
func (fr *frameReader) add(w int, subject, property string, v claims.Value, polar bool) {
	fr.addIn(w, subject, property, v, polar, false)
}

// addIn is add; presupposed says the claim holds whatever the modality
// of its clause, as the figure of a definite noun phrase does ("the 32
// graves would be analysed" still says there are 32).
func (fr *frameReader) addIn(w int, subject, property string, v claims.Value, polar, presupposed bool) {
	if subject == "" {
		return
	}
	t := fr.t
	d := t.Doc
	// The clause: the frame of the nearest predicate above w.
	k, top := fr.predicateAbove(w)
	var f *frame.Frame
	if k >= 0 {
		f = &fr.frames[fr.frameOf[k]]
	} else {
		// No predicate above (a verb the tagger took for a noun, as in
		// "The upgrade cost £12 million"): the clause is the root's.
		g := frame.Frame{Pred: top, Subj: -1, Obj: -1, Sent: d.SentenceOf(top)}
		g.First, g.Last = t.Extent(top, true)
		if last := int(g.Sent.End) - 1; d.Word(last) == "?" {
			g.Modality = frame.Question
		}
		f = &g
	}
	if f.Modality != frame.Asserted && !polar && !presupposed {
		return
	}
	fr.addFrame(f, subject, property, v, claims.ModalityAsserted, polar)
	if w != f.Pred {
		// a noun's event has no tense of the clause's: "would help the
		// fleet recover after last year's drop"
		fr.out[len(fr.out)-1].nominal = true
	}
}

func (fr *frameReader) addFrame(f *frame.Frame, subject, property string, v claims.Value, mod claims.Modality, polar bool) {
	b, d, sd := fr.b, fr.b.d, fr.t.Doc
	first := f.First
	if sd.Rel[f.Pred].String() == "acl:relcl" {
		// A relative clause with what it is said of: "The company, which
		// is not yet profitable".
		if h := int(sd.Head[f.Pred]); h >= 0 && h < f.First {
			hf, _ := fr.t.Extent(h, false)
			first = min(first, hf)
		}
	}
	sp := claims.Span{Start: int(sd.Start[first]), End: int(sd.End[f.Last-1])}
	cl := claims.Claim{Text: d.text[sp.Start:sp.End], Span: sp, Subject: subject, Property: property,
		Value: v, Modality: mod}
	if si := fr.sentenceAt(sp.Start); si >= 0 && si < len(b.attrs) {
		cl.Attribution = b.attrs[si].who
	}
	cl.Worthiness = 0.6
	var when []claims.Value
	var where []string
	if polar {
		when, where = fr.setting(f)
	}
	fr.out = append(fr.out, frameClaim{Claim: cl, polar: polar, when: when, where: where, future: f.Tense == frame.Future, past: f.Tense == frame.Past,
		habitual: polar && fr.habitual(f), days: fr.days(f, polar)})
}

// weekDays returns the days of the week a plural day word names
// ("Sundays", "weekends", "weekdays": the weekday lexicon of times.go),
// or nil.
func weekDays(w string) []time.Weekday {
	switch w {
	case "weekends":
		return []time.Weekday{time.Saturday, time.Sunday}
	case "weekdays":
		return []time.Weekday{time.Monday, time.Tuesday, time.Wednesday, time.Thursday, time.Friday}
	}
	if day, ok := strings.CutSuffix(w, "s"); ok {
		if wd, ok := weekdayNames.get(day); ok {
			return []time.Weekday{wd}
		}
	}
	return nil
}

// days returns the days of the week a statement of frame f is limited
// to ("on Sundays"), or nil.
func (fr *frameReader) days(f *frame.Frame, polar bool) []time.Weekday {
	if !polar {
		return nil
	}
	d := fr.t.Doc
	var out []time.Weekday
	for k := f.First; k < f.Last && k < f.First+64; k++ {
		out = append(out, weekDays(strings.ToLower(d.Word(k)))...)
	}
	return out
}

// habitualWords say a clause tells what happens again and again, besides
// the plural days of weekDays: "runs daily", "in the evenings".
var habitualWords = map[string]bool{
	"evenings": true, "mornings": true,
	"daily": true, "nightly": true, "weekly": true, "monthly": true, "annually": true, "yearly": true,
}

// habitual reports whether frame f tells what happens again and again
// rather than once: a plural weekday ("on Sundays"), "daily", "every
// week", "seven days a week", "twice a year".
func (fr *frameReader) habitual(f *frame.Frame) bool {
	d := fr.t.Doc
	for k := f.First; k < f.Last && k < f.First+64; k++ {
		w := strings.ToLower(d.Word(k))
		if habitualWords[w] || weekDays(w) != nil {
			return true
		}
		if k+1 >= f.Last {
			continue
		}
		next := strings.ToLower(d.Lemma[k+1])
		switch {
		case (w == "every" || w == "each") && frame.IsTimeNoun(next):
			return true
		case w == "a" && (next == "day" || next == "week" || next == "month" || next == "year") && k > f.First:
			switch strings.ToLower(d.Lemma[k-1]) {
			case "day", "time", "hour", "once", "twice":
				return true
			}
		}
	}
	return false
}

// sentenceAt returns the extractor's sentence that holds byte offset o.
func (fr *frameReader) sentenceAt(o int) int {
	d := fr.b.d
	i := sort.Search(len(d.toks), func(i int) bool { return int(d.toks[i].End) > o })
	if i >= len(d.toks) || i >= len(d.tokSent) {
		return -1
	}
	return int(d.tokSent[i])
}

// keepFrameClaims adds the frame claims that meet another: a key with at
// least two claims, a statement both affirmed and denied. A claim that
// repeats one the extractor made already (the same subject and property,
// or the same value in the same clause) is left out.
func (b *builder) keepFrameClaims(cand []frameClaim) {
	type key struct{ subject, property string }
	// A date the extractor keyed already under another name ("closing-
	// date" for "date-close") gives its name to the frame claims of
	// that key, so that a slot left open meets it.
	rename := map[key]string{}
	// A date another reading gave a thing the parse does not make the
	// clause's subject ("A new children's ward at Carrick General
	// Hospital will open on 3 March" keyed under the hospital) takes the
	// frame's subject, the ward, with what that reading keyed alike ("No
	// opening date has been announced"): one fact, found once.
	resubject := map[key]string{}
	for _, c := range cand {
		o := b.repeated(c.Claim)
		if o == nil {
			continue
		}
		if o.Property != c.Property {
			rename[key{c.Subject, c.Property}] = o.Property
		}
		if o.Subject != c.Subject && c.Subject != "" && !c.polar && c.Modality == claims.ModalityAsserted &&
			c.Value.Kind == claims.KindTime && o.Value.Kind == claims.KindTime && o.Modality == claims.ModalityAsserted {
			resubject[key{o.Subject, o.Property}] = c.Subject
		}
	}
	for i := range b.out {
		if s, ok := resubject[key{b.out[i].Subject, b.out[i].Property}]; ok {
			b.out[i].Subject = s
		}
	}
	// The date of an event, left open ("no trial date has been fixed"),
	// is the date it begins or opens when that is all another reading
	// gave it ("His trial will begin on 14 October"): one date, keyed once.
	// (Only a date to come: "the trial began on 14 October" and "no date
	// has been set for the trial to resume" are two dates.)
	dated := map[key]bool{}
	for i := range b.out {
		o := &b.out[i]
		if o.Modality == claims.ModalityAsserted && o.Value.Kind == claims.KindTime &&
			(b.d.published.IsZero() || !o.Value.Start.Before(b.d.published)) {
			dated[key{o.Subject, o.Property}] = true
		}
	}
	eventDate := func(c *claims.Claim) {
		if c.Modality != claims.ModalityUnknown || c.Property != "date" || dated[key{c.Subject, "date"}] {
			return
		}
		for _, p := range []string{"start-date", "opening-date"} {
			if dated[key{c.Subject, p}] {
				c.Property = p
				return
			}
		}
	}
	for i := range cand {
		eventDate(&cand[i].Claim)
	}
	for i := range b.out {
		eventDate(&b.out[i])
	}
	for i := range cand {
		if p, ok := rename[key{cand[i].Subject, cand[i].Property}]; ok {
			cand[i].Property = p
		}
	}
	type seen struct {
		n        int
		pos, neg bool
		open     bool
		// valued and asked: asserted and left open by a claim keyed by
		// its referent, not by the words of a slot (matchSlots).
		valued, asked bool
	}
	keys := map[key]*seen{}
	for _, c := range cand {
		k := key{c.Subject, c.Property}
		s := keys[k]
		if s == nil {
			s = &seen{}
			keys[k] = s
		}
		s.n++
		switch c.Modality {
		case claims.ModalityNegated:
			s.neg = true
		case claims.ModalityUnknown:
			s.open = true
			s.asked = s.asked || !c.matched
		default:
			s.pos = true
			s.valued = s.valued || !c.matched
		}
	}
	// A slot left open that another reading keyed already under a key of
	// its own ("annual-meeting · venue") takes the frame's key when that
	// meets a value ("summit · venue: Leeds") and its own meets nothing;
	// so does a value whose frame key meets a slot left open.
	// (Keys met only by the words of a slot, not by its referent, re-key
	// nothing.)
	rekeyed := map[*claims.Claim]bool{}
	outKeys := map[key]int{} // claims of b.out by key
	for i := range b.out {
		outKeys[key{b.out[i].Subject, b.out[i].Property}]++
	}
	for _, c := range cand {
		k := keys[key{c.Subject, c.Property}]
		if c.polar || c.Subject == unkeyedSlot {
			continue
		}
		if !(c.Modality == claims.ModalityUnknown && k.valued || c.Modality == claims.ModalityAsserted && k.asked) {
			continue
		}
		o := b.sameSlot(c.Claim, rekeyed)
		if o == nil || o.Subject == c.Subject || outKeys[key{o.Subject, o.Property}] > 1 {
			continue // (its own key meets another claim: keep it)
		}
		outKeys[key{o.Subject, o.Property}]--
		o.Subject, o.Property = c.Subject, c.Property
		outKeys[key{o.Subject, o.Property}]++
		rekeyed[o] = true
	}
	// A group of figures the extractor's other readings key together
	// already is compared already: a second pair of claims would give a
	// second finding of one contradiction.
	common := map[key]map[string]bool{}
	for _, c := range cand {
		if c.polar {
			continue
		}
		k := key{c.Subject, c.Property}
		have := b.sameFigureKeys(c.Claim)
		if prev, ok := common[k]; ok {
			for x := range prev {
				if !have[x] {
					delete(prev, x)
				}
			}
		} else {
			common[k] = have
		}
	}
	// A statement is kept when one of its key says the opposite with a
	// doer that may be its own: one unnamed ("the Corn Exchange would not
	// be sold"). Two named doers are two statements, or, when they are
	// the same, one their subject's statement keys already.
	groups := map[key][]int{}
	for i, c := range cand {
		if c.polar {
			k := key{c.Subject, c.Property}
			groups[k] = append(groups[k], i)
		}
	}
	// One left open meets one asserted ("whether the board will approve
	// the plan" … "the board approved the plan").
	opposite := func(a, b claims.Modality) bool {
		switch {
		case a == claims.ModalityUnknown || b == claims.ModalityUnknown:
			return a == claims.ModalityAsserted || b == claims.ModalityAsserted
		}
		return (a == claims.ModalityNegated) != (b == claims.ModalityNegated)
	}
	// A question left open meets a denial of what will be too ("whether
	// to bring charges" … "no charges will be brought"), not a denial of
	// what was ("did not approve the plan in March" … "whether the board
	// will back the plan").
	opposed2 := func(o, c *frameClaim) bool {
		if opposite(o.Modality, c.Modality) {
			return true
		}
		return o.Modality == claims.ModalityUnknown && c.Modality == claims.ModalityNegated && c.future ||
			c.Modality == claims.ModalityUnknown && o.Modality == claims.ModalityNegated && o.future
	}
	// The statements the extractor's other readings made already: a pair
	// they oppose under a key of their own is found once, not twice.
	said := map[key][]*claims.Claim{}
	for i := range b.out {
		if c := &b.out[i]; c.Value.Kind == claims.KindBool {
			said[key{c.Subject, c.Property}] = append(said[key{c.Subject, c.Property}], c)
		}
	}
	overlaps := func(a, b claims.Span) bool { return a.Start < b.End && b.Start < a.End }
	opposedAlready := func(c, o *frameClaim) bool {
		i := sort.Search(len(b.out), func(i int) bool { return b.out[i].Span.Start >= c.Span.Start-maxClauseBytes })
		for ; i < len(b.out) && b.out[i].Span.Start < c.Span.End; i++ {
			x := &b.out[i]
			if x.Value.Kind != claims.KindBool || !overlaps(x.Span, c.Span) {
				continue
			}
			ys := said[key{x.Subject, x.Property}]
			for _, y := range ys[:min(len(ys), 64)] {
				if overlaps(y.Span, o.Span) && opposite(x.Modality, y.Modality) {
					return true
				}
			}
		}
		return false
	}
	opposed := func(i int) bool {
		c := &cand[i]
		g := groups[key{c.Subject, c.Property}]
		for _, j := range g[:min(len(g), 64)] {
			o := &cand[j]
			if opposed2(o, c) && !(o.ergative && c.ergative) && !changedSince(o, c) && !unanswered(o, c) && !unanswered(c, o) && !twoThings(o.marks, c.marks) && version(o.marks) == version(c.marks) && !distinctThings(o.names, c.names) && (o.fresh == "" || c.fresh == "" || o.fresh == c.fresh) &&
				(o.agent == "" || c.agent == "") && sameNumber(o, c) && sameGroup(o, c) && sameSetting(o, c) && !opposedAlready(c, o) {
				return true
			}
		}
		return false
	}
	// A figure meets another of its key only if the two are not told
	// apart by their names: "the new factory in Sunderland will employ
	// 600 people" is not "the Polish factory employs 450 people".
	byKey := map[key][]int{}
	for i, c := range cand {
		if !c.polar && len(c.names) > 0 {
			k := key{c.Subject, c.Property}
			byKey[k] = append(byKey[k], i)
		}
	}
	apart := func(i int) bool {
		c := &cand[i]
		if c.polar || len(c.names) == 0 {
			return false
		}
		k := key{c.Subject, c.Property}
		if keys[k].n > len(byKey[k]) {
			return false // another of its key has no names
		}
		for _, j := range byKey[k][:min(len(byKey[k]), 64)] {
			if j != i && !distinctThings(c.names, cand[j].names) {
				return false
			}
		}
		return true
	}
	// The values the extractor's other readings give: a slot left open
	// meets them as it meets a frame's ("The deficit stands at £4.2m" …
	// "the exact size of the deficit has yet to be calculated").
	outValued := map[key]bool{}
	for i := range b.out {
		if o := &b.out[i]; o.Modality == claims.ModalityAsserted && o.Value.Kind != claims.KindBool {
			outValued[key{o.Subject, o.Property}] = true
		}
	}
	added := false
	for i, c := range cand {
		s := keys[key{c.Subject, c.Property}]
		if c.polar && !opposed(i) || c.Subject == unkeyedSlot || c.forSlot && !s.open || apart(i) {
			continue
		}
		meetsOut := s.n == 1 && !c.polar && (c.Modality == claims.ModalityUnknown || c.meetsValues) && outValued[key{c.Subject, c.Property}]
		if s.n < 2 && !meetsOut || len(common[key{c.Subject, c.Property}]) > 0 {
			continue
		}
		if o := b.repeated(c.Claim); o != nil && (o.Subject == c.Subject || c.matched || c.Modality != claims.ModalityUnknown || !s.pos) {
			// (A slot left open of another thing in a clause another
			// reading keyed once is not a repeat: "had yet to name a venue
			// for the meeting, and … to confirm a venue for the debate".)
			continue
		}
		b.out = append(b.out, c.Claim)
		added = true
	}
	if added {
		sort.SliceStable(b.out, func(i, j int) bool { return b.out[i].Span.Start < b.out[j].Span.Start })
	}
}

// sameFigureKeys returns the keys ("subject\x00property") of the claims
// the extractor made already that state c's figure in c's clause.
func (b *builder) sameFigureKeys(c claims.Claim) map[string]bool {
	out := map[string]bool{}
	if !c.Value.Kind.IsAmount() {
		return out
	}
	i := sort.Search(len(b.out), func(i int) bool { return b.out[i].Span.Start >= c.Span.Start-maxClauseBytes })
	for ; i < len(b.out) && b.out[i].Span.Start < c.Span.End; i++ {
		o := &b.out[i]
		if o.Span.End > c.Span.Start && o.Value.Kind == c.Value.Kind && o.Value.Amount == c.Value.Amount && o.Value.Unit == c.Value.Unit {
			out[o.Subject+"\x00"+o.Property] = true
		}
	}
	return out
}

// sameSlot returns the claim of b.out of c's property and modality (a
// slot left open, or its value) in the clause that overlaps c's the
// most, skipping those in done; nil for none.
func (b *builder) sameSlot(c claims.Claim, done map[*claims.Claim]bool) *claims.Claim {
	var best *claims.Claim
	most := 0
	i := sort.Search(len(b.out), func(i int) bool { return b.out[i].Span.Start >= c.Span.Start-maxClauseBytes })
	for ; i < len(b.out) && b.out[i].Span.Start < c.Span.End; i++ {
		o := &b.out[i]
		if done[o] || o.Modality != c.Modality || o.Property != c.Property {
			continue
		}
		if n := min(o.Span.End, c.Span.End) - max(o.Span.Start, c.Span.Start); n > most {
			best, most = o, n
		}
	}
	return best
}

// repeated returns the claim the extractor already made that c repeats,
// or nil: a claim whose span overlaps c's, of the same modality, subject
// and property (any two dates of one thing count as one: "opening-date",
// "date-open"; a slot — a cause, a venue, a date — of one clause is one
// slot, however its subject was named: "flood", "flooding").
func (b *builder) repeated(c claims.Claim) *claims.Claim {
	i := sort.Search(len(b.out), func(i int) bool { return b.out[i].Span.Start >= c.Span.Start-maxClauseBytes })
	for ; i < len(b.out) && b.out[i].Span.Start < c.Span.End; i++ {
		o := &b.out[i]
		slot := slotNouns[c.Property] != "" || strings.HasPrefix(c.Property, "date")
		if o.Span.End > c.Span.Start && o.Modality == c.Modality && (o.Subject == c.Subject || slot) &&
			(o.Property == c.Property || strings.Contains(o.Property, "date") && strings.Contains(c.Property, "date")) {
			return o
		}
	}
	return nil
}

// maxClauseBytes bounds how far before a claim another claim may start
// and still overlap it, so that the search for repeats stays a window.
const maxClauseBytes = 4096

// plainParticiple reports whether the participle of frame f says its
// event with no cause or occasion of its own ("in connection with",
// "after last week's fight", "at previous matches": another event), only
// a place nearby ("arrested near the scene") or what it was over, which
// tells it from events over other things (eventMatters), in a sentence
// that names no time ("Last year a man arrested near the same shop").
func (fr *frameReader) plainParticiple(f *frame.Frame) bool {
	for _, o := range f.Obliques {
		if o.Prep != "near" && o.Prep != "over" { // ("over" names its matter: eventMatters)
			return false
		}
	}
	d := fr.t.Doc
	s := d.SentenceOf(f.Pred)
	for k := int(s.Start); k < int(s.End) && k < int(s.Start)+128; k++ {
		if mi := fr.wordMen[k]; mi >= 0 && fr.b.d.ments[mi].val.Kind == claims.KindTime {
			return false
		}
		switch strings.ToLower(d.Word(k)) {
		case "separately", "previous", "earlier", "last", "former", "another", "yesterday", "week":
			return false
		}
	}
	return true
}

// reducedPassive reports whether frame f is a participle after its noun
// with no subject or auxiliary of its own: "the man arrested near the
// scene" says he was arrested.
func (fr *frameReader) reducedPassive(f *frame.Frame) bool {
	d := fr.t.Doc
	return f.Subj < 0 && d.XPOS[f.Pred] == "VBN" && d.Rel[f.Pred].Universal() == relAcl &&
		fr.t.Kid(f.Pred, syntax.RelAux) < 0 && d.Head[f.Pred] >= 0 && int(d.Head[f.Pred]) < f.Pred
}
