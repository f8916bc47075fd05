package factcheck

import (
	"bytes"
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/sources"
)

// htmlArticle is the article of htmlTestReport. The claim venue-unknown
// runs over a line break; the last line holds markup and a control
// character.
const htmlArticle = "Officials said Anchorage in the US state of Alaska is the venue for the upcoming meeting, two White House officials said.\n" +
	"Although the exact location of the\nTrump-Putin summit is yet not known, it will take place in Alaska.\n" +
	"\n" +
	"Historians note the US paid $7.5 million for Alaska; Alaska was bought in 1867.\n" +
	"It comes more than three and a half years after Moscow's invasion.\n" +
	"Revenue | rose *15%* to $1.2bn from $1.1bn <b>and</b> there were no phone calls \x1b[31mbetween them.\n"

// spanOf returns the span of the first occurrence of s in text.
func spanOf(t *testing.T, text, s string) claims.Span {
	t.Helper()
	i := strings.Index(text, s)
	if i < 0 {
		t.Fatalf("%q not in the article", s)
	}
	return claims.Span{Start: i, End: i + len(s)}
}

// htmlTestReport returns testReport with an article that its claims'
// spans point into, plus claims that test nesting (price-figure inside
// price, price-again on the same span), a span that crosses another
// (crossing) and one beyond the text (beyond).
func htmlTestReport(t *testing.T) *Report {
	t.Helper()
	r := testReport()
	r.Document.Text = htmlArticle
	r.File = "summit.yaml"
	for i := range r.Claims {
		c := &r.Claims[i]
		c.Span = spanOf(t, htmlArticle, c.Text)
	}
	add := func(c claims.Claim, v Verdict) {
		r.Claims = append(r.Claims, c)
		v.Claim = c.ID
		r.Verdicts = append(r.Verdicts, v)
	}
	add(claims.Claim{ID: "price-figure", Text: "$7.5 million", Span: spanOf(t, htmlArticle, "$7.5 million"),
		Subject: "alaska-purchase", Property: "price"},
		Verdict{Rating: MostlyFalse, Confidence: 0.6, Explanation: "the reference gives $7.2 million"})
	add(claims.Claim{ID: "price-again", Text: "the US paid $7.5 million for Alaska", Span: spanOf(t, htmlArticle, "the US paid $7.5 million for Alaska")},
		Verdict{Rating: HalfTrue, Explanation: "partly"})
	add(claims.Claim{ID: "crossing", Text: "Alaska; Alaska was", Span: spanOf(t, htmlArticle, "Alaska; Alaska was")},
		Verdict{})
	add(claims.Claim{ID: "beyond", Text: "beyond the text", Span: claims.Span{Start: len(htmlArticle) - 3, End: len(htmlArticle) + 10}},
		Verdict{})
	r.Findings = append(r.Findings, Finding{Check: "value-conflict", Severity: Error,
		Claims: []string{"price", "price-figure", "no-such-claim"}, Message: "two prices"})
	return r
}

