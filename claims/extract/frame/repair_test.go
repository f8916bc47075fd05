package frame

import (
	"testing"

	"github.com/veracity-go/veracity/claims/extract/syntax"
)

// TestRepairAppositions: a parse that gives "open" two subjects, the
// minister and the name set off by commas after it, is mended into an
// apposition, and one that gives "resign" the role and the name right
// after it, into a compound; a right parse is left as it is.
func TestRepairAppositions(t *testing.T) {
	d := parserModel().Parse("The minister, Sara Holt, will open the conference.")
	find := func(w string) int {
		for i := 0; i < d.Len(); i++ {
			if d.Word(i) == w {
				return i
			}
		}
		t.Fatalf("no %q", w)
		return -1
	}
	minister, sara, open := find("minister"), find("Sara"), find("open")
	// The parse a model may give: two subjects of "open".
	d.Head[sara], d.Rel[sara] = int32(open), syntax.RelNsubj
	d.Head[minister], d.Rel[minister] = int32(open), syntax.RelNsubj
	tr := NewTree(d)
	if d.Head[sara] != int32(minister) || d.Rel[sara] != syntax.RelAppos {
		t.Errorf("Sara hangs on %d as %v, want on %d (minister) as appos", d.Head[sara], d.Rel[sara], minister)
	}
	if got := tr.Kid(open, syntax.RelNsubj); got != minister {
		t.Errorf("the subject of open is %d, want %d (minister)", got, minister)
	}

	d = parserModel().Parse("Labour leader Ann Reid will resign next month.")
	leader, reid, resign := -1, -1, -1
	for i := 0; i < d.Len(); i++ {
		switch d.Word(i) {
		case "leader":
			leader = i
		case "Reid":
			reid = i
		case "resign":
			resign = i
		}
	}
	d.Head[leader], d.Rel[leader] = int32(resign), syntax.RelNsubj
	d.Head[reid], d.Rel[reid] = int32(resign), syntax.RelNsubj
	NewTree(d)
	if d.Head[leader] != int32(reid) || d.Rel[leader] != syntax.RelCompound {
		t.Errorf("leader hangs on %d as %v, want on %d (Reid) as compound", d.Head[leader], d.Rel[leader], reid)
	}

	// The parse of the first sentence the model gives now: the role an
	// oblique, the name the subject.
	d = parserModel().Parse("The minister, Sara Holt, will open the conference.")
	d.Head[sara], d.Rel[sara] = int32(open), syntax.RelNsubj
	obl, _ := syntax.ParseRel("obl:unmarked")
	d.Head[minister], d.Rel[minister] = int32(open), obl
	tr = NewTree(d)
	if d.Head[sara] != int32(minister) || d.Rel[sara] != syntax.RelAppos {
		t.Errorf("oblique role: Sara hangs on %d as %v, want on %d (minister) as appos", d.Head[sara], d.Rel[sara], minister)
	}
	if got := tr.Kid(open, syntax.RelNsubj); got != minister {
		t.Errorf("oblique role: the subject of open is %d, want %d (minister)", got, minister)
	}

	// The right parse, set word by word, is left as it is.
	right := parserModel().Parse("The minister, Sara Holt, will open the conference.")
	gold := []struct {
		head int32
		rel  string
	}{{1, "det"}, {7, "nsubj"}, {3, "punct"}, {1, "appos"}, {3, "flat"}, {3, "punct"}, {7, "aux"}, {-1, "root"}, {9, "det"}, {7, "obj"}, {7, "punct"}}
	if right.Len() != len(gold) {
		t.Fatalf("%d words, want %d", right.Len(), len(gold))
	}
	for i, g := range gold {
		r, ok := syntax.ParseRel(g.rel)
		if !ok {
			t.Fatalf("no relation %q", g.rel)
		}
		right.Head[i], right.Rel[i] = g.head, r
	}
	before := append([]int32(nil), right.Head...)
	NewTree(right)
	for i := range before {
		if right.Head[i] != before[i] {
			t.Errorf("word %q moved from %d to %d in a right parse", right.Word(i), before[i], right.Head[i])
		}
	}
}

