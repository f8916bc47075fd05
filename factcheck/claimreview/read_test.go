package claimreview

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/factcheck"
)

func date(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

func TestReadPublisherDocuments(t *testing.T) {
	tests := []struct {
		file string
		want []Review
	}{
		{"politifact.json", []Review{
			{
				ClaimReviewed: "Says the 1969 moon landing footage was filmed on a sound stage in Nevada.",
				Claimant:      "Facebook posts",
				ClaimDate:     date(2024, 3, 4),
				// 1 on PolitiFact's 1–6 scale is not our 1: the label decides.
				Rating: factcheck.False, RatingOK: true, Label: "Pants on Fire!",
				Publisher: "PolitiFact", PublisherURL: "https://www.politifact.com",
				URL:  "https://www.politifact.com/factchecks/2024/mar/08/facebook-posts/no-the-moon-landing-footage-was-not-filmed-in-nevad/",
				Date: date(2024, 3, 8),
			},
			{
				ClaimReviewed: "The state's unemployment rate is the lowest it has been in 50 years.",
				Claimant:      "Jane Doe",
				ClaimDate:     date(2024, 2, 20),
				// "4" of 6 would be mostly-true on a stretched scale; PolitiFact
				// means half true.
				Rating: factcheck.HalfTrue, RatingOK: true, Label: "Half True",
				Publisher: "PolitiFact", PublisherURL: "https://www.politifact.com",
				URL:  "https://www.politifact.com/factchecks/2024/feb/27/jane-doe/state-unemployment-rate-lowest-in-50-years/",
				Date: date(2024, 2, 27),
			},
			{
				ClaimReviewed: "Federal funding for bridge repair has tripled since 2021.",
				Claimant:      "John Roe",
				ClaimDate:     date(2024, 2, 12),
				Rating:        factcheck.MostlyFalse, RatingOK: true, Label: "Mostly False",
				Publisher: "PolitiFact", PublisherURL: "https://www.politifact.com",
				URL:  "https://www.politifact.com/factchecks/2024/feb/15/john-roe/bridge-funding-tripled/",
				Date: time.Date(2024, 2, 15, 14, 2, 0, 0, time.FixedZone("", -5*3600)),
			},
		}},
		{"fullfact.jsonld", []Review{
			{
				ClaimReviewed: "The NHS waiting list in England has reached 10 million people.",
				Claimant:      "Viral social media post",
				ClaimDate:     date(2024, 3, 1),
				Appearance:    "https://social.example/posts/123456",
				// No ratingValue: the label's first sentence decides.
				Rating: factcheck.False, RatingOK: true,
				Label:     "Incorrect. The waiting list peaked at about 7.8 million in September 2023, and has fallen since.",
				Publisher: "Full Fact", PublisherURL: "https://fullfact.org/",
				URL:  "https://fullfact.org/health/waiting-list-ten-million/",
				Date: time.Date(2024, 3, 5, 9, 30, 0, 0, time.UTC),
			},
			{
				ClaimReviewed: "Energy bills are almost twice what they were before the pandemic.",
				Claimant:      "Sam Example MP",
				Appearance:    "https://news.example.co.uk/politics/interview",
				// "4" on a declared 1–5 scale decides; the label is free text.
				Rating: factcheck.MostlyTrue, RatingOK: true,
				Label:     "Broadly right, but the cap has since come down",
				Publisher: "Full Fact", PublisherURL: "https://fullfact.org/",
				URL:  "https://fullfact.org/economy/energy-bills/",
				Date: date(2024, 1, 18),
			},
		}},
		{"afp-factual.html", []Review{{
			ClaimReviewed: "Video muestra la inundación en Valencia de octubre de 2024",
			Claimant:      "Usuarios de redes sociales",
			ClaimDate:     date(2024, 10, 31),
			Appearance:    "https://social.example/videos/987",
			Rating:        factcheck.MostlyFalse, RatingOK: true, Label: "Engañoso",
			Publisher: "AFP Factual", PublisherURL: "https://factual.afp.com/",
			Author: "Equipo de verificación", // the Person author; the Organization is the publisher
			URL:    "https://factual.afp.com/doc.afp.com.36LX9QA",
			Date:   time.Date(2024, 11, 2, 18, 45, 0, 0, time.UTC),
		}}},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			got, err := Read(data)
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Read(%s) (-want +got):\n%s", tt.file, diff)
			}
		})
	}
}

