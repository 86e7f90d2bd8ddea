package extract

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os/exec"
	"sort"
	"strconv"
	"strings"

	"github.com/ledongthuc/pdf"
)

// PDF extraction. The primary engine is github.com/ledongthuc/pdf (design
// card), used as the parser of the file's structure; page-tree walking,
// font decoding and layout are ours (pdf_*.go) because the library's own
// text functions lose text (see pdf_ledongthuc.go). pdfcpu decrypts;
// pdftotext, when installed, reads the pages the Go engine could not.

// Engine names as they appear in Document.Engines.
const (
	engineGo        = "ledongthuc"
	enginePdftotext = "pdftotext"
)

// pdfOptions are the knobs tests need; extractPDF uses the defaults.
type pdfOptions struct {
	// fallback allows the second engine for pages the Go engine could
	// not read plausibly.
	fallback bool
	// pdftotext is the program's path; "" means not available.
	pdftotext string
}

func defaultPDFOptions() pdfOptions {
	path, _ := exec.LookPath("pdftotext")
	return pdfOptions{fallback: path != "", pdftotext: path}
}

// extractPDF reads a PDF: the text of every page as visual lines, the
// annotations, form fields and metadata, and says in Unread what it could
// not read (encrypted, scanned pages, undecodable pages, limits).
func extractPDF(ctx context.Context, data []byte, lim Limits) (*Document, error) {
	return extractPDFWith(ctx, data, lim, defaultPDFOptions())
}

func extractPDFWith(ctx context.Context, data []byte, lim Limits, opt pdfOptions) (doc *Document, err error) {
	defer func() {
		// The library panics on malformed input in places its own
		// recovers do not reach; one bad file must not end the run.
		if x := recover(); x != nil {
			doc, err = nil, fmt.Errorf("PDF 无法读取（解析器内部错误：%v）", x)
		}
	}()
	if lim.MaxPages <= 0 {
		lim.MaxPages = DefaultLimits().MaxPages
	}
	if lim.MaxTextBytes <= 0 {
		lim.MaxTextBytes = DefaultLimits().MaxTextBytes
	}
	e := &pdfExtraction{ctx: ctx, lim: lim, opt: opt, doc: &Document{Format: "pdf"}}
	return e.run(data)
}

type pdfExtraction struct {
	ctx  context.Context
	lim  Limits
	opt  pdfOptions
	doc  *Document
	data []byte // the bytes actually parsed (header-patched, decrypted)

	sawNoFont bool // some page named a font the file could not resolve
	repaired  bool // data already came from pdfcpuRewrite
	revision  bool // reading an earlier revision: pages only
}

// maxContentStream bounds one decoded content stream (a deflate bomb
// must not take the memory of the whole machine).
func (e *pdfExtraction) maxContentStream() int64 {
	if e.lim.MaxEntrySize > 0 {
		return e.lim.MaxEntrySize
	}
	return 256 << 20
}

func (e *pdfExtraction) run(data []byte) (*Document, error) {
	doc := e.doc
	var err error
	d := normalizePDFHeader(data)
	if bytes.Contains(d, []byte("/Encrypt")) {
		dec, err := pdfcpuDecrypt(d)
		switch {
		case errors.Is(err, errNeedsPassword):
			doc.Unread = append(doc.Unread, errNeedsPassword.Error())
			return doc, nil
		case err == nil:
			d = normalizePDFHeader(dec)
			doc.Engines = append(doc.Engines, "pdfcpu: 空密码解密")
		}
		// Other pdfcpu failures: the library may still open it (it
		// handles RC4 and AES-128 with an empty password itself).
	}
	var r *pdf.Reader
	var repair repairNote
	r, d, repair, err = openWithRepairs(d)
	if repair.engine != "" {
		doc.Engines = append(doc.Engines, repair.engine)
	}
	if repair.unread != "" {
		doc.Unread = append(doc.Unread, repair.unread)
	}
	if err != nil {
		if errors.Is(err, errNeedsPassword) {
			doc.Unread = append(doc.Unread, errNeedsPassword.Error())
			return doc, nil
		}
		return e.wholeFileFallback(d, err)
	}
	e.data = d
	doc, err = e.readPages(r)
	if err != nil || !e.sawNoFont || e.repaired {
		return doc, err
	}
	// Fonts that the resources name but the file cannot resolve are the
	// mark of a damaged cross-reference table that still opened: let
	// pdfcpu rebuild it and keep the better reading.
	fixed, ferr := pdfcpuRewrite(d)
	if ferr != nil {
		return doc, nil
	}
	r2, err2 := openLibChecked(normalizePDFHeader(fixed))
	if err2 != nil {
		return doc, nil
	}
	e2 := &pdfExtraction{ctx: e.ctx, lim: e.lim, opt: e.opt, doc: &Document{Format: "pdf"}, data: normalizePDFHeader(fixed), repaired: true}
	doc2, err2 := e2.readPages(r2)
	if err2 == nil && len(doc2.Unread) < len(doc.Unread) {
		doc2.Engines = append([]string{"pdfcpu: 修复交叉引用表"}, doc2.Engines...)
		return doc2, nil
	}
	return doc, nil
}

