package extract

import (
	"math"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/worthiness"
)

// DefaultMinWorthiness is the score a typed claim's own cues (a figure, a
// date, a place, a named subject; see below) need for Extract to keep it,
// whatever its sentence's check-worthiness. A kept typed claim's
// Worthiness is at least this.
const DefaultMinWorthiness = 0.5

// DefaultThreshold is the check-worthiness from which Extract keeps a claim
// and makes a statement claim of a sentence: the F1-best point of the
// check-worthiness model's cross-validation (package worthiness).
func DefaultThreshold() float64 { return worthiness.Default().Threshold() }

// keep scores claim cl of clause x and adds it to the claims when it is
// confident (its cues score at least DefaultMinWorthiness) and
// check-worthy (the higher of that score and its sentence's reaches the
// threshold), or when every claim is kept. cue reports a property cue.
func (b *builder) keep(x *clauseCtx, cl claims.Claim, cue bool) {
	own := b.worthiness(x, cl, cue)
	cl.Worthiness = own
	if si := int(b.d.tokSent[x.first]); si < len(b.scores) {
		cl.Worthiness = max(own, round2(b.scores[si]))
	}
	if b.keepAll || own >= DefaultMinWorthiness && cl.Worthiness >= b.threshold {
		b.out = append(b.out, cl)
	}
}

// worthiness scores how worth checking a claim is by its own cues, in
// [0, 1]. A figure, a
// date or a place raises it, as do a named subject, a property cue and an
// attribution; an opinion word ("horrendous", "naïve"), a question or a
// headline lowers it.
func (b *builder) worthiness(x *clauseCtx, c claims.Claim, cue bool) float64 {
	w := 0.3
	switch {
	case c.Value.Kind.IsAmount() || c.Value.Kind == claims.KindTime:
		w += 0.25
	case c.Value.Kind.IsEntity(), c.Value.Kind == claims.KindBool:
		w += 0.2
	case c.Modality == claims.ModalityUnknown:
		w += 0.2
	}
	if cue {
		w += 0.1
	}
	for _, s := range x.subjects {
		if s.ref.id == c.Subject {
			w += 0.1
			break
		}
	}
	if c.Attribution != "" {
		w += 0.05
	}
	if b.sentenceOpinion(x) {
		// an opinion anywhere in the sentence: "the significance of the
		// meeting in Alaska, was horrendous" is no claim about a venue
		w -= 0.4
	}
	if x.sent.question {
		w -= 0.6
	}
	if x.sent.headline {
		w -= 0.15
	}
	if c.Modality == claims.ModalityHedged {
		w -= 0.05
	}
	// two decimals: 0.7, not 0.7000000000000001
	return math.Round(min(1, max(0, w))*100) / 100
}

// sentenceOpinion reports whether the sentence of clause x holds an opinion
// word, looked up once a sentence.
func (b *builder) sentenceOpinion(x *clauseCtx) bool {
	si := int(b.d.tokSent[x.first])
	if b.opinionSent != si {
		b.opinionSent, b.opinion = si, b.d.opinionated(x.sent.first, x.sent.last)
	}
	return b.opinion
}
