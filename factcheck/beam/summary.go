package beam

import (
	"encoding/json"
	"fmt"
	"strings"
)

// The summary is counted as named counters (a string and a count) that
// the pipeline sums by name, then assembles into a Summary. Names are
// fields joined by tabs:
//
//	articles | claims | keyed-claims | refused
//	finding  CHECK SEVERITY       (in the articles' reports)
//	cross    CHECK SEVERITY       (across articles)
//	month    YYYY-MM articles
//	month    YYYY-MM finding CHECK SEVERITY
//	month    YYYY-MM cross CHECK SEVERITY
const (
	counterArticles = "articles"
	counterClaims   = "claims"
	counterKeyed    = "keyed-claims"
	counterRefused  = "refused"
)

// A Summary counts an archive's run: articles, claims, findings by check
// and severity, in the articles' reports and across articles, and the same
// by month of publication.
//
// A Summary is plain data; it is not safe for concurrent modification.
type Summary struct {
	Articles int `json:"articles"`
	// Refused counts inputs that could not be read (see errors-*.jsonl).
	Refused     int `json:"refused"`
	Claims      int `json:"claims"`
	KeyedClaims int `json:"keyed_claims"`
	// Findings counts the findings of the articles' own reports, by check
	// then severity.
	Findings map[string]map[string]int `json:"findings"`
	// CrossArticle counts the findings across articles, by check then
	// severity.
	CrossArticle map[string]map[string]int `json:"cross_article"`
	// ByMonth holds the same counts by month of publication (YYYY-MM, or
	// "undated"); a finding across articles counts in the month of its
	// latest article.
	ByMonth map[string]*MonthSummary `json:"by_month"`
}

// A MonthSummary is the counts of one month.
type MonthSummary struct {
	Articles     int                       `json:"articles"`
	Findings     map[string]map[string]int `json:"findings"`
	CrossArticle map[string]map[string]int `json:"cross_article"`
}

// articleCounters returns the counters of one checked article.
func articleCounters(a Article, c *Checked) map[string]int64 {
	m := month(c.Report.Document.Published.Format(dateLayout))
	if c.Report.Document.Published.IsZero() {
		m = "undated"
	}
	out := map[string]int64{
		counterArticles:                   1,
		"month\t" + m + "\t" + "articles": 1,
		counterClaims:                     int64(len(c.Report.Claims)),
		counterKeyed:                      int64(len(c.Keyed)),
	}
	for _, f := range c.Report.Findings {
		cs := f.Check + "\t" + f.Severity.String()
		out["finding\t"+cs]++
		out["month\t"+m+"\tfinding\t"+cs]++
	}
	return out
}

// crossCounters returns the counters of one cross-article finding.
func crossCounters(f *CrossFinding) map[string]int64 {
	cs := f.Check + "\t" + f.Severity
	return map[string]int64{
		"cross\t" + cs:                           1,
		"month\t" + f.Month() + "\tcross\t" + cs: 1,
	}
}

// BuildSummary assembles a Summary from summed counters.
func BuildSummary(counters map[string]int64) (*Summary, error) {
	s := &Summary{Findings: map[string]map[string]int{}, CrossArticle: map[string]map[string]int{}, ByMonth: map[string]*MonthSummary{}}
	add := func(m map[string]map[string]int, check, sev string, n int) {
		if m[check] == nil {
			m[check] = map[string]int{}
		}
		m[check][sev] += n
	}
	monthOf := func(name string) *MonthSummary {
		ms := s.ByMonth[name]
		if ms == nil {
			ms = &MonthSummary{Findings: map[string]map[string]int{}, CrossArticle: map[string]map[string]int{}}
			s.ByMonth[name] = ms
		}
		return ms
	}
	for name, v := range counters {
		n := int(v)
		f := strings.Split(name, "\t")
		switch {
		case name == counterArticles:
			s.Articles += n
		case name == counterClaims:
			s.Claims += n
		case name == counterKeyed:
			s.KeyedClaims += n
		case name == counterRefused:
			s.Refused += n
		case len(f) == 3 && f[0] == "finding":
			add(s.Findings, f[1], f[2], n)
		case len(f) == 3 && f[0] == "cross":
			add(s.CrossArticle, f[1], f[2], n)
		case len(f) == 3 && f[0] == "month" && f[2] == "articles":
			monthOf(f[1]).Articles += n
		case len(f) == 5 && f[0] == "month" && f[2] == "finding":
			add(monthOf(f[1]).Findings, f[3], f[4], n)
		case len(f) == 5 && f[0] == "month" && f[2] == "cross":
			add(monthOf(f[1]).CrossArticle, f[3], f[4], n)
		default:
			return nil, fmt.Errorf("beam: unknown summary counter %q", name)
		}
	}
	return s, nil
}

// JSON returns the summary as indented JSON with a final newline (map keys
// sorted, so that equal summaries give equal bytes).
func (s *Summary) JSON() []byte {
	b, _ := json.MarshalIndent(s, "", "  ") // maps of strings and ints always encode
	return append(b, '\n')
}
