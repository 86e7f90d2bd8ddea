package extract

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"reflect"

	"github.com/ledongthuc/pdf"
)

// This file is where the project meets github.com/ledongthuc/pdf, the
// primary PDF engine: opening the file, walking the page tree, reading
// streams, resources, metadata, annotations and form fields through its
// Value API. pdf_font.go also reads font dictionaries through Value.
//
// What we do not use, and why (measured, see docs/pdf-engines.md):
// Reader.Page(i) rescans the page tree from the root for every page (time ∝
// pages²) and Reader.GetPlainText caches fonts by resource name across pages.
// We walk the tree once, with a cycle guard, and resolve fonts per page.

// libObjKey identifies an indirect object (number, generation).
type libObjKey struct {
	id  uint32
	gen uint16
}

// objKeyOf returns the object number a Value was loaded from. The library
// keeps it in an unexported field; reading it by reflection is the only way
// to tell two references to the same object apart, which the page-tree
// cycle guard and the per-object font cache need. A direct object reports
// the number of the indirect object that contains it.
func objKeyOf(v pdf.Value) libObjKey {
	rv := reflect.ValueOf(v)
	p := rv.FieldByName("ptr")
	if !p.IsValid() || p.Kind() != reflect.Struct {
		return libObjKey{}
	}
	id, gen := p.FieldByName("id"), p.FieldByName("gen")
	if !id.IsValid() || !gen.IsValid() {
		return libObjKey{}
	}
	return libObjKey{id: uint32(id.Uint()), gen: uint16(gen.Uint())}
}

// openLib opens data with the library. Its constructor recovers its own
// panics, but not all of them; so do we.
func openLib(data []byte) (r *pdf.Reader, err error) {
	if err := preflightXref(data); err != nil {
		return nil, err
	}
	defer func() {
		if x := recover(); x != nil {
			r, err = nil, fmt.Errorf("结构损坏：%v", x)
		}
	}()
	return pdf.NewReader(bytes.NewReader(data), int64(len(data)))
}

// readStream returns a stream's decoded bytes, at most max of them. Part
// of a stream is returned with the error when decoding fails half way
// (damaged deflate data): the caller decides whether that is enough.
func readStream(v pdf.Value, max int64) (data []byte, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("流无法解码：%v", x)
		}
	}()
	rc := v.Reader()
	defer rc.Close()
	data, err = io.ReadAll(io.LimitReader(rc, max+1))
	if int64(len(data)) > max {
		return data[:max], fmt.Errorf("流解压后超过%d字节上限", max)
	}
	return data, err
}

// readContents returns a page's or form's content, concatenating an array
// of streams with a separator (operators may not span streams, but tokens
// must not run together).
func readContents(v pdf.Value, max int64) ([]byte, error) {
	switch v.Kind() {
	case pdf.Stream:
		return readStream(v, max)
	case pdf.Array:
		var buf []byte
		var firstErr error
		for i := 0; i < v.Len() && i < 10000; i++ {
			d, err := readStream(v.Index(i), max-int64(len(buf)))
			buf = append(buf, d...)
			buf = append(buf, '\n')
			if err != nil && firstErr == nil {
				firstErr = err
			}
			if int64(len(buf)) >= max {
				break
			}
		}
		return buf, firstErr
	}
	return nil, nil
}

// libPage is one leaf of the page tree with its inherited attributes.
type libPage struct {
	v         pdf.Value
	resources pdf.Value
	box       [4]float64 // CropBox or MediaBox: llx, lly, urx, ury
	hasBox    bool
}

var errPageTreeCycle = errors.New("页面树有循环引用")

