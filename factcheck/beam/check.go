package beam

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
	"github.com/veracity-go/veracity/sources"
)

// A Worker checks articles one at a time as `veracity check` checks a
// file: it extracts the claims (against the knowledge base, if any), runs
// the default checks and writes the JSON report. A pipeline worker makes
// one and reuses it for every article it is given.
//
// A Worker is safe for concurrent use: its Extractor and Checker are.
type Worker struct {
	kb        *claims.Set
	extractor *extract.Extractor
	checker   *factcheck.Checker
	published time.Time
}

// NewWorker returns a Worker. kb is the knowledge base (nil for none);
// published is the publication date of an article that gives none (zero
// for none), as `veracity check --kb --published` take them.
func NewWorker(kb *claims.Set, published time.Time) (*Worker, error) {
	opts := factcheck.Options{factcheck.Tolerance(factcheck.DefaultTolerance)}
	if kb != nil {
		opts = append(opts, factcheck.WithStore(sources.NewMemStore(kb)))
	}
	if !published.IsZero() {
		opts = append(opts, factcheck.Published(published))
	}
	checker, err := factcheck.NewChecker(checks.Default, opts)
	if err != nil {
		return nil, fmt.Errorf("beam: %w", err)
	}
	ex := extract.New()
	if kb != nil {
		ex = extract.New(extract.KnowledgeBase(kb))
	}
	return &Worker{kb: kb, extractor: ex, checker: checker, published: published}, nil
}

// A Checked article is a Worker's result: the report, as one line of
// JSON Lines, and the claims that can be compared across articles, by key.
type Checked struct {
	Report *factcheck.Report
	// Line is the report as `veracity check --format json` writes it for
	// one of several files, with an "id" field first for an article that
	// has an id and no file.
	Line  []byte
	Keys  []Key
	Keyed []KeyedClaim
}

// Check checks one article.
func (w *Worker) Check(ctx context.Context, a Article) (*Checked, error) {
	doc, err := a.Document()
	if err != nil {
		return nil, err
	}
	if doc.Published.IsZero() {
		doc.Published = w.published
	}
	set, err := w.extractor.Extract(doc, w.kb)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Name(), err)
	}
	if set.Document.Published.IsZero() {
		set.Document.Published = w.published
	}
	if set.Document.Title == "" {
		set.Document.Title = doc.Title
	}
	set.File = a.File
	r, err := w.checker.Check(ctx, set)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", a.Name(), err)
	}
	r.File = a.File
	var buf bytes.Buffer
	if err := r.WriteJSONLine(&buf); err != nil {
		return nil, fmt.Errorf("%s: %w", a.Name(), err)
	}
	line := buf.Bytes()
	if a.File == "" && a.ID != "" {
		line = withID(line, a.ID)
	}
	out := &Checked{Report: r, Line: line}
	published := ""
	if p := set.Document.Published; !p.IsZero() {
		published = p.Format(dateLayout)
	}
	for i := range set.Claims {
		c := &set.Claims[i]
		k, ok := KeyOf(c, set, w.kb)
		if !ok {
			continue
		}
		kc := KeyedClaim{File: a.File, ID: a.ID, Published: published, Index: i, Claim: *c}
		kc.Claim.Pos = claims.Pos{}
		if e, ok := w.entity(set, c.Subject); ok {
			kc.Subject = e
		} else {
			kc.Subject = claims.Entity{ID: c.Subject}
		}
		if c.Value.Entity != "" {
			if e, ok := w.entity(set, c.Value.Entity); ok {
				kc.Entities = append(kc.Entities, e)
			}
		}
		out.Keys = append(out.Keys, k)
		out.Keyed = append(out.Keyed, kc)
	}
	return out, nil
}

// entity returns the entity id as the article's set or the knowledge base
// defines it.
func (w *Worker) entity(set *claims.Set, id string) (claims.Entity, bool) {
	if e, ok := entity(set, id); ok {
		e.Pos = claims.Pos{}
		return e, true
	}
	if w.kb != nil {
		if e, ok := entity(w.kb, id); ok {
			e.Pos = claims.Pos{}
			return e, true
		}
	}
	return claims.Entity{}, false
}

// withID returns the JSON object line with an "id" field put first.
func withID(line []byte, id string) []byte {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(id) // a string always encodes
	q := bytes.TrimSuffix(b.Bytes(), []byte("\n"))
	out := make([]byte, 0, len(line)+len(q)+8)
	out = append(out, `{"id":`...)
	out = append(out, q...)
	if len(line) > 2 && line[1] != '}' {
		out = append(out, ',')
	}
	return append(out, line[1:]...)
}
