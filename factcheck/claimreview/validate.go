package claimreview

import (
	"fmt"
	"math"
	"net/url"
	"strconv"
	"strings"
	"unicode/utf8"
)

// A Profile is a set of rules [Validate] applies. The zero Profile applies
// the rules of SchemaOrg.
type Profile uint8

// The profiles.
const (
	// SchemaOrg checks that a document is well-formed ClaimReview markup:
	// every top-level node has "@context" https://schema.org and every node
	// a "@type"; the types ClaimReview markup uses (ClaimReview, Rating,
	// Claim, CreativeWork and its articles and pages, Organization, Person)
	// carry only their schema.org properties; reviewRating, author and
	// appearance hold nodes of fitting types; and a ratingValue is a number
	// within worstRating..bestRating (1..5 when not given).
	SchemaOrg Profile = iota + 1
	// Publisher applies SchemaOrg and the conventions search engines and
	// the IFCN ask of fact-checkers publishing ClaimReview: claimReviewed is
	// present and, advisedly, at most [MaxClaimReviewed] characters; the
	// review has a url on the publisher's own site (the host of author.url
	// or a subdomain of it, "www." aside); the author has a name; and the
	// review has a reviewRating with an alternateName.
	Publisher
)

// MaxClaimReviewed is the length, in characters, beyond which the
// [Publisher] profile warns that claimReviewed is too long to show in
// search results.
const MaxClaimReviewed = 75

// String returns the profile's name: "schema.org" or "publisher".
func (p Profile) String() string {
	switch p {
	case SchemaOrg:
		return "schema.org"
	case Publisher:
		return "publisher"
	}
	return "Profile(" + strconv.Itoa(int(p)) + ")"
}

// Level is how serious a [Problem] is. The zero Level is unknown; Validate
// never reports it.
type Level uint8

// The levels.
const (
	// Warning: the markup is valid but advised against; consumers may
	// shorten or ignore part of it.
	Warning Level = iota + 1
	// Error: the markup is invalid, or consumers will drop or misread the
	// review.
	Error
)

// String returns "warning" or "error".
func (l Level) String() string {
	switch l {
	case Warning:
		return "warning"
	case Error:
		return "error"
	}
	return "Level(" + strconv.Itoa(int(l)) + ")"
}

// A Problem is one thing [Validate] found wrong with a document. It is
// plain data.
type Problem struct {
	// Path locates the value at fault, JavaScript-style:
	// "[3].reviewRating.alternateName" in an array,
	// "@graph[0].author" in a graph, "script[2]…" in an HTML page's
	// second ld+json script, "" for the document itself.
	Path    string
	Level   Level
	Message string
}

// String returns the problem as "path: level: message".
func (p Problem) String() string {
	path := p.Path
	if path == "" {
		path = "(document)"
	}
	return path + ": " + p.Level.String() + ": " + p.Message
}

// Validate checks a JSON-LD document, or an HTML page with ld+json
// scripts, against profile and returns the problems found, in document
// order; none for a document that passes. A document that does not parse
// is one Error problem. Nodes that are not ClaimReview markup (a page's
// BreadcrumbList, say) are checked only for @context and @type.
func Validate(doc []byte, profile Profile) []Problem {
	v := &validator{profile: profile}
	blocks, _, err := parseBlocks(doc)
	if err != nil {
		return []Problem{{Level: Error, Message: strings.TrimPrefix(err.Error(), "claimreview: ")}}
	}
	if len(blocks) == 0 {
		return []Problem{{Level: Error, Message: "no JSON-LD: neither a JSON document nor an HTML page with an application/ld+json script"}}
	}
	for _, b := range blocks {
		if b.err != nil {
			v.report(b.path, Error, "%s", strings.TrimPrefix(b.err.Error(), "claimreview: "+b.path+": "))
			continue
		}
		v.ix = make(index)
		v.ix.add(b.value, 0)
		v.top(b.path, b.value)
	}
	return v.problems
}

type validator struct {
	profile  Profile
	ix       index
	problems []Problem
}

func (v *validator) report(path string, l Level, format string, args ...any) {
	v.problems = append(v.problems, Problem{Path: path, Level: l, Message: fmt.Sprintf(format, args...)})
}

// top checks a document's top level: a node, an array of nodes, or a
// graph.
func (v *validator) top(path string, doc any) {
	switch d := doc.(type) {
	case []any:
		if len(d) == 0 {
			v.report(path, Warning, "empty array: no ClaimReview")
		}
		for i, e := range d {
			p := path + "[" + strconv.Itoa(i) + "]"
			n, ok := e.(node)
			if !ok {
				v.report(p, Error, "want a JSON-LD node (an object), got %s", kindOf(e))
				continue
			}
			v.checkContext(p, n)
			v.node(p, n, 0, false)
		}
	case node:
		v.checkContext(path, d)
		if g, ok := d["@graph"]; ok {
			nodes, ok := g.([]any)
			if !ok {
				v.report(join(path, "@graph"), Error, "want an array of nodes, got %s", kindOf(g))
				return
			}
			for i, e := range nodes {
				p := join(path, "@graph") + "[" + strconv.Itoa(i) + "]"
				if n, ok := e.(node); ok {
					v.node(p, n, 0, false)
				} else {
					v.report(p, Error, "want a JSON-LD node (an object), got %s", kindOf(e))
				}
			}
			return
		}
		v.node(path, d, 0, false)
	default:
		v.report(path, Error, "want a JSON-LD node or an array of nodes, got %s", kindOf(doc))
	}
}

