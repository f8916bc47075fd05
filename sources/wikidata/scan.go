package wikidata

import (
	"encoding/json"
	"errors"
	"fmt"
)

// A scanner walks the JSON of an entity without decoding the parts a
// knowledge base does not keep (the terms of other languages, the
// sitelinks, the statements of unmapped properties), which are most of
// its bytes: it checks their structure (brackets, strings, literals) and
// skips them, several times faster than decoding them. The parts kept
// are decoded with encoding/json.
type scanner struct {
	b []byte
	i int
}

var errEnd = errors.New("unexpected end of JSON input")

func (s *scanner) errorf(format string, args ...any) error {
	return fmt.Errorf("offset %d in the entity: "+format, append([]any{s.i}, args...)...)
}

func (s *scanner) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// peek returns the next byte after white space, or 0 at the end.
func (s *scanner) peek() byte {
	s.ws()
	if s.i < len(s.b) {
		return s.b[s.i]
	}
	return 0
}

func (s *scanner) expect(c byte) error {
	if s.peek() != c {
		if s.i >= len(s.b) {
			return errEnd
		}
		return s.errorf("want %q, got %q", c, s.b[s.i])
	}
	s.i++
	return nil
}

// str reads a string and returns its raw bytes, quotes included.
func (s *scanner) str() ([]byte, error) {
	if err := s.expect('"'); err != nil {
		return nil, err
	}
	start := s.i - 1
	for s.i < len(s.b) {
		switch c := s.b[s.i]; {
		case c == '"':
			s.i++
			return s.b[start:s.i], nil
		case c == '\\':
			s.i += 2
		case c < 0x20:
			return nil, s.errorf("control character in a string")
		default:
			s.i++
		}
	}
	return nil, errEnd
}

// key reads an object key and decodes it.
func (s *scanner) key() (string, error) {
	raw, err := s.str()
	if err != nil {
		return "", err
	}
	for _, c := range raw[1 : len(raw)-1] {
		if c == '\\' {
			var k string
			if err := json.Unmarshal(raw, &k); err != nil {
				return "", s.errorf("bad key: %v", err)
			}
			return k, nil
		}
	}
	return string(raw[1 : len(raw)-1]), nil
}

// maxDepth bounds the nesting of skipped values.
const maxDepth = 1000

// skip skips one value.
func (s *scanner) skip() error {
	depth := 0
	for {
		switch c := s.peek(); c {
		case 0:
			return errEnd
		case '"':
			if _, err := s.str(); err != nil {
				return err
			}
		case '{', '[':
			s.i++
			if depth++; depth > maxDepth {
				return s.errorf("nesting deeper than %d", maxDepth)
			}
			if c == '{' {
				if s.peek() == '}' {
					s.i++
					depth--
					break
				}
				if err := s.memberKey(); err != nil {
					return err
				}
			} else if s.peek() == ']' {
				s.i++
				depth--
				break
			}
			continue // the first value of the container
		case 't', 'f', 'n':
			if err := s.literal(); err != nil {
				return err
			}
		default:
			if c != '-' && (c < '0' || c > '9') {
				return s.errorf("unexpected %q", c)
			}
			for s.i < len(s.b) && (s.b[s.i] >= '0' && s.b[s.i] <= '9' || s.b[s.i] == '.' || s.b[s.i] == 'e' ||
				s.b[s.i] == 'E' || s.b[s.i] == '-' || s.b[s.i] == '+') {
				s.i++
			}
		}
		// after a value: the end of containers, or the next member
		for {
			if depth == 0 {
				return nil
			}
			switch c := s.peek(); c {
			case ',':
				s.i++
				if err := s.nextMember(); err != nil {
					return err
				}
			case '}', ']':
				s.i++
				depth--
				continue
			case 0:
				return errEnd
			default:
				return s.errorf("unexpected %q after a value", c)
			}
			break
		}
	}
}

// nextMember reads, after a comma, the key of the next member when the
// container being skipped is an object. The container's kind is found
// from the next byte: a string followed by a colon is a key.
func (s *scanner) nextMember() error {
	if s.peek() != '"' {
		return nil
	}
	save := s.i
	if _, err := s.str(); err != nil {
		return err
	}
	if s.peek() == ':' {
		s.i++
		return nil
	}
	s.i = save // a string value in an array
	return nil
}

