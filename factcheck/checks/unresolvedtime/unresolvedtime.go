package unresolvedtime

import (
	"fmt"
	"regexp"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/internal/compare"
)

// Check is the unresolved-time check.
var Check = &factcheck.Check{
	Name: "unresolved-time",
	Doc: `flags a relative time with no publication date to resolve it

When the document has no publication date, flags each claim whose time
value or as_of is unresolved, or whose text says "today", "yesterday",
"last week", "on Friday", "two days ago" and the like. Info.`,
	Run:             run,
	IgnoresVerdicts: true,
}

// relative matches the words that make a time relative to the day of
// writing.
var relative = regexp.MustCompile(`(?i)\b(?:today|tonight|yesterday|tomorrow|(?:last|next|this|coming|past) (?:week(?:end)?|month|year)|(?:mon|tues|wednes|thurs|fri|satur|sun)day|ago)\b`)

// Relative returns the first relative-time phrase in s, if any: "last
// week", "Friday", "ago".
func Relative(s string) (string, bool) {
	m := relative.FindString(s)
	return m, m != ""
}

func run(pass *factcheck.Pass) error {
	if !pass.Published.IsZero() {
		return nil
	}
	for _, c := range pass.Set.Claims {
		phrase, ok := unresolved(c)
		if !ok {
			continue
		}
		what := "the time of " + c.ID
		if phrase != "" {
			what = fmt.Sprintf("%s (%s)", compare.Quote(phrase), c.ID)
		}
		pass.Reportf(factcheck.Info, []string{c.ID}, "%s is a relative time, and the document has no publication date to resolve it", what)
	}
	return nil
}

// unresolved returns the relative time in c, if it has one: the text of an
// unresolved time value, or the first relative-time phrase.
func unresolved(c claims.Claim) (string, bool) {
	for _, v := range []claims.Value{c.Value, c.AsOf} {
		if v.Kind == claims.KindTime && v.Start.IsZero() {
			if v.Text != "" {
				return v.Text, true
			}
			if p, ok := Relative(c.Text); ok {
				return p, true
			}
			return c.Text, true
		}
	}
	for _, s := range []string{c.Value.Text, c.AsOf.Text, c.Text} {
		if p, ok := Relative(s); ok {
			return p, true
		}
	}
	return "", false
}