// checkContext checks that a top-level node names the schema.org
// vocabulary.
func (v *validator) checkContext(path string, n node) {
	c, ok := n["@context"]
	if !ok {
		v.report(join(path, "@context"), Error, `missing: want "https://schema.org"`)
		return
	}
	if !isSchemaContext(c) {
		v.report(join(path, "@context"), Error, `want "https://schema.org", got %s`, show(c))
	}
}

// isSchemaContext reports whether c is the schema.org context: the IRI
// (http or https, with or without the final slash), an object whose
// @vocab is that IRI, or an array holding one of those.
func isSchemaContext(c any) bool {
	switch c := c.(type) {
	case string:
		s := strings.TrimSuffix(strings.TrimSpace(c), "/")
		return s == "https://schema.org" || s == "http://schema.org"
	case node:
		return isSchemaContext(c["@vocab"])
	case []any:
		for _, e := range c {
			if isSchemaContext(e) {
				return true
			}
		}
	}
	return false
}

// node checks one node and the nodes inside it. inMarkup says whether the
// node is the value of a property of a type the validator knows: only then
// is a type it does not know worth a warning.
func (v *validator) node(path string, n node, depth int, inMarkup bool) {
	if depth > maxDepth {
		v.report(path, Error, "nested more than %d levels deep: not checked", maxDepth)
		return
	}
	if _, ok := n["@type"]; !ok {
		if _, isRef := n["@id"]; isRef && len(n) == 1 {
			return // a reference to a node described elsewhere
		}
		if _, isValue := n["@value"]; isValue {
			return
		}
		v.report(join(path, "@type"), Error, "missing: every node needs a @type")
	}
	ts := types(n)
	known := ""
	for _, t := range ts {
		if _, ok := vocab[t]; ok {
			known = t
			break
		}
	}
	if known == "" && len(ts) > 0 && inMarkup {
		v.report(join(path, "@type"), Warning, "type %s is not one ClaimReview markup uses: its properties are not checked", strings.Join(ts, ", "))
	}
	for _, k := range sortedKeys(n) {
		val := n[k]
		p := join(path, k)
		name := strings.TrimPrefix(k, "schema:")
		if strings.HasPrefix(k, "@") || strings.Contains(name, ":") {
			continue // JSON-LD keywords and other vocabularies
		}
		if known != "" && !hasProp(ts, name) {
			v.report(p, Error, "%s has no property %q", known, name)
			continue
		}
		v.value(p, name, val, depth, known != "")
	}
	if known == "" {
		return
	}
	if isA(known, "Rating") {
		v.rating(path, n)
	}
	if known == "ClaimReview" && v.profile == Publisher {
		v.publisher(path, n)
	}
}

// value checks the value of property name: the types its nodes must have,
// and the nodes themselves.
func (v *validator) value(path, name string, val any, depth int, inMarkup bool) {
	if a, ok := val.([]any); ok {
		for i, e := range a {
			v.value(path+"["+strconv.Itoa(i)+"]", name, e, depth, inMarkup)
		}
		return
	}
	n, ok := val.(node)
	if !ok {
		return
	}
	if inMarkup {
		v.checkType(path, name, n)
	}
	v.node(path, n, depth+1, inMarkup)
}

// checkType checks that a node, the value of property name, has a type
// the property takes.
func (v *validator) checkType(path, name string, n node) {
	want := expectedType[name]
	if want == nil {
		return
	}
	ts := types(v.ix.resolve(n))
	if len(ts) == 0 {
		return
	}
	for _, t := range ts {
		if _, known := vocab[t]; !known {
			return // a type we do not know may well fit
		}
		for _, w := range want {
			if isA(t, w) {
				return
			}
		}
	}
	v.report(join(path, "@type"), Error, "%s must be a %s, got %s", name, strings.Join(want, " or "), strings.Join(ts, ", "))
}

// expectedType gives the types the values of some properties must have.
var expectedType = map[string][]string{
	"reviewRating":    {"Rating"},
	"author":          {"Person", "Organization"},
	"creator":         {"Person", "Organization"},
	"publisher":       {"Person", "Organization"},
	"appearance":      {"CreativeWork"},
	"firstAppearance": {"CreativeWork"},
}

