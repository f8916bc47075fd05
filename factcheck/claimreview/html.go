package claimreview

import (
	"bytes"
	"cmp"
	"strings"
)

// A scannedPage is what scanPage finds on an HTML page.
type scannedPage struct {
	// scripts are the contents of the ld+json scripts, in page order, and
	// offsets where each starts in the page.
	scripts [][]byte
	offsets []int
	// canonical is the href of <link rel="canonical">, ogURL and siteName
	// the content of <meta property="og:url"> and "og:site_name"; the
	// first of each, character references decoded.
	canonical, ogURL, siteName string
}

// ldScripts returns the contents of the <script> elements of an HTML page
// whose type is application/ld+json, in page order.
func ldScripts(page []byte) [][]byte { return scanPage(page).scripts }

// scanPage returns the ld+json scripts of an HTML page and the page's
// address and site name as its head gives them. It is a small
// tokenizer, not an HTML parser: it skips comments, declarations and the
// contents of raw-text elements (script, style, textarea…), reads quoted
// and unquoted attributes, and matches names and the type case-blind, with
// any parameters after ";" ignored. It runs in time linear in the page.
func scanPage(page []byte) scannedPage {
	var out scannedPage
	i := 0
	for i < len(page) {
		lt := bytes.IndexByte(page[i:], '<')
		if lt < 0 {
			break
		}
		i += lt
		rest := page[i:]
		switch {
		case bytes.HasPrefix(rest, []byte("<!--")):
			end := bytes.Index(rest[4:], []byte("-->"))
			if end < 0 {
				return out
			}
			i += 4 + end + 3
			continue
		case bytes.HasPrefix(rest, []byte("<!")), bytes.HasPrefix(rest, []byte("<?")):
			end := bytes.IndexByte(rest, '>')
			if end < 0 {
				return out
			}
			i += end + 1
			continue
		}
		name, attrs, n, ok := readTag(rest)
		if !ok {
			i++
			continue
		}
		i += n
		out.meta(name, attrs)
		if !rawText[name] {
			continue
		}
		body, m := rawTextBody(page[i:], name)
		if name == "script" && isLDJSON(attrs["type"]) {
			out.scripts = append(out.scripts, body)
			out.offsets = append(out.offsets, i)
		}
		i += m
	}
	return out
}

// meta records the page's address and site name from a <link> or <meta>
// tag.
func (p *scannedPage) meta(name string, attrs map[string]string) {
	set := func(dst *string, v string) {
		if *dst == "" {
			*dst = oneLine(decodeRefs(v))
		}
	}
	switch name {
	case "link":
		for _, rel := range strings.Fields(strings.ToLower(attrs["rel"])) {
			if rel == "canonical" {
				set(&p.canonical, attrs["href"])
			}
		}
	case "meta":
		prop := strings.ToLower(strings.TrimSpace(cmp.Or(attrs["property"], attrs["name"])))
		switch prop {
		case "og:url":
			set(&p.ogURL, attrs["content"])
		case "og:site_name":
			set(&p.siteName, attrs["content"])
		}
	}
}

// rawText lists the elements whose contents are not markup: their first
// closing tag ends them.
var rawText = map[string]bool{
	"script": true, "style": true, "textarea": true, "title": true,
	"xmp": true, "iframe": true, "noembed": true, "noframes": true,
}

// readTag reads the start tag at the front of s ("<name attr=…>") and
// returns its lowercased name, its attributes (names lowercased, first
// occurrence kept) and its length. ok is false when s does not start with
// a start tag; an end tag is read with an empty name.
func readTag(s []byte) (name string, attrs map[string]string, n int, ok bool) {
	i := 1
	end := false
	if i < len(s) && s[i] == '/' {
		end = true
		i++
	}
	start := i
	for i < len(s) && isNameByte(s[i]) {
		i++
	}
	if i == start || !isASCIILetter(s[start]) {
		return "", nil, 0, false
	}
	name = strings.ToLower(string(s[start:i]))
	if end {
		name = ""
	}
	attrs = make(map[string]string)
	for i < len(s) {
		for i < len(s) && (isSpace(s[i]) || s[i] == '/') {
			i++
		}
		if i >= len(s) {
			break
		}
		if s[i] == '>' {
			return name, attrs, i + 1, true
		}
		ks := i
		for i < len(s) && !isSpace(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/' {
			i++
		}
		if i == ks { // a stray "=": step over it
			i++
			continue
		}
		key := strings.ToLower(string(s[ks:i]))
		for i < len(s) && isSpace(s[i]) {
			i++
		}
		val := ""
		if i < len(s) && s[i] == '=' {
			i++
			for i < len(s) && isSpace(s[i]) {
				i++
			}
			if i < len(s) && (s[i] == '"' || s[i] == '\'') {
				q := s[i]
				i++
				vs := i
				for i < len(s) && s[i] != q {
					i++
				}
				val = string(s[vs:i])
				if i < len(s) {
					i++
				}
			} else {
				vs := i
				for i < len(s) && !isSpace(s[i]) && s[i] != '>' {
					i++
				}
				val = string(s[vs:i])
			}
		}
		if _, dup := attrs[key]; !dup {
			attrs[key] = val
		}
	}
	return name, attrs, len(s), true // the page ends inside the tag
}

// rawTextBody returns the contents of a raw-text element up to its closing
// tag, and the length consumed, closing tag included.
func rawTextBody(s []byte, name string) (body []byte, n int) {
	for i := 0; i < len(s); {
		k := bytes.Index(s[i:], []byte("</"))
		if k < 0 {
			break
		}
		k += i
		j := k + 2
		if j+len(name) <= len(s) && strings.EqualFold(string(s[j:j+len(name)]), name) &&
			(j+len(name) == len(s) || !isNameByte(s[j+len(name)])) {
			end := bytes.IndexByte(s[j:], '>')
			if end < 0 {
				return s[:k], len(s)
			}
			return s[:k], j + end + 1
		}
		i = k + 2
	}
	return s, len(s)
}

// isLDJSON reports whether a script's type attribute names JSON-LD:
// "application/ld+json", in any case, with spaces or parameters around.
func isLDJSON(typ string) bool {
	if i := strings.IndexByte(typ, ';'); i >= 0 {
		typ = typ[:i]
	}
	return strings.EqualFold(strings.TrimSpace(typ), "application/ld+json")
}

func isSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'
}

func isASCIILetter(c byte) bool { return 'a' <= c|0x20 && c|0x20 <= 'z' }

func isNameByte(c byte) bool {
	return isASCIILetter(c) || '0' <= c && c <= '9' || c == '-' || c == '_' || c == ':'
}

// unwrapScript strips the comment and CDATA wrappers pages put around
// script contents for old browsers.
func unwrapScript(b []byte) []byte {
	b = bytes.TrimSpace(b)
	for _, p := range []string{"<!--", "//<![CDATA[", "/*<![CDATA[*/", "<![CDATA["} {
		b = bytes.TrimSpace(bytes.TrimPrefix(b, []byte(p)))
	}
	for _, s := range []string{"-->", "//]]>", "/*]]>*/", "]]>"} {
		b = bytes.TrimSpace(bytes.TrimSuffix(b, []byte(s)))
	}
	return b
}
