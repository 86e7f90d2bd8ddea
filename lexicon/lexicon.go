// Package lexicon loads the rules the scanner applies: the embedded default
// and, on top of it, the bureau's own files in order.
//
// Why YAML: the 局保密办 edits these files by hand. YAML takes comments
// (the reason a term is there matters as much as the term) and Chinese
// without quotes, and a rule is one indented block. TOML would need a
// [[rules]] table per rule and [rules.context] sub-tables whose nesting is
// easy to get wrong by hand; JSON takes no comments. yaml.v3's Node keeps
// line numbers, so every error names file:line.
//
// The format, rule by rule (see default.yaml for worked examples):
//
//	id:        unique name; a later layer's rule with the same id replaces it
//	category:  state_secret | work_secret | commercial_secret | personal_privacy | other
//	severity:  high | medium | low — the rule's severity where it applies;
//	           the scanner's one severity table turns a marking into high and
//	           a mention into low whatever this says
//	terms:     literal phrases (matched in one Aho-Corasick pass), or
//	pattern:   an RE2 expression; a named group (?P<m>…) narrows the match
//	basis:     the clause the finding rests on, in words, shown to reviewers
//	context:   {raise: [...], lower: [...], require: [...], window: N}
//	           words within N characters (default 20) either side: raise
//	           lifts the severity one step, lower drops it one step,
//	           require (any one) must be present or the hit drops to low
//	exclude:   phrases that make a hit harmless when they overlap it
//	           (内部控制, 有机密封)
//	position:  any (default) | marking | line | head | field — where the
//	           hit must stand to count; elsewhere it is a mention
//	mention:   low (default) | none | medium — what a hit is when it does
//	           not stand in its position
//	validator: id_card | uscc | bank_card | phone — a check the match must pass
//	public_note: true — the hit says the document is meant for publication
//	           (附注 此件公开发布): unmarked content signals drop one step
//	disable:   true — switch off an earlier layer's rule with this id
//
// Patterns and terms run on the normalised view of the text (package
// textnorm): NFKC, 简体, no white space between Chinese characters, so
// （ ） are ( ) and a term "内部事项 注意保管" matches with or without the
// space. The bureau's own list may itself be a work secret: it is never
// embedded, and reports cite a rule's id and the document's text, never
// the list's terms.
package lexicon

import (
	"bytes"
	"crypto/sha256"
	_ "embed"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"regexp"
	"strings"

	"gopkg.in/yaml.v3"

	"github.com/bureau/mishen/identifiers"
	"github.com/bureau/mishen/textnorm"
)

//go:embed default.yaml
var defaultYAML []byte

// DefaultName is how the embedded layer is named in errors and sources.
const DefaultName = "default.yaml"

// Positions a rule may require.
const (
	PosAny     = "any"
	PosMarking = "marking" // head of a line, a header or footer, set off by white space
	PosLine    = "line"    // alone on its line (or in a header/footer)
	PosHead    = "head"    // a marking position or the end of a short (title) line
	PosField   = "field"   // the pattern carries its own label (密级：…): a marking anywhere
)

// Mention severities.
const (
	MentionLow    = "low"
	MentionNone   = "none"
	MentionMedium = "medium"
)

var (
	categories = map[string]bool{"state_secret": true, "work_secret": true, "commercial_secret": true, "personal_privacy": true, "other": true}
	severities = map[string]bool{"high": true, "medium": true, "low": true}
	positions  = map[string]bool{PosAny: true, PosMarking: true, PosLine: true, PosHead: true, PosField: true}
	mentions   = map[string]bool{MentionLow: true, MentionNone: true, MentionMedium: true}
	ruleKeys   = map[string]bool{"id": true, "category": true, "severity": true, "terms": true, "pattern": true, "basis": true, "context": true, "exclude": true, "position": true, "mention": true, "validator": true, "disable": true, "public_note": true}
	ctxKeys    = map[string]bool{"raise": true, "lower": true, "require": true, "window": true}
)

// DefaultWindow is the context window, in characters each side, when a
// rule gives none.
const DefaultWindow = 20

// Context words near a hit.
type Context struct {
	Raise   []string `yaml:"raise"`
	Lower   []string `yaml:"lower"`
	Require []string `yaml:"require"`
	Window  int      `yaml:"window"`
}

// Rule is one lexicon rule after loading: terms, context words and
// exclusions are already in the normalised view's form.
type Rule struct {
	ID         string   `yaml:"id"`
	Category   string   `yaml:"category"`
	Severity   string   `yaml:"severity"`
	Terms      []string `yaml:"terms"`
	Pattern    string   `yaml:"pattern"`
	Basis      string   `yaml:"basis"`
	Context    Context  `yaml:"context"`
	Exclude    []string `yaml:"exclude"`
	Position   string   `yaml:"position"`
	Mention    string   `yaml:"mention"`
	Validator  string   `yaml:"validator"`
	PublicNote bool     `yaml:"public_note"`
	Disable    bool     `yaml:"disable"`

	// Source is where the rule was defined, "file:line".
	Source string `yaml:"-"`
	// Regexp is Pattern compiled, nil for a terms rule.
	Regexp *regexp.Regexp `yaml:"-"`
	// Group is the index of the (?P<m>…) group in Regexp, 0 for the whole match.
	Group int `yaml:"-"`
}

