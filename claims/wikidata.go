package claims

// ValidWikidataID reports whether s is a Wikidata id with the given
// prefix: 'Q' for an item ("Q797"), 'P' for a property ("P1082"), followed
// by a positive decimal number with no leading zero.
func ValidWikidataID(s string, prefix byte) bool {
	if len(s) < 2 || len(s) > 12 || s[0] != prefix || s[1] == '0' {
		return false
	}
	for i := 1; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}
