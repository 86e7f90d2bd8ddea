package extract

import (
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"
)

// Embedded CMaps: a font's /ToUnicode (codes → Unicode) and a Type0 font's
// embedded /Encoding CMap (only its code space matters to us: it says how
// many bytes each code takes). The library's own ToUnicode reader scans every
// bfchar entry for every code (slow on CJK fonts with thousands of entries),
// panics on a missing operator and handles only the last byte of a bfrange;
// this one builds a map once per font.

// codeRange is one codespace range: codes of n bytes with each byte within
// [lo[i], hi[i]].
type codeRange struct {
	n      int
	lo, hi [4]byte
}

// maxToUnicodeEntries bounds a hostile CMap's bfrange expansion. Real CJK
// fonts need tens of thousands at most.
const maxToUnicodeEntries = 1 << 18

type embeddedCMap struct {
	space    []codeRange
	toUni    map[uint64]string // key: n<<32 | code
	cids     map[uint64]uint32 // encoding CMaps: code → CID
	useCMap  string            // name given to usecmap, if any
	vertical bool              // /WMode 1
	entries  int
}

func codeKey(code []byte) uint64 {
	var v uint64
	for _, c := range code {
		v = v<<8 | uint64(c)
	}
	return uint64(len(code))<<32 | v
}

// splitBySpace returns the code length at the start of b according to the
// code space ranges, or 0 if the CMap defines none.
func splitBySpace(space []codeRange, b []byte) int {
	if len(space) == 0 {
		return 0
	}
	shortest := 4
	for _, r := range space {
		if r.n < shortest {
			shortest = r.n
		}
		if r.n > len(b) {
			continue
		}
		ok := true
		for i := 0; i < r.n; i++ {
			if b[i] < r.lo[i] || b[i] > r.hi[i] {
				ok = false
				break
			}
		}
		if ok {
			return r.n
		}
	}
	// No range matches: PDF 32000 §9.7.6.3 says to consume as many bytes
	// as the shortest matching prefix; taking the shortest length keeps
	// the rest of the string aligned in practice.
	return min(shortest, len(b))
}

// utf16Text decodes a ToUnicode destination (UTF-16BE). A one-byte
// destination, which some producers write, is taken as a code point.
func utf16Text(s string) string {
	if len(s) == 1 {
		return string(rune(s[0]))
	}
	if len(s)%2 != 0 {
		s = s[:len(s)-1]
	}
	u := make([]uint16, 0, len(s)/2)
	for i := 0; i+1 < len(s); i += 2 {
		u = append(u, uint16(s[i])<<8|uint16(s[i+1]))
	}
	return string(utf16.Decode(u))
}

// glyphNameText maps an Adobe glyph name to text: the glyph list, then
// the uniXXXX / uXXXX[XX] conventions. "" when the name says nothing.
func glyphNameText(name string) string {
	if r, ok := pdfGlyphNames[name]; ok {
		return string(r)
	}
	base := name
	if i := strings.IndexByte(base, '.'); i > 0 { // "a.sc", "uni4E2D.vert"
		base = base[:i]
		if r, ok := pdfGlyphNames[base]; ok {
			return string(r)
		}
	}
	if strings.HasPrefix(base, "uni") && len(base) >= 7 && (len(base)-3)%4 == 0 {
		var sb strings.Builder
		for i := 3; i+4 <= len(base); i += 4 {
			v, err := strconv.ParseUint(base[i:i+4], 16, 32)
			if err != nil {
				return ""
			}
			sb.WriteRune(rune(v))
		}
		return sb.String()
	}
	if strings.HasPrefix(base, "u") && len(base) >= 5 && len(base) <= 7 {
		v, err := strconv.ParseUint(base[1:], 16, 32)
		if err == nil && utf8.ValidRune(rune(v)) {
			return string(rune(v))
		}
	}
	return ""
}

func (m *embeddedCMap) add(code uint64, text string) {
	if m.entries >= maxToUnicodeEntries {
		return
	}
	if m.toUni == nil {
		m.toUni = make(map[uint64]string)
	}
	m.toUni[code] = text
	m.entries++
}

func (m *embeddedCMap) addCID(code uint64, cid uint32) {
	if m.entries >= 1<<20 {
		return
	}
	if m.cids == nil {
		m.cids = make(map[uint64]uint32)
	}
	m.cids[code] = cid
	m.entries++
}

func bytesToCode(s string) (uint64, int) {
	var v uint64
	for i := 0; i < len(s) && i < 4; i++ {
		v = v<<8 | uint64(s[i])
	}
	return v, min(len(s), 4)
}

// parseCMap reads a CMap program. It never fails: whatever it could
// understand is kept, the rest ignored (poppler does the same and warns).
func parseCMap(data []byte) *embeddedCMap { return parseCMapAs(data, true) }

