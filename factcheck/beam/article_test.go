package beam

import (
	"bufio"
	"encoding/json"
	"fmt"
	"strings"
	"testing"
)

func TestTextArticle(t *testing.T) {
	a, err := TextArticle("a.md", []byte("# Budget day #\n\nThe deficit was £40bn."), "2005-03-16", nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Title != "Budget day" || a.Published != "2005-03-16" || a.File != "a.md" || a.Note != "" {
		t.Errorf("TextArticle = %+v", a)
	}
	a, err = TextArticle("b.txt", []byte("caf\xe9 \xe9"), "", nil)
	if err != nil {
		t.Fatal(err)
	}
	if a.Text != "caf\uFFFD \uFFFD" || a.Note != "b.txt:1:4: not UTF-8; each invalid byte is read as U+FFFD (2 replaced)" {
		t.Errorf("Latin-1: text %q, note %q", a.Text, a.Note)
	}
	a, err = TextArticle("c.txt", []byte("text"), "2005-01-01", []byte(`{"id":"c","published":"2005-02-03","url":"https://example.org/c","title":"C"}`))
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "c" || a.Published != "2005-02-03" || a.URL != "https://example.org/c" || a.Title != "C" || a.Name() != "c.txt" {
		t.Errorf("sidecar: %+v", a)
	}
}

func TestTextArticleErrors(t *testing.T) {
	for _, tc := range []struct {
		data, meta, want string
	}{
		{"one\ntwo\x00", "", "d.txt:2:4: NUL byte: a binary file, not an article"},
		{"x", `{"published":"yesterday"}`, `d.json: beam: bad publication date "yesterday" (want YYYY-MM-DD)`},
		{"x", `{"author":"me"}`, `d.json: bad JSON: json: unknown field "author"`},
		{"x", `{"text":"y"}`, `d.json: a sidecar gives metadata only, not "text"`},
		{"x", `{"id":"a"} {"id":"b"}`, `d.json: bad JSON: more than one value`},
		{"x", `{"id":`, `d.json: bad JSON: unexpected EOF`},
	} {
		var meta []byte
		if tc.meta != "" {
			meta = []byte(tc.meta)
		}
		_, err := TextArticle("d.txt", []byte(tc.data), "", meta)
		if err == nil || err.Error() != tc.want {
			t.Errorf("TextArticle(%q, meta %q): error %v, want %q", tc.data, tc.meta, err, tc.want)
		}
	}
	if _, err := TextArticle("big.txt", make([]byte, MaxArticleSize+1), "", nil); err == nil || !strings.Contains(err.Error(), "big.txt: larger than 10 MiB") {
		t.Errorf("over the limit: %v", err)
	}
}

func TestLineArticle(t *testing.T) {
	a, err := LineArticle("a.jsonl", 3, []byte(`{"id":"x","url":"u","published":"2005-06-15T10:00:00Z","title":"T","text":"body"}`), "2001-01-01")
	if err != nil {
		t.Fatal(err)
	}
	if a.ID != "x" || a.URL != "u" || a.Published != "2005-06-15" || a.Title != "T" || a.Text != "body" || a.File != "" {
		t.Errorf("LineArticle = %+v", a)
	}
	if doc, err := a.Document(); err != nil || doc.Published.Format("2006-01-02") != "2005-06-15" {
		t.Errorf("Document = %+v, %v", doc, err)
	}
	a, err = LineArticle("a.jsonl", 3, []byte(`{"id":"y","text":""}`), "2001-01-01")
	if err != nil || a.Published != "2001-01-01" {
		t.Errorf("no date: %+v, %v; want the default date", a, err)
	}
	for _, tc := range []struct{ line, want string }{
		{`{"text":"x"}`, `a.jsonl:7: no "id"`},
		{`{"id":"x"}`, `a.jsonl:7: no "text"`},
		{`{"id":"x","text":"a\u0000b"}`, `a.jsonl:7: NUL character in "text"`},
		{`{"id":"x","text":"t","published":"15/06/2005"}`, `a.jsonl:7: beam: bad publication date "15/06/2005" (want YYYY-MM-DD)`},
		{`{"id":"x","text":"t","body":"b"}`, `a.jsonl:7: bad JSON: json: unknown field "body"`},
		{`{"id":"x","text":"t"`, `a.jsonl:7: bad JSON: unexpected EOF`},
		{`["x"]`, `a.jsonl:7: bad JSON: json: cannot unmarshal array into Go value of type beam.metadata`},
		{`{"id":"x","text":1}`, `a.jsonl:7: bad JSON: json: cannot unmarshal number into Go struct field metadata.text of type string`},
	} {
		_, err := LineArticle("a.jsonl", 7, []byte(tc.line), "")
		if err == nil || err.Error() != tc.want {
			t.Errorf("LineArticle(%s): error %v, want %q", tc.line, err, tc.want)
		}
	}
}

func TestEachLine(t *testing.T) {
	long := strings.Repeat("x", MaxArticleSize+10)
	in := "first\r\n\n  \n" + long + "\nlast"
	var got []string
	err := eachLine(bufio.NewReaderSize(strings.NewReader(in), 16), func(n int, line []byte, err error) {
		if err != nil {
			got = append(got, fmt.Sprintf("%d error %v", n, err))
			return
		}
		got = append(got, fmt.Sprintf("%d %q", n, line))
	}, "f.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	want := []string{`1 "first"`, `4 error f.jsonl:4: longer than 10 MiB, the limit for an article; not read`, `5 "last"`}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("eachLine:\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestWithID(t *testing.T) {
	for _, tc := range []struct{ line, want string }{
		{`{"version":1}` + "\n", `{"id":"a<b","version":1}` + "\n"},
		{`{}`, `{"id":"a<b"}`},
	} {
		got := string(withID([]byte(tc.line), "a<b"))
		if got != tc.want {
			t.Errorf("withID(%q) = %q, want %q", tc.line, got, tc.want)
		}
		if !json.Valid([]byte(got)) {
			t.Errorf("withID(%q) is not JSON", tc.line)
		}
	}
}
