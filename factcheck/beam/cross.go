package beam

import (
	"cmp"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/polarityconflict"
	"github.com/veracity-go/veracity/factcheck/checks/valueconflict"
)

// A KeyedClaim is one claim of one article, as it travels to the other
// claims of its key: the claim, the article that makes it and the
// entities it names, so that the comparison reads them as the article's
// own check did.
//
// A KeyedClaim is plain data, safe to copy and to share between
// goroutines.
type KeyedClaim struct {
	// File or ID names the article, as its report does.
	File      string `json:"file,omitempty"`
	ID        string `json:"id,omitempty"`
	Published string `json:"published,omitempty"`
	// Index is the claim's position in its article, for a stable order.
	Index int          `json:"index"`
	Claim claims.Claim `json:"claim"`
	// Subject is the claim's subject entity, as the article defines it.
	Subject claims.Entity `json:"subject"`
	// Entities are the entities the claim's value names, as the article
	// (or the knowledge base) defines them.
	Entities []claims.Entity `json:"entities,omitempty"`
}

// article returns how findings name the claim's article.
func (k *KeyedClaim) article() string {
	if k.File != "" {
		return k.File
	}
	return k.ID
}

// CrossChecks are the checks run over the claims of one key across
// articles: the library's value-conflict and polarity-conflict.
var CrossChecks = []*factcheck.Check{valueconflict.Check, polarityconflict.Check}

// A CrossFinding is a finding of a cross check whose claims come from two
// or more articles.
//
// A CrossFinding is plain data, safe to copy and to share between
// goroutines.
type CrossFinding struct {
	Check    string `json:"check"`
	Severity string `json:"severity"`
	Key      Key    `json:"key"`
	// Claims are the claims involved, each with its article.
	Claims  []CrossClaim `json:"claims"`
	Message string       `json:"message"`
}

// A CrossClaim is one claim of a cross-article finding: the article (its
// file or id, and date), the claim's id in that article's report, its
// quote and value.
type CrossClaim struct {
	File        string              `json:"file,omitempty"`
	ID          string              `json:"id,omitempty"`
	Published   string              `json:"published,omitempty"`
	Claim       string              `json:"claim"`
	Quote       string              `json:"quote"`
	Value       factcheck.JSONValue `json:"value,omitzero"`
	Modality    string              `json:"modality"`
	Attribution string              `json:"attribution,omitempty"`
}

// A Comparer runs the cross checks over the claims of one key. It is safe
// for concurrent use.
type Comparer struct {
	checker *factcheck.Checker
}

// NewComparer returns a Comparer that runs checks (CrossChecks when nil).
func NewComparer(checks []*factcheck.Check) (*Comparer, error) {
	if checks == nil {
		checks = CrossChecks
	}
	c, err := factcheck.NewChecker(checks)
	if err != nil {
		return nil, fmt.Errorf("beam: %w", err)
	}
	return &Comparer{checker: c}, nil
}

// Compare runs the cross checks over the claims of key k, from any number
// of articles, and returns the findings that involve two or more
// articles: a finding within one article is that article's report's
// business. The claims are compared as one claim set, ordered by
// publication date, article and position, in which each claim's id is
// ARTICLE#ID and its subject is the key's referent, so that the checks
// read them exactly as they read one article's claims.
func (c *Comparer) Compare(ctx context.Context, k Key, group []KeyedClaim) ([]CrossFinding, error) {
	if !severalArticles(group) {
		return nil, nil
	}
	group = slices.Clone(group)
	slices.SortFunc(group, func(a, b KeyedClaim) int {
		return cmp.Or(cmp.Compare(a.Published, b.Published), cmp.Compare(a.article(), b.article()), cmp.Compare(a.Index, b.Index))
	})
	set := &claims.Set{Version: claims.Version}
	subject := group[0].Subject
	subject.ID = k.Referent
	subject.Aliases, subject.PartOf = nil, nil
	set.Entities = append(set.Entities, subject)
	seen := map[string]bool{k.Referent: true}
	byID := make(map[string]*KeyedClaim, len(group))
	spans := map[string]claims.Span{}
	for i := range group {
		kc := &group[i]
		cl := kc.Claim
		cl.ID = kc.article() + "#" + kc.Claim.ID
		cl.Subject = k.Referent
		// Spans of different articles are unrelated; value-conflict
		// passes over two claims of one span (two figures of one clause
		// are about two things). Across articles, one clause is one text:
		// a story run twice, whose figures the extractor may have keyed
		// differently. So claims of one text share a span, others not.
		if _, ok := spans[cl.Text]; !ok && cl.Text != "" {
			spans[cl.Text] = claims.Span{Start: len(spans), End: len(spans) + 1}
		}
		cl.Span = spans[cl.Text]
		set.Claims = append(set.Claims, cl)
		byID[cl.ID] = kc
		for _, e := range kc.Entities {
			if !seen[e.ID] {
				seen[e.ID] = true
				set.Entities = append(set.Entities, e)
			}
		}
	}
	r, err := c.checker.Check(ctx, set)
	if err != nil {
		return nil, fmt.Errorf("beam: comparing %s: %w", k, err)
	}
	var out []CrossFinding
	for _, f := range r.Findings {
		arts := map[string]bool{}
		var cs []CrossClaim
		for _, id := range f.Claims {
			kc, ok := byID[id]
			if !ok {
				continue
			}
			arts[kc.article()] = true
			cs = append(cs, CrossClaim{
				File: kc.File, ID: kc.ID, Published: kc.Published,
				Claim: kc.Claim.ID, Quote: kc.Claim.Text, Value: valueJSON(kc.Claim.Value),
				Modality: kc.Claim.Modality.String(), Attribution: kc.Claim.Attribution,
			})
		}
		if len(arts) < 2 {
			continue
		}
		out = append(out, CrossFinding{Check: f.Check, Severity: f.Severity.String(), Key: k, Claims: cs, Message: f.Message})
	}
	return out, nil
}

// valueJSON is the report's form of v, or the zero JSONValue for none.
func valueJSON(v claims.Value) factcheck.JSONValue {
	if v.IsZero() {
		return factcheck.JSONValue{}
	}
	return factcheck.ValueJSON(v)
}

// severalArticles reports whether the claims come from two articles or
// more.
func severalArticles(group []KeyedClaim) bool {
	for i := 1; i < len(group); i++ {
		if group[i].article() != group[0].article() {
			return true
		}
	}
	return false
}

// Month returns the month (YYYY-MM) of a finding, for the summary: that of
// its latest article, when the contradiction arose; "undated" when no
// article is dated.
func (f *CrossFinding) Month() string {
	latest := ""
	for _, c := range f.Claims {
		latest = max(latest, c.Published)
	}
	return month(latest)
}

// month returns the YYYY-MM of a YYYY-MM-DD date, or "undated".
func month(date string) string {
	if len(date) < 7 || !strings.Contains(date, "-") {
		return "undated"
	}
	return date[:7]
}
