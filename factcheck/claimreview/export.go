package claimreview

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
)

// FromReport returns one ClaimReview per verdict of r, in verdict order.
// The rating comes from factcheck's ClaimReview mapping
// ([factcheck.Rating.ClaimReview]): ratingValue 1 (false) to 5 (true) with
// bestRating 5 and worstRating 1, and the label as alternateName.
// Conflicting and unverified claims have no place on that scale: as the
// mapping says, their rating has no ratingValue (nor scale) and the
// alternateName alone ("Conflicting", "Unverified") carries it.
// r is not modified; a nil report gives no reviews.
func FromReport(r *factcheck.Report, opts ...Option) []ClaimReview {
	if r == nil {
		return nil
	}
	cfg := newConfig(opts)
	cfg.orgURL = cfg.webURL("organization url", cfg.orgURL)
	cfg.baseURL = cfg.webURL("review base url", cfg.baseURL)
	docURL := cfg.webURL("document url", r.Document.URL)
	org := Agent{Type: "Organization", Name: cfg.orgName, URL: cfg.orgURL}
	date := cfg.date
	if date.IsZero() {
		date = r.Document.Published
	}
	var appearance *CreativeWork
	if docURL != "" || r.Document.Title != "" {
		appearance = &CreativeWork{Type: "NewsArticle", URL: docURL, Headline: r.Document.Title}
	}
	out := make([]ClaimReview, 0, len(r.Verdicts))
	for _, v := range r.Verdicts {
		value, label := v.Rating.ClaimReview()
		rating := ReviewRating{Type: "Rating", AlternateName: label, RatingExplanation: v.Explanation}
		if value >= factcheck.ClaimReviewWorst && value <= factcheck.ClaimReviewBest {
			rating.RatingValue = value
			rating.BestRating = factcheck.ClaimReviewBest
			rating.WorstRating = factcheck.ClaimReviewWorst
		}
		cl, ok := r.Claim(v.Claim)
		if !ok {
			cl = claims.Claim{ID: v.Claim}
		}
		cr := ClaimReview{
			Context:       Context,
			Type:          "ClaimReview",
			URL:           reviewURL(cfg.baseURL, cl.ID),
			ClaimReviewed: claimText(cl, r.Set),
			ReviewRating:  rating,
			ItemReviewed: ReviewedClaim{
				Type:          "Claim",
				Author:        claimant(cl.Attribution, r.Set),
				DatePublished: formatDate(r.Document.Published),
				Appearance:    appearance,
			},
			Author:        org,
			DatePublished: formatDate(date),
		}
		out = append(out, cr)
	}
	return out
}

// Write writes the ClaimReviews of r ([FromReport]) to w as an indented
// JSON array of top-level JSON-LD nodes, followed by a newline; a report
// without verdicts gives "[]". The characters <, > and & are escaped
// (\u003c…), so the output may be pasted into a
// <script type="application/ld+json"> element as it is.
func Write(w io.Writer, r *factcheck.Report, opts ...Option) error {
	data, err := json.MarshalIndent(FromReport(r, opts...), "", "  ")
	if err != nil {
		return fmt.Errorf("claimreview: %w", err)
	}
	data = append(factcheck.EscapeBidiJSON(data), '\n')
	if _, err := w.Write(data); err != nil {
		return fmt.Errorf("claimreview: %w", err)
	}
	return nil
}

// webURL returns u when it is an absolute http or https URL, else "",
// saying so through the Warn option: the export carries only links a
// reader's browser may follow safely (issue 16).
func (c *config) webURL(what, u string) string {
	if u == "" {
		return ""
	}
	p, err := url.Parse(strings.TrimSpace(u))
	if err == nil && (p.Scheme == "http" || p.Scheme == "https") && p.Host != "" {
		return u
	}
	if c.warn != nil {
		scheme := "no scheme"
		if err == nil && p.Scheme != "" {
			scheme = "scheme " + strconv.Quote(p.Scheme)
		}
		c.warn(fmt.Sprintf("%s dropped: not an http(s) URL (%s)", what, scheme))
	}
	return ""
}

// reviewURL returns base with its fragment set to id, or "" without a
// base.
func reviewURL(base, id string) string {
	if base == "" {
		return ""
	}
	if i := strings.IndexByte(base, '#'); i >= 0 {
		base = base[:i]
	}
	if id == "" {
		return base
	}
	return base + "#" + url.PathEscape(id)
}

// claimText returns the claim as a reader would read it: its text, or,
// for a hand-written claim without text, its subject, property and value.
func claimText(c claims.Claim, set *claims.Set) string {
	if t := strings.Join(strings.Fields(c.Text), " "); t != "" {
		return t
	}
	subject := c.Subject
	if set != nil {
		if e, ok := set.Entity(c.Subject); ok {
			subject = e.Label()
		}
	}
	parts := make([]string, 0, 3)
	for _, p := range []string{subject, c.Property, c.Value.String()} {
		if p != "" {
			parts = append(parts, p)
		}
	}
	if len(parts) == 0 {
		return c.ID
	}
	return strings.Join(parts, " ")
}

// orgCues are words that make an attribution an organization rather than a
// person when the knowledge base does not say.
var orgCues = map[string]bool{
	"agency": true, "association": true, "bank": true, "board": true, "bureau": true,
	"commission": true, "committee": true, "company": true, "corp": true, "council": true,
	"department": true, "government": true, "inc": true, "institute": true, "kremlin": true,
	"ltd": true, "ministry": true, "news": true, "office": true, "party": true, "police": true,
	"press": true, "tass": true, "times": true, "union": true, "university": true,
	"white house": true, "reuters": true, "agence": true,
}

// claimant returns the person or organization a claim is attributed to,
// nil when it is not attributed. The type comes from the knowledge base
// when an entity is named so; otherwise an attribution with an
// organization cue ("ministry", "agency", "Tass"…) is an Organization and
// any other a Person.
func claimant(attribution string, set *claims.Set) *Agent {
	name := strings.Join(strings.Fields(attribution), " ")
	if name == "" {
		return nil
	}
	key := foldString(name)
	if set != nil {
		for _, e := range set.Entities {
			for _, n := range e.Names() {
				if foldString(n) != key {
					continue
				}
				switch e.Kind {
				case claims.EntityPerson:
					return &Agent{Type: "Person", Name: name}
				case claims.EntityOrganization:
					return &Agent{Type: "Organization", Name: name}
				}
			}
		}
	}
	words := strings.FieldsFunc(key, func(r rune) bool { return r == ' ' || r == ',' || r == '.' || r == '\'' })
	for i, w := range words {
		if orgCues[w] || (i+1 < len(words) && orgCues[w+" "+words[i+1]]) {
			return &Agent{Type: "Organization", Name: name}
		}
	}
	return &Agent{Type: "Person", Name: name}
}

// formatDate writes t as an ISO 8601 date, or as a date and time when it
// has a time of day; "" when t is zero.
func formatDate(t time.Time) string {
	switch {
	case t.IsZero():
		return ""
	case t.Hour() == 0 && t.Minute() == 0 && t.Second() == 0 && t.Nanosecond() == 0:
		return t.Format(time.DateOnly)
	}
	return t.Format(time.RFC3339)
}