// openWithRepairs opens the document with the library, and when that
// fails tries the two repairs that cover most damaged files seen: cutting
// trailing junk after the last %%EOF, and letting pdfcpu rebuild the
// cross-reference table.
func openWithRepairs(d []byte) (*pdf.Reader, []byte, repairNote, error) {
	r, err := openLib(d)
	if err == nil && pageTreeReachable(r) {
		return r, d, repairNote{}, nil
	}
	if err != nil && errors.Is(err, pdf.ErrInvalidPassword) {
		return nil, d, repairNote{}, errNeedsPassword
	}
	// The library opened the file but cannot reach the page tree: most
	// often a trailer /Size smaller than the object numbers used, a
	// producer bug that hides nothing. Any other failure is damage.
	sizeOnly := err == nil
	if err == nil {
		err = errors.New("找不到页面树（/Root /Pages）")
	}
	first := err
	if i := bytes.LastIndex(d, []byte("%%EOF")); !sizeOnly && i > 0 && len(d)-i > 6 {
		cut := append(append([]byte(nil), d[:i+5]...), '\n')
		if r, err := openLibChecked(cut); err == nil {
			return r, cut, repairNote{
				engine: "修复：忽略 %%EOF 之后的多余数据",
				unread: fmt.Sprintf("文件末尾（%%%%EOF 之后）有%d字节多余数据，未读取", len(d)-i-5),
			}, nil
		}
	}
	if fixed, err := pdfcpuRewrite(d); err == nil {
		fixed = normalizePDFHeader(fixed)
		if r, err := openLibChecked(fixed); err == nil {
			// pdfcpu rewrites the Info dictionary's Producer and dates.
			note := repairNote{engine: "pdfcpu: 修复交叉引用表（元数据中的 Producer 为 pdfcpu 所写）"}
			if !sizeOnly {
				note.unread = fmt.Sprintf("文件结构损坏（%s），经修复后读取，内容可能不完整", plainLibError(first))
			}
			return r, fixed, note, nil
		}
	} else if errors.Is(err, errNeedsPassword) {
		return nil, d, repairNote{}, errNeedsPassword
	}
	return nil, d, repairNote{}, first
}

// repairNote says what a repair did (for Engines) and, when the repair
// may have lost content, what the reviewer must know (for Unread).
type repairNote struct {
	engine string
	unread string
}

// plainLibError turns the library's English messages into words a
// reviewer understands.
func plainLibError(err error) string {
	msg := err.Error()
	for _, m := range []struct{ in, out string }{
		{"invalid header", "文件头不是PDF"},
		{"missing %%EOF", "缺少文件结束标记"},
		{"startxref", "找不到交叉引用表的位置（startxref）"},
		{"xref", "交叉引用表损坏"},
		{"cross-reference", "交叉引用表损坏"},
		{"trailer", "文件尾（trailer）损坏"},
		{"encryption", "加密方式不受支持"},
	} {
		if strings.Contains(msg, m.in) {
			return m.out + "（" + msg + "）"
		}
	}
	return msg
}

// openLibChecked opens the document and checks that its page tree is
// reachable: a cross-reference table too short for the file (/Size smaller
// than the object numbers used) opens fine but resolves /Root to nothing.
func openLibChecked(d []byte) (*pdf.Reader, error) {
	r, err := openLib(d)
	if err != nil {
		return nil, err
	}
	if !pageTreeReachable(r) {
		return nil, errors.New("找不到页面树（/Root /Pages）")
	}
	return r, nil
}

// normalizePDFHeader makes the header one the library accepts: it wants
// "%PDF-1.[0-7]" followed by an end of line, so PDF 2.0 files (and 1.x
// headers followed by a space or a comment) are refused otherwise. The
// patch keeps the length, so no offset moves; the bytes are copied only
// when a patch is needed.
func normalizePDFHeader(d []byte) []byte {
	if len(d) < 9 || !bytes.HasPrefix(d, []byte("%PDF-")) {
		return d
	}
	okVersion := d[5] == '1' && d[6] == '.' && d[7] >= '0' && d[7] <= '7'
	okEOL := d[8] == '\r' || d[8] == '\n'
	if okVersion && okEOL {
		return d
	}
	out := append([]byte(nil), d...)
	if !okVersion {
		copy(out[5:8], "1.7")
	}
	if !okEOL {
		out[8] = '\n'
	}
	return out
}

