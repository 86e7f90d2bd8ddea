package scanner

import (
	"strings"

	"github.com/bureau/mishen/identifiers"
	"github.com/bureau/mishen/textnorm"
)

// A 身份证号 column is narrow, so a table cell often wraps the number: in a
// PDF's text the first digits end one visual line among the other cells of
// the row and the rest stand on the next line ("沈丽华 31011519880514
// 13817265390 浦东新区川沙新⏎3025 镇华夏东路188"). No extraction order can
// rejoin it without knowing the table, so the scanner tries the pieces: a
// run of digits on one line and a run on one of the next two lines whose
// lengths add up to 18 and which together pass the full check (region,
// birth date, check character). Two unrelated numbers pass by chance about
// once in thousands of tries, and only when the first already reads as a
// region code followed by a birth date.

// wrapTail is where the rest of a wrapped number stands, in view bytes.
type wrapTail struct{ end, ts, te int }

// minWrapHead is the fewest digits the first piece must have: region and
// the year of birth at least, so that the check has something to check.
const minWrapHead = 10

// maxWrapLines is how many lines below the first piece the rest may stand
// (the row's other cells may wrap onto one more line than the number).
const maxWrapLines = 2

// wrappedIDs maps the view byte start of each first piece to its end and
// the span of the rest. Lines exist only in the original (the view drops
// line breaks), so pieces are found there and mapped into the view.
func wrappedIDs(t *textnorm.Text) map[int]wrapTail {
	type piece struct{ s, e int } // view bytes
	var pieces [][]piece
	var cur []piece
	orig := t.Orig
	for i := 0; i <= len(orig); i++ {
		if i == len(orig) || orig[i] == '\n' {
			pieces = append(pieces, cur)
			cur = nil
			continue
		}
		if !isDigit(orig[i]) {
			continue
		}
		j := i
		for j < len(orig) && isDigit(orig[j]) {
			j++
		}
		if j < len(orig) && (orig[j] == 'X' || orig[j] == 'x' || orig[j] == 'Ｘ') {
			j++
		}
		if (i == 0 || !isIDChar(orig[i-1])) && (j == len(orig) || !isIDChar(orig[j])) {
			cur = append(cur, piece{t.ViewIndex(i), t.ViewIndex(j)})
		}
		i = j - 1
	}
	view := t.S
	var out map[int]wrapTail
	for i, ps := range pieces {
		for _, h := range ps {
			head := view[h.s:h.e]
			if len(head) < minWrapHead || len(head) > 17 || strings.ContainsAny(head, "Xx ") {
				continue
			}
		next:
			for j := i + 1; j < len(pieces) && j <= i+maxWrapLines; j++ {
				for _, tl := range pieces[j] {
					tail := view[tl.s:tl.e]
					if tail == "" || len(head)+len(tail) != 18 || strings.ContainsAny(tail[:len(tail)-1], "Xx ") {
						continue
					}
					if identifiers.IDCard(head+tail) == identifiers.Valid {
						if out == nil {
							out = map[int]wrapTail{}
						}
						out[h.s] = wrapTail{h.e, tl.s, tl.e}
						break next
					}
				}
			}
		}
	}
	return out
}

func isDigit(r rune) bool { return r >= '0' && r <= '9' || r >= '０' && r <= '９' }

// isIDChar: a piece glued to one of these is part of something longer (a
// code, a masked number).
func isIDChar(r rune) bool {
	return isDigit(r) || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= 'Ａ' && r <= 'ｚ' || r == '*' || r == '＊'
}

// maskRunes replaces the identifier characters of rs, except the first
// keepHead and last keepTail of them, with '*'.
func maskRunes(rs []rune, keepHead, keepTail int) {
	var idx []int
	for i, r := range rs {
		if r >= '0' && r <= '9' || r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r >= '０' && r <= '９' {
			idx = append(idx, i)
		}
	}
	if len(idx) <= keepHead+keepTail {
		keepTail = max(0, len(idx)-keepHead)
	}
	for _, i := range idx[min(keepHead, len(idx)) : len(idx)-keepTail] {
		rs[i] = '*'
	}
}
