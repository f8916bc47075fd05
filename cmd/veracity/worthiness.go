package main

import (
	"encoding/json"
	"fmt"
	"io"
	"math"
	"strconv"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
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
