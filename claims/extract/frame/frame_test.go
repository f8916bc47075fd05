package frame

import (
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/veracity-go/veracity/claims/extract/syntax"
)

func parse(text string) (*Tree, *Refs, []Frame) {
	t := NewTree(parserModel().Parse(text))
	return t, Resolve(t), Frames(t)
}

func find(t *Tree, w string) int {
	for i := 0; i < t.Doc.Len(); i++ {
		if t.Doc.Word(i) == w {
			return i
		}
	}
	return -1
}

// TestReference: a name, its later mentions with and without a title, and
// the role noun in apposition are one referent.
func TestReference(t *testing.T) {
	tr, refs, _ := parse("The minister, Sara Holt, will open the conference. Ms Holt later said she was delighted.")
	d := tr.Doc
	holt := refs.Key[find(tr, "Holt")]
	if holt != "sara-holt" {
		t.Fatalf("Sara Holt is %q, want sara-holt", holt)
	}
	for i := 0; i < d.Len(); i++ {
		switch d.Word(i) {
		case "minister", "she":
			if refs.Key[i] != holt {
				t.Errorf("%q refers to %q, want %q", d.Word(i), refs.Key[i], holt)
			}
		}
	}
	// The second "Holt" (after "Ms").
	last := -1
	for i := 0; i < d.Len(); i++ {
		if d.Word(i) == "Holt" {
			last = i
		}
	}
	if refs.Key[last] != holt {
		t.Errorf("Ms Holt refers to %q, want %q", refs.Key[last], holt)
	}
}

// TestFrames: predicate, arguments, polarity, modality and tense.
func TestFrames(t *testing.T) {
	tr, _, fs := parse("The council did not approve the plan. The museum may close in June.")
	d := tr.Doc
	var approve, closeF *Frame
	for k := range fs {
		switch fs[k].Lemma {
		case "approve":
			approve = &fs[k]
		case "close":
			closeF = &fs[k]
		}
	}
	if approve == nil || closeF == nil {
		t.Fatalf("frames %+v, want approve and close", fs)
	}
	if !approve.Negated || approve.Tense != Past || d.Word(approve.Subj) != "council" || d.Word(approve.Obj) != "plan" {
		t.Errorf("approve: %+v; want negated, past, council approves plan", approve)
	}
	if closeF.Modality != Hedged || closeF.Negated || len(closeF.Obliques) != 1 || closeF.Obliques[0].Prep != "in" {
		t.Errorf("close: %+v; want hedged, affirmed, with \"in June\"", closeF)
	}
}

// TestReferenceCompoundName: a name of three words whose first hangs on
// the second ("Fenwick" on "Community" on "Hospital") is one name.
func TestReferenceCompoundName(t *testing.T) {
	d := parserModel().Parse("The unit at Fenwick Community Hospital will close.")
	fenwick, community, hospital := -1, -1, -1
	for i := 0; i < d.Len(); i++ {
		switch d.Word(i) {
		case "Fenwick":
			fenwick = i
		case "Community":
			community = i
		case "Hospital":
			hospital = i
		}
	}
	for _, i := range []int{fenwick, community} {
		d.UPOS[i] = syntax.PROPN
	}
	d.Head[fenwick], d.Rel[fenwick] = int32(community), syntax.RelCompound
	d.Head[community], d.Rel[community] = int32(hospital), syntax.RelCompound
	tr := NewTree(d)
	refs := Resolve(tr)
	if got := refs.Key[hospital]; got != "fenwick-community-hospital" {
		t.Errorf("Fenwick Community Hospital is %q, want fenwick-community-hospital", got)
	}
}

