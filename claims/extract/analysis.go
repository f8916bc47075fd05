package extract

import (
	"context"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// A doc is one document under analysis: its tokens, sentences, clauses and
// mentions. It is built by analyze and read by the claim builder.
type doc struct {
	text      string
	fold      string
	toks      []token
	sents     []sentence
	tokSent   []int32
	published time.Time // the publication day at 00:00 UTC, or zero
	kb        *claims.Set
	gaz       *gazetteer

	clauseList []clause
	tokClause  []int32

	ments  []mention
	tokMen []int32 // index of the mention covering each token, or -1

	// cuePrev and cueNext hold the nearest tense cue at or before and at
	// or after each token, -1 for none; nil until the first tense lookup
	// (relative.go).
	cuePrev, cueNext []int32

	// capSeen holds folded words seen capitalized inside a sentence,
	// evidence that a sentence-initial capital is a name.
	capSeen map[string]bool
	// lastTime is the last absolute time resolved, the anchor of "a year
	// earlier".
	lastTime claims.Value

	// buf holds the pooled buffers behind the slices above (buffers.go).
	buf *buffers

	// cost counts token reads under the veracity_cost tag (cost.go).
	cost costMeter

	// ctx cancels the analysis; err is its error once seen (stopped).
	ctx context.Context
	err error
}

// stopEvery is how many sentences (of at most maxSentenceTokens tokens)
// a stage works through between looks at its context.
const stopEvery = 8

// stopped reports whether the analysis was cancelled, looking at the
// context when si, the stage's sentence, is a multiple of stopEvery.
func (d *doc) stopped(si int) bool {
	if d.err == nil && d.ctx != nil && si%stopEvery == 0 {
		d.err = d.ctx.Err()
	}
	return d.err != nil
}

// f returns the folded text of token i.
func (d *doc) f(i int) string {
	d.cost.tick()
	t := d.toks[i]
	return d.fold[t.FoldStart:t.FoldEnd]
}

// fAt returns the folded text of token i, or "" when i is out of range.
func (d *doc) fAt(i int) string {
	if i < 0 || i >= len(d.toks) {
		return ""
	}
	return d.f(i)
}

// span returns the original byte span of tokens [first, last).
func (d *doc) span(first, last int) claims.Span {
	return claims.Span{Start: int(d.toks[first].Start), End: int(d.toks[last-1].End)}
}

// textOf returns the original text of tokens [first, last).
func (d *doc) textOf(first, last int) string {
	if last <= first {
		return ""
	}
	s := d.span(first, last)
	return d.text[s.Start:s.End]
}

// analyze runs the whole pipeline short of building claims. gaz is kb's
// index; nil makes one.
func analyze(document claims.Document, kb *claims.Set, gaz *gazetteer) *doc {
	return analyzeContext(context.Background(), document, kb, gaz)
}

// analyzeContext is analyze stopping early, with d.err set, when ctx is
// done: what it found so far must then be thrown away.
func analyzeContext(ctx context.Context, document claims.Document, kb *claims.Set, gaz *gazetteer) *doc {
	buf := bufferPool.Get().(*buffers)
	d := &doc{ctx: ctx, text: document.Text, kb: kb, buf: buf,
		sents: buf.sents, clauseList: buf.clauses, capSeen: buf.capSeen}
	if p := document.Published; !p.IsZero() {
		d.published = time.Date(p.Year(), p.Month(), p.Day(), 0, 0, 0, 0, time.UTC)
	}
	var m *text.Map
	if d.stopped(0) {
		return d
	}
	stop := func() bool { return d.stopped(0) }
	d.fold, m = text.FoldMapped(d.text, stop)
	if d.stopped(0) {
		return d
	}
	d.toks = tokenize(buf.toks, d.text, d.fold, m, stop)
	d.flagTokens()
	d.sentences()
	if d.stopped(0) {
		return d
	}
	d.tokSent = int32s(buf.tokSent, len(d.toks), 0)
	for si, s := range d.sents {
		for i := s.first; i < s.last; i++ {
			d.tokSent[i] = int32(si)
		}
	}
	d.clauses()
	d.indexClauses(buf.tokClause)
	d.noteCapitals()
	d.tokMen = int32s(buf.tokMen, len(d.toks), -1)
	d.ments = buf.ments
	if n := len(d.toks)/8 + 4; cap(d.ments) < n {
		d.ments = make([]mention, 0, n)
	}
	if gaz == nil {
		gaz = newGazetteer(kb)
	}
	d.gaz = gaz
	d.findKBEntities()
	d.findValues()
	d.findNames()
	if d.stopped(0) {
		return d
	}
	d.sortMentions()
	return d
}

// noteCapitals records capitalized words not at the start of a sentence or
// line.
func (d *doc) noteCapitals() {
	for si, s := range d.sents {
		if s.headline {
			continue // headlines capitalize ordinary words
		}
		_ = si
		for i := s.first + 1; i < s.last; i++ {
			t := d.toks[i]
			if t.Kind == text.Word && t.Has(text.Cap) && !d.afterOpening(i) {
				d.capSeen[d.f(i)] = true
			}
		}
	}
}

// afterOpening reports whether token i follows an opening quote or colon,
// where ordinary words are capitalized too.
func (d *doc) afterOpening(i int) bool {
	if i == 0 {
		return true
	}
	p := d.f(i - 1)
	return p == "\"" || p == ":" || p == "(" || p == "'" || p == "-"
}

// sentenceStart reports whether token i begins its sentence, quotes and
// brackets aside.
func (d *doc) sentenceStart(i int) bool {
	s := d.sents[d.tokSent[i]]
	j := s.first
	for j < i && d.toks[j].Kind == text.Punct {
		j++
	}
	return j == i
}
