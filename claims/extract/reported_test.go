package extract_test

import (
	"strings"
	"testing"
	"time"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract"
)

// TestReportedSpeech: "would" after a past-tense speech verb is the "will"
// of reported speech, so the claim is asserted (or negated), not hedged;
// a conditional or counterfactual "would" stays hedged. A venue verb takes
// a name the gazetteer does not know as a place, unless it is a person's
// or an organization's.
func TestReportedSpeech(t *testing.T) {
	pub := time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		// want lists the claims with a phrase of their text, as
		// "property value modality | phrase".
		want []string
	}{
		{"A spokesman said the closure programme would cost £54m.",
			[]string{"cost £54m asserted | would cost £54m"}},
		{"A spokesman said the programme would cost £54m if the sale went ahead.",
			[]string{"cost £54m hedged | would cost £54m"}},
		{"The programme would cost £54m, analysts estimate.",
			[]string{"cost £54m hedged | would cost £54m"}},
		{"A spokesman said Ms Okafor would not step down.",
			[]string{"step-down would not step down negated | would not step down"}},
		{"But speaking on Wednesday, the chair said Ms Moss would not quit and had agreed to stay on.",
			[]string{"quit would not quit negated | Ms Moss would not quit"}},
		{"The programme will cost £45m. On Thursday, a spokesman said the programme would cost £54m.",
			[]string{"cost £45m asserted | will cost £45m", "cost £54m asserted | would cost £54m"}},
		{"The annual meeting will be held in Leeds on 12 June.",
			[]string{"venue Leeds asserted | held in Leeds", "date 12 June asserted | held in Leeds"}},
		{"The play-off final will be staged at Murrayfield. Organisers have yet to decide on a venue for the play-off final.",
			[]string{"venue Murrayfield asserted | staged at Murrayfield", "venue  unknown | a venue for the play-off final"}},
		{"The debate will be held at the Guildhall. Broadcasters have yet to confirm a venue for the debate.",
			[]string{"venue Guildhall asserted | held at the Guildhall", "venue  unknown | a venue for the debate"}},
		{"A televised debate between the leaders will be held at the Guildhall.",
			[]string{"venue Guildhall asserted | held at the Guildhall"}},
		{"The final will be played at John Smith.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			set, err := extract.Extract(claims.Document{Text: tt.text, Published: pub}, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range set.Claims {
				got = append(got, c.Property+" "+c.Value.Text+" "+c.Modality.String()+" | "+c.Text)
			}
			for _, w := range tt.want {
				head, phrase, _ := strings.Cut(w, " | ")
				found := false
				for _, g := range got {
					gh, gt, _ := strings.Cut(g, " | ")
					if gh == head && strings.Contains(gt, phrase) {
						found = true
					}
				}
				if !found {
					t.Errorf("no claim %q; got:\n%s", w, strings.Join(got, "\n"))
				}
			}
			for _, g := range got {
				if strings.HasPrefix(g, "venue ") && len(tt.want) == 0 {
					t.Errorf("unexpected venue claim %q", g)
				}
			}
		})
	}
}

// TestOpeningSpeechTime: a time that opens the sentence before the speaker
// and a speech verb tells when it was said, not when the figure holds, so
// the figure is compared with the same figure given elsewhere.
func TestOpeningSpeechTime(t *testing.T) {
	pub := time.Date(2025, 3, 6, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text     string
		wantAsOf string // the as_of of the last claim, "" for none
	}{
		{"The programme will cost £45m. On Thursday, a spokesman said the programme would cost £54m.", ""},
		{"The programme will cost £45m. But on Wednesday, the chair, Ann Lee, said the programme would cost £54m.", ""},
		{"Profit was £45m in 2023. In 2024, profit rose to £54m, the company said.", "2024"},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			set, err := extract.Extract(claims.Document{Text: tt.text, Published: pub}, nil)
			if err != nil {
				t.Fatal(err)
			}
			if len(set.Claims) == 0 {
				t.Fatal("no claims")
			}
			c := set.Claims[len(set.Claims)-1]
			if got := c.AsOf.Literal(); got != tt.wantAsOf {
				t.Errorf("as_of of %q = %q, want %q", c.Text, got, tt.wantAsOf)
			}
		})
	}
}

// TestDecisionReferBack: "the library" after "Eastfield Library" is the
// same subject, so a decision affirmed of one and denied of the other is
// one statement; a noun no name ends with keeps its own key.
func TestDecisionReferBack(t *testing.T) {
	pub := time.Date(2025, 2, 20, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		text string
		want []string // the subjects of the decisions to close, in order
	}{
		{"Councillors confirmed that Eastfield Library will close in April. The deputy leader said the library would not close.",
			[]string{"eastfield-library", "eastfield-library"}},
		{"Eastfield Library will close in April. The deputy leader said the pool would not close.",
			[]string{"eastfield-library", "pool"}},
	}
	for _, tt := range tests {
		t.Run(tt.text, func(t *testing.T) {
			set, err := extract.Extract(claims.Document{Text: tt.text, Published: pub}, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range set.Claims {
				if c.Property == "close" {
					got = append(got, c.Subject)
				}
			}
			if strings.Join(got, " ") != strings.Join(tt.want, " ") {
				t.Errorf("subjects = %q, want %q", got, tt.want)
			}
		})
	}
}
