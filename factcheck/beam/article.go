package beam

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"path"
	"strings"
	"time"

	"github.com/veracity-go/veracity/claims"
)

// An Article is one article of the archive as the pipeline carries it:
// where it came from, its metadata and its text. File or
// ID is set: File for an article read from a text file (its path as
// matched by the input glob), ID for an article read from a line of JSON
// Lines. A text file's sidecar may give it an ID too; File still names
// it.
//
// An Article is plain data, safe to copy and to share between goroutines.
type Article struct {
	File string
	ID   string
	URL  string
	// Published is the publication date, YYYY-MM-DD, or "" when unknown.
	Published string
	Title     string
	Text      string
	// Note is a warning about the input (bytes that are not UTF-8), or "".
	Note string
}

// Name returns how reports and findings name the article: its file, or
// its id.
func (a Article) Name() string {
	if a.File != "" {
		return a.File
	}
	return a.ID
}

// Document returns the article as the extractor reads it.
func (a Article) Document() (claims.Document, error) {
	doc := claims.Document{Text: a.Text, Title: a.Title, URL: a.URL}
	if a.Published != "" {
		t, err := ParseDate(a.Published)
		if err != nil {
			return claims.Document{}, fmt.Errorf("%s: %w", a.Name(), err)
		}
		doc.Published = t
	}
	return doc, nil
}

// dateLayout is how dates are written: ISO 8601, day precision, as in the
// JSON report.
const dateLayout = "2006-01-02"

// ParseDate parses a publication date: YYYY-MM-DD, or an RFC 3339 time
// whose date is taken.
func ParseDate(s string) (time.Time, error) {
	if t, err := time.Parse(dateLayout, s); err == nil {
		return t, nil
	}
	if t, err := time.Parse(time.RFC3339, s); err == nil {
		return time.Date(t.Year(), t.Month(), t.Day(), 0, 0, 0, 0, time.UTC), nil
	}
	return time.Time{}, fmt.Errorf("beam: bad publication date %q (want YYYY-MM-DD)", s)
}

// MaxArticleSize is the largest article, in bytes, that the pipeline
// reads, as the veracity command does: 10 MiB.
const MaxArticleSize = 10 << 20

// TextArticle makes the article of the text file name from its bytes, as
// `veracity check` reads a .txt or .md file: a NUL byte marks a binary
// file, which is refused; bytes that are not UTF-8 are each read as
// U+FFFD, with a note saying where the first was; a Markdown file's first
// level-one heading is its title. published is the date to give it ("" for
// none); meta, when not nil, is the content of its sidecar NAME.json,
// whose fields override published and give the id, URL and title.
func TextArticle(name string, data []byte, published string, meta []byte) (Article, error) {
	if len(data) > MaxArticleSize {
		return Article{}, fmt.Errorf("%s: larger than %d MiB, the limit for an article; not read", name, MaxArticleSize>>20)
	}
	doc, note, err := claims.ArticleDocument(name, data)
	if err != nil {
		return Article{}, err
	}
	a := Article{File: name, Published: published, Text: doc.Text, Title: doc.Title, Note: note}
	if meta != nil {
		var m metadata
		if err := decodeStrict(meta, &m); err != nil {
			return Article{}, fmt.Errorf("%s: %v", SidecarName(name), err)
		}
		if m.Text != nil {
			return Article{}, fmt.Errorf("%s: a sidecar gives metadata only, not \"text\"", SidecarName(name))
		}
		if m.Published != "" {
			t, err := ParseDate(m.Published)
			if err != nil {
				return Article{}, fmt.Errorf("%s: %v", SidecarName(name), err)
			}
			a.Published = t.Format(dateLayout)
		}
		if m.Title != "" {
			a.Title = m.Title
		}
		a.URL, a.ID = m.URL, m.ID
	}
	return a, nil
}

// SidecarName returns the name of the sidecar metadata file of the article
// file name: NAME.json beside NAME.txt.
func SidecarName(name string) string {
	return strings.TrimSuffix(name, path.Ext(name)) + ".json"
}

// metadata is a line of JSON Lines input, or (without text) a sidecar.
type metadata struct {
	ID        string  `json:"id"`
	URL       string  `json:"url"`
	Published string  `json:"published"`
	Title     string  `json:"title"`
	Text      *string `json:"text"`
}

// LineArticle parses line lineNo (from 1) of the JSON Lines file name:
// {"id", "url", "published", "title", "text"}, where id and text are
// required and published is YYYY-MM-DD (or RFC 3339). published is the
// date to give an article whose line has none.
func LineArticle(name string, lineNo int, line []byte, published string) (Article, error) {
	pos := fmt.Sprintf("%s:%d", name, lineNo)
	if len(line) > MaxArticleSize {
		return Article{}, fmt.Errorf("%s: longer than %d MiB, the limit for an article; not read", pos, MaxArticleSize>>20)
	}
	var m metadata
	if err := decodeStrict(line, &m); err != nil {
		return Article{}, fmt.Errorf("%s: %v", pos, err)
	}
	switch {
	case m.ID == "":
		return Article{}, fmt.Errorf("%s: no \"id\"", pos)
	case m.Text == nil:
		return Article{}, fmt.Errorf("%s: no \"text\"", pos)
	case strings.IndexByte(*m.Text, 0) >= 0:
		return Article{}, fmt.Errorf("%s: NUL character in \"text\"", pos)
	}
	if m.Published != "" {
		t, err := ParseDate(m.Published)
		if err != nil {
			return Article{}, fmt.Errorf("%s: %v", pos, err)
		}
		published = t.Format(dateLayout)
	}
	return Article{ID: m.ID, URL: m.URL, Published: published, Title: m.Title, Text: *m.Text}, nil
}

// decodeStrict decodes one JSON object into v, refusing unknown fields
// and anything after the object.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			return fmt.Errorf("bad JSON at byte %d: %v", se.Offset, err)
		}
		return fmt.Errorf("bad JSON: %v", err)
	}
	if dec.More() {
		return errors.New("bad JSON: more than one value")
	}
	return nil
}