// TestReadRatings covers the ways publishers give a rating.
func TestReadRatings(t *testing.T) {
	tests := []struct {
		name, rating string // the reviewRating object
		want         factcheck.Rating
		wantOK       bool
	}{
		{"number on 1–5", `{"ratingValue": 2, "bestRating": 5, "worstRating": 1}`, factcheck.MostlyFalse, true},
		{"string on 1–5", `{"ratingValue": " 5 ", "bestRating": "5", "worstRating": "1"}`, factcheck.True, true},
		{"label decides over value", `{"ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "True"}`, factcheck.True, true},
		{"value decides over unknown label", `{"ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "Spicy"}`, factcheck.False, true},
		{"reversed 1–5 scale", `{"ratingValue": 1, "bestRating": 1, "worstRating": 5}`, factcheck.True, true},
		{"no scale given: label", `{"ratingValue": 5, "alternateName": "Falso"}`, factcheck.False, true},
		{"fraction: label", `{"ratingValue": 2.5, "bestRating": 5, "worstRating": 1, "alternateName": "Mixture"}`, factcheck.HalfTrue, true},
		{"out of scale: label", `{"ratingValue": 9, "bestRating": 5, "worstRating": 1, "alternateName": "Faux"}`, factcheck.False, true},
		{"label folded", `{"alternateName": "  PANTS-ON-FIRE!! "}`, factcheck.False, true},
		{"label accents", `{"alternateName": "Irreführend"}`, factcheck.MostlyFalse, true},
		{"label without accents", `{"alternateName": "enganoso"}`, factcheck.MostlyFalse, true},
		{"needs context", `{"alternateName": "Needs Context"}`, factcheck.HalfTrue, true},
		{"misleading", `{"alternateName": "Misleading"}`, factcheck.MostlyFalse, true},
		{"unproven is known", `{"alternateName": "Unproven"}`, factcheck.Unverified, true},
		{"our own name", `{"alternateName": "mostly-true"}`, factcheck.MostlyTrue, true},
		{"conflicting", `{"alternateName": "Conflicting"}`, factcheck.Conflicting, true},
		{"label in name", `{"name": "Vrai"}`, factcheck.True, true},
		{"first clause", `{"alternateName": "False: the photo was taken in 2015"}`, factcheck.False, true},
		{"unknown label", `{"alternateName": "Spicy"}`, factcheck.Unverified, false},
		{"unknown scale", `{"ratingValue": 3, "bestRating": 10, "worstRating": 0}`, factcheck.Unverified, false},
		{"nothing", `{}`, factcheck.Unverified, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := `{"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "x",
				"reviewRating": ` + strings.Replace(tt.rating, "{", `{"@type": "Rating", `, 1) + `}`
			doc = strings.Replace(doc, `"Rating", }`, `"Rating"}`, 1)
			got, err := Read([]byte(doc))
			if err != nil {
				t.Fatalf("Read: %v\n%s", err, doc)
			}
			if len(got) != 1 {
				t.Fatalf("Read gave %d reviews, want 1", len(got))
			}
			if got[0].Rating != tt.want || got[0].RatingOK != tt.wantOK {
				t.Errorf("rating = %v, %v; want %v, %v", got[0].Rating, got[0].RatingOK, tt.want, tt.wantOK)
			}
		})
	}
}