func writeHTML(t *testing.T, r *Report) string {
	t.Helper()
	var buf bytes.Buffer
	if err := r.WriteHTML(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

func TestWriteHTMLGolden(t *testing.T) {
	checkGolden(t, "html-report.html", []byte(writeHTML(t, htmlTestReport(t))))
}

func TestWriteHTMLGoldenNoSpans(t *testing.T) {
	r := testReport()
	for i := range r.Claims {
		r.Claims[i].Span = claims.Span{}
	}
	r.Document.Text = htmlArticle
	checkGolden(t, "html-report-nospans.html", []byte(writeHTML(t, r)))
}

var (
	idAttr   = regexp.MustCompile(`\sid="([^"]*)"`)
	hrefAttr = regexp.MustCompile(`\shref="([^"]*)"`)
	markOpen = regexp.MustCompile(`<mark [^>]*>`)
)

// checkAnchors checks that ids are unique and that every link within the
// page leads to an id on it.
func checkAnchors(t *testing.T, page string) map[string]bool {
	t.Helper()
	ids := make(map[string]bool)
	for _, m := range idAttr.FindAllStringSubmatch(page, -1) {
		if ids[m[1]] {
			t.Errorf("id %q appears twice", m[1])
		}
		ids[m[1]] = true
	}
	for _, m := range hrefAttr.FindAllStringSubmatch(page, -1) {
		if frag, ok := strings.CutPrefix(m[1], "#"); ok && !ids[frag] {
			t.Errorf("link to #%s, which is not on the page", frag)
		}
	}
	return ids
}

func TestWriteHTMLAnchors(t *testing.T) {
	r := htmlTestReport(t)
	page := writeHTML(t, r)
	ids := checkAnchors(t, page)
	for _, c := range r.Claims {
		if !ids["claim-"+c.ID] {
			t.Errorf("claim %s has no details anchor claim-%s", c.ID, c.ID)
		}
	}
	for i := range r.Findings {
		if id := "finding-" + string(rune('1'+i)); !ids[id] {
			t.Errorf("finding %d has no anchor %s", i+1, id)
		}
	}
	for _, id := range []string{"venue-anchorage", "venue-unknown", "price", "price-figure", "price-again", "since-invasion", "purchase-date", "revenue", "calls"} {
		if !ids["hl-"+id] {
			t.Errorf("claim %s is not highlighted (no hl-%s)", id, id)
		}
	}
	for _, id := range []string{"crossing", "beyond"} {
		if ids["hl-"+id] {
			t.Errorf("claim %s is highlighted; its span crosses another or lies beyond the text", id)
		}
	}
	// Findings are numbered worst first: the two errors, the warning,
	// then the note.
	for n, want := range []string{"error</span> <code>arithmetic</code>", "error</span> <code>value-conflict</code>",
		"warning</span> <code>certainty-conflict</code>", "<code>unsourced</code>"} {
		id := "finding-" + strconv.Itoa(n+1)
		if item := section(t, page, `<li id="`+id+`"`, "</li>"); !strings.Contains(item, want) {
			t.Errorf("%s is not %s:\n%s", id, want, item)
		}
	}
	if notes := section(t, page, `<h3 id="notes-h">`, "</ul>"); !strings.Contains(notes, `id="finding-4"`) {
		t.Errorf("the info finding is not under Notes:\n%s", notes)
	}
	// The finding quotes both sides and links to their highlights; the
	// highlights link back to it.
	finding := section(t, page, `<li id="finding-3"`, "</li>\n</ul>")
	for _, want := range []string{
		`<a href="#hl-venue-anchorage">“Anchorage in the US state of Alaska is the venue for the upcoming meeting”</a>`,
		`<a href="#hl-venue-unknown">“the exact location of the Trump-Putin summit is yet not known”</a>`,
	} {
		if !strings.Contains(finding, want) {
			t.Errorf("finding 3 lacks %s:\n%s", want, finding)
		}
	}
	hl := section(t, page, `id="hl-venue-anchorage"`, "</mark>")
	if !strings.Contains(hl, `href="#finding-3"`) || !strings.Contains(hl, `href="#claim-venue-anchorage"`) {
		t.Errorf("highlight of venue-anchorage does not link to its details and to finding 3:\n%s", hl)
	}
	details := section(t, page, `<li id="claim-crossing"`, "</li>")
	if !strings.Contains(details, "crosses the highlight of claim price") {
		t.Errorf("details of crossing do not say why it is not highlighted:\n%s", details)
	}
	if !strings.Contains(page, "claim no-such-claim (not in the report)") {
		t.Errorf("a finding's unknown claim is not named as such")
	}
}

// section returns page from the first from up to and including the
// first to after it.
func section(t *testing.T, page, from, to string) string {
	t.Helper()
	i := strings.Index(page, from)
	if i < 0 {
		t.Fatalf("page lacks %s", from)
	}
	j := strings.Index(page[i:], to)
	if j < 0 {
		t.Fatalf("page lacks %s after %s", to, from)
	}
	return page[i : i+j+len(to)]
}

func TestWriteHTMLHighlights(t *testing.T) {
	page := writeHTML(t, htmlTestReport(t))
	article := section(t, page, `<article`, `</article>`)

	// Each highlight shows its rating in words, not by colour alone, and
	// names it in its title.
	for _, tc := range []struct{ id, class, rating string }{
		{"venue-anchorage", "v-true", "true"},
		{"price", "v-false", "false"},
		{"price-figure", "v-false", "mostly-false"},
		{"revenue", "v-mixed", "conflicting"},
		{"calls", "v-unverified", "unverified"},
	} {
		open := regexp.MustCompile(`<mark class="hl ` + tc.class + `" id="hl-` + tc.id + `" title="` + tc.id + `: ` + tc.rating)
		if !open.MatchString(article) {
			t.Errorf("no %s highlight of %s titled with its rating", tc.class, tc.id)
		}
		tag := `<a class="tag ` + tc.class + `" href="#claim-` + tc.id + `" aria-label="claim ` + tc.id + `: ` + tc.rating + `, details">`
		if !strings.Contains(article, tag) {
			t.Errorf("highlight of %s has no link labelled %q to its details", tc.id, tc.rating)
		}
	}
	// Nested: price-again and price-figure inside price.
	nested := section(t, article, `id="hl-price"`, `aria-label="claim price: false, details"`)
	if !strings.Contains(nested, `id="hl-price-again"`) || !strings.Contains(nested, `id="hl-price-figure"`) {
		t.Errorf("price-again and price-figure are not nested in price:\n%s", nested)
	}
	// A span over a line break is split between the paragraphs, with the
	// anchor on the first piece and the links on the last.
	if n := strings.Count(article, `title="venue-unknown: `); n != 2 {
		t.Errorf("venue-unknown is in %d pieces, want 2 (one per paragraph)", n)
	}
	if n := strings.Count(article, `href="#claim-venue-unknown"`); n != 1 {
		t.Errorf("venue-unknown's highlight links to its details %d times, want 1", n)
	}
	if n := len(markOpen.FindAllString(article, -1)); n != 10 {
		t.Errorf("article has %d <mark> elements, want 10 (9 claims, one in two pieces)", n)
	}
	if strings.Contains(page, "\x1b") {
		t.Errorf("a control character reached the page")
	}
}

func TestWriteHTMLEscapes(t *testing.T) {
	const hostile = `<script>alert(1)</script>`
	text := "Lead. " + hostile + " was said.\n<img src=x onerror=alert(2)> & more"
	r := &Report{
		Document: claims.Document{Title: hostile, Text: text, URL: "javascript:alert(3)", Language: `en"><script>`},
		Claims: []claims.Claim{
			{ID: `c1"><script>`, Text: hostile, Span: claims.Span{Start: 6, End: 6 + len(hostile)}},
			{ID: "c2", Text: "<img src=x onerror=alert(2)>", Span: claims.Span{Start: strings.Index(text, "<img"), End: strings.Index(text, " & more")}},
			{ID: "c2", Text: "a second c2", Subject: "<b>s</b>"},
		},
		Verdicts: []Verdict{
			{Claim: `c1"><script>`, Rating: False, Explanation: hostile,
				Evidence: []sources.Evidence{{Source: sources.Source{Name: "<i>evil</i>", URL: "javascript:alert(4)"}, Quote: hostile}}},
			{Claim: "c2", Rating: True},
		},
		Findings: []Finding{{Check: "<script>", Severity: Error, Claims: []string{`c1"><script>`, "c2"}, Message: hostile}},
	}
	page := writeHTML(t, r)
	for _, bad := range []string{"<script", "<img", "<i>", "<b>", "javascript:"} {
		if strings.Contains(page, bad) {
			t.Errorf("page contains %q:\n%s", bad, page)
		}
	}
	if !strings.Contains(page, "&lt;script&gt;alert(1)&lt;/script&gt;") {
		t.Errorf("the article's script is not shown as text")
	}
	ids := checkAnchors(t, page)
	if !ids["claim.1"] || !ids["hl-claim.1"] || !ids["claim-c2"] || !ids["claim.3"] {
		t.Errorf("unsafe and duplicate claim ids do not get positional anchors; ids: %v", slices.Sorted(maps.Keys(ids)))
	}
}

func TestWriteHTMLNoSpans(t *testing.T) {
	r := testReport()
	for i := range r.Claims {
		r.Claims[i].Span = claims.Span{}
	}
	r.Document.Text = "First paragraph.\n\nSecond & last."
	page := writeHTML(t, r)
	checkAnchors(t, page)
	if strings.Contains(page, "<mark") {
		t.Errorf("claims without spans were highlighted")
	}
	article := section(t, page, "<article", "</article>")
	for _, want := range []string{"<p>First paragraph.</p>", "<p>Second &amp; last.</p>", "do not give their place in the text"} {
		if !strings.Contains(article, want) {
			t.Errorf("article lacks %s:\n%s", want, article)
		}
	}
	// Every claim is listed with its rating.
	for _, v := range r.Verdicts {
		item := section(t, page, `<li id="claim-`+v.Claim+`"`, "</h3>")
		if !strings.Contains(item, "</span> "+v.Rating.String()+"</span>") {
			t.Errorf("claim %s is not listed with its rating %s:\n%s", v.Claim, v.Rating, item)
		}
	}
	// With no text to follow, the claims are listed worst first.
	var order []string
	for _, m := range regexp.MustCompile(`<li id="claim-([^"]+)"`).FindAllStringSubmatch(page, -1) {
		order = append(order, m[1])
	}
	if want := []string{"price", "since-invasion", "revenue", "venue-anchorage", "purchase-date", "venue-unknown", "calls"}; !slices.Equal(order, want) {
		t.Errorf("claims listed in order %v, want %v (false first, unverified last)", order, want)
	}
	// Findings link to the claims' details when nothing is highlighted.
	if !strings.Contains(page, `<a href="#claim-venue-unknown">“the exact location`) {
		t.Errorf("finding does not link to the details of venue-unknown")
	}
}

func TestWriteHTMLEmpty(t *testing.T) {
	page := writeHTML(t, &Report{})
	for _, want := range []string{"<title>Fact-check: Fact-check report</title>", "No findings", "no article text", "No claims."} {
		if !strings.Contains(page, want) {
			t.Errorf("empty report's page lacks %q", want)
		}
	}
	checkAnchors(t, page)
}

func TestParagraphs(t *testing.T) {
	got := paragraphs("a\n\n  \nbc \r\nd")
	want := [][2]int{{0, 1}, {6, 8}, {11, 12}}
	if !slices.Equal(got, want) {
		t.Errorf("paragraphs = %v, want %v", got, want)
	}
}

// sentenceEnd matches a full stop that ends a sentence.
var sentenceEnd = regexp.MustCompile(`\.(\s|$)`)

// sentenceScoresOf scores the sentences of htmlArticle given by their
// first words (each runs to its full stop), as the extractor would.
func sentenceScoresOf(t *testing.T, scores map[string]float64, worthy float64) []SentenceScore {
	t.Helper()
	var out []SentenceScore
	for _, start := range []string{"Officials said", "Although the exact", "Historians note", "It comes more", "Revenue |"} {
		sp := spanOf(t, htmlArticle, start)
		end := sentenceEnd.FindStringIndex(htmlArticle[sp.Start:])[0] + sp.Start + 1
		w := scores[start]
		out = append(out, SentenceScore{Span: claims.Span{Start: sp.Start, End: end}, Worthiness: w, Worthy: w >= worthy})
	}
	return out
}

// TestWriteHTMLShading checks that the article's sentences are shaded by
// their check-worthiness, as in ClaimBuster's interface: a band of colour,
// the score in each sentence's title, a dotted underline for the
// check-worthy ones, and a legend; the claims' highlights stay within.
func TestWriteHTMLShading(t *testing.T) {
	r := htmlTestReport(t)
	plain := writeHTML(t, r)
	r.Sentences = sentenceScoresOf(t, map[string]float64{
		"Officials said": 0.91, "Although the exact": 0.38, "Historians note": 0.64, "It comes more": 0.05, "Revenue |": 0.2,
	}, 0.37)
	// spans the page cannot use are left out: beyond the text, inside a
	// rune, overlapping the one before
	r.Sentences = append(r.Sentences,
		SentenceScore{Span: claims.Span{Start: len(htmlArticle) - 2, End: len(htmlArticle) + 5}, Worthiness: 0.99},
		SentenceScore{Span: claims.Span{Start: 0, End: 10}, Worthiness: 0.99})
	page := writeHTML(t, r)
	checkAnchors(t, page)
	article := section(t, page, `<article`, `</article>`)
	for _, want := range []string{
		`<span class="ws4 worthy" title="check-worthiness 0.91 (check-worthy)">Officials said <mark`,
		`two White House officials said.</span></p>`,
		`<span class="ws3 worthy" title="check-worthiness 0.64 (check-worthy)">Historians note`,
		`<span class="ws0" title="check-worthiness 0.05">It comes <mark`,
		`between them<a class="tag v-unverified" href="#claim-calls"`,
		`<span class="ws1" title="check-worthiness 0.20"><mark class="hl v-mixed" id="hl-revenue"`,
	} {
		if !strings.Contains(article, want) {
			t.Errorf("article lacks %s", want)
		}
	}
	// A sentence over a line break is shaded in both paragraphs.
	if n := strings.Count(article, `title="check-worthiness 0.38 (check-worthy)"`); n != 2 {
		t.Errorf("the sentence over a line break is in %d shaded pieces, want 2", n)
	}
	if n := strings.Count(article, `title="check-worthiness`); n != 6 {
		t.Errorf("article has %d shaded pieces, want 6 (five sentences, one in two pieces)", n)
	}
	if strings.Contains(article, "0.99") {
		t.Errorf("a sentence beyond the text or overlapping another was shaded")
	}
	// The highlights are as they were without shading.
	if got, want := len(markOpen.FindAllString(article, -1)), len(markOpen.FindAllString(plain, -1)); got != want {
		t.Errorf("article has %d <mark> elements shaded, %d plain", got, want)
	}
	for _, id := range []string{"hl-venue-anchorage", "hl-price", "hl-price-figure", "hl-revenue"} {
		if !strings.Contains(article, `id="`+id+`"`) {
			t.Errorf("shading lost the highlight %s", id)
		}
	}
	// The legend explains the bands in words and figures.
	legend := section(t, page, `<p class="wlegend"`, `</p>`)
	for _, want := range []string{"check-worthiness", "from 0 to 1", "under 0.2", "0.8 and over", "Underlined"} {
		if !strings.Contains(legend, want) {
			t.Errorf("legend lacks %q:\n%s", want, legend)
		}
	}
	if !strings.Contains(page, ".ws4 {") {
		t.Errorf("the page has no style for the shading")
	}
	// Without sentence scores the page is as before.
	if strings.Contains(plain, "wlegend") || strings.Contains(plain, ".ws4") || strings.Contains(plain, `class="ws`) {
		t.Errorf("a report without sentence scores shows shading")
	}
}

// TestWriteHTMLShadingEscapes checks that shading keeps the article
// escaped and copes with a score outside [0, 1].
func TestWriteHTMLShadingEscapes(t *testing.T) {
	text := "<b>Bold</b> claim. Ünïcode “quotes” here."
	r := &Report{Document: claims.Document{Text: text}, Sentences: []SentenceScore{
		{Span: claims.Span{Start: 0, End: 18}, Worthiness: 1.7, Worthy: true},
		{Span: claims.Span{Start: 19, End: len(text)}, Worthiness: -0.2},
	}}
	page := writeHTML(t, r)
	article := section(t, page, `<article`, `</article>`)
	for _, want := range []string{
		`<span class="ws4 worthy" title="check-worthiness 1.00 (check-worthy)">&lt;b&gt;Bold&lt;/b&gt; claim.</span>`,
		`<span class="ws0" title="check-worthiness 0.00">Ünïcode “quotes” here.</span>`,
	} {
		if !strings.Contains(article, want) {
			t.Errorf("article lacks %s:\n%s", want, article)
		}
	}
}
