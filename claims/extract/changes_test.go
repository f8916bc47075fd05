package extract

import (
	"strings"
	"testing"
)

// TestChangesAreNotLevels: a figure that says by how much a thing moved
// is a change of it, whichever form the verb of change takes, with "by"
// after a transitive verb, or restated after a dash; a figure a verb
// acts on ("will cut 180 jobs", "raised £18m") is none.
func TestChangesAreNotLevels(t *testing.T) {
	for _, tt := range []struct {
		text   string
		change bool
	}{
		{"Ad firm Pendle's profits surge 15% in a strong year.", true},
		{"Shares in the carrier had fallen 6.87% on the news.", true},
		{"Brandon Stores cuts prices by an average of 24%.", true},
		{"The minister announced proposals to increase tuition fees for students by £2,000.", true},
		{"On Monday, Orbis shares rose 15 cents - 1.1% - on the Nasdaq.", true},
		{"Fees will be slashed by 30% next year, the college said.", true},
		{"Corvex said its profits were £4.1m last year.", false},
		{"Pipewise has raised £18m from investors, the company said.", false},
	} {
		var levels, changes []string
		for _, x := range claimsIn(tt.text, published, nil) {
			if x.Property == "statement" {
				continue
			}
			if strings.HasSuffix(x.Property, "-change") {
				changes = append(changes, x.Property+"="+x.Value)
			} else if strings.Contains(x.Value, "%") || strings.Contains(x.Value, "GBP") || strings.Contains(x.Value, "USD") {
				levels = append(levels, x.Property+"="+x.Value)
			}
		}
		if tt.change && (len(changes) == 0 || len(levels) > 0) {
			t.Errorf("%q: changes %v, levels %v; want the figure read as a change", tt.text, changes, levels)
		}
		if !tt.change && len(changes) > 0 {
			t.Errorf("%q: changes %v; want none", tt.text, changes)
		}
	}
}

// TestChangeKeysNarrowed: changes of different things named by one noun
// ("European sales", "sales of ice cream") are not one figure.
func TestChangeKeysNarrowed(t *testing.T) {
	got := claimsWhere("Europa Foods said European sales fell 2.8% last year. Sales of ice cream dipped by 3.4% last year, the company said.",
		func(x c) bool { return strings.HasSuffix(x.Property, "-change") })
	if len(got) != 2 || got[0].Subject+got[0].Property == got[1].Subject+got[1].Property {
		t.Errorf("changes %+v; want two, of different keys", got)
	}
}

// TestNoCountsOfNamesOrScores: a number glued by a hyphen to a word or a
// number names a thing or gives a score; it counts nothing.
func TestNoCountsOfNamesOrScores(t *testing.T) {
	for _, text := range []string{
		"The air force is considering buying F-16 fighter jets from Lockheed.",
		"Halden celebrated his side's 3-2 victory over Brackley.",
		"The airline took delivery of its first 737-800 planes.",
	} {
		for _, x := range claimsIn(text, published, nil) {
			if x.Property == "statement" {
				continue
			}
			if strings.Contains(x.Value, "jet") || strings.Contains(x.Value, "victory") || strings.Contains(x.Property, "victory") || strings.Contains(x.Value, "plane") {
				t.Errorf("%q: claim %+v counts a name or a score", text, x)
			}
		}
	}
}
