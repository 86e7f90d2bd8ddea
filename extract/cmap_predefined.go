package extract

import (
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/japanese"
	"golang.org/x/text/encoding/korean"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

// predefCMap stands for one of the CMaps a PDF may name without embedding
// it (PDF 32000 §9.7.5.2): older Chinese producers write GBK-EUC-H or
// UniGB-UCS2-H and no /ToUnicode. We do not ship Adobe's CID tables; instead
// each family's code bytes are decoded by the legacy character set they were
// designed on (GBK-EUC codes are GBK bytes, UniGB-UTF16 codes are UTF-16BE…),
// which gives Unicode directly for the same codes.
type predefCMap struct {
	name     string
	vertical bool
	// split returns the length in bytes of the code at the start of b (≥1).
	split func(b []byte) int
	// decode maps one code to text; "" when it has no Unicode value. Nil
	// for the Identity CMaps, whose codes are glyph ids that only the
	// font's /ToUnicode can map.
	decode func(code []byte) string
}

func split2(b []byte) int {
	if len(b) < 2 {
		return len(b)
	}
	return 2
}

func splitUTF16(b []byte) int {
	if len(b) >= 4 && b[0] >= 0xD8 && b[0] <= 0xDB {
		return 4
	}
	return split2(b)
}

func decodeUTF16Code(code []byte) string {
	if len(code)%2 != 0 {
		return ""
	}
	u := make([]uint16, 0, len(code)/2)
	for i := 0; i+1 < len(code); i += 2 {
		u = append(u, uint16(code[i])<<8|uint16(code[i+1]))
	}
	r := utf16.Decode(u)
	for _, c := range r {
		if c == utf8.RuneError {
			return ""
		}
	}
	return string(r)
}

// splitLead returns a splitter for double-byte charsets: a byte in
// [lo, hi] starts a two-byte code, anything else is a one-byte code.
func splitLead(lo, hi byte) func([]byte) int {
	return func(b []byte) int {
		if len(b) >= 2 && b[0] >= lo && b[0] <= hi {
			return 2
		}
		return 1
	}
}

// splitGB18030 handles the four-byte sequences of GBK2K (GB 18030).
func splitGB18030(b []byte) int {
	if len(b) >= 4 && b[0] >= 0x81 && b[0] <= 0xFE && b[1] >= 0x30 && b[1] <= 0x39 {
		return 4
	}
	return splitLead(0x81, 0xFE)(b)
}

func splitSJIS(b []byte) int {
	if len(b) >= 2 && (b[0] >= 0x81 && b[0] <= 0x9F || b[0] >= 0xE0 && b[0] <= 0xFC) {
		return 2
	}
	return 1
}

func charsetDecoder(enc encoding.Encoding) func([]byte) string {
	return func(code []byte) string {
		if len(code) == 1 && code[0] < 0x80 {
			return string(rune(code[0]))
		}
		out, err := enc.NewDecoder().Bytes(code)
		if err != nil {
			return ""
		}
		s := string(out)
		if strings.ContainsRune(s, utf8.RuneError) {
			return ""
		}
		return s
	}
}

// lookupPredefinedCMap returns the decoder for a predefined CMap name, or
// nil if the name is not one we can read.
func lookupPredefinedCMap(name string) *predefCMap {
	m := &predefCMap{name: name}
	base := name
	switch {
	case strings.HasSuffix(name, "-H"):
		base = strings.TrimSuffix(name, "-H")
	case strings.HasSuffix(name, "-V"):
		base = strings.TrimSuffix(name, "-V")
		m.vertical = true
	default:
		return nil
	}
	switch {
	case base == "Identity":
		m.split = split2
	case strings.HasPrefix(base, "Uni") && strings.Contains(base, "-UTF16"):
		m.split, m.decode = splitUTF16, decodeUTF16Code
	case strings.HasPrefix(base, "Uni") && strings.Contains(base, "-UCS2"):
		m.split, m.decode = split2, decodeUTF16Code
	case strings.HasPrefix(base, "Uni") && strings.Contains(base, "-UTF8"):
		m.split = func(b []byte) int {
			_, n := utf8.DecodeRune(b)
			return max(n, 1)
		}
		m.decode = func(code []byte) string {
			if !utf8.Valid(code) {
				return ""
			}
			return string(code)
		}
	case strings.HasPrefix(base, "Uni") && strings.Contains(base, "-UTF32"):
		m.split = func(b []byte) int { return min(4, len(b)) }
		m.decode = func(code []byte) string {
			if len(code) != 4 {
				return ""
			}
			r := rune(code[0])<<24 | rune(code[1])<<16 | rune(code[2])<<8 | rune(code[3])
			if !utf8.ValidRune(r) {
				return ""
			}
			return string(r)
		}
	case base == "GBK2K":
		m.split, m.decode = splitGB18030, charsetDecoder(simplifiedchinese.GB18030)
	case base == "GBK-EUC" || base == "GBKp-EUC" || base == "GBpc-EUC" || base == "GB-EUC" || base == "GB":
		// GB-EUC is GB 2312 in EUC form, a subset of GBK.
		m.split, m.decode = splitLead(0x81, 0xFE), charsetDecoder(simplifiedchinese.GBK)
	case base == "B5pc" || base == "ETen-B5" || base == "HKscs-B5" || base == "ETenms-B5" || base == "B5":
		m.split, m.decode = splitLead(0x81, 0xFE), charsetDecoder(traditionalchinese.Big5)
	case strings.HasSuffix(base, "-RKSJ"):
		m.split, m.decode = splitSJIS, charsetDecoder(japanese.ShiftJIS)
	case base == "EUC":
		m.split, m.decode = splitLead(0x8E, 0xFE), charsetDecoder(japanese.EUCJP)
	case base == "KSC-EUC" || base == "KSCms-UHC" || base == "KSCpc-EUC":
		m.split, m.decode = splitLead(0x81, 0xFE), charsetDecoder(korean.EUCKR)
	default:
		return nil
	}
	return m
}
