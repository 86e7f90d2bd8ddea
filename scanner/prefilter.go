package scanner

import "regexp/syntax"

// requiredLiterals returns a set of strings at least one of which occurs in
// every match of the pattern, or nil when no such set is known (or it would
// be too weak to help: single ASCII characters, classes of many runes).
//
// Go's regexp has no DFA: on a long text each pattern runs a slow NFA. Most
// patterns cannot match most documents (no 密级, no 此件, no 住址…), so the
// literal matcher's one pass also looks for these literals, and a pattern
// runs only on parts where one of them was seen. Skipping a pattern is
// exact: without a required literal there is no match to miss.
func requiredLiterals(pattern string) []string {
	sets := requiredSets(pattern)
	if len(sets) == 0 {
		return nil
	}
	return sets[0]
}

// requiredSets is the conjunction form: every match holds a literal from
// each set. A top-level sequence gives one set per element that has one
// (关于 … 的请示: {关于} and {请示, 汇报, 签报}), so a pattern runs only
// where all of them were seen — "关于" alone, in every document, is not
// enough. The strongest set comes first.
func requiredSets(pattern string) [][]string {
	re, err := syntax.Parse(pattern, syntax.Perl)
	if err != nil {
		return nil
	}
	re = re.Simplify()
	for re.Op == syntax.OpCapture {
		re = re.Sub[0]
	}
	var sets [][]string
	if re.Op == syntax.OpConcat {
		for _, sub := range re.Sub {
			if set := useful(req(sub)); set != nil {
				sets = append(sets, set)
			}
		}
	} else if set := useful(req(re)); set != nil {
		sets = append(sets, set)
	}
	// Strongest first: longest shortest literal.
	for i := 1; i < len(sets); i++ {
		for j := i; j > 0 && minLen(sets[j]) > minLen(sets[j-1]); j-- {
			sets[j], sets[j-1] = sets[j-1], sets[j]
		}
	}
	if len(sets) > 8 {
		sets = sets[:8]
	}
	return sets
}

// useful drops a set holding a single ASCII byte: it occurs everywhere.
func useful(set []string) []string {
	for _, s := range set {
		if len(s) == 1 {
			return nil
		}
	}
	return set
}

const maxSet = 64

func req(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCharClass:
		// A small class of runes: each rune is a literal.
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) >= 16 {
					return nil
				}
				out = append(out, string(r))
			}
		}
		return out
	case syntax.OpCapture:
		return req(re.Sub[0])
	case syntax.OpPlus:
		return req(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return req(re.Sub[0])
		}
		return nil
	case syntax.OpConcat:
		// Any child's set will do; take the one whose shortest literal is
		// longest (fewer chance hits), and among equals the smaller set.
		var best []string
		bestLen := 0
		for _, sub := range re.Sub {
			s := req(sub)
			if s == nil {
				continue
			}
			if l := minLen(s); l > bestLen || l == bestLen && len(s) < len(best) {
				best, bestLen = s, l
			}
		}
		return best
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			s := req(sub)
			if s == nil {
				return nil
			}
			out = append(out, s...)
			if len(out) > maxSet {
				return nil
			}
		}
		return out
	}
	return nil
}

// minLen is the byte length of the shortest literal in set: a Chinese
// character (3 bytes) is a rarer hit than a letter.
func minLen(set []string) int {
	m := -1
	for _, s := range set {
		if m < 0 || len(s) < m {
			m = len(s)
		}
	}
	return m
}
