package extract

import (
	"iter"
	"maps"
	"strings"
)

// A wordSet is a set of folded words. Every set is made while the package
// initializes and gets a bit of its own in the vocabulary (vocab.go), so
// that a token's membership is a bit test (doc.in) rather than a map lookup.
//
// has, for text that is not one token, first asks a filter of the lengths
// and the first and last bytes of the set's words: most words of a text
// are in none of the small sets, and the filter turns them away without
// hashing them.
type wordSet struct {
	m   map[string]struct{}
	bit uint8
	wordFilter
}

// A wordFilter knows the lengths and the first and last bytes of a set of
// words: a word it has not seen is usually told without hashing it.
type wordFilter struct {
	lens  uint64    // bit n: a word of n bytes (n < 63), bit 63: a longer one
	first [4]uint64 // bit b: a word whose first byte is b
	last  [4]uint64 // bit b: a word whose last byte is b
}

// add records w, which must not be empty.
func (f *wordFilter) add(w string) {
	f.lens |= 1 << min(len(w), 63)
	f.first[w[0]>>6] |= 1 << (w[0] & 63)
	f.last[w[len(w)-1]>>6] |= 1 << (w[len(w)-1] & 63)
}

// mayHave reports false when w is surely not one of the words added.
func (f *wordFilter) mayHave(w string) bool {
	return w != "" && f.lens&(1<<min(len(w), 63)) != 0 &&
		f.first[w[0]>>6]&(1<<(w[0]&63)) != 0 && f.last[w[len(w)-1]>>6]&(1<<(w[len(w)-1]&63)) != 0
}

// words returns the set of the space-separated words of s.
func words(s string) *wordSet {
	ws := newWordSet()
	for _, w := range strings.Fields(s) {
		ws.add(w)
	}
	return ws
}

func newWordSet() *wordSet {
	if vocabBuilt {
		panic("extract: word set made after the vocabulary was built")
	}
	if len(wordSets) >= 64*len(vocabEntry{}.sets) {
		panic("extract: too many word sets for the vocabulary's bits")
	}
	ws := &wordSet{m: map[string]struct{}{}, bit: uint8(len(wordSets))}
	wordSets = append(wordSets, ws)
	return ws
}

// add puts w in the set; only while the package initializes.
func (s *wordSet) add(w string) {
	if vocabBuilt {
		panic("extract: word set changed after the vocabulary was built")
	}
	if w == "" {
		panic("extract: empty word in a word set")
	}
	s.m[w] = struct{}{}
	s.wordFilter.add(w)
}

// has reports whether w is in the set.
func (s *wordSet) has(w string) bool {
	if !s.mayHave(w) {
		return false
	}
	_, ok := s.m[w]
	return ok
}

// all returns the words of the set, in no particular order.
func (s *wordSet) all() iter.Seq[string] { return maps.Keys(s.m) }

// A phraseSet matches folded token sequences, longest first, indexed by
// their first token.
type phraseSet map[string][][]string

func phrases(list ...string) phraseSet {
	m := make(phraseSet)
	for _, p := range list {
		f := strings.Fields(p)
		m[f[0]] = append(m[f[0]], f)
	}
	for k, v := range m {
		// longest first
		for i := 1; i < len(v); i++ {
			for j := i; j > 0 && len(v[j]) > len(v[j-1]); j-- {
				v[j], v[j-1] = v[j-1], v[j]
			}
		}
		m[k] = v
	}
	return m
}

// Abbreviations whose period never ends a sentence, and those whose period
// ends one only before a word that usually starts a sentence.
var (
	abbrevNoEnd = words(`prof dr mr mrs ms mx st mt gen sen rep gov lt col sgt capt cpt maj rev hon fr
		jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
		no nos vs v fig approx est dept univ assn bros cf al ca vol pp op ft sq pt`)
	abbrevMayEnd = words(`etc inc ltd co corp jr sr plc llc bros`)
	// sentenceStarters are words that, capitalized after an abbreviation
	// such as "U.S." or "etc.", show a new sentence has begun.
	sentenceStarters = words(`the a an he she it they we i you this that these those there but and however
		in on at as for his her its their our after before when while if although though meanwhile yet so
		also then some many most all one what why how where who which despite since during`)
)

