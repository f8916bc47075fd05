package claimreview

import (
	"bufio"
	_ "embed"
	"fmt"
	"strings"

	"github.com/veracity-go/veracity/factcheck"
)

// Labels maps publishers' rating labels (alternateName, or the Google Fact
// Check Tools API's textualRating) to ratings. Keys are matched after
// normalization: case folded, accents removed, and punctuation, quotes,
// underscores and dashes read as spaces, so "Pants on Fire!", "pants on
// fire" and "PANTS-ON-FIRE" are one key, as are "Engañoso" and "enganoso",
// "really_false" and "Really false"; a label written without its spaces
// ("Partlyfalse") is found too. A Labels is a plain map: safe for
// concurrent lookups, not for concurrent writes.
type Labels map[string]factcheck.Rating

// labelsFile is the table DefaultLabels is read from: one label a line,
// with its rating, language and where it comes from. Its header explains
// the families and the judgement calls.
//
//go:embed data/labels.tsv
var labelsFile string

// DefaultLabels holds the labels of fact-checkers in English, Spanish,
// Portuguese, French, German, Hindi, Arabic and Chinese, read from the
// embedded table data/labels.tsv, whose header says which publishers use
// each label and why each family maps where it does. In short:
// "misleading", "out of context" and their translations are mostly-false;
// "needs context", "partly false" and "half true" are half-true; altered
// and miscaptioned pictures and misattributed quotes are false; "satire",
// "legend", "unproven", "insufficient evidence" and "unknown" are
// unverified, known labels that no evidence decides. Read uses it unless a
// [Reader] is given other Labels. Extend a copy of it (maps.Clone) for
// house labels.
var DefaultLabels = MustParseLabels(labelsFile)

// A LabelEntry is one line of the label table: a label, the rating it
// maps to, its language and where it comes from.
type LabelEntry struct {
	Label    string
	Rating   factcheck.Rating
	Language string
	Source   string
}

// ParseLabelTable reads a label table in the format of data/labels.tsv:
// lines of four tab-separated fields (rating, language, label, source);
// blank lines and lines starting with "#" are skipped. A line with another
// number of fields, an unknown rating or an empty label is an error naming
// the line; so is a label given two ratings.
func ParseLabelTable(table string) ([]LabelEntry, error) {
	var out []LabelEntry
	seen := make(map[string]LabelEntry)
	sc := bufio.NewScanner(strings.NewReader(table))
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(line) == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			return nil, fmt.Errorf("claimreview: labels: line %d: %d fields, want 4 (rating, language, label, source) separated by tabs", n, len(f))
		}
		r, err := factcheck.ParseRating(strings.TrimSpace(f[0]))
		if err != nil {
			return nil, fmt.Errorf("claimreview: labels: line %d: %s", n, strings.TrimPrefix(err.Error(), "factcheck: "))
		}
		e := LabelEntry{Label: strings.TrimSpace(f[2]), Rating: r, Language: strings.TrimSpace(f[1]), Source: strings.TrimSpace(f[3])}
		key := plain(e.Label, false)
		if key == "" {
			return nil, fmt.Errorf("claimreview: labels: line %d: empty label", n)
		}
		if prev, dup := seen[key]; dup && prev.Rating != r {
			return nil, fmt.Errorf("claimreview: labels: line %d: %q is %v, but %q is %v", n, e.Label, r, prev.Label, prev.Rating)
		}
		seen[key] = e
		out = append(out, e)
	}
	return out, sc.Err()
}

// ParseLabels reads a label table (see [ParseLabelTable]) as Labels, for
// a newsroom's own table of house labels.
func ParseLabels(table string) (Labels, error) {
	entries, err := ParseLabelTable(table)
	if err != nil {
		return nil, err
	}
	l := make(Labels, len(entries))
	for _, e := range entries {
		l[plain(e.Label, false)] = e.Rating
	}
	return l, nil
}

// MustParseLabels is like ParseLabels but panics on a bad table. It is for
// package-level tables.
func MustParseLabels(table string) Labels {
	l, err := ParseLabels(table)
	if err != nil {
		panic(err)
	}
	return l
}

// Lookup returns the rating of label and whether the table knows it. The
// label is normalized as described at [Labels]; a key written in any form
// is found. Lookup indexes the table on each call (Read indexes it once
// per document) and reads the whole label: [Reader.Read] also tries
// veracity's own rating names and the label's first clause or words.
func (l Labels) Lookup(label string) (factcheck.Rating, bool) {
	return newLabelIndex(l).exact(plain(label, false))
}

// A labelIndex is a Labels keyed by normalized label, and by normalized
// label without spaces, for the lookups of one Read.
type labelIndex struct {
	byKey, bySquashed map[string]factcheck.Rating
}

// newLabelIndex indexes l. When two keys normalize alike, the smaller key
// wins, so the answer does not depend on map order.
func newLabelIndex(l Labels) *labelIndex {
	ix := &labelIndex{byKey: make(map[string]factcheck.Rating, len(l)), bySquashed: make(map[string]factcheck.Rating, len(l))}
	winner := make(map[string]string, len(l))
	for k, r := range l {
		key := plain(k, false)
		if key == "" {
			continue
		}
		if w, ok := winner[key]; ok && w < k {
			continue
		}
		winner[key] = k
		ix.byKey[key] = r
	}
	winnerSq := make(map[string]string, len(winner))
	for key := range winner {
		sq := strings.ReplaceAll(key, " ", "")
		if w, ok := winnerSq[sq]; ok && w < key {
			continue
		}
		winnerSq[sq] = key
		ix.bySquashed[sq] = ix.byKey[key]
	}
	return ix
}

// exact looks up a normalized label, with its spaces and without.
func (ix *labelIndex) exact(key string) (factcheck.Rating, bool) {
	if key == "" {
		return factcheck.Unverified, false
	}
	if r, ok := ix.byKey[key]; ok {
		return r, true
	}
	r, ok := ix.bySquashed[strings.ReplaceAll(key, " ", "")]
	return r, ok
}

// maxLeadWords is how many leading words of a long label lookup tries as
// a label: "Partly false photo of the flood" is "Partly false".
const maxLeadWords = 4

// lookup finds the rating of a publisher's label: the whole label, then
// veracity's own rating names, then the label's first clause ("FALSO: As
// imagens …" is "Falso"), then its first words, most first.
func (ix *labelIndex) lookup(label string) (factcheck.Rating, bool) {
	key := plain(label, false)
	if r, ok := ix.exact(key); ok {
		return r, true
	}
	if r, ok := factcheck.RatingFromClaimReview(0, label); ok {
		return r, true // veracity's own names, whatever the table
	}
	if first := firstClause(label); first != label {
		if r, ok := ix.exact(plain(first, false)); ok {
			return r, true
		}
	}
	words := strings.Fields(key)
	for n := min(maxLeadWords, len(words)-1); n >= 1; n-- {
		if r, ok := ix.exact(strings.Join(words[:n], " ")); ok {
			return r, true
		}
	}
	return factcheck.Unverified, false
}
