package claims

import "time"

// Version is the claim-set format version this package reads and writes.
const Version = 1

// A Set is the content of a claim-set file: a knowledge base (entities,
// properties, sources, facts), a document and its claims, and the expected
// outcome. Any section may be empty.
//
// A Set is plain data: safe for concurrent reads, not for concurrent
// writes.
type Set struct {
	Version  int      `json:"version"`
	Include  []string `json:"include,omitempty"`
	Document Document `json:"document,omitzero"`

	Entities   []Entity   `json:"entities,omitempty"`
	Properties []Property `json:"properties,omitempty"`
	Sources    []Source   `json:"sources,omitempty"`
	Facts      []Fact     `json:"facts,omitempty"`
	Claims     []Claim    `json:"claims,omitempty"`
	Expect     *Expect    `json:"expect,omitempty"`

	// File is the path the set was read from, "" when built in memory.
	File string `json:"-"`
}

// A Document describes the article that a set's claims come from.
type Document struct {
	Title     string    `json:"title,omitempty"`
	Published time.Time `json:"published,omitzero"`
	URL       string    `json:"url,omitempty"`
	Language  string    `json:"language,omitempty"`
	// Text is the article text, given inline or read from TextFile.
	Text string `json:"text,omitempty"`
	// TextFile is the article's file, relative to the claim-set file.
	TextFile string `json:"text_file,omitempty"`
}

// Expect is the outcome a claim set expects of a check: verdicts by claim
// id and the findings, each naming its check and claims.
type Expect struct {
	// Verdicts maps claim ids to rating names (true, mostly-true,
	// half-true, mostly-false, false, conflicting, unverified).
	Verdicts map[string]string `json:"verdicts,omitempty"`
	Findings []ExpectedFinding `json:"findings,omitempty"`
	// VerdictPos gives where each verdict expectation was written.
	VerdictPos map[string]Pos `json:"-"`
}

// An ExpectedFinding is one finding a set expects: the check that reports
// it, the claims it names (in any order) or quotes from it, and optionally
// its severity.
//
// Quotes suit sets whose claims are extracted, whose ids (c1, c2…) change
// as the extractor does: a finding matches when every quote appears
// verbatim in its message or in the text of one of its claims. An
// expectation gives claims, quotes or both; with both, both must match.
type ExpectedFinding struct {
	Check    string   `json:"check"`
	Claims   []string `json:"claims,omitempty"`
	Quotes   []string `json:"quotes,omitempty"`
	Severity string   `json:"severity,omitempty"`

	Pos Pos `json:"-"`
}

// RatingNames lists the verdict ratings a set may expect, as named in
// package factcheck.
var RatingNames = []string{"true", "mostly-true", "half-true", "mostly-false", "false", "conflicting", "unverified"}

// Entity returns the entity with the given id and whether there is one.
func (s *Set) Entity(id string) (Entity, bool) {
	for _, e := range s.Entities {
		if e.ID == id {
			return e, true
		}
	}
	return Entity{}, false
}

// Property returns the property with the given id, declared or built in,
// and whether there is one.
func (s *Set) Property(id string) (Property, bool) {
	for _, p := range s.Properties {
		if p.ID == id {
			return p, true
		}
	}
	for _, p := range BuiltinProperties() {
		if p.ID == id {
			return p, true
		}
	}
	return Property{}, false
}

// Claim returns the claim with the given id and whether there is one.
func (s *Set) Claim(id string) (Claim, bool) {
	for _, c := range s.Claims {
		if c.ID == id {
			return c, true
		}
	}
	return Claim{}, false
}
