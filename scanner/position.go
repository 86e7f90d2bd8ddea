package scanner

import (
	"regexp"
	"sort"
	"strings"
	"unicode"

	"github.com/bureau/mishen/extract"
)

// place says where a hit stands on its line of the original text.
type place struct {
	// marking: a marking position — a page header or footer, the head of
	// a line (after white space and a 份号), or an item set off by wide
	// white space (GB/T 9704-1999 put marks top-right: "…　　秘　密★5年").
	marking bool
	// endsClean: nothing but white space or punctuation follows on the
	// line, or a non-Chinese character other than a colon does. A literal
	// mark followed by more Chinese ("内部资料管理办法") is running text
	// that a PDF wrapped; one followed by a colon is a label.
	endsClean bool
	// alone: the line holds the hit and nothing else but white space,
	// brackets, punctuation and a 份号.
	alone bool
	// endsShortLine: the hit ends a line of at most 60 characters, the
	// way a draft marker ends a title ("…办法（征求意见稿）").
	endsShortLine bool
	// pageEdge: in a header or footer part.
	pageEdge bool
	// quoted: in quotation marks or 《》: an example or a citation.
	quoted bool
	// lastItem: the hit ends its line and a space separates it from what
	// precedes it ("上海市浦东新区生态环境局 机密★5年").
	lastItem bool
	// lineIndex counts the non-empty lines of the part before the hit's.
	lineIndex int
	// after is the rest of the hit's line.
	after []rune
	// shortLine: the line holds at most maxMarkLine non-space characters.
	shortLine bool
	// followedByHan: a Chinese character follows the hit directly.
	followedByHan bool
	// predicate: what follows reads as the rest of a sentence about the
	// hit ("机密★10年表示…", "…的文件", "…是…").
	predicate bool
	// embedded: Chinese characters touch the hit on both sides — it is
	// inside a sentence ("凡标注机密★10年的文件").
	embedded bool
}

// lineIndex maps rune offsets of one text to its lines, built once per
// part so that judging a hit costs no more than its own line (a text of one
// 100,000-character line with thousands of hits stays linear).
type lineIndex struct {
	starts   []int // rune offset where each line starts
	nonEmpty []int // non-empty lines before line k
	n        int   // len(orig)
}

func newLineIndex(orig []rune) *lineIndex {
	li := &lineIndex{starts: []int{0}, n: len(orig)}
	count, cur := 0, false
	for i, r := range orig {
		if r == '\n' {
			li.nonEmpty = append(li.nonEmpty, count)
			if cur {
				count++
			}
			cur = false
			li.starts = append(li.starts, i+1)
		} else if !cur && !unicode.IsSpace(r) {
			cur = true
		}
	}
	li.nonEmpty = append(li.nonEmpty, count)
	return li
}

// line returns the index of the line holding rune offset r.
func (li *lineIndex) line(r int) int {
	return sort.Search(len(li.starts), func(k int) bool { return li.starts[k] > r }) - 1
}

// bounds returns the start of the line holding rs and the end (the offset
// of its newline, or len) of the line holding the last rune before re.
func (li *lineIndex) bounds(rs, re int) (ls, le int) {
	ls = li.starts[li.line(rs)]
	k := li.line(max(re-1, rs))
	if k+1 < len(li.starts) {
		le = li.starts[k+1] - 1
	} else {
		le = li.n
	}
	return ls, max(le, re)
}

// maxMarkLine is the longest line (non-space characters) that can be a
// line of marks ("内部资料 请勿翻印 注意保管").
const maxMarkLine = 40

// locate examines the original runes around [rs, re).
func locate(kind string, orig []rune, li *lineIndex, rs, re int) place {
	var p place
	ls, le := li.bounds(rs, re)
	p.lineIndex = li.nonEmpty[li.line(rs)]
	// When the hit itself spans a line break (机密★\n5\n年), "after" is
	// what follows it on the line where it ends.
	before, after := orig[ls:rs], orig[re:le]
	p.after = after

	head := onlyPrefixNoise(before)
	setOff := wideGapEnd(before)
	afterBlank := blankOrPunct(after)
	p.pageEdge = kind == extract.KindHeader || kind == extract.KindFooter
	p.marking = p.pageEdge || head || setOff
	next := firstNonSpace(after)
	// A colon makes the words a label ("内部参考：本次活动…"), not a mark.
	// Text after it on the line: only a short line ("内部资料，请勿外传")
	// is a mark; a long one is running text a PDF wrapped at the mark.
	// Counted only as far as the decisions need, so that a hit on a very
	// long line costs no more than a hit on a short one.
	lineLen := 0
	for _, r := range orig[ls:le] {
		if !unicode.IsSpace(r) {
			lineLen++
			if lineLen > maxMarkLine {
				break
			}
		}
	}
	p.shortLine = lineLen <= maxMarkLine
	p.endsClean = afterBlank || wideGapStart(after) || lineLen <= 20 && !isHan(next) && next != ':' && next != '：'
	p.followedByHan = re < len(orig) && isHan(orig[re])
	p.predicate = predicateAfter(orig[re:min(le, re+4)])
	p.embedded = rs > 0 && isHan(orig[rs-1]) && p.followedByHan
	p.lastItem = afterBlank && len(before) > 0 && unicode.IsSpace(before[len(before)-1])

	// A cell after a tab in a row that has text before it is a value in a
	// table column (公开属性: 内部 / 不予公开), not a word set apart on
	// the page: alone only at the head of the row or set off by spaces.
	// (Checked only for a hit set off by white space, and without copying
	// the line: hits on one long line must each cost little.)
	tableCell := func() bool {
		if head {
			return false
		}
		for _, r := range before {
			if r == '\t' {
				return true
			}
		}
		return false
	}
	p.alone = (head || setOff && !tableCell()) && (afterBlank || wideGapStart(after) && onlyMarksAfter(after))
	// A title may end in a bracketed note after the word that matters:
	// "局务会会议纪要（第12期）", "管理办法（征求意见稿）（第二稿）".
	p.endsShortLine = le-ls <= 60 && (afterBlank || bracketNotes(after))
	p.quoted = quotedAt(orig, rs, re)
	return p
}

