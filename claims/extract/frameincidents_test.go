package extract

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/veracity-go/veracity/claims"
)

// incidentDates returns the dates an article's claims give to subject,
// as "as written = resolved day", in order.
func incidentDates(t *testing.T, text, subject string) []string {
	t.Helper()
	set, err := Extract(claims.Document{Text: text, Published: published}, nil)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, c := range set.Claims {
		if c.Subject == subject && c.Property == "date" && c.Value.Kind == claims.KindTime {
			out = append(out, c.Value.Text+" = "+c.Value.Start.Format("2006-01-02"))
		}
	}
	return out
}

// TestIncidentDays: an incident of one day — a crash, a fire, a stabbing
// — dated twice, by a clause that says it happened or by its own noun,
// in other words each time, is one date given twice: both are keyed by
// the incident, so that two days conflict. (Against 2025-08-13, a
// Wednesday.)
func TestIncidentDays(t *testing.T) {
	for _, c := range []struct {
		name, text, subject string
		want                []string
	}{
		{"a verb of occurring with a time of day, then a synonym with a time after it",
			"The court heard that the collision happened at about 8.15am on 3 February last year. In a statement, the victim said the crash on 13 February had taken away everything.",
			"crash", []string{"3 February last year = 2024-02-03", "13 February = 2025-02-13"}},
		{"a phrasal verb of occurring, then a synonym with a day before it",
			"The blaze broke out at the pavilion shortly before 11pm on Monday. Police want to hear from anyone who was near the field on the night of the 10 August blaze.",
			"fire", []string{"Monday = 2025-08-11", "10 August = 2025-08-10"}},
		{"the incident's own verb, then its noun",
			"He was driving home when his car crashed on the B1287 at about 11.40pm on 3 February. A repair was carried out in March, weeks after the crash on 8 February.",
			"crash", []string{"3 February = 2025-02-03", "8 February = 2025-02-08"}},
		{"a verb of occurring with a part of the day, then a possessive day",
			"The accident took place on Monday morning on the A61. Police are appealing for witnesses to Friday's accident.",
			"accident", []string{"Monday = 2025-08-11", "Friday = 2025-08-08"}},
		{"a relative clause of occurring, then a day before the noun",
			"The earthquake, which occurred on 6 August, damaged 40 homes. Engineers said the 8 August earthquake cracked the dam.",
			"earthquake", []string{"6 August = 2025-08-06", "8 August = 2025-08-08"}},
		{"the incident's passive verb, then its noun, a fire service's name between",
			"A man was shot on 19 July in Bridge Street. Humberside Fire and Rescue said crews attended. Police said the shooting on 17 July was targeted.",
			"shooting", []string{"19 July = 2025-07-19", "17 July = 2025-07-17"}},
		{"an incident carried out, then its noun after the day",
			"The raid was carried out on 2 August, officers said. The 12 August raid recovered drugs.",
			"raid", []string{"2 August = 2025-08-02", "12 August = 2025-08-12"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			if diff := cmp.Diff(c.want, incidentDates(t, c.text, c.subject)); diff != "" {
				t.Errorf("%s/date (-want +got):\n%s", c.subject, diff)
			}
		})
	}
}

// TestIncidentDaysApart: incidents the article tells apart (another, a
// second, counted in the plural, brought in by "a" after the first, at
// places of other names, named, or years before), or denied, are not one
// incident dated on two days; a day the tense of its clause would put
// after publication is the one before, an incident having happened; and
// a day written without its year is of the year the article gave it
// elsewhere.
func TestIncidentDaysApart(t *testing.T) {
	for _, text := range []string{
		"The fire broke out on Monday. Another fire broke out on 9 August at a nearby farm.",
		"The crash happened on 3 February. A second crash on the same bend on 9 March injured two people.",
		"There have been two crashes at the junction. The crash on 3 February killed a driver. The crash on 9 March injured two people.",
		"The explosion happened on 3 May. Residents recalled an explosion on 9 March at the works.",
		"The Leeds crash happened on 3 May. The York crash on 9 May closed the road.",
		"No crash happened on 3 May. The crash on 9 May closed the road.",
		// An incident has happened: a possessive day in a present clause is the last one.
		"The explosion happened at about 2.15pm on Sunday. The cause of Sunday's explosion is being investigated.",
		// Remembered incidents are others: a named one, one years before.
		"The shooting happened shortly after 10pm on Saturday. The news revived memories of the Hungerford shooting on 19 August 1987.",
		"The attack happened on Wednesday. It brought back memories of the attack on 7 July 2005.",
	} {
		for _, subject := range []string{"fire", "crash", "explosion", "shooting", "attack"} {
			got := incidentDates(t, text, subject)
			for _, g := range got[min(1, len(got)):] {
				if day := g[strings.Index(g, "= "):]; !strings.HasSuffix(got[0], day) {
					t.Errorf("%q: %s dated %q, want no two days of one incident", text, subject, got)
					break
				}
			}
		}
	}
	for _, c := range []struct{ text, want string }{
		{"The collision happened at about 8.15am on 3 February last year. The victim said the crash on 3 February had taken away everything.", "2024-02-03"},
		{"His car crashed on the B1287 at about 11.40pm on 3 February. A repair had been scheduled for March, weeks after the crash on 3 February.", "2025-02-03"},
	} {
		for _, got := range incidentDates(t, c.text, "crash") {
			if !strings.HasSuffix(got, c.want) {
				t.Errorf("%q: a day without its year: %q, want %s", c.text, got, c.want)
			}
		}
	}
}
