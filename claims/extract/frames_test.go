package extract

import (
	"testing"

	"github.com/veracity-go/veracity/claims"
)

// TestFrameClaims: the phrasings the frame layer exists for meet under
// one key, whatever the extractor's other readings make of them.
func TestFrameClaims(t *testing.T) {
	for _, c := range []struct {
		name, text        string
		subject, property string
		modalities        []claims.Modality // of the claims with that key, in order
	}{
		{"a sum stated, then in a noun phrase",
			"The upgrade cost £12 million. Critics said the £21 million upgrade had taken too long.",
			"upgrade", "cost", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a thing's count, by a verb of having and by a possessive",
			"The exhibition will show 85 paintings. The exhibition's 58 paintings include new works.",
			"exhibition", "count-painting", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a statement affirmed and denied, by a name and its later mention",
			"The minister, Sara Holt, will open the conference. A spokesman said Ms Holt will not open the conference.",
			"sara-holt", "open-conference", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a venue stated, then called undecided",
			"The summit will be held in Geneva. Officials have not decided where the summit will take place.",
			"summit", "venue", []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}},
	} {
		t.Run(c.name, func(t *testing.T) {
			set, err := Extract(claims.Document{Text: c.text}, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []claims.Modality
			for _, cl := range set.Claims {
				if cl.Subject == c.subject && cl.Property == c.property {
					got = append(got, cl.Modality)
				}
			}
			if len(got) != len(c.modalities) {
				t.Fatalf("claims of %s/%s: %v, want %v; all: %+v", c.subject, c.property, got, c.modalities, set.Claims)
			}
			for i := range got {
				if got[i] != c.modalities[i] {
					t.Errorf("claim %d of %s/%s is %v, want %v", i, c.subject, c.property, got[i], c.modalities[i])
				}
			}
		})
	}
}

// TestFrameClaimsAlone: a key no other clause shares adds no claim, and a
// change over time is no contradiction.
func TestFrameClaimsAlone(t *testing.T) {
	set, err := Extract(claims.Document{Text: "Prices rose in March. Prices fell in April. The museum will show 85 paintings."}, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range set.Claims {
		if c.Property == "rise" || c.Property == "count-painting" {
			t.Errorf("unexpected claim %+v", c)
		}
	}
}
