package factcheck

import (
	"bytes"
	"fmt"
	"io"
	"net/url"
	"strings"
)

// WriteMarkdown writes the report to w as GitHub-flavoured Markdown: a
// heading with the document's title, its date and the counts; a list of
// the findings with the claims each involves; and a table of the verdicts
// (claim, rating, explanation, sources as links, and earlier fact-checks
// of claims that read alike: "previously checked by PolitiFact: false"),
// false first and unverified last. Text from the report is escaped, so a
// claim's asterisks, brackets or pipes print as written; only http, https and
// mailto URLs become links.
func (r *Report) WriteMarkdown(w io.Writer) error {
	var b bytes.Buffer
	title := r.Document.Title
	if title == "" {
		title = "Fact-check report"
	}
	fmt.Fprintf(&b, "# %s\n\n", mdText(title))
	var meta []string
	if !r.Document.Published.IsZero() {
		meta = append(meta, "Published "+formatDate(r.Document.Published))
	}
	if r.Document.URL != "" {
		meta = append(meta, mdLink(r.Document.URL, r.Document.URL))
	}
	if len(meta) > 0 {
		fmt.Fprintf(&b, "%s\n\n", strings.Join(meta, " · "))
	}
	fmt.Fprintf(&b, "%s\n", mdText(r.counts()))
	if t := r.truncation(); t != "" {
		fmt.Fprintf(&b, "\n**%s**\n", mdText(t))
	}

	b.WriteString("\n## Findings\n\n")
	if len(r.Findings) == 0 {
		b.WriteString("No findings.\n")
	}
	for _, f := range r.Findings {
		fmt.Fprintf(&b, "- **%s** %s: %s\n", mdText(f.Severity.String()), mdCode(f.Check), mdText(f.Message))
		for _, id := range f.Claims {
			fmt.Fprintf(&b, "  - %s\n", r.mdClaim(id, nil))
		}
		for _, q := range r.passages(f) {
			fmt.Fprintf(&b, "  - “%s”\n", mdText(q))
		}
	}

	b.WriteString("\n## Verdicts\n\n")
	groups := r.groupVerdicts()
	if len(groups) == 0 {
		b.WriteString("No claims.\n")
	} else {
		b.WriteString("| Claim | Rating | Explanation | Sources |\n")
		b.WriteString("| --- | --- | --- | --- |\n")
	}
	seen := make(map[string]string)
	for _, g := range groups {
		for _, v := range g.Verdicts {
			rating := mdText(v.Rating.String())
			if v.Rating != Unverified {
				rating = "**" + rating + "**"
			}
			var srcs []string
			shown := v.priorSources()
			for _, e := range v.Evidence {
				if !shown[e.Source.ID] {
					srcs = append(srcs, mdLink(e.Source.Label(), e.Source.URL))
				}
			}
			for _, p := range v.Prior {
				srcs = append(srcs, mdPrior(p))
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", r.mdClaim(v.Claim, seen), rating, mdText(v.Explanation), strings.Join(srcs, "<br>"))
		}
	}
	_, err := w.Write(stripBidi(b.Bytes()))
	return err
}

// mdPrior writes a prior check: "previously checked by
// [PolitiFact](https://…): false ("Pants on Fire!")", the link on the
// publisher's name, or on "checked" when there is none.
func mdPrior(p PriorCheck) string {
	s := "previously " + mdLink("checked", p.URL)
	if oneLine(p.Publisher) != "" {
		s = "previously checked by " + mdLink(p.Publisher, p.URL)
	}
	s += ": " + mdText(p.verdictText())
	if d := p.detail(); d != "" {
		s += " — " + mdText(d)
	}
	return s
}

// mdClaim writes a claim as its id in bold, its clause and its reading
// in italics: "**c3** Revenue rose 15% — *revenue · change: 15%*". A
// clause already written under another id in seen is not written again
// ("same clause as c2"); seen may be nil.
func (r *Report) mdClaim(id string, seen map[string]string) string {
	s := "**" + mdText(id) + "**"
	if t := r.claimText(id); t != "" {
		if first, ok := seen[t]; ok {
			s += " (same clause as " + mdText(first) + ")"
		} else {
			s += " " + mdText(t)
			if seen != nil {
				seen[t] = id
			}
		}
	}
	if rd := r.claimReading(id); rd != "" {
		s += " — *" + mdText(rd) + "*"
	}
	return s
}

// mdSpecial is replaced in Markdown text: characters that start emphasis,
// links, code, headings, HTML, entities or (on GitHub) maths, and the pipes
// that end table cells, are escaped with a backslash.
var mdSpecial = strings.NewReplacer(
	`\`, `\\`, "`", "\\`", `*`, `\*`, `_`, `\_`, `[`, `\[`, `]`, `\]`,
	`<`, `\<`, `>`, `\>`, `#`, `\#`, `|`, `\|`, `~`, `\~`, `&`, `\&`, `$`, `\$`,
)

// mdText returns s on one line with Markdown's special characters
// escaped, safe in a paragraph, a list item or a table cell.
// Bare URLs, e-mail addresses and @mentions are broken so that GitHub
// neither links nor notifies them (mdNoAutolink).
func mdText(s string) string { return mdNoAutolink(mdSpecial.Replace(oneLine(s))) }

// mdCode returns a check name as code; a name that is not a well-formed
// check name is written as escaped text instead.
func mdCode(s string) string {
	if checkName.MatchString(s) {
		return "`" + s + "`"
	}
	return mdText(s)
}

// mdLink returns a link to rawURL labelled text. A URL that is not http,
// https or mailto is not linked: the label is followed by the URL as text.
func mdLink(text, rawURL string) string {
	label := mdText(text)
	if rawURL == "" {
		return label
	}
	u, err := url.Parse(strings.TrimSpace(rawURL))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https" && u.Scheme != "mailto") {
		if text == rawURL {
			return label
		}
		return label + " (" + mdText(rawURL) + ")"
	}
	return "[" + label + "](" + mdDest.Replace(u.String()) + ")"
}

// mdDest percent-encodes what would end a link destination or a table
// cell.
var mdDest = strings.NewReplacer(" ", "%20", "(", "%28", ")", "%29", "|", "%7C", "<", "%3C", ">", "%3E", `\`, "%5C")
