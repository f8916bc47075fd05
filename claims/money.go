package claims

import (
	"strings"
	"unicode/utf8"
)

// This file knows currencies: their symbols, ISO 4217 codes and names.

// isoCurrencies are the ISO 4217 codes the parser reads as currencies.
var isoCurrencies = map[string]bool{}

func init() {
	for _, c := range strings.Fields(`
		AED ARS AUD BDT BGN BHD BRL CAD CHF CLP CNY COP CZK DKK EGP EUR GBP
		GEL HKD HUF IDR ILS INR IQD IRR ISK JOD JPY KES KRW KWD KZT LKR MAD
		MXN MYR NGN NOK NZD OMR PEN PHP PKR PLN QAR RON RSD RUB SAR SEK SGD
		THB TRY TWD UAH USD VND XAF XOF ZAR BYN AZN AMD UZS ETB GHS TZS UGX
		CRC KZT MNT PYG LAK BTC
		FIM NLG DEM FRF ITL ESP BEF ATS IEP PTE GRD`) {
		isoCurrencies[c] = true
	}
}

// currencySymbols are the symbols written before an amount. "¥" is read as
// the Japanese yen and "$" as the US dollar.
var currencySymbols = map[string]string{
	"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB",
	"₩": "KRW", "₺": "TRY", "₴": "UAH", "₪": "ILS", "₦": "NGN", "₱": "PHP",
	"₡": "CRC", "₾": "GEL", "₼": "AZN", "₸": "KZT", "₵": "GHS", "₲": "PYG",
	"₮": "MNT", "₭": "LAK", "₿": "BTC", "₫": "VND", "฿": "THB",
}

// dollarPrefixes are the letters written before "$" to say which dollar:
// "US$", "A$", "HK$".
var dollarPrefixes = map[string]string{
	"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD",
	"hk": "HKD", "nz": "NZD", "s": "SGD", "r": "BRL",
}

// currencyNames are currency names in words, singular and plural.
var currencyNames = map[string]string{
	"dollar": "USD", "dollars": "USD", "us dollar": "USD", "us dollars": "USD",
	"pound": "GBP", "pounds": "GBP", "pound sterling": "GBP", "pounds sterling": "GBP", "sterling": "GBP",
	"euro": "EUR", "euros": "EUR",
	"yen":    "JPY",
	"rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB",
	"rupee": "INR", "rupees": "INR",
	"yuan": "CNY", "renminbi": "CNY",
	"hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH",
	"swiss franc": "CHF", "swiss francs": "CHF",
	"canadian dollar": "CAD", "canadian dollars": "CAD", "united states dollar": "USD", "united states dollars": "USD",
	"australian dollar": "AUD", "australian dollars": "AUD",
	"hong kong dollar": "HKD", "hong kong dollars": "HKD",
	"new zealand dollar": "NZD", "new zealand dollars": "NZD",
	"singapore dollar": "SGD", "singapore dollars": "SGD",
	"shekel": "ILS", "shekels": "ILS", "zloty": "PLN", "zlotys": "PLN",
	"naira": "NGN", "rand": "ZAR", "won": "KRW", "lira": "TRY",
	"turkish lira": "TRY", "turkish liras": "TRY",
	"mexican peso": "MXN", "mexican pesos": "MXN", "peso": "MXN", "pesos": "MXN",
	"argentine peso": "ARS", "argentine pesos": "ARS", "chilean peso": "CLP", "chilean pesos": "CLP",
	"colombian peso": "COP", "colombian pesos": "COP", "philippine peso": "PHP", "philippine pesos": "PHP",
	"indian rupee": "INR", "indian rupees": "INR", "pakistani rupee": "PKR", "pakistani rupees": "PKR",
	"sri lankan rupee": "LKR", "sri lankan rupees": "LKR",
	"chinese yuan": "CNY", "japanese yen": "JPY", "south korean won": "KRW", "korean won": "KRW",
	"russian rouble": "RUB", "russian roubles": "RUB", "russian ruble": "RUB", "russian rubles": "RUB",
	"south african rand": "ZAR", "brazilian real": "BRL", "brazilian reais": "BRL",
	"costa rican colon": "CRC", "costa rican colons": "CRC", "costa rican colones": "CRC", "colones": "CRC",
	"georgian lari": "GEL", "lari": "GEL",
	"bitcoin": "BTC", "bitcoins": "BTC",
	"finnish markka": "FIM", "finnish markkaa": "FIM", "markka": "FIM", "markkaa": "FIM",
	"dutch guilder": "NLG", "dutch guilders": "NLG", "netherlands guilder": "NLG", "netherlands guilders": "NLG",
	"guilder": "NLG", "guilders": "NLG",
	"deutsche mark": "DEM", "deutsche marks": "DEM", "deutschmark": "DEM", "deutschmarks": "DEM",
	"french franc": "FRF", "french francs": "FRF", "belgian franc": "BEF", "belgian francs": "BEF",
	"italian lira": "ITL", "italian lire": "ITL", "spanish peseta": "ESP", "spanish pesetas": "ESP",
	"peseta": "ESP", "pesetas": "ESP", "irish punt": "IEP", "irish punts": "IEP",
	"austrian schilling": "ATS", "austrian schillings": "ATS", "portuguese escudo": "PTE", "portuguese escudos": "PTE",
	"greek drachma": "GRD", "greek drachmas": "GRD", "drachma": "GRD", "drachmas": "GRD",
	"swedish krona": "SEK", "swedish kronor": "SEK", "norwegian krone": "NOK", "norwegian kroner": "NOK",
	"danish krone": "DKK", "danish kroner": "DKK", "polish zloty": "PLN", "polish zlotys": "PLN",
	"israeli shekel": "ILS", "israeli shekels": "ILS", "nigerian naira": "NGN",
	"egyptian pound": "EGP", "egyptian pounds": "EGP", "ukrainian hryvnia": "UAH", "ukrainian hryvnias": "UAH",
	"taiwan dollar": "TWD", "taiwan dollars": "TWD",
	"new taiwan dollar": "TWD", "new taiwan dollars": "TWD",
}

