package claims_test

import (
	"testing"

	"github.com/veracity-go/veracity/claims"
)

func TestParseValueMoney(t *testing.T) {
	money := func(a, p float64, code string) amount {
		return amount{claims.KindMoney, a, p, code, claims.CmpEqual}
	}
	testAmounts(t, []struct {
		in   string
		want amount
	}{
		{"$7.2 million", money(7.2e6, 50000, "USD")},
		{"$7.2m", money(7.2e6, 50000, "USD")},
		{"$7,200,000", money(7.2e6, 0.5, "USD")},
		{"US$5m", money(5e6, 5e5, "USD")},
		{"£600m", money(6e8, 5e5, "GBP")},
		{"€1.5bn", money(1.5e9, 5e7, "EUR")},
		{"¥100", money(100, 0.5, "JPY")},
		{"₽1bn", money(1e9, 5e8, "RUB")},
		{"HK$3", money(3, 0.5, "HKD")},
		{"7200000 USD", money(7.2e6, 0.5, "USD")},
		{"7200000 usd", money(7.2e6, 0.5, "USD")},
		{"USD 5m", money(5e6, 5e5, "USD")},
		{"USD5m", money(5e6, 5e5, "USD")},
		{"12p", money(0.12, 0.005, "GBP")},
		{"12 pence", money(0.12, 0.005, "GBP")},
		{"50 cents", money(0.5, 0.005, "USD")},
		{"300 roubles", money(300, 0.5, "RUB")},
		{"300 rubles", money(300, 0.5, "RUB")},
		{"five dollars", money(5, 0.5, "USD")},
		{"seven million dollars", money(7e6, 5e5, "USD")},
		{"10 US dollars", money(10, 0.5, "USD")},
		{"40 pounds", money(40, 0.5, "GBP")},
		{"2 pounds sterling", money(2, 0.5, "GBP")},
		{"3 euros", money(3, 0.5, "EUR")},
		{"500 yen", money(500, 0.5, "JPY")},
		{"$5 dollars", money(5, 0.5, "USD")},
		{"-$5m", money(-5e6, 5e5, "USD")},
		{"-5 USD", money(-5, 0.5, "USD")},
		{"a million dollars", money(1e6, 5e5, "USD")},
		{"more than $7.2 million", amount{claims.KindMoney, 7.2e6, 50000, "USD", claims.CmpGreater}},
		{"about £600m", amount{claims.KindMoney, 6e8, 5e5, "GBP", claims.CmpAbout}},
	})
}

func TestCurrencyCode(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"$", "USD", true},
		{"US$", "USD", true},
		{"us$", "USD", true},
		{"A$", "AUD", true},
		{"£", "GBP", true},
		{"€", "EUR", true},
		{"¥", "JPY", true},
		{"USD", "USD", true},
		{"gbp", "GBP", true},
		{"dollars", "USD", true},
		{"Dollar", "USD", true},
		{"US dollars", "USD", true},
		{"pounds", "GBP", true},
		{"sterling", "GBP", true},
		{"euros", "EUR", true},
		{"yen", "JPY", true},
		{"roubles", "RUB", true},
		{"rubles", "RUB", true},
		{" euro ", "EUR", true},
		{"pence", "", false}, // a minor unit: ParseValue scales it
		{"cents", "", false},
		{"XYZ", "", false},
		{"calls", "", false},
		{"", "", false},
		{"Z$", "", false},
	}
	for _, tt := range tests {
		got, ok := claims.CurrencyCode(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("CurrencyCode(%q) = %q, %v; want %q, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
