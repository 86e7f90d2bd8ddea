package extract

import (
	"strings"

	"github.com/ledongthuc/pdf"
	"golang.org/x/text/encoding/charmap"
)

// pdfFont is what the text extractor needs from a font: how to cut a shown
// string into codes, what text each code stands for, and how far each code
// advances. Fonts are loaded per page from the page's own resources (the
// library's GetPlainText caches them by resource name across pages, which
// decoded the second half of a merged PDF with the first half's fonts).
type pdfFont struct {
	baseFont string
	simple   bool // one byte per code
	type3    bool
	vertical bool

	cmap      *embeddedCMap // /ToUnicode
	space     []codeRange   // code space of an embedded /Encoding CMap
	predef    *predefCMap   // predefined /Encoding CMap
	simpleEnc [256]string   // simple fonts: text per code from /Encoding

	firstChar    int
	widths       []float64
	missingWidth float64
	dw           float64
	cidW         map[uint32]float64
	// CID route to Unicode (cmap_popplerdata.go): encCIDs maps codes to
	// CIDs (nil: the code is the CID, Identity), cidUni maps CIDs.
	encCIDs *embeddedCMap
	cidUni  []rune
	// scale converts glyph-space widths to text space: 1/1000 except for
	// Type3 fonts, whose /FontMatrix says.
	scale float64
	// sizeScale turns the font size into a glyph height for layout (Type3
	// fonts with a unit FontMatrix draw glyphs far larger than Tfs).
	sizeScale float64
}

// stdEncodingHigh holds the codes ≥ 0x80 of Adobe StandardEncoding whose
// glyphs matter for text (quotes, dashes, bullets, ligatures).
var stdEncodingHigh = map[byte]string{
	0xA1: "¡", 0xA2: "¢", 0xA3: "£", 0xA4: "⁄", 0xA5: "¥", 0xA6: "ƒ", 0xA7: "§",
	0xA8: "¤", 0xA9: "'", 0xAA: "“", 0xAB: "«", 0xAC: "‹", 0xAD: "›", 0xAE: "ﬁ",
	0xAF: "ﬂ", 0xB1: "–", 0xB2: "†", 0xB3: "‡", 0xB4: "·", 0xB6: "¶", 0xB7: "•",
	0xB8: "‚", 0xB9: "„", 0xBA: "”", 0xBB: "»", 0xBC: "…", 0xBD: "‰", 0xBF: "¿",
	0xD0: "—", 0xE1: "Æ", 0xE8: "Ł", 0xE9: "Ø", 0xEA: "Œ", 0xF1: "æ", 0xF5: "ı",
	0xF8: "ł", 0xF9: "ø", 0xFA: "œ", 0xFB: "ß",
}

// baseEncodingTable fills t with a named simple-font encoding.
func baseEncodingTable(t *[256]string, name string) {
	var cm *charmap.Charmap
	switch name {
	case "MacRomanEncoding":
		cm = charmap.Macintosh
	case "StandardEncoding", "":
		for c := 0x20; c < 0x7F; c++ {
			t[c] = string(rune(c))
		}
		t[0x27] = "’"
		t[0x60] = "‘"
		for c, s := range stdEncodingHigh {
			t[c] = s
		}
		return
	default: // WinAnsiEncoding, PDFDocEncoding, MacExpertEncoding (rare)
		cm = charmap.Windows1252
	}
	for c := 0x20; c < 256; c++ {
		r := cm.DecodeByte(byte(c))
		if r != '\uFFFD' && r >= 0x20 && !(r >= 0x7F && r < 0xA0) {
			t[c] = string(r)
		}
	}
}

func (f *pdfFont) applyDifferences(diff pdf.Value) {
	code := -1
	for i := 0; i < diff.Len() && i < 4096; i++ {
		x := diff.Index(i)
		switch x.Kind() {
		case pdf.Integer, pdf.Real:
			code = int(x.Float64())
		case pdf.Name:
			if code >= 0 && code < 256 {
				f.simpleEnc[code] = glyphNameText(x.Name())
				if f.simpleEnc[code] == "" {
					// Unknown name (g12, cid34…): no text for this
					// code, unless /ToUnicode says otherwise.
					f.simpleEnc[code] = "\uFFFD"
				}
			}
			code++
		}
	}
}

