package factcheck

import (
	"bytes"
	"os/exec"
	"regexp"
	"strings"
	"testing"

	"github.com/veracity-go/veracity/claims"
)

// hostileReport is a report whose texts carry bidirectional overrides,
// URLs, e-mail addresses and mentions, as an article may.
func hostileReport() *Report {
	text := "Smith\u202e said 5 \u2066people\u2069 died; see https://evil.example/x, www.evil.example, mail a@b.example or ask @someone <b>&</b>"
	return &Report{
		Document: claims.Document{Title: "Title \u202dreversed", URL: "https://example.org/news", Text: text},
		Claims:   []claims.Claim{{ID: "c1", Text: text, Subject: "smith", Property: "toll", Modality: claims.ModalityAsserted}},
		Verdicts: []Verdict{{Claim: "c1", Rating: Unverified, Explanation: "No source \u202eelpoep."}},
		Findings: []Finding{{Check: "unsourced", Severity: Warning, Claims: []string{"c1"}, Message: "Said by @someone \u2067at https://evil.example"}},
	}
}

var bidi = regexp.MustCompile("[\u202a-\u202e\u2066-\u2069]")

// No format lets a bidirectional control reorder the text after its field:
// text, Markdown and HTML drop them, JSON escapes them (issue 16).
func TestReportsNeutraliseBidi(t *testing.T) {
	r := hostileReport()
	for name, write := range map[string]func(*bytes.Buffer) error{
		"text":     func(b *bytes.Buffer) error { return r.WriteText(b, TextOptions{}) },
		"markdown": func(b *bytes.Buffer) error { return r.WriteMarkdown(b) },
		"html":     func(b *bytes.Buffer) error { return r.WriteHTML(b) },
		"json":     func(b *bytes.Buffer) error { return r.WriteJSON(b) },
		"jsonline": func(b *bytes.Buffer) error { return r.WriteJSONLine(b) },
	} {
		var b bytes.Buffer
		if err := write(&b); err != nil {
			t.Fatal(err)
		}
		if m := bidi.FindString(b.String()); m != "" {
			t.Errorf("%s report holds %U", name, []rune(m)[0])
		}
	}
	var b bytes.Buffer
	if err := r.WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(b.String(), `Smith\u202e said`) {
		t.Errorf("JSON does not escape U+202E as \\u202e:\n%s", b.String())
	}
	back, err := DecodeReport(b.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	if back.Claims[0].Text != r.Claims[0].Text {
		t.Errorf("JSON changed the claim's text: %q, want %q", back.Claims[0].Text, r.Claims[0].Text)
	}
}

// The JSON report escapes <, > and &, so that it may sit in an HTML page.
func TestJSONEscapesHTML(t *testing.T) {
	var b bytes.Buffer
	if err := hostileReport().WriteJSON(&b); err != nil {
		t.Fatal(err)
	}
	if s := b.String(); strings.ContainsAny(s, "<>&") {
		t.Errorf("JSON report holds < > or &:\n%s", s)
	}
}

// The HTML report carries its own Content-Security-Policy, for when it is
// opened from disk or served without headers.
func TestHTMLContentSecurityPolicy(t *testing.T) {
	var b bytes.Buffer
	if err := hostileReport().WriteHTML(&b); err != nil {
		t.Fatal(err)
	}
	want := `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`
	if !strings.Contains(b.String(), want) {
		t.Errorf("HTML report lacks %s", want)
	}
}

// Markdown from article text neither links nor mentions: bare URLs,
// www addresses, e-mail addresses and @mentions are broken, checked with
// GitHub's renderer when it is installed (cmark-gfm).
func TestMarkdownNoAutolinks(t *testing.T) {
	var b bytes.Buffer
	if err := hostileReport().WriteMarkdown(&b); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, bad := range []string{"https://evil", "www.evil", "a@b", "@someone"} {
		if strings.Contains(md, bad) {
			t.Errorf("Markdown holds %q as written", bad)
		}
	}
	for _, want := range []string{`https\://evil.example/x`, `www\.evil.example`, "@\u2060someone"} {
		if !strings.Contains(md, want) {
			t.Errorf("Markdown lacks %q", want)
		}
	}
	cmark, err := exec.LookPath("cmark-gfm")
	if err != nil {
		t.Skip("cmark-gfm not installed: the rendering is not checked")
	}
	cmd := exec.Command(cmark, "-e", "autolink", "-e", "table")
	cmd.Stdin = strings.NewReader(md)
	html, err := cmd.Output()
	if err != nil {
		t.Fatal(err)
	}
	links := regexp.MustCompile(`<a href="([^"]*)"`).FindAllStringSubmatch(string(html), -1)
	for _, l := range links {
		if l[1] != "https://example.org/news" {
			t.Errorf("cmark-gfm makes a link to %q from the article's text", l[1])
		}
	}
	if len(links) != 1 {
		t.Errorf("%d links, want the document's only:\n%s", len(links), html)
	}
}
