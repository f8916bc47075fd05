package factcheck

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"math"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/veracity-go/veracity/claims"
)

// WriteHTML writes the report to w as one self-contained HTML page: inline
// CSS, no script and no external request, readable and printable as it
// is.
//
// The page has a header with the document's title, date and counts; the
// findings, errors and warnings first, each quoting the claims it involves
// and linking to them, then the notes (findings of severity info); the
// article text with each claim's span highlighted and labelled with its
// rating (green for true and mostly-true, red for false and mostly-false,
// amber for half-true and conflicting, grey for unverified, always with
// the rating in words too); and the details of every claim: its verdict,
// explanation, evidence with links to the sources, earlier fact-checks of
// claims that read alike ("Previously checked by PolitiFact: false"), and
// links back to the findings that name it.
//
// When the report carries its sentences' check-worthiness
// ([Report.Sentences]), the article's sentences are shaded by it, as in
// ClaimBuster's interface: five bands of one colour, the score in each
// sentence's title, a dotted underline for those that reach the
// threshold, and a legend; the highlights keep their colours within.
//
// A claim is highlighted when its span lies within the article text on
// UTF-8 boundaries. A span nested in another is highlighted inside it; a
// span that crosses another's edge, starting inside it and ending after
// it, is not highlighted, and its details say so. Claims without spans
// (hand-written claim sets) leave the article plain; their details are
// listed all the same, false first and unverified last, as there is no
// text to follow.
//
// All text from the report, the article included, is escaped. Only http,
// https and mailto URLs become links.
func (r *Report) WriteHTML(w io.Writer) error {
	var b bytes.Buffer
	if err := htmlReport.Execute(&b, r.htmlPage()); err != nil {
		return fmt.Errorf("factcheck: html: %w", err)
	}
	_, err := w.Write(stripBidi(b.Bytes()))
	return err
}

// htmlPage is what the HTML template renders.
type htmlPage struct {
	Title     string
	Published string
	URL       string // "" when the document has no linkable URL
	URLText   string
	File      string
	Lang      string // the article's language tag, "" when unknown
	Counts    string
	Truncated string
	Findings  []htmlFinding // errors and warnings, worst first
	Notes     []htmlFinding // findings of severity info
	Paras     [][]htmlSeg   // the article, one paragraph per line
	HasText   bool
	Marked    int  // claims highlighted in the article
	Shaded    bool // sentences shaded by check-worthiness
	Claims    []htmlClaim
}

// htmlRating is a rating as the page shows it.
type htmlRating struct {
	Name  string // "mostly-false"
	Class string // the colour: v-true, v-false, v-mixed, v-unverified
	Icon  string // a shape that does not rely on colour
}

// htmlFinding is one finding with the claims it names.
type htmlFinding struct {
	Anchor   string
	N        int
	Check    string
	Severity string
	Message  string
	Sides    []htmlRef
	Passages []string // the text it is about, when it names no claim
}

// htmlRef is a claim as a finding quotes it.
type htmlRef struct {
	ID      string
	Text    string
	Target  string // the highlight, or the details when not highlighted
	Details string
	Known   bool // the report has the claim
	Rating  htmlRating
}

// htmlFindingLink links a claim to a finding that names it.
type htmlFindingLink struct {
	Anchor   string
	N        int
	Check    string
	Severity string
}

// htmlClaim is one claim's details.
type htmlClaim struct {
	Anchor      string
	Highlight   string // the anchor of its highlight, "" when not highlighted
	ID          string
	Text        string
	Rating      htmlRating
	Confidence  string
	Explanation string
	Facts       []htmlFact
	Evidence    []htmlEvidence
	Prior       []htmlPrior
	Findings    []htmlFindingLink
	Note        string // why it is not highlighted, when it has a span
}

// htmlFact is one field of a claim: subject, property, value…
type htmlFact struct{ Name, Value string }

// htmlEvidence is one piece of evidence with its source.
type htmlEvidence struct {
	Source      string
	URL         string
	Reliability string
	Stance      string
	Quote       string
}

