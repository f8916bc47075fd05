package arithmetic_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/factcheck"
	"github.com/veracity-go/veracity/factcheck/checks/arithmetic"
	"github.com/veracity-go/veracity/factcheck/checks/internal/checktest"
	"github.com/veracity-go/veracity/factcheck/factchecktest"
)

func TestTestdata(t *testing.T) {
	factchecktest.RunDirChecks(t, "testdata", []*factcheck.Check{arithmetic.Check})
}

// published is the publication date of the test sentences.
var published = time.Date(2025, 8, 13, 0, 0, 0, 0, time.UTC)

// findings runs the check over text, published on published (or
// undated), and returns its findings as "severity: message".
func findings(t *testing.T, text string, pub time.Time) []string {
	t.Helper()
	set := &claims.Set{Version: 1, Document: claims.Document{Text: text, Published: pub}}
	var out []string
	for _, f := range checktest.Findings(t, arithmetic.Check, set) {
		if len(f.Claims) != 0 {
			t.Errorf("finding names claims %v in a set without claims", f.Claims)
		}
		out = append(out, f.Severity.String()+": "+f.Message)
	}
	return out
}

type sentenceTest struct {
	name, text string
	want       []string
}

func runSentences(t *testing.T, tests []sentenceTest) {
	t.Helper()
	runSentencesAt(t, published, tests)
}

// runSentencesAt is runSentences for text published on pub.
func runSentencesAt(t *testing.T, pub time.Time, tests []sentenceTest) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := findings(t, tt.text, pub)
			if diff := cmp.Diff(tt.want, got, cmpopts.EquateEmpty()); diff != "" {
				t.Errorf("%s\nfindings (-want +got):\n%s", tt.text, diff)
			}
		})
	}
}

