package extract

import (
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// Implausible output. A PDF's text layer can decode "successfully" into
// nonsense: codes without a Unicode mapping (U+FFFD), GBK bytes drawn with
// a Latin font (ÎÒÃÇ for 我们), or a wrong /ToUnicode that turns common
// characters into rare ones. A screener must not pass such a page as read:
// nothing in it can match a lexicon, so it would look clean.

// textStats counts what the plausibility rules look at.
type textStats struct {
	nonSpace int
	fffd     int
	latin1   int // Latin-1 Supplement letters and signs, U+00A1–U+00FF
	han      int
	rareHan  int // Han outside GB 2312 and Big5 (the everyday sets)
}

func statsOf(s string) textStats {
	var st textStats
	for _, r := range s {
		if unicode.IsSpace(r) {
			continue
		}
		st.nonSpace++
		switch {
		case r == '\uFFFD':
			st.fffd++
		case r >= 0xA1 && r <= 0xFF && r != 0xD7 && r != 0xF7 && r != 0xB7 && r != 0xB0:
			// × ÷ · ° occur in Chinese text legitimately.
			st.latin1++
		case unicode.Is(unicode.Han, r):
			st.han++
			if !commonHan(r) {
				st.rareHan++
			}
		}
	}
	return st
}

const reasonMojibake = "文字疑似GBK编码被当作西文显示（乱码）"

// implausible returns a reason in plain words when the text of a page
// cannot be trusted, or "" when it looks like text. shown and unmapped
// count the codes the page drew and those without Unicode.
func implausible(text string, shown, unmapped int) string {
	st := statsOf(text)
	if shown > 0 && st.nonSpace == 0 && unmapped > 0 {
		return "页面绘制了文字，但无法解码"
	}
	if st.fffd > 0 && st.fffd*100 >= st.nonSpace {
		return "部分字符没有Unicode映射"
	}
	if (st.latin1 >= 4 && st.latin1*10 >= st.nonSpace*3) || hasGBKMojibakeRun(text) {
		return reasonMojibake
	}
	if st.han >= 10 && st.han*2 >= st.nonSpace && st.rareHan*10 >= st.han*3 {
		return "汉字多为罕见字，疑似字体编码映射错误"
	}
	return ""
}

var (
	commonHanOnce sync.Once
	commonHanBits []uint64 // bit per code point in U+4E00–U+9FFF
)

// commonHan reports whether r is in GB 2312 or Big5, the character sets
// nearly all Chinese text (simplified or traditional) is written in.
func commonHan(r rune) bool {
	if r < 0x4E00 || r > 0x9FFF {
		return false
	}
	commonHanOnce.Do(buildCommonHan)
	i := r - 0x4E00
	return commonHanBits[i/64]&(1<<(i%64)) != 0
}

func buildCommonHan() {
	commonHanBits = make([]uint64, (0x9FFF-0x4E00)/64+1)
	set := func(r rune) {
		if r >= 0x4E00 && r <= 0x9FFF {
			i := r - 0x4E00
			commonHanBits[i/64] |= 1 << (i % 64)
		}
	}
	gbk := simplifiedchinese.GBK.NewDecoder()
	for b1 := 0xB0; b1 <= 0xF7; b1++ {
		for b2 := 0xA1; b2 <= 0xFE; b2++ {
			if out, err := gbk.Bytes([]byte{byte(b1), byte(b2)}); err == nil {
				for _, r := range string(out) {
					set(r)
				}
			}
		}
	}
	big5 := traditionalchinese.Big5.NewDecoder()
	for b1 := 0xA4; b1 <= 0xF9; b1++ {
		for b2 := 0x40; b2 <= 0xFE; b2++ {
			if b2 > 0x7E && b2 < 0xA1 {
				continue
			}
			if out, err := big5.Bytes([]byte{byte(b1), byte(b2)}); err == nil {
				for _, r := range string(out) {
					set(r)
				}
			}
		}
	}
}

// hasGBKMojibakeRun finds a run of four or more Latin-1 Supplement
// characters whose bytes are valid GBK Han: "»úÃÜ" is 机密 drawn through a
// Latin font. One such run is enough: a mark is two to four characters,
// and European words almost never string four accented letters together.
func hasGBKMojibakeRun(s string) bool {
	run := make([]byte, 0, 16)
	check := func() bool {
		defer func() { run = run[:0] }()
		if len(run) < 4 {
			return false
		}
		out, err := simplifiedchinese.GBK.NewDecoder().Bytes(run[:len(run)&^1])
		if err != nil {
			return false
		}
		han := 0
		for _, r := range string(out) {
			if r == '\uFFFD' {
				return false
			}
			if unicode.Is(unicode.Han, r) {
				han++
			}
		}
		return han >= 2
	}
	for _, r := range s {
		if r >= 0xA1 && r <= 0xFE {
			run = append(run, byte(r))
			continue
		}
		if check() {
			return true
		}
	}
	return check()
}

// recoverGBKMojibake undoes "GBK bytes shown through a Latin font": every
// run of characters that Windows-1252 can encode is turned back into its
// bytes and decoded as GBK. It gives a guess, never a certainty; ok is false
// when the guess is not better (undecodable bytes, or no Han gained).
func recoverGBKMojibake(s string) (string, bool) {
	// Layout put spaces where the Latin font's widths made gaps, which
	// can fall between the two bytes of one GBK character: drop spaces
	// between two non-ASCII characters before decoding.
	rs := []rune(s)
	kept := rs[:0]
	for i, r := range rs {
		if r == ' ' && i > 0 && i+1 < len(rs) && rs[i-1] >= 0x80 && rs[i+1] >= 0x80 {
			continue
		}
		kept = append(kept, r)
	}
	s = string(kept)
	var out strings.Builder
	var run []byte
	hanBefore, hanAfter := 0, 0
	flush := func() bool {
		if len(run) == 0 {
			return true
		}
		dec, err := simplifiedchinese.GBK.NewDecoder().Bytes(run)
		run = run[:0]
		if err != nil || strings.ContainsRune(string(dec), '\uFFFD') {
			return false
		}
		for _, r := range string(dec) {
			if unicode.Is(unicode.Han, r) {
				hanAfter++
			}
		}
		out.Write(dec)
		return true
	}
	enc := charmap.Windows1252.NewEncoder()
	for _, r := range s {
		if unicode.Is(unicode.Han, r) {
			hanBefore++
		}
		if r < 0x80 && r != '\n' {
			run = append(run, byte(r))
			continue
		}
		if r >= 0x80 {
			if b, err := enc.Bytes([]byte(string(r))); err == nil && len(b) == 1 {
				run = append(run, b[0])
				continue
			}
		}
		if !flush() {
			return "", false
		}
		out.WriteRune(r)
	}
	if !flush() {
		return "", false
	}
	return out.String(), hanAfter > hanBefore
}
