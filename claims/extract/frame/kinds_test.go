package frame

import "testing"

// TestReferenceKind: a definite description by a kind ("the building",
// "the vehicles") names the last thing named by a noun of that kind, of
// its number; with none before, it names a thing of its own.
func TestReferenceKind(t *testing.T) {
	for _, c := range []struct {
		text, word    string
		sameAs, notAs string // words whose referent it names, and does not
	}{
		{"The library on Chapel Row opened in 1968. The council wants to sell the building.", "building", "library", ""},
		{"The museum will close. A petition against the closure of the library has 2,000 names. The building needs repairs.", "building", "library", "museum"},
		{"The council bought 24 electric buses last year. The vehicles were built in Leeds.", "vehicles", "buses", ""},
		{"Hollowell Brewery was founded in 1921. The council owns the building.", "building", "", "Brewery"},
		{"The council bought a new bus. The vehicles were built in Leeds.", "vehicles", "", "bus"},
		{"The bus was built in 2010. The vehicle that replaced it was built in 2022.", "vehicle", "", "bus"},
		{"The library opened in 1968. The other building opened in 2010.", "building", "", "library"},
	} {
		tr, refs, _ := parse(c.text)
		got := refs.Key[find(tr, c.word)]
		if c.sameAs != "" {
			if want := refs.Key[find(tr, c.sameAs)]; got != want {
				t.Errorf("%q: %q names %q, want %q", c.text, c.word, got, want)
			}
		}
		if c.notAs != "" {
			if other := refs.Key[find(tr, c.notAs)]; got == other {
				t.Errorf("%q: %q names %q, the referent of %q", c.text, c.word, got, c.notAs)
			}
		}
	}
}

// TestKindTable: the generated table lists the nouns of each kind.
func TestKindTable(t *testing.T) {
	for _, c := range [][2]string{{"building", "library"}, {"building", "museum"}, {"vehicle", "bus"}, {"vessel", "ferry"}} {
		if !kindMembers[c[0]][c[1]] {
			t.Errorf("%s is not of the kind %s", c[1], c[0])
		}
	}
	if kindMembers["building"]["council"] {
		t.Error("a council is no building")
	}
}
