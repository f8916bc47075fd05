package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// stdinName is how messages and reports name standard input ("-").
const stdinName = "<stdin>"

// The extractor's entry points, variables so that tests can stand in for
// them.
var (
	extractClaims   = extract.Extract
	extractMentions = extract.Mentions
)

// fileKind is what an input file holds.
type fileKind int

const (
	claimSetFile fileKind = iota // a claim-set file: .yaml, .yml, .json
	articleFile                  // article text: .txt, .md, or - for stdin
)

// kindOf returns what the file named on the command line holds, by its
// extension.
func kindOf(name string) (fileKind, error) {
	if name == "-" {
		return articleFile, nil
	}
	switch strings.ToLower(filepath.Ext(name)) {
	case ".yaml", ".yml", ".json":
		return claimSetFile, nil
	case ".txt", ".md":
		return articleFile, nil
	}
	return 0, fmt.Errorf("%s: unknown kind of file (want a claim set .yaml, .yml or .json, or an article .txt, .md or -)", name)
}

// displayName returns how messages and reports name an input.
func displayName(name string) string {
	if name == "-" {
		return stdinName
	}
	return name
}

// loadKB loads the knowledge-base files named by --kb and merges them into
// one set: their entities, properties, sources and facts, in order, and
// the first document that gives a publication date. It returns nil when
// there are none.
func loadKB(paths []string) (*claims.Set, error) {
	if len(paths) == 0 {
		return nil, nil
	}
	kb := &claims.Set{Version: claims.Version}
	for _, p := range paths {
		s, err := claims.Load(p)
		if err != nil {
			return nil, fileError(p, err)
		}
		kb.Entities = append(kb.Entities, s.Entities...)
		kb.Properties = append(kb.Properties, s.Properties...)
		kb.Sources = append(kb.Sources, s.Sources...)
		kb.Facts = append(kb.Facts, s.Facts...)
		if kb.Document.Published.IsZero() && !s.Document.Published.IsZero() {
			kb.Document = s.Document
		}
	}
	return kb, nil
}

// publication returns the publication date to use when a document gives
// none: the --published flag, or else the date of a knowledge base's
// document.
func publication(flagDate time.Time, kb *claims.Set) time.Time {
	if !flagDate.IsZero() || kb == nil {
		return flagDate
	}
	return kb.Document.Published
}

// readArticle reads an article's text from its file, or from stdin for
// "-", into a document dated published. A Markdown article's first
// heading is its title.
func readArticle(name string, stdin []byte, published time.Time) (claims.Document, error) {
	data := stdin
	if name != "-" {
		var err error
		if data, err = os.ReadFile(name); err != nil {
			return claims.Document{}, fileError(name, err)
		}
	}
	doc := claims.Document{Text: string(data), Published: published}
	if strings.EqualFold(filepath.Ext(name), ".md") {
		doc.Title = markdownTitle(doc.Text)
	}
	return doc, nil
}

// markdownTitle returns the text of the first level-one ATX heading of a
// Markdown document, or "".
func markdownTitle(text string) string {
	for line := range strings.Lines(text) {
		if t, ok := strings.CutPrefix(strings.TrimRight(line, "\r\n"), "# "); ok {
			return strings.TrimSpace(strings.TrimRight(strings.TrimSpace(t), "#"))
		}
	}
	return ""
}

// fileError returns err as a message that names the file once: claims
// errors and path errors already do, others get the name in front. The
// message has one line per problem, each "FILE:LINE:COL: problem" where
// the position is known, and no package prefix for claim-set problems.
func fileError(name string, err error) error {
	name = displayName(name)
	var list claims.ErrorList
	if errors.As(err, &list) {
		lines := make([]string, 0, len(list))
		for _, e := range list {
			pos := e.Pos.String()
			if pos == "" {
				pos = name
			}
			lines = append(lines, pos+": "+e.Msg)
		}
		return errors.New(strings.Join(lines, "\n"))
	}
	var ce *claims.Error
	if errors.As(err, &ce) {
		return fileError(name, claims.ErrorList{ce})
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %v", pe.Path, pe.Err)
	}
	if strings.Contains(err.Error(), name) {
		return err
	}
	return fmt.Errorf("%s: %w", name, err)
}

// printError prints an error of possibly several lines, each prefixed
// "veracity: ".
func printError(e *env, err error) {
	for line := range strings.Lines(err.Error()) {
		e.errorf("%s", strings.TrimRight(line, "\n"))
	}
}