// Words that are not names when a sentence starts with them; and connectors
// that may sit inside a name ("Bank of England", "Ludwig van Beethoven").
var (
	functionWords = words(`a an the this that these those there here it its he she his her they them their
		we our you your i my me us him who whom whose which what when where why how whether if
		and or but nor so yet for of in on at by to from with without into onto over under about
		after before since until till during despite although though while as than then also
		not no never all any some many most more much few each every other another both either
		neither such only just even still already again however meanwhile moreover furthermore
		is are was were be been being am has have had do does did will would shall should can
		could may might must usually ultimately besides instead indeed perhaps maybe thus
		once today yesterday tomorrow now later earlier last next first second third finally
		according despite concerns agenda why as`)
	nameConnectors = words(`of the de del della der van von da du la le al bin el y`)
	// titleWords precede a person's name: "President Vladimir Putin".
	titleWords = words(`president prof professor dr mr mrs ms mx miss sir dame lord lady king queen
		prince princess pope secretary minister senator sen governor gov mayor chancellor czar
		tsar emperor empress general gen colonel col captain capt sergeant judge justice rev
		reverend father chairman chairwoman chair ceo director coach manager spokesman
		spokeswoman spokesperson ambassador commissioner chief premier representative rep
		deputy vice prime foreign sheikh archbishop bishop cardinal rabbi imam admiral marshal
		lieutenant commander detective inspector officer superintendent`)
	// orgWords and placeWords mark a name as an organization or a place.
	orgWords = words(`house court council ministry department agency bank university college school
		center centre institute party union company corporation corp inc ltd plc llc group
		committee assembly office commission parliament congress senate government army navy
		force forces police association foundation fund club fc board authority service news
		times post journal network organisation organization nations league federation kremlin
		bureau administration cabinet tribunal airlines airways motors industries holdings
		records studios pictures press agency guardian telegraph reuters`)
	placeWords = words(`street road avenue city county state republic kingdom island islands river
		mountain mountains lake sea ocean bay base airport station square park valley province
		region district territory peninsula gulf coast capital stadium arena theatre theater
		cathedral abbey racecourse circuit harbour harbor palace gardens`)
	// demonymSuffixes mark capitalized adjectives ("Russian forces").
	demonymSuffixes = []string{"ian", "ean", "ese", "ish", "ist", "ern"}
)

// Verbs of speech, for attribution: "X said", "said X".
var speechVerbs = words(`said says say told tells added adds stated announced announces explained
	explains warned warns claimed claims noted notes insisted insists argued argues reported
	confirmed confirms wrote writes tweeted posted asked asks replied replies commented comments
	suggested suggests emphasised emphasized emphasises emphasizes stressed stresses acknowledged
	admitted admits maintained maintains declared declares revealed reveals predicted predicts
	estimated estimates agreed urged urges added observed observes recalled recalls`)

// Tense cues for resolving "on Friday" and "in March".
var (
	futureCues = words(`will 'll shall is are am upcoming next going due scheduled planned expected
		set plans plan intends aims hopes would-be tomorrow`)
	pastCues = words(`was were had did said told got went came took made gave held saw met sold bought
		paid began became left won lost found thought knew brought felt kept led ran spent stood
		fell rose grew struck spoke wrote chose drove flew broke shot sent built caught fought
		taught sought meant heard sat wore drew threw forgot hung rode rang sang shook slept stole
		stuck swam tore woke ago yesterday last earlier`)
	notPastEd = words(`need speed feed seed red bed hundred embed proceed exceed succeed bleed breed
		shed fled sled wed led indeed ahead steed weed reed greed creed deed heed`)
)

// Modality cues. Phrases are folded token sequences.
var (
	hedgeWords = words(`may might could would reportedly allegedly apparently possibly perhaps likely
		probably purportedly supposedly rumoured rumored seemingly presumably`)
	hedgePhrases = phrases(
		"according to reports", "some analysts", "analysts noted", "analysts said", "analysts say",
		"analysts believe", "experts say", "experts said", "observers say", "it remains to be seen",
		"remains to be seen", "is expected to", "are expected to", "was expected to", "is likely to",
		"are likely to", "is believed to", "are believed to", "is thought to", "is said to", "are said to",
		"it is understood", "sources said", "sources say", "it is possible", "there are reports",
		"is set to", "are set to", "appears to", "appear to", "seems to", "seem to",
		// intentions: what an offer or a plan would do is not yet so
		"offer to", "offered to", "offers to", "bid to", "plan to", "plans to", "planned to",
		"proposal to", "proposed to", "proposes to", "intends to", "intend to", "aims to", "aim to")
	unknownWords   = words(`unclear undecided unknown unconfirmed tbc tbd uncertain unresolved`)
	unknownPhrases = phrases(
		"not yet known", "yet not known", "not known", "not yet clear", "not clear", "not yet decided",
		"not been decided", "not decided", "yet to be decided", "yet to be confirmed", "yet to be determined",
		"yet to be announced", "yet to be finalised", "yet to be finalized", "yet to be agreed",
		"yet to be revealed", "not been confirmed", "not yet confirmed", "not been announced",
		"not yet been announced", "not been disclosed", "not disclosed", "to be confirmed",
		"to be determined", "to be decided", "is anyone's guess", "no word on", "remains unclear",
		"remain unclear", "not been determined", "not yet been decided", "not yet been confirmed",
		"yet to be set", "yet to be fixed", "yet to be established", "not yet been established",
		"not been established", "not yet established", "still being finalised", "still being finalized",
		"still to be decided", "still to be confirmed", "not been set", "not yet been set")
	negationWords   = words(`not never no nobody none nothing neither nor cannot denied denies deny denying`)
	negationPhrases = phrases("refused to", "refuses to", "refuse to", "declined to", "no longer",
		"failed to", "fails to")
	notNegation = phrases("not only", "not least", "no doubt", "whether or not", "not just",
		"no fewer than", "no less than", "no more than", "not yet known", "no one knows")
	// opinionWords lower a sentence's check-worthiness.
	opinionWords = words(`naive horrendous terrible awful wonderful great fantastic amazing disgraceful
		shameful outrageous ridiculous absurd brilliant excellent stupid good bad best worst beautiful
		ugly disastrous catastrophic appalling dreadful magnificent superb lovely nice horrible
		shocking disgusting pathetic incredible unbelievable marvellous marvelous awesome regret
		should must ought viewed regarded deserve deserves hope hopes wish fear fears feel feels`)
	// mindWords are verbs of a state of mind or an intention: a pronoun
	// knowing, believing, hoping, wanting or refusing makes no statement to
	// check ("he knew instantly something was wrong", "it hoped to return
	// to profit"), while a named person's belief may be one ("Donald
	// thinks that climate change is a hoax"). Compiled by hand.
	mindWords = words(`know knew knows believe believes believed think thinks thought hoped hoping
		want wants wanted intend intends intended refuse refuses refused regrets regretted felt
		wished wishes longs longed dreams dreamed dreamt`)
	mindSubjects = words(`i we you he she it they`)
)