// TestRepairReportingTails: a clause of saying after what was said, hung
// by the parse on the reported verb as an oblique with the reported
// date under it, becomes a parataxis, and the date goes back to the
// reported verb.
func TestRepairReportingTails(t *testing.T) {
	d := parserModel().Parse("The clinic will open on 4 May, the trust said.")
	at := map[string]int{}
	for i := 0; i < d.Len(); i++ {
		at[d.Word(i)] = i
	}
	open, four, said, trust := at["open"], at["4"], at["said"], at["trust"]
	obl, _ := syntax.ParseRel("obl")
	d.Head[open], d.Rel[open] = -1, syntax.RelRoot
	d.Head[said], d.Rel[said] = int32(open), obl
	d.Head[four], d.Rel[four] = int32(said), obl
	d.Head[trust], d.Rel[trust] = int32(said), syntax.RelNsubj
	NewTree(d)
	if got := d.Rel[said].String(); got != "parataxis" {
		t.Errorf("said hangs on open as %s, want parataxis", got)
	}
	if d.Head[four] != int32(open) {
		t.Errorf("4 hangs on %q, want on open", d.Word(int(d.Head[four])))
	}
	if d.Head[trust] != int32(said) {
		t.Errorf("the trust hangs on %q, want on said", d.Word(int(d.Head[trust])))
	}
}

// TestRepairZeroRelatives: a clause reported by "said" that the parse
// hangs on its subject as a relative clause with no relative pronoun
// becomes the complement, with the noun its subject.
func TestRepairZeroRelatives(t *testing.T) {
	d := parserModel().Parse("She said no date had yet been fixed.")
	at := map[string]int{}
	for i := 0; i < d.Len(); i++ {
		at[d.Word(i)] = i
	}
	said, date, fixed := at["said"], at["date"], at["fixed"]
	relcl, _ := syntax.ParseRel("acl:relcl")
	d.Head[date], d.Rel[date] = int32(said), syntax.RelObj
	d.Head[fixed], d.Rel[fixed] = int32(date), relcl
	for _, w := range []string{"had", "yet", "been"} {
		d.Head[at[w]] = int32(fixed)
	}
	NewTree(d)
	if d.Head[fixed] != int32(said) || d.Rel[fixed] != syntax.RelCcomp {
		t.Errorf("fixed hangs on %d as %v, want on said as ccomp", d.Head[fixed], d.Rel[fixed])
	}
	if d.Head[date] != int32(fixed) || d.Rel[date].String() != "nsubj:pass" {
		t.Errorf("date hangs on %d as %v, want on fixed as nsubj:pass", d.Head[date], d.Rel[date])
	}

	// A relative clause with its own pronoun is left alone.
	d = parserModel().Parse("She said the plan which had been fixed.")
	at = map[string]int{}
	for i := 0; i < d.Len(); i++ {
		at[d.Word(i)] = i
	}
	said, plan, fixed := at["said"], at["plan"], at["fixed"]
	d.Head[plan], d.Rel[plan] = int32(said), syntax.RelObj
	d.Head[fixed], d.Rel[fixed] = int32(plan), relcl
	nsubj, _ := syntax.ParseRel("nsubj:pass")
	d.Head[at["which"]], d.Rel[at["which"]] = int32(fixed), nsubj
	NewTree(d)
	if d.Rel[fixed] != relcl {
		t.Errorf("a relative clause with 'which' became %v", d.Rel[fixed])
	}
}

// TestRepairGluedTimes: "the tower next year" parsed as one phrase headed
// by "year" becomes the object "the tower" and the time "next year".
func TestRepairGluedTimes(t *testing.T) {
	d := parserModel().Parse("They will demolish the old tower next year.")
	at := map[string]int{}
	for i := 0; i < d.Len(); i++ {
		at[d.Word(i)] = i
	}
	demolish, the, old, tower, next, year := at["demolish"], at["the"], at["old"], at["tower"], at["next"], at["year"]
	obl, _ := syntax.ParseRel("obl:unmarked")
	d.Head[year], d.Rel[year] = int32(demolish), obl
	for _, w := range []int{the, old, tower, next} {
		d.Head[w] = int32(year)
	}
	d.Rel[tower] = syntax.RelCompound
	NewTree(d)
	if d.Head[tower] != int32(demolish) || d.Rel[tower] != syntax.RelObj {
		t.Errorf("tower hangs on %d as %v, want on demolish as obj", d.Head[tower], d.Rel[tower])
	}
	if d.Head[the] != int32(tower) || d.Head[old] != int32(tower) {
		t.Errorf("the, old hang on %d, %d, want on tower", d.Head[the], d.Head[old])
	}
	if d.Head[next] != int32(year) || d.Head[year] != int32(demolish) {
		t.Errorf("next hangs on %d, year on %d; want next on year, year on demolish", d.Head[next], d.Head[year])
	}
}

