package valueconflict

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/internal/compare"
)

// Check is the value-conflict check.
var Check = &factcheck.Check{
	Name: "value-conflict",
	Doc: `flags two claims that give incompatible values to one subject and property

Amounts conflict when their ranges cannot both hold, times when their
intervals cannot overlap, places and entities unless equal or one is part
of the other. Claims about different times (as_of) never conflict, nor do
two claims of one clause (the same span); negated and unknown claims are not
compared. Error for certain conflicts between
asserted figures or times by one speaker, warning otherwise, info when a
claim is hedged.`,
	Run:             run,
	IgnoresVerdicts: true,
}

func run(pass *factcheck.Pass) error {
	stated := func(c *claims.Claim) bool {
		return (c.Modality == claims.ModalityAsserted || c.Modality == claims.ModalityHedged) && !c.Value.IsZero()
	}
	for gi, g := range compare.GroupBy(pass.Set.Claims, stated) {
		if gi%256 == 0 {
			if err := pass.Context().Err(); err != nil {
				return err
			}
		}
		// Every pair of a group is compared, unless the group is so large
		// (a machine-made text, a pasted table) that pairs would cost more
		// than the checker as a whole: then each claim is compared with the
		// window claims that come after it, which keeps the work linear and
		// still finds figures that change from one mention to the next.
		window := len(g.Claims)
		if window > maxGroup {
			window = largeGroupWindow
		}
		for i, a := range g.Claims {
			for _, b := range g.Claims[i+1 : min(len(g.Claims), i+1+window)] {
				check(pass, g.Key, a.Claim, b.Claim)
			}
		}
	}
	return nil
}

// maxGroup is the largest group of claims about one subject and property
// whose every pair is compared; larger groups compare each claim with the
// largeGroupWindow claims after it.
const (
	maxGroup         = 256
	largeGroupWindow = 32
)

// check reports a and b, in document order, when their values conflict.
func check(pass *factcheck.Pass, k compare.Key, a, b *claims.Claim) {
	if a.Span == b.Span && a.Span.End > 0 {
		// one clause does not contradict itself: two figures of one
		// clause are about two things ("rose to $1.2bn from $1.1bn")
		return
	}
	if !compare.SameTime(a, b, pass.Published) || compare.Relate(pass.Store, a.Value, b.Value) != compare.Conflict {
		return
	}
	if partOf(a, b) || partOf(b, a) {
		return
	}
	sev := severity(a, b)
	speakers := !compare.SameSpeaker(*a, *b)
	msg := "give different values for"
	if sev == factcheck.Info {
		msg = "give different values, one of them hedged, for"
	}
	pass.Reportf(sev, []string{a.ID, b.ID}, "%s (%s) and %s (%s) %s %s",
		compare.Quote(compare.ValueLabel(pass.Store, a.Value)), compare.Cite(*a, speakers),
		compare.Quote(compare.ValueLabel(pass.Store, b.Value)), compare.Cite(*b, speakers),
		msg, compare.Topic(pass.Store, k))
}

// severity grades a conflict between a and b.
func severity(a, b *claims.Claim) factcheck.Severity {
	switch {
	case a.Modality == claims.ModalityHedged || b.Modality == claims.ModalityHedged:
		return factcheck.Info
	case compare.Exact(a.Value) && compare.Exact(b.Value) && compare.SameSpeaker(*a, *b):
		return factcheck.Error
	}
	return factcheck.Warning
}

// partOf reports whether b's clause names a's figure as a whole it takes
// part of: "Of the £35bn he has earmarked, £12bn will be used …", "£4m
// of the £10m budget".
func partOf(a, b *claims.Claim) bool {
	w := strings.TrimSpace(a.Value.Text)
	if w == "" || b.Span == a.Span && a.Span.End > 0 {
		return false
	}
	t := strings.ToLower(b.Text)
	w = strings.ToLower(w)
	for _, lead := range []string{"of the ", "of its ", "of their ", "out of ", "of a total of "} {
		if strings.Contains(t, lead+w) {
			return true
		}
	}
	return false
}
