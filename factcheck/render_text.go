package factcheck

import (
	"bytes"
	"cmp"
	"fmt"
	"io"
	"slices"
	"strings"
)

// TextOptions configures [Report.WriteText]. The zero TextOptions writes
// plain text.
type TextOptions struct {
	// Color adds ANSI colours: red for false verdicts and errors, yellow
	// for warnings and disputed ratings, green for true ratings, dim for
	// unverified claims. Callers set it only when writing to a terminal.
	Color bool
	// AllInfo lists every info finding in full. By default a check's info
	// findings beyond infoInFull are summed up in one entry naming their
	// claims, so that notes do not bury warnings and errors.
	AllInfo bool
}

// infoInFull is how many info findings of one check the text report
// writes in full before summing the rest up.
const infoInFull = 3

// ANSI escape sequences used by the text report.
const (
	ansiReset  = "\x1b[0m"
	ansiBold   = "\x1b[1m"
	ansiDim    = "\x1b[2m"
	ansiRed    = "\x1b[31m"
	ansiGreen  = "\x1b[32m"
	ansiYellow = "\x1b[33m"
	ansiCyan   = "\x1b[36m"
)

// ratingColor gives the colour of each rating in the text report.
var ratingColor = map[Rating]string{
	False:       ansiRed,
	Conflicting: ansiYellow,
	MostlyFalse: ansiYellow,
	HalfTrue:    ansiYellow,
	MostlyTrue:  ansiGreen,
	True:        ansiGreen,
	Unverified:  ansiDim,
}

// severityColor gives the colour of each severity in the text report.
var severityColor = map[Severity]string{
	Error:   ansiRed,
	Warning: ansiYellow,
	Info:    ansiCyan,
}

// painter wraps text in ANSI colours when enabled.
type painter bool

func (p painter) paint(code, s string) string {
	if !p || code == "" || s == "" {
		return s
	}
	return code + s + ansiReset
}

// WriteText writes the report to w for reading in a terminal: a header
// with the document's title, date and counts; the findings, each with the
// claims it involves; then the verdicts grouped by rating, false first and
// unverified last (listed compactly), each with the claim, the explanation,
// the evidence's sources and the earlier fact-checks of claims that read
// alike ("previously checked by PolitiFact: false").
func (r *Report) WriteText(w io.Writer, opts TextOptions) error {
	var b bytes.Buffer
	p := painter(opts.Color)

	title := r.Document.Title
	if title == "" {
		title = "Fact-check report"
	}
	fmt.Fprintln(&b, p.paint(ansiBold, oneLine(title)))
	var meta []string
	if !r.Document.Published.IsZero() {
		meta = append(meta, "published "+formatDate(r.Document.Published))
	}
	if r.Document.URL != "" {
		meta = append(meta, oneLine(r.Document.URL))
	}
	if len(meta) > 0 {
		fmt.Fprintln(&b, strings.Join(meta, " · "))
	}
	fmt.Fprintln(&b, r.counts())
	if t := r.truncation(); t != "" {
		fmt.Fprintln(&b, p.paint(ansiYellow, t))
	}

	if len(r.Findings) > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.paint(ansiBold, "Findings"))
		infos := make(map[string][]Finding)
		for _, f := range r.Findings {
			if f.Severity <= Info && !opts.AllInfo {
				infos[f.Check] = append(infos[f.Check], f)
			}
		}
		// Most severe first; within a severity, in document order.
		ordered := slices.Clone(r.Findings)
		slices.SortStableFunc(ordered, func(a, b Finding) int { return cmp.Compare(b.Severity, a.Severity) })
		for _, f := range ordered {
			if group, ok := infos[f.Check]; ok && f.Severity <= Info && len(group) > infoInFull {
				if sameFinding(f, group[0]) {
					r.writeTextInfoSummary(&b, p, group)
				}
				continue
			}
			r.writeTextFinding(&b, p, f)
		}
	}
	if groups := r.groupVerdicts(); len(groups) > 0 {
		fmt.Fprintf(&b, "\n%s\n", p.paint(ansiBold, "Verdicts"))
		seen := make(map[string]string)
		for _, g := range groups {
			r.writeTextGroup(&b, p, g, seen)
		}
	}
	_, err := w.Write(stripBidi(b.Bytes()))
	return err
}