// walkPages walks the page tree once, depth first, carrying Resources,
// MediaBox and CropBox down as PDF inheritance says. It stops after
// maxPages leaves (truncated true), and on a cycle through /Kids returns
// the pages found so far with errPageTreeCycle. A cycle through /Parent
// cannot hurt: /Parent is never followed.
func walkPages(r *pdf.Reader, maxPages int) (pages []libPage, truncated bool, err error) {
	defer func() {
		if x := recover(); x != nil {
			err = fmt.Errorf("页面树无法读取：%v", x)
		}
	}()
	root := r.Trailer().Key("Root").Key("Pages")
	if root.Kind() != pdf.Dict {
		return nil, false, errors.New("文档没有页面树（/Root /Pages）")
	}
	type frame struct {
		node      pdf.Value
		res       pdf.Value
		box       [4]float64
		hasBox    bool
		depth     int
		parentKey libObjKey
	}
	const maxDepth = 64
	visited := map[libObjKey]bool{}
	stack := []frame{{node: root, parentKey: libObjKey{^uint32(0), 0}}}
	visits := 0
	cycle := false
	// A node seen before, or a kid that is its own parent, is skipped and
	// remembered: the pages reachable without the loop are still read.
	for len(stack) > 0 {
		fr := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		visits++
		if visits > 4*maxPages+10000 {
			return pages, false, errPageTreeCycle
		}
		node := fr.node
		key := objKeyOf(node)
		if key != fr.parentKey && key != (libObjKey{}) {
			if visited[key] {
				cycle = true
				continue
			}
			visited[key] = true
		}
		if res := node.Key("Resources"); res.Kind() == pdf.Dict {
			fr.res = res
		}
		for _, name := range []string{"MediaBox", "CropBox"} {
			if b := node.Key(name); b.Len() == 4 {
				for i := range 4 {
					fr.box[i] = b.Index(i).Float64()
				}
				fr.hasBox = true
			}
		}
		kids := node.Key("Kids")
		typ := node.Key("Type").Name()
		if typ == "Pages" || (typ != "Page" && kids.Kind() == pdf.Array) {
			if fr.depth >= maxDepth {
				cycle = true
				continue
			}
			for i := kids.Len() - 1; i >= 0; i-- {
				k := kids.Index(i)
				if k.Kind() != pdf.Dict {
					continue
				}
				if objKeyOf(k) == key && k.String() == node.String() {
					cycle = true
					continue
				}
				stack = append(stack, frame{node: k, res: fr.res, box: fr.box, hasBox: fr.hasBox, depth: fr.depth + 1, parentKey: key})
			}
			continue
		}
		if len(pages) >= maxPages {
			return pages, true, nil
		}
		pages = append(pages, libPage{v: node, resources: fr.res, box: fr.box, hasBox: fr.hasBox})
	}
	if cycle {
		return pages, false, errPageTreeCycle
	}
	return pages, false, nil
}

// libResources gives the content interpreter fonts and XObjects from one
// resource dictionary, with document-wide caches keyed by object identity.
type libResources struct {
	doc *libDoc
	v   pdf.Value
}

type libDoc struct {
	r     *pdf.Reader
	fonts map[fontCacheKey]*pdfFont
	forms map[libObjKey]*formXObject
	// maxStream bounds one decoded content stream.
	maxStream int64
	// layersOff holds the optional content groups that are off in the
	// default configuration (/OCProperties /D /OFF); nil until read.
	layersOff map[libObjKey]bool
}

// offLayers reads /OCProperties /D /OFF once.
func (ld *libDoc) offLayers() map[libObjKey]bool {
	if ld.layersOff != nil {
		return ld.layersOff
	}
	ld.layersOff = map[libObjKey]bool{}
	func() {
		defer func() { _ = recover() }()
		off := ld.r.Trailer().Key("Root").Key("OCProperties").Key("D").Key("OFF")
		for i := 0; i < off.Len() && i < 10000; i++ {
			ld.layersOff[objKeyOf(off.Index(i))] = true
		}
	}()
	return ld.layersOff
}

// ocOff reports whether an optional content group or membership
// dictionary is off by default. A membership dictionary (OCMD) with the
// default AnyOn policy is off when all its groups are.
func (ld *libDoc) ocOff(oc pdf.Value) bool {
	off := ld.offLayers()
	if len(off) == 0 || oc.Kind() != pdf.Dict {
		return false
	}
	if oc.Key("Type").Name() != "OCMD" {
		return off[objKeyOf(oc)]
	}
	groups := oc.Key("OCGs")
	if groups.Kind() == pdf.Dict {
		return off[objKeyOf(groups)]
	}
	if groups.Len() == 0 {
		return false
	}
	for i := 0; i < groups.Len(); i++ {
		if !off[objKeyOf(groups.Index(i))] {
			return false
		}
	}
	return true
}

// layerOff reports whether the named /Properties entry is a layer that is
// off by default.
func (rs *libResources) layerOff(name string) bool {
	if rs == nil {
		return false
	}
	return rs.doc.ocOff(rs.v.Key("Properties").Key(name))
}

type fontCacheKey struct {
	obj  libObjKey
	name string
}

type formXObject struct {
	content  []byte
	matrix   [6]float64
	res      *libResources
	err      error
	layerOff bool // the form belongs to a layer that is off (/OC)
}

