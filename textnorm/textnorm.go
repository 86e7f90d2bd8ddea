// Package textnorm builds the view of a text that the lexicon is matched
// against, and maps every position in that view back to the original.
//
// The view is: Unicode NFKC (full-width digits and letters become ASCII,
// U+3000 becomes a space), zero-width characters removed, 繁體 folded to
// 简体 character by character, and white space (spaces, U+3000, line
// breaks) removed except where it separates two ASCII letters or digits.
// Removing white space lets one literal or pattern match a mark however the
// producer spaced or broke it (秘　密★5年, 机密★\n5\n年, 浦环保〔2023〕\n58号)
// while keeping "138 1234" apart from "5678 2019"-style numbers. Findings
// must quote the original, so the view keeps, for every byte, the index of
// the original rune it came from.
package textnorm

import (
	_ "embed"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// Text is an original text and its matching view.
type Text struct {
	// Orig is the original text as runes; offsets in findings index it.
	Orig []rune
	// S is the normalised view that matchers run on.
	S string
	// pos[b] is the index in Orig of the rune that produced byte b of S;
	// pos[len(S)] is len(Orig).
	pos []int32
}

// New normalises s. It never fails: bytes that are not UTF-8 become U+FFFD
// in Orig, as ranging over a string makes them.
func New(s string) *Text {
	t := &Text{Orig: []rune(s)}
	var b strings.Builder
	b.Grow(len(s))
	pos := make([]int32, 0, len(s)+1)
	var buf [8]rune
	// pendingSpace holds the original index of a run of white space not yet
	// written: it is written only when the runes either side are ASCII
	// letters or digits.
	pendingSpace := -1
	var last rune = -1 // last rune written to S
	for i, r := range t.Orig {
		out := fold(r, buf[:0])
		for _, o := range out {
			if isSpace(o) {
				if pendingSpace < 0 {
					pendingSpace = i
				}
				continue
			}
			if pendingSpace >= 0 {
				if isASCIIAlnum(last) && isASCIIAlnum(o) {
					b.WriteByte(' ')
					pos = append(pos, int32(pendingSpace))
				}
				pendingSpace = -1
			}
			n, _ := b.WriteRune(o)
			for k := 0; k < n; k++ {
				pos = append(pos, int32(i))
			}
			last = o
		}
	}
	pos = append(pos, int32(len(t.Orig)))
	t.S = b.String()
	t.pos = pos
	return t
}

// Span maps the byte range [bs, be) of S to the rune range [rs, re) of
// Orig that produced it.
func (t *Text) Span(bs, be int) (rs, re int) {
	if bs < 0 {
		bs = 0
	}
	if be > len(t.S) {
		be = len(t.S)
	}
	if bs >= be {
		p := int(t.pos[bs])
		return p, p
	}
	return int(t.pos[bs]), int(t.pos[be-1]) + 1
}

// OrigIndex is the index in Orig of the rune that produced byte b of S
// (len(Orig) at the end).
func (t *Text) OrigIndex(b int) int { return int(t.pos[b]) }

// ViewIndex is the first byte of S produced by Orig[r] or by a rune after
// it (len(S) when none is), for mapping an original position into the view.
func (t *Text) ViewIndex(r int) int {
	// pos is non-decreasing: binary search for the first byte with pos >= r.
	lo, hi := 0, len(t.S)
	for lo < hi {
		m := (lo + hi) / 2
		if int(t.pos[m]) < r {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Fold returns the view of s alone: what a lexicon term is turned into so
// that it matches the view of a document.
func Fold(s string) string { return New(s).S }

// isSpace is white space as the view drops it. After NFKC, U+3000 is an
// ordinary space; unicode.IsSpace covers tabs, line breaks and U+0085.
func isSpace(r rune) bool { return unicode.IsSpace(r) }

func isASCIIAlnum(r rune) bool {
	return r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z'
}

// zeroWidth are removed outright: producers and copy-paste insert them
// inside words, and a 机\u200b密 must still read as 机密.
func zeroWidth(r rune) bool {
	switch r {
	case 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD:
		return true
	}
	return false
}

// fold appends the view of one original rune to dst. The common cases
// (ASCII, CJK ideographs, CJK punctuation, full-width forms) avoid the NFKC
// tables: they dominate Chinese text and NFKC of them is known.
func fold(r rune, dst []rune) []rune {
	switch {
	case r < 0x80:
		return append(dst, r)
	case zeroWidth(r):
		return dst
	case r >= 0x4E00 && r <= 0x9FFF:
		if s, ok := t2s[r]; ok {
			return append(dst, s)
		}
		return append(dst, r)
	case r >= 0xFF01 && r <= 0xFF5E:
		// Full-width ASCII: NFKC maps each to its ASCII twin.
		return append(dst, r-0xFF01+0x21)
	case r == 0x3000:
		return append(dst, ' ')
	case r > 0x3000 && r <= 0x303F:
		// CJK punctuation (、。〔〕【】〇…) is NFKC-stable.
		return append(dst, r)
	case r == utf8.RuneError:
		return append(dst, r)
	}
	var nb [utf8.UTFMax * 4]byte
	n := utf8.EncodeRune(nb[:], r)
	out := norm.NFKC.Bytes(nb[:n])
	for len(out) > 0 {
		o, size := utf8.DecodeRune(out)
		out = out[size:]
		if zeroWidth(o) {
			continue
		}
		if s, ok := t2s[o]; ok {
			o = s
		}
		dst = append(dst, o)
	}
	return dst
}

//go:embed t2s.txt
var t2sTable string

// t2s folds a traditional character to its simplified form. A table of
// single characters (from OpenCC's TSCharacters, first candidate) rather
// than OpenCC itself: OpenCC converts phrases, which may change a text's
// length and so break the offset map, and its dictionaries cost far more
// memory and start-up time than this 4,000-entry map (docs/matcher.md).
var t2s = func() map[rune]rune {
	m := make(map[rune]rune, 4200)
	for _, line := range strings.Split(t2sTable, "\n") {
		if line == "" || line[0] == '#' {
			continue
		}
		rs := []rune(line)
		if len(rs) == 2 {
			m[rs[0]] = rs[1]
		}
	}
	return m
}()