// TestFlagged lists sentences a sub-editor would send back: the figures
// they relate do not compute.
func TestFlagged(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"business rise", "Turnover rose 8% to 1,150 from 1,000.",
			[]string{"error: 1,150 from 1,000 is a rise of 15%, not 8%"}},
		{"deficit narrowed", "The deficit narrowed 25% to £30m from £45m.",
			[]string{"error: £30m from £45m is a fall of 33%, not 25%"}},
		{"profits a year earlier", "Pre-tax profits at the retailer rose 12% to £540m, from £520m a year earlier.",
			[]string{"error: £540m from £520m is a rise of 4%, not 12%"}},
		{"passengers in millions", "Passenger numbers fell 10% to 2.4 million from 2.5 million.",
			[]string{"error: 2.4 million from 2.5 million is a fall of 4%, not 10%"}},
		{"up but the figures fall", "Sales were £1.2bn, up 8% from £1.5bn.",
			[]string{"error: £1.2bn from £1.5bn is a fall of 20%, not a rise of 8%"}},
		{"a change between two averages", "Sick days fell from an average of 12 to 9, a reduction of 40%, compared with a fall of about one day among other staff.",
			[]string{"error: 9 from 12 is a fall of 25%, not 40%"}},
		{"a rise of after the figures", "The number of rough sleepers went from 3,000 to 3,900, a rise of 20%.",
			[]string{"error: 3,900 from 3,000 is a rise of 30%, not 20%"}},
		{"on last year's", "The club's wage bill was up 5% on last year's £80m at £92m.",
			[]string{"error: £92m from £80m is a rise of 15%, not 5%"}},
		{"a cut of", "The council now has 3,200 staff, down from 4,000, a cut of 15%.",
			[]string{"error: 3,200 staff from 4,000 is a fall of 20%, not 15%"}},
		{"sport attendance", "Attendance at the stadium dropped 12% from 40,000 to 38,000.",
			[]string{"error: 38,000 from 40,000 is a fall of 5%, not 12%"}},
		{"increased by", "House prices in the town increased by 6% from £250,000 to £280,000.",
			[]string{"error: £280,000 from £250,000 is a rise of 12%, not 6%"}},
		{"pence", "Its share price rose 30% to 130p from 120p.",
			[]string{"error: 130p from 120p is a rise of 8%, not 30%"}},
		{"climbed but fell", "Exports to the EU climbed 4% to €2.1bn from €2.3bn.",
			[]string{"error: €2.1bn from €2.3bn is a fall of 9%, not a rise of 4%"}},
		{"a 40% increase", "Ticket sales jumped from 12,000 to 15,000, a 40% increase.",
			[]string{"error: 15,000 from 12,000 is a rise of 25%, not 40%"}},
		{"doubled", "Membership of the club doubled from 1,500 to 4,000.",
			[]string{"error: 4,000 from 1,500 is a rise of 167%, not a doubling"}},
		{"halved", "Waiting lists have halved to 6,000 from 9,000.",
			[]string{"error: 6,000 from 9,000 is a fall of 33%, not a halving"}},
		{"fell by a third", "Burglaries fell by a third to 300 from 500.",
			[]string{"error: 300 from 500 is a fall of 40%, not a fall of a third"}},
		{"percentage points", "Turnout rose 2 percentage points to 45% from 40%.",
			[]string{"error: 45% from 40% is a rise of 5 percentage points, not 2 percentage points"}},
		{"a part of them, the whole named before it in the sentence",
			"The association manages 12,400 homes and has found damp in 3,100 of them, about 18%.",
			[]string{"error: 3,100 of 12,400 homes is 25%, not about 18%"}},
		{"a part of them, the whole in the sentence before",
			"The association manages 12,400 homes. Inspectors found damp in 3,100 of them, about 18%.",
			[]string{"error: 3,100 of 12,400 homes is 25%, not about 18%"}},
		{"a part of them, right", "The association manages 12,400 homes. Inspectors found damp in 3,100 of them, about 25%.", nil},
		{"out of", "Twelve out of 40 councils (25%) missed the target.",
			[]string{"error: Twelve of 40 councils is 30%, not 25%"}},
		{"a share named after the clause", "In the end 31,000 of the 48,000 voters cast a ballot, a turnout of 72%.",
			[]string{"error: 31,000 of 48,000 voters is 65%, not 72%"}},
		{"a share named after the clause, right", "In the end 31,000 of the 48,000 voters cast a ballot, a turnout of 65%.", nil},
		{"a change named after the clause is no share", "In the end 31,000 of the 48,000 voters cast a ballot, a rise of 12%.", nil},
		{"or share of the whole", "The party won 411 seats, or 73% of the 650 in the Commons.",
			[]string{"error: 411 seats of 650 is 63%, not 73%"}},
		{"of the surveyed", "Of the 1,200 people surveyed, 300 (30%) said they would move.",
			[]string{"error: 300 of 1,200 people is 25%, not 30%"}},
		{"election parts", "Of the 48 candidates, 20 are women and 30 are men.",
			[]string{"error: 20 and 30 make 50, not the 48 stated"}},
		{"parts before a comment", "Of the group's 310 stores, 190 are in the UK and 140 are overseas, most of them franchised outlets in the Gulf.",
			[]string{"error: 190 and 140 make 330, not the 310 stated"}},
		{"parts before a comment with a figure", "Of their 38 league games, they won 22, drew 9 and lost 9, finishing third for the first time in a decade.",
			[]string{"error: 22, 9 and 9 make 40, not the 38 stated"}},
		{"time of the old figure before the change", "Operating profit climbed to £96m, up from £84m in 2023, a rise of 25%.",
			[]string{"error: £96m from £84m is a rise of 14%, not 25%"}},
		{"time of the new figure before the change", "Sales were £1.2bn last year, up 30% from £1.1bn.",
			[]string{"error: £1.2bn from £1.1bn is a rise of 9%, not 30%"}},
		{"possessive whole", "Of the group's 310 stores, 190 are in the UK and 140 are overseas.",
			[]string{"error: 190 and 140 make 330, not the 310 stated"}},
		{"council seats", "The council's 120 seats: 60 for Labour, 40 for the Conservatives and 25 for the Liberal Democrats.",
			[]string{"error: 60, 40 and 25 make 125, not the 120 stated"}},
		{"sport results", "Of their 20 games, they won 12, drew 5 and lost 4.",
			[]string{"error: 12, 5 and 4 make 21, not the 20 stated"}},
		{"charity age", "Founded in 1990, the 40-year-old charity now runs 30 shops.",
			[]string{"error: founded in 1990, the charity is 35 years old in 2025, not 40"}},
		{"station age a sentence away", "The station was built in 1885. Today the 150-year-old building houses a museum.",
			[]string{"warning: built in 1885, the building is 140 years old in 2025, not 150"}},
		{"retailer a sentence away", "Founded in 1962 by two brothers, the chain has grown fast. Analysts said the 70-year-old retailer faced its toughest test.",
			[]string{"warning: founded in 1962, the retailer is 63 years old in 2025, not 70"}},
		{"founders are not the thing", "The Corn Exchange was built in 1862 by a group of merchants. Campaigners say the 150-year-old building should be protected.",
			[]string{"warning: built in 1862, the building is 163 years old in 2025, not 150"}},
		{"born", "Born in 1960, the 70-year-old singer is touring again.",
			[]string{"error: born in 1960, the singer is 64 or 65 years old in 2025, not 70"}},
		{"elapsed since founding", "The club reached the final more than ten years after it was founded in 2016.",
			[]string{"warning: from 2016 to 2025 is 9 years, not more than ten years"}},
		{"museum age", "The 30-year-old museum, which opened in 2000, attracts 200,000 visitors a year.",
			[]string{"error: opened in 2000, the museum is 25 years old in 2025, not 30"}},
	})
}

