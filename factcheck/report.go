package factcheck

import "github.com/veracity-go/veracity/claims"

// ReportVersion is the version of the JSON report this package writes.
const ReportVersion = 1

// A Report is the outcome of checking one claim set: its claims, a verdict
// per claim, and the findings of the checks.
type Report struct {
	// File is the file the set was read from, if any.
	File     string
	Document claims.Document
	Claims   []claims.Claim
	// Verdicts holds one verdict per claim, in claim order.
	Verdicts []Verdict
	// Findings are sorted by the position of their first claim, then by
	// check name.
	Findings []Finding
	// Set is the checked set, includes merged, for renderers that name
	// entities and sources.
	Set *claims.Set
	// Truncated counts what the report left out past the checker's caps
	// ([MaxFindings], [MaxClaims]).
	Truncated Truncation
	// Sentences holds the check-worthiness of the document's sentences,
	// in text order, when the extractor scored them (veracity check does
	// for an article it renders as HTML); the HTML page shades the
	// article's sentences by it. Renderers other than HTML ignore it.
	Sentences []SentenceScore
}

// A SentenceScore is one sentence of a report's document with its
// check-worthiness: the probability, from 0 to 1, that a fact-checker
// would find it worth checking, and whether it reaches the threshold the
// claims were extracted with.
type SentenceScore struct {
	Span       claims.Span
	Worthiness float64
	Worthy     bool
}

// A Truncation counts what a report left out past its caps: findings
// beyond the cap of their check, claims beyond the cap of a document.
// It is plain data, safe to copy and share.
type Truncation struct {
	Findings int
	Claims   int
}

// IsZero reports whether nothing was left out.
func (t Truncation) IsZero() bool { return t.Findings == 0 && t.Claims == 0 }

// Summary counts a report's claims, verdicts by rating and findings.
type Summary struct {
	Claims   int
	Verdicts map[Rating]int
	Findings int
	// BySeverity counts findings by severity.
	BySeverity map[Severity]int
}

// Summary returns the report's counts.
func (r *Report) Summary() Summary {
	s := Summary{
		Claims:     len(r.Claims),
		Verdicts:   make(map[Rating]int),
		Findings:   len(r.Findings),
		BySeverity: make(map[Severity]int),
	}
	for _, v := range r.Verdicts {
		s.Verdicts[v.Rating]++
	}
	for _, f := range r.Findings {
		s.BySeverity[f.Severity]++
	}
	return s
}

// Verdict returns the verdict on the claim with the given id.
func (r *Report) Verdict(claimID string) (Verdict, bool) {
	for _, v := range r.Verdicts {
		if v.Claim == claimID {
			return v, true
		}
	}
	return Verdict{}, false
}

// Claim returns the claim with the given id.
func (r *Report) Claim(id string) (claims.Claim, bool) {
	for _, c := range r.Claims {
		if c.ID == id {
			return c, true
		}
	}
	return claims.Claim{}, false
}

// Worst returns the highest severity among the findings, SeverityUnknown
// when there are none.
func (r *Report) Worst() Severity {
	var w Severity
	for _, f := range r.Findings {
		w = max(w, f.Severity)
	}
	return w
}
