package extract

import (
	"slices"
	"testing"

	"github.com/veracity-go/veracity/claims"
)

// TestOnceDates: what happens to a thing once — founded, built, opened,
// born, died — dated twice, by whatever clause (passive, active, a
// participle, "it" for the thing, a relative clause), is one fact given
// twice: both dates are keyed together.
func TestOnceDates(t *testing.T) {
	for _, c := range []struct {
		name, text, subject, property string
		want                          []string
	}{
		{"a passive, then 'it' two sentences on, in a clause of 'since'",
			"The library on Chapel Row was opened in 1968 by the mayor. It needs repairs. Regulars say it has changed little since it opened in 1986.",
			"library", "opened", []string{"1968", "1986"}},
		{"a relative clause, then a participle describing the thing",
			"Hollowell Brewery, which was founded in 1921, has been sold. The brewery, established in 1912 by Arthur Pell, employs 48 people.",
			"hollowell-brewery", "founded", []string{"1921", "1912"}},
		{"an active verb with the thing its object, then a passive",
			"Thomas Grey built the mill in 1784. The mill was built in 1748, according to the trust.",
			"mill", "built", []string{"1784", "1748"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			set, err := Extract(claims.Document{Text: c.text, Published: published}, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, cl := range set.Claims {
				if cl.Subject == c.subject && cl.Property == c.property {
					got = append(got, cl.Value.Text)
				}
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("%s/%s: %q, want %q; all: %+v", c.subject, c.property, got, c.want, set.Claims)
			}
		})
	}
}

// TestOnceDatesApart: an event that is not the thing's one (opened again,
// first opened, officially opened, opened as something else), of another
// thing (the children's wing, the old library), or a date that only
// bounds it, is no second date of the thing's founding or opening.
func TestOnceDatesApart(t *testing.T) {
	for _, text := range []string{
		"The library opened in its current building in 1974. Jean Ridley, who helped open the children's wing in 1986, recalled queues.",
		"The old library opened in 1901. The library opened in 1986 on the site of the market.",
		"The building opened as a cinema in 1930. The building opened in 1968 as a library.",
		"The bridge first opened in 1890. The bridge opened in 1950 after the flood repairs.",
		"The hospital was officially opened in 1969. The hospital opened in 1968.",
		"The club was founded in 1880. The club was founded again in 1946 after the war.",
		"The shop opened in 1990. The shop opened at 9am on Saturday.",
		"The company opened a store in 2001. It opened a store in 2004.",
		"The museum has been open since 1990. The museum opened in 1988.",
		"His father died in 1990. Smith died in 2001.",
		"John Parry, the first mayor, was born in 1851. His great-grandson, also called John Parry, was born in 1952.",
		"St Mary's church in Ashby was built in 1120. St Mary's church in nearby Oakley was built in 1870.",
		"St Mary's church was built in 1120. St Peter's church was built in 1870.",
		"The hotel opened in 1925. After the fire, it opened in 1950 under new owners.",
	} {
		wantNoContradiction(t, text)
	}
}

// TestDatedSaying: a question said to be open weeks before publication
// ("In January, the board said no date had been set") is not left open
// by the article, which may give the answer since found; said this week,
// it is.
func TestDatedSaying(t *testing.T) {
	const opened = "The new unit will open on 2 September, the board said."
	wantNoContradiction(t, opened+" In January the health board said no date had been set for the opening of the unit.")
	wantNoContradiction(t, "Three weeks ago the trust said no date had been set for the opening. The unit will open on 4 September.")
	wantNoContradiction(t, "In 2019 the council said the cause of the collapse was unknown. An inquiry later found the collapse was caused by corrosion.")
	set, err := Extract(claims.Document{Text: opened + " On Monday the health board said no date had been set for the opening of the unit.", Published: published}, nil)
	if err != nil {
		t.Fatal(err)
	}
	unknown := false
	for _, c := range set.Claims {
		unknown = unknown || c.Modality == claims.ModalityUnknown && c.Subject == "unit"
	}
	if !unknown {
		t.Errorf("said on Monday, the opening date is no longer open: %+v", set.Claims)
	}
}

// TestCauseOfTheCause: what a thing caused does not answer what caused
// it: "the fire … caused severe damage" and "the cause of the fire is not
// yet known" agree.
func TestCauseOfTheCause(t *testing.T) {
	wantNoContradiction(t, "The fire started in the kitchen of a flat and caused severe damage to that property. The cause of the fire is not yet known.")
}

// TestDateOfTheSubject: a date another reading keyed under a name in the
// subject's phrase ("A new children's ward at Carrick General Hospital
// will open on 3 March") is the subject's, the ward's, as is what that
// reading keyed alike ("No opening date has been announced"): the fact is
// keyed once, so that its conflict is found once.
func TestDateOfTheSubject(t *testing.T) {
	set, err := Extract(claims.Document{Text: "A new children's ward at Carrick General Hospital will open to patients on 3 March, the trust said. No opening date has been announced, a spokesperson said.", Published: published}, nil)
	if err != nil {
		t.Fatal(err)
	}
	subjects := map[string]int{}
	for _, c := range set.Claims {
		if c.Property == "opening-date" {
			subjects[c.Subject]++
		}
	}
	if subjects["ward"] != 2 || len(subjects) != 1 {
		t.Errorf("opening dates by subject: %v, want the ward's two (its date and its question) alone; all: %+v", subjects, set.Claims)
	}
}

// TestEventDateBegins: the date of an event left open ("no trial date has
// been fixed") is the date it will begin ("is listed to begin on 14
// October"), when that is the only date it is given.
func TestEventDateBegins(t *testing.T) {
	set, err := Extract(claims.Document{Text: "His trial is listed to begin on 14 October at Leeds Crown Court. A court official said no trial date has been fixed.", Published: published}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var got []claims.Modality
	for _, c := range set.Claims {
		if c.Subject == "trial" && c.Property == "start-date" {
			got = append(got, c.Modality)
		}
	}
	if want := []claims.Modality{claims.ModalityAsserted, claims.ModalityUnknown}; !slices.Equal(got, want) {
		t.Errorf("trial/start-date: %v, want %v; all: %+v", got, want, set.Claims)
	}
}
