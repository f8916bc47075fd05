package factchecktest

import (
	"fmt"
	"slices"
	"strings"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks"
)

// key identifies a finding for matching: its check and its sorted, unique
// claim ids.
type key struct {
	check  string
	claims string
}

func keyOf(check string, ids []string) key {
	s := slices.Clone(ids)
	slices.Sort(s)
	return key{check, strings.Join(slices.Compact(s), " ")}
}

// compareFindings fails t for every expected finding of a check that ran
// but was not reported, and every reported finding that was not expected.
// An expected severity must match; an expectation without one matches any.
// Findings below min are neither compared nor reported as unexpected.
func compareFindings(t tb, set *claims.Set, r *factcheck.Report, exp claims.Expect, ran []*factcheck.Check, min factcheck.Severity) {
	t.Helper()
	running := make(map[string]bool, len(ran))
	for _, c := range ran {
		running[c.Name] = true
	}

	var wants []claims.ExpectedFinding
	for _, e := range exp.Findings {
		if !running[e.Check] {
			if _, ok := checks.Lookup(e.Check); !ok {
				t.Errorf("%s: expected finding of unknown check %q (checks run: %s)", where(set, e.Pos), e.Check, names(ran))
			}
			continue
		}
		if e.Severity != "" {
			if _, err := factcheck.ParseSeverity(e.Severity); err != nil {
				t.Errorf("%s: %v", where(set, e.Pos), err)
				continue
			}
		}
		for _, id := range e.Claims {
			if _, ok := set.Claim(id); !ok {
				t.Errorf("%s: expected %s finding names %q, which is not a claim of the set", where(set, e.Pos), e.Check, id)
			}
		}
		wants = append(wants, e)
	}
	// The more specific expectations (a severity, then more quotes) come
	// first, so that when two could take the same finding the specific one
	// has it.
	slices.SortStableFunc(wants, func(a, b claims.ExpectedFinding) int {
		if c := boolCmp(a.Severity == "", b.Severity == ""); c != 0 {
			return c
		}
		return len(b.Quotes) - len(a.Quotes)
	})

	var got []factcheck.Finding
	for _, f := range r.Findings {
		if f.Severity >= min {
			got = append(got, f)
		}
	}
	owner := assign(set, wants, got)
	used := make([]bool, len(got))
	matched := make([]bool, len(wants))
	for i, w := range owner {
		if w >= 0 {
			used[i], matched[w] = true, true
		}
	}
	// wantLines and gotLines make the (-want +got) summary: a matched
	// finding is written as its expectation, so that only mismatches show.
	var wantLines, gotLines []string
	failed := false
	for w, e := range wants {
		wantLines = append(wantLines, line(e))
		if matched[w] {
			gotLines = append(gotLines, line(e))
		}
	}
	for w, e := range wants {
		if !matched[w] {
			failed = true
			t.Errorf("%s: missing finding: %s", where(set, e.Pos), expectation(e)+near(got, used, e))
		}
	}
	for i, f := range got {
		if !used[i] && running[f.Check] {
			failed = true
			gotLines = append(gotLines, fmt.Sprintf("%s [%s] (%s): %s", f.Check, keyOf(f.Check, f.Claims).claims, f.Severity, f.Message))
			at := firstClaimPos(set, f)
			if !at.IsValid() {
				at = figurePos(set, f)
			}
			t.Errorf("%s: unexpected finding: %s", where(set, at), describe(f)+quoted(set, f))
		}
	}
	if failed {
		slices.Sort(wantLines)
		slices.Sort(gotLines)
		t.Errorf("%s: findings (-want +got):\n%s", where(set, claims.Pos{}), cmp.Diff(wantLines, gotLines))
	}
}

// matches reports whether the finding f meets the expectation e: the same
// check, the same severity when e gives one, the same claims (in any
// order) when e gives claims or no quotes, and every quote of e verbatim in
// f's message, in the text of one of its claims or over one of its spans.
func matches(set *claims.Set, e claims.ExpectedFinding, f factcheck.Finding) bool {
	if f.Check != e.Check || (e.Severity != "" && f.Severity.String() != e.Severity) {
		return false
	}
	if (len(e.Claims) > 0 || len(e.Quotes) == 0) && keyOf(f.Check, f.Claims) != keyOf(e.Check, e.Claims) {
		return false
	}
	for _, q := range e.Quotes {
		if !quotes(set, f, q) {
			return false
		}
	}
	return true
}

