package arithmetic

import (
	"regexp"
	"strings"
)

// Direction words: a change up or down.
var (
	upWords = wordSet(`rose rise rises rising risen up increased increase increases increasing grew grow
		grows growing grown climbed climb climbs climbing jumped jump jumps jumping soared soar soars
		soaring surged surge surges surging gained gain gains gaining rallied leapt leaped higher
		boosted widened widen widens widening swelled swollen expanded expands expanding raised hiked
		rocketed`)
	downWords = wordSet(`fell fall falls falling fallen down decreased decrease decreases decreasing
		declined decline declines declining dropped drop drops dropping narrowed narrow narrows
		narrowing cut cuts cutting shrank shrink shrinks shrinking shrunk slumped slump slumps slumping
		slid slide slides sliding plunged plunge plunges plunging tumbled tumble tumbles tumbling sank
		sink sinks sinking dipped dip dips dipping eased eases easing lower lowered reduced reduce
		reduces reducing slashed slash slipped slip slips slipping contracted contracts contracting
		retreated`)
	// upNouns and downNouns name a change: "a rise of 8%", "a 15% cut".
	upNouns   = wordSet(`rise increase jump gain growth hike surge climb boost uplift improvement`)
	downNouns = wordSet(`fall drop decline decrease cut reduction slump dip contraction`)

	// clauseWords join clauses: figures on either side of them are not
	// related by the patterns.
	clauseWords = wordSet(`and but while whereas although though which who when after before as than
		if because or with since until`)

	// adjusted marks a sentence whose change is not the plain ratio of its
	// figures.
	adjusted = []string{"constant currenc", "like-for-like", "like for like", "underlying", "real terms",
		"real-terms", "inflation", "organic", "excluding", "stripping out", "annualised", "annualized",
		"compound", "cumulative", "per share", "adjusted", "on average", "average"}

	// rateAfter marks a percentage that is a rate per period: "8% a year".
	rateAfter = regexp.MustCompile(`^\s*(?:a|per|each|every)\s+(?:year|annum|month|week|day|quarter)\b|^\s*annually\b|^\s*a\s+year\s+(?:on|over)\b`)
)

// direction returns +1 for a word of rising, -1 for one of falling, 0
// otherwise.
func direction(w string) int {
	switch {
	case upWords[w] || upNouns[w]:
		return +1
	case downWords[w] || downNouns[w]:
		return -1
	}
	return 0
}

// isAdjusted reports whether a normalized sentence speaks of adjusted or
// average figures, whose changes the plain figures do not give.
func isAdjusted(s string) bool {
	for _, a := range adjusted {
		if strings.Contains(s, a) {
			return true
		}
	}
	return false
}

// filler reports whether the words of s are at most n plain words: no
// direction word, no word that joins clauses, no figure-like token.
func filler(s string, n int) bool {
	ws := words(s)
	if len(ws) > n {
		return false
	}
	for _, w := range ws {
		if direction(w) != 0 || clauseWords[w] || strings.ContainsAny(w, "0123456789") {
			return false
		}
	}
	return !strings.ContainsAny(s, ";:()")
}
