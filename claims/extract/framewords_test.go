package extract

import (
	"testing"

	"github.com/veracity-go/veracity/claims"
)

// TestFrameWordNetWords: a thing said with one verb and denied with a
// synonym or an antonym that only WordNet's table gives meet under one
// key, the antonym keyed as its pair denied.
func TestFrameWordNetWords(t *testing.T) {
	for _, c := range []modalityCase{
		{"a synonym: finished, not completed",
			"Corran Builders finished the new footbridge in May. The council said Corran Builders had not completed the new footbridge.",
			"corran-builders", "complete-footbridge", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"an antonym: disobeyed as not obeyed",
			"The driver obeyed the order to stop. Police said the driver had disobeyed the order to stop.",
			"driver", "obey-order", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"a synonym of an antonym: prohibited as forbidden, not permitted",
			"The council permitted the parade. The organisers said the council had prohibited the parade.",
			"council", "permit-parade", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
		{"an adjective's antonym: illegal as not legal",
			"The union said the strike was legal. The company said the strike was illegal.",
			"strike", "legal", []claims.Modality{claims.ModalityAsserted, claims.ModalityNegated}},
	} {
		t.Run(c.name, func(t *testing.T) { wantModalities(t, c.text, c.subject, c.property, c.modalities) })
	}
}

// TestFrameWordNetNouns: two sums or counts of one thing, named the
// second time by a noun that only WordNet's groups tie to the first
// (frame/synonyms_wordnet.txt), meet under one key.
func TestFrameWordNetNouns(t *testing.T) {
	for _, c := range []modalityCase{
		{"a sum of a film, then of the movie",
			"The studio released the £20m film on Friday. The £35m movie will open in cinemas in May, its producer said.",
			"film", "sum", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
		{"a count of a store's staff, then of the shop's",
			"The store on the High Street employs 40 people, the owner said. The shop employs 25 people, according to the council.",
			"store", "count-people", []claims.Modality{claims.ModalityAsserted, claims.ModalityAsserted}},
	} {
		t.Run(c.name, func(t *testing.T) { wantModalities(t, c.text, c.subject, c.property, c.modalities) })
	}
}

// TestFrameWordNetNounsApart: a synonym of WordNet's does not make one
// thing of another's ("its next movie") or of the parts of a whole ("its
// Scottish arm has 150 shops"): no key is given two values.
func TestFrameWordNetNounsApart(t *testing.T) {
	for _, text := range []string{
		"The studio released the £20m film on Friday. Its next movie, a £35m thriller, will open in May.",
		"Bramley's has 2,000 stores across Europe, the company said. Its Scottish arm has 150 shops.",
	} {
		wantNoContradiction(t, text)
	}
}

// TestFrameWordNetHandWins: framewords.txt's entries win over WordNet's:
// "start" keys as itself although WordNet's table keys it as "begin",
// which framewords.txt keys as "start"; a word WordNet keys as "begin"
// keys as "start"; and a word of framewords.txt's pairs keeps them.
func TestFrameWordNetHandWins(t *testing.T) {
	if v, ok := verbSynonyms["start"]; ok {
		t.Errorf(`"start" keys as %q, want itself`, v)
	}
	if v := verbSynonyms["begin"]; v != "start" {
		t.Errorf(`"begin" keys as %q, want "start"`, v)
	}
	if v := verbSynonyms["set out"]; v != "start" {
		t.Errorf(`"set out" keys as %q, want "start"`, v)
	}
	if v := antonyms["reject"]; len(v) != 2 || v[0] != "approve" || v[1] != "accept" {
		t.Errorf(`"reject" is the opposite of %q, want framewords.txt's [approve accept]`, v)
	}
	for _, w := range []string{"rise", "fall", "increase", "decrease", "buy", "sell", "arrive", "leave"} {
		if v, ok := antonyms[w]; ok && w != "leave" {
			t.Errorf("%q, a verb of change or of changing hands, is the opposite of %q", w, v)
		}
	}
}
