package factcheck

import (
	"cmp"
	"context"
	"fmt"
	"slices"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// A Checker runs a validated list of checks, with the verdicts, over claim
// sets. A Checker is safe for concurrent use: one Checker may check many
// sets at once.
type Checker struct {
	checks []*Check
	cfg    config
}

// NewChecker returns a checker that runs the given checks. It reports an
// error when the checks are not well formed (see [Validate]).
func NewChecker(checks []*Check, opts ...Option) (*Checker, error) {
	if err := Validate(checks); err != nil {
		return nil, err
	}
	return &Checker{checks: slices.Clone(checks), cfg: newConfig(opts)}, nil
}

// Checks returns the checker's checks.
func (c *Checker) Checks() []*Check { return slices.Clone(c.checks) }

// Check rates every claim of set against the reference knowledge (the set's
// own and the checker's stores) and runs the checks over it. The set is not
// modified. Check returns an error only when a check breaks or ctx is done.
func (c *Checker) Check(ctx context.Context, set *claims.Set) (*Report, error) {
	store := sources.Store(sources.NewMemStore(set))
	if len(c.cfg.stores) > 0 {
		store = sources.Multi(append([]sources.Store{store}, c.cfg.stores...)...)
	}
	published := set.Document.Published
	if published.IsZero() {
		published = c.cfg.published
	}
	cfg := c.cfg
	cfg.published = published

	r := &Report{File: set.File, Document: set.Document, Claims: set.Claims, Set: set}
	if len(set.Claims) > 0 {
		r.Verdicts = make([]Verdict, 0, len(set.Claims))
	}
	verdicts := make(map[string]Verdict, len(set.Claims))
	for i := range set.Claims {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		v := verify(set.Claims[i], store, cfg)
		r.Verdicts = append(r.Verdicts, v)
		verdicts[set.Claims[i].ID] = v
	}
	for _, chk := range c.checks {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pass := &Pass{Check: chk, Set: set, Store: store, Published: published, Verdicts: verdicts}
		pass.Report = func(f Finding) {
			f.Check = chk.Name
			if f.Severity == SeverityUnknown {
				f.Severity = Warning
			}
			r.Findings = append(r.Findings, f)
		}
		if err := runCheck(chk, pass); err != nil {
			return nil, err
		}
	}
	sortFindings(r.Findings, set.Claims)
	return r, nil
}

// runCheck runs one check, turning a panic into an error that names it.
func runCheck(chk *Check, pass *Pass) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("factcheck: check %q panicked: %v", chk.Name, p)
		}
	}()
	if err := chk.Run(pass); err != nil {
		return fmt.Errorf("factcheck: check %q: %w", chk.Name, err)
	}
	return nil
}

// sortFindings orders findings by the position of their first claim in the
// set, then by check name and message, so reports are deterministic. Each
// finding's first position is computed once, and ties keep the order in
// which the findings were reported.
func sortFindings(fs []Finding, cls []claims.Claim) {
	if len(fs) < 2 {
		return
	}
	order := make(map[string]int, len(cls))
	for i := range cls {
		order[cls[i].ID] = i
	}
	first := make([]int, len(fs))
	perm := make([]int, len(fs))
	for k, f := range fs {
		m := len(cls)
		for _, id := range f.Claims {
			if i, ok := order[id]; ok {
				m = min(m, i)
			}
		}
		first[k], perm[k] = m, k
	}
	slices.SortFunc(perm, func(a, b int) int {
		return cmp.Or(cmp.Compare(first[a], first[b]), cmp.Compare(fs[a].Check, fs[b].Check),
			cmp.Compare(fs[a].Message, fs[b].Message), cmp.Compare(a, b))
	})
	sorted := make([]Finding, len(fs))
	for k, p := range perm {
		sorted[k] = fs[p]
	}
	copy(fs, sorted)
}
