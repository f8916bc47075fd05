package claims

import "maps"

// CardinalWords returns the cardinal number words the value parser reads,
// "nought" to "nineteen" and the tens, with their values, so that other
// packages (the extractor) recognise the same words. The map is a copy.
func CardinalWords() map[string]int {
	m := maps.Clone(smallNumbers)
	maps.Copy(m, tensNumbers)
	return m
}

// OrdinalWords returns the ordinal words the value parser reads, "first" to
// "twentieth" and the tens' ordinals, with their values. The map is a copy.
func OrdinalWords() map[string]int {
	return maps.Clone(ordinalWords)
}

// CurrencyNames returns the currency names in words that CurrencyCode
// reads ("dollars", "pounds sterling", "Sri Lankan rupees" folded to lower
// case), with their ISO 4217 codes. The map is a copy.
func CurrencyNames() map[string]string {
	return maps.Clone(currencyNames)
}
