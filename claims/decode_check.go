package claims

import (
	"fmt"
	"slices"
	"strings"
)

// This file checks a decoded (or merged) set as a whole: ids defined
// twice, ids named but not defined, part_of cycles, spans beyond the text.

// validate checks fs. When full is false (a file with includes, alone),
// references are not checked: an include may define them.
func (fs *fileSet) validate(full bool, errs *collector) {
	s := fs.set
	entities := indexIDs(errs, "entity", len(s.Entities), func(i int) (string, Pos) { return s.Entities[i].ID, s.Entities[i].Pos })
	indexIDs(errs, "property", len(s.Properties), func(i int) (string, Pos) { return s.Properties[i].ID, s.Properties[i].Pos })
	sources := indexIDs(errs, "source", len(s.Sources), func(i int) (string, Pos) { return s.Sources[i].ID, s.Sources[i].Pos })
	claims := indexIDs(errs, "claim", len(s.Claims), func(i int) (string, Pos) { return s.Claims[i].ID, s.Claims[i].Pos })
	fs.checkPartOf(errs)
	if !full {
		return
	}
	names := make(map[refKind][]string) // sorted ids, for suggestions
	for _, r := range fs.refs {
		var defined map[string]Pos
		var what string
		switch r.kind {
		case refEntity:
			defined, what = entities, "entity"
		case refSource:
			defined, what = sources, "source"
		case refClaim:
			defined, what = claims, "claim"
		}
		if _, ok := defined[r.id]; ok || errs.full() {
			continue
		}
		if _, ok := names[r.kind]; !ok {
			names[r.kind] = sortedIDs(defined)
		}
		errs.add(r.pos, fmt.Sprintf("unknown %s %q in %s%s", what, clip(r.id), r.what, suggest(r.id, names[r.kind])))
	}
	if n := len(s.Document.Text); n > 0 {
		for _, c := range s.Claims {
			if c.Span.End > n {
				errs.add(c.Pos, fmt.Sprintf("claim %q: span [%d, %d] ends beyond the document text (%d bytes)", clip(c.ID), c.Span.Start, c.Span.End, n))
			}
		}
	}
}

// indexIDs maps the ids of n items to where each is first defined,
// reporting the later definitions of an id.
func indexIDs(errs *collector, what string, n int, item func(int) (string, Pos)) map[string]Pos {
	seen := make(map[string]Pos, n)
	for i := range n {
		id, pos := item(i)
		if first, dup := seen[id]; dup {
			if errs.full() {
				continue
			}
			errs.add(pos, fmt.Sprintf("duplicate %s id %q (first defined at %s)", what, clip(id), relPos(first, pos)))
			continue
		}
		seen[id] = pos
	}
	return seen
}

// relPos writes p for a message at pos: "line 3" in the same file,
// "kb.yaml:3:5" in another.
func relPos(p, at Pos) string {
	if p.File == at.File {
		return fmt.Sprintf("line %d", p.Line)
	}
	return p.String()
}

// sortedIDs returns the ids of defined in order, or none when there are
// too many to look through for a suggestion.
func sortedIDs(defined map[string]Pos) []string {
	if len(defined) > 5000 {
		return nil
	}
	ids := make([]string, 0, len(defined))
	for id := range defined {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	return ids
}

// checkPartOf reports each part_of cycle among the set's entities once:
// a place that lies in itself would send every walk up part_of links
// round for ever.
func (fs *fileSet) checkPartOf(errs *collector) {
	ents := fs.set.Entities
	idx := make(map[string]int, len(ents))
	for i, e := range ents {
		if _, dup := idx[e.ID]; !dup {
			idx[e.ID] = i
		}
	}
	const (
		unseen = iota
		onPath
		done
	)
	state := make([]uint8, len(ents))
	type frame struct{ i, next int }
	for start := range ents {
		if state[start] != unseen {
			continue
		}
		path := []frame{{start, 0}}
		state[start] = onPath
		for len(path) > 0 {
			top := &path[len(path)-1]
			parents := ents[top.i].PartOf
			if top.next == len(parents) {
				state[top.i] = done
				path = path[:len(path)-1]
				continue
			}
			j, ok := idx[parents[top.next]]
			top.next++
			if !ok {
				continue
			}
			switch state[j] {
			case unseen:
				state[j] = onPath
				path = append(path, frame{j, 0})
			case onPath:
				var names []string
				for k := len(path) - 1; k >= 0; k-- {
					names = append(names, ents[path[k].i].ID)
					if path[k].i == j {
						break
					}
				}
				slices.Reverse(names)
				names = append(names, ents[j].ID)
				errs.add(ents[j].Pos, "part_of cycle: "+strings.Join(names, " → "))
			}
		}
	}
}
