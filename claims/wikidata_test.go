package claims_test

import (
	"strings"
	"testing"

	"github.com/veracity-go/veracity/claims"
)

func TestWikidataKeys(t *testing.T) {
	set, err := claims.Decode([]byte(`version: 1
entities:
  - {id: alaska, name: Alaska, kind: place, wikidata: Q797}
properties:
  - {id: population, kind: count, wikidata: P1082}
`), "kb.yaml")
	if err != nil {
		t.Fatal(err)
	}
	if got := set.Entities[0].Wikidata; got != "Q797" {
		t.Errorf("entity wikidata = %q, want Q797", got)
	}
	if got := set.Properties[0].Wikidata; got != "P1082" {
		t.Errorf("property wikidata = %q, want P1082", got)
	}
	var b strings.Builder
	if err := claims.Encode(&b, set, claims.YAML); err != nil {
		t.Fatal(err)
	}
	if out := b.String(); !strings.Contains(out, "wikidata: Q797") || !strings.Contains(out, "wikidata: P1082") {
		t.Errorf("encoded set loses the wikidata keys:\n%s", b.String())
	}
}

func TestWikidataKeysStrict(t *testing.T) {
	for _, tc := range []struct{ doc, want string }{
		{"entities:\n  - {id: a, wikidata: P797}\n", `kb.yaml:3:23: entity wikidata "P797" is not a Wikidata id`},
		{"entities:\n  - {id: a, wikidata: Q0797}\n", `entity wikidata "Q0797" is not a Wikidata id`},
		{"properties:\n  - {id: p, wikidata: Q5}\n", `kb.yaml:3:23: property wikidata "Q5" is not a Wikidata id`},
		{"properties:\n  - {id: p, wikidata: [P5]}\n", `kb.yaml:3:23: property wikidata: want a single value`},
	} {
		_, err := claims.Decode([]byte("version: 1\n"+tc.doc), "kb.yaml")
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: error %v, want one containing %q", tc.doc, err, tc.want)
		}
	}
}
