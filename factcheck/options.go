package factcheck

import (
	"time"

	"github.com/veracity-go/veracity/sources"
)

// An Option configures a [Checker] or [Verify]. Options compose: an
// [Options] value is itself an Option.
type Option interface {
	apply(*config)
}

// Options is a list of options applied in order; it is itself an Option.
type Options []Option

func (o Options) apply(c *config) {
	for _, opt := range o {
		if opt != nil {
			opt.apply(c)
		}
	}
}

type optionFunc func(*config)

func (f optionFunc) apply(c *config) { f(c) }

// DefaultTolerance is the relative tolerance within which a figure that
// misses its own precision is still mostly-true.
const DefaultTolerance = 0.05

type config struct {
	tolerance   float64
	stores      []sources.Store
	published   time.Time
	maxFindings int // per check; 0 for no cap
	maxClaims   int // per set; 0 for no cap
}

// DefaultMaxFindings is how many findings of one check a report holds by
// default; the rest are counted in [Report.Truncated].
const DefaultMaxFindings = 1000

// DefaultMaxClaims is how many claims of one set a [Checker] rates and
// checks by default; the rest are counted in [Report.Truncated]. News
// articles make tens of claims; the cap bounds the work and the report of
// a hostile or runaway document.
const DefaultMaxClaims = 10_000

// MaxFindings sets how many findings of one check a report holds (default
// [DefaultMaxFindings]); 0 or less keeps them all. Findings past the cap
// are those reported last; they are counted in [Report.Truncated].
func MaxFindings(n int) Option {
	return optionFunc(func(c *config) { c.maxFindings = max(n, 0) })
}

// MaxClaims sets how many claims of a set, the first in document order, a
// [Checker] rates and checks (default [DefaultMaxClaims]); 0 or less
// takes them all. The rest are left out of the report and counted in
// [Report.Truncated].
func MaxClaims(n int) Option {
	return optionFunc(func(c *config) { c.maxClaims = max(n, 0) })
}

func newConfig(opts []Option) config {
	c := config{tolerance: DefaultTolerance, maxFindings: DefaultMaxFindings, maxClaims: DefaultMaxClaims}
	Options(opts).apply(&c)
	return c
}

// Tolerance sets the relative tolerance (default 5%) within which a wrong
// figure is rated mostly-true rather than false. Negative values count as
// zero.
func Tolerance(f float64) Option {
	return optionFunc(func(c *config) { c.tolerance = max(f, 0) })
}

// WithStore adds reference knowledge to consult besides the set's own
// facts. Several stores are consulted together.
func WithStore(s sources.Store) Option {
	return optionFunc(func(c *config) {
		if s != nil {
			c.stores = append(c.stores, s)
		}
	})
}

// Published sets the publication date used when a document does not give
// one.
func Published(t time.Time) Option {
	return optionFunc(func(c *config) { c.published = t })
}