// TestNotFlagged lists sentences whose figures compute, or that relate no
// figures the check can verify: it must stay silent on all of them.
func TestNotFlagged(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"no base", "Turnover rose 8% to 1,150.", nil},
		{"right", "Turnover rose 15% to 1,150 from 1,000.", nil},
		{"a third in words, right", "The deficit narrowed to £30m from £45m, a fall of a third.", nil},
		{"points without a base", "Labour's share rose 2 points to 45%.", nil},
		{"points right", "Unemployment rose 0.2 percentage points to 4.7% from 4.5%.", nil},
		{"to a percentage from another, then the points",
			"The share of calls answered rose to 91% from 84%, a rise of nine percentage points.",
			[]string{"error: 91% from 84% is a rise of 7 percentage points, not nine percentage points"}},
		{"to a percentage from another, then the points, right",
			"The share of calls answered rose to 91% from 84%, a rise of seven percentage points.", nil},
		{"small counts are exact: 12 to 18 is 50%, whatever rounding would allow",
			"Incidents rose from 12 in 2023 to 18 in 2025, an increase of 40%.",
			[]string{"error: 18 from 12 is a rise of 50%, not 40%"}},
		{"small counts, right", "Incidents rose from 12 to 18, an increase of 50%.", nil},
		{"a count with a comparator keeps its slack", "Incidents rose from about 12 to 18, an increase of 40%.", nil},
		{"to a sum from another, then the percentage",
			"Sales rose to £1,150 from £1,000, a rise of 8%.",
			[]string{"error: £1,150 from £1,000 is a rise of 15%, not 8%"}},
		{"scores", "Arsenal won 3-1 at home and drew 2-2 away, ending a run of 4 defeats.", nil},
		{"phone number", "Call 0800 123 456 for more information.", nil},
		{"constant currency", "Sales rose 8% at constant currency to £1.2bn from £1.15bn.", nil},
		{"like-for-like", "Like-for-like sales rose 3%, while total sales rose 5% to £2.1bn from £2bn.", nil},
		{"averages of their own", "Average earnings rose from £500 to £550, a rise of 20% in the average household.", nil},
		{"averages of other times", "Prices in the town rose 5% last year to an average of £300,000, up from £250,000 in 2020.", nil},
		{"a change between two averages, right", "Scores rose from an average of 50 to an average of 60, a rise of 20%.", nil},
		{"a rate per year", "Prices have risen 8% a year, from £100 to £150.", nil},
		{"index name", "The FTSE 100 rose 1% to 8,100 points.", nil},
		{"change right after a year", "Operating profit climbed to £96m, up from £84m in 2023, a rise of 14%.", nil},
		{"a doubt word anywhere", "Of the 48 candidates, 20 are women and 30 are men, 12 of them under 40.", nil},
		{"parts short of the total", "Of the 650 seats, Labour won 411 and the Conservatives 121.", nil},
		{"parts that overlap", "Of the 48 candidates, 30 are women and 25 are under 40.", nil},
		{"parts of different kinds", "Of the 20 players, 12 are from England and 10 play in the Premier League.", nil},
		{"founded, no age", "Founded in 1990, the charity now has 35 staff.", nil},
		{"age right", "Founded in 1990, the 35-year-old charity is growing.", nil},
		{"a person's age", "The club was founded in 1990. Its 28-year-old striker scored twice.", nil},
		{"age at another time", "When it closed in 2010, the 120-year-old station, built in 1890, was empty.", nil},
		{"born, right", "The 64-year-old, born in 1961, said he would stand again.", nil},
		{"rounding covers it", "Shares rose 5% to 120p from 114p.", nil},
		{"currencies differ", "Revenue rose 8% to $1.2bn from £1.1bn.", nil},
		{"fall right", "Profits fell 20% to £4m from £5m.", nil},
		{"rise of 9% right", "The population grew from 1.1 million to 1.2 million, a rise of 9%.", nil},
		{"no stated change", "Inflation rose to 3.8% in July from 3.6% in June.", nil},
		{"doubled right", "Orders doubled to 2,000 from 1,000.", nil},
		{"more than doubled", "Profits more than doubled from £1m to £2.5m.", nil},
		{"a cut to a rate", "The Bank of England cut interest rates by 0.25 percentage points to 4%.", nil},
		{"ordinals and years", "He was 12th in the 2019 race and 3rd in 2021.", nil},
		{"capacity", "Chelsea beat Liverpool 2-1, with 60,000 fans in the 62,000-capacity stadium.", nil},
		{"parts right", "Of the 1,000 people surveyed, 600 said yes and 400 said no.", nil},
		{"year to March", "In the year to March, sales rose 4% to £3.1bn from £2.98bn.", nil},
		{"age right, built", "The 100-year-old building was built in 1925.", nil},
		{"pounds and pence", "The price of a loaf rose 10% to £1.10 from £1.", nil},
		{"age in apposition", "Mr Smith, 45, joined the firm in 2010.", nil},
		{"absolute change", "The figure rose by 12,000 to 112,000 from 100,000.", nil},
		{"real terms", "Wages rose 4% in real terms to £700 from £650 a week.", nil},
		{"two clauses", "Sales rose 8% to £1.2bn and profit climbed from £100m to £150m.", nil},
		{"page numbers", "The report, on page 12, says 40% of 200 firms cut jobs from 2020 to 2024.", nil},
		{"no text", "", nil},
	})
}

