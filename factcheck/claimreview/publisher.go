package claimreview

import (
	"net/url"
	"strings"
)

// This file finds who wrote a review. Fact-checkers' markup names the
// fact-checking organization in publisher or in author, and often the
// journalist, a Person, in author: the organization is the publisher a
// report names ("previously checked by BOOM"), the journalist is kept as
// the review's Author.

// An agent is a Person or Organization as markup gives it.
type agent struct {
	name, url string
	person    bool // typed Person
}

// agentsOf returns the agents v names: a node, a reference, a bare name,
// or an array of them; those with neither name nor URL are left out.
func agentsOf(v any, ix index) []agent {
	if a, ok := v.([]any); ok {
		var out []agent
		for _, e := range a {
			if _, nested := e.([]any); nested {
				continue
			}
			out = append(out, agentsOf(e, ix)...)
		}
		return out
	}
	if s, ok := v.(string); ok {
		if s = oneLine(decodeRefs(s)); s != "" {
			return []agent{{name: s}}
		}
		return nil
	}
	n := ix.resolve(v)
	if n == nil {
		return nil
	}
	nv, _ := prop(n, "name")
	uv, _ := prop(n, "url")
	a := agent{name: oneLine(text(nv)), url: text(uv), person: hasType(n, "Person")}
	if a.name == "" && a.url == "" {
		return nil
	}
	return []agent{a}
}

// agentOf returns the first agent v names; the zero agent when none.
func agentOf(v any, ix index) agent {
	if as := agentsOf(v, ix); len(as) > 0 {
		return as[0]
	}
	return agent{}
}

// readAgents fills in r's Publisher, PublisherURL and Author from review
// node n: the publisher is n's publisher, else its first author that is
// not a Person, else the page's site name or the review URL's host; the
// author is n's first author that is a Person with a name.
func (st *readState) readAgents(r *Review, n node, ix index) {
	pv, _ := prop(n, "publisher")
	av, _ := prop(n, "author")
	pubs, authors := agentsOf(pv, ix), agentsOf(av, ix)
	for _, a := range authors {
		if a.person && a.name != "" {
			r.Author = a.name
			break
		}
	}
	var org agent
	found := false
	for _, a := range append(pubs, authors...) {
		if !a.person {
			org, found = a, true
			break
		}
	}
	if found {
		r.PublisherURL = st.resolve(r, "publisher url", org.url)
		r.Publisher = org.name
		if r.Publisher == "" {
			r.Publisher = hostName(r.PublisherURL)
		}
		return
	}
	r.Publisher = st.page.siteName
	if r.Publisher == "" {
		r.Publisher = hostName(r.URL)
	}
	if r.Publisher != "" {
		r.PublisherURL = origin(r.URL)
	}
}

// hostName returns the host of an absolute http(s) URL without "www.",
// the name a site goes by when it gives none; "" for other URLs.
func hostName(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Hostname() == "" {
		return ""
	}
	return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
}

// origin returns the scheme and host of an absolute http(s) URL with a
// slash ("https://www.boomlive.in/"); "" for other URLs.
func origin(s string) string {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.Scheme + "://" + u.Host + "/"
}
