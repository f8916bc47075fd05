package extract

import (
	"context"
	"errors"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/worthiness"
)

// A Mention is a quantity, time or entity found in text.
type Mention struct {
	// Text is the mention as written: Text == document[Span.Start:Span.End].
	Text string
	Span claims.Span
	// Kind is the kind of the resolved value.
	Kind  claims.Kind
	Value claims.Value
	// Marker is the preposition that ties a time or quantity to its
	// clause, folded: "since" for "since 2015", "on" for "on Friday",
	// "until", "after", "in"…; "" when there is none.
	Marker string
	// Relative reports whether a time was stated relative to the
	// publication date or to an earlier time: "on Friday", "last week", "a
	// year earlier". Without a publication date it stays unresolved: a
	// time value with zero Start and End.
	Relative bool
	// Ordinal reports whether a number was written as an ordinal: "18th",
	// "first".
	Ordinal bool
}

// A percentage named without a figure, "a small percent", "calculate a
// percentage", is a Mention of Kind percent with Unit "%" and no Amount;
// it is never the value of an extracted claim.

// An Option configures an [Extractor].
type Option interface{ apply(*Extractor) }

type optionFunc func(*Extractor)

func (f optionFunc) apply(e *Extractor) { f(e) }

// Options is a list of options, itself an Option, so that options compose.
type Options []Option

func (o Options) apply(e *Extractor) {
	for _, opt := range o {
		if opt != nil {
			opt.apply(e)
		}
	}
}

// MinWorthiness sets the check-worthiness, in [0, 1], a claim needs to be
// kept and a sentence needs to make a statement claim. The default is
// [DefaultThreshold]; 0 keeps every claim found and makes a statement
// claim of every sentence without one (questions, headlines and opinions
// aside).
func MinWorthiness(w float64) Option {
	return optionFunc(func(e *Extractor) { e.min, e.minSet = w, true })
}

// KnowledgeBase indexes kb's names, aliases and cues once, when the
// Extractor is made, instead of at every call: an Extractor that checks
// many articles against one house knowledge base should be made with it.
// Calls that pass this same kb use the index; calls with another kb index
// theirs as usual. kb must not change while the Extractor is in use.
func KnowledgeBase(kb *claims.Set) Option {
	return optionFunc(func(e *Extractor) {
		e.kb = kb
		e.gaz = newGazetteer(kb)
	})
}

// An Extractor finds claims and mentions in documents. The zero Extractor
// uses the defaults. An Extractor is safe for concurrent use.
type Extractor struct {
	min    float64
	minSet bool
	kb     *claims.Set
	gaz    *gazetteer // kb's index, read only
}

// gazetteerFor returns the index of kb: the one made with the Extractor
// when kb is its knowledge base, else a new one.
func (e *Extractor) gazetteerFor(kb *claims.Set) *gazetteer {
	if e != nil && e.gaz != nil && kb == e.kb {
		return e.gaz
	}
	return newGazetteer(kb)
}

// With returns a copy of e with opts applied on top of e's own: the copy
// shares e's indexed knowledge base, so that a request's threshold costs
// no new index. e may be nil (the defaults).
func (e *Extractor) With(opts ...Option) *Extractor {
	c := &Extractor{}
	if e != nil {
		*c = *e
	}
	Options(opts).apply(c)
	return c
}

// New returns an Extractor with the given options.
func New(opts ...Option) *Extractor {
	e := &Extractor{}
	Options(opts).apply(e)
	return e
}

// Extract finds the check-worthy claims of a document. The knowledge base
// kb (may be nil) supplies entities, aliases and property cues; the
// document's Published date anchors relative times. The returned set holds
// the document and the claims, ids c1, c2… in document order; it does not
// copy the knowledge base.
//
// Every sentence is scored by a check-worthiness model (package
// worthiness). Every claim carries a Worthiness in [0, 1]: the higher of
// its sentence's score and that of its own cues (figures, dates, places,
// named subjects, property cues and attribution raise it; opinion words,
// questions and headlines lower it). Extract keeps the claims whose own
// cues score at least [DefaultMinWorthiness] and whose Worthiness reaches
// [DefaultThreshold]; a sentence at or above the threshold that yields no
// claim becomes a statement claim (property statement, a text value).
// Use [New] with [MinWorthiness] to change the threshold.
//
// With a knowledge base that lists entities, subjects are its entities and
// properties its properties (or the built-in date and time-since). Without
// one, claims have open keys: the subject is a slug of the entity named
// ("time-warner") or of the measured noun ("profit"), the property the
// measured or counted noun ("phone-call") or the value's kind ("amount",
// "date").
func Extract(doc claims.Document, kb *claims.Set) (*claims.Set, error) {
	var e Extractor
	return e.Extract(doc, kb)
}

// Mentions returns every quantity, time and entity mention in doc.Text, in
// order, with relative times resolved against doc.Published.
func Mentions(doc claims.Document, kb *claims.Set) []Mention {
	var e Extractor
	return e.Mentions(doc, kb)
}

// Extract is like the package's [Extract] with e's options.
func (e *Extractor) Extract(doc claims.Document, kb *claims.Set) (*claims.Set, error) {
	return e.ExtractContext(context.Background(), doc, kb)
}

// ExtractContext is [Extractor.Extract] under ctx: when ctx is done it
// stops, within a few sentences of work, and returns ctx's error.
func (e *Extractor) ExtractContext(ctx context.Context, doc claims.Document, kb *claims.Set) (*claims.Set, error) {
	if doc.Text == "" && doc.TextFile != "" {
		return nil, errors.New("extract: document text not loaded (text_file " + doc.TextFile + ")")
	}
	out, _, err := e.extract(ctx, doc, kb, false)
	return out, err
}

// extract extracts the claims of doc, and with sentences also lists the
// sentences with their scores and claims.
func (e *Extractor) extract(ctx context.Context, doc claims.Document, kb *claims.Set, sentences bool) (*claims.Set, []Sentence, error) {
	min := DefaultThreshold()
	if e != nil && e.minSet {
		min = e.min
	}
	d := analyzeContext(ctx, doc, kb, e.gazetteerFor(kb))
	defer d.release()
	if d.err != nil {
		return nil, nil, d.err
	}
	scores := d.scoreSentences(worthiness.Default())
	out := &claims.Set{Version: claims.Version, Document: doc}
	out.Claims = newBuilder(d).build(min, scores)
	if d.err != nil {
		return nil, nil, d.err
	}
	out.Entities = d.define(out.Claims)
	if !sentences {
		return out, nil, nil
	}
	return out, d.sentenceList(scores, out.Claims), nil
}

// Mentions is like the package's [Mentions].
func (e *Extractor) Mentions(doc claims.Document, kb *claims.Set) []Mention {
	m, _ := e.MentionsContext(context.Background(), doc, kb)
	return m
}

// MentionsContext is [Extractor.Mentions] under ctx: when ctx is done it
// stops and returns ctx's error.
func (e *Extractor) MentionsContext(ctx context.Context, doc claims.Document, kb *claims.Set) ([]Mention, error) {
	d := analyzeContext(ctx, doc, kb, e.gazetteerFor(kb))
	defer d.release()
	if d.err != nil {
		return nil, d.err
	}
	return d.publicMentions(), nil
}
