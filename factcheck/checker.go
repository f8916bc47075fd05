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

	r := &Report{File: set.File, Document: set.Document, Claims: locateClaims(set.Document.Text, set.Claims), Set: set}
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
	// The checks see the claims as the report has them, placed in the
	// text; the caller's set is left as it was.
	located := set
	if len(r.Claims) > 0 && &r.Claims[0] != &set.Claims[0] {
		cp := *set
		cp.Claims = r.Claims
		located = &cp
	}
	var found findingList
	for _, chk := range c.checks {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		pass := &Pass{Check: chk, Set: located, Store: store, Published: published, Verdicts: verdicts}
		pass.Report = func(f Finding) {
			f.Check = chk.Name
			if f.Severity == SeverityUnknown {
				f.Severity = Warning
			}
			found.add(f)
		}
		if err := runCheck(chk, pass); err != nil {
			return nil, err
		}
	}
	r.Findings = found.sorted(set.Claims)
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

// A findingList collects findings in blocks, so that a set with many
// findings is not copied each time a slice of them would grow.
type findingList struct {
	blocks [][]Finding
	n      int
}

// maxFindingBlock is the size of the largest blocks; the first ones are
// smaller, for the usual few findings.
const maxFindingBlock = 4096

func (l *findingList) add(f Finding) {
	if k := len(l.blocks); k == 0 || len(l.blocks[k-1]) == cap(l.blocks[k-1]) {
		size := 8
		if k > 0 {
			size = min(2*cap(l.blocks[k-1]), maxFindingBlock)
		}
		l.blocks = append(l.blocks, make([]Finding, 0, size))
	}
	b := &l.blocks[len(l.blocks)-1]
	*b = append(*b, f)
	l.n++
}

// sorted returns the findings, nil when there are none, ordered by the
// position of their first claim in the set, then by check name and
// message, so reports are deterministic; ties keep the order in which the
// findings were reported. Each finding's first position is computed once.
func (l *findingList) sorted(cls []claims.Claim) []Finding {
	if l.n == 0 {
		return nil
	}
	order := make(map[string]int, len(cls))
	if l.n > 1 {
		for i := range cls {
			order[cls[i].ID] = i
		}
	}
	type item struct {
		f     *Finding
		first int
		index int
	}
	items := make([]item, 0, l.n)
	for _, b := range l.blocks {
		for k := range b {
			f := &b[k]
			m := len(cls)
			for _, id := range f.Claims {
				if i, ok := order[id]; ok {
					m = min(m, i)
				}
			}
			items = append(items, item{f, m, len(items)})
		}
	}
	slices.SortFunc(items, func(a, b item) int {
		return cmp.Or(cmp.Compare(a.first, b.first), cmp.Compare(a.f.Check, b.f.Check),
			cmp.Compare(a.f.Message, b.f.Message), cmp.Compare(a.index, b.index))
	})
	out := make([]Finding, len(items))
	for k, it := range items {
		out[k] = *it.f
	}
	return out
}
