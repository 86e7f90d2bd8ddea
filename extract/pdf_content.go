package extract

import "math"

// The content-stream interpreter: it follows the text state (PDF 32000
// §9.3-9.4) and the current transformation matrix far enough to know where
// each glyph lands on the page, so that pdf_layout.go can rebuild visual
// lines whatever order and grouping the producer wrote them in.

// mat is an affine matrix [a b c d e f] in PDF's row-vector convention.
type mat [6]float64

var identity = mat{1, 0, 0, 1, 0, 0}

// mul returns m × n (apply m first, then n).
func (m mat) mul(n mat) mat {
	return mat{
		m[0]*n[0] + m[1]*n[2],
		m[0]*n[1] + m[1]*n[3],
		m[2]*n[0] + m[3]*n[2],
		m[2]*n[1] + m[3]*n[3],
		m[4]*n[0] + m[5]*n[2] + n[4],
		m[4]*n[1] + m[5]*n[3] + n[5],
	}
}

func (m mat) apply(x, y float64) (float64, float64) {
	return x*m[0] + y*m[2] + m[4], x*m[1] + y*m[3] + m[5]
}

// pdfGlyph is one shown code placed on the page.
type pdfGlyph struct {
	x, y   float64 // origin, device space
	dx, dy float64 // unit vector of the writing direction
	adv    float64 // advance along the writing direction
	size   float64 // glyph height (line spacing scale)
	text   string
	mapped bool
	// layerOff: drawn inside optional content (a layer) that is off by
	// default, so no reader of the document sees it.
	layerOff bool
}

// pageContent is what interpreting one page gave.
type pageContent struct {
	glyphs   []pdfGlyph
	shown    int  // codes shown by Tj/TJ/'/"
	unmapped int  // codes without Unicode text
	noFont   int  // codes shown with a font the resources do not have
	images   int  // image XObjects and inline images drawn
	broken   bool // a content stream could not be fully decoded
	limited  bool // stopped at an operator or glyph cap
}

// Interpretation caps. They bound hostile content (a form drawn a million
// times, a TJ of a billion codes); real pages stay far below them.
const (
	maxOpsPerPage    = 20_000_000
	maxGlyphsPerPage = 2_000_000
	maxFormDepth     = 12
	maxGStateDepth   = 256
)

type gstate struct {
	ctm                  mat
	font                 *pdfFont
	fontSize             float64
	tc, tw, th, tl, rise float64
}

type interp struct {
	page     *pageContent
	ops      int
	formPath []libObjKey
	// offDepth counts the enclosing marked-content sections and forms
	// that belong to a layer that is off.
	offDepth int
}

// interpretPage runs a page's content and then the appearance streams of
// its visible annotations (form field values, free text, stamps), which a
// reader sees on the page as much as the content itself.
func interpretPage(content []byte, res *libResources, appearances []*formXObject) *pageContent {
	pc := &pageContent{}
	in := &interp{page: pc}
	in.run(content, res, gstate{ctm: identity, th: 1}, 0)
	for _, ap := range appearances {
		if ap.err != nil {
			pc.broken = true
		}
		in.run(ap.content, ap.res, gstate{ctm: mat(ap.matrix), th: 1}, 1)
	}
	return pc
}

func num(o psObj) (float64, bool) {
	if o.Kind != psNum || math.IsNaN(o.Num) || math.IsInf(o.Num, 0) {
		return 0, false
	}
	return o.Num, true
}

func nums(args []psObj, n int) ([]float64, bool) {
	if len(args) < n {
		return nil, false
	}
	out := make([]float64, n)
	args = args[len(args)-n:]
	for i := range n {
		v, ok := num(args[i])
		if !ok {
			return nil, false
		}
		out[i] = v
	}
	return out, true
}