func TestUndated(t *testing.T) {
	// Without a publication date an age cannot be checked; the other
	// relations can.
	got := findings(t, "Founded in 1990, the 40-year-old charity saw turnover rise 8% to 1,150 from 1,000.", time.Time{})
	want := []string{"error: 1,150 from 1,000 is a rise of 15%, not 8%"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("findings (-want +got):\n%s", diff)
	}
}

// TestRealistic holds sentences in the style of agency and BBC business
// copy, whose figures compute: the check must match them and stay silent.
func TestRealistic(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"against a year earlier", "Southwest Airlines saw its fourth-quarter profits fall 15% to $56m, against $66m a year earlier.", nil},
		{"a rise in profits", "Reuters beat forecasts, posting a 52% rise in profits for the year to £198m from the £130m seen a year earlier.", nil},
		{"with years between", "In the capital, the volume of sales fell by 23% from 36,185 in 2003 to 28,041 for the same period in 2004.", nil},
		{"from a year earlier", "New vehicle sales jumped 22% to 449,603 from a year earlier.", nil},
		{"down from a peak", "Internet Explorer still dominates with a share of about 90% but this is down from a peak of almost 96% in mid-2004.", nil},
	})
	runSentences(t, []sentenceTest{
		{"against a year earlier, wrong", "Southwest Airlines saw its fourth-quarter profits fall 25% to $56m, against $66m a year earlier.",
			[]string{"error: $56m from $66m is a fall of 15%, not 25%"}},
		{"a rise in profits, wrong", "Reuters beat forecasts, posting a 32% rise in profits for the year to £198m from the £130m seen a year earlier.",
			[]string{"error: £198m from £130m is a rise of 52%, not 32%"}},
	})
}