// predicateWords start the rest of a sentence whose subject is a mark.
var predicateWords = []string{"表示", "是", "的", "为", "指", "即", "意", "代表", "说明", "等", "字样", "标志", "和", "或", "、", "；", "，", "。"}

func predicateAfter(rs []rune) bool {
	s := string(rs)
	for _, w := range predicateWords {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// onlyPrefixNoise: what precedes a mark at the head of a line — white
// space, opening brackets, and a 份号 (six digits, sometimes more).
func onlyPrefixNoise(rs []rune) bool {
	digits := 0
	for _, r := range rs {
		switch {
		case unicode.IsSpace(r):
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			digits++
		case isOpenBracket(r):
		case strings.ContainsRune("☑☒■√✓✔", r):
			// A ticked form option: the ticked words are the document's
			// own statement ("☑不予公开").
		default:
			return false
		}
	}
	return digits == 0 || digits >= 4
}

// wideGapEnd: before ends in at least two spaces, an ideographic space or a
// tab — the hit is a separate item on its line.
func wideGapEnd(rs []rune) bool {
	n := len(rs)
	if n == 0 {
		return false
	}
	last := rs[n-1]
	if last == '\u3000' || last == '\t' {
		return true
	}
	return n >= 2 && unicode.IsSpace(last) && unicode.IsSpace(rs[n-2])
}

func wideGapStart(rs []rune) bool {
	if len(rs) == 0 {
		return false
	}
	if rs[0] == '\u3000' || rs[0] == '\t' {
		return true
	}
	return len(rs) >= 2 && unicode.IsSpace(rs[0]) && unicode.IsSpace(rs[1])
}

// onlyMarksAfter: after a wide gap, a line such as "秘密★5年　　特急" or
// "内部　　注意保管" carries other short items; allow up to 8 characters.
func onlyMarksAfter(rs []rune) bool {
	n := 0
	for _, r := range rs {
		if !unicode.IsSpace(r) {
			if n++; n > 8 {
				return false
			}
		}
	}
	return true
}

// bracketNotes: rs is only short bracketed notes, (第12期)（试行）.
func bracketNotes(rs []rune) bool {
	s := strings.TrimSpace(string(rs))
	if s == "" {
		return false
	}
	for s != "" {
		m := bracketNoteRe.FindStringIndex(s)
		if m == nil || m[0] != 0 {
			return false
		}
		s = strings.TrimSpace(s[m[1]:])
	}
	return true
}

var bracketNoteRe = regexp.MustCompile(`^[（(【\[][^（()）【】\[\]]{1,12}[）)】\]]`)

func blankOrPunct(rs []rune) bool {
	for _, r := range rs {
		if unicode.IsSpace(r) || unicode.IsPunct(r) || unicode.IsSymbol(r) {
			continue
		}
		return false
	}
	return true
}

func firstNonSpace(rs []rune) rune {
	for _, r := range rs {
		if !unicode.IsSpace(r) {
			return r
		}
	}
	return 0
}

func isOpenBracket(r rune) bool {
	switch r {
	case '(', '[', '（', '【', '〔', '［', '「', '『', '〈', '《':
		return true
	}
	return false
}

const openQuotes = "“‘\"'「『《〈"
const closeQuotes = "”’\"'」』》〉"

// quotedAt: the hit is directly inside quotation marks or 《》 — a mark
// quoted as an example ("如“机密★5年”"), a title cited (《关于…的请示》).
func quotedAt(orig []rune, rs, re int) bool {
	i := rs - 1
	for i >= 0 && orig[i] == ' ' {
		i--
	}
	if i >= 0 && containsRune(openQuotes, orig[i]) {
		return true
	}
	j := re
	for j < len(orig) && orig[j] == ' ' {
		j++
	}
	// A closing quote alone also marks a quotation, unless the hit is at
	// the head of its line (a mark followed by a quoted title is rare but
	// not a quotation of the mark).
	if j < len(orig) && containsRune(closeQuotes, orig[j]) && orig[j] != '"' && orig[j] != '\'' {
		return i >= 0 && orig[i] != '\n'
	}
	return false
}

func containsRune(s string, r rune) bool {
	for _, c := range s {
		if c == r {
			return true
		}
	}
	return false
}