// measureNouns are nouns that name a measured quantity, used as subjects
// or properties when there is no knowledge base: "profits rose to $5m".
var measureNouns = words(`profit profits revenue revenues sales turnover price prices cost costs income
	earnings loss losses debt deficit budget spending population unemployment inflation rate rates
	growth share shares stake value valuation fee fees salary salaries wage wages fine fines bonus
	investment funding dividend dividends tax taxes attendance turnout vote votes majority squad
	audience audiences viewers subscribers members users customers employees staff jobs workers
	deaths casualties cases output production exports imports gdp bill contract transfer offer bid
	payout compensation subsidy grant donations pay capital assets reserves savings borrowing
	premium premiums margin margins crowd temperature score goals points tickets ticket rent
	market sale purchase deal award prize damages fare fares takeover takeovers acquisition
	acquisitions merger mergers buyout buyouts settlement settlements loan loans bailout bailouts
	package packages pension pensions fortune windfall ransom`)

// eventNouns maps a verb to the nouns that name its event, so that "X sold
// Y" can find the event "Y Purchase" in a knowledge base.
var eventNouns = map[string][]string{}

func init() {
	for verbs, nouns := range map[string]string{
		"sold sell sells selling bought buy buys buying purchased purchase purchases acquired acquire acquires acquiring": "purchase sale acquisition deal takeover buyout",
		"merged merge merges":                  "merger deal",
		"invaded invade invades invading":      "invasion",
		"elected elect elects":                 "election",
		"signed sign signs signing":            "signing treaty agreement accord deal",
		"attacked attack attacks":              "attack",
		"annexed annex annexes":                "annexation",
		"launched launch launches":             "launch",
		"founded found founds established":     "founding foundation",
		"married marry marries":                "wedding marriage",
		"met meet meets meeting":               "meeting summit talks",
		"released release releases":            "release",
		"crashed crash crashes":                "crash",
		"opened open opens":                    "opening",
		"collapsed collapse collapses":         "collapse",
		"died die dies":                        "death",
		"won win wins":                         "victory win",
		"visited visit visits":                 "visit",
		"erupted erupt erupts":                 "eruption",
		"struck strike strikes":                "strike",
		"resigned resign resigns":              "resignation",
		"appointed appoint appoints":           "appointment",
		"ruled rule rules":                     "ruling",
		"announced announce announces":         "announcement",
		"published publish publishes":          "publication",
		"ended end ends":                       "end",
		"withdrew withdraw withdraws":          "withdrawal",
		"occupied occupy occupies":             "occupation",
		"captured capture captures":            "capture",
		"liberated liberate liberates":         "liberation",
		"explored explore explores discovered": "discovery expedition",
	} {
		for _, v := range strings.Fields(verbs) {
			eventNouns[v] = append(eventNouns[v], strings.Fields(nouns)...)
		}
	}
}

// A lexMap maps folded words to values, like the map it is made from, with
// a wordFilter in front: most words of a text are in no lexicon, and the
// filter turns them away without hashing them. It must not change after
// it is made.
type lexMap[V any] struct {
	m     map[string]V
	f     wordFilter
	empty bool // m has the empty word, which the filter cannot hold
}

// lexicon returns the lexMap of m.
func lexicon[V any](m map[string]V) *lexMap[V] {
	l := &lexMap[V]{m: m}
	for w := range m {
		if w == "" {
			l.empty = true
			continue
		}
		l.f.add(w)
	}
	return l
}

// get returns w's value and whether w is in the lexicon.
func (l *lexMap[V]) get(w string) (V, bool) {
	if !l.f.mayHave(w) && !(w == "" && l.empty) {
		var zero V
		return zero, false
	}
	v, ok := l.m[w]
	return v, ok
}

// all returns the words of the lexicon, in no particular order.
func (l *lexMap[V]) all() iter.Seq[string] { return maps.Keys(l.m) }

// at returns w's value, or the zero value.
func (l *lexMap[V]) at(w string) V {
	v, _ := l.get(w)
	return v
}
