package claims

import (
	"fmt"
	"math"

	"go.yaml.in/yaml/v3"
)

// This file reads values: the literals of facts and claims (parsed by
// their property's kind once all properties are known), time literals,
// and the mapping form that Encode writes for a value no literal carries.

// value reads a fact's or claim's value. A literal is recorded to be
// parsed by resolve; a mapping is read at once.
func (d *setDecoder) value(n *yaml.Node, claim bool, idx int, prop, what string) Value {
	m := d.deref(n)
	if m == nil {
		return Value{}
	}
	if m.Kind == yaml.MappingNode {
		return d.mapValue(n, what)
	}
	lit, ok := d.str(n, what)
	if !ok {
		return Value{}
	}
	d.fs.values = append(d.fs.values, pendingValue{claim: claim, idx: idx, lit: lit, prop: prop, pos: d.pos(n)})
	return Value{}
}

// timeValue reads a time: a literal ("2022-02-24", "March 2023", "1867")
// or the mapping form.
func (d *setDecoder) timeValue(n *yaml.Node, what string) Value {
	m := d.deref(n)
	if m == nil {
		return Value{}
	}
	if m.Kind == yaml.MappingNode {
		v := d.mapValue(n, what)
		if v.Kind != KindTime {
			d.errorf(n, "%s: want a time, got kind %q", what, v.Kind)
		}
		return v
	}
	lit, ok := d.str(n, what)
	if !ok {
		return Value{}
	}
	v, err := ParseValueKind(KindTime, lit)
	if err != nil {
		d.errorf(n, "%s: cannot read %q as a time: %s", what, clip(lit), trimPrefix(err))
		return Value{}
	}
	if v.Kind != KindTime {
		d.errorf(n, "%s: %q is not a time", what, clip(lit))
		return Value{}
	}
	return v
}

// mapValue reads the mapping form of a value, whose keys are the fields of
// a value in the JSON report.
func (d *setDecoder) mapValue(n *yaml.Node, what string) Value {
	var v Value
	var entityAt *yaml.Node
	for _, f := range d.fields(n, what, valueKeys) {
		switch f.key {
		case "kind":
			if s, ok := d.scalar(f.val, what+" kind"); ok {
				k, err := ParseKind(s)
				if err != nil {
					d.errorf(f.val, "%s", trimPrefix(err))
				}
				v.Kind = k
			}
		case "text":
			v.Text, _ = d.scalar(f.val, what+" text")
		case "amount":
			v.Amount, _ = d.float(f.val, what+" amount")
		case "unit":
			v.Unit, _ = d.scalar(f.val, what+" unit")
		case "cmp":
			if s, ok := d.scalar(f.val, what+" cmp"); ok {
				c, err := ParseComparator(s)
				if err != nil {
					d.errorf(f.val, "%s", trimPrefix(err))
				}
				v.Cmp = c
			}
		case "precision":
			if p, ok := d.float(f.val, what+" precision"); ok {
				if p < 0 {
					d.errorf(f.val, "%s precision: want a number >= 0, got %v", what, p)
				}
				v.Precision = p
			}
		case "start":
			v.Start = d.date(f.val, what+" start")
		case "end":
			v.End = d.date(f.val, what+" end")
		case "granularity":
			if s, ok := d.scalar(f.val, what+" granularity"); ok {
				g, err := ParseGranularity(s)
				if err != nil {
					d.errorf(f.val, "%s", trimPrefix(err))
				}
				v.Granularity = g
			}
		case "entity":
			v.Entity, _ = d.str(f.val, what+" entity")
			entityAt = f.val
		case "bool":
			if s, ok := d.scalar(f.val, what+" bool"); ok {
				switch s {
				case "true":
					v.Bool = true
				case "false":
				default:
					d.errorf(f.val, "%s bool: want true or false, got %q", what, clip(s))
				}
			}
		}
	}
	if v.Kind.IsEntity() && v.Entity != "" {
		d.addRef(refEntity, v.Entity, what, entityAt)
	}
	return v
}

// resolve parses the value literals of fs by their property's kind: a
// property declared in the set, a built-in one, or else KindUnknown, which
// guesses. When full is false (a file with includes, alone) a literal
// whose property is not declared here and that no guess fits is kept as
// text, since an include may declare the property.
func (fs *fileSet) resolve(full bool, errs *collector) {
	kinds := make(map[string]Kind)
	for _, p := range BuiltinProperties() {
		kinds[p.ID] = p.Kind
	}
	for i := len(fs.set.Properties) - 1; i >= 0; i-- { // the first declaration wins, as in Set.Property
		p := fs.set.Properties[i]
		kinds[p.ID] = p.Kind
	}
	// Aliases can repeat one literal a million times: parse it once.
	type key struct {
		k   Kind
		lit string
	}
	type result struct {
		v   Value
		err error
	}
	parsed := make(map[key]result)
	for _, pv := range fs.values {
		k, known := kinds[pv.prop]
		r, ok := parsed[key{k, pv.lit}]
		if !ok {
			r.v, r.err = parseFileValue(k, pv.lit)
			parsed[key{k, pv.lit}] = r
		}
		v, err := r.v, r.err
		if err != nil {
			if full || known {
				if errs.full() {
					continue
				}
				as := ""
				if k != KindUnknown {
					as = fmt.Sprintf(" as %s (the kind of property %q)", k, pv.prop)
				}
				errs.add(pv.pos, fmt.Sprintf("cannot read value %q%s: %s", clip(pv.lit), as, trimPrefix(err)))
				continue
			}
			v = Value{Text: pv.lit}
		}
		if v.Kind.IsEntity() && v.Entity != "" {
			fs.refs = append(fs.refs, ref{kind: refEntity, id: v.Entity, what: "value", pos: pv.pos})
		}
		if pv.claim {
			fs.set.Claims[pv.idx].Value = v
		} else {
			fs.set.Facts[pv.idx].Value = v
		}
	}
	fs.values = nil
}

// parseFileValue parses a literal by kind and refuses amounts that are
// not finite numbers.
func parseFileValue(k Kind, lit string) (Value, error) {
	v, err := ParseValueKind(k, lit)
	if err != nil {
		return Value{}, err
	}
	for _, x := range []float64{v.Amount, v.Precision} {
		if math.IsNaN(x) || math.IsInf(x, 0) {
			return Value{}, fmt.Errorf("claims: %q is not a finite amount", lit)
		}
	}
	return v, nil
}
