package factcheck

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// DecodeReport reads a JSON report (version 1) as written by
// [Report.WriteJSON] or [Report.MarshalJSON]. Fields it does not know are
// ignored, so reports from later versions of this package that only add
// fields still decode. The summary is not read: it follows from the rest.
// Report.Set is nil, and an evidence source carries only what the report
// gives of it (id, name, URL and reliability).
func DecodeReport(data []byte) (*Report, error) {
	var w jsonReport
	dec := json.NewDecoder(bytes.NewReader(data))
	if err := dec.Decode(&w); err != nil {
		return nil, fmt.Errorf("factcheck: decoding report: %w", err)
	}
	if w.Version != ReportVersion {
		return nil, fmt.Errorf("factcheck: report version %d, want %d", w.Version, ReportVersion)
	}
	r := &Report{File: w.File}
	var err error
	r.Document = claims.Document{Title: w.Document.Title, URL: w.Document.URL, Language: w.Document.Language}
	if r.Document.Published, err = parseDate(w.Document.Published); err != nil {
		return nil, fmt.Errorf("factcheck: document published: %w", err)
	}
	for _, jc := range w.Claims {
		c, err := unwireClaim(jc)
		if err != nil {
			return nil, err
		}
		r.Claims = append(r.Claims, c)
	}
	for _, jv := range w.Verdicts {
		v := Verdict{Claim: jv.Claim, Confidence: jv.Confidence, Explanation: jv.Explanation}
		if v.Rating, err = ParseRating(jv.Rating); err != nil {
			return nil, fmt.Errorf("factcheck: verdict on %q: %w", jv.Claim, err)
		}
		for _, je := range jv.Evidence {
			e := sources.Evidence{
				Source: sources.Source{ID: je.SourceID, Name: je.Source, URL: je.URL},
				Quote:  je.Quote,
			}
			if je.Reliability != "" {
				if e.Source.Reliability, err = claims.ParseReliability(je.Reliability); err != nil {
					return nil, fmt.Errorf("factcheck: verdict on %q: %w", jv.Claim, err)
				}
			}
			if e.Stance, err = sources.ParseStance(je.Stance); err != nil {
				return nil, fmt.Errorf("factcheck: verdict on %q: %w", jv.Claim, err)
			}
			v.Evidence = append(v.Evidence, e)
		}
		for _, jp := range jv.Prior {
			p := PriorCheck{Publisher: jp.Publisher, URL: jp.URL, RatingOK: jp.Rated, Label: jp.Label,
				Claim: jp.Claim, Claimant: jp.Claimant, Similarity: jp.Similarity, SourceID: jp.SourceID,
				Note: jp.Note, Author: jp.Author}
			if p.Rating, err = ParseRating(jp.Rating); err != nil {
				return nil, fmt.Errorf("factcheck: verdict on %q: prior check: %w", jv.Claim, err)
			}
			if p.Date, err = parseDate(jp.Date); err != nil {
				return nil, fmt.Errorf("factcheck: verdict on %q: prior check: %w", jv.Claim, err)
			}
			v.Prior = append(v.Prior, p)
		}
		r.Verdicts = append(r.Verdicts, v)
	}
	for _, jf := range w.Findings {
		f := Finding{Check: jf.Check, Claims: jf.Claims, Message: jf.Message}
		for _, sp := range jf.Spans {
			if sp[0] < 0 || sp[1] < sp[0] {
				return nil, fmt.Errorf("factcheck: finding of %q: bad span %v", jf.Check, sp)
			}
			f.Spans = append(f.Spans, claims.Span{Start: sp[0], End: sp[1]})
		}
		if f.Severity, err = ParseSeverity(jf.Severity); err != nil {
			return nil, fmt.Errorf("factcheck: finding of %q: %w", jf.Check, err)
		}
		r.Findings = append(r.Findings, f)
	}
	if t := w.Truncated; t != nil {
		if t.Findings < 0 || t.Claims < 0 {
			return nil, fmt.Errorf("factcheck: truncated: negative count")
		}
		r.Truncated = Truncation{Findings: t.Findings, Claims: t.Claims}
	}
	return r, nil
}

// unwireClaim converts a claim from its JSON form.
func unwireClaim(jc jsonClaim) (claims.Claim, error) {
	c := claims.Claim{
		ID:          jc.ID,
		Text:        jc.Text,
		Subject:     jc.Subject,
		Property:    jc.Property,
		Attribution: jc.Attribution,
		Sources:     jc.Sources,
		Worthiness:  jc.Worthiness,
	}
	var err error
	if c.Modality, err = claims.ParseModality(jc.Modality); err != nil {
		return claims.Claim{}, fmt.Errorf("factcheck: claim %q: %w", jc.ID, err)
	}
	if jc.Span != nil {
		c.Span = claims.Span{Start: jc.Span[0], End: jc.Span[1]}
	}
	if jc.Value != nil {
		if c.Value, err = jc.Value.value(); err != nil {
			return claims.Claim{}, fmt.Errorf("factcheck: claim %q: %w", jc.ID, err)
		}
	}
	if jc.AsOf != nil {
		if c.AsOf, err = jc.AsOf.value(); err != nil {
			return claims.Claim{}, fmt.Errorf("factcheck: claim %q: as_of %w", jc.ID, err)
		}
	}
	return c, nil
}
