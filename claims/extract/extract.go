package extract

import (
	"errors"

	"github.com/veracity-go/veracity/claims"
)

// A Mention is a quantity, time or entity found in text.
type Mention struct {
	// Text is the mention as written: Text == document[Span.Start:Span.End].
	Text string
	Span claims.Span
	// Kind is the kind of the resolved value.
	Kind  claims.Kind
	Value claims.Value
}

// Extract finds the check-worthy claims of a document. The knowledge base
// kb (may be nil) supplies entities, aliases and property cues; the
// document's Published date anchors relative times. The returned set holds
// the document and the claims, ids c1, c2… in document order; it does not
// copy the knowledge base.
func Extract(doc claims.Document, kb *claims.Set) (*claims.Set, error) {
	return nil, errors.New("extract: not implemented yet")
}

// Mentions returns every quantity, time and entity mention in doc.Text, in
// order, with relative times resolved against doc.Published.
func Mentions(doc claims.Document, kb *claims.Set) []Mention {
	return nil
}
