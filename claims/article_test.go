package claims

import (
	"strings"
	"testing"
)

// TestArticleDocument: an article's bytes as a fact-checker's tools must
// read them — a binary file refused where its NUL is, invalid bytes kept
// as U+FFFD one for one (so that spans still count), a Markdown title.
func TestArticleDocument(t *testing.T) {
	if _, _, err := ArticleDocument("a.txt", []byte("one\ntwo\x00")); err == nil || !strings.Contains(err.Error(), "a.txt:2:4: NUL byte") {
		t.Errorf("NUL: error %v, want a.txt:2:4: NUL byte", err)
	}
	doc, note, err := ArticleDocument("a.txt", []byte("caf\xe9 \xff\xfeok"))
	if err != nil || doc.Text != "caf\uFFFD \uFFFD\uFFFDok" || !strings.Contains(note, "a.txt:1:4") || !strings.Contains(note, "3 replaced") {
		t.Errorf("invalid UTF-8: %q, note %q, err %v", doc.Text, note, err)
	}
	doc, note, err = ArticleDocument("story.MD", []byte("intro\n# Budget cut by £4m #\nbody"))
	if err != nil || note != "" || doc.Title != "Budget cut by £4m" {
		t.Errorf("Markdown: title %q, note %q, err %v", doc.Title, note, err)
	}
	if doc, _, _ := ArticleDocument("story.txt", []byte("# Not a title\n")); doc.Title != "" {
		t.Errorf("a .txt file took the title %q", doc.Title)
	}
}