// loadFont builds a pdfFont from a font dictionary. It never fails: what
// cannot be read ends up as codes without text, which the plausibility
// checks then see as U+FFFD.
func loadFont(v pdf.Value) *pdfFont {
	f := &pdfFont{scale: 0.001, sizeScale: 1, dw: 1000}
	f.baseFont = v.Key("BaseFont").Name()
	subtype := v.Key("Subtype").Name()
	if tu := v.Key("ToUnicode"); tu.Kind() == pdf.Stream {
		if data, err := readStream(tu, 16<<20); err == nil || len(data) > 0 {
			f.cmap = parseCMap(data)
		}
	}
	if subtype == "Type0" {
		enc := v.Key("Encoding")
		switch enc.Kind() {
		case pdf.Name:
			f.predef = lookupPredefinedCMap(enc.Name())
		case pdf.Stream:
			if data, err := readStream(enc, 16<<20); err == nil || len(data) > 0 {
				em := parseCMap(data)
				f.space = em.space
				f.vertical = em.vertical
				if em.useCMap != "" {
					f.predef = lookupPredefinedCMap(em.useCMap)
				}
			}
			if enc.Key("WMode").Int64() == 1 {
				f.vertical = true
			}
		}
		if f.predef != nil && f.predef.vertical {
			f.vertical = true
		}
		d := v.Key("DescendantFonts").Index(0)
		f.setupCIDRoute(enc, d)
		if dw := d.Key("DW"); dw.Kind() == pdf.Integer || dw.Kind() == pdf.Real {
			f.dw = dw.Float64()
		}
		f.cidW = parseCIDWidths(d.Key("W"))
		return f
	}
	f.simple = true
	f.type3 = subtype == "Type3"
	if f.type3 {
		if fm := v.Key("FontMatrix"); fm.Len() == 6 {
			if a := fm.Index(0).Float64(); a != 0 {
				f.scale = abs(a)
			}
			if d := fm.Index(3).Float64(); d != 0 {
				f.sizeScale = abs(d) * 1000
			}
		}
	}
	f.firstChar = int(v.Key("FirstChar").Int64())
	w := v.Key("Widths")
	for i := 0; i < w.Len() && i < 256; i++ {
		f.widths = append(f.widths, w.Index(i).Float64())
	}
	f.missingWidth = v.Key("FontDescriptor").Key("MissingWidth").Float64()
	enc := v.Key("Encoding")
	switch enc.Kind() {
	case pdf.Name:
		baseEncodingTable(&f.simpleEnc, enc.Name())
	case pdf.Dict:
		baseEncodingTable(&f.simpleEnc, enc.Key("BaseEncoding").Name())
		f.applyDifferences(enc.Key("Differences"))
	default:
		switch {
		case strings.Contains(f.baseFont, "Symbol"), strings.Contains(f.baseFont, "Dingbats"):
			// Symbolic fonts' built-in encodings are not Latin text;
			// without /ToUnicode their codes say nothing.
		default:
			baseEncodingTable(&f.simpleEnc, "StandardEncoding")
		}
	}
	return f
}

func abs(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}

// parseCIDWidths reads a CIDFont's /W array: "c [w1 w2 …]" and "c1 c2 w".
func parseCIDWidths(w pdf.Value) map[uint32]float64 {
	n := w.Len()
	if n == 0 {
		return nil
	}
	out := make(map[uint32]float64)
	for i := 0; i < n && len(out) < 1<<17; {
		first := w.Index(i)
		if i+1 >= n {
			break
		}
		second := w.Index(i + 1)
		if second.Kind() == pdf.Array {
			c := uint32(first.Int64())
			for j := 0; j < second.Len() && j < 1<<16; j++ {
				out[c+uint32(j)] = second.Index(j).Float64()
			}
			i += 2
			continue
		}
		if i+2 >= n {
			break
		}
		c1, c2 := uint32(first.Int64()), uint32(second.Int64())
		wd := w.Index(i + 2).Float64()
		for c := c1; c <= c2 && c-c1 < 1<<16; c++ {
			out[c] = wd
		}
		i += 3
	}
	return out
}

