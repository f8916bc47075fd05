package arithmetic

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/veracity-go/veracity/claims"
)

// Answers that add up to more than everyone. "Of the 800 people who
// responded, 46% backed the plan, 38% opposed it and 21% said they were
// undecided": the answers of a poll that exclude each other — for,
// against, undecided — are shares of one whole, and cannot add up to
// more than 100%, give or take the rounding of each.

var (
	// pollGap is the words between two answers: the first answer's
	// words, then a comma or "and": "backed the plan, ", "opposed it and ".
	pollGap = regexp.MustCompile(`^\s*(?:[\pL'’-]+\s+){0,7}[\pL'’-]+\s*(?:,\s*(?:and\s+|while\s+)?|and\s+|while\s+)$`)
	// pollAgainst marks answers that exclude each other: one of them is
	// against, or undecided.
	pollAgainst = regexp.MustCompile(`\b(?:opposed|oppose|against|undecided|unsure|not sure|don'?t know|did not know|had no opinion|no view|neither)\b`)
	// pollDoubt marks figures that are not plain shares of one whole.
	pollDoubt = regexp.MustCompile(`\b(?:about|around|nearly|almost|some|more than|over|under|at least|up to|roughly|both|also|each|respectively|points?)\s*$`)
)

// findPolls reports the answers of one sentence that add up to more
// than 100%.
func (a *analysis) findPolls(s *sent) {
	figs := s.figs
	for i := 0; i < len(figs); {
		j := i
		for j+1 < len(figs) && figs[j].class == classPercent && figs[j+1].class == classPercent && pollGap.MatchString(figs[j+1].before) {
			j++
		}
		if j-i+1 >= 3 && figs[i].class == classPercent {
			a.checkPoll(s, figs[i:j+1])
		}
		i = j + 1
	}
}

// checkPoll reports answers (three or more percentages in a list) that
// add up to more than 100% and the rounding of each allows.
func (a *analysis) checkPoll(s *sent, answers []*figure) {
	sum := 0.0
	for _, f := range answers {
		if pollDoubt.MatchString(strings.ToLower(f.before)) || f.m.Value.Cmp != 0 {
			return
		}
		sum += f.m.Value.Amount
	}
	// the words of the answers, from the first to the end of the last one's
	end := s.end
	if last := answers[len(answers)-1]; len(last.after) > 0 {
		end = min(s.end, last.m.Span.End+len(last.after)+1)
	}
	words := strings.ToLower(a.text[answers[0].m.Span.Start:end])
	if !pollAgainst.MatchString(words) {
		return // answers that may overlap: "60% use Facebook, 50% Instagram"
	}
	if sum <= 100+0.5*float64(len(answers)) {
		return
	}
	sp := claims.Span{Start: answers[0].m.Span.Start, End: end}
	if k := strings.IndexAny(a.text[answers[len(answers)-1].m.Span.End:end], ",;."); k >= 0 {
		sp.End = answers[len(answers)-1].m.Span.End + k // to the end of the last answer
	}
	msg := fmt.Sprintf("%s: answers that exclude each other add up to %s%%, more than everyone", a.text[sp.Start:sp.End], fmtLike(sum, answers[0]))
	if a.seen[msg] {
		return
	}
	a.seen[msg] = true
	a.findings = append(a.findings, finding{sev: warningSev, spans: []claims.Span{sp}, message: msg})
}
