package factcheck

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"github.com/veracity-go/veracity/claims"
)

// dateLayout is how the JSON report writes dates: ISO 8601, day precision.
const dateLayout = "2006-01-02"

// JSONValue is a [claims.Value] as the JSON report (version 1) writes it: an
// object whose fields are omitted when empty. Amount kinds (number, money,
// percent, quantity, duration, count) always carry "amount", even when it
// is zero; "cmp" is omitted for "="; times give "start" and "end"
// (exclusive) as YYYY-MM-DD dates. Other tools that print values, such as
// the CLI's list of mentions, use it so that values look the same
// everywhere.
//
// JSONValue is plain data, safe to copy and to share between goroutines.
type JSONValue struct {
	Kind   string   `json:"kind,omitempty"`
	Text   string   `json:"text,omitempty"`
	Amount *float64 `json:"amount,omitempty"`
	Unit   string   `json:"unit,omitempty"`
	Cmp    string   `json:"cmp,omitempty"`
	// Precision is the half-width of the range the figure as written
	// covers; an addition to the version 1 contract.
	Precision   float64 `json:"precision,omitempty"`
	Start       string  `json:"start,omitempty"`
	End         string  `json:"end,omitempty"`
	Granularity string  `json:"granularity,omitempty"`
	Entity      string  `json:"entity,omitempty"`
	// Bool is set for values of kind bool; an addition to the version 1
	// contract.
	Bool *bool `json:"bool,omitempty"`
}

// ValueJSON returns the JSON report's form of v.
func ValueJSON(v claims.Value) JSONValue {
	j := JSONValue{
		Kind:        v.Kind.String(),
		Text:        v.Text,
		Unit:        v.Unit,
		Precision:   v.Precision,
		Start:       formatDate(v.Start),
		End:         formatDate(v.End),
		Granularity: v.Granularity.String(),
		Entity:      v.Entity,
	}
	if v.Kind.IsAmount() || v.Amount != 0 {
		a := v.Amount
		j.Amount = &a
	}
	if v.Cmp != claims.CmpEqual {
		j.Cmp = v.Cmp.String()
	}
	if v.Kind == claims.KindBool {
		b := v.Bool
		j.Bool = &b
	}
	return j
}

// Value returns the [claims.Value] that j encodes. It reports an error
// when a kind, comparator, granularity or date is not one the report
// writes.
func (j JSONValue) Value() (claims.Value, error) {
	v, err := j.value()
	if err != nil {
		return claims.Value{}, fmt.Errorf("factcheck: %w", err)
	}
	return v, nil
}

// value is Value with errors that do not name the package.
func (j JSONValue) value() (claims.Value, error) {
	v := claims.Value{Text: j.Text, Unit: j.Unit, Precision: j.Precision, Entity: j.Entity}
	var err error
	if j.Kind != "" {
		if v.Kind, err = claims.ParseKind(j.Kind); err != nil {
			return claims.Value{}, fmt.Errorf("value: %w", err)
		}
	}
	if v.Cmp, err = claims.ParseComparator(j.Cmp); err != nil {
		return claims.Value{}, fmt.Errorf("value: %w", err)
	}
	if j.Granularity != "" {
		if v.Granularity, err = claims.ParseGranularity(j.Granularity); err != nil {
			return claims.Value{}, fmt.Errorf("value: %w", err)
		}
	}
	if v.Start, err = parseDate(j.Start); err != nil {
		return claims.Value{}, fmt.Errorf("value start: %w", err)
	}
	if v.End, err = parseDate(j.End); err != nil {
		return claims.Value{}, fmt.Errorf("value end: %w", err)
	}
	if j.Amount != nil {
		v.Amount = *j.Amount
	}
	if j.Bool != nil {
		v.Bool = *j.Bool
	}
	return v, nil
}

// formatDate writes t as YYYY-MM-DD, "" for the zero time.
func formatDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.Format(dateLayout)
}

// parseDate reads a YYYY-MM-DD date; "" is the zero time.
func parseDate(s string) (time.Time, error) {
	if s == "" {
		return time.Time{}, nil
	}
	t, err := time.Parse(dateLayout, s)
	if err != nil {
		return time.Time{}, fmt.Errorf("bad date %q (want YYYY-MM-DD)", s)
	}
	return t, nil
}