// TestTimedChanges holds changes whose figures have their times between
// them.
func TestTimedChanges(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"years between, change after", "Visitor numbers at the castle dropped from 52,000 in 2022 to 41,000 last year, a decline of 12%.",
			[]string{"error: 41,000 from 52,000 is a fall of 21%, not 12%"}},
		{"this year, fall after", "Membership has shrunk from 830 in 2018 to 610 this year, a fall of 18%.",
			[]string{"error: 610 from 830 is a fall of 27%, not 18%"}},
		{"year to month between new and old", "Sales climbed 9% to £312m in the year to June, from £270m a year earlier.",
			[]string{"error: £312m from £270m is a rise of 16%, not 9%"}},
		{"period between, percentage first", "Passenger journeys fell 6% from 9,400 in 2021 to 7,100 in 2024.",
			[]string{"error: 7,100 from 9,400 is a fall of 24%, not 6%"}},
		{"a duration between, increase after", "The waiting list has grown from 9,600 to 12,000 in three years, an increase of 12%.",
			[]string{"error: 12,000 from 9,600 is a rise of 25%, not 12%"}},
		{"over the past N years", "Rents in the city rose from £800 to £1,000 over the past four years, a rise of 8%.",
			[]string{"error: £1,000 from £800 is a rise of 25%, not 8%"}},
	})
	runSentences(t, []sentenceTest{
		{"years between, right", "Visitor numbers at the castle dropped from 52,000 in 2022 to 41,000 last year, a decline of 21%.", nil},
		{"year to month, right", "Sales climbed 16% to £312m in the year to June, from £270m a year earlier.", nil},
		{"change over another period", "Membership has shrunk from 830 in 2018 to 610 this year, a fall of 5% on last year.", nil},
		{"change since another year", "Membership has shrunk from 830 in 2018 to 610 this year, a fall of 9% since 2023.", nil},
		{"periods of different lengths", "The firm made £4m in the first quarter of 2024 and £20m in 2023, a rise of 12%.", nil},
		{"month against year", "Bookings rose from 900 in March 2024 to 10,400 in 2024, a rise of 8%.", nil},
		{"a duration between, right", "Student numbers dropped from 3,200 to 2,400 in two years, a fall of 25%.", nil},
		{"a duration between, a rate", "Rents rose from £800 to £1,000 in three years, a rise of 8% a year.", nil},
		{"a duration between, another period", "Rents rose from £800 to £1,000 in three years, a rise of 8% on last year.", nil},
		{"a duration as a figure of its own", "Rents rose from £800 to £1,000 in three years and 8% of tenants moved.", nil},
	})
}