// TestReferenceLeadingWord: the first word of a name that is no person's
// names it again ("Larkspur" after "Larkspur Press"), unless two names
// share that word ("Manchester United", "Manchester City").
func TestReferenceLeadingWord(t *testing.T) {
	tr, refs, _ := parse("Larkspur Press has been sold to a Dutch group. Larkspur publishes 30 books a year.")
	var keys []string
	for i := 0; i < tr.Doc.Len(); i++ {
		if tr.Doc.Word(i) == "Larkspur" {
			keys = append(keys, refs.Key[i])
		}
	}
	if diff := cmp.Diff([]string{"larkspur-press", "larkspur-press"}, keys); diff != "" {
		t.Errorf("keys of Larkspur (-want +got):\n%s", diff)
	}
	tr, refs, _ = parse("Manchester United won on Sunday. Manchester City lost on Saturday. Manchester was in a festive mood.")
	keys = nil
	for i := 0; i < tr.Doc.Len(); i++ {
		if tr.Doc.Word(i) == "Manchester" {
			keys = append(keys, refs.Key[i])
		}
	}
	if len(keys) != 3 || keys[0] == keys[1] {
		t.Fatalf("keys of Manchester %q: want two names and the city", keys)
	}
	if keys[2] == keys[0] || keys[2] == keys[1] {
		t.Errorf("Manchester alone is %q, one of two names it begins", keys[2])
	}
}

// TestReferenceRoleBeforeTitle: a role written with a capital before a
// titled name, hung on the title ("Chairman" on "Sir" on "Tom Reid"), is
// the person's role when the article writes it in lower case elsewhere.
func TestReferenceRoleBeforeTitle(t *testing.T) {
	d := parserModel().Parse("Chairman Sir Tom Reid will retire in May. Later, a spokesman said the chairman would not retire.")
	desc, _ := syntax.ParseRel("nmod:desc")
	flat, _ := syntax.ParseRel("flat")
	at := map[string]int{}
	for i := d.Len() - 1; i >= 0; i-- {
		at[d.Word(i)] = i // the first of each word
	}
	for _, w := range []string{"Chairman", "Sir", "Tom", "Reid"} {
		d.UPOS[at[w]] = syntax.PROPN
	}
	d.Head[at["Chairman"]], d.Rel[at["Chairman"]] = int32(at["Sir"]), desc
	d.Head[at["Sir"]], d.Rel[at["Sir"]] = int32(at["Tom"]), desc
	d.Head[at["Reid"]], d.Rel[at["Reid"]] = int32(at["Tom"]), flat
	tr := NewTree(d)
	refs := Resolve(tr)
	if got := refs.Key[at["chairman"]]; got != "tom-reid" {
		t.Errorf("the chairman refers to %q, want tom-reid", got)
	}
}

// TestReferenceDescribedName: a capitalized word the parse hangs on a name
// as its description ("St" on "Wilfrid") is a word of the name, so that
// "St Wilfrid's" is one referent wherever the parse puts "St".
func TestReferenceDescribedName(t *testing.T) {
	d := parserModel().Parse("The St Wilfrid's building will close in July.")
	desc, _ := syntax.ParseRel("nmod:desc")
	st, wilfrid := 1, 2
	d.UPOS[st], d.UPOS[wilfrid] = syntax.PROPN, syntax.PROPN
	d.Head[st], d.Rel[st] = int32(wilfrid), desc
	refs := Resolve(NewTree(d))
	if got := refs.Key[wilfrid]; got != "st-wilfrid" {
		t.Errorf("St Wilfrid is %q, want st-wilfrid", got)
	}
}

// TestReferenceAcronym: a name in brackets after a noun ("the consumer
// price index (CPI)") is the thing's other name, not a person's with a
// role, so that "the bank's index" is another index.
func TestReferenceAcronym(t *testing.T) {
	d := parserModel().Parse("The Treasury consumer price index (CPI) rose by 0.4% in March. The bank's index of business confidence fell to 88.1 in April.")
	var idx []int
	cpi := -1
	for i := 0; i < d.Len(); i++ {
		switch d.Word(i) {
		case "index":
			idx = append(idx, i)
		case "CPI":
			cpi = i
		}
	}
	appos, _ := syntax.ParseRel("appos")
	d.Head[cpi], d.Rel[cpi], d.UPOS[cpi] = int32(idx[0]), appos, syntax.PROPN
	refs := Resolve(NewTree(d))
	if refs.Person[idx[0]] || refs.Person[cpi] {
		t.Errorf("the index or CPI is taken for a person")
	}
	if refs.Key[idx[1]] == refs.Key[cpi] {
		t.Errorf("the bank's index refers to %q, the CPI", refs.Key[idx[1]])
	}
}