// The wire form of the report, version 1. Field names are the contract:
// they may be added to, never renamed.
type (
	jsonReport struct {
		Version  int           `json:"version"`
		File     string        `json:"file,omitempty"`
		Document jsonDocument  `json:"document"`
		Claims   []jsonClaim   `json:"claims"`
		Verdicts []jsonVerdict `json:"verdicts"`
		Findings []jsonFinding `json:"findings"`
		Summary  jsonSummary   `json:"summary"`
		// Truncated is an addition to the version 1 contract, present
		// when the report left findings or claims out past its caps.
		Truncated *jsonTruncated `json:"truncated,omitempty"`
	}
	jsonTruncated struct {
		Findings int `json:"findings,omitempty"`
		Claims   int `json:"claims,omitempty"`
	}
	jsonDocument struct {
		Title     string `json:"title,omitempty"`
		Published string `json:"published,omitempty"`
		URL       string `json:"url,omitempty"`
		Language  string `json:"language,omitempty"`
	}
	jsonClaim struct {
		ID          string     `json:"id"`
		Text        string     `json:"text"`
		Span        *[2]int    `json:"span,omitempty"`
		Subject     string     `json:"subject"`
		Property    string     `json:"property"`
		Value       *JSONValue `json:"value,omitempty"`
		Modality    string     `json:"modality"`
		Attribution string     `json:"attribution"`
		AsOf        *JSONValue `json:"as_of,omitempty"`
		Sources     []string   `json:"sources,omitempty"`
		Worthiness  float64    `json:"worthiness,omitempty"`
	}
	jsonVerdict struct {
		Claim       string         `json:"claim"`
		Rating      string         `json:"rating"`
		Confidence  float64        `json:"confidence"`
		Explanation string         `json:"explanation"`
		Evidence    []jsonEvidence `json:"evidence"`
		// Prior is an addition to the version 1 contract, present when
		// the verdict has prior checks.
		Prior []jsonPrior `json:"prior,omitempty"`
	}
	// jsonPrior is a prior check: an earlier fact-check of a claim that
	// reads like the verdict's. Rating is veracity's name for the
	// publisher's verdict, "unverified" when rated is false (the label is
	// not on veracity's scale); similarity is in (0, 1].
	jsonPrior struct {
		Publisher  string  `json:"publisher"`
		URL        string  `json:"url"`
		Rating     string  `json:"rating"`
		Rated      bool    `json:"rated"`
		Label      string  `json:"label"`
		Claim      string  `json:"claim"`
		Claimant   string  `json:"claimant,omitempty"`
		Similarity float64 `json:"similarity"`
		Date       string  `json:"date,omitempty"`
		SourceID   string  `json:"source_id,omitempty"`
		Note       string  `json:"note,omitempty"`
		Author     string  `json:"author,omitempty"`
	}
	jsonEvidence struct {
		Source      string `json:"source"`
		SourceID    string `json:"source_id,omitempty"`
		URL         string `json:"url,omitempty"`
		Reliability string `json:"reliability,omitempty"`
		Quote       string `json:"quote"`
		Stance      string `json:"stance"`
	}
	jsonFinding struct {
		Check    string   `json:"check"`
		Severity string   `json:"severity"`
		Claims   []string `json:"claims"`
		Message  string   `json:"message"`
		Spans    [][2]int `json:"spans,omitempty"` // [start, end) in the document's text
	}
	jsonSummary struct {
		Claims   int            `json:"claims"`
		Verdicts map[string]int `json:"verdicts"`
		Findings int            `json:"findings"`
	}
)

// MarshalJSON implements [json.Marshaler]: it encodes the report as the
// version 1 JSON report described in the package documentation of
// veracity's design. "file" is present only when r.File is set; arrays are
// never null.
func (r *Report) MarshalJSON() ([]byte, error) {
	b, err := json.Marshal(r.wire())
	return escapeBidiJSON(b), err
}

// WriteJSON writes the report to w as indented JSON (version 1), followed
// by a newline.
func (r *Report) WriteJSON(w io.Writer) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	if err := enc.Encode(r.wire()); err != nil {
		return fmt.Errorf("factcheck: %w", err)
	}
	_, err := w.Write(escapeBidiJSON(buf.Bytes()))
	return err
}