// TestBreakdowns holds totals broken down by "of the N", "all N …, with"
// and a list in the next sentence.
func TestBreakdowns(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"all N with a vote", "All 60 members of the union branch voted, with 41 in favour, 17 against and three abstentions.",
			[]string{"error: 41, 17 and three abstentions make 61, not the 60 stated"}},
		{"of the N, a shared verb", "Of the 30 pupils sitting the exam, 19 were from Ashby and 14 from Corley.",
			[]string{"error: 19 and 14 make 33, not the 30 stated"}},
		{"parts in the next sentence", "The council approved a £12m plan for the harbour. The funding comes from two sources: £8.2m from the government and £3.1m from local businesses.",
			[]string{"warning: £8.2m and £3.1m make £11.3m, not the £12m stated"}},
		{"parts in the next sentence, too many", "The club spent £40m on the new stand. The money came from £30m of loans, £9m of grants and £6m of reserves.",
			nil},
		{"parts in the next sentence, colon", "The club spent £40m on the new stand. The money came from: £30m of loans, £9m of grants and £6m of reserves.",
			[]string{"warning: £30m, £9m and £6m make £45m, not the £40m stated"}},
		{"parts of the total in the next sentence, the verb given once", "The walk raised £186,000. Of the total, £98,000 came from online sponsorship, £61,000 from corporate donors and £17,000 from bucket collections.",
			[]string{"warning: £98,000, £61,000 and £17,000 make £176,000, not the £186,000 stated"}},
		{"parts of the total in the next sentence, the last label with a phrase of its own",
			"The appeal raised £52,000. Of that, £30,000 came from a gala dinner, £12,000 from local firms and £6,000 from collections outside the town hall.",
			[]string{"warning: £30,000, £12,000 and £6,000 make £48,000, not the £52,000 stated"}},
		{"parts of a total two sentences back, no figure of its kind between",
			"The appeal raised £52,000. Some 300 runners took part over two days. Of the total, £30,000 came from a gala dinner, £12,000 from local firms and £6,000 from collections.",
			[]string{"warning: £30,000, £12,000 and £6,000 make £48,000, not the £52,000 stated"}},
		{"parts of a total four sentences back: too far to tell",
			"The appeal raised £52,000. Some 300 runners took part. They came from 12 towns. Most ran 10 miles. Of the total, £30,000 came from a gala dinner, £12,000 from local firms and £6,000 from collections.",
			nil},
		{"parts that met a cost, in the next sentence",
			"The hall reopened after a £15m restoration. The cost has been met by £6m from the lottery, £4.5m from the council and £2m from private donors.",
			[]string{"warning: £6m, £4.5m and £2m make £12.5m, not the £15m stated"}},
		{"a stated number of parts in one sentence", "The trust raised £2.5m from three sources: £1.2m from donors, £0.6m from the lottery and £0.4m from the council.",
			[]string{"warning: £1.2m, £0.6m and £0.4m make £2.2m, not the £2.5m stated"}},
		{"with the remaining", "The £48m bridge is being paid for with £30m from the government, with the remaining £12m coming from the county council.",
			[]string{"warning: £30m and £12m make £42m, not the £48m stated"}},
		{"and the rest, in apposition", "The £25m scheme is funded with £8m from the government, £5m from the council and the rest, £9m, from a lottery grant.",
			[]string{"warning: £8m, £5m and £9m make £22m, not the £25m stated"}},
		{"the remainder of, too much", "The £60m stadium will be paid for by £40m of loans and the remainder of £25m from the club.",
			[]string{"error: £40m and £25m make £65m, not the £60m stated"}},
		{"parts in categories after a comma", "The striker has nine goals this season, five in the league and three in the FA Cup, and is wanted by several clubs.",
			[]string{"warning: five and three make 8, not the 9 stated"}},
		{"parts in categories after a colon", "Police made 40 arrests at the weekend: 25 in Leeds, 12 in Bradford and 6 in Halifax.",
			[]string{"error: 25, 12 and 6 make 43, not the 40 stated"}},
		{"parts for categories, made up of", "The estate will have 90 affordable homes, made up of 50 for social rent and 30 for shared ownership.",
			[]string{"warning: 50 and 30 make 80, not the 90 stated"}},
		{"a verb says the parts make the whole", "The £90m budget is split between £50m for schools and £30m for roads.",
			[]string{"warning: £50m and £30m make £80m, not the £90m stated"}},
	})
	runSentences(t, []sentenceTest{
		{"all N with, right", "All 60 members of the union branch voted, with 40 in favour, 17 against and three abstentions.", nil},
		{"a verb says the parts make the whole, right", "The £80m budget is split between £50m for schools and £30m for roads.", nil},
		{"parts of the total in the next sentence, right", "The walk raised £176,000. Of the total, £98,000 came from online sponsorship, £61,000 from corporate donors and £17,000 from bucket collections.", nil},
		{"a subset of whom", "Of the 26 passengers, of whom 14 were children, 20 were taken to hospital.", nil},
		{"of whom, parts over the total", "The 40 people injured, of whom 14 were children and 30 adults, were taken to hospital.",
			[]string{"error: 14 and 30 adults make 44, not the 40 stated"}},
		{"of whom, parts under the total", "The 40 people injured, of whom 14 were children and 20 adults, were taken to hospital.",
			[]string{"warning: 14 and 20 adults make 34, not the 40 stated"}},
		{"of whom, right", "The 40 people injured, of whom 14 were children and 26 adults, were taken to hospital.", nil},
		{"of the N, short", "Of the 30 pupils sitting the exam, 12 were from Ashby and 14 from Corley.", nil},
		{"next sentence, short without a number", "The club spent £40m on the new stand. The money came from: £30m of loans and £6m of reserves.", nil},
		{"next sentence, two totals", "The club spent £40m on the stand and £10m on the pitch. The money came from two sources: £30m of loans and £6m of reserves.", nil},
		{"with the remaining, right", "The £48m bridge is being paid for with £36m from the government, with the remaining £12m coming from the county council.", nil},
		{"the remaining, no total", "The council spent £5m last year and will spend £30m on roads, with the remaining £12m on schools.", nil},
		{"the remaining, a hedged part", "The £48m bridge is paid for with about £30m from the government, with the remaining £12m from the council.", nil},
		{"the remaining, another clause", "The £48m bridge was delayed, but £30m came from the government, with the remaining £12m from the council.", nil},
		{"parts in categories, right", "The striker has nine goals this season, six in the league and three in the FA Cup.", nil},
		{"parts for categories, right", "The estate will have 90 affordable homes, 60 for social rent and 30 for shared ownership.", nil},
		{"parts in categories, including", "The firm has 300 staff, including 120 in London and 80 in Paris.", nil},
		{"parts of them, not categories", "The firm has 300 staff, 120 of them engineers and 80 of them designers.", nil},
		{"parts with other labels", "The firm has 300 staff, 120 working in London and 80 working from home.", nil},
		{"a list of peers", "This compares with 59 litres in France, 12 litres in the US and three litres in Japan.", nil},
		{"parts after a clause", "The firm has 300 staff, and 120 in London and 80 in Paris are moving.", nil},
		{"next sentence, not the total's", "The club spent £40m on the new stand. Its rivals spent: £30m on players and £16m on wages.", nil},
	})
}