// pageResult is what one page gave the Go engine.
type pageResult struct {
	no     int
	text   string
	hidden string // text drawn outside the page's visible box
	layer  string // text in layers (optional content) that are off by default
	reason string // why the text is implausible; "" if fine
	// mapping is set when the reason is that codes have no trustworthy
	// Unicode (as opposed to a content stream that could not be parsed):
	// another engine's reading of such a page cannot be checked.
	mapping    bool
	unverified bool // text came from the second engine for a mapping failure
	chars      int  // non-space characters the Go engine saw (U+FFFD included)
	noFont     int
	images     int
	engine     string
	comment    []Part
}

func (e *pdfExtraction) readPages(r *pdf.Reader) (*Document, error) {
	doc := e.doc
	pages, truncated, werr := walkPages(r, e.lim.MaxPages)
	declared := r.Trailer().Key("Root").Key("Pages").Key("Count").Int64()
	if truncated || declared > int64(e.lim.MaxPages) {
		doc.Unread = append(doc.Unread, fmt.Sprintf("页数（%d）超过上限%d页，第%d页之后未读取", max(declared, int64(len(pages))), e.lim.MaxPages, e.lim.MaxPages))
	}
	if werr == nil && len(pages) == 0 {
		doc.Unread = append(doc.Unread, "文档中没有找到页面")
	}
	if werr != nil {
		doc.Unread = append(doc.Unread, fmt.Sprintf("%v，只读取了找到的%d页", werr, len(pages)))
	}
	ld := &libDoc{r: r, fonts: map[fontCacheKey]*pdfFont{}, forms: map[libObjKey]*formXObject{}, maxStream: e.maxContentStream()}
	pageOf := make(map[libObjKey]int, len(pages))
	results := make([]*pageResult, 0, len(pages))
	var textBytes int64
	for i, p := range pages {
		if err := e.ctx.Err(); err != nil {
			return nil, fmt.Errorf("PDF 读取中止（第%d页）：%w", i+1, err)
		}
		pageOf[objKeyOf(p.v)] = i + 1
		res := e.readPage(ld, p, i+1)
		if res.noFont > 0 {
			e.sawNoFont = true
		}
		textBytes += int64(len(res.text) + len(res.hidden) + len(res.layer))
		if textBytes > e.lim.MaxTextBytes {
			doc.Unread = append(doc.Unread, fmt.Sprintf("文字量超过上限（%d字节），第%d页起未读取", e.lim.MaxTextBytes, i+1))
			break
		}
		results = append(results, res)
	}
	e.fallback(results)
	e.assemble(results)
	if e.revision {
		return doc, nil
	}
	doc.Parts = append(doc.Parts, e.earlierRevisionParts(doc.Parts)...)
	doc.Parts = append(doc.Parts, fieldParts(r, pageOf)...)
	doc.Parts = append(doc.Parts, metadataParts(r, e.maxContentStream())...)
	doc.Embedded = append(doc.Embedded, embeddedFiles(r)...)
	return doc, nil
}

