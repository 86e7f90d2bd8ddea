package scanner

import (
	"fmt"

	"github.com/coregx/ahocorasick"
)

// literalMatcher finds every lexicon literal in one pass. It wraps
// github.com/coregx/ahocorasick, chosen over cloudflare/ahocorasick because
// it reports positions, is safe for concurrent use and is the faster and
// smaller of the two (figures in docs/matcher.md). This file is the only
// place the library is named, so it can be measured or replaced alone.
type literalMatcher struct {
	ac *ahocorasick.Automaton
	// terms[i] is pattern i; owners[i] the rules that list it (a term may
	// be shared by several rules), or whose regular expression it unlocks.
	terms  []string
	owners [][]owner
}

// owner is a rule a literal belongs to: as one of its terms, or as a
// trigger — a literal of the rule's required set number set (set ≥ 0);
// the rule's pattern cannot match unless every set has one.
type owner struct {
	rule int
	set  int // -1 for a term
}

// literalHit is one occurrence of a literal: byte offsets in the view.
type literalHit struct {
	term       int
	start, end int
}

func newLiteralMatcher(termsByRule [][]string, triggersByRule [][][]string) (*literalMatcher, error) {
	m := &literalMatcher{}
	index := map[string]int{}
	add := func(rule int, list []string, set int) {
		for _, t := range list {
			i, ok := index[t]
			if !ok {
				i = len(m.terms)
				index[t] = i
				m.terms = append(m.terms, t)
				m.owners = append(m.owners, nil)
			}
			o := owner{rule, set}
			if n := len(m.owners[i]); n == 0 || m.owners[i][n-1] != o {
				m.owners[i] = append(m.owners[i], o)
			}
		}
	}
	for rule := range termsByRule {
		add(rule, termsByRule[rule], -1)
		for set, lits := range triggersByRule[rule] {
			add(rule, lits, set)
		}
	}
	if len(m.terms) == 0 {
		return m, nil
	}
	ac, err := ahocorasick.NewBuilder().AddStrings(m.terms).Build()
	if err != nil {
		return nil, fmt.Errorf("building the literal matcher: %w", err)
	}
	m.ac = ac
	return m, nil
}

// find returns every occurrence of every literal in s, overlapping ones
// included: "内部事项注意保管" yields 内部事项注意保管, 内部事项 and 注意保管,
// and the scanner keeps the best of overlapping findings.
func (m *literalMatcher) find(s string) []literalHit {
	if m.ac == nil || s == "" {
		return nil
	}
	ms := m.ac.FindAllOverlapping([]byte(s))
	out := make([]literalHit, len(ms))
	for i, x := range ms {
		out[i] = literalHit{term: x.PatternID, start: x.Start, end: x.End}
	}
	return out
}
