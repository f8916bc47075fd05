package claims

import "errors"

// ParseValue parses a value literal, guessing its kind: "$7.2 million",
// "7200000 USD", "8%", "more than 3.5 years", "1867", "March 2023",
// "2023-03-17", "the 18th century". A literal that is none of these is an
// error; use [ParseValueKind] for entity ids and text.
func ParseValue(s string) (Value, error) {
	return Value{}, errors.New("claims: ParseValue not implemented yet")
}

// ParseValueKind parses a value literal as a value of the given kind, as the
// claim-set loader does for a property's kind. For places and entities the
// literal is an entity id; for text it is the text. KindUnknown guesses as
// [ParseValue] does, and takes a bare identifier as an entity id.
func ParseValueKind(k Kind, s string) (Value, error) {
	return ParseValue(s)
}

// MustParseValue is like [ParseValue] but panics on error. It is for tests
// and package-level tables.
func MustParseValue(s string) Value {
	v, err := ParseValue(s)
	if err != nil {
		panic(err)
	}
	return v
}
