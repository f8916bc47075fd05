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
func compareFindings(t tb, set *claims.Set, r *factcheck.Report, exp claims.Expect, ran []*factcheck.Check) {
	t.Helper()
	running := make(map[string]bool, len(ran))
	for _, c := range ran {
		running[c.Name] = true
	}

	// Expectations with a severity are matched first, so that one without
	// does not take the finding a more specific one needs.
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
	slices.SortStableFunc(wants, func(a, b claims.ExpectedFinding) int {
		return boolCmp(a.Severity == "", b.Severity == "")
	})

	got := r.Findings
	used := make([]bool, len(got))
	// wantLines and gotLines make the (-want +got) summary: a matched
	// finding is written as its expectation, so that only mismatches show.
	var wantLines, gotLines []string
	var missing []claims.ExpectedFinding
	failed := false
	for _, e := range wants {
		k := keyOf(e.Check, e.Claims)
		wantLines = append(wantLines, line(e))
		found := false
		for i, f := range got {
			if used[i] || keyOf(f.Check, f.Claims) != k || (e.Severity != "" && f.Severity.String() != e.Severity) {
				continue
			}
			used[i], found = true, true
			gotLines = append(gotLines, line(e))
			break
		}
		if !found {
			missing = append(missing, e)
		}
	}
	for _, e := range missing {
		failed = true
		t.Errorf("%s: missing finding: %s", where(set, e.Pos), expectation(e)+near(got, used, e))
	}
	for i, f := range got {
		if !used[i] && running[f.Check] {
			failed = true
			gotLines = append(gotLines, fmt.Sprintf("%s [%s] (%s): %s", f.Check, keyOf(f.Check, f.Claims).claims, f.Severity, f.Message))
			t.Errorf("%s: unexpected finding: %s", where(set, firstClaimPos(set, f)), describe(f))
		}
	}
	if failed {
		slices.Sort(wantLines)
		slices.Sort(gotLines)
		t.Errorf("%s: findings (-want +got):\n%s", where(set, claims.Pos{}), cmp.Diff(wantLines, gotLines))
	}
}

// line writes an expectation for the (-want +got) summary.
func line(e claims.ExpectedFinding) string {
	s := fmt.Sprintf("%s [%s]", e.Check, keyOf(e.Check, e.Claims).claims)
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