// WriteJSONLine writes the report to w as one line of compact JSON, for
// JSON Lines output of several reports.
func (r *Report) WriteJSONLine(w io.Writer) error {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	if err := enc.Encode(r.wire()); err != nil {
		return fmt.Errorf("factcheck: %w", err)
	}
	_, err := w.Write(escapeBidiJSON(buf.Bytes()))
	return err
}

// wire converts r to its JSON form.
func (r *Report) wire() jsonReport {
	out := jsonReport{
		Version: ReportVersion,
		File:    r.File,
		Document: jsonDocument{
			Title:     r.Document.Title,
			Published: formatDate(r.Document.Published),
			URL:       r.Document.URL,
			Language:  r.Document.Language,
		},
		Claims:   make([]jsonClaim, 0, len(r.Claims)),
		Verdicts: make([]jsonVerdict, 0, len(r.Verdicts)),
		Findings: make([]jsonFinding, 0, len(r.Findings)),
	}
	for _, c := range r.Claims {
		out.Claims = append(out.Claims, wireClaim(c))
	}
	for _, v := range r.Verdicts {
		jv := jsonVerdict{
			Claim:       v.Claim,
			Rating:      v.Rating.String(),
			Confidence:  v.Confidence,
			Explanation: v.Explanation,
			Evidence:    make([]jsonEvidence, 0, len(v.Evidence)),
		}
		for _, e := range v.Evidence {
			jv.Evidence = append(jv.Evidence, jsonEvidence{
				Source:      e.Source.Label(),
				SourceID:    e.Source.ID,
				URL:         e.Source.URL,
				Reliability: e.Source.Reliability.String(),
				Quote:       e.Quote,
				Stance:      e.Stance.String(),
			})
		}
		for _, p := range v.Prior {
			jv.Prior = append(jv.Prior, jsonPrior{
				Publisher:  p.Publisher,
				URL:        p.URL,
				Rating:     p.Rating.String(),
				Rated:      p.RatingOK,
				Label:      p.Label,
				Claim:      p.Claim,
				Claimant:   p.Claimant,
				Similarity: p.Similarity,
				Date:       formatDate(p.Date),
				SourceID:   p.SourceID,
				Note:       p.Note,
				Author:     p.Author,
			})
		}
		out.Verdicts = append(out.Verdicts, jv)
	}
	for _, f := range r.Findings {
		ids := f.Claims
		if ids == nil {
			ids = []string{}
		}
		jf := jsonFinding{
			Check:    f.Check,
			Severity: f.Severity.String(),
			Claims:   ids,
			Message:  f.Message,
		}
		for _, sp := range f.Spans {
			jf.Spans = append(jf.Spans, [2]int{sp.Start, sp.End})
		}
		out.Findings = append(out.Findings, jf)
	}
	s := r.Summary()
	out.Summary = jsonSummary{Claims: s.Claims, Findings: s.Findings, Verdicts: make(map[string]int, len(s.Verdicts))}
	for rating, n := range s.Verdicts {
		out.Summary.Verdicts[rating.String()] = n
	}
	if !r.Truncated.IsZero() {
		out.Truncated = &jsonTruncated{Findings: r.Truncated.Findings, Claims: r.Truncated.Claims}
	}
	return out
}

// wireClaim converts one claim to its JSON form.
func wireClaim(c claims.Claim) jsonClaim {
	jc := jsonClaim{
		ID:          c.ID,
		Text:        c.Text,
		Subject:     c.Subject,
		Property:    c.Property,
		Modality:    c.Modality.String(),
		Attribution: c.Attribution,
		Sources:     c.Sources,
		Worthiness:  c.Worthiness,
	}
	if !c.Span.IsZero() {
		jc.Span = &[2]int{c.Span.Start, c.Span.End}
	}
	if !c.Value.IsZero() {
		v := ValueJSON(c.Value)
		jc.Value = &v
	}
	if !c.AsOf.IsZero() {
		v := ValueJSON(c.AsOf)
		jc.AsOf = &v
	}
	return jc
}
