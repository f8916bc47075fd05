// Package unresolvedtime defines the unresolved-time check: a claim whose
// time is relative ("on Friday", "last week", "two days ago") in a
// document without a publication date to resolve it against.
//
// When the pass has no publication date, a claim is flagged when its value
// or as_of is a time that was never resolved (kind time, no start), or when
// its text, its value's text or its as_of's text holds a relative-time
// word: today, tonight, yesterday, tomorrow, last, next, this or coming
// week, weekend, month or year, a weekday name, or "ago". One finding per
// claim, severity info. With a publication date the check is silent.
package unresolvedtime