// htmlPrior is an earlier fact-check of a claim that reads alike.
type htmlPrior struct {
	Publisher  string // "" when not given
	URL        string // "" when not linkable
	Verdict    string // `false ("Pants on Fire!")`
	Class      string // the colour of the publisher's rating
	Claim      string
	Claimant   string
	Similarity string // "62%"
	Date       string
}

// htmlSeg is a run of article text, or a highlight or a shaded sentence
// holding runs.
type htmlSeg struct {
	Text  string
	Mark  *htmlMark
	Shade *htmlShade
	Kids  []htmlSeg
}

// htmlShade is a sentence shaded by its check-worthiness, or the piece of
// one within a paragraph.
type htmlShade struct {
	Class string // ws0 (under 0.2) to ws4 (0.8 and over), and worthy when it reaches the threshold
	Title string // "check-worthiness 0.72 (check-worthy)"
}

// shadeOf returns how the page shades a sentence of score w: one of five
// bands of 0.2, each a darker background, and for a sentence that reaches
// the extraction threshold a dotted underline, so that the score is not
// shown by colour alone (the title gives it in figures).
func shadeOf(s SentenceScore) *htmlShade {
	w := min(1, max(0, s.Worthiness))
	band := min(4, int(w*5))
	h := &htmlShade{Class: "ws" + strconv.Itoa(band),
		Title: "check-worthiness " + strconv.FormatFloat(w, 'f', 2, 64)}
	if s.Worthy {
		h.Class += " worthy"
		h.Title += " (check-worthy)"
	}
	return h
}

// sentenceScores returns the report's sentences that fit the text (on
// UTF-8 boundaries, in order, not overlapping), trimmed of white space.
func (r *Report) sentenceScores() []SentenceScore {
	text := r.Document.Text
	var out []SentenceScore
	end := 0
	for _, s := range r.Sentences {
		sp := s.Span
		if sp.Start < end || sp.End > len(text) || sp.Start >= sp.End || math.IsNaN(s.Worthiness) ||
			!utf8.RuneStart(byteAt(text, sp.Start)) || !utf8.RuneStart(byteAt(text, sp.End)) {
			continue
		}
		for sp.Start < sp.End && isSpace(text[sp.Start]) {
			sp.Start++
		}
		for sp.End > sp.Start && isSpace(text[sp.End-1]) {
			sp.End--
		}
		if sp.Start == sp.End {
			continue
		}
		s.Span = sp
		out = append(out, s)
		end = sp.End
	}
	return out
}

// htmlMark is one highlight, or the piece of one within a paragraph.
type htmlMark struct {
	ID       string // the highlight's anchor, on its first piece only
	Tag      bool   // the last piece, which carries the links
	ClaimID  string
	Title    string
	Details  string
	Rating   htmlRating
	Findings []htmlFindingLink
}

// htmlRatings gives each rating its colour class and icon: true and
// mostly-true green, false and mostly-false red, half-true and conflicting
// amber, unverified grey.
var htmlRatings = map[Rating]htmlRating{
	True:        {Class: "v-true", Icon: "✓"},
	MostlyTrue:  {Class: "v-true", Icon: "✓"},
	False:       {Class: "v-false", Icon: "✗"},
	MostlyFalse: {Class: "v-false", Icon: "✗"},
	HalfTrue:    {Class: "v-mixed", Icon: "≈"},
	Conflicting: {Class: "v-mixed", Icon: "≈"},
	Unverified:  {Class: "v-unverified", Icon: "?"},
}

// ratingHTML returns how the page shows rating r.
func ratingHTML(r Rating) htmlRating {
	h, ok := htmlRatings[r]
	if !ok {
		h = htmlRatings[Unverified]
	}
	h.Name = r.String()
	return h
}

// anchorSafe matches claim ids that may serve in an anchor as they are.
var anchorSafe = regexp.MustCompile(`^[A-Za-z0-9_-]{1,64}$`)

// langTag matches what may go in a lang attribute.
var langTag = regexp.MustCompile(`^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$`)