// rating checks that a rating's value lies within its scale.
func (v *validator) rating(path string, n node) {
	bound := func(name string, def float64) (float64, bool) {
		val, ok := prop(n, name)
		if !ok {
			return def, true
		}
		f, ok := number(val)
		if !ok || math.IsInf(f, 0) {
			v.report(join(path, name), Error, "want a number, got %s", show(val))
			return def, false
		}
		return f, true
	}
	best, okb := bound("bestRating", 5)
	worst, okw := bound("worstRating", 1)
	val, ok := prop(n, "ratingValue")
	if !ok {
		return
	}
	f, isNum := number(val)
	if !isNum || math.IsInf(f, 0) {
		v.report(join(path, "ratingValue"), Error, "want a number, got %s", show(val))
		return
	}
	if !okb || !okw {
		return
	}
	lo, hi := min(best, worst), max(best, worst)
	if best == worst {
		v.report(join(path, "bestRating"), Error, "bestRating and worstRating are both %s: the scale is empty", fmtNum(best))
	}
	if f < lo || f > hi {
		v.report(join(path, "ratingValue"), Error, "%s is outside the scale %s (worst) to %s (best)", fmtNum(f), fmtNum(worst), fmtNum(best))
	}
}

// publisher checks a ClaimReview against the publishers' conventions.
func (v *validator) publisher(path string, n node) {
	cr, _ := prop(n, "claimReviewed")
	switch claim := text(cr); {
	case claim == "":
		v.report(join(path, "claimReviewed"), Error, "missing: give the claim as a short summary")
	case utf8.RuneCountInString(claim) > MaxClaimReviewed:
		v.report(join(path, "claimReviewed"), Warning, "%d characters: at most %d are advised, as search results cut it there", utf8.RuneCountInString(claim), MaxClaimReviewed)
	}

	rrv, _ := prop(n, "reviewRating")
	if rr := v.ix.resolve(rrv); rr == nil {
		v.report(join(path, "reviewRating"), Error, "missing: give the verdict as a Rating with an alternateName")
	} else if alt, _ := prop(rr, "alternateName"); text(alt) == "" {
		v.report(join(path, "reviewRating")+".alternateName", Error, "missing: give the verdict as readers see it (\"False\", \"Mostly true\")")
	}

	av, _ := prop(n, "author")
	author := v.ix.resolve(av)
	authorURL := ""
	if author == nil {
		v.report(join(path, "author"), Error, "missing: name the organization that wrote the review")
	} else {
		if name, _ := prop(author, "name"); text(name) == "" {
			v.report(join(path, "author")+".name", Error, "missing: name the organization that wrote the review")
		}
		u, _ := prop(author, "url")
		authorURL = text(u)
	}

	uv, _ := prop(n, "url")
	reviewURL := text(uv)
	switch {
	case reviewURL == "":
		v.report(join(path, "url"), Error, "missing: give the address of the review on the publisher's site")
	case authorURL == "":
		v.report(join(path, "author")+".url", Warning, "missing: without it the review's url cannot be checked against the publisher's site")
	default:
		rh, ah := host(reviewURL), host(authorURL)
		switch {
		case rh == "":
			v.report(join(path, "url"), Error, "%q is not an absolute http(s) URL", reviewURL)
		case ah == "":
			v.report(join(path, "author")+".url", Error, "%q is not an absolute http(s) URL", authorURL)
		case !sameSite(rh, ah):
			v.report(join(path, "url"), Error, "%s is not on the publisher's site %s", rh, ah)
		}
	}
}

// host returns the lowercased host of an absolute http(s) URL, without
// "www.", or "".
func host(s string) string {
	u, err := url.Parse(strings.TrimSpace(s))
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// sameSite reports whether host a is host b or one of their subdomains is
// the other.
func sameSite(a, b string) bool {
	return a == b || strings.HasSuffix(a, "."+b) || strings.HasSuffix(b, "."+a)
}

// A vocabType is a schema.org type: its parent and the properties it adds.
type vocabType struct {
	parent string
	props  []string
}

// fields splits a list of property names.
func fields(s string) []string { return strings.Fields(s) }

// isA reports whether type t is want or a subtype of it.
func isA(t, want string) bool {
	for i := 0; t != "" && i < 16; i++ {
		if t == want {
			return true
		}
		t = vocab[t].parent
	}
	return false
}

// hasProp reports whether one of the types declares or inherits property
// name.
func hasProp(ts []string, name string) bool {
	for _, t := range ts {
		for i := 0; t != "" && i < 16; i++ {
			vt, ok := vocab[t]
			if !ok {
				break
			}
			for _, p := range vt.props {
				if p == name {
					return true
				}
			}
			t = vt.parent
		}
	}
	return false
}

// join appends a property to a path.
func join(path, name string) string {
	if path == "" {
		return name
	}
	return path + "." + name
}

// kindOf names the JSON kind of v for messages.
func kindOf(v any) string {
	switch v.(type) {
	case nil:
		return "null"
	case string:
		return "a string"
	case []any:
		return "an array"
	case node:
		return "an object"
	case bool:
		return "a boolean"
	}
	return "a number"
}

// show quotes a scalar for messages, or names the kind of anything else.
func show(v any) string {
	switch v := v.(type) {
	case string:
		if len(v) > 40 {
			v = v[:40] + "…"
		}
		return strconv.Quote(v)
	case fmt.Stringer:
		return v.String()
	}
	return kindOf(v)
}

func fmtNum(f float64) string { return strconv.FormatFloat(f, 'g', -1, 64) }
