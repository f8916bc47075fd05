package web

import (
	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/sources"
)

// DefaultMaxBodyBytes is the largest request body the API reads unless
// [MaxBodyBytes] says otherwise: 5 MB.
const DefaultMaxBodyBytes = 5 << 20

// DefaultMaxClaims is the most claims the API checks in one request
// unless [MaxClaims] says otherwise: 10,000, some 500 KB of news text.
// Checking time grows faster than the number of claims (the conflict
// checks compare claims in pairs), so a request with more is refused
// with 413 rather than left to run for minutes.
const DefaultMaxClaims = 10_000

// An Option configures [NewHandler]. Options compose: an [Options] value
// is itself an Option.
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

// config is what the options set.
type config struct {
	checks       []*factcheck.Check
	kb           *claims.Set
	stores       []sources.Store
	maxBodyBytes int64
	maxClaims    int
	checkOpts    factcheck.Options
	maxInFlight  int
	allowedHosts []string
}

// WithChecks sets the checks to run, instead of checks.Default.
func WithChecks(checks []*factcheck.Check) Option {
	return optionFunc(func(c *config) { c.checks = checks })
}

// WithKB sets the house knowledge base: its entities, aliases and
// property cues guide extraction, its facts and sources decide verdicts,
// and its document's publication date is the default for requests that
// give none. A request's own "kb" is used beside it.
func WithKB(kb *claims.Set) Option {
	return optionFunc(func(c *config) { c.kb = kb })
}

// WithStore adds reference knowledge to consult for verdicts. Unlike
// [WithKB], a Store does not guide extraction, which needs the entities'
// names and aliases as a claim set.
func WithStore(s sources.Store) Option {
	return optionFunc(func(c *config) {
		if s != nil {
			c.stores = append(c.stores, s)
		}
	})
}

// MaxBodyBytes sets the largest request body the API reads, in bytes
// (default [DefaultMaxBodyBytes]). A larger body is answered with 413.
// Values below 1 mean the default.
func MaxBodyBytes(n int64) Option {
	return optionFunc(func(c *config) {
		if n < 1 {
			n = DefaultMaxBodyBytes
		}
		c.maxBodyBytes = n
	})
}

// MaxClaims sets the most claims the API checks in one request (default
// [DefaultMaxClaims]). An article whose text gives more is answered with
// 413 and a message saying how many it has. Values below 1 mean the
// default.
func MaxClaims(n int) Option {
	return optionFunc(func(c *config) {
		if n < 1 {
			n = DefaultMaxClaims
		}
		c.maxClaims = n
	})
}

// WithCheckOptions adds options for the checker, such as
// factcheck.Tolerance.
func WithCheckOptions(opts ...factcheck.Option) Option {
	return optionFunc(func(c *config) { c.checkOpts = append(c.checkOpts, opts...) })
}