// spanNode is a highlighted claim's span and the spans nested in it.
type spanNode struct {
	start, end int
	claim      int // index in Report.Claims
	kids       []*spanNode
}

// htmlPage gathers what the template shows.
func (r *Report) htmlPage() *htmlPage {
	p := &htmlPage{
		Title:     r.Document.Title,
		Published: formatDate(r.Document.Published),
		File:      r.File,
		Counts:    r.counts(),
		Truncated: r.truncation(),
		HasText:   strings.TrimSpace(r.Document.Text) != "",
	}
	if p.Title == "" {
		p.Title = "Fact-check report"
	}
	if u := linkURL(r.Document.URL); u != "" {
		p.URL, p.URLText = u, r.Document.URL
	}
	if langTag.MatchString(r.Document.Language) {
		p.Lang = r.Document.Language
	}

	// Anchors: the claim's id when it is safe and unique, else its index.
	claimAnchor := make([]string, len(r.Claims))
	byID := make(map[string]int, len(r.Claims))
	seen := make(map[string]bool)
	for i, c := range r.Claims {
		a := "claim-" + c.ID
		if !anchorSafe.MatchString(c.ID) || seen[a] {
			a = "claim." + strconv.Itoa(i+1)
		}
		seen[a] = true
		claimAnchor[i] = a
		if _, dup := byID[c.ID]; !dup {
			byID[c.ID] = i
		}
	}
	hlAnchor := func(i int) string { return "hl-" + strings.TrimPrefix(claimAnchor[i], "claim-") }
	verdicts := make(map[string]Verdict, len(r.Verdicts))
	for _, v := range r.Verdicts {
		if _, dup := verdicts[v.Claim]; !dup {
			verdicts[v.Claim] = v
		}
	}

	roots, notes := r.spanForest()
	marked := make([]bool, len(r.Claims))
	var walk func([]*spanNode)
	walk = func(ns []*spanNode) {
		for _, n := range ns {
			marked[n.claim] = true
			p.Marked++
			walk(n.kids)
		}
	}
	walk(roots)

	// Findings, worst first and numbered in that order, and for each
	// claim the findings that name it.
	findings := slices.Clone(r.Findings)
	slices.SortStableFunc(findings, func(a, b Finding) int { return cmp.Compare(b.Severity, a.Severity) })
	claimFindings := make([][]htmlFindingLink, len(r.Claims))
	for k, f := range findings {
		hf := htmlFinding{Anchor: "finding-" + strconv.Itoa(k+1), N: k + 1, Check: f.Check,
			Severity: f.Severity.String(), Message: oneLine(f.Message), Passages: r.passages(f)}
		link := htmlFindingLink{Anchor: hf.Anchor, N: hf.N, Check: f.Check, Severity: hf.Severity}
		for _, id := range f.Claims {
			ref := htmlRef{ID: id, Rating: ratingHTML(verdicts[id].Rating)}
			if i, ok := byID[id]; ok {
				ref.Known = true
				ref.Text = oneLine(r.Claims[i].Text)
				ref.Details = "#" + claimAnchor[i]
				ref.Target = ref.Details
				if marked[i] {
					ref.Target = "#" + hlAnchor(i)
				}
				if !slices.ContainsFunc(claimFindings[i], func(l htmlFindingLink) bool { return l.N == link.N }) {
					claimFindings[i] = append(claimFindings[i], link)
				}
			}
			hf.Sides = append(hf.Sides, ref)
		}
		if f.Severity == Info {
			p.Notes = append(p.Notes, hf)
		} else {
			p.Findings = append(p.Findings, hf)
		}
	}

	for i, c := range r.Claims {
		v := verdicts[c.ID]
		hc := htmlClaim{
			Anchor:      claimAnchor[i],
			ID:          c.ID,
			Text:        oneLine(c.Text),
			Rating:      ratingHTML(v.Rating),
			Explanation: oneLine(v.Explanation),
			Facts:       claimFacts(c),
			Findings:    claimFindings[i],
			Note:        notes[i],
		}
		if v.Confidence > 0 {
			hc.Confidence = strconv.FormatFloat(v.Confidence*100, 'f', 0, 64) + "%"
		}
		if marked[i] {
			hc.Highlight = hlAnchor(i)
		}
		shown := v.priorSources()
		for _, e := range v.Evidence {
			if shown[e.Source.ID] {
				continue // listed as a prior check
			}
			hc.Evidence = append(hc.Evidence, htmlEvidence{
				Source:      oneLine(e.Source.Label()),
				URL:         linkURL(e.Source.URL),
				Reliability: e.Source.Reliability.String(),
				Stance:      e.Stance.String(),
				Quote:       oneLine(e.Quote),
			})
		}
		for _, pc := range v.Prior {
			class := ratingHTML(pc.Rating).Class
			if !pc.RatingOK {
				class = ratingHTML(Unverified).Class
			}
			hc.Prior = append(hc.Prior, htmlPrior{
				Publisher:  oneLine(pc.Publisher),
				URL:        linkURL(pc.URL),
				Verdict:    pc.verdictText(),
				Class:      class,
				Claim:      oneLine(pc.Claim),
				Claimant:   oneLine(pc.Claimant),
				Similarity: strconv.FormatFloat(pc.Similarity*100, 'f', 0, 64) + "%",
				Date:       formatDate(pc.Date),
			})
		}
		p.Claims = append(p.Claims, hc)
	}

	if p.Marked == 0 {
		// Nothing to follow in the text: list what needs attention first.
		rank := make(map[string]int, len(displayOrder))
		for i, rt := range displayOrder {
			rank[rt.String()] = i
		}
		slices.SortStableFunc(p.Claims, func(a, b htmlClaim) int { return cmp.Compare(rank[a.Rating.Name], rank[b.Rating.Name]) })
	}

	mark := func(n *spanNode) *htmlMark {
		c := r.Claims[n.claim]
		v := verdicts[c.ID]
		rt := ratingHTML(v.Rating)
		title := c.ID + ": " + rt.Name
		if v.Explanation != "" {
			title += " — " + oneLine(v.Explanation)
		}
		return &htmlMark{ClaimID: c.ID, Title: title, Details: "#" + claimAnchor[n.claim],
			Rating: rt, Findings: claimFindings[n.claim]}
	}
	text := r.Document.Text
	started := make(map[*spanNode]bool)
	var segs func(lo, hi int, ns []*spanNode) []htmlSeg
	segs = func(lo, hi int, ns []*spanNode) []htmlSeg {
		var out []htmlSeg
		pos := lo
		for _, n := range ns {
			s, e := max(n.start, lo), min(n.end, hi)
			if s >= e {
				continue
			}
			if pos < s {
				out = append(out, htmlSeg{Text: cleanText(text[pos:s])})
			}
			m := mark(n)
			if !started[n] {
				started[n] = true
				m.ID = hlAnchor(n.claim)
			}
			m.Tag = n.end <= hi
			out = append(out, htmlSeg{Mark: m, Kids: segs(s, e, n.kids)})
			pos = e
		}
		if pos < hi {
			out = append(out, htmlSeg{Text: cleanText(text[pos:hi])})
		}
		return out
	}
	// Sentences shade the article under the highlights: a highlight
	// that runs over a sentence's end goes on in the next.
	sents := r.sentenceScores()
	p.Shaded = len(sents) > 0
	k := 0
	for _, para := range paragraphs(text) {
		lo, hi := para[0], para[1]
		var out []htmlSeg
		pos := lo
		for k < len(sents) && sents[k].Span.End <= lo {
			k++
		}
		for j := k; j < len(sents) && sents[j].Span.Start < hi; j++ {
			s, e := max(sents[j].Span.Start, lo), min(sents[j].Span.End, hi)
			if pos < s {
				out = append(out, segs(pos, s, roots)...)
			}
			out = append(out, htmlSeg{Shade: shadeOf(sents[j]), Kids: segs(s, e, roots)})
			pos = e
		}
		if pos < hi {
			out = append(out, segs(pos, hi, roots)...)
		}
		p.Paras = append(p.Paras, out)
	}
	return p
}