// Lexicon is the merged rule set of all layers.
type Lexicon struct {
	rules   []*Rule
	version string
	layers  []string
}

// Rules in load order (a replaced rule keeps its first position).
func (l *Lexicon) Rules() []*Rule { return l.rules }

// Layers names the files loaded, the default first if it was.
func (l *Lexicon) Layers() []string { return l.layers }

// Version is a short content hash of every loaded layer in order: two runs
// with the same version applied the same rules.
func (l *Lexicon) Version() string { return l.version }

// DefaultVersion is the version of the embedded default alone.
func DefaultVersion() string { return version([][]byte{defaultYAML}) }

// DefaultSource is the embedded default lexicon's text, for `mishen lexicon
// show-default` style tooling and tests.
func DefaultSource() []byte { return bytes.Clone(defaultYAML) }

func version(layers [][]byte) string {
	h := sha256.New()
	for _, b := range layers {
		fmt.Fprintf(h, "%d\n", len(b))
		h.Write(b)
	}
	return hex.EncodeToString(h.Sum(nil))[:12]
}

// Load reads the default (when withDefault) and then each file in order; a
// rule whose id an earlier layer defined replaces it, or removes it when it
// says disable: true. The error lists every problem found, each as file:line.
func Load(files []string, withDefault bool) (*Lexicon, error) {
	l := &Lexicon{}
	var contents [][]byte
	var errs []error
	index := map[string]int{}
	add := func(name string, data []byte) {
		rules, ferrs := parse(name, data)
		errs = append(errs, ferrs...)
		contents = append(contents, data)
		l.layers = append(l.layers, name)
		for _, r := range rules {
			i, seen := index[r.ID]
			switch {
			case r.Disable && seen:
				l.rules[i] = nil
				delete(index, r.ID)
			case r.Disable:
				// Disabling a rule no loaded layer has is harmless (the
				// default may be off with --no-default-lexicon).
			case seen:
				l.rules[i] = r
			default:
				index[r.ID] = len(l.rules)
				l.rules = append(l.rules, r)
			}
		}
	}
	if withDefault {
		add(DefaultName, defaultYAML)
	}
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: cannot read lexicon: %w", f, errors.Unwrap(err)))
			continue
		}
		add(f, data)
	}
	if len(errs) > 0 {
		return nil, errors.Join(errs...)
	}
	kept := l.rules[:0]
	for _, r := range l.rules {
		if r != nil {
			kept = append(kept, r)
		}
	}
	l.rules = kept
	l.version = version(contents)
	return l, nil
}

// Check validates lexicon files one by one (each alone, without the
// default): YAML syntax, unknown fields, duplicate ids, empty terms, bad
// patterns, unknown categories, severities, positions and validators.
func Check(files ...string) []error {
	var errs []error
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			errs = append(errs, fmt.Errorf("%s: cannot read lexicon: %w", f, errors.Unwrap(err)))
			continue
		}
		_, ferrs := parse(f, data)
		errs = append(errs, ferrs...)
	}
	return errs
}

// parse reads one layer. It returns every error it can find rather than
// the first, so one `lexicon check` run lists them all.
func parse(name string, data []byte) ([]*Rule, []error) {
	var errs []error
	at := func(n *yaml.Node, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", name, n.Line, fmt.Sprintf(format, args...)))
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		// yaml.v3's messages already read "yaml: line N: …".
		msg := strings.TrimPrefix(err.Error(), "yaml: ")
		line := 0
		fmt.Sscanf(msg, "line %d:", &line)
		if line > 0 {
			msg = strings.TrimSpace(msg[strings.Index(msg, ":")+1:])
		}
		return nil, []error{fmt.Errorf("%s:%d: not valid YAML: %s", name, max(line, 1), msg)}
	}
	if doc.Kind == 0 || len(doc.Content) == 0 {
		return nil, []error{fmt.Errorf("%s:1: empty lexicon: expected a top-level \"rules:\" list", name)}
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		at(top, "expected a mapping with a \"rules:\" list at the top")
		return nil, errs
	}
	var list *yaml.Node
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		switch k.Value {
		case "rules":
			list = v
		case "version", "description", "name":
			// Informational; the content hash is the version that counts.
		default:
			at(k, "unknown top-level field %q (expected rules, version, description)", k.Value)
		}
	}
	if list == nil {
		at(top, "no \"rules:\" list")
		return nil, errs
	}
	if list.Kind != yaml.SequenceNode {
		at(list, "\"rules\" must be a list of rules (each item starting with \"- id:\")")
		return nil, errs
	}
	var rules []*Rule
	seen := map[string]int{}
	for _, n := range list.Content {
		r, rerrs := parseRule(name, n)
		errs = append(errs, rerrs...)
		if r == nil {
			continue
		}
		if first, dup := seen[r.ID]; dup {
			at(n, "duplicate rule id %q (first defined at line %d)", r.ID, first)
			continue
		}
		seen[r.ID] = n.Line
		rules = append(rules, r)
	}
	return rules, errs
}

