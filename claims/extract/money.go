package extract

import (
	"strings"

	"github.com/veracity-go/veracity/claims"
	"github.com/veracity-go/veracity/claims/extract/text"
)

// Currency symbols, codes and words, with their ISO 4217 codes. Minor units
// ("pence", "12p", "cents") carry a divisor.
var (
	currencySymbols = lexicon(map[string]string{
		"$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY", "₹": "INR", "₽": "RUB", "₩": "KRW",
		"₺": "TRY", "₴": "UAH", "₦": "NGN", "₪": "ILS", "₱": "PHP", "₫": "VND", "฿": "THB",
		"₡": "CRC", "₾": "GEL", "₼": "AZN", "₸": "KZT", "₵": "GHS", "₲": "PYG", "₮": "MNT", "₭": "LAK", "₿": "BTC",
	})
	// dollarPrefixes qualify "$": "US$5", "A$5", "HK$5".
	dollarPrefixes = lexicon(map[string]string{
		"us": "USD", "a": "AUD", "au": "AUD", "c": "CAD", "ca": "CAD", "nz": "NZD", "hk": "HKD",
		"s": "SGD", "r": "BRL", "nt": "TWD", "mx": "MXN",
	})
	currencyCodes = words(`usd gbp eur jpy rub cny rmb inr chf cad aud nzd hkd sgd brl krw try uah zar sek
		nok dkk pln czk huf mxn ngn ils aed sar`)
	currencyWords = lexicon(map[string]string{
		"dollar": "USD", "dollars": "USD", "pound": "GBP", "pounds": "GBP", "sterling": "GBP",
		"euro": "EUR", "euros": "EUR", "yen": "JPY", "rouble": "RUB", "roubles": "RUB",
		"ruble": "RUB", "rubles": "RUB", "yuan": "CNY", "renminbi": "CNY", "rupee": "INR",
		"rupees": "INR", "franc": "CHF", "francs": "CHF", "won": "KRW", "lira": "TRY",
		"hryvnia": "UAH", "hryvnias": "UAH", "rand": "ZAR", "krona": "SEK", "kronor": "SEK",
		"krone": "NOK", "kroner": "NOK", "zloty": "PLN", "zlotys": "PLN", "shekel": "ILS",
		"shekels": "ILS", "naira": "NGN", "dirham": "AED", "dirhams": "AED", "riyal": "SAR",
		"riyals": "SAR", "peso": "MXN", "pesos": "MXN", "real": "BRL", "reais": "BRL",
	})
	// qualified currency words: "US dollars", "Australian dollars".
	currencyQualifiers = lexicon(map[string]string{
		"us": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD", "hong": "HKD",
		"new": "NZD", "singapore": "SGD", "swiss": "CHF", "mexican": "MXN", "russian": "RUB",
		"chinese": "CNY", "indian": "INR", "japanese": "JPY", "brazilian": "BRL",
	})
	// minorUnits are hundredths of a currency.
	minorUnits = lexicon(map[string]string{
		"pence": "GBP", "penny": "GBP", "p": "GBP", "cent": "USD", "cents": "USD",
		"kopeks": "RUB", "kopecks": "RUB",
	})
)

// currencyCode returns the ISO 4217 code a currency word or code names.
func currencyCode(w string) (string, bool) {
	if c, ok := claims.CurrencyCode(w); ok {
		return c, true
	}
	if c, ok := currencyWords.get(w); ok {
		return c, true
	}
	if currencyCodes.has(w) {
		if w == "rmb" {
			return "CNY", true
		}
		return strings.ToUpper(w), true
	}
	return "", false
}

// currencyBefore matches a currency written before a figure at token i —
// "$", "US$", "£", "USD", "EUR" — and returns its code and the token after.
func (d *doc) currencyBefore(i, limit int) (string, int, bool) {
	if i >= limit {
		return "", i, false
	}
	f := d.f(i)
	t := d.toks[i]
	if c, ok := currencySymbols.get(f); ok && t.Kind == text.Punct {
		return c, i + 1, true
	}
	if t.Kind == text.Word {
		if c, ok := dollarPrefixes.get(f); ok && i+1 < limit && d.f(i+1) == "$" && d.toks[i+1].Glued() && t.Has(text.Cap) {
			return c, i + 2, true
		}
		// "C $ 16.4 million", "hk $ 10", "AUD$ 15": letters a
		// single letter could not mean alone
		if i+2 < limit && d.f(i+1) == "$" && (d.toks[i+2].Kind == text.Number || d.toks[i+2].Kind == text.Word && d.toks[i+2].lex&lxValueStart != 0) {
			if c, ok := dollarPrefixes.get(f); ok && (len(f) > 1 || f == "c") {
				return c, i + 2, true
			}
			if c, ok := claims.CurrencyCode(f); ok && len(f) == 3 {
				return c, i + 2, true
			}
		}
		// "MAUD 60": a code in millions
		if c, m, ok := scaledCode(t, f); ok && i+1 < limit && d.toks[i+1].Kind == text.Number {
			_ = m
			return c, i + 1, true
		}
		if currencyCodes.has(f) && t.Has(text.Upper) && i+1 < limit && d.toks[i+1].Kind == text.Number {
			c, _ := currencyCode(f)
			return c, i + 1, true
		}
	}
	return "", i, false
}

