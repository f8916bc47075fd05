package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
	"github.com/veracity-go/veracity/factcheck"
)

// minWorthiness is the --min-worthiness flag of check and extract: the
// check-worthiness a claim needs to be kept and a sentence to make a
// statement claim. Unset, the extractor's default (the model's F1-best
// point) holds.
type minWorthiness struct {
	v   float64
	set bool
}

func (m *minWorthiness) String() string {
	if m == nil || !m.set {
		return ""
	}
	return strconv.FormatFloat(m.v, 'g', -1, 64)
}

func (m *minWorthiness) Set(s string) error {
	v, err := strconv.ParseFloat(s, 64)
	if err != nil || math.IsNaN(v) || v < 0 || v > 1 {
		return fmt.Errorf("want a number from 0 to 1, have %q", s)
	}
	m.v, m.set = v, true
	return nil
}

// extractor returns the extractor for kb with the flag's threshold.
func (m minWorthiness) extractor(kb *claims.Set) *extract.Extractor {
	ex := extractorFor(kb)
	if m.set {
		ex = ex.With(extract.MinWorthiness(m.v))
	}
	return ex
}

// extract extracts the claims of doc with the flag's threshold.
func (m minWorthiness) extract(doc claims.Document, kb *claims.Set) (*claims.Set, error) {
	if !m.set {
		return extractClaims(doc, kb)
	}
	return m.extractor(kb).Extract(doc, kb)
}

// sentences extracts the claims of doc as extract does and lists its
// sentences with their check-worthiness.
func (m minWorthiness) sentences(doc claims.Document, kb *claims.Set) (*claims.Set, []extract.Sentence, error) {
	set, ss := m.extractor(kb).Sentences(doc, kb)
	if set == nil {
		// the extraction failed: have its error
		set, err := m.extract(doc, kb)
		return set, nil, err
	}
	return set, ss, nil
}

// scores returns the sentences' check-worthiness for a report, each
// marked worthy when it reaches the flag's threshold (or the extractor's
// default).
func (m minWorthiness) scores(ss []extract.Sentence) []factcheck.SentenceScore {
	if len(ss) == 0 {
		return nil
	}
	min := extract.DefaultThreshold()
	if m.set {
		min = m.v
	}
	out := make([]factcheck.SentenceScore, len(ss))
	for i, s := range ss {
		out[i] = factcheck.SentenceScore{Span: s.Span, Worthiness: s.Worthiness, Worthy: s.Worthiness >= min}
	}
	return out
}

// jsonSentence is a sentence as extract --sentences prints it.
type jsonSentence struct {
	Text       string   `json:"text"`
	Span       [2]int   `json:"span"`
	Worthiness float64  `json:"worthiness"`
	Claims     []string `json:"claims"`
}

// writeSentences writes one JSON object a line for each sentence.
func writeSentences(w io.Writer, ss []extract.Sentence) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, s := range ss {
		js := jsonSentence{Text: s.Text, Span: [2]int{s.Span.Start, s.Span.End}, Worthiness: s.Worthiness, Claims: s.Claims}
		if js.Claims == nil {
			js.Claims = []string{}
		}
		if err := enc.Encode(js); err != nil {
			return fmt.Errorf("encoding sentences: %w", err)
		}
	}
	return nil
}
