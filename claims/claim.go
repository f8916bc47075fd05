package claims

// A Claim is one checkable statement: a subject, a property and a value,
// plus what text and speech add to it.
type Claim struct {
	// ID is stable within a set; extracted claims get c1, c2… in
	// document order.
	ID string `json:"id"`
	// Text is the verbatim clause.
	Text string `json:"text,omitempty"`
	// Span is the byte offsets [start, end) of Text in the document, when
	// known.
	Span Span `json:"span,omitzero"`

	Subject  string `json:"subject,omitempty"`
	Property string `json:"property,omitempty"`
	Value    Value  `json:"value,omitzero"`

	Modality Modality `json:"modality"`
	// Attribution is who is said to make the claim: "two White House
	// officials", "Tass".
	Attribution string `json:"attribution,omitempty"`
	// AsOf is the time the claim speaks about; when zero, the document's
	// publication date.
	AsOf Value `json:"as_of,omitzero"`
	// Sources lists the ids of sources cited for the claim.
	Sources []string `json:"sources,omitempty"`
	// Worthiness is the check-worthiness score in [0, 1] an extractor gave
	// the claim; zero for hand-written claims.
	Worthiness float64 `json:"worthiness,omitempty"`

	Pos Pos `json:"-"`
}

// Span is a byte range [Start, End) in a document.
type Span struct {
	Start, End int
}

// IsZero reports whether s is the empty span at 0.
func (s Span) IsZero() bool { return s.Start == 0 && s.End == 0 }

// Len returns the length of s in bytes.
func (s Span) Len() int { return s.End - s.Start }