func (rs *libResources) font(name string) (f *pdfFont) {
	if rs == nil {
		return nil
	}
	fv := rs.v.Key("Font").Key(name)
	if fv.Kind() != pdf.Dict {
		return nil
	}
	key := fontCacheKey{objKeyOf(fv), name}
	if f, ok := rs.doc.fonts[key]; ok {
		return f
	}
	defer func() {
		if x := recover(); x != nil {
			f = &pdfFont{scale: 0.001, sizeScale: 1, dw: 1000}
		}
		rs.doc.fonts[key] = f
	}()
	return loadFont(fv)
}

// xobject returns the kind of a named XObject ("Form", "Image", "") and
// for a form its content. The key lets the caller guard against a form
// that draws itself.
func (rs *libResources) xobject(name string) (kind string, form *formXObject, key libObjKey) {
	if rs == nil {
		return "", nil, key
	}
	xv := rs.v.Key("XObject").Key(name)
	if xv.Kind() != pdf.Stream {
		return "", nil, key
	}
	kind = xv.Key("Subtype").Name()
	if kind != "Form" {
		return kind, nil, key
	}
	key = objKeyOf(xv)
	if f, ok := rs.doc.forms[key]; ok {
		return kind, f, key
	}
	f := &formXObject{matrix: [6]float64{1, 0, 0, 1, 0, 0}, res: rs}
	f.content, f.err = readStream(xv, rs.doc.maxStream)
	f.layerOff = rs.doc.ocOff(xv.Key("OC"))
	if m := xv.Key("Matrix"); m.Len() == 6 {
		for i := range 6 {
			f.matrix[i] = m.Index(i).Float64()
		}
	}
	if res := xv.Key("Resources"); res.Kind() == pdf.Dict {
		f.res = &libResources{doc: rs.doc, v: res}
	}
	rs.doc.forms[key] = f
	return kind, f, key
}

// textString decodes a PDF text string (Info values, annotation contents,
// field values): UTF-16BE with BOM, UTF-8 with BOM (PDF 2.0), else
// PDFDocEncoding; bytes that are neither but form valid UTF-8 or GBK (some
// Chinese producers write those) are decoded as such.
func textString(v pdf.Value) string {
	switch v.Kind() {
	case pdf.String:
		return decodeTextString(v.RawString())
	case pdf.Name:
		return v.Name()
	}
	return ""
}

func pageTreeReachable(r *pdf.Reader) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = false
		}
	}()
	return r.Trailer().Key("Root").Key("Pages").Kind() == pdf.Dict
}

// annotationAppearances returns the normal appearance streams of a page's
// visible annotations, each with the matrix that places its bounding box
// on the annotation's rectangle (PDF 32000 §12.5.5, algorithm 8.1).
func annotationAppearances(ld *libDoc, p libPage) (out []*formXObject) {
	defer func() {
		if recover() != nil {
			out = nil
		}
	}()
	annots := p.v.Key("Annots")
	for i := 0; i < annots.Len() && i < 10000; i++ {
		a := annots.Index(i)
		flags := a.Key("F").Int64()
		if flags&(2|32) != 0 || a.Key("Subtype").Name() == "Popup" { // Hidden, NoView
			continue
		}
		ap := a.Key("AP").Key("N")
		if ap.Kind() == pdf.Dict {
			ap = ap.Key(a.Key("AS").Name())
		}
		if ap.Kind() != pdf.Stream {
			continue
		}
		rect, ok := numbers4(a.Key("Rect"))
		if !ok {
			continue
		}
		bbox, ok := numbers4(ap.Key("BBox"))
		if !ok {
			continue
		}
		m := mat(identity)
		if mv := ap.Key("Matrix"); mv.Len() == 6 {
			for j := range 6 {
				m[j] = mv.Index(j).Float64()
			}
		}
		// Transformed bounding box, then the map from it onto Rect.
		xs, ys := []float64{}, []float64{}
		for _, c := range [][2]float64{{bbox[0], bbox[1]}, {bbox[2], bbox[1]}, {bbox[0], bbox[3]}, {bbox[2], bbox[3]}} {
			x, y := m.apply(c[0], c[1])
			xs, ys = append(xs, x), append(ys, y)
		}
		bx0, bx1 := minMax(xs)
		by0, by1 := minMax(ys)
		rx0, rx1 := minMax([]float64{rect[0], rect[2]})
		ry0, ry1 := minMax([]float64{rect[1], rect[3]})
		sx, sy := 1.0, 1.0
		if bx1-bx0 > 0 {
			sx = (rx1 - rx0) / (bx1 - bx0)
		}
		if by1-by0 > 0 {
			sy = (ry1 - ry0) / (by1 - by0)
		}
		place := mat{sx, 0, 0, sy, rx0 - bx0*sx, ry0 - by0*sy}
		f := &formXObject{res: &libResources{doc: ld, v: p.resources}}
		f.content, f.err = readStream(ap, ld.maxStream)
		f.matrix = m.mul(place)
		if res := ap.Key("Resources"); res.Kind() == pdf.Dict {
			f.res = &libResources{doc: ld, v: res}
		}
		out = append(out, f)
	}
	return out
}

