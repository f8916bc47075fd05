package claimreview

import "time"

// An Option configures [FromReport] and [Write]. Options compose: an
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

// DefaultOrganization is the reviewing organization named when no
// [Organization] option is given.
const DefaultOrganization = "veracity"

type config struct {
	orgName, orgURL string
	date            time.Time
	baseURL         string
	warn            func(string)
}

// Warn sets where the export says what it left out: a URL that is not
// http or https (a "javascript:" or "data:" document URL), which it never
// writes. By default it says nothing.
func Warn(f func(msg string)) Option {
	return optionFunc(func(c *config) { c.warn = f })
}

func newConfig(opts []Option) config {
	c := config{orgName: DefaultOrganization}
	Options(opts).apply(&c)
	return c
}

// Organization names the organization that publishes the reviews, the
// ClaimReview's author. url is its home page; the [Publisher] profile wants
// each review's url on the same site. An empty name keeps the default,
// [DefaultOrganization].
func Organization(name, url string) Option {
	return optionFunc(func(c *config) {
		if name != "" {
			c.orgName = name
		}
		c.orgURL = url
	})
}

// Date sets the reviews' datePublished. By default it is the document's
// publication date, and it is left out when the document has none: the
// export never reads the clock, so the same report always gives the same
// output.
func Date(t time.Time) Option {
	return optionFunc(func(c *config) { c.date = t })
}

// BaseURL sets the address where the reviews are published. Each review's
// url is base + "#" + the claim's id (any fragment of base is replaced).
// Without it the reviews have no url, which the [Publisher] profile reports.
func BaseURL(base string) Option {
	return optionFunc(func(c *config) { c.baseURL = base })
}