// TestRepairGluedTimesObjects: "shutting the depot next spring" parsed
// with "depot" an indirect object and "spring" the object becomes the
// object "the depot" and the time "next spring".
func TestRepairGluedTimesObjects(t *testing.T) {
	d := parserModel().Parse("The plan includes shutting the depot next spring.")
	at := map[string]int{}
	for i := 0; i < d.Len(); i++ {
		at[d.Word(i)] = i
	}
	shut, depot, spring := at["shutting"], at["depot"], at["spring"]
	iobj, _ := syntax.ParseRel("iobj")
	d.Head[depot], d.Rel[depot] = int32(shut), iobj
	d.Head[spring], d.Rel[spring] = int32(shut), syntax.RelObj
	NewTree(d)
	if d.Rel[depot] != syntax.RelObj || d.Rel[spring].String() != "obl:tmod" {
		t.Errorf("depot is %v, spring %v; want obj and obl:tmod", d.Rel[depot], d.Rel[spring])
	}
}

// TestRepairKeepsATree: a parse whose mending would leave a cycle is
// restored as it was, so that no walk up the heads goes round for ever.
func TestRepairKeepsATree(t *testing.T) {
	d := parserModel().Parse("The council will sell the town's old Corn Exchange to a developer.")
	// A parse in which the phrase's place in its clause hangs inside the
	// phrase: a cycle the possessive repair must not close.
	at := map[string]int{}
	for i := 0; i < d.Len(); i++ {
		at[d.Word(i)] = i
	}
	town, exchange, sell, developer := at["town"], at["Exchange"], at["sell"], at["developer"]
	nmod, _ := syntax.ParseRel("nmod")
	d.Head[exchange], d.Rel[exchange] = int32(sell), syntax.RelObj
	d.Head[town], d.Rel[town] = int32(developer), syntax.RelObj
	d.Head[developer], d.Rel[developer] = int32(exchange), nmod
	if hasCycle(d) {
		t.Fatalf("the test's parse has a cycle: %v", d.Head)
	}
	NewTree(d)
	if hasCycle(d) {
		t.Fatalf("the mended parse has a cycle: heads %v", d.Head)
	}
}

// TestHasCycle: a word that is its own ancestor is found.
func TestHasCycle(t *testing.T) {
	d := parserModel().Parse("The council met.")
	if hasCycle(d) {
		t.Fatalf("a parse of the model has a cycle: %v", d.Head)
	}
	d.Head[0], d.Head[1] = 1, 0
	if !hasCycle(d) {
		t.Errorf("heads %v: no cycle found", d.Head)
	}
}

// TestRepairTitles: a title the parse makes a second subject beside the
// name becomes part of the name.
func TestRepairTitles(t *testing.T) {
	d := parserModel().Parse("Ms Pryce had raised a grievance.")
	nsubj := syntax.RelNsubj
	d.Head[0], d.Rel[0] = 3, nsubj
	d.Head[1], d.Rel[1] = 3, nsubj
	tr := NewTree(d)
	if d.Head[0] != 1 || d.Rel[0] != syntax.RelCompound {
		t.Errorf("Ms hangs on %d as %v, want on Pryce as compound", d.Head[0], d.Rel[0])
	}
	if got := tr.Kid(3, syntax.RelNsubj); got != 1 {
		t.Errorf("the subject of raised is %d, want 1 (Pryce)", got)
	}
}

