package wikidata

import (
	"strings"
	"testing"
)

func TestLink(t *testing.T) {
	kb, _ := importTest(t, ImportOptions{})
	for _, tc := range []struct {
		name, text, mention, want, why string
	}{
		{"unique name, folded", "The paris summit was held in PARIS SUMMIT style.", "PARIS SUMMIT", "Q1006", "the only item"},
		{"co-occurring country", "Paris, a city of France, is large.", "Paris", "Q1001", "linked to 1"},
		{"co-occurring country the other way", "Paris lies in the United States.", "Paris", "Q1002", "linked to 1"},
		{"ambiguous", "Paris is large.", "Paris", "", "ambiguous"},
		{"person announced", "Mr Roe spoke.", "Roe", "", "ambiguous"},
		{"full name", "Jane Roe spoke.", "Jane Roe", "Q1005", "the only item"},
		{"alias with punctuation", "The U.S. agreed.", "U.S.", "Q1004", "the only item"},
	} {
		links := kb.Link(tc.text)
		var got *Link
		for i := range links {
			if links[i].Name == tc.mention {
				got = &links[i]
			}
		}
		if got == nil {
			t.Errorf("%s: %q not found in %q: %+v", tc.name, tc.mention, tc.text, links)
			continue
		}
		if got.Item != tc.want || !strings.Contains(got.Why, tc.why) {
			t.Errorf("%s: %q → %q (%s), want %q (%s)", tc.name, tc.mention, got.Item, got.Why, tc.want, tc.why)
		}
		if tc.text[got.Start:got.End] != tc.mention {
			t.Errorf("%s: span %d–%d is %q", tc.name, got.Start, got.End, tc.text[got.Start:got.End])
		}
	}
}

// TestLinkSitelinks: with nothing else to go by, an item with twice the
// sitelinks of the next wins.
func TestLinkSitelinks(t *testing.T) {
	m := NewMemKB()
	m.Add(&Item{ID: "Q1", Label: "Springfield", Sitelinks: 40})
	m.Add(&Item{ID: "Q2", Label: "Springfield", Sitelinks: 3})
	links := LinkText(m, "Springfield voted.")
	if len(links) != 1 || links[0].Item != "Q1" || !strings.Contains(links[0].Why, "40 sitelinks against 3") {
		t.Errorf("links %+v", links)
	}
}

func TestLinkFunctionWords(t *testing.T) {
	m := NewMemKB()
	m.Add(&Item{ID: "Q1", Label: "The"})
	m.Add(&Item{ID: "Q2", Label: "In"})
	if links := LinkText(m, "The vote. In March."); len(links) != 0 {
		t.Errorf("function words linked: %+v", links)
	}
}

func TestNames(t *testing.T) {
	var got []string
	for _, n := range Names("The Eiffel Tower and Ludwig van Beethoven met Smith in Paris. It rained.") {
		got = append(got, n.Text)
	}
	want := []string{"Eiffel Tower", "Ludwig van Beethoven", "Smith", "Paris"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("Names = %q, want %q", got, want)
	}
}

func TestFold(t *testing.T) {
	for in, want := range map[string]string{
		"São Paulo": "sao paulo", "  SAO   PAULO ": "sao paulo", "Hello\tWorld": "hello world",
		"straße": "strasse", "Côte d’Ivoire": "cote d'ivoire", "U.S.": "u.s.", "plain": "plain", "": "",
	} {
		if got := Fold(in); got != want {
			t.Errorf("Fold(%q) = %q, want %q", in, got, want)
		}
	}
}
