package factcheck

import "strings"

// This file maps ratings onto the scales of other fact-checking formats:
// schema.org ClaimReview, FEVER, AVeriTeC and PolitiFact. Only the
// ClaimReview mapping is lossless; the others have fewer labels.

// The ClaimReview scale: ratingValue runs from ClaimReviewWorst (false) to
// ClaimReviewBest (true).
const (
	ClaimReviewWorst = 1
	ClaimReviewBest  = 5
)

// claimReviewNames gives each rating's ClaimReview alternateName.
var claimReviewNames = [...]string{
	Unverified:  "Unverified",
	True:        "True",
	MostlyTrue:  "Mostly true",
	HalfTrue:    "Half true",
	MostlyFalse: "Mostly false",
	False:       "False",
	Conflicting: "Conflicting",
}

// claimReviewValues gives each rating's ClaimReview ratingValue; zero for
// the ratings that have no place on the 1–5 scale.
var claimReviewValues = [len(claimReviewNames)]int{
	True:        5,
	MostlyTrue:  4,
	HalfTrue:    3,
	MostlyFalse: 2,
	False:       1,
}

// ClaimReview returns the rating as a schema.org ClaimReview reviewRating:
// a ratingValue from 1 (false) to 5 (true), with bestRating 5 and
// worstRating 1, and an alternateName ("Mostly true"). Conflicting and
// Unverified have no place on that scale: their value is 0, meaning the
// ratingValue is to be left out, and their alternateName ("Conflicting",
// "Unverified") carries them. [RatingFromClaimReview] reads every pair
// back.
func (r Rating) ClaimReview() (value int, alternateName string) {
	if int(r) >= len(claimReviewNames) {
		return 0, r.String()
	}
	return claimReviewValues[r], claimReviewNames[r]
}

// RatingFromClaimReview returns the rating of a ClaimReview reviewRating on
// the 1–5 scale. A ratingValue from 1 to 5 decides by itself, whatever the
// alternateName (publishers name their own scales: "Pants on Fire" is 1);
// otherwise the alternateName decides, read without regard to case and
// accepting this package's rating names ("mostly-true"). It reports false
// when neither gives a rating.
func RatingFromClaimReview(value int, alternateName string) (Rating, bool) {
	for r, v := range claimReviewValues {
		if v != 0 && v == value {
			return Rating(r), true
		}
	}
	name := strings.TrimSpace(alternateName)
	for r, n := range claimReviewNames {
		if strings.EqualFold(n, name) || strings.EqualFold(Rating(r).String(), name) {
			return Rating(r), true
		}
	}
	return Unverified, false
}

// The FEVER labels.
const (
	FEVERSupports      = "SUPPORTS"
	FEVERRefutes       = "REFUTES"
	FEVERNotEnoughInfo = "NOT ENOUGH INFO"
)

// FEVER returns the rating's FEVER label: SUPPORTS for true and mostly
// true, REFUTES for false and mostly false, NOT ENOUGH INFO for the rest
// (half true, conflicting, unverified).
func (r Rating) FEVER() string {
	switch {
	case supports(r):
		return FEVERSupports
	case refutes(r):
		return FEVERRefutes
	}
	return FEVERNotEnoughInfo
}

// RatingFromFEVER returns the rating a FEVER label stands for: True,
// False or Unverified. It reports false for another label.
func RatingFromFEVER(label string) (Rating, bool) {
	switch strings.ToUpper(strings.TrimSpace(label)) {
	case FEVERSupports:
		return True, true
	case FEVERRefutes:
		return False, true
	case FEVERNotEnoughInfo:
		return Unverified, true
	}
	return Unverified, false
}

// The AVeriTeC labels.
const (
	AVeriTeCSupported   = "Supported"
	AVeriTeCRefuted     = "Refuted"
	AVeriTeCNotEnough   = "Not Enough Evidence"
	AVeriTeCConflicting = "Conflicting Evidence/Cherrypicking"
)

// AVeriTeC returns the rating's AVeriTeC label: Supported for true and
// mostly true, Refuted for false and mostly false, Conflicting
// Evidence/Cherrypicking for conflicting and half true (partly right), Not
// Enough Evidence for unverified.
func (r Rating) AVeriTeC() string {
	switch {
	case supports(r):
		return AVeriTeCSupported
	case refutes(r):
		return AVeriTeCRefuted
	case r == Conflicting || r == HalfTrue:
		return AVeriTeCConflicting
	}
	return AVeriTeCNotEnough
}

// RatingFromAVeriTeC returns the rating an AVeriTeC label stands for: True,
// False, Conflicting or Unverified. It reports false for another label.
func RatingFromAVeriTeC(label string) (Rating, bool) {
	for _, m := range []struct {
		label string
		r     Rating
	}{
		{AVeriTeCSupported, True},
		{AVeriTeCRefuted, False},
		{AVeriTeCConflicting, Conflicting},
		{AVeriTeCNotEnough, Unverified},
	} {
		if strings.EqualFold(strings.TrimSpace(label), m.label) {
			return m.r, true
		}
	}
	return Unverified, false
}

// politiFactNames gives the PolitiFact Truth-O-Meter label of each rating
// that has one.
var politiFactNames = map[Rating]string{
	True:        "true",
	MostlyTrue:  "mostly-true",
	HalfTrue:    "half-true",
	MostlyFalse: "mostly-false",
	False:       "false",
}

// PolitiFact returns the rating's PolitiFact Truth-O-Meter label (true,
// mostly-true, half-true, mostly-false, false). Conflicting and Unverified
// have none: it reports false for them. No rating maps to pants-fire,
// which judges the claim's ridiculousness as well as its falsehood.
func (r Rating) PolitiFact() (string, bool) {
	s, ok := politiFactNames[r]
	return s, ok
}

// RatingFromPolitiFact returns the rating of a PolitiFact label: the five
// of [Rating.PolitiFact], pants-fire as False and the older barely-true as
// MostlyFalse. It reports false for another label, such as the
// Flip-O-Meter's.
func RatingFromPolitiFact(label string) (Rating, bool) {
	l := strings.ToLower(strings.TrimSpace(label))
	switch l {
	case "pants-fire", "pants on fire":
		return False, true
	case "barely-true":
		return MostlyFalse, true
	}
	for r, n := range politiFactNames {
		if n == l {
			return r, true
		}
	}
	return Unverified, false
}
