package claimreview

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// good is a ClaimReview that passes both profiles; the tests below break
// one thing at a time.
const good = `{
  "@context": "https://schema.org",
  "@type": "ClaimReview",
  "url": "https://www.checks.example/reviews/1",
  "claimReviewed": "The bridge cost $2 billion",
  "author": {"@type": "Organization", "name": "Checks", "url": "https://checks.example/"},
  "reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "False"},
  "itemReviewed": {"@type": "Claim", "author": {"@type": "Person", "name": "A. Mayor"},
    "appearance": {"@type": "NewsArticle", "url": "https://news.example/a", "headline": "h"}}
}`

func TestValidate(t *testing.T) {
	tests := []struct {
		name    string
		profile Profile
		old     string // replaced in good by new; "" keeps good as is
		new     string
		doc     string // used instead of good when set
		want    []Problem
	}{
		{name: "good, schema.org", profile: SchemaOrg},
		{name: "good, publisher", profile: Publisher},
		{name: "missing @context", profile: SchemaOrg,
			old: `"@context": "https://schema.org",`, new: ``,
			want: []Problem{{"@context", Error, `missing: want "https://schema.org"`}}},
		{name: "other @context", profile: SchemaOrg,
			old: `"https://schema.org"`, new: `"https://example.org/vocab"`,
			want: []Problem{{"@context", Error, `want "https://schema.org", got "https://example.org/vocab"`}}},
		{name: "http @context and @vocab are fine", profile: SchemaOrg,
			old: `"https://schema.org"`, new: `{"@vocab": "http://schema.org/"}`},
		{name: "missing @type", profile: SchemaOrg,
			old: `"@type": "Rating", `, new: ``,
			want: []Problem{{"reviewRating.@type", Error, "missing: every node needs a @type"}}},
		{name: "unknown property", profile: SchemaOrg,
			old: `"ratingValue": 1`, new: `"ratingvalue": 1`,
			want: []Problem{{"reviewRating.ratingvalue", Error, `Rating has no property "ratingvalue"`}}},
		{name: "inherited and prefixed properties are known", profile: SchemaOrg,
			old: `"claimReviewed"`, new: `"inLanguage": "en", "schema:description": "d", "ex:note": 1, "claimReviewed"`},
		{name: "wrong type for reviewRating", profile: SchemaOrg,
			old: `"@type": "Rating"`, new: `"@type": "Person"`,
			want: []Problem{
				{"reviewRating.@type", Error, "reviewRating must be a Rating, got Person"},
				{"reviewRating.bestRating", Error, `Person has no property "bestRating"`},
				{"reviewRating.ratingValue", Error, `Person has no property "ratingValue"`},
				{"reviewRating.worstRating", Error, `Person has no property "worstRating"`},
			}},
		{name: "unknown type", profile: SchemaOrg,
			old: `"@type": "NewsArticle"`, new: `"@type": "Tweet"`,
			want: []Problem{{"itemReviewed.appearance.@type", Warning, "type Tweet is not one ClaimReview markup uses: its properties are not checked"}}},
		{name: "rating above the scale", profile: SchemaOrg,
			old: `"ratingValue": 1`, new: `"ratingValue": "6"`,
			want: []Problem{{"reviewRating.ratingValue", Error, "6 is outside the scale 1 (worst) to 5 (best)"}}},
		{name: "rating within a reversed scale", profile: SchemaOrg,
			old: `"bestRating": 5, "worstRating": 1`, new: `"bestRating": 1, "worstRating": 5`},
		{name: "rating not a number", profile: SchemaOrg,
			old: `"ratingValue": 1`, new: `"ratingValue": "one"`,
			want: []Problem{{"reviewRating.ratingValue", Error, `want a number, got "one"`}}},
		{name: "rating below the default scale", profile: SchemaOrg,
			old: `"ratingValue": 1, "bestRating": 5, "worstRating": 1`, new: `"ratingValue": 0`,
			want: []Problem{{"reviewRating.ratingValue", Error, "0 is outside the scale 1 (worst) to 5 (best)"}}},
		{name: "empty scale", profile: SchemaOrg,
			old: `"bestRating": 5`, new: `"bestRating": 1`,
			want: []Problem{{"reviewRating.bestRating", Error, "bestRating and worstRating are both 1: the scale is empty"}}},
		{name: "publisher rules do not apply to schema.org", profile: SchemaOrg,
			old: `"url": "https://www.checks.example/reviews/1",`, new: ``},
		{name: "claimReviewed missing", profile: Publisher,
			old: `"claimReviewed": "The bridge cost $2 billion",`, new: ``,
			want: []Problem{{"claimReviewed", Error, "missing: give the claim as a short summary"}}},
		{name: "claimReviewed long", profile: Publisher,
			old: `The bridge cost $2 billion`, new: strings.Repeat("é", 76),
			want: []Problem{{"claimReviewed", Warning, "76 characters: at most 75 are advised, as search results cut it there"}}},
		{name: "claimReviewed at the limit", profile: Publisher,
			old: `The bridge cost $2 billion`, new: strings.Repeat("é", 75)},
		{name: "url missing", profile: Publisher,
			old: `"url": "https://www.checks.example/reviews/1",`, new: ``,
			want: []Problem{{"url", Error, "missing: give the address of the review on the publisher's site"}}},
		{name: "url on another site", profile: Publisher,
			old: `https://www.checks.example/reviews/1`, new: `https://checks.example.net/reviews/1`,
			want: []Problem{{"url", Error, "checks.example.net is not on the publisher's site checks.example"}}},
		{name: "url on a subdomain", profile: Publisher,
			old: `https://www.checks.example/reviews/1`, new: `https://factual.checks.example/reviews/1`},
		{name: "url relative", profile: Publisher,
			old: `https://www.checks.example/reviews/1`, new: `/reviews/1`,
			want: []Problem{{"url", Error, `"/reviews/1" is not an absolute http(s) URL`}}},
		{name: "author without url", profile: Publisher,
			old: `, "url": "https://checks.example/"`, new: ``,
			want: []Problem{{"author.url", Warning, "missing: without it the review's url cannot be checked against the publisher's site"}}},
		{name: "author without name", profile: Publisher,
			old: `"name": "Checks", `, new: ``,
			want: []Problem{{"author.name", Error, "missing: name the organization that wrote the review"}}},
		{name: "alternateName missing", profile: Publisher,
			old: `, "alternateName": "False"`, new: ``,
			want: []Problem{{"reviewRating.alternateName", Error, `missing: give the verdict as readers see it ("False", "Mostly true")`}}},
		{name: "reviewRating missing", profile: Publisher,
			old: `"reviewRating": {"@type": "Rating", "ratingValue": 1, "bestRating": 5, "worstRating": 1, "alternateName": "False"},`, new: ``,
			want: []Problem{{"reviewRating", Error, "missing: give the verdict as a Rating with an alternateName"}}},
		{name: "array paths", profile: Publisher, doc: `[` + good + `, {"@context": "https://schema.org", "@type": "ClaimReview"}]`,
			want: []Problem{
				{"[1].claimReviewed", Error, "missing: give the claim as a short summary"},
				{"[1].reviewRating", Error, "missing: give the verdict as a Rating with an alternateName"},
				{"[1].author", Error, "missing: name the organization that wrote the review"},
				{"[1].url", Error, "missing: give the address of the review on the publisher's site"},
			}},
		{name: "graph paths and references", profile: Publisher,
			doc: `{"@context": "https://schema.org", "@graph": [
				{"@type": "Organization", "@id": "#org", "name": "Checks", "url": "https://checks.example/"},
				{"@type": "ClaimReview", "url": "https://other.example/r", "claimReviewed": "c", "author": {"@id": "#org"},
				 "reviewRating": {"@type": "Rating", "alternateName": "False"}}]}`,
			want: []Problem{{"@graph[1].url", Error, "other.example is not on the publisher's site checks.example"}}},
		{name: "not a node", profile: SchemaOrg, doc: `[1]`,
			want: []Problem{{"[0]", Error, "want a JSON-LD node (an object), got a number"}}},
		{name: "not JSON", profile: SchemaOrg, doc: `{"a": `,
			want: []Problem{{"", Error, "line 1, column 6: the document ends inside a JSON value (is it cut off?)"}}},
		{name: "page without JSON-LD", profile: SchemaOrg, doc: `<p>hello</p>`,
			want: []Problem{{"", Error, "no JSON-LD: neither a JSON document nor an HTML page with an application/ld+json script"}}},
		{name: "page paths", profile: SchemaOrg,
			doc: `<script type="application/ld+json">{bad}</script><script type="application/ld+json">{"@type": "ClaimReview"}</script>`,
			want: []Problem{
				{"script[1]", Error, "line 1, column 37: invalid character 'b' looking for beginning of object key string"},
				{"script[2].@context", Error, `missing: want "https://schema.org"`},
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := tt.doc
			if doc == "" {
				if !strings.Contains(good, tt.old) {
					t.Fatalf("the good document has no %q", tt.old)
				}
				doc = strings.Replace(good, tt.old, tt.new, 1)
			}
			got := Validate([]byte(doc), tt.profile)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Validate(%s) (-want +got):\n%s\n%s", tt.profile, diff, doc)
			}
		})
	}
}

// TestValidatePublisherDocuments runs the validator over the publishers'
// documents in testdata: what it says of real-world shapes.
func TestValidatePublisherDocuments(t *testing.T) {
	tests := []struct {
		file string
		want []Problem
	}{
		{"politifact.json", nil},
		// The label is a sentence, which the profile allows.
		{"fullfact.jsonld", nil},
		// The BreadcrumbList is not ClaimReview markup: not checked.
		{"afp-factual.html", nil},
	}
	for _, tt := range tests {
		t.Run(tt.file, func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join("testdata", tt.file))
			if err != nil {
				t.Fatal(err)
			}
			got := Validate(data, Publisher)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Validate(%s, Publisher) (-want +got):\n%s", tt.file, diff)
			}
		})
	}
}

func TestProblemString(t *testing.T) {
	tests := []struct {
		p    Problem
		want string
	}{
		{Problem{"[3].reviewRating.alternateName", Error, "missing"}, "[3].reviewRating.alternateName: error: missing"},
		{Problem{"", Warning, "x"}, "(document): warning: x"},
	}
	for _, tt := range tests {
		if got := tt.p.String(); got != tt.want {
			t.Errorf("%#v.String() = %q, want %q", tt.p, got, tt.want)
		}
	}
}