// TestReferenceIts: "its" is the thing its clause's subject names, through
// an infinitive that shares the subject; a person's clause gives it none.
func TestReferenceIts(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Acme Water said on Monday that it was growing. The firm declined to disclose its valuation.", "firm"},
		{"Ms Raman declined to disclose its valuation.", ""},
	} {
		tr, refs, _ := parse(tc.text)
		its := find(tr, "its")
		want := tc.want
		if want != "" {
			want = refs.Key[find(tr, tc.want)]
		}
		if got := refs.Key[its]; got != want {
			t.Errorf("%q: its refers to %q, want %q", tc.text, got, want)
		}
	}
}

// TestReferenceItEmbedded: "it" as the subject of a clause of time or
// reason inside another is the thing that clause's subject names, through
// a relative pronoun and past a noun the parse hangs the clause on; an
// "it" of a main clause, or inside a person's clause, is left unresolved.
func TestReferenceItEmbedded(t *testing.T) {
	for _, tc := range []struct{ text, want string }{
		{"Hollowell Brewery, which has been run by the same family since it was founded in 1921, has been sold.", "Brewery"},
		{"The Regal Cinema closed when it was damaged by fire in 1998.", "Cinema"},
		{"It was founded in 1921.", ""},
		{"Ms Raman left the firm after it was sold.", ""},
	} {
		tr, refs, _ := parse(tc.text)
		it := find(tr, "it")
		if it < 0 {
			it = find(tr, "It")
		}
		want := tc.want
		if want != "" {
			want = refs.Key[find(tr, tc.want)]
		}
		if got := refs.Key[it]; got != want {
			t.Errorf("%q: it refers to %q, want %q", tc.text, got, want)
		}
	}
}

// TestReferenceWordNetSynonym: a definite description whose noun only
// WordNet's groups tie to an earlier one ("the movie" after "a film")
// refers to it.
func TestReferenceWordNetSynonym(t *testing.T) {
	tr, refs, _ := parse("The studio released a new film on Friday. Critics said the movie was too long.")
	film, movie := refs.Key[find(tr, "film")], refs.Key[find(tr, "movie")]
	if film == "" || movie != film {
		t.Errorf("the movie refers to %q, the film to %q: want one referent", movie, film)
	}
}

// TestSynonymGroupsHandWins: the hand-written groups win over WordNet's:
// a word both give keeps its hand-written group, and the rest of
// WordNet's group stays one only when two or more words are left.
func TestSynonymGroupsHandWins(t *testing.T) {
	hand := "# comment\nscheme project plan\nfine penalty\n"
	wn := "# comment\nproject task\npunishment penalty sanction\nfilm movie\n"
	got := synonymGroups(hand, wn)
	want := map[string]string{
		"scheme": "scheme", "project": "scheme", "plan": "scheme",
		"fine": "fine", "penalty": "fine",
		// "task" is left alone: "project" is the hand list's
		"punishment": "punishment", "sanction": "punishment",
		"film": "film", "movie": "film",
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("keys (-want +got):\n%s", diff)
	}
	// The embedded tables: the hand list's "project" and "penalty" keep
	// their groups although WordNet groups them with "task" and
	// "punishment".
	for w, k := range map[string]string{"project": "scheme", "penalty": "fine", "movie": "film", "task": "", "punishment": ""} {
		if got := SynonymKey(w); got != k {
			t.Errorf("SynonymKey(%q) = %q, want %q", w, got, k)
		}
	}
}

// TestReferenceNameWordBare: the last word of a name ("Homes" of
// "Westmark Homes") names the name's bearer again only with "the": a bare
// "homes" is homes.
func TestReferenceNameWordBare(t *testing.T) {
	tr, refs, _ := parse("Westmark Homes has submitted plans. The number of homes has not been settled. The homes, a spokesman said, would be sold.")
	homes := -1
	for i := 0; i < tr.Doc.Len(); i++ {
		if tr.Doc.Word(i) == "homes" {
			homes = i
			break
		}
	}
	westmark := refs.Key[find(tr, "Westmark")]
	if got := refs.Key[homes]; got == westmark || got == "" {
		t.Errorf("bare homes refers to %q, want a key of its own (not %q)", got, westmark)
	}
}

// parserModel is the model the tests parse with: the embedded model's
// own parser without its partners, whose errors the repairs were written
// for, as the extractor parses (claims/extract, extractParser).
func parserModel() *syntax.Model { return syntax.Default().LeftToRight() }
