package extract

import (
	"context"

	"github.com/veracity-go/veracity/claims"
)

// A Sentence is one sentence of a document with its check-worthiness and
// the claims extracted from it.
type Sentence struct {
	// Text is the sentence as written: Text == document[Span.Start:Span.End].
	Text string
	Span claims.Span
	// Worthiness is the check-worthiness model's score, in [0, 1], two
	// decimals.
	Worthiness float64
	// Claims lists the ids of the sentence's claims.
	Claims []string
}

// Sentences is like the package's [Sentences] with e's options.
func (e *Extractor) Sentences(doc claims.Document, kb *claims.Set) (*claims.Set, []Sentence) {
	out, list, _ := e.extract(context.Background(), doc, kb, true)
	return out, list
}

// Sentences extracts the claims of doc as [Extract] does and lists every
// sentence, in order, with its check-worthiness and the ids of its claims.
func Sentences(doc claims.Document, kb *claims.Set) (*claims.Set, []Sentence) {
	var e Extractor
	return e.Sentences(doc, kb)
}

// sentenceList lists d's sentences with their scores and claims.
func (d *doc) sentenceList(scores []float64, cls []claims.Claim) []Sentence {
	out := make([]Sentence, len(d.sents))
	for si, s := range d.sents {
		sp := d.span(s.first, s.last)
		out[si] = Sentence{Text: d.text[sp.Start:sp.End], Span: sp, Worthiness: round2(scores[si])}
	}
	for _, c := range cls {
		if si, ok := d.sentenceAt(c.Span.Start); ok {
			out[si].Claims = append(out[si].Claims, c.ID)
		}
	}
	return out
}
