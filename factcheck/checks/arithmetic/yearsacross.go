package arithmetic

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// findYearsAgoAcross reports "N years ago" of a founding that an earlier
// sentence dates otherwise: "The pier first opened to the public in 1871.
// It was built more than 160 years ago." (in 2026: 155 years); "Saltmouth
// Pier first opened in 1871 … This pier was built more than 160 years
// ago". The "ago" must follow a verb of founding in a sentence that names
// no year of its own, and exactly one founding must be dated of what it
// names: in the sentence before for "It", else in a sentence that shares
// a word with its subject.
func (a *analysis) findYearsAgoAcross(ms []extract.Mention) {
	if a.published.IsZero() || len(a.sents) == 0 {
		return
	}
	// One pass over the mentions, sentence by sentence: each sentence's
	// "ago" and whether it names a year; the founding years so far.
	type founding struct {
		m    *extract.Mention
		sent int
	}
	agos := make([]*extract.Mention, len(a.sents))
	ownYear := make([]bool, len(a.sents))
	var foundings []founding
	k := 0
	for i := range ms {
		m := &ms[i]
		for k < len(a.sents) && a.sents[k].end <= m.Span.Start {
			k++
		}
		if k == len(a.sents) {
			break
		}
		s := a.sents[k]
		if m.Span.Start < s.start || m.Span.End > s.end || m.Kind != claims.KindTime {
			continue
		}
		switch {
		case strings.HasSuffix(strings.ToLower(m.Text), " ago"):
			agos[k] = m
		case m.Value.Granularity == claims.GranularityYear:
			ownYear[k] = true
			if !m.Relative && foundedNear.MatchString(strings.ToLower(a.text[max(s.start, m.Span.Start-60):m.Span.Start])) {
				foundings = append(foundings, founding{m, k})
			}
		}
	}
	for k, ago := range agos {
		if ago == nil || ownYear[k] || k == 0 {
			continue
		}
		s := a.sents[k]
		lead := strings.ToLower(a.text[s.start:agoStart(a.text, *ago)])
		if !foundedBefore.MatchString(lead) {
			continue
		}
		// What was founded: the sentence's subject words ("This pier was
		// built"), or "It" for what the sentence before dated.
		subject := contentWords(lead)
		pronoun := strings.HasPrefix(lead, "it ")
		var year, only *extract.Mention
		n := 0
		seen := 0
		for j := len(foundings) - 1; j >= 0 && seen < maxFoundings; j-- {
			f := foundings[j]
			if f.sent >= k {
				continue
			}
			seen++
			fs := a.sents[f.sent]
			if genericThing.MatchString(strings.ToLower(a.text[fs.start:f.m.Span.Start])) {
				only = f.m
			}
			if pronoun && f.sent != k-1 || !pronoun && !sharesContent(subject, contentWords(strings.ToLower(a.text[fs.start:fs.end]))) {
				continue
			}
			year = f.m
			n++
		}
		if n == 0 && seen == 1 && only != nil && definiteLead.MatchString(lead) && structureNoun.MatchString(lead) {
			// "This pier was built …" when the article dates one founding
			// only, of a thing named by a general noun that may be any
			// ("The Grade II listed structure, which first opened to the
			// public in 1871").
			year, n = only, 1
		}
		if n != 1 {
			continue
		}
		lo, hi, wrong := a.agoWrong(*ago, *year)
		if !wrong {
			continue
		}
		said := strings.TrimSpace(a.text[agoStart(a.text, *ago):ago.Span.End])
		msg := fmt.Sprintf("%s, of what the article dates to %s: from %s to %s is %s", said, year.Text, year.Text,
			a.published.Format("2 January 2006"), elapsedText(lo, hi))
		if a.seen[msg] {
			continue
		}
		a.seen[msg] = true
		a.findings = append(a.findings, finding{sev: warningSev,
			spans: []claims.Span{{Start: year.Span.Start, End: year.Span.End}, {Start: agoStart(a.text, *ago), End: ago.Span.End}}, message: msg})
	}
}

// maxFoundings bounds the founding years each "ago" is compared with, the
// nearest first, which keeps the work linear.
const maxFoundings = 64

// definiteLead opens a sentence with a definite noun phrase, after an
// opening quote: "This pier", "“The club".
var definiteLead = regexp.MustCompile(`^[\s"'“‘]*(?:this|the|that)\s+[a-z-]+`)

// genericThing names a founded thing by a general noun that a later
// "this pier" or "the hall" may mean: "the listed structure, which" (a
// structure, not a body: "the organisation" may be any club or firm).
var genericThing = regexp.MustCompile(`\b(?:the|its|this)\s+(?:[a-z-]+\s+){0,3}(?:structure|building|landmark|site|venue|attraction|facility|premises)\b`)

// structureNoun names a built thing that such a general noun may mean:
// "This pier", "the old mill".
var structureNoun = regexp.MustCompile(`\b(?:pier|hall|theatre|theater|bridge|church|chapel|abbey|cathedral|tower|station|museum|library|stadium|ground|school|hospital|mill|castle|lighthouse|pavilion|arena|cinema|market|pool|lido|factory|terminal|dock|harbour|viaduct|tunnel|canal|house|hotel|inn|pub)\b`)

// foundedBefore is the words of a sentence before its "N years ago" when
// they end in a verb of founding: "It was built", "The club was formed".
var foundedBefore = regexp.MustCompile(`(?:^|[^a-z'-])(?:founded|established|built|opened|formed|set up|created|launched|incorporated|constructed|erected|completed|inaugurated)\s+(?:(?:more|less|fewer)\s+than|about|around|almost|nearly|over|some|just)?\s*$`)

// foundedNear ends the words before a founding year, a few words after
// its verb: "first opened to the public in ", "was built on the site in ".
var foundedNear = regexp.MustCompile(`(?:^|[^a-z'-])(?:founded|established|built|opened|formed|set up|created|launched|incorporated|constructed|erected|completed|inaugurated)\b[^.;,]{0,30}?\s(?:in|on)\s*$`)

// contentWords returns the words of s that may name what was founded:
// four letters or more, no figures, no verb of founding and no common
// word ("this pier was built" → "pier"), plurals as singulars.
func contentWords(s string) map[string]bool {
	out := map[string]bool{}
	for _, w := range words(s) {
		if len(w) >= 4 && !strings.ContainsAny(w, "0123456789") && !foundingWords[w] && !commonWords[w] {
			out[strings.TrimSuffix(w, "s")] = true
		}
	}
	return out
}

// sharesContent reports whether two sets of words meet.
func sharesContent(a, b map[string]bool) bool {
	for w := range a {
		if b[w] {
			return true
		}
	}
	return false
}

var (
	foundingWords = wordSet(`founded established built opened formed created launched incorporated constructed
		erected completed inaugurated first`)
	commonWords = wordSet(`this that these those there their they have been were with from which when more than
		less about over some just into also said says will would could should years year ago`)
)