// TestPersonAges holds a person's age against the person's birth.
func TestPersonAges(t *testing.T) {
	runSentences(t, []sentenceTest{
		{"apposition, born later", "Karen Whitby, 51, runs the bakery. Whitby, who was born in 1968, took it over in 2001.",
			[]string{"warning: born in 1968, Whitby is 56 or 57 years old in 2025, not 51"}},
		{"apposition, one sentence", "Karen Whitby, 51, who was born in 1968, runs the bakery.",
			[]string{"error: born in 1968, Whitby is 56 or 57 years old in 2025, not 51"}},
		{"the N-year-old, birth month", "The club have signed midfielder Oscar Lindqvist from Malmo.\n\nThe 21-year-old made 40 appearances.\n\nLindqvist, born in Uppsala in May 2001, is their third signing.",
			[]string{"warning: born in May 2001, Lindqvist is 24 years old in 2025, not 21"}},
		{"born before the age", "Lindqvist was born on 3 May 2001 in Uppsala. The club said the 23-year-old midfielder Oscar Lindqvist is fit.",
			[]string{"warning: born on 3 May 2001, Lindqvist is 24 years old in 2025, not 23"}},
		{"born in PLACE in YEAR, a pronoun", "Professor Jane Doe, 52, leads the research team.\n\nThe team has won three awards.\n\nBorn in Leeds in 1967, she studied chemistry at York.",
			[]string{"warning: born in 1967, Doe is 57 or 58 years old in 2025, not 52"}},
		{"born in PLACE in YEAR, a name", "Vice-chancellor Professor Helen Wragg, 58, said the university faced \"the worst position in its history\". Born in Sunderland in 1963, Prof Wragg became vice-chancellor in 2019.",
			[]string{"warning: born in 1963, Wragg is 61 or 62 years old in 2025, not 58"}},
	})
	runSentences(t, []sentenceTest{
		{"apposition, right", "Karen Whitby, 56, runs the bakery. Whitby, who was born in 1968, took it over in 2001.", nil},
		{"birth month, right", "The club have signed midfielder Oscar Lindqvist.\n\nThe 24-year-old made 40 appearances.\n\nLindqvist, born in May 2001, is their third signing.", nil},
		{"another person's age", "Karen Whitby, 51, runs the bakery. Her partner, Tom Price, who was born in 1968, bakes.", nil},
		{"a relative's birth", "Karen Whitby, 51, runs the bakery her father founded. His brother Sam Whitby, born in 1940, helps.", nil},
		{"another person named before the N-year-old", "The club signed Oscar Lindqvist from Malmo, and manager Ian Dowd praised him. The 52-year-old said he was delighted. Lindqvist, born in May 2001, joins on Monday.", nil},
		{"an age at another time", "Karen Whitby, 30, opened the bakery in 1998, when she was young. Whitby, who was born in 1968, still runs it.", nil},
		{"born in PLACE in YEAR, right", "Professor Jane Doe, 58, leads the research team. Born in Leeds in 1967, she studied chemistry at York.", nil},
		{"born in YEAR, another person named since", "Professor Jane Doe, 52, leads the team, which is funded by Mr Tom Price. Born in 1967, he made his money in shipping.", nil},
		{"born in YEAR, another person named in between", "Professor Jane Doe, 52, leads the team. Its funder is Mr Tom Price. Born in 1967, he made his money in shipping.", nil},
		{"born in YEAR, no age nearby", "Professor Jane Doe leads the team. Born in 1967, she studied chemistry at York.", nil},
		{"born in YEAR, the age too far back", "Professor Jane Doe, 52, leads the team. It has ten staff. It won an award. It has a lab. It is in York. Born in 1967, she studied chemistry.", nil},
		{"born in YEAR, a relative", "Professor Jane Doe, 52, leads the team. Born in 1930, her father was a miner.", nil},
		{"given names differ", "Karen Whitby, 51, runs the bakery. John Whitby, who was born in 1950, founded it.", nil},
	})
}

