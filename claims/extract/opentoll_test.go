package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestOpenTolls covers the deaths and injuries of an incident without a
// knowledge base: keyed to the incident the sentence names, or the last
// one named just before, so that two tolls of one fire meet.
func TestOpenTolls(t *testing.T) {
	tests := []struct {
		name, text string
		want       []c
	}{{
		name: "a toll, then the same toll put another way",
		text: "The fire killed 12 people, police said.\n\nFirefighters said the 21 people who died had been trapped.",
		want: []c{{"fire", "deaths", "12 person", "asserted", "police"}, {"fire", "deaths", "21 person", "asserted", "Firefighters"}},
	}, {
		name: "deaths and injuries apart, by the nearest word",
		text: "Three workers were injured in the blast. Two men died and five people were hurt.",
		want: []c{{"blast", "injuries", "3 worker", "asserted", ""}, {"blast", "deaths", "2 man", "asserted", ""}, {"blast", "injuries", "5 person", "asserted", ""}},
	}, {
		name: "no incident named nearby",
		text: "Twelve people died, the report said.",
		want: nil,
	}, {
		name: "a rise of the toll is an update, not a toll",
		text: "The earthquake killed 90 people. The number of people killed rose by 40 people overnight.",
		want: []c{{"earthquake", "deaths", "90 person", "asserted", ""}},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimsWhere(tt.text, func(x c) bool { return x.Property == PropertyDeaths || x.Property == PropertyInjuries })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q: toll claims (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestOpenAffected covers what befell a count of things, without a
// knowledge base: "140 homes were flooded" and "the 95 flooded homes" are
// one count of the flooding.
func TestOpenAffected(t *testing.T) {
	tests := []struct {
		name, text string
		want       []c
	}{{
		name: "after the count, then before its noun",
		text: "Around 140 homes were flooded when the river burst its banks.\n\nOf the 95 flooded homes, most were near the river.",
		want: []c{{"flooding", "flooded-homes", "~ 140 home", "asserted", ""}, {"flooding", "flooded-homes", "95 home", "asserted", ""}},
	}, {
		name: "keyed to what befell them, whatever the sentence names",
		text: "Twelve flights were cancelled after the storm.",
		want: []c{{"cancellations", "cancelled-flights", "12 flight", "asserted", ""}},
	}, {
		name: "homes and households are one count",
		text: "About 340 homes were evacuated overnight.\n\nMost of the 430 evacuated households had found somewhere to stay.",
		want: []c{{"evacuation", "evacuated-homes", "~ 340 home", "asserted", ""}, {"evacuation", "evacuated-homes", "430 home", "asserted", ""}},
	}, {
		name: "job cuts are the company's, and the ones named before",
		text: "Acme Ltd is to cut 180 jobs at its Leeds plant.\n\nUnions said the 150 roles being cut were mostly in engineering.",
		want: []c{{"acme-ltd", "cut-jobs", "180 job", "asserted", ""}, {"acme-ltd", "cut-jobs", "150 job", "asserted", "Unions"}},
	}, {
		name: "two companies' cuts are two counts",
		text: "Acme Ltd will cut 180 jobs in Leeds. Beta Group is to axe 300 jobs in York.",
		want: []c{{"acme-ltd", "cut-jobs", "180 job", "asserted", ""}, {"beta-group", "cut-jobs", "300 job", "asserted", ""}},
	}, {
		name: "a count with no such word",
		text: "The town has 140 homes near the river.",
		want: nil,
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := claimsWhere(tt.text, func(x c) bool { _, ok := affectVerbs.get(strings.SplitN(x.Property, "-", 2)[0]); return ok })
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("%q: claims (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}