// readPage interprets one page with the Go engine.
func (e *pdfExtraction) readPage(ld *libDoc, p libPage, no int) (res *pageResult) {
	res = &pageResult{no: no, engine: engineGo}
	defer func() {
		if x := recover(); x != nil {
			res.reason = fmt.Sprintf("页面解析出错：%v", x)
		}
	}()
	content, cerr := readContents(p.v.Key("Contents"), ld.maxStream)
	pc := interpretPage(content, &libResources{doc: ld, v: p.resources}, annotationAppearances(ld, p))
	var shown, layerOff []pdfGlyph
	for _, g := range pc.glyphs {
		if g.layerOff {
			layerOff = append(layerOff, g)
		} else {
			shown = append(shown, g)
		}
	}
	inside, outside := splitByBox(shown, p)
	res.text = strings.Join(layoutLines(inside), "\n")
	res.hidden = strings.Join(layoutLines(outside), "\n")
	res.layer = strings.Join(layoutLines(layerOff), "\n")
	res.images = pc.images
	res.reason = implausible(res.text+res.hidden+res.layer, pc.shown, pc.unmapped)
	res.mapping = res.reason != ""
	if res.reason == reasonMojibake {
		// Old Chinese producers drew GBK bytes through a Latin font.
		// Decoding them as GBK is a guess: the text is kept for the
		// scanner, and the page stays unread.
		if t, ok := recoverGBKMojibake(res.text); ok {
			res.text = t
			res.reason = "文字按GBK推测解码（字体编码错误），结果无法核实"
		}
	}
	res.chars = statsOf(res.text + res.hidden + res.layer).nonSpace
	res.noFont = pc.noFont
	if res.reason == "" && cerr != nil {
		// A stream that stops decoding half way gave part of the page:
		// what followed the damage is unknown.
		if pc.shown == 0 && pc.images == 0 {
			res.reason = fmt.Sprintf("页面内容无法解码（%v）", cerr)
		} else {
			res.reason = fmt.Sprintf("页面内容流损坏，只读到一部分（%v）", cerr)
		}
	}
	if res.reason == "" && pc.shown == 0 && hasDanglingKey(p.v, "Contents") {
		res.reason = "页面内容缺失（文件损坏）"
	}
	if pc.noFont > 0 && pc.noFont == pc.unmapped {
		res.mapping = false // a missing font is damage, not a mapping question
	}
	if res.reason == "" && pc.limited {
		res.reason = "页面内容过于复杂，超过解析上限"
	}
	res.comment = annotationParts(p.v, no, e.doc)
	return res
}

// splitByBox separates glyphs drawn inside the page's visible box from
// those outside it, which no reader of the printed page sees.
func splitByBox(glyphs []pdfGlyph, p libPage) (inside, outside []pdfGlyph) {
	if !p.hasBox {
		return glyphs, nil
	}
	x0, y0, x1, y1 := p.box[0], p.box[1], p.box[2], p.box[3]
	if x0 > x1 {
		x0, x1 = x1, x0
	}
	if y0 > y1 {
		y0, y1 = y1, y0
	}
	if x1-x0 < 1 || y1-y0 < 1 {
		return glyphs, nil
	}
	for _, g := range glyphs {
		m := g.size
		if g.x < x0-m || g.x > x1+m || g.y < y0-m || g.y > y1+m {
			outside = append(outside, g)
		} else {
			inside = append(inside, g)
		}
	}
	return inside, outside
}

// fallback re-reads implausible pages with the second engine, and keeps
// its text only where that text is plausible.
func (e *pdfExtraction) fallback(results []*pageResult) {
	if !e.opt.fallback || e.opt.pdftotext == "" {
		return
	}
	first, last := 0, 0
	for _, r := range results {
		if r.reason != "" {
			if first == 0 {
				first = r.no
			}
			last = r.no
		}
	}
	if first == 0 {
		return
	}
	texts, err := runPdftotext(e.ctx, e.opt.pdftotext, e.data, first, last, e.lim.MaxTextBytes)
	if err != nil && len(texts) == 0 {
		return
	}
	for _, r := range results {
		if r.reason == "" || r.no < first || r.no-first >= len(texts) {
			continue
		}
		t := tidyLayoutText(texts[r.no-first])
		got := statsOf(t).nonSpace
		// The second engine must give plausible text, and about as much
		// as the page drew: pdftotext silently drops what it cannot map.
		if got == 0 || implausible(t, 0, 0) != "" || float64(got) < 0.8*float64(r.chars) {
			continue
		}
		r.text, r.hidden, r.layer, r.engine = t, "", "", enginePdftotext
		if r.mapping {
			// pdftotext found a mapping we did not (the font program's
			// own tables); it may be right or garbage, and nothing here
			// can tell. Its text is scanned, the page stays unverified.
			r.unverified = true
			continue
		}
		r.reason = ""
	}
}

// tidyLayoutText trims the padding pdftotext -layout puts around lines and
// drops empty lines.
func tidyLayoutText(s string) string {
	lines := strings.Split(s, "\n")
	out := lines[:0]
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			out = append(out, l)
		}
	}
	return strings.Join(out, "\n")
}

