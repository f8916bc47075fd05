package syntax

import "fmt"

// UPOS is a Universal Dependencies part-of-speech tag. Its zero value,
// [NoPOS], means not tagged.
type UPOS uint8

// The seventeen UD part-of-speech tags.
const (
	NoPOS UPOS = iota
	ADJ
	ADP
	ADV
	AUX
	CCONJ
	DET
	INTJ
	NOUN
	NUM
	PART
	PRON
	PROPN
	PUNCT
	SCONJ
	SYM
	VERB
	X
	numUPOS
)

var uposNames = [numUPOS]string{"_", "ADJ", "ADP", "ADV", "AUX", "CCONJ", "DET", "INTJ",
	"NOUN", "NUM", "PART", "PRON", "PROPN", "PUNCT", "SCONJ", "SYM", "VERB", "X"}

// String returns the tag as UD writes it ("NOUN"), or "_" for [NoPOS].
func (u UPOS) String() string {
	if u < numUPOS {
		return uposNames[u]
	}
	return fmt.Sprintf("UPOS(%d)", uint8(u))
}

// ParseUPOS returns the tag named s; ok is false for a name UD does not
// define.
func ParseUPOS(s string) (u UPOS, ok bool) {
	for i := UPOS(1); i < numUPOS; i++ {
		if uposNames[i] == s {
			return i, true
		}
	}
	return NoPOS, false
}

// MarshalText implements encoding.TextMarshaler.
func (u UPOS) MarshalText() ([]byte, error) { return []byte(u.String()), nil }

// Rel is a Universal Dependencies relation, with the subtypes the English
// Web Treebank uses ("nmod:poss", "acl:relcl"). Its zero value, [NoRel],
// means not parsed.
type Rel uint8

// NoRel is the zero Rel: not parsed.
const NoRel Rel = 0

// relNames lists the relations of UD English (v2.15), universal ones first.
var relNames = []string{"_",
	"acl", "advcl", "advmod", "amod", "appos", "aux", "case", "cc", "ccomp",
	"clf", "compound", "conj", "cop", "csubj", "dep", "det", "discourse",
	"dislocated", "expl", "fixed", "flat", "goeswith", "iobj", "list", "mark",
	"nmod", "nsubj", "nummod", "obj", "obl", "orphan", "parataxis", "punct",
	"reparandum", "root", "vocative", "xcomp",
	"acl:relcl", "advcl:relcl", "aux:pass", "cc:preconj", "compound:prt",
	"csubj:outer", "csubj:pass", "det:predet", "flat:foreign", "nmod:desc",
	"nmod:poss", "nmod:unmarked", "nsubj:outer", "nsubj:pass", "obl:agent",
	"obl:unmarked", "obl:npmod", "obl:tmod", "nmod:npmod", "nmod:tmod",
	"det:poss", "flat:name",
}

var relIndex = func() map[string]Rel {
	m := make(map[string]Rel, len(relNames))
	for i, n := range relNames {
		m[n] = Rel(i)
	}
	return m
}()

// String returns the relation as UD writes it ("nsubj:pass"), or "_" for
// [NoRel].
func (r Rel) String() string {
	if int(r) < len(relNames) {
		return relNames[r]
	}
	return fmt.Sprintf("Rel(%d)", uint8(r))
}

// Universal returns the relation without its subtype: nsubj for
// nsubj:pass.
func (r Rel) Universal() Rel {
	s := r.String()
	for i := 0; i < len(s); i++ {
		if s[i] == ':' {
			return relIndex[s[:i]]
		}
	}
	return r
}

// ParseRel returns the relation named s; ok is false for a name not in
// UD English.
func ParseRel(s string) (r Rel, ok bool) {
	r, ok = relIndex[s]
	return r, ok && r != NoRel
}

// MarshalText implements encoding.TextMarshaler.
func (r Rel) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// The relations the extractor asks about most, by name.
var (
	RelRoot     = relIndex["root"]
	RelNsubj    = relIndex["nsubj"]
	RelObj      = relIndex["obj"]
	RelObl      = relIndex["obl"]
	RelNmod     = relIndex["nmod"]
	RelAmod     = relIndex["amod"]
	RelNummod   = relIndex["nummod"]
	RelCompound = relIndex["compound"]
	RelAppos    = relIndex["appos"]
	RelAdvmod   = relIndex["advmod"]
	RelAux      = relIndex["aux"]
	RelCop      = relIndex["cop"]
	RelMark     = relIndex["mark"]
	RelCase     = relIndex["case"]
	RelDet      = relIndex["det"]
	RelConj     = relIndex["conj"]
	RelCcomp    = relIndex["ccomp"]
	RelXcomp    = relIndex["xcomp"]
	RelPunct    = relIndex["punct"]
)
