package main

import (
	"errors"
	"fmt"
	"os"
	"strings"

	"github.com/veracity-go/veracity/factcheck/claimreview"
)

// maxPriorSize bounds a --prior file, after decompression: a collection
// of ClaimReviews as JSON-LD, a fact-checker's HTML page, a Fact Check
// Tools API response, or a feed. Files up to claimreview.WholeLimit are
// read whole; larger JSON is streamed, its memory bounded by its largest
// element. (A var for tests.)
var maxPriorSize int64 = 1 << 30

// priorSizeHelp says the limits in --help and in errors.
var priorSizeHelp = fmt.Sprintf("up to %s, gzip or not; JSON over %s is streamed", sizeName(maxPriorSize), sizeName(claimreview.WholeLimit))

// maxPriorWarnings is how many warnings about the reviews of one --prior
// file are printed; the rest are counted.
const maxPriorWarnings = 5

// A priorArg is one --prior argument: a FILE, or URL=FILE where URL is
// the page's address, against which relative review URLs are resolved.
type priorArg struct {
	url, file string
}

// parsePriorArg splits "URL=FILE"; an argument whose part before "=" is
// not an http(s) URL is a file name.
func parsePriorArg(s string) priorArg {
	if i := strings.Index(s, "="); i > 0 {
		u := s[:i]
		if strings.HasPrefix(u, "https://") || strings.HasPrefix(u, "http://") {
			return priorArg{url: u, file: s[i+1:]}
		}
	}
	return priorArg{file: s}
}

// loadPrior reads the --prior files, ClaimReview markup, and indexes their
// reviews together, so that each report's claims can be matched against
// all of them. It returns nil when there are none. A file that cannot be
// read or is not JSON-LD, HTML or a Fact Check Tools API response is an
// error naming it (with line and column when the JSON is malformed). A
// file without ClaimReviews is a warning when another file has some, and
// an error when none has. On an HTML page whose ld+json scripts are partly
// broken, the reviews of the good ones are kept and a warning says which
// were skipped; what could not be read of a review (a date, a relative
// URL) is a warning too.
func loadPrior(args []string) (ix *claimreview.Index, notes []string, err error) {
	if len(args) == 0 {
		return nil, nil, nil
	}
	var all []claimreview.Review
	var empty []string
	for _, a := range args {
		p := parsePriorArg(a)
		reviews, n, err := readPrior(p)
		if err != nil {
			return nil, nil, err
		}
		notes = append(notes, n...)
		if len(reviews) == 0 {
			empty = append(empty, displayName(p.file))
		}
		if all == nil {
			all = reviews // one file, or the first: no copy of a large feed
		} else {
			all = append(all, reviews...)
		}
	}
	const want = "want ClaimReview JSON-LD, an HTML page with ld+json scripts holding some, or a Fact Check Tools API response"
	switch {
	case len(all) == 0 && len(empty) == 1:
		return nil, nil, fmt.Errorf("%s: no ClaimReview in it (%s)", empty[0], want)
	case len(all) == 0:
		return nil, nil, fmt.Errorf("no ClaimReview in any --prior file: %s (%s)", strings.Join(empty, ", "), want)
	}
	for _, name := range empty {
		notes = append(notes, fmt.Sprintf("%s: no ClaimReview in it; the other --prior files are used", name))
	}
	return claimreview.NewIndex(all), notes, nil
}

// readPrior reads the reviews of one --prior file and the warnings about
// them.
func readPrior(p priorArg) ([]claimreview.Review, []string, error) {
	name := displayName(p.file)
	if p.file != "-" {
		if err := irregularFile(p.file); err != nil {
			return nil, nil, err
		}
	}
	f, err := os.Open(p.file)
	if err != nil {
		return nil, nil, fileError(p.file, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, nil, fileError(p.file, err)
	}
	if info.IsDir() {
		return nil, nil, fmt.Errorf("%s: is a folder, not a ClaimReview file", name)
	}
	rd := claimreview.Reader{BaseURL: p.url, MaxSize: maxPriorSize}
	var reviews []claimreview.Review
	err = rd.Stream(f, func(r claimreview.Review) { reviews = append(reviews, r) })
	var notes []string
	switch {
	case errors.Is(err, claimreview.ErrTooLarge):
		return nil, nil, fmt.Errorf("%s: larger than %s once decompressed, the limit for a --prior file; not read", name, sizeName(maxPriorSize))
	case err != nil && len(reviews) == 0:
		return nil, nil, priorError(name, err)
	case err != nil:
		notes = append(notes, fmt.Sprintf("%s: %s read, some ld+json skipped: %v", name, plural(len(reviews), "ClaimReview"), oneLineErr(err)))
	}
	return reviews, append(notes, reviewWarnings(name, reviews)...), nil
}

// reviewWarnings returns the warnings of the reviews of file name, the
// first maxPriorWarnings of them and a count of the rest.
func reviewWarnings(name string, reviews []claimreview.Review) []string {
	var out []string
	more := 0
	for i, r := range reviews {
		for _, w := range r.Warnings {
			if len(out) == maxPriorWarnings {
				more++
				continue
			}
			which := fmt.Sprintf("ClaimReview %d", i+1)
			if r.URL != "" {
				which += " (" + r.URL + ")"
			}
			out = append(out, fmt.Sprintf("%s: %s: %s", name, which, w))
		}
	}
	if more > 0 {
		out = append(out, fmt.Sprintf("%s: %d more warnings like these", name, more))
	}
	return out
}

// priorError names the file of a claimreview error, with the line and
// column of a JSON syntax error, and drops the package prefix.
func priorError(name string, err error) error {
	var syn *claimreview.SyntaxError
	if errors.As(err, &syn) {
		where := name
		if syn.Line > 0 {
			where = fmt.Sprintf("%s:%d", name, syn.Line)
			if syn.Column > 0 {
				where += fmt.Sprintf(":%d", syn.Column)
			}
		}
		in := ""
		if syn.Script > 0 {
			in = fmt.Sprintf(" in script[%d]", syn.Script)
		}
		return fmt.Errorf("%s: bad ClaimReview JSON-LD%s: %s", where, in, syn.Msg)
	}
	return fmt.Errorf("%s: bad ClaimReview file: %s", name, oneLineErr(err))
}

// oneLineErr returns an error's message on one line without the
// claimreview package prefix.
func oneLineErr(err error) string {
	msg := strings.ReplaceAll(err.Error(), "\n", "; ")
	return strings.ReplaceAll(msg, "claimreview: ", "")
}

// sizeName writes a size in GiB or MiB when it is a whole number of them.
func sizeName(n int64) string {
	if n >= 1<<30 && n%(1<<30) == 0 {
		return fmt.Sprintf("%d GiB", n>>30)
	}
	return byteSize(n)
}

// plural returns "1 ClaimReview", "2 ClaimReviews".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
