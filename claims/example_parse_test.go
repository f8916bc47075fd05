package claims_test

import (
	"fmt"

	"github.com/veracity-go/veracity/claims"
)

func ExampleParseValue() {
	for _, s := range []string{
		"$7.2 million",
		"more than three and a half years",
		"1867",
		"the 18th century",
		"five phone calls",
	} {
		v, err := claims.ParseValue(s)
		if err != nil {
			fmt.Println(err)
			continue
		}
		switch v.Kind {
		case claims.KindTime:
			fmt.Printf("%-34s %v %v %s to %s\n", s, v.Kind, v.Granularity,
				v.Start.Format("2006-01-02"), v.End.Format("2006-01-02"))
		default:
			fmt.Printf("%-34s %v %q ± %v\n", s, v.Kind, v.Literal(), v.Precision)
		}
	}
	// Output:
	// $7.2 million                       money "7200000 USD" ± 50000
	// more than three and a half years   duration "> 3.5 year" ± 0.25
	// 1867                               time year 1867-01-01 to 1868-01-01
	// the 18th century                   time century 1700-01-01 to 1800-01-01
	// five phone calls                   count "5 phone call" ± 0.5
}

func ExampleParseValueKind() {
	place, _ := claims.ParseValueKind(claims.KindPlace, "anchorage")
	year, _ := claims.ParseValueKind(claims.KindNumber, "1867")
	_, err := claims.ParseValueKind(claims.KindDuration, "5")
	fmt.Println(place.Kind, place.Entity)
	fmt.Println(year.Kind, year.Amount)
	fmt.Println(err)
	// Output:
	// place anchorage
	// number 1867
	// claims: "5" is not a value of kind duration (want a duration such as "3.5 years" or "more than three and a half years")
}

func ExampleParseNumber() {
	for _, s := range []string{"7.2 million", "three and a half", "1,234"} {
		amount, precision, _ := claims.ParseNumber(s)
		fmt.Println(amount, precision)
	}
	// Output:
	// 7.2e+06 50000
	// 3.5 0.25
	// 1234 0.5
}

func ExampleCurrencyCode() {
	for _, s := range []string{"£", "US$", "roubles", "eur"} {
		code, ok := claims.CurrencyCode(s)
		fmt.Println(code, ok)
	}
	// Output:
	// GBP true
	// USD true
	// RUB true
	// EUR true
}
