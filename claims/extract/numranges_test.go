package extract

import (
	"testing"

	"github.com/veracity-go/veracity/claims"
)

// TestNumberRanges checks ranges of figures and bounds: the mention a
// fact-checker would underline and the value it stands for. A range [a, b]
// is (a+b)/2 ± (b-a)/2.
func TestNumberRanges(t *testing.T) {
	type want struct {
		text   string
		kind   claims.Kind
		amount float64
		prec   float64
		unit   string
		cmp    claims.Comparator
	}
	num, cnt, money, pct, qty := claims.KindNumber, claims.KindCount, claims.KindMoney, claims.KindPercent, claims.KindQuantity
	eq := claims.CmpEqual
	tests := []struct {
		in   string
		want []want
	}{
		// two figures joined
		{"The number is between 20 and 30.", []want{{"between 20 and 30", num, 25, 5, "", eq}}},
		{"Between 20 and 30 people were killed.", []want{{"Between 20 and 30 people", cnt, 25, 5, "person", eq}}},
		{"He scores between negative ten and fifteen.", []want{{"between negative ten and fifteen", num, 2.5, 12.5, "", eq}}},
		{"The deal is worth £5m-£7m.", []want{{"£5m-£7m", money, 6e6, 1e6, "GBP", eq}}},
		{"The deal is worth £5-7m.", []want{{"£5-7m", money, 6e6, 1e6, "GBP", eq}}},
		{"It will cost 5-7 million pounds.", []want{{"5-7 million pounds", money, 6e6, 1e6, "GBP", eq}}},
		{"It will cost between 500 and 2 million dollars.", []want{{"between 500 and 2 million dollars", money, 1000250, 999750, "USD", eq}}},
		{"Prices will go up by 3 to 4%.", []want{{"3 to 4%", pct, 3.5, 0.5, "%", eq}}},
		{"Growth of 2–3% is forecast.", []want{{"2–3%", pct, 2.5, 0.5, "%", eq}}},
		{"Plans for from 200 to 3,000 homes were drawn up.", []want{{"from 200 to 3,000 homes", cnt, 1600, 1400, "home", eq}}},
		{"The number range is 20 through 100", []want{{"20 through 100", num, 60, 40, "", eq}}},
		{"Tickets cost from £10 up to £20.", []want{{"from £10 up to £20", money, 15, 5, "GBP", eq}}},
		{"The index was more than 10, and less than 20.", []want{{"more than 10, and less than 20", num, 15, 5, "", eq}}},
		{"Bids were above 5% yet below 7%.", []want{{"above 5% yet below 7%", pct, 6, 1, "%", eq}}},
		{"He scored 10 up to 20 times.", []want{{"10", num, 10, 0.5, "", eq}, {"up to 20 times", cnt, 20, 0.5, "time", claims.CmpAtMost}}},
		{"Expect 20~30 guests.", []want{{"20~30 guests", cnt, 25, 5, "guest", eq}}},
		{"The number range is 1000-5000", []want{{"1000-5000", num, 3000, 2000, "", eq}}},
		{"Tickets cost from £19 to £29.", []want{{"from £19 to £29", money, 24, 5, "GBP", eq}}},
		// the unit of the second end scales the first as it scales its own figure
		{"Prices are between 1 and 150p.", []want{{"between 1 and 150p", money, 0.755, 0.745, "GBP", eq}}},
		{"It weighs between 2 and 3 tonnes.", []want{{"between 2 and 3 tonnes", qty, 2.5, 0.5, "tonne", eq}}},
		{"Between twenty and thirty people died.", []want{{"Between twenty and thirty people", cnt, 25, 5, "person", eq}}},
		{"The walk is 3-4 km long.", []want{{"3-4 km", qty, 3.5, 0.5, "km", eq}}},
		{"The 5,000-7,000 jobs will go.", []want{{"5,000-7,000 jobs", cnt, 6000, 1000, "job", eq}}},
		// two bounds joined
		{"y is no more than 50 and no less than 20.", []want{{"no more than 50 and no less than 20", num, 35, 15, "", eq}}},
		{"There're at most 100 and at least 20 apples.", []want{{"at most 100 and at least 20 apples", cnt, 60, 40, "apple", eq}}},
		{"x is larger than 10 and smaller than 20.", []want{{"larger than 10 and smaller than 20", num, 15, 5, "", eq}}},
		{"Turnout was higher than 60%, but lower than 70%.", []want{{"higher than 60%, but lower than 70%", pct, 65, 5, "%", eq}}},
		{"Fewer than 30 but more than 10 came.", []want{{"Fewer than 30 but more than 10", num, 20, 10, "", eq}}},
		{"The fee is greater than 20 and lower or equal to 30.", []want{{"greater than 20 and lower or equal to 30", num, 25, 5, "", eq}}},
		{"Rents were above or equal to 900, below or equal to 1,400.", []want{{"above or equal to 900, below or equal to 1,400", num, 1150, 250, "", eq}}},
		// one bound
		{"The index must be greater or equal to 50.", []want{{"greater or equal to 50", num, 50, 0.5, "", claims.CmpAtLeast}}},
		{"Values lower or equal than seven were dropped.", []want{{"lower or equal than seven", num, 7, 0.5, "", claims.CmpAtMost}}},
		{"Applicants must score higher than 70 or equal.", []want{{"higher than 70 or equal", num, 70, 0.5, "", claims.CmpAtLeast}}},
		{"Firms with 250 and more staff must report.", []want{{"250 and more staff", cnt, 250, 0.5, "staff", claims.CmpAtLeast}}},
		{"Scores of ten and above are rare.", []want{{"ten and above", num, 10, 0.5, "", claims.CmpAtLeast}}},
		{"Children 12 and under go free.", []want{{"12 and under", num, 12, 0.5, "", claims.CmpAtMost}}},
		{"Some 300 or fewer jobs will go.", []want{{"Some 300 or fewer jobs", cnt, 300, 0.5, "job", claims.CmpAtMost}}},
		{"About six hundred or more were there.", []want{{"About six hundred or more", num, 600, 0.5, "", claims.CmpAtLeast}}},
		{"Bids of £2m and upwards were invited.", []want{{"£2m and upwards", money, 2e6, 0.5e6, "GBP", claims.CmpAtLeast}}},
		// negated: the other side, the figure included
		{"Turnout was not less than 40%.", []want{{"not less than 40%", pct, 40, 0.5, "%", claims.CmpAtLeast}}},
		{"Not more than 20 people came.", []want{{"Not more than 20 people", cnt, 20, 0.5, "person", claims.CmpAtMost}}},
		{"The fee is no greater than £30.", []want{{"no greater than £30", money, 30, 0.5, "GBP", claims.CmpAtMost}}},
		{"Doses must not exceed 4 tonnes.", []want{{"not exceed 4 tonnes", qty, 4, 0.5, "tonne", claims.CmpAtMost}}},
		{"Rates held at or above 5%.", []want{{"at or above 5%", pct, 5, 0.5, "%", claims.CmpAtLeast}}},
		{"The score is => 20.", []want{{"=> 20", num, 20, 0.5, "", claims.CmpAtLeast}}},
		{"It is not higher than thirty and not lower than ten.", []want{{"not higher than thirty and not lower than ten", num, 20, 10, "", eq}}},
		// "and" that begins a clause of its own
		{"He scored 20 and more importantly won.", []want{{"20", num, 20, 0.5, "", eq}}},
		{"He won 20 and over the years lost 5.", []want{{"20", num, 20, 0.5, "", eq}, {"5", num, 5, 0.5, "", eq}}},
		{"less than or equal to 100", []want{{"less than or equal to 100", num, 100, 0.5, "", claims.CmpAtMost}}},
		{"His score is equal to or more than 30", []want{{"equal to or more than 30", num, 30, 0.5, "", claims.CmpAtLeast}}},
		{"Is it still the case when >30", []want{{">30", num, 30, 0.5, "", claims.CmpGreater}}},
		{"Is it still the case when >= 30", []want{{">= 30", num, 30, 0.5, "", claims.CmpAtLeast}}},
		{"Is it still the case when <= -30", []want{{"<= -30", num, -30, 0.5, "", claims.CmpAtMost}}},
		{"Cars with horsepower exceeding 150", []want{{"exceeding 150", num, 150, 0.5, "", claims.CmpGreater}}},
		{"Sales may surpass 3000", []want{{"surpass 3000", num, 3000, 0.5, "", claims.CmpGreater}}},
		{"Scores of 200 or greater count.", []want{{"200 or greater", num, 200, 0.5, "", claims.CmpAtLeast}}},
		{"equal to 5000 or more than 4500", []want{{"5000", num, 5000, 0.5, "", eq}, {"more than 4500", num, 4500, 0.5, "", claims.CmpGreater}}},
		// left as two figures
		{"Sales rose from 1,000 to 1,150.", []want{{"1,000", num, 1000, 0.5, "", eq}, {"1,150", num, 1150, 0.5, "", eq}}},
		{"The rate was cut from 5% to 4%.", []want{{"5%", pct, 5, 0.5, "%", eq}, {"4%", pct, 4, 0.5, "%", eq}}},
		{"Sleepers went from 3,000 to 3,900, a rise of 20%.", []want{{"3,000", num, 3000, 0.5, "", eq}, {"3,900", num, 3900, 0.5, "", eq}, {"20%", pct, 20, 0.5, "%", eq}}},
		{"India raised the limit for investment in telecoms from 49% to 74%.", []want{{"49%", pct, 49, 0.5, "%", eq}, {"74%", pct, 74, 0.5, "%", eq}}},
		{"House prices increased by 6% from £250,000 to £280,000.", []want{{"6%", pct, 6, 0.5, "%", eq}, {"£250,000", money, 250000, 0.5, "GBP", eq}, {"£280,000", money, 280000, 0.5, "GBP", eq}}},
		{"Chelsea lost 1-3 at home.", []want{{"1", num, 1, 0.5, "", eq}, {"3", num, 3, 0.5, "", eq}}},
		{"It bought a Boeing 737-800 jet.", []want{{"737", num, 737, 0.5, "", eq}, {"800", num, 800, 0.5, "", eq}}},
		{"The vote was 52 to 48.", []want{{"52", num, 52, 0.5, "", eq}, {"48", num, 48, 0.5, "", eq}}},
		{"More than 40 and less than 10 are the same.", []want{{"More than 40", num, 40, 0.5, "", claims.CmpGreater}, {"less than 10", num, 10, 0.5, "", claims.CmpLess}}},
		{"Burglaries fell by a third to 300 from 500.", []want{{"a third", num, 1.0 / 3, 0, "", eq}, {"300", num, 300, 0.5, "", eq}, {"500", num, 500, 0.5, "", eq}}},
		{"The Pentagon's budget will rise by $19bn to $419.3bn.", []want{{"$19bn", money, 19e9, 0.5e9, "USD", eq}, {"$419.3bn", money, 419.3e9, 0.05e9, "USD", eq}}},
		{"It sold 10 737-800 planes.", []want{{"10", num, 10, 0.5, "", eq}, {"737", num, 737, 0.5, "", eq}, {"800 planes", cnt, 800, 0.5, "plane", eq}}},
		{"It costs £5 to 10 km away.", []want{{"£5", money, 5, 0.5, "GBP", eq}, {"10 km", qty, 10, 0.5, "km", eq}}},
	}
	for _, tt := range tests {
		var got []want
		for _, m := range Mentions(claims.Document{Text: tt.in}, nil) {
			if m.Kind == claims.KindEntity || m.Kind == claims.KindPlace {
				continue
			}
			v := m.Value
			got = append(got, want{m.Text, v.Kind, v.Amount, v.Precision, v.Unit, v.Cmp})
		}
		if len(got) != len(tt.want) {
			t.Errorf("%q: mentions %+v, want %+v", tt.in, got, tt.want)
			continue
		}
		for i := range got {
			if got[i] != tt.want[i] {
				t.Errorf("%q: mention %d is %+v, want %+v", tt.in, i, got[i], tt.want[i])
			}
		}
	}
}

// TestNumberRangesKeepYears checks that years stay times: "1990-1995" and
// "from 2004 to 2006" are ranges of time, not of figures.
func TestNumberRangesKeepYears(t *testing.T) {
	for _, in := range []string{"It ran 1990-1995.", "It ran from 2004 to 2006.", "It ran between 2004 and 2006."} {
		ms := Mentions(claims.Document{Text: in}, nil)
		if len(ms) != 1 || ms[0].Kind != claims.KindTime {
			t.Errorf("%q: mentions %+v, want one time", in, ms)
		}
	}
}
