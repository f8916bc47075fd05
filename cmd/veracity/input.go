package main

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// stdinName is how messages and reports name standard input ("-").
const stdinName = "<stdin>"

// The extractor's entry points, variables so that tests can stand in for
// them.
var (
	extractClaims = func(doc claims.Document, kb *claims.Set) (*claims.Set, error) {
		return extractorFor(kb).Extract(doc, kb)
	}
	extractMentions = func(doc claims.Document, kb *claims.Set) []extract.Mention {
		return extractorFor(kb).Mentions(doc, kb)
	}
)

// extractors holds an Extractor for each knowledge base a run uses, so that
// a kb is indexed once however many articles are checked against it. The
// kbs of a run are loaded once and never change.
var extractors sync.Map // *claims.Set → *extract.Extractor

// extractorFor returns the Extractor that has kb indexed.
func extractorFor(kb *claims.Set) *extract.Extractor {
	if kb == nil {
		return extract.New()
	}
	if e, ok := extractors.Load(kb); ok {
		return e.(*extract.Extractor)
	}
	e, _ := extractors.LoadOrStore(kb, extract.New(extract.KnowledgeBase(kb)))
	return e.(*extract.Extractor)
}

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
		if isWikidataKB(p) {
			return nil, fmt.Errorf("%s: a Wikidata knowledge base, which only check takes (--kb); here give a claim-set file", p)
		}
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

// maxArticleSize is the largest article, in bytes, that the CLI reads
// from a .txt or .md file or from standard input: 10 MiB, some fifty times
// a long feature, so that no newsroom meets it by accident while a stray
// disk image or log file is refused before it fills memory. Reading stops
// one byte past the limit. It is a variable so that tests can lower it.
var maxArticleSize int64 = 10 << 20

// errArticleTooLarge reports an article over maxArticleSize.
func errArticleTooLarge(name string) error {
	return fmt.Errorf("%s: larger than %s, the limit for an article; not read", displayName(name), byteSize(maxArticleSize))
}

// byteSize returns n bytes in words: "10 MiB" for a whole number of MiB,
// else "N bytes".
func byteSize(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// readStdin reads standard input whole, up to maxArticleSize bytes.
func readStdin(r io.Reader) ([]byte, error) {
	data, err := io.ReadAll(io.LimitReader(r, maxArticleSize+1))
	if err != nil {
		return nil, fmt.Errorf("reading standard input: %w", err)
	}
	if int64(len(data)) > maxArticleSize {
		return nil, errArticleTooLarge("-")
	}
	return data, nil
}

// readArticleFile reads the article file name whole, refusing a folder and
// anything over maxArticleSize without reading more than the limit.
func readArticleFile(name string) ([]byte, error) {
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
	switch {
	case info.IsDir():
		return nil, fmt.Errorf("%s: is a folder, not an article", name)
	case info.Mode().IsRegular() && info.Size() > maxArticleSize:
		return nil, errArticleTooLarge(name)
	}
	data, err := io.ReadAll(io.LimitReader(f, maxArticleSize+1))
	if err != nil {
		return nil, fileError(name, err)
	}
	if int64(len(data)) > maxArticleSize {
		return nil, errArticleTooLarge(name)
	}
	return data, nil
}

// readArticle reads an article's text from its file, or from stdin for
// "-" (already read by readStdin), into a document dated published. A
// Markdown article's first heading is its title.
//
// An article must be text: a NUL byte marks a binary file, which is
// refused with its position. Bytes that are not UTF-8 (a Latin-1 or
// Windows-1252 file) are each replaced by U+FFFD so that reports and
// claim-set files stay valid UTF-8; note then says where the first one
// was, for a warning, and spans count bytes of the text as replaced.
func readArticle(name string, stdin []byte, published time.Time) (doc claims.Document, note string, err error) {
	data := stdin
	if name != "-" {
		if data, err = readArticleFile(name); err != nil {
			return claims.Document{}, "", err
		}
	} else if int64(len(data)) > maxArticleSize {
		return claims.Document{}, "", errArticleTooLarge(name)
	}
	if doc, note, err = claims.ArticleDocument(displayName(name), data); err != nil {
		return claims.Document{}, "", err
	}
	doc.Published = published
	return doc, note, nil
}

// invalidUTF8 returns the offset of the first byte of data that is not
// part of valid UTF-8, or -1.
func invalidUTF8(data []byte) int {
	for i := 0; i < len(data); {
		r, size := utf8.DecodeRune(data[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return -1
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
