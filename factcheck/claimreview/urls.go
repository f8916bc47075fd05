package claimreview

import (
	"fmt"
	"html"
	"net/url"
	"strings"
)

// This file cleans what publishers write in text and URL fields: HTML
// character references left in JSON strings ("Singh&#039;s"), relative
// review URLs ("/estadao-verifica/…") and URLs without a scheme
// ("aosfatos.org/noticias/…").

// pageInfo is what an HTML page says about itself, for the reviews in it.
type pageInfo struct {
	base     *url.URL // the page's address: canonical link, og:url, or the Reader's BaseURL
	siteName string   // og:site_name
}

// decodeRefs decodes the HTML character references of s ("&#039;",
// "&amp;", "&eacute;"), twice when the markup escaped them twice
// ("&amp;#039;").
func decodeRefs(s string) string {
	for range 2 {
		if !strings.ContainsRune(s, '&') {
			break
		}
		d := html.UnescapeString(s)
		if d == s {
			break
		}
		s = d
	}
	return s
}

// parseBase returns s as a base for resolving URLs: an absolute http(s)
// URL, scheme-less ones given https; nil otherwise.
func parseBase(s string) *url.URL {
	s = withScheme(strings.TrimSpace(s))
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil
	}
	return u
}

// withScheme gives https:// to a URL written without a scheme whose first
// segment is a host name ("aosfatos.org/noticias/x", "//example.org/x");
// other strings are returned as they are.
func withScheme(s string) string {
	if strings.HasPrefix(s, "//") {
		return "https:" + s
	}
	if s == "" || strings.Contains(s, "://") || strings.ContainsAny(s[:1], "/.#?") {
		return s
	}
	host := s
	if i := strings.IndexAny(host, "/?#"); i >= 0 {
		host = host[:i]
	}
	if i := strings.LastIndexByte(host, ':'); i >= 0 && isPort(host[i+1:]) {
		host = host[:i]
	} else if strings.Contains(host, ":") {
		return s // a scheme such as mailto: or urn:
	}
	if !isHostName(host) {
		return s
	}
	return "https://" + s
}

// isHostName reports whether s reads as a DNS name with a dot and a
// top-level domain of letters: "aosfatos.org", "www.boomlive.in".
func isHostName(s string) bool {
	dot := strings.LastIndexByte(s, '.')
	if dot <= 0 || dot == len(s)-1 || len(s) > 253 {
		return false
	}
	for _, c := range s[dot+1:] {
		if !('a' <= c|0x20 && c|0x20 <= 'z') {
			return false
		}
	}
	for _, c := range s {
		if !('a' <= c|0x20 && c|0x20 <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '.') {
			return false
		}
	}
	return true
}

func isPort(s string) bool {
	if s == "" || len(s) > 5 {
		return false
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// resolve makes the URL s of field absolute: a scheme-less one gets
// https://, a relative one is resolved against the page's address. A
// relative URL with no address to resolve it against is kept as it is,
// with a warning on r.
func (st *readState) resolve(r *Review, field, s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	s = withScheme(s)
	u, err := url.Parse(s)
	if err != nil || u.IsAbs() {
		return s
	}
	if st.page.base == nil {
		r.Warnings = append(r.Warnings, fmt.Sprintf("%s %q is relative and the page gives no address (canonical link or og:url) to resolve it against; kept as it is", field, clip(s, 80)))
		return s
	}
	return st.page.base.ResolveReference(u).String()
}

// resolveRef resolves s against base; s as it is when it is no URL.
func resolveRef(base *url.URL, s string) string {
	u, err := url.Parse(s)
	if err != nil {
		return s
	}
	return base.ResolveReference(u).String()
}