// minorUnits are the hundredth parts of a currency written after an amount:
// "12p" is 0.12 GBP, "50 cents" 0.50 USD.
var minorUnits = map[string]string{
	"p": "GBP", "pence": "GBP", "penny": "GBP",
	"cent": "USD", "cents": "USD",
}

// CurrencyCode returns the ISO 4217 code of a currency symbol, code or name
// and whether it knows it: "$" and "US$" are USD, "£" GBP, "€" EUR, "¥"
// JPY; "usd" and "USD" are USD; "dollars" USD, "pounds" and "sterling"
// GBP, "euros" EUR, "yen" JPY, "roubles" and "rubles" RUB, "US dollars"
// USD. Case and surrounding white space are ignored; a multi-word name must
// be spaced with single spaces.
//
// It does not read minor units ("p", "pence", "cents"): they scale the
// amount, which [ParseValue] does ("12p" is 0.12 GBP). It is safe for
// concurrent use.
func CurrencyCode(word string) (string, bool) {
	w := strings.TrimSpace(word)
	if c, ok := currencySymbols[w]; ok {
		return c, true
	}
	w = strings.ToLower(w)
	if p, ok := strings.CutSuffix(w, "$"); ok {
		c, ok := dollarPrefixes[p]
		return c, ok
	}
	if c, ok := currencyNames[w]; ok {
		return c, true
	}
	if utf8.RuneCountInString(w) != 3 {
		return "", false // every ISO 4217 code has three letters
	}
	if u := strings.ToUpper(w); isoCurrencies[u] {
		return u, true
	}
	return "", false
}

// currencyPrefix reads a currency written before an amount at toks[i]: a
// symbol ("$", "£"), letters and a dollar sign ("US$") or a code followed
// by digits ("USD 5m"). It returns the code and the index after it.
func currencyPrefix(toks []litToken, i int) (string, int, bool) {
	if i >= len(toks) {
		return "", i, false
	}
	t := toks[i]
	switch t.kind {
	case tokSym:
		if c, ok := currencySymbols[t.text]; ok {
			return c, i + 1, true
		}
	case tokWord:
		if i+1 >= len(toks) {
			return "", i, false
		}
		next := toks[i+1]
		if next.kind == tokSym && next.text == "$" && next.sep == 0 {
			if c, ok := dollarPrefixes[t.text]; ok {
				return c, i + 2, true
			}
		}
		if u := strings.ToUpper(t.text); isoCurrencies[u] && (next.kind == tokNum || next.kind == tokSym && next.text == "-") {
			return u, i + 1, true
		}
	}
	return "", i, false
}

// currencySuffix reads a currency written after an amount at toks[i]: a
// code ("USD"), a name of one to three words ("dollars", "US dollars") or
// a minor unit ("p", "cents"). It returns the code, whether the amount is
// in hundredths, and the index after it.
func currencySuffix(toks []litToken, i int) (code string, minor bool, next int, ok bool) {
	for n := min(3, len(toks)-i); n >= 1; n-- {
		if !allWords(toks[i:i+n]) || toks[i+n-1].kind != tokWord {
			continue
		}
		phrase := joinWords(toks[i : i+n])
		if n == 1 {
			if c, ok := minorUnits[phrase]; ok {
				return c, true, i + 1, true
			}
		}
		if c, ok := CurrencyCode(phrase); ok {
			return c, false, i + n, true
		}
	}
	return "", false, i, false
}

// allWords reports whether toks are all words, spaced (not attached) after
// the first.
func allWords(toks []litToken) bool {
	for k, t := range toks {
		if t.kind != tokWord || k > 0 && t.sep != ' ' {
			return false
		}
	}
	return true
}

// joinWords joins word tokens with single spaces.
func joinWords(toks []litToken) string {
	var b strings.Builder
	for k, t := range toks {
		if k > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(t.text)
	}
	return b.String()
}
