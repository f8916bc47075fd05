package factcheck

import (
	"bytes"
	"strings"
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

func TestWriteMarkdownGolden(t *testing.T) {
	var buf bytes.Buffer
	if err := testReport().WriteMarkdown(&buf); err != nil {
		t.Fatal(err)
	}
	checkGolden(t, "report.md", buf.Bytes())
}

// tableRows returns the rows of the Markdown table in md.
func tableRows(md string) []string {
	var rows []string
	for line := range strings.Lines(md) {
		if strings.HasPrefix(line, "|") {
			rows = append(rows, strings.TrimSuffix(line, "\n"))
		}
	}
	return rows
}

// cells counts the cells of a table row: the pipes not escaped with a
// backslash, less one.
func cells(row string) int {
	n := 0
	for i := 0; i < len(row); i++ {
		switch row[i] {
		case '\\':
			i++
		case '|':
			n++
		}
	}
	return n - 1
}

func TestWriteMarkdownTableCells(t *testing.T) {
	var buf bytes.Buffer
	if err := testReport().WriteMarkdown(&buf); err != nil {
		t.Fatal(err)
	}
	rows := tableRows(buf.String())
	if len(rows) != 2+7 {
		t.Fatalf("table has %d rows, want a header, a rule and 7 verdicts:\n%s", len(rows), buf.String())
	}
	for _, row := range rows {
		if n := cells(row); n != 4 {
			t.Errorf("row has %d cells, want 4: %s", n, row)
		}
	}
}

func TestWriteMarkdownEscapes(t *testing.T) {
	r := &Report{
		Claims: []claims.Claim{{ID: "c1", Text: "a *bold* claim | with [a link](x) and <b>html</b> & `code`\nover two lines"}},
		Verdicts: []Verdict{{Claim: "c1", Rating: False, Explanation: "_not_ so",
			Evidence: []sources.Evidence{
				{Source: sources.Source{Name: "Evil", URL: "javascript:alert(1)"}},
				{Source: sources.Source{Name: "Wiki (en)", URL: "https://en.wikipedia.org/wiki/Alaska_(disambiguation)|x"}},
			}}},
	}
	var buf bytes.Buffer
	if err := r.WriteMarkdown(&buf); err != nil {
		t.Fatal(err)
	}
	rows := tableRows(buf.String())
	if len(rows) != 3 {
		t.Fatalf("table has %d rows, want 3:\n%s", len(rows), buf.String())
	}
	row := rows[2]
	for _, want := range []string{
		`**c1** a \*bold\* claim \| with \[a link\](x) and \<b\>html\</b\> \& \` + "`code\\`" + ` over two lines`,
		`\_not\_ so`,
		`Evil (javascript:alert(1))`,
		`[Wiki (en)](https://en.wikipedia.org/wiki/Alaska_%28disambiguation%29%7Cx)`,
	} {
		if !strings.Contains(row, want) {
			t.Errorf("row lacks %s:\n%s", want, row)
		}
	}
	if n := cells(row); n != 4 {
		t.Errorf("row has %d cells, want 4: %s", n, row)
	}
	if strings.Contains(row, "](javascript:") {
		t.Errorf("javascript: URL became a link: %s", row)
	}
}
