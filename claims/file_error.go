package claims

import (
	"cmp"
	"slices"
	"strings"
)

// An Error is one problem in a claim-set file: where it is and what is
// wrong. Its message reads "claims: FILE:LINE:COL: message", leaving out
// what of the position is unknown.
//
// Errors are plain data, safe for concurrent use.
type Error struct {
	Pos Pos
	Msg string
	// Err is the underlying error, when there is one (a file that cannot
	// be opened); Msg already includes its text.
	Err error
}

// Error returns "claims: FILE:LINE:COL: message".
func (e *Error) Error() string {
	if p := e.Pos.String(); p != "" {
		return "claims: " + p + ": " + e.Msg
	}
	return "claims: " + e.Msg
}

// Unwrap returns the underlying error, if any.
func (e *Error) Unwrap() error { return e.Err }

// An ErrorList is every problem found in a claim-set file and its
// includes, in file and line order, up to a limit. [Decode] and [Load]
// return their errors as an ErrorList; errors.As finds its first *Error.
// Like Error, it is plain data, safe for concurrent use.
type ErrorList []*Error

// Error returns the messages of the list, one a line.
func (l ErrorList) Error() string {
	var b strings.Builder
	for i, e := range l {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(e.Error())
	}
	return b.String()
}

// Unwrap returns the errors of the list, for errors.Is and errors.As.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}

// maxErrors is how many errors a decode or load reports; more are
// summarized as "too many errors".
const maxErrors = 10

// collector gathers the errors of a decode or load.
type collector struct {
	list ErrorList
	// order numbers files in the order they were first named, so that
	// errors sort by file as they were met and by position within one.
	order map[string]int
}

// add records an error at pos. Errors about a whole file (with no line)
// are always kept.
func (c *collector) add(pos Pos, msg string) { c.addErr(pos, msg, nil) }

// addErr records an error at pos with an underlying cause.
func (c *collector) addErr(pos Pos, msg string, err error) {
	if c.order == nil {
		c.order = make(map[string]int)
	}
	if _, ok := c.order[pos.File]; !ok {
		c.order[pos.File] = len(c.order)
	}
	// Keep a margin beyond maxErrors so that sorting still shows the first
	// problems of a file when later passes find earlier ones.
	if len(c.list) < 10*maxErrors || pos.Line == 0 {
		c.list = append(c.list, &Error{Pos: pos, Msg: msg, Err: err})
	}
}

// full reports whether more errors would be dropped (but for errors
// about a whole file): callers may skip working out their messages.
func (c *collector) full() bool { return len(c.list) >= 10*maxErrors }

// failed reports whether an error has been recorded.
func (c *collector) failed() bool { return len(c.list) > 0 }

// err returns the errors sorted and cut to maxErrors, or nil.
func (c *collector) err() error {
	if len(c.list) == 0 {
		return nil
	}
	l := slices.Clone(c.list)
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(
			cmp.Compare(c.order[a.Pos.File], c.order[b.Pos.File]),
			cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Col, b.Pos.Col),
		)
	})
	l = slices.CompactFunc(l, func(a, b *Error) bool { return a.Pos == b.Pos && a.Msg == b.Msg })
	if len(l) > maxErrors {
		l = append(l[:maxErrors:maxErrors], &Error{Pos: Pos{File: l[maxErrors].Pos.File}, Msg: "too many errors"})
	}
	return l
}

// trimPrefix removes the package prefix of a message from this package's
// own parsers, so that it can be quoted inside another message.
func trimPrefix(err error) string {
	return strings.TrimPrefix(err.Error(), "claims: ")
}

// suggest returns " (did you mean X?)" when one of names is close to s, or
// "". Names shorter than four letters are never suggested: c1 is as close
// to c2 as to c9.
func suggest(s string, names []string) string {
	best, bestD := "", 3
	for _, n := range names {
		if d := editDistance(s, n, bestD); d < bestD && len(n) >= 4 && d*2 <= len(n) {
			best, bestD = n, d
		}
	}
	if best == "" {
		return ""
	}
	return " (did you mean " + best + "?)"
}

// editDistance returns the Levenshtein distance of a and b, or limit when
// it is limit or more (or either string is long).
func editDistance(a, b string, limit int) int {
	if len(a) > 64 || len(b) > 64 {
		return limit
	}
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			c := 1
			if a[i-1] == b[j-1] {
				c = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+c)
		}
		if slices.Min(cur) >= limit {
			return limit
		}
		prev, cur = cur, prev
	}
	return min(prev[len(b)], limit)
}