// TestRepairCoordinatedClauses: "failed the test and a bracket had to be
// replaced" read as "failed" taking the clause "the test and a bracket
// had …" becomes "failed the test" and a second clause; "said" keeps
// its clause.
func TestRepairCoordinatedClauses(t *testing.T) {
	for _, tc := range []struct {
		text, verb string
		mended     bool
	}{
		{"It failed the test and a bracket had to be replaced.", "failed", true},
		{"She said the test and a bracket had to be replaced.", "said", false},
	} {
		d := parserModel().Parse(tc.text)
		at := map[string]int{}
		for i := 0; i < d.Len(); i++ {
			at[d.Word(i)] = i
		}
		verb, test, and, bracket, had := at[tc.verb], at["test"], at["and"], at["bracket"], at["had"]
		cc, _ := syntax.ParseRel("cc")
		d.Head[had], d.Rel[had] = int32(verb), syntax.RelCcomp
		d.Head[test], d.Rel[test] = int32(had), syntax.RelNsubj
		d.Head[bracket], d.Rel[bracket] = int32(test), syntax.RelConj
		d.Head[and], d.Rel[and] = int32(bracket), cc
		NewTree(d)
		gotObj := d.Head[test] == int32(verb) && d.Rel[test] == syntax.RelObj
		gotSubj := d.Head[bracket] == int32(had) && d.Rel[bracket] == syntax.RelNsubj
		gotConj := d.Head[had] == int32(verb) && d.Rel[had] == syntax.RelConj
		if tc.mended && !(gotObj && gotSubj && gotConj) {
			t.Errorf("%q: test on %d as %v, bracket on %d as %v, had on %d as %v; want test the object of %q, bracket the subject of had, had its conjunct",
				tc.text, d.Head[test], d.Rel[test], d.Head[bracket], d.Rel[bracket], d.Head[had], d.Rel[had], tc.verb)
		}
		if !tc.mended && (gotObj || gotConj) {
			t.Errorf("%q: mended a clause %q takes", tc.text, tc.verb)
		}
	}
}

// TestRepairHyphenModifiers: "the town's Grade II-listed Corn Exchange"
// split at its hyphen ("sell Grade II", "listed Corn Exchange") becomes
// one object, "Corn Exchange", that "Grade II-listed" modifies.
func TestRepairHyphenModifiers(t *testing.T) {
	d := parserModel().Parse("The council will sell the town's Grade II-listed Corn Exchange to a developer.")
	at := map[string]int{}
	for i := 0; i < d.Len(); i++ {
		at[d.Word(i)] = i
	}
	sell, town, grade, ii, dash, listed, corn, exchange, developer :=
		at["sell"], at["town"], at["Grade"], at["II"], at["-"], at["listed"], at["Corn"], at["Exchange"], at["developer"]
	poss, _ := syntax.ParseRel("nmod:poss")
	flat, _ := syntax.ParseRel("flat")
	xcomp, obl := syntax.RelXcomp, syntax.RelObl
	d.Head[town], d.Rel[town] = int32(grade), poss
	d.Head[grade], d.Rel[grade] = int32(sell), syntax.RelObj
	d.Head[ii], d.Rel[ii] = int32(grade), flat
	d.Head[listed], d.Rel[listed] = int32(sell), xcomp
	d.Head[corn], d.Rel[corn] = int32(exchange), syntax.RelCompound
	d.Head[exchange], d.Rel[exchange] = int32(listed), syntax.RelObj
	d.Head[developer], d.Rel[developer] = int32(listed), obl
	d.Head[dash] = int32(grade)
	d.XPOS[listed] = "VBN"
	NewTree(d)
	if d.Head[exchange] != int32(sell) || d.Rel[exchange] != syntax.RelObj {
		t.Errorf("Exchange hangs on %d as %v, want the object of sell", d.Head[exchange], d.Rel[exchange])
	}
	if d.Head[listed] != int32(exchange) || d.Head[town] != int32(exchange) {
		t.Errorf("listed hangs on %d, town on %d; want both on Exchange", d.Head[listed], d.Head[town])
	}
	if d.Head[developer] != int32(sell) {
		t.Errorf("developer hangs on %d, want on sell", d.Head[developer])
	}

	// A participle after a spaced dash is no hyphened modifier: the same
	// parse with spaces round the dash is left alone.
	d = parserModel().Parse("The council will sell the town's Grade II - listed Corn Exchange to a developer.")
	at = map[string]int{}
	for i := 0; i < d.Len(); i++ {
		at[d.Word(i)] = i
	}
	grade, listed, exchange = at["Grade"], at["listed"], at["Exchange"]
	d.Head[grade], d.Rel[grade] = int32(at["sell"]), syntax.RelObj
	d.Head[listed], d.Rel[listed] = int32(at["sell"]), xcomp
	d.Head[exchange], d.Rel[exchange] = int32(listed), syntax.RelObj
	d.XPOS[listed] = "VBN"
	NewTree(d)
	if d.Rel[listed] == syntax.RelAmod {
		t.Errorf("a spaced dash was read as a hyphen: listed is a modifier of %q", d.Word(int(d.Head[listed])))
	}
}