func numbers4(v pdf.Value) ([4]float64, bool) {
	var out [4]float64
	if v.Len() != 4 {
		return out, false
	}
	for i := range 4 {
		out[i] = v.Index(i).Float64()
	}
	return out, true
}

func minMax(v []float64) (lo, hi float64) {
	lo, hi = v[0], v[0]
	for _, x := range v[1:] {
		lo, hi = min(lo, x), max(hi, x)
	}
	return lo, hi
}

// hasDanglingKey reports whether dict v names key but the value cannot be
// resolved: a damaged file whose object went missing, which is not the
// same as a page without content.
func hasDanglingKey(v pdf.Value, key string) bool {
	if v.Key(key).Kind() != pdf.Null {
		return false
	}
	for _, k := range v.Keys() {
		if k == key {
			return true
		}
	}
	return false
}

// preflightXref walks the cross-reference chain the way the library will,
// with our own tokenizer, and refuses what would hurt it: the library
// allocates a table as large as any object number or /Size a file claims (a
// 600-byte file asking for four billion entries exhausts memory, which no
// recover can catch), and follows /Prev without a loop check (hangs). A
// refused file goes to the pdfcpu repair instead.
func preflightXref(d []byte) error {
	tail := d[max(0, len(d)-1024):]
	i := bytes.LastIndex(tail, []byte("startxref"))
	if i < 0 {
		return nil // the library will refuse it by itself
	}
	lx := psLexer{b: tail[i+len("startxref"):]}
	o, ok := lx.readObj(0)
	if !ok || o.Kind != psNum {
		return nil
	}
	limit := float64(len(d)) + 1024 // object numbers beyond this cannot all exist
	seen := map[int64]bool{}
	off := int64(o.Num)
	for steps := 0; ; steps++ {
		if off < 0 || off >= int64(len(d)) || steps > 1000 {
			return nil
		}
		if seen[off] {
			return errors.New("交叉引用表的 /Prev 形成循环")
		}
		seen[off] = true
		lx := psLexer{b: d[off:]}
		tok, first := lx.next()
		var trailer psObj
		switch {
		case tok == tokObj && first.Kind == psOp && first.Str == "xref":
			for {
				a, ok := lx.readObj(0)
				if !ok {
					return nil
				}
				if a.Kind == psOp && a.Str == "trailer" {
					trailer, _ = lx.readObj(0)
					break
				}
				n, ok := lx.readObj(0)
				if !ok || a.Kind != psNum || n.Kind != psNum {
					return nil // malformed: the library reports it
				}
				if a.Num < 0 || n.Num < 0 || a.Num+n.Num > limit {
					return fmt.Errorf("交叉引用表声称有%.0f个对象，超出文件大小", a.Num+n.Num)
				}
				for k := 0; k < int(n.Num)*3; k++ {
					if _, ok := lx.readObj(0); !ok {
						return nil
					}
				}
			}
		case tok == tokObj && first.Kind == psNum: // "N G obj <<…>> stream": an xref stream
			lx.readObj(0) // generation
			if kw, _ := lx.readObj(0); kw.Kind != psOp || kw.Str != "obj" {
				return nil
			}
			trailer, _ = lx.readObj(0)
			if size, ok := trailer.dictGet("Size"); ok && size.Kind == psNum && size.Num > limit {
				return fmt.Errorf("交叉引用流声称有%.0f个对象，超出文件大小", size.Num)
			}
			if idx, ok := trailer.dictGet("Index"); ok {
				for k := 0; k+1 < len(idx.Arr); k += 2 {
					if idx.Arr[k].Num+idx.Arr[k+1].Num > limit {
						return errors.New("交叉引用流的 /Index 超出文件大小")
					}
				}
			}
		default:
			return nil
		}
		prev, ok := trailer.dictGet("Prev")
		if !ok || prev.Kind != psNum {
			return nil
		}
		off = int64(prev.Num)
	}
}