// parseCMapAs reads a ToUnicode CMap (toUnicode) or an encoding CMap,
// where cidrange/cidchar map codes to CIDs.
func parseCMapAs(data []byte, toUnicode bool) *embeddedCMap {
	m := &embeddedCMap{}
	lx := psLexer{b: data}
	var ops []psObj
	for {
		o, ok := lx.readObj(0)
		if !ok {
			break
		}
		if o.Kind != psOp {
			if len(ops) < 1<<16 {
				ops = append(ops, o)
			}
			continue
		}
		switch o.Str {
		case "endcodespacerange":
			for i := 0; i+1 < len(ops); i += 2 {
				lo, hi := ops[i], ops[i+1]
				if lo.Kind != psStr || hi.Kind != psStr || len(lo.Str) == 0 || len(lo.Str) != len(hi.Str) || len(lo.Str) > 4 {
					continue
				}
				r := codeRange{n: len(lo.Str)}
				copy(r.lo[:], lo.Str)
				copy(r.hi[:], hi.Str)
				m.space = append(m.space, r)
			}
		case "endbfchar":
			for i := 0; i+1 < len(ops); i += 2 {
				src, dst := ops[i], ops[i+1]
				if src.Kind != psStr || len(src.Str) == 0 || len(src.Str) > 4 {
					continue
				}
				var text string
				switch dst.Kind {
				case psStr:
					text = utf16Text(dst.Str)
				case psName:
					text = glyphNameText(dst.Str)
				}
				m.add(codeKey([]byte(src.Str)), text)
			}
		case "endbfrange":
			for i := 0; i+2 < len(ops); i += 3 {
				lo, hi, dst := ops[i], ops[i+1], ops[i+2]
				if lo.Kind != psStr || hi.Kind != psStr || len(lo.Str) == 0 || len(lo.Str) != len(hi.Str) || len(lo.Str) > 4 {
					continue
				}
				a, n := bytesToCode(lo.Str)
				b, _ := bytesToCode(hi.Str)
				if b < a || b-a > 0xFFFF {
					continue
				}
				for c := a; c <= b && m.entries < maxToUnicodeEntries; c++ {
					k := uint64(n)<<32 | c
					switch dst.Kind {
					case psStr:
						if len(dst.Str) == 0 {
							continue
						}
						// The destination is incremented as a number
						// (poppler, pdf.js); the library only bumps
						// the last byte and so wraps at 0xFF.
						d := []byte(dst.Str)
						carry := c - a
						for j := len(d) - 1; j >= 0 && carry > 0; j-- {
							sum := uint64(d[j]) + carry
							d[j] = byte(sum)
							carry = sum >> 8
						}
						m.add(k, utf16Text(string(d)))
					case psArray:
						idx := int(c - a)
						if idx < len(dst.Arr) && dst.Arr[idx].Kind == psStr {
							m.add(k, utf16Text(dst.Arr[idx].Str))
						}
					}
				}
			}
		case "endcidrange":
			// Not valid in a ToUnicode CMap, but written by some
			// producers to mean code → code point; poppler reads it so.
			for i := 0; i+2 < len(ops); i += 3 {
				lo, hi, dst := ops[i], ops[i+1], ops[i+2]
				if lo.Kind != psStr || hi.Kind != psStr || dst.Kind != psNum || len(lo.Str) == 0 || len(lo.Str) != len(hi.Str) || len(lo.Str) > 4 {
					continue
				}
				a, n := bytesToCode(lo.Str)
				b, _ := bytesToCode(hi.Str)
				if b < a || b-a > 0xFFFF {
					continue
				}
				for c := a; c <= b && m.entries < maxToUnicodeEntries; c++ {
					if !toUnicode {
						m.addCID(uint64(n)<<32|c, uint32(dst.Num)+uint32(c-a))
						continue
					}
					if r := rune(dst.Num) + rune(c-a); utf8.ValidRune(r) && r > 0 {
						m.add(uint64(n)<<32|c, string(r))
					}
				}
			}
		case "endcidchar":
			for i := 0; i+1 < len(ops); i += 2 {
				src, dst := ops[i], ops[i+1]
				if src.Kind != psStr || dst.Kind != psNum || len(src.Str) == 0 || len(src.Str) > 4 {
					continue
				}
				if !toUnicode {
					m.addCID(codeKey([]byte(src.Str)), uint32(dst.Num))
					continue
				}
				if r := rune(dst.Num); utf8.ValidRune(r) && r > 0 {
					m.add(codeKey([]byte(src.Str)), string(r))
				}
			}
		case "usecmap":
			if len(ops) > 0 && ops[len(ops)-1].Kind == psName {
				m.useCMap = ops[len(ops)-1].Str
			}
		case "def":
			if len(ops) >= 2 && ops[len(ops)-2].Kind == psName && ops[len(ops)-2].Str == "WMode" &&
				ops[len(ops)-1].Kind == psNum && ops[len(ops)-1].Num == 1 {
				m.vertical = true
			}
		}
		ops = ops[:0]
	}
	return m
}
