package claims

// A Property is what a claim says of its subject: a venue, a price, a date.
// It gives the kind of value it takes and the cue phrases that signal it in
// text.
type Property struct {
	ID   string   `json:"id"`
	Kind Kind     `json:"kind,omitempty"`
	Cues []string `json:"cues,omitempty"`
	// Name is a human label; the id is used when empty.
	Name string `json:"name,omitempty"`
	// Wikidata is the Wikidata property whose statements give this
	// property's facts, "P1082", or "".
	Wikidata string `json:"wikidata,omitempty"`

	Pos Pos `json:"-"`
}

// The built-in properties, known to every set without being declared.
const (
	// PropertyDate is when the subject happened; its values are times.
	PropertyDate = "date"
	// PropertyTimeSince is the duration from the subject's date to the
	// claim's as-of time: "more than three and a half years after Moscow's
	// invasion" is subject invasion, property time-since.
	PropertyTimeSince = "time-since"
	// PropertyStatement is a check-worthy statement that carries no typed
	// value ("X voted for the war"): its value is the statement's text. It
	// is checked against earlier fact-checks, not compared with other
	// claims.
	PropertyStatement = "statement"
)

// BuiltinProperties returns the built-in properties.
func BuiltinProperties() []Property {
	return []Property{
		{ID: PropertyDate, Kind: KindTime, Cues: []string{"date", "when", "on", "in"}},
		{ID: PropertyTimeSince, Kind: KindDuration, Cues: []string{"after", "since", "ago", "for the first time in", "in over"}},
		{ID: PropertyStatement, Kind: KindText},
	}
}

// Label returns the name of p, or its id.
func (p Property) Label() string {
	if p.Name != "" {
		return p.Name
	}
	return p.ID
}
