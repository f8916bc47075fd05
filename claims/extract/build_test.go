package extract

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/veracity-go/veracity/claims"
)

// TestClaimBuilding checks the claims of single sentences that once went
// wrong, as a fact-checker reads them (published Wednesday 2025-08-13,
// with the flagship's knowledge base).
func TestClaimBuilding(t *testing.T) {
	kb := alaskaKB()
	kb.Entities = kb.Entities[:0:0]
	for _, e := range alaskaKB().Entities {
		if e.ID != "summit" {
			kb.Entities = append(kb.Entities, e)
		}
	}
	kb.Entities = append(kb.Entities,
		claims.Entity{ID: "russia", Name: "Russia", Kind: claims.EntityPlace},
		claims.Entity{ID: "ukraine", Name: "Ukraine", Kind: claims.EntityPlace},
		claims.Entity{ID: "united-states", Name: "United States", Kind: claims.EntityPlace, Aliases: []string{"US"}},
		claims.Entity{ID: "icc", Name: "International Criminal Court", Kind: claims.EntityOrganization, Aliases: []string{"ICC"}},
		claims.Entity{ID: "icc-warrant", Name: "ICC arrest warrant", Kind: claims.EntityEvent, Aliases: []string{"a warrant for his arrest"}},
		claims.Entity{ID: "summit", Name: "Trump–Putin summit", Kind: claims.EntityEvent, Aliases: []string{"summit", "meeting", "Friday's summit"}},
	)
	kb.Properties = append(kb.Properties, claims.Property{ID: "issuer", Kind: claims.KindEntity, Cues: []string{"issued"}})
	tests := []struct {
		name, text string
		want       []c
	}{
		{"a place in a clause with the event is no venue",
			"Putin sees the meeting with Trump as an opportunity to solidify Russia's territorial gains, prevent Ukraine from hosting any Western troops.",
			nil},
		{"a place modifying a title is no venue",
			"US President Donald Trump and Putin are meeting for a historic summit on Friday.",
			[]c{{"summit", "date", "2025-08-15..2025-08-16 day", "asserted", ""}}},
		{"the most specific venue of one clause",
			"Anchorage in the US state of Alaska is the venue for the upcoming meeting.",
			[]c{{"summit", "venue", "anchorage", "asserted", ""}}},
		{"negation stops at the clause boundary",
			"The US is not required to arrest him since it is not a member of the International Criminal Court (ICC), which in 2023 issued a warrant for his arrest.",
			[]c{{"icc-warrant", "issuer", "icc", "asserted", ""}, {"icc-warrant", "date", "2023-01-01..2024-01-01 year", "asserted", ""}}},
		{"an event named with its day",
			"That snag highlighted how frantic preparations are for Friday's summit.",
			[]c{{"summit", "date", "2025-08-15..2025-08-16 day", "asserted", ""}}},
		{"first since, about a subject the knowledge base lacks",
			"Angela Merkel will be visiting the US for the first time since 2015.",
			[]c{{"angela-merkel", "last-occurrence", "2015-01-01..2016-01-01 year", "asserted", ""}}},
		{"the comparator stays, without final punctuation",
			"A ceasefire more than three and a half years after Moscow's invasion",
			[]c{{"invasion", "time-since", "> 3.5 year", "asserted", ""}}},
		{"the comparator stays",
			"It remains to be seen if the summit can result in a ceasefire more than three and a half years after Moscow's invasion.",
			[]c{{"invasion", "time-since", "> 3.5 year", "asserted", ""}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if diff := cmp.Diff(tt.want, claimsIn(tt.text, published, kb)); diff != "" {
				t.Errorf("%q (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestDefinedEntities: every entity a claim names that the knowledge base
// does not define is defined in the extracted set, with a name and kind.
func TestDefinedEntities(t *testing.T) {
	for _, kb := range []*claims.Set{nil, alaskaKB()} {
		set, err := Extract(claims.Document{Text: "Angela Merkel will be visiting the US for the first time since 2015. Turnover rose 15% to £1.2bn.", Published: published}, kb)
		if err != nil {
			t.Fatal(err)
		}
		defined := map[string]claims.Entity{}
		for _, e := range set.Entities {
			defined[e.ID] = e
		}
		if kb != nil {
			for _, e := range kb.Entities {
				defined[e.ID] = e
			}
		}
		if len(set.Claims) == 0 {
			t.Fatal("no claims")
		}
		for _, x := range set.Claims {
			if x.Property == claims.PropertyStatement && x.Subject == "" {
				continue // a statement about no entity named
			}
			e, ok := defined[x.Subject]
			if !ok || e.Name == "" || e.Kind == claims.EntityUnknown {
				t.Errorf("kb %v: %s's subject %q not defined with a name and kind: %+v", kb != nil, x.ID, x.Subject, e)
			}
		}
	}
}

// TestPossessiveNames: "King's College London" is one name.
func TestPossessiveNames(t *testing.T) {
	text := "Prof Samuel Greene, who teaches Russian Politics at King's College London, spoke."
	for _, m := range Mentions(claims.Document{Text: text, Published: published}, nil) {
		if m.Kind.IsEntity() && m.Value.Entity == "kings-college-london" {
			return
		}
	}
	t.Errorf("no mention of King's College London in %q: %+v", text, Mentions(claims.Document{Text: text}, nil))
}