// memberKey reads the first key of an object and its colon.
func (s *scanner) memberKey() error {
	if _, err := s.str(); err != nil {
		return err
	}
	return s.expect(':')
}

func (s *scanner) literal() error {
	for _, lit := range []string{"true", "false", "null"} {
		if len(s.b)-s.i >= len(lit) && string(s.b[s.i:s.i+len(lit)]) == lit {
			s.i += len(lit)
			return nil
		}
	}
	return s.errorf("bad literal")
}

// value returns the raw bytes of the next value.
func (s *scanner) value() ([]byte, error) {
	s.ws()
	start := s.i
	if err := s.skip(); err != nil {
		return nil, err
	}
	return s.b[start:s.i], nil
}

// object calls fn for each member of an object; fn must consume the
// member's value.
func (s *scanner) object(fn func(key string) error) error {
	if err := s.expect('{'); err != nil {
		return err
	}
	if s.peek() == '}' {
		s.i++
		return nil
	}
	for {
		k, err := s.key()
		if err != nil {
			return err
		}
		if err := s.expect(':'); err != nil {
			return err
		}
		if err := fn(k); err != nil {
			return err
		}
		switch s.peek() {
		case ',':
			s.i++
		case '}':
			s.i++
			return nil
		case 0:
			return errEnd
		default:
			return s.errorf("want , or } in an object, got %q", s.b[s.i])
		}
	}
}

// array calls fn for each element of an array; fn must consume it.
func (s *scanner) array(fn func() error) error {
	if err := s.expect('['); err != nil {
		return err
	}
	if s.peek() == ']' {
		s.i++
		return nil
	}
	for {
		if err := fn(); err != nil {
			return err
		}
		switch s.peek() {
		case ',':
			s.i++
		case ']':
			s.i++
			return nil
		case 0:
			return errEnd
		default:
			return s.errorf("want , or ] in an array, got %q", s.b[s.i])
		}
	}
}

// scanEntity fills je from data, keeping what f keeps and skipping the
// rest.
func scanEntity(data []byte, f *Filter, je *jsonEntity) error {
	s := &scanner{b: data}
	terms := func(dst *map[string]json.RawMessage) error {
		if s.peek() == '[' { // an empty map is written [] by PHP
			return s.skip()
		}
		return s.object(func(lang string) error {
			if !f.lang(lang) {
				return s.skip()
			}
			v, err := s.value()
			if err != nil {
				return err
			}
			if *dst == nil {
				*dst = map[string]json.RawMessage{}
			}
			(*dst)[lang] = v
			return nil
		})
	}
	err := s.object(func(k string) error {
		switch k {
		case "id", "type":
			v, err := s.value()
			if err != nil {
				return err
			}
			var str string
			if err := json.Unmarshal(v, &str); err != nil {
				return fmt.Errorf("%s: %w", k, err)
			}
			if k == "id" {
				je.ID = str
			} else {
				je.Type = str
			}
		case "missing":
			if err := s.skip(); err != nil {
				return err
			}
			m := ""
			je.Missing = &m
		case "labels":
			return terms(&je.Labels)
		case "descriptions":
			return terms(&je.Descriptions)
		case "aliases":
			return terms(&je.Aliases)
		case "sitelinks":
			if s.peek() == '[' {
				return s.skip()
			}
			// count the sites, each once (a key given twice is one site)
			seen := make(map[string]struct{}, 64)
			err := s.object(func(site string) error { seen[site] = struct{}{}; return s.skip() })
			je.sitelinks = len(seen)
			return err
		case "claims":
			if s.peek() == '[' {
				return s.skip()
			}
			return s.object(func(pid string) error {
				if f != nil && f.Properties != nil && !f.Properties[pid] {
					return s.skip()
				}
				var list []json.RawMessage
				err := s.array(func() error {
					v, err := s.value()
					list = append(list, v)
					return err
				})
				if je.Claims == nil {
					je.Claims = map[string][]json.RawMessage{}
				}
				je.Claims[pid] = list
				return err
			})
		default:
			return s.skip()
		}
		return nil
	})
	if err != nil {
		return err
	}
	if s.peek() != 0 {
		return s.errorf("data after the entity")
	}
	return nil
}