func (in *interp) run(content []byte, res *libResources, g gstate, depth int) {
	pc := in.page
	lx := psLexer{b: content}
	var args []psObj
	var stack []gstate
	// Marked content: each entry says whether that section is in an
	// off layer; unbalanced EMCs are ignored, unclosed sections end with
	// the stream.
	var marked []bool
	defer func() {
		for _, off := range marked {
			if off {
				in.offDepth--
			}
		}
	}()
	var tm, tlm mat = identity, identity

	show := func(s string) {
		f := g.font
		if f == nil {
			pc.shown += len(s)
			pc.unmapped += len(s)
			pc.noFont += len(s)
			return
		}
		b := []byte(s)
		for len(b) > 0 {
			n := max(1, min(f.nextCode(b), len(b)))
			code := b[:n]
			b = b[n:]
			pc.shown++
			text, ok := f.text(code)
			if !ok {
				pc.unmapped++
				text = "\uFFFD"
			}
			w := f.width(code)
			trm := mat{g.fontSize * g.th, 0, 0, g.fontSize, 0, g.rise}.mul(tm).mul(g.ctm)
			var tx, ty float64
			if f.vertical {
				ty = -(w*g.fontSize + g.tc)
				if n == 1 && code[0] == ' ' {
					ty -= g.tw
				}
			} else {
				tx = w*g.fontSize + g.tc
				if n == 1 && code[0] == ' ' {
					tx += g.tw
				}
				tx *= g.th
			}
			full := tm.mul(g.ctm)
			x0, y0 := full.apply(0, g.rise)
			x1, y1 := full.apply(tx, ty+g.rise)
			adv := math.Hypot(x1-x0, y1-y0)
			var dx, dy float64
			if f.vertical {
				// Writing direction is text space −y.
				dx, dy = -trm[2], -trm[3]
			} else {
				dx, dy = trm[0], trm[1]
			}
			if l := math.Hypot(dx, dy); l > 0 {
				dx, dy = dx/l, dy/l
			} else {
				dx, dy = 1, 0
			}
			size := math.Hypot(trm[2], trm[3]) * f.sizeScale
			if f.vertical {
				size = math.Hypot(trm[0], trm[1]) * f.sizeScale
			}
			if len(pc.glyphs) < maxGlyphsPerPage {
				pc.glyphs = append(pc.glyphs, pdfGlyph{x: trm[4], y: trm[5], dx: dx, dy: dy, adv: adv, size: size, text: text, mapped: ok, layerOff: in.offDepth > 0})
			} else {
				pc.limited = true
			}
			tm = mat{1, 0, 0, 1, tx, ty}.mul(tm)
		}
	}
	nextLine := func() {
		tlm = mat{1, 0, 0, 1, 0, -g.tl}.mul(tlm)
		tm = tlm
	}

	for {
		o, ok := lx.readObj(0)
		if !ok {
			return
		}
		if o.Kind != psOp {
			if len(args) < 64 {
				args = append(args, o)
			}
			continue
		}
		in.ops++
		if in.ops > maxOpsPerPage {
			pc.limited = true
			return
		}
		switch o.Str {
		case "q":
			if len(stack) < maxGStateDepth {
				stack = append(stack, g)
			}
		case "Q":
			if n := len(stack); n > 0 {
				g = stack[n-1]
				stack = stack[:n-1]
			}
		case "cm":
			if v, ok := nums(args, 6); ok {
				g.ctm = mat{v[0], v[1], v[2], v[3], v[4], v[5]}.mul(g.ctm)
			}
		case "BT":
			tm, tlm = identity, identity
		case "Tc":
			if v, ok := nums(args, 1); ok {
				g.tc = v[0]
			}
		case "Tw":
			if v, ok := nums(args, 1); ok {
				g.tw = v[0]
			}
		case "Tz":
			if v, ok := nums(args, 1); ok {
				g.th = v[0] / 100
			}
		case "TL":
			if v, ok := nums(args, 1); ok {
				g.tl = v[0]
			}
		case "Ts":
			if v, ok := nums(args, 1); ok {
				g.rise = v[0]
			}
		case "Tf":
			if len(args) >= 2 && args[len(args)-2].Kind == psName {
				g.font = res.font(args[len(args)-2].Str)
				g.fontSize, _ = num(args[len(args)-1])
			}
		case "Td", "TD":
			if v, ok := nums(args, 2); ok {
				if o.Str == "TD" {
					g.tl = -v[1]
				}
				tlm = mat{1, 0, 0, 1, v[0], v[1]}.mul(tlm)
				tm = tlm
			}
		case "Tm":
			if v, ok := nums(args, 6); ok {
				tlm = mat{v[0], v[1], v[2], v[3], v[4], v[5]}
				tm = tlm
			}
		case "T*":
			nextLine()
		case "Tj":
			if len(args) >= 1 && args[len(args)-1].Kind == psStr {
				show(args[len(args)-1].Str)
			}
		case "'":
			nextLine()
			if len(args) >= 1 && args[len(args)-1].Kind == psStr {
				show(args[len(args)-1].Str)
			}
		case "\"":
			if len(args) >= 3 {
				if v, ok := nums(args[len(args)-3:len(args)-1], 2); ok {
					g.tw, g.tc = v[0], v[1]
				}
			}
			nextLine()
			if len(args) >= 1 && args[len(args)-1].Kind == psStr {
				show(args[len(args)-1].Str)
			}
		case "TJ":
			if len(args) >= 1 && args[len(args)-1].Kind == psArray {
				for _, e := range args[len(args)-1].Arr {
					switch e.Kind {
					case psStr:
						show(e.Str)
					case psNum:
						adj := -e.Num / 1000 * g.fontSize
						if g.font != nil && g.font.vertical {
							tm = mat{1, 0, 0, 1, 0, adj}.mul(tm)
						} else {
							tm = mat{1, 0, 0, 1, adj * g.th, 0}.mul(tm)
						}
					}
				}
			}
		case "Do":
			if len(args) >= 1 && args[len(args)-1].Kind == psName {
				in.doXObject(args[len(args)-1].Str, res, g, depth)
			}
		case "BI":
			pc.images++
			lx.skipInlineImage()
		case "BMC":
			marked = append(marked, false)
		case "BDC":
			off := false
			if len(args) >= 2 && args[len(args)-2].Kind == psName && args[len(args)-2].Str == "OC" && args[len(args)-1].Kind == psName {
				off = res.layerOff(args[len(args)-1].Str)
			}
			if off {
				in.offDepth++
			}
			marked = append(marked, off)
		case "EMC":
			if n := len(marked); n > 0 {
				if marked[n-1] {
					in.offDepth--
				}
				marked = marked[:n-1]
			}
		}
		args = args[:0]
	}
}

func (in *interp) doXObject(name string, res *libResources, g gstate, depth int) {
	kind, form, key := res.xobject(name)
	switch kind {
	case "Image":
		in.page.images++
	case "Form":
		if form == nil || depth >= maxFormDepth {
			return
		}
		for _, k := range in.formPath {
			if k == key {
				return // a form that draws itself
			}
		}
		if form.err != nil {
			in.page.broken = true
		}
		in.formPath = append(in.formPath, key)
		g.ctm = mat(form.matrix).mul(g.ctm)
		if form.layerOff {
			in.offDepth++
		}
		in.run(form.content, form.res, g, depth+1)
		if form.layerOff {
			in.offDepth--
		}
		in.formPath = in.formPath[:len(in.formPath)-1]
	}
}