// currencyAfter matches a currency written after a figure at token i —
// "dollars", "US dollars", "USD", "pence", "12p" — and returns its code,
// the divisor for minor units and the token after.
func (d *doc) currencyAfter(i, limit int) (string, float64, int, bool) {
	if i >= limit {
		return "", 0, i, false
	}
	f := d.f(i)
	if c, ok := currencySymbols.get(f); ok && d.toks[i].Kind == text.Punct {
		// "10 $", "100€" — unless the symbol starts the next figure
		if i+1 >= limit || d.toks[i+1].Kind != text.Number {
			return c, 1, i + 1, true
		}
	}
	if d.toks[i].Kind != text.Word {
		return "", 0, i, false
	}
	// names of two or three words: "Finnish markka", "Sri Lankan rupees"
	for n := 3; n >= 2 && d.in(currencyNameStarts, i); n-- {
		if i+n > limit {
			continue
		}
		words := d.f(i)
		for k := i + 1; k < i+n; k++ {
			if d.toks[k].Kind != text.Word || d.toks[k].Glued() {
				words = ""
				break
			}
			words += " " + d.f(k)
		}
		if words == "" {
			continue
		}
		if c, ok := claims.CurrencyCode(words); ok {
			return c, 1, i + n, true
		}
	}
	if c, ok := minorUnits.get(f); ok {
		if f == "p" && !d.toks[i].Glued() {
			return "", 0, i, false
		}
		return c, 100, i + 1, true
	}
	if c, ok := currencyWords.get(f); ok {
		if f == "won" || f == "real" || f == "rand" || f == "pound" || f == "pounds" {
			// "won" is a verb, "real" an adjective; "pounds of" a weight
			if f == "won" || f == "real" || f == "rand" || d.fAt(i+1) == "of" {
				return "", 0, i, false
			}
		}
		return c, 1, i + 1, true
	}
	if q, ok := currencyQualifiers.get(f); ok {
		j := i + 1
		if f == "hong" && d.fAt(j) == "kong" {
			j++
		}
		if f == "new" && d.fAt(j) == "zealand" {
			j++
		}
		if j < limit {
			if w := d.f(j); w == "dollar" || w == "dollars" || w == "francs" || w == "pesos" || w == "roubles" || w == "rubles" || w == "yuan" || w == "rupees" || w == "yen" || w == "reais" {
				return q, 1, j + 1, true
			}
		}
	}
	if currencyCodes.has(f) && (d.toks[i].Has(text.Upper) || f != "try" && f != "won") {
		c, _ := currencyCode(f)
		return c, 1, i + 1, true
	}
	if d.toks[i].Has(text.Upper) && len(f) == 3 {
		// any ISO 4217 code in capitals: "FIM", "NLG", "BTC"
		if c, ok := claims.CurrencyCode(f); ok {
			return c, 1, i + 1, true
		}
	}
	if c, ok := otherCurrencyWords.get(f); ok {
		return c, 1, i + 1, true
	}
	if c, m, ok := scaledCode(d.toks[i], f); ok {
		return c, 1 / m, i + 1, true // "30 MUSD"
	}
	return "", 0, i, false
}

// otherCurrencyWords are currency names claims.CurrencyCode knows that may
// follow a figure alone.
var otherCurrencyWords = lexicon(map[string]string{
	"bitcoin": "BTC", "bitcoins": "BTC", "btc": "BTC", "markka": "FIM", "markkaa": "FIM",
	"guilder": "NLG", "guilders": "NLG", "peseta": "ESP", "pesetas": "ESP", "drachma": "GRD",
	"drachmas": "GRD", "deutschmark": "DEM", "deutschmarks": "DEM", "lari": "GEL", "colones": "CRC",
})

// scaledCode reads a code in thousands or millions written as one word,
// "MUSD", "MEUR", "KUSD", and returns the code and the scale.
func scaledCode(t token, f string) (string, float64, bool) {
	if len(f) != 4 || !t.Has(text.Upper) {
		return "", 0, false
	}
	var m float64
	switch f[0] {
	case 'm':
		m = 1e6
	case 'k':
		m = 1e3
	case 'b':
		m = 1e9
	default:
		return "", 0, false
	}
	if c, ok := claims.CurrencyCode(f[1:]); ok && currencyCodes.has(f[1:]) {
		return c, m, true
	}
	return "", 0, false
}

// currencyNameStarts are the first words of the currency names of more than
// one word, the only ones currencyAfter needs to join words for.
var currencyNameStarts = func() *wordSet {
	s := newWordSet()
	for name := range claims.CurrencyNames() {
		if w, _, ok := strings.Cut(name, " "); ok {
			s.add(w)
		}
	}
	return s
}()