// spanForest returns the highlighted claims' spans as a forest in text
// order, and for each claim with a span that is not highlighted, why not.
// Spans are trimmed of white space at either end first.
func (r *Report) spanForest() ([]*spanNode, []string) {
	text := r.Document.Text
	notes := make([]string, len(r.Claims))
	var nodes []*spanNode
	for i, c := range r.Claims {
		s := c.Span
		if s.IsZero() {
			continue
		}
		if s.Start < 0 || s.End > len(text) || s.Start >= s.End ||
			!utf8.RuneStart(byteAt(text, s.Start)) || !utf8.RuneStart(byteAt(text, s.End)) {
			notes[i] = fmt.Sprintf("Not highlighted: its span [%d, %d) does not fit the article text.", s.Start, s.End)
			continue
		}
		start, end := s.Start, s.End
		for start < end && isSpace(text[start]) {
			start++
		}
		for end > start && isSpace(text[end-1]) {
			end--
		}
		if start == end {
			notes[i] = "Not highlighted: its span holds only white space."
			continue
		}
		nodes = append(nodes, &spanNode{start: start, end: end, claim: i})
	}
	slices.SortStableFunc(nodes, func(a, b *spanNode) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
	})
	var roots, stack []*spanNode
	for _, n := range nodes {
		for len(stack) > 0 && stack[len(stack)-1].end <= n.start {
			stack = stack[:len(stack)-1]
		}
		if len(stack) == 0 {
			roots = append(roots, n)
		} else {
			top := stack[len(stack)-1]
			if n.end > top.end {
				notes[n.claim] = fmt.Sprintf("Not highlighted: its span crosses the highlight of claim %s.", r.Claims[top.claim].ID)
				continue
			}
			top.kids = append(top.kids, n)
		}
		stack = append(stack, n)
	}
	return roots, notes
}