// nextCode returns the length of the code at the start of b.
func (f *pdfFont) nextCode(b []byte) int {
	if f.simple {
		return 1
	}
	if n := splitBySpace(f.space, b); n > 0 {
		return n
	}
	if f.predef != nil {
		return max(1, f.predef.split(b))
	}
	if f.cmap != nil {
		if n := splitBySpace(f.cmap.space, b); n > 0 {
			return n
		}
	}
	return min(2, len(b))
}

// text returns the Unicode text of one code and whether it was mapped.
func (f *pdfFont) text(code []byte) (string, bool) {
	if f.cmap != nil && f.cmap.toUni != nil {
		if s, ok := f.cmap.toUni[codeKey(code)]; ok {
			return s, s != "" && s != "\uFFFD"
		}
	}
	if f.simple {
		s := f.simpleEnc[code[0]]
		if s == "" || s == "\uFFFD" {
			return "", false
		}
		return s, true
	}
	var direct string
	if f.predef != nil && f.predef.decode != nil {
		direct = f.predef.decode(code)
		if direct != "" && !isPUA(direct) {
			return direct, true
		}
	}
	if f.cidUni != nil {
		cid, ok := f.cid(code), true
		if f.encCIDs != nil {
			cid, ok = f.encCIDs.cids[codeKey(code)]
		}
		if ok && int(cid) < len(f.cidUni) && f.cidUni[cid] > 0 {
			return string(f.cidUni[cid]), true
		}
	}
	return direct, direct != ""
}

func isPUA(s string) bool {
	for _, r := range s {
		if r >= 0xE000 && r <= 0xF8FF || r >= 0xF0000 {
			return true
		}
	}
	return false
}

// setupCIDRoute prepares the CID → Unicode route where it is meaningful:
// a predefined CMap (its codes map to CIDs of a known collection), or
// Identity on a CIDFontType0 or non-embedded font whose CIDs are those of
// the collection named in CIDSystemInfo. An embedded TrueType CIDFont's
// CIDs are glyph numbers of that one font and mean nothing elsewhere.
func (f *pdfFont) setupCIDRoute(enc, desc pdf.Value) {
	if enc.Kind() == pdf.Name && f.predef != nil && !strings.HasPrefix(enc.Name(), "Identity") {
		if m, coll := predefinedCIDCMap(enc.Name()); m != nil {
			f.encCIDs, f.cidUni = m, cidUnicode(coll)
		}
		return
	}
	if enc.Kind() != pdf.Name || !strings.HasPrefix(enc.Name(), "Identity") {
		return
	}
	info := desc.Key("CIDSystemInfo")
	if info.Key("Registry").RawString() != "Adobe" {
		return
	}
	fd := desc.Key("FontDescriptor")
	embeddedTT := fd.Key("FontFile2").Kind() == pdf.Stream
	if desc.Key("Subtype").Name() == "CIDFontType2" && embeddedTT {
		return
	}
	switch ord := info.Key("Ordering").RawString(); ord {
	case "GB1", "CNS1", "Japan1", "Korea1", "KR":
		f.cidUni = cidUnicode("Adobe-" + ord)
	}
}

// width returns the advance of a code in text space per unit font size.
func (f *pdfFont) width(code []byte) float64 {
	if f.simple {
		c := int(code[0])
		if i := c - f.firstChar; i >= 0 && i < len(f.widths) {
			return f.widths[i] * f.scale
		}
		if f.missingWidth > 0 {
			return f.missingWidth * f.scale
		}
		if len(f.widths) == 0 {
			// The standard 14 fonts may come without /Widths: half an em
			// is close enough for Latin that word gaps, not letter
			// advances, become spaces.
			return 500 * f.scale
		}
		return 0
	}
	if f.vertical {
		return 1 // default vertical advance w1 = −1000 (reported positive)
	}
	cid := f.cid(code)
	if w, ok := f.cidW[cid]; ok {
		return w * f.scale
	}
	return f.dw * f.scale
}

// cid returns the CID of a code for width lookup. For Identity and UCS2
// CMaps the code is the CID (or close enough for widths, which only drive
// word spacing).
func (f *pdfFont) cid(code []byte) uint32 {
	var v uint32
	for _, c := range code {
		v = v<<8 | uint32(c)
	}
	return v
}