// TestReadShapes covers the document shapes and the ways publishers name
// people.
func TestReadShapes(t *testing.T) {
	const rr = `"reviewRating": {"@type": "Rating", "alternateName": "False"}`
	tests := []struct {
		name, doc string
		want      []Review
	}{
		{"one object",
			`{"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "a", ` + rr + `}`,
			[]Review{{ClaimReviewed: "a", Rating: factcheck.False, RatingOK: true, Label: "False"}}},
		{"typed as an array and an IRI",
			`{"@type": ["https://schema.org/ClaimReview"], "claimReviewed": "a", "author": "Snopes", ` + rr + `}`,
			[]Review{{ClaimReviewed: "a", Publisher: "Snopes", Rating: factcheck.False, RatingOK: true, Label: "False"}}},
		{"inside a WebPage",
			`{"@type": "WebPage", "mainEntity": {"@type": "ClaimReview", "claimReviewed": "a", ` + rr + `}}`,
			[]Review{{ClaimReviewed: "a", Rating: factcheck.False, RatingOK: true, Label: "False"}}},
		{"nested itemReviewed",
			`{"@type": "ClaimReview", "claimReviewed": "a", ` + rr + `,
			  "itemReviewed": {"@type": "CreativeWork", "url": "https://t.example/1",
			    "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "  Ann\n Lee "}, "datePublished": "2023-05"}}}`,
			[]Review{{ClaimReviewed: "a", Claimant: "Ann Lee", ClaimDate: date(2023, 5, 1), Appearance: "https://t.example/1",
				Rating: factcheck.False, RatingOK: true, Label: "False"}}},
		{"claim text from the item",
			`{"@type": "ClaimReview", "itemReviewed": {"@type": "Claim", "name": "b", "firstAppearance": "https://t.example/2"}, ` + rr + `}`,
			[]Review{{ClaimReviewed: "b", Appearance: "https://t.example/2", Rating: factcheck.False, RatingOK: true, Label: "False"}}},
		{"author array of references",
			`{"@graph": [{"@id": "#o", "@type": "Organization", "name": "Maldita", "url": "https://maldita.es"},
			  {"@type": "ClaimReview", "@id": "https://maldita.es/r/1", "claimReviewed": "c", "author": [{"@id": "#o"}], ` + rr + `}]}`,
			[]Review{{ClaimReviewed: "c", Publisher: "Maldita", PublisherURL: "https://maldita.es", URL: "https://maldita.es/r/1",
				Rating: factcheck.False, RatingOK: true, Label: "False"}}},
		{"no ClaimReview", `{"@type": "NewsArticle", "headline": "x"}`, nil},
		{"empty array", `[]`, nil},
		{"HTML without scripts", `<html><body>nothing</body></html>`, nil},
		{"trailing semicolon", `[{"@type": "ClaimReview", "claimReviewed": "d"}];`,
			[]Review{{ClaimReviewed: "d"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Read([]byte(tt.doc))
			if err != nil {
				t.Fatalf("Read: %v", err)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Read (-want +got):\n%s", diff)
			}
		})
	}
}

func TestReadErrors(t *testing.T) {
	for _, doc := range []string{``, "  \n", `{"@type": "ClaimReview"`, `[1, 2] extra`} {
		if got, err := Read([]byte(doc)); err == nil {
			t.Errorf("Read(%q) = %v, nil; want an error", doc, got)
		} else if !strings.HasPrefix(err.Error(), "claimreview: ") {
			t.Errorf("Read(%q) error %q lacks the package prefix", doc, err)
		}
	}
	// A broken script does not hide the good one.
	page := `<script type="application/ld+json">{broken</script>
		<script type="application/ld+json">{"@type": "ClaimReview", "claimReviewed": "ok"}</script>`
	got, err := Read([]byte(page))
	if err == nil || !strings.Contains(err.Error(), "script[1]") {
		t.Errorf("Read of a page with a broken script: error %v, want one naming script[1]", err)
	}
	if diff := cmp.Diff([]Review{{ClaimReviewed: "ok"}}, got); diff != "" {
		t.Errorf("Read of a page with a broken script (-want +got):\n%s", diff)
	}
}

func TestReaderLabels(t *testing.T) {
	doc := []byte(`{"@type": "ClaimReview", "reviewRating": {"@type": "Rating", "alternateName": "Spicy"}}`)
	rd := Reader{Labels: Labels{"spicy": factcheck.MostlyFalse}}
	got, err := rd.Read(doc)
	if err != nil {
		t.Fatal(err)
	}
	if got[0].Rating != factcheck.MostlyFalse || !got[0].RatingOK {
		t.Errorf("house label: rating %v, %v; want mostly-false, true", got[0].Rating, got[0].RatingOK)
	}
}

func TestDefaultLabels(t *testing.T) {
	// The labels the package documents, as publishers write them.
	tests := map[string]factcheck.Rating{
		"True": factcheck.True, "Correct": factcheck.True, "Accurate": factcheck.True,
		"Mostly True": factcheck.MostlyTrue, "Half True": factcheck.HalfTrue, "Half-True": factcheck.HalfTrue,
		"Mixture": factcheck.HalfTrue, "Misleading": factcheck.MostlyFalse, "Mostly False": factcheck.MostlyFalse,
		"False": factcheck.False, "Incorrect": factcheck.False, "Pants on Fire": factcheck.False,
		"Pants on Fire!": factcheck.False, "Fake": factcheck.False, "Unproven": factcheck.Unverified,
		"Unsupported": factcheck.Unverified, "No Evidence": factcheck.Unverified, "Needs Context": factcheck.HalfTrue,
		"Falso": factcheck.False, "Verdadero": factcheck.True, "Engañoso": factcheck.MostlyFalse,
		"Faux": factcheck.False, "Vrai": factcheck.True, "Trompeur": factcheck.MostlyFalse,
		"Falsch": factcheck.False, "Richtig": factcheck.True, "Irreführend": factcheck.MostlyFalse,
		"IRREFUHREND": factcheck.MostlyFalse, "Größtenteils falsch": factcheck.MostlyFalse,
		"grosstenteils falsch": factcheck.MostlyFalse, "Plutôt vrai": factcheck.MostlyTrue,
		"“False”": factcheck.False, "Four Pinocchios": factcheck.False,
	}
	for label, want := range tests {
		got, ok := DefaultLabels.Lookup(label)
		if !ok || got != want {
			t.Errorf("DefaultLabels.Lookup(%q) = %v, %v; want %v, true", label, got, ok, want)
		}
	}
	for _, label := range []string{"", "!!!", "spicy", "true-ish"} {
		if got, ok := DefaultLabels.Lookup(label); ok {
			t.Errorf("DefaultLabels.Lookup(%q) = %v, true; want not found", label, got)
		}
	}
	// Keys are found whatever form they are written in.
	l := Labels{"Très Faux!": factcheck.False}
	if got, ok := l.Lookup("tres faux"); !ok || got != factcheck.False {
		t.Errorf("Labels{\"Très Faux!\"}.Lookup(\"tres faux\") = %v, %v; want false, true", got, ok)
	}
}