// byteAt returns text[i], or a byte that starts a rune when i is the end.
func byteAt(text string, i int) byte {
	if i >= len(text) {
		return 0
	}
	return text[i]
}

// isSpace reports whether b is ASCII white space.
func isSpace(b byte) bool {
	return b == ' ' || b == '\t' || b == '\n' || b == '\r' || b == '\f' || b == '\v'
}

// paragraphs returns the byte ranges of the lines of text that hold more
// than white space, without their line endings.
func paragraphs(text string) [][2]int {
	var out [][2]int
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		lo, hi := start, end
		for hi > lo && isSpace(text[hi-1]) {
			hi--
		}
		if strings.TrimSpace(text[lo:hi]) != "" {
			out = append(out, [2]int{lo, hi})
		}
		start = end + 1
	}
	return out
}

// cleanText replaces control characters other than tabs with U+FFFD, as
// they have no place in an HTML page, and invalid UTF-8 likewise.
func cleanText(s string) string {
	return strings.Map(func(r rune) rune {
		if r != '\t' && unicode.IsControl(r) {
			return '\uFFFD'
		}
		return r
	}, strings.ToValidUTF8(s, "\uFFFD"))
}

// claimFacts lists a claim's fields for its details.
func claimFacts(c claims.Claim) []htmlFact {
	var fs []htmlFact
	add := func(name, value string) {
		if value = oneLine(value); value != "" {
			fs = append(fs, htmlFact{name, value})
		}
	}
	add("subject", c.Subject)
	add("property", c.Property)
	if !c.Value.IsZero() {
		add("value", c.Value.String())
	}
	add("modality", c.Modality.String())
	add("attribution", c.Attribution)
	if !c.AsOf.IsZero() {
		add("as of", c.AsOf.String())
	}
	add("sources", strings.Join(c.Sources, ", "))
	return fs
}

// linkURL returns rawURL for an href when it is an absolute http, https
// or mailto URL, and "" otherwise. (The template escapes it again.)
func linkURL(rawURL string) string {
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "mailto") {
		return ""
	}
	if u.Scheme != "mailto" && u.Host == "" {
		return ""
	}
	return u.String()
}