// quotes reports whether q appears verbatim in f's message or in the text
// of one of its claims, or is a passage of the document that overlaps one
// of the places f reads (its spans: "fell from 14,200 in 2023" quotes the
// figures an arithmetic finding is about; its claims' spans: "The hospice
// confirmed it would claim Gift Aid" quotes the clause "it would claim
// Gift Aid").
func quotes(set *claims.Set, f factcheck.Finding, q string) bool {
	if strings.Contains(f.Message, q) {
		return true
	}
	for _, id := range f.Claims {
		if c, ok := set.Claim(id); ok && strings.Contains(c.Text, q) {
			return true
		}
	}
	text := set.Document.Text
	spans := f.Spans
	for _, id := range f.Claims {
		if c, ok := set.Claim(id); ok && c.Span.End > c.Span.Start {
			spans = append(spans[:len(spans):len(spans)], c.Span)
		}
	}
	for off := 0; q != "" && len(spans) > 0; {
		i := strings.Index(text[off:], q)
		if i < 0 {
			break
		}
		start, end := off+i, off+i+len(q)
		for _, sp := range spans {
			if sp.Start < end && start < sp.End {
				return true
			}
		}
		off = start + 1
	}
	return false
}

// assign pairs expectations with findings, each at most once, matching as
// many expectations as can be (a bipartite matching by augmenting paths,
// the expectations tried in order). It returns, for each finding, the
// index of its expectation or -1.
func assign(set *claims.Set, wants []claims.ExpectedFinding, got []factcheck.Finding) []int {
	owner := make([]int, len(got))
	for i := range owner {
		owner[i] = -1
	}
	ok := make([][]bool, len(wants))
	for w, e := range wants {
		ok[w] = make([]bool, len(got))
		for i, f := range got {
			ok[w][i] = matches(set, e, f)
		}
	}
	var seen []bool
	var try func(w int) bool
	try = func(w int) bool {
		for i := range got {
			if !ok[w][i] || seen[i] {
				continue
			}
			seen[i] = true
			if owner[i] < 0 || try(owner[i]) {
				owner[i] = w
				return true
			}
		}
		return false
	}
	for w := range wants {
		seen = make([]bool, len(got))
		try(w)
	}
	return owner
}

// quoted lists the texts of f's claims, to help write a quote expectation.
func quoted(set *claims.Set, f factcheck.Finding) string {
	var b strings.Builder
	for _, id := range f.Claims {
		if c, ok := set.Claim(id); ok && c.Text != "" {
			fmt.Fprintf(&b, "\n\t%s: %q", id, c.Text)
		}
	}
	return b.String()
}

// line writes an expectation for the (-want +got) summary.
func line(e claims.ExpectedFinding) string {
	s := fmt.Sprintf("%s [%s]", e.Check, keyOf(e.Check, e.Claims).claims)
	if len(e.Quotes) > 0 {
		s += fmt.Sprintf(" %q", e.Quotes)
	}
	if e.Severity != "" {
		s += " (" + e.Severity + ")"
	}
	return s
}

func boolCmp(a, b bool) int {
	switch {
	case a == b:
		return 0
	case !a:
		return -1
	}
	return 1
}

// expectation names an expected finding for a message.
func expectation(e claims.ExpectedFinding) string {
	s := fmt.Sprintf("%s on [%s]", e.Check, strings.Join(e.Claims, " "))
	if len(e.Claims) == 0 && len(e.Quotes) > 0 {
		s = e.Check
	}
	if len(e.Quotes) > 0 {
		s += fmt.Sprintf(" quoting %q", e.Quotes)
	}
	if e.Severity != "" {
		s = e.Severity + " " + s
	}
	return s
}

// near lists the unmatched findings of the expectation's check, to help
// tell a wrong severity or claim list from a silent check.
func near(got []factcheck.Finding, used []bool, e claims.ExpectedFinding) string {
	var b strings.Builder
	for i, f := range got {
		if !used[i] && f.Check == e.Check {
			b.WriteString("\n\tunmatched: " + describe(f))
		}
	}
	return b.String()
}

// firstClaimPos returns the position of the claim of f that comes first
// in the set, if it has one.
func firstClaimPos(set *claims.Set, f factcheck.Finding) claims.Pos {
	for _, c := range set.Claims {
		if slices.Contains(f.Claims, c.ID) {
			return c.Pos
		}
	}
	return claims.Pos{}
}

func names(cs []*factcheck.Check) string {
	var s []string
	for _, c := range cs {
		s = append(s, c.Name)
	}
	return strings.Join(s, ", ")
}