// TestRepairBarePossessors: a noun with no possessive mark taken for the
// possessor of a later noun ("the front counters at Hadley police
// stations", "counters" on "stations") heads the phrase; a possessor with
// its "'s" is left alone.
func TestRepairBarePossessors(t *testing.T) {
	poss, _ := syntax.ParseRel("nmod:poss")
	for _, tc := range []struct {
		text, owner, owned string
		mended             bool
	}{
		{"The front counters at Hadley police stations would close.", "counters", "stations", true},
		{"The council's police stations would close.", "council", "stations", false},
	} {
		d := parserModel().Parse(tc.text)
		at := map[string]int{}
		for i := 0; i < d.Len(); i++ {
			at[d.Word(i)] = i
		}
		owner, owned, close := at[tc.owner], at[tc.owned], at["close"]
		d.Head[owner], d.Rel[owner] = int32(owned), poss
		d.Head[owned], d.Rel[owned] = int32(close), syntax.RelNsubj
		NewTree(d)
		got := d.Head[owner] == int32(close) && d.Rel[owner] == syntax.RelNsubj && d.Head[owned] == int32(owner)
		if got != tc.mended {
			t.Errorf("%q: %s on %d as %v, %s on %d as %v; mended %v, want %v", tc.text,
				tc.owner, d.Head[owner], d.Rel[owner], tc.owned, d.Head[owned], d.Rel[owned], got, tc.mended)
		}
	}
}

// TestRepairYetToElsewhere: "has yet to be fixed" with the infinitive hung
// on a later verb of saying becomes the complement of "has".
func TestRepairYetToElsewhere(t *testing.T) {
	d := parserModel().Parse("A date for the hearing has yet to be fixed, the court said.")
	at := map[string]int{}
	for i := 0; i < d.Len(); i++ {
		at[d.Word(i)] = i
	}
	has, fixed, said := at["has"], at["fixed"], at["said"]
	advcl, _ := syntax.ParseRel("advcl")
	d.Head[has], d.Rel[has] = int32(said), syntax.RelCcomp
	d.Head[fixed], d.Rel[fixed] = int32(said), advcl
	NewTree(d)
	if d.Head[fixed] != int32(has) || d.Rel[fixed] != syntax.RelXcomp {
		t.Errorf("fixed hangs on %d as %v, want on has as xcomp", d.Head[fixed], d.Rel[fixed])
	}
}

// TestRepairPastTense: a verb with a subject of its own and no auxiliary
// is finite, so its -ed form is the past tense even when the tagger took
// it for a participle; a participle with an auxiliary, or in a passive,
// or modifying a noun, stays one.
func TestRepairPastTense(t *testing.T) {
	for _, c := range []struct {
		text, word, want string
	}{
		{"North Wolds District Council granted planning permission for the brewhouse in August.", "granted", "VBD"},
		{"The council has granted planning permission for the brewhouse.", "granted", "VBN"},
		{"Planning permission was granted in August.", "granted", "VBN"},
		{"The permission granted in August covers the brewhouse.", "granted", "VBN"},
	} {
		d := parserModel().Parse(c.text)
		w := -1
		for i := 0; i < d.Len(); i++ {
			if d.Word(i) == c.word {
				w = i
			}
		}
		if w < 0 {
			t.Fatalf("%q: no %q", c.text, c.word)
		}
		if c.want == "VBD" {
			d.XPOS[w] = "VBN" // the tag the model may give
		}
		NewTree(d)
		if d.XPOS[w] != c.want {
			t.Errorf("%q: %q tagged %s, want %s", c.text, c.word, d.XPOS[w], c.want)
		}
	}
}

