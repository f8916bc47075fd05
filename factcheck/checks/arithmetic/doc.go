// Package arithmetic defines the arithmetic check: figures that the text
// of an article relates to each other and that do not compute, within the
// precision they are stated with.
//
// The check reads the document's text, takes its figures from
// [extract.Mentions] (with their spans and resolved values, relative
// times resolved against the publication date) and recognizes, sentence by
// sentence, the relations between them:
//
//   - a percentage change with both figures given: "turnover rose 8% to
//     1,150 from 1,000", "the deficit narrowed 25% to £30m from £45m",
//     "sales were £1.2bn, up 8% from £1.1bn", "from 1,000 to 1,150, a rise
//     of 15%", "up 5% on last year's £2m at £2.1m", "3,200 staff, down from
//     4,000, a cut of 15%"; a change in percentage points between two
//     percentages ("rose 2 percentage points to 45% from 43%"); and the
//     words "doubled", "halved", "tripled", "fell by a third" with both
//     figures given. The direction word counts: a "rise" whose figures fall
//     is an error too. The times of the figures may stand between them
//     ("fell from 14,200 in 2023 to 11,900 last year, a drop of 27%", "rose
//     12% to £84.6m in the year to March, from £71.2m a year earlier"),
//     and so may the span of the change ("has risen from 18,400 to 23,000
//     in two years, an increase of 15%"), unless the periods differ in
//     length or the percentage is given over a period of its own ("a fall
//     of 5% on last year") or is a rate ("8% a year").
//   - a share: "12 out of 40 (25%)", "12 of the 40 councils, or 30%",
//     "411 seats, or 63% of the 650";
//   - parts that exceed the total they are a breakdown of: "of the 48
//     candidates, 20 are women and 30 are men", "the 120 seats: 60 for A,
//     40 for B and 25 for C", "all 60 members voted, with 41 in favour, 17
//     against and three abstentions"; parts short of the total when the
//     list states their number ("from three sources: …") or is complete
//     otherwise: its last part is "the remaining" one ("the £48m project
//     … £30m from A, with the remaining £12m from B"), or the parts follow
//     their total after a comma or a colon, each in or for a category
//     ("seven goals for the season, four in the league and two in cup
//     competitions", "72 affordable homes, 40 for social rent and 22 for
//     shared ownership"); and parts in the
//     next sentence introduced as the total's ("the £12m plan. The funding
//     comes from two sources: …", "Of the total, £98,000 came from …", a
//     warning), or after a verb that makes them the whole ("was made up of
//     a 64km loop, a 95km run and a 17km circuit", "is split between");
//   - a part "of them" with its percentage, against the whole just named
//     ("manages 12,400 homes … damp in 3,100 of them, about 18%");
//   - an age or an elapsed time against a founding year and the
//     publication date: "founded in 1990, the 40-year-old charity" (in
//     2025), "the station, built in 1885 … the 150-year-old building",
//     "more than ten years after the club was founded in 2016"; the years
//     a thing is "celebrating" against the one founding the article dates
//     ("first went on air in May 1996" … "celebrating 25 years of
//     broadcasting", a warning);
//   - a person's age against the person's birth year or date anywhere in
//     the text: "Karen Whitby, 51," … "Whitby, who was born in 1968"; "the
//     21-year-old" right after the person is named … "Lindqvist, born in
//     May 2001", or a sentence that opens with the birth: "Born in
//     Sunderland in 1963, Prof Wragg …", "Born in Leeds in 1967, she …"
//     (she or he is the person whose age in apposition was given last in
//     the four sentences before, with no other person named since). An age
//     from a birth month or day is exact, from a year ±1.
//
// Figures are compared as intervals: a stated "8%" covers 7.5–8.5%, "£30m"
// covers £29.5m–£30.5m, and a change is computed over the whole range its
// inputs allow; a whole count under 100 with no comparator ("rose from 12
// to 18") is exact. A finding is reported only when the stated figure lies
// outside everything the other figures can give. Years, dates, ordinals,
// scores ("won 3-1"), phone and page numbers take no part in relations;
// figures in different currencies or units never compute; rates ("8% a
// year") and adjusted figures ("at constant currency", "like-for-like",
// "in real terms") are left alone.
//
// Severity: error when the relation is explicit and certain (all figures
// in one clause, same units); warning when it is inferred (an age linked to
// a founding year in an earlier sentence of the paragraph, a time elapsed
// up to the publication date); info otherwise. A finding names the claims
// whose spans overlap the figures, when the set has any, and quotes the
// figures in its message either way:
//
//	1,150 from 1,000 is a rise of 15%, not 8%
//	20 and 30 make 50, not the 48 stated
//	founded in 1990, the charity is 35 years old in 2025, not 40
//
// The check is safe for concurrent use.
package arithmetic
