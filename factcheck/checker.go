package factcheck

import (
	"cmp"
	"context"
	"fmt"
	"hash/maphash"
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

	var truncated Truncation
	if n := c.cfg.maxClaims; n > 0 && len(set.Claims) > n {
		// past the cap, the claims are neither rated nor checked
		cp := *set
		cp.Claims = set.Claims[:n:n]
		truncated.Claims = len(set.Claims) - n
		set = &cp
	}
	r := &Report{File: set.File, Document: set.Document, Claims: locateClaims(set.Document.Text, set.Claims), Set: set}
	if len(set.Claims) > 0 {
		r.Verdicts = make([]Verdict, len(set.Claims))
	}
	for i := range set.Claims {
		if i%256 == 0 {
			if err := ctx.Err(); err != nil {
				return nil, err
			}
		}
		r.Verdicts[i] = verify(set.Claims[i], store, cfg)
	}
	// The map of verdicts by claim id, one entry a claim, is built only
	// when a check may read it: at a million claims it costs more than
	// any check. Pass.Verdict and the findings' order use an index of
	// claim positions instead, built when first needed.
	var verdicts map[string]Verdict
	for _, chk := range c.checks {
		if !chk.IgnoresVerdicts {
			verdicts = make(map[string]Verdict, len(set.Claims))
			for i := range set.Claims {
				verdicts[set.Claims[i].ID] = r.Verdicts[i]
			}
			break
		}
	}
	var index *claimIndex
	indexed := func() *claimIndex {
		if index == nil {
			index = newClaimIndex(set.Claims)
		}
		return index
	}
	verdictOf := func(id string) (Verdict, bool) {
		if i, ok := indexed().lookup(id); ok {
			return r.Verdicts[i], true
		}
		return Verdict{}, false
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
		kept := 0
		pass := &Pass{Check: chk, Set: located, Store: store, Published: published, verdictOf: verdictOf, ctx: ctx}
		if !chk.IgnoresVerdicts {
			pass.Verdicts = verdicts
		}
		pass.Report = func(f Finding) {
			f.Check = chk.Name
			if f.Severity == SeverityUnknown {
				f.Severity = Warning
			}
			if c.cfg.maxFindings > 0 && kept >= c.cfg.maxFindings {
				truncated.Findings++
				return
			}
			kept++
			found.add(f)
		}
		if err := runCheck(chk, pass); err != nil {
			return nil, err
		}
		if err := ctx.Err(); err != nil {
			return nil, err // a check that gave up early left findings out
		}
	}
	if found.n > 1 {
		r.Findings = found.sorted(len(set.Claims), indexed().lookup)
	} else {
		r.Findings = found.sorted(len(set.Claims), nil)
	}
	r.Truncated = truncated
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
// position of their first claim among the n claims of the set (position
// finds it by id), then by check name and message, so reports are
// deterministic; ties keep the order in which the findings were reported.
//
// The order by position is a counting sort, linear in the findings and
// claims, and only findings that share a first claim are compared.
func (l *findingList) sorted(n int, position func(id string) (int, bool)) []Finding {
	if l.n == 0 {
		return nil
	}
	// first[k] is the position of the first claim of the kth finding
	// reported, n when it names none of the set.
	first := make([]int32, 0, l.n)
	for _, b := range l.blocks {
		for k := range b {
			m := n
			if position != nil {
				for _, id := range b[k].Claims {
					if i, ok := position(id); ok {
						m = min(m, i)
					}
				}
			}
			first = append(first, int32(m))
		}
	}
	// start[p] is where the findings of first claim p begin in the
	// output; a stable counting sort keeps the reporting order among them.
	start := make([]int32, n+2)
	for _, m := range first {
		start[m+1]++
	}
	for p := 1; p < len(start); p++ {
		start[p] += start[p-1]
	}
	out := make([]Finding, l.n)
	k := 0
	for _, b := range l.blocks {
		for j := range b {
			m := first[k]
			out[start[m]] = b[j]
			start[m]++
			k++
		}
	}
	// start[p] is now the end of the findings of first claim p.
	from := int32(0)
	for p := range n + 1 {
		if end := start[p]; end-from > 1 {
			slices.SortStableFunc(out[from:end], func(a, b Finding) int {
				if c := cmp.Compare(a.Check, b.Check); c != 0 {
					return c
				}
				return cmp.Compare(a.Message, b.Message)
			})
		}
		from = start[p]
	}
	return out
}

// A claimIndex finds claims by id. When the ids are c1, c2… in order, as
// the extractor numbers claims (and as most sets have them), an id's
// position is its number less one, and the index is no table at all.
// Otherwise it is an open-addressing table of positions, each tagged with
// 32 bits of the id's hash: its slots take 8 bytes a claim or so, against
// some 30 for a map[string]int, and a lookup reads one slot and then the
// one claim it names, so that at a million claims the table stays in the
// cache where a map would not.
type claimIndex struct {
	cls      []claims.Claim
	numbered bool // the ids are c1…cN
	seed     maphash.Seed
	slots    []uint64 // hash tag<<32 | position+1; 0 when empty
	mask     uint64
}

func newClaimIndex(cls []claims.Claim) *claimIndex {
	x := &claimIndex{cls: cls, numbered: true}
	for i := range cls {
		if n, ok := claimNumber(cls[i].ID); !ok || n != i+1 {
			x.numbered = false
			break
		}
	}
	if x.numbered {
		return x
	}
	size := 8
	for size < len(cls)+len(cls)/2 { // at most two thirds full
		size *= 2
	}
	x.seed, x.slots, x.mask = maphash.MakeSeed(), make([]uint64, size), uint64(size-1)
	for i := range cls {
		id := cls[i].ID
		h := maphash.String(x.seed, id)
		tag := h &^ 0xffffffff
		for s := h & x.mask; ; s = (s + 1) & x.mask {
			e := x.slots[s]
			if e == 0 || (e&^0xffffffff == tag && cls[e&0xffffffff-1].ID == id) {
				// A later claim of the same id takes its place, as in
				// a map filled in order.
				x.slots[s] = tag | uint64(i+1)
				break
			}
		}
	}
	return x
}

// claimNumber returns n for an id "cn" written as the extractor writes
// it, n from 1 with no leading zero, and false for any other id.
func claimNumber(id string) (int, bool) {
	if len(id) < 2 || len(id) > 10 || id[0] != 'c' || id[1] == '0' {
		return 0, false
	}
	n := 0
	for _, b := range []byte(id[1:]) {
		if b < '0' || b > '9' {
			return 0, false
		}
		n = 10*n + int(b-'0')
	}
	return n, true
}

// lookup returns the position of the claim with the given id (the last
// one, should several share it).
func (x *claimIndex) lookup(id string) (int, bool) {
	if x.numbered {
		if n, ok := claimNumber(id); ok && n <= len(x.cls) {
			return n - 1, true
		}
		return 0, false
	}
	h := maphash.String(x.seed, id)
	tag := h &^ 0xffffffff
	for s := h & x.mask; ; s = (s + 1) & x.mask {
		e := x.slots[s]
		if e == 0 {
			return 0, false
		}
		if e&^0xffffffff == tag {
			if i := int(e&0xffffffff) - 1; x.cls[i].ID == id {
				return i, true
			}
		}
	}
}
