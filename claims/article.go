package claims

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"unicode/utf8"
)

// ArticleDocument returns the document of an article file's bytes, as
// every reader of articles (the CLI, the archive pipeline) takes it: a NUL
// byte makes it a binary file, an error naming name:line:col; each byte
// that is not part of valid UTF-8 is read as U+FFFD, and note says where
// the first was and how many there were; a Markdown file (.md) takes its
// first level-one heading as its title. Published is left for the caller.
func ArticleDocument(name string, data []byte) (doc Document, note string, err error) {
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return Document{}, "", fmt.Errorf("%s: NUL byte: a binary file, not an article", textPos(data, name, i))
	}
	doc.Text = string(data)
	if !utf8.Valid(data) {
		first, n := -1, 0
		var b strings.Builder
		b.Grow(len(data) + 16)
		for i := 0; i < len(data); {
			r, size := utf8.DecodeRune(data[i:])
			if r == utf8.RuneError && size <= 1 {
				if first < 0 {
					first = i
				}
				n++
				b.WriteRune(utf8.RuneError)
			} else {
				b.Write(data[i : i+size])
			}
			i += size
		}
		doc.Text = b.String()
		note = fmt.Sprintf("%s: not UTF-8; each invalid byte is read as U+FFFD (%d replaced)", textPos(data, name, first), n)
	}
	if strings.EqualFold(filepath.Ext(name), ".md") {
		doc.Title = markdownTitle(doc.Text)
	}
	return doc, note, nil
}

// textPos returns "NAME:LINE:COL" for byte offset off of data: lines from
// 1, columns in characters from 1 (an invalid byte counts as one), as in
// claim-set errors.
func textPos(data []byte, name string, off int) string {
	before := data[:off]
	line := 1 + bytes.Count(before, []byte{'\n'})
	col := 1 + utf8.RuneCount(before[bytes.LastIndexByte(before, '\n')+1:])
	return fmt.Sprintf("%s:%d:%d", name, line, col)
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