// TestRepairFreeRelativeSubjects: a clause of "what" that is the subject
// of "unknown" is its csubj, with its own object, whether it opens the
// sentence or a clause of "that".
func TestRepairFreeRelativeSubjects(t *testing.T) {
	for _, text := range []string{
		"What caused the fire is still unknown.",
		"He said that what caused the fire is still unknown.",
	} {
		d := parserModel().Parse(text)
		repair(d)
		verb, fire, unknown := -1, -1, -1
		for i := 0; i < d.Len(); i++ {
			switch d.Word(i) {
			case "caused":
				verb = i
			case "fire":
				fire = i
			case "unknown":
				unknown = i
			}
		}
		if d.Rel[verb].String() != "csubj" || int(d.Head[verb]) != unknown {
			t.Errorf("%q: %q is %s of %d, want csubj of %q", text, "caused", d.Rel[verb], d.Head[verb], "unknown")
		}
		if d.Rel[fire] != syntax.RelObj || int(d.Head[fire]) != verb {
			t.Errorf("%q: %q is %s of %d, want obj of %q", text, "fire", d.Rel[fire], d.Head[fire], "caused")
		}
	}
}

// TestRepairQuestionSubjects: a question that is the subject of the
// predicate calling it open ("how much … is not yet known", "… has yet to
// be counted") is its clausal subject, whichever way the parse hung the
// two; a clause of "when" before its main clause stays adverbial, and a
// question that is an object stays one.
func TestRepairQuestionSubjects(t *testing.T) {
	for _, c := range []struct {
		text, question, pred, rel string
	}{
		{"A spokesman said how much the trust will receive is not yet known.", "receive", "known", "csubj:pass"},
		{"Mrs Lane said that how much the appeal brought in has yet to be counted.", "brought", "has", "csubj"},
		{"How much the sale raised has not been disclosed.", "raised", "disclosed", "csubj:pass"},
		{"Whether the school will reopen remains unclear.", "reopen", "remains", "csubj"},
	} {
		d := parserModel().Parse(c.text)
		NewTree(d)
		q, p := wordAt(t, d, c.question), wordAt(t, d, c.pred)
		if int(d.Head[q]) != p || d.Rel[q].String() != c.rel {
			t.Errorf("%q: %q is %s of %d, want %s of %q", c.text, c.question, d.Rel[q], d.Head[q], c.rel, c.pred)
		}
	}
	for _, c := range []struct{ text, word, head string }{
		{"When the plant closed, the workers were told to go home.", "closed", "told"},
		{"The firm did not say how much the sale raised, but said it was pleased.", "raised", "say"},
	} {
		d := parserModel().Parse(c.text)
		NewTree(d)
		w := wordAt(t, d, c.word)
		if d.Rel[w].Universal().String() == "csubj" || int(d.Head[w]) != wordAt(t, d, c.head) {
			t.Errorf("%q: %q is %s of %d, want it under %q, no subject", c.text, c.word, d.Rel[w], d.Head[w], c.head)
		}
	}
}

// wordAt returns the index of the first word w of d.
func wordAt(t *testing.T, d *syntax.Doc, w string) int {
	t.Helper()
	for i := 0; i < d.Len(); i++ {
		if d.Word(i) == w {
			return i
		}
	}
	t.Fatalf("no %q in %q", w, d.Text)
	return -1
}

// TestRepairStrandedComplements: the adjective after "remains" that the
// parse hangs on the clause of saying after it is the complement of
// "remains"; one with a complement of its own is left alone.
func TestRepairStrandedComplements(t *testing.T) {
	d := parserModel().Parse("The cost of the repairs remains unknown, a county council spokeswoman said.")
	remains, unknown, said := wordAt(t, d, "remains"), wordAt(t, d, "unknown"), wordAt(t, d, "said")
	// The parses a model may give: "unknown" a complement or a modifier
	// of "said".
	for _, rel := range []string{"ccomp", "advmod"} {
		r, _ := syntax.ParseRel(rel)
		d.Head[unknown], d.Rel[unknown] = int32(said), r
		repair(d)
		if int(d.Head[unknown]) != remains || d.Rel[unknown] != syntax.RelXcomp {
			t.Errorf("unknown hung as %s of said: now %s of %d, want xcomp of remains", rel, d.Rel[unknown], d.Head[unknown])
		}
	}
}
