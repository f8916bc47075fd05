package factcheck

import (
	"context"
	"fmt"
	"regexp"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// A Check is one consistency check over a claim set, a value like
// go/analysis's Analyzer:
//
//	var Check = &factcheck.Check{
//		Name: "certainty-conflict",
//		Doc:  "flags a subject and property asserted in one place and called unknown in another",
//		Run:  run,
//	}
//
// A Check is not modified once a [Checker] holds it, and is safe for
// concurrent use when its Run is.
type Check struct {
	// Name is lowercase words joined by hyphens; it is the check's stable
	// name in reports and in claim-set expectations.
	Name string
	// Doc is the check's documentation: its first line is a summary.
	Doc string
	// Run reports the check's findings through the pass. It returns an
	// error only when the check itself breaks; a suspect claim is a
	// Finding, not an error.
	Run func(*Pass) error
	// IgnoresVerdicts declares that Run does not read Pass.Verdicts,
	// which is then nil: a checker none of whose checks reads that map
	// does not build it (one entry a claim, the largest table of a check
	// of a million claims). [Pass.Verdict] gives the verdicts either way.
	IgnoresVerdicts bool
}

var checkName = regexp.MustCompile(`^[a-z][a-z0-9]*(-[a-z0-9]+)*$`)

// Validate reports whether the checks are well formed: each has a valid,
// unique name, a doc and a Run function.
func Validate(checks []*Check) error {
	seen := make(map[string]bool)
	for i, c := range checks {
		switch {
		case c == nil:
			return fmt.Errorf("factcheck: check %d is nil", i)
		case !checkName.MatchString(c.Name):
			return fmt.Errorf("factcheck: check %d: invalid name %q (want lowercase words joined by hyphens)", i, c.Name)
		case c.Doc == "":
			return fmt.Errorf("factcheck: check %q has no doc", c.Name)
		case c.Run == nil:
			return fmt.Errorf("factcheck: check %q has no Run function", c.Name)
		case seen[c.Name]:
			return fmt.Errorf("factcheck: duplicate check %q", c.Name)
		}
		seen[c.Name] = true
	}
	return nil
}

// A Pass is what a check's Run sees of one claim set: its inputs, and the
// functions to report through. A Pass is used by one goroutine.
type Pass struct {
	// Check is the check being run.
	Check *Check
	// Set is the claim set being checked, includes merged.
	Set *claims.Set
	// Store is the reference knowledge: the set's own plus any knowledge
	// base the checker was given.
	Store sources.Store
	// Published is the publication date that anchors the claims' times;
	// zero when not known.
	Published time.Time
	// Verdicts are the verdicts on the set's claims, by claim id; nil
	// when the check declares IgnoresVerdicts.
	Verdicts map[string]Verdict

	// Report records a finding. The pass fills in the check's name.
	Report func(Finding)

	// verdictOf finds a verdict by claim id; a Checker sets it.
	verdictOf func(id string) (Verdict, bool)
	// ctx is the context of the check; a Checker sets it.
	ctx context.Context
}

// Context returns the context the pass runs under: a check whose work
// grows with the set should return its error once it is done, looking
// every few hundred claims. A Pass made outside a [Checker] has
// [context.Background].
func (p *Pass) Context() context.Context {
	if p.ctx == nil {
		return context.Background()
	}
	return p.ctx
}

// Verdict returns the verdict on the claim with the given id, and false
// when the set has no such claim. Unlike Verdicts it works whether or not
// the check declares IgnoresVerdicts; a Pass made outside a [Checker]
// looks the id up in Verdicts.
func (p *Pass) Verdict(id string) (Verdict, bool) {
	if p.verdictOf != nil {
		return p.verdictOf(id)
	}
	v, ok := p.Verdicts[id]
	return v, ok
}

// Reportf records a finding of severity sev on the given claims, with a
// formatted message.
func (p *Pass) Reportf(sev Severity, claimIDs []string, format string, args ...any) {
	p.Report(Finding{Severity: sev, Claims: claimIDs, Message: fmt.Sprintf(format, args...)})
}
