package beam

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzLineArticle: a line of JSON Lines gives an article or an error that
// names the file and line, never a panic; an article has an id and a date
// that parses.
func FuzzLineArticle(f *testing.F) {
	f.Add([]byte(`{"id":"a","url":"u","published":"2005-06-15","title":"t","text":"Acme's revenue in 2024 was £3.2bn."}`))
	f.Add([]byte(`{"id":"a","text":""}`))
	f.Add([]byte(`{"id":"a","text":"x","published":"2005-06-15T10:00:00+01:00"}`))
	f.Add([]byte(`{"id":1}`))
	f.Add([]byte(`{"id":"a","text":"x"} trailing`))
	f.Fuzz(func(t *testing.T, line []byte) {
		a, err := LineArticle("f.jsonl", 9, line, "")
		if err != nil {
			if !strings.HasPrefix(err.Error(), "f.jsonl:9: ") {
				t.Fatalf("error without file and line: %v", err)
			}
			return
		}
		if a.ID == "" || strings.IndexByte(a.Text, 0) >= 0 {
			t.Fatalf("accepted %q as %+v", line, a)
		}
		if a.Published != "" {
			if _, err := ParseDate(a.Published); err != nil {
				t.Fatalf("accepted date %q: %v", a.Published, err)
			}
		}
	})
}

// FuzzTextArticle: a text file and its sidecar give an article whose text
// is valid UTF-8, or an error naming the file or the sidecar.
func FuzzTextArticle(f *testing.F) {
	f.Add([]byte("# Title\n\nAcme's revenue in 2024 was £3.2bn."), []byte(`{"id":"x","published":"2005-06-15"}`))
	f.Add([]byte("caf\xe9"), []byte(nil))
	f.Add([]byte("a\x00b"), []byte(`{}`))
	f.Add([]byte("text"), []byte(`{"published":"2005-02-30"}`))
	f.Fuzz(func(t *testing.T, data, meta []byte) {
		a, err := TextArticle("f.md", data, "2005-01-01", meta)
		if err != nil {
			if msg := err.Error(); !strings.HasPrefix(msg, "f.md:") && !strings.HasPrefix(msg, "f.json:") {
				t.Fatalf("error without the file: %v", err)
			}
			return
		}
		if !utf8.ValidString(a.Text) || a.File != "f.md" {
			t.Fatalf("article %+v", a)
		}
		if _, err := a.Document(); err != nil {
			t.Fatalf("accepted article has a bad date: %v", err)
		}
	})
}

// FuzzParseKey: a key parses back to the string it came from.
func FuzzParseKey(f *testing.F) {
	f.Add("name:acme\trevenue\t2024")
	f.Add("kb:q1\tdate\ttimeless")
	f.Add("a\t\tb")
	f.Fuzz(func(t *testing.T, s string) {
		k, err := ParseKey(s)
		if err != nil {
			return
		}
		if k.String() != s {
			t.Fatalf("ParseKey(%q).String() = %q", s, k.String())
		}
	})
}