// writeTextFinding writes one finding: severity, check and message, then
// the claims involved.
func (r *Report) writeTextFinding(b *bytes.Buffer, p painter, f Finding) {
	fmt.Fprintf(b, "\n  %s %s: %s\n", p.paint(severityColor[f.Severity], f.Severity.String()), oneLine(f.Check), oneLine(f.Message))
	for _, id := range f.Claims {
		r.writeTextClaim(b, "    ", id, "", nil)
	}
	for _, q := range r.passages(f) {
		fmt.Fprintf(b, "    %q\n", q)
	}
}

// writeTextInfoSummary sums up the info findings of one check: how many,
// the first message as an example, and the claims involved.
func (r *Report) writeTextInfoSummary(b *bytes.Buffer, p painter, fs []Finding) {
	var ids []string
	seen := make(map[string]bool)
	for _, f := range fs {
		for _, id := range f.Claims {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, oneLine(id))
			}
		}
	}
	fmt.Fprintf(b, "\n  %s %s: %d findings, such as: %s\n", p.paint(severityColor[Info], Info.String()),
		oneLine(fs[0].Check), len(fs), oneLine(fs[0].Message))
	fmt.Fprintf(b, "    claims: %s\n", strings.Join(ids, ", "))
}

// sameFinding reports whether a and b are the same finding.
func sameFinding(a, b Finding) bool {
	return a.Check == b.Check && a.Message == b.Message && a.Severity == b.Severity &&
		strings.Join(a.Claims, "\x00") == strings.Join(b.Claims, "\x00")
}

// writeTextGroup writes the verdicts of one rating under a heading.
func (r *Report) writeTextGroup(b *bytes.Buffer, p painter, g verdictGroup, seen map[string]string) {
	color := ratingColor[g.Rating]
	fmt.Fprintf(b, "\n  %s (%d)\n", p.paint(color, strings.ToUpper(g.Rating.String())), len(g.Verdicts))
	for _, v := range g.Verdicts {
		if g.Rating == Unverified && len(v.Evidence) == 0 && len(v.Prior) == 0 {
			// Unverified claims are many and alike: one line each.
			r.writeTextClaim(b, "    ", v.Claim, "", seen)
			continue
		}
		suffix := ""
		if v.Confidence > 0 {
			suffix = fmt.Sprintf(" (confidence %.0f%%)", v.Confidence*100)
		}
		b.WriteString("\n")
		r.writeTextClaim(b, "    ", v.Claim, suffix, seen)
		if v.Explanation != "" {
			fmt.Fprintf(b, "      %s\n", oneLine(v.Explanation))
		}
		shown := v.priorSources()
		for _, e := range v.Evidence {
			if shown[e.Source.ID] {
				continue // said below, as a prior check
			}
			src := e.Source.Label()
			var notes []string
			if g := e.Source.Reliability.String(); g != "" {
				notes = append(notes, "reliability "+g)
			}
			notes = append(notes, e.Stance.String())
			fmt.Fprintf(b, "      source: %s (%s)", oneLine(src), strings.Join(notes, ", "))
			if e.Source.URL != "" {
				fmt.Fprintf(b, " %s", oneLine(e.Source.URL))
			}
			b.WriteString("\n")
			if e.Quote != "" {
				fmt.Fprintf(b, "        \"%s\"\n", oneLine(e.Quote))
			}
		}
		for _, pc := range v.Prior {
			fmt.Fprintf(b, "      %s\n", pc)
			if d := pc.detail(); d != "" {
				fmt.Fprintf(b, "        %s\n", d)
			}
		}
	}
}

// writeTextClaim writes one claim as [id] "clause", with a suffix, and
// under it the claim's reading (see [Report.claimReading]). A clause
// already written under another id in seen is not written again: the
// claim points to it ("same clause as c2"), so a sentence with two
// figures does not print twice. seen may be nil.
func (r *Report) writeTextClaim(b *bytes.Buffer, indent, id, suffix string, seen map[string]string) {
	fmt.Fprintf(b, "%s[%s]", indent, oneLine(id))
	if t := oneLine(r.claimText(id)); t != "" {
		if first, ok := seen[t]; ok {
			fmt.Fprintf(b, " (same clause as %s)", oneLine(first))
		} else {
			fmt.Fprintf(b, " \"%s\"", t)
			if seen != nil {
				seen[t] = id
			}
		}
	}
	fmt.Fprintf(b, "%s\n", suffix)
	if rd := r.claimReading(id); rd != "" {
		fmt.Fprintf(b, "%s  %s\n", indent, rd)
	}
}