func parseRule(name string, n *yaml.Node) (*Rule, []error) {
	var errs []error
	at := func(n *yaml.Node, format string, args ...any) {
		errs = append(errs, fmt.Errorf("%s:%d: %s", name, n.Line, fmt.Sprintf(format, args...)))
	}
	if n.Kind != yaml.MappingNode {
		at(n, "a rule must be a mapping (id:, category:, …)")
		return nil, errs
	}
	lines := map[string]*yaml.Node{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if !ruleKeys[k.Value] {
			at(k, "unknown field %q", k.Value)
		}
		lines[k.Value] = v
		if k.Value == "context" && v.Kind == yaml.MappingNode {
			for j := 0; j+1 < len(v.Content); j += 2 {
				if ck := v.Content[j]; !ctxKeys[ck.Value] {
					at(ck, "unknown context field %q (expected raise, lower, require, window)", ck.Value)
				}
			}
		}
	}
	r := &Rule{}
	if err := n.Decode(r); err != nil {
		at(n, "%s", strings.TrimPrefix(err.Error(), "yaml: "))
		return nil, errs
	}
	r.Source = fmt.Sprintf("%s:%d", name, n.Line)
	node := func(key string) *yaml.Node {
		if v, ok := lines[key]; ok {
			return v
		}
		return n
	}
	if r.ID == "" {
		at(n, "rule without an id")
		return nil, errs
	}
	if r.Disable {
		// A disabling rule needs nothing but its id.
		return r, errs
	}
	if !categories[r.Category] {
		at(node("category"), "rule %s: unknown category %q (expected state_secret, work_secret, commercial_secret, personal_privacy, other)", r.ID, r.Category)
	}
	if !severities[r.Severity] {
		at(node("severity"), "rule %s: unknown severity %q (expected high, medium, low)", r.ID, r.Severity)
	}
	if strings.TrimSpace(r.Basis) == "" {
		at(node("basis"), "rule %s: no basis (the clause in words that reviewers will read)", r.ID)
	}
	if r.Position == "" {
		r.Position = PosAny
	}
	if !positions[r.Position] {
		at(node("position"), "rule %s: unknown position %q (expected any, marking, line, head, field)", r.ID, r.Position)
	}
	if r.Mention == "" {
		r.Mention = MentionLow
	}
	if !mentions[r.Mention] {
		at(node("mention"), "rule %s: unknown mention %q (expected low, none, medium)", r.ID, r.Mention)
	}
	if r.Validator != "" {
		if _, ok := identifiers.ByName[r.Validator]; !ok {
			at(node("validator"), "rule %s: unknown validator %q (expected id_card, uscc, bank_card, phone)", r.ID, r.Validator)
		}
	}
	if r.Context.Window < 0 || r.Context.Window > 200 {
		at(node("context"), "rule %s: context window %d out of range 0–200", r.ID, r.Context.Window)
	}
	if r.Context.Window == 0 {
		r.Context.Window = DefaultWindow
	}
	switch {
	case len(r.Terms) == 0 && r.Pattern == "":
		at(n, "rule %s: needs terms or a pattern", r.ID)
	case len(r.Terms) > 0 && r.Pattern != "":
		at(node("pattern"), "rule %s: give terms or a pattern, not both (split it into two rules)", r.ID)
	}
	if r.Pattern != "" {
		re, err := regexp.Compile(r.Pattern)
		if err != nil {
			at(node("pattern"), "rule %s: bad pattern: %s", r.ID, strings.TrimPrefix(err.Error(), "error parsing regexp: "))
		} else {
			r.Regexp = re
			if g := re.SubexpIndex("m"); g > 0 {
				r.Group = g
			}
			if re.MatchString("") {
				at(node("pattern"), "rule %s: pattern matches the empty string", r.ID)
			}
		}
	}
	fold := func(key string, list []string) []string {
		out := make([]string, 0, len(list))
		for i, t := range list {
			f := textnorm.Fold(t)
			if f == "" {
				at(itemNode(node(key), i), "rule %s: empty %s entry", r.ID, key)
				continue
			}
			out = append(out, f)
		}
		return out
	}
	r.Terms = fold("terms", r.Terms)
	r.Exclude = fold("exclude", r.Exclude)
	r.Context.Raise = fold("context", r.Context.Raise)
	r.Context.Lower = fold("context", r.Context.Lower)
	r.Context.Require = fold("context", r.Context.Require)
	return r, errs
}

// itemNode is the i-th item of a sequence node, for the line of an error
// about one term; the sequence itself when the shape is unexpected.
func itemNode(seq *yaml.Node, i int) *yaml.Node {
	if seq.Kind == yaml.SequenceNode && i < len(seq.Content) {
		return seq.Content[i]
	}
	return seq
}
