package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os"
	"unicode"

	"github.com/veracity-go/veracity/factcheck/claimreview"
)

// maxPriorSize bounds a --prior file: a collection of ClaimReviews as
// JSON-LD or a fact-checker's HTML page. (A var for tests.)
var maxPriorSize int64 = 64 << 20

// loadPrior reads the --prior files, ClaimReview markup, and indexes their
// reviews together, so that each report's claims can be matched against
// all of them. It returns nil when there are none. A file that cannot be
// read, is not JSON-LD or HTML, or holds no ClaimReview is an error naming
// it (with line and column when the JSON is malformed). On an HTML page
// whose ld+json scripts are partly broken, the reviews of the good ones
// are kept and a note says which were skipped.
func loadPrior(paths []string) (ix *claimreview.Index, notes []string, err error) {
	if len(paths) == 0 {
		return nil, nil, nil
	}
	var all []claimreview.Review
	for _, p := range paths {
		data, err := readPriorFile(p)
		if err != nil {
			return nil, nil, err
		}
		reviews, err := claimreview.Read(data)
		switch {
		case err != nil && len(reviews) == 0:
			return nil, nil, priorError(p, data, err)
		case err != nil:
			notes = append(notes, fmt.Sprintf("%s: %s read, some ld+json skipped: %v", displayName(p), plural(len(reviews), "ClaimReview"), oneLineErr(err)))
		case len(reviews) == 0:
			return nil, nil, fmt.Errorf("%s: no ClaimReview in it (want ClaimReview JSON-LD, or an HTML page with ld+json scripts holding some)", displayName(p))
		}
		all = append(all, reviews...)
	}
	return claimreview.NewIndex(all), notes, nil
}

// readPriorFile reads a --prior file whole, refusing a folder and anything
// over maxPriorSize.
func readPriorFile(name string) ([]byte, error) {
	if err := irregularFile(name); err != nil {
		return nil, err
	}
	f, err := os.Open(name)
	if err != nil {
		return nil, fileError(name, err)
	}
	defer f.Close()
	info, err := f.Stat()
	if err != nil {
		return nil, fileError(name, err)
	}
	tooLarge := fmt.Errorf("%s: larger than %s, the limit for a --prior file; not read", displayName(name), byteSize(maxPriorSize))
	switch {
	case info.IsDir():
		return nil, fmt.Errorf("%s: is a folder, not a ClaimReview file", displayName(name))
	case info.Mode().IsRegular() && info.Size() > maxPriorSize:
		return nil, tooLarge
	}
	data, err := io.ReadAll(io.LimitReader(f, maxPriorSize+1))
	if err != nil {
		return nil, fileError(name, err)
	}
	if int64(len(data)) > maxPriorSize {
		return nil, tooLarge
	}
	return data, nil
}

// priorError names the file of a claimreview.Read error, with the line
// and column of a JSON syntax error, and drops the package prefix.
func priorError(name string, data []byte, err error) error {
	msg := oneLineErr(err)
	var syn *json.SyntaxError
	if errors.As(err, &syn) {
		// Read decodes the document without its byte order mark and
		// leading white space; the offset counts from there.
		body := bytes.TrimPrefix(data, []byte("\uFEFF"))
		lead := len(data) - len(bytes.TrimLeftFunc(body, unicode.IsSpace))
		off := min(lead+int(syn.Offset), len(data))
		return fmt.Errorf("%s: bad ClaimReview JSON-LD: %s", textPos(data, name, off), msg)
	}
	return fmt.Errorf("%s: bad ClaimReview file: %s", displayName(name), msg)
}

// oneLineErr returns an error's message on one line without the
// claimreview package prefix.
func oneLineErr(err error) string {
	msg := bytes.ReplaceAll([]byte(err.Error()), []byte("\n"), []byte("; "))
	return string(bytes.ReplaceAll(msg, []byte("claimreview: "), nil))
}

// plural returns "1 ClaimReview", "2 ClaimReviews".
func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}