// assemble turns page results into parts, Unread entries and engines.
func (e *pdfExtraction) assemble(results []*pageResult) {
	doc := e.doc
	engines := map[string][]int{}
	var scanned, unverified []int
	undecodable := map[string][]int{}
	for _, r := range results {
		if r.text != "" {
			doc.Parts = append(doc.Parts, Part{Kind: KindBody, Page: r.no, Line: 1, Text: r.text})
		}
		if r.hidden != "" {
			doc.Parts = append(doc.Parts, Part{Kind: KindHidden, Name: "页面可见区域之外的文字", Page: r.no, Line: 1, Text: r.hidden})
		}
		if r.layer != "" {
			doc.Parts = append(doc.Parts, Part{Kind: KindHidden, Name: "默认隐藏图层中的文字", Page: r.no, Line: 1, Text: r.layer})
		}
		doc.Parts = append(doc.Parts, r.comment...)
		switch {
		case r.unverified:
			unverified = append(unverified, r.no)
		case r.reason != "":
			undecodable[r.reason] = append(undecodable[r.reason], r.no)
		case r.text == "" && r.hidden == "" && r.layer == "" && r.images > 0:
			scanned = append(scanned, r.no)
		}
		if (r.reason == "" || r.unverified) && (r.text != "" || r.hidden != "" || r.layer != "") {
			engines[r.engine] = append(engines[r.engine], r.no)
		}
	}
	if len(unverified) > 0 {
		doc.Unread = append(doc.Unread, fmt.Sprintf("第%s页文字无法可靠解码（字体缺少Unicode映射；已由pdftotext读取，结果无法核实）", pageList(unverified)))
	}
	if len(scanned) > 0 {
		doc.Unread = append(doc.Unread, fmt.Sprintf("第%s页为扫描图像，无文字层（需OCR）", pageList(scanned)))
	}
	reasons := make([]string, 0, len(undecodable))
	for reason := range undecodable {
		reasons = append(reasons, reason)
	}
	sort.Strings(reasons)
	for _, reason := range reasons {
		doc.Unread = append(doc.Unread, fmt.Sprintf("第%s页文字无法解码（%s）", pageList(undecodable[reason]), reason))
	}
	for _, name := range []string{engineGo, enginePdftotext} {
		if pages := engines[name]; len(pages) > 0 {
			doc.Engines = append(doc.Engines, fmt.Sprintf("%s: %s", name, pageRanges(pages)))
		}
	}
}

// wholeFileFallback is the path for a file the Go engine cannot open at
// all: pdftotext may still read its text; annotations, fields and metadata
// are then unknown, which Unread says.
func (e *pdfExtraction) wholeFileFallback(d []byte, openErr error) (*Document, error) {
	reason := plainLibError(openErr)
	if !e.opt.fallback || e.opt.pdftotext == "" {
		return nil, fmt.Errorf("PDF 结构损坏，无法读取：%s", reason)
	}
	texts, err := runPdftotext(e.ctx, e.opt.pdftotext, d, 1, e.lim.MaxPages, e.lim.MaxTextBytes)
	if err != nil && len(texts) == 0 {
		return nil, fmt.Errorf("PDF 结构损坏，无法读取：%s；%v", reason, err)
	}
	doc := e.doc
	var read []int
	for i, t := range texts {
		t = tidyLayoutText(t)
		if t == "" {
			continue
		}
		if why := implausible(t, 0, 0); why != "" {
			doc.Unread = append(doc.Unread, fmt.Sprintf("第%d页文字无法解码（%s）", i+1, why))
		}
		doc.Parts = append(doc.Parts, Part{Kind: KindBody, Page: i + 1, Line: 1, Text: t})
		read = append(read, i+1)
	}
	if len(read) == 0 {
		// Nothing at all could be read: that is an error, not a
		// partly read document.
		return nil, fmt.Errorf("PDF 结构损坏，无法读取：%s；pdftotext 也未读出文字", reason)
	}
	doc.Engines = append(doc.Engines, fmt.Sprintf("%s: %s", enginePdftotext, pageRanges(read)))
	doc.Unread = append(doc.Unread, fmt.Sprintf("PDF 结构损坏（%s），只读取了正文文字，批注、表单和元数据未读取", reason))
	if errors.Is(err, errPdftotextTruncated) {
		doc.Unread = append(doc.Unread, "文字量超过上限，后面的页未读取")
	}
	return doc, nil
}

// pageRanges formats sorted page numbers as "1-4, 6".
func pageRanges(pages []int) string {
	return formatPages(pages, ", ", "-")
}

// pageList formats page numbers for a Chinese sentence: "1-3、5".
func pageList(pages []int) string {
	return formatPages(pages, "、", "-")
}

func formatPages(pages []int, sep, dash string) string {
	var parts []string
	for i := 0; i < len(pages); {
		j := i
		for j+1 < len(pages) && pages[j+1] == pages[j]+1 {
			j++
		}
		if j == i {
			parts = append(parts, strconv.Itoa(pages[i]))
		} else {
			parts = append(parts, strconv.Itoa(pages[i])+dash+strconv.Itoa(pages[j]))
		}
		i = j + 1
	}
	return strings.Join(parts, sep)
}