// TestWeekdays: a weekday written with its date must be that date's.
func TestWeekdays(t *testing.T) {
	pub := time.Date(2026, 3, 6, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text  string
		wrong bool
	}{
		{"The festival opens on Friday 12 March 2026.", true}, // a Thursday
		{"The festival opens on Thursday 12 March 2026.", false},
		{"The hearing is on Saturday, 14 March.", false}, // 2026: a Saturday
		{"The hearing is on Friday, 14 March.", true},
		{"The shop will close on Tue 17 March.", false},
		{"On Monday, 2 March was a busy day.", false}, // 2 March 2026 is a Monday
		{"He said on Friday that 2 March was the date.", false},
		{"The final was on Monday 6 December.", false}, // nine months away: its year is a guess
	} {
		got := findings(t, c.text, pub)
		if (len(got) > 0) != c.wrong {
			t.Errorf("%q: findings %q, want a wrong weekday: %v", c.text, got, c.wrong)
		}
	}
}

// TestYears: "N years ago, in YEAR" against the publication date, and "N
// years after" between two years of a sentence.
func TestYears(t *testing.T) {
	pub := time.Date(2026, 5, 10, 0, 0, 0, 0, time.UTC)
	for _, c := range []struct {
		text  string
		wrong bool
	}{
		{"The mill closed more than 30 years ago, in 1999.", true},
		{"The mill closed more than 25 years ago, in 1999.", false},
		{"The firm was founded more than a decade ago, in 2018.", true},
		{"The firm was founded almost a decade ago, in 2017.", false},
		{"The pier opened 155 years ago, in 1871.", false},
		{"In 2004, nine years after it was founded in 1998, it moved.", true},
		{"In 2004, six years after it was founded in 1998, it moved.", false},
		{"The club, founded in 1990, won the cup in 2000 and ten years after that again.", false},
	} {
		got := findings(t, c.text, pub)
		if (len(got) > 0) != c.wrong {
			t.Errorf("%q: findings %q, want one: %v", c.text, got, c.wrong)
		}
	}
}
