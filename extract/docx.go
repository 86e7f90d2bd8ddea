package extract

import (
	"archive/zip"
	"bufio"
	"bytes"
	"context"
	"encoding/binary"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"net/url"
	"path"
	"sort"
	"strconv"
	"strings"
	"unicode"

	xunicode "golang.org/x/text/encoding/unicode"
	"golang.org/x/text/transform"
)

// DOCX is read with archive/zip and one streaming encoding/xml pass per
// part, never with a DOCX library: the one in go.mod exposes only
// document.xml, reads every entry whole into memory (a 1 MB file holding a
// 1 GiB document.xml cost 3.6 GB) and shares mutable state between copies.
// Reading the package ourselves lets every byte go through the limits below.

// docxRatioFloor is the uncompressed size below which the compression ratio
// is not checked: a small XML part of repeated markup legitimately compresses
// more than 200:1, and an entry that small cannot be a bomb anyway.
const docxRatioFloor = 1 << 20

// docxScanChars is the body length (non-space characters) under which a
// document that holds images is taken for a scan: a 版头 alone is longer.
const docxScanChars = 20

// docxEngine names this reader in Document.Engines.
const docxEngine = "docx: archive/zip + encoding/xml (mishen)"

// Relationship types (transitional and strict OOXML share the suffix).
const (
	relOfficeDocument = "/officeDocument"
	relStyles         = "/styles"
	relHeader         = "/header"
	relFooter         = "/footer"
	relFootnotes      = "/footnotes"
	relEndnotes       = "/endnotes"
	relComments       = "/comments"
	relSettings       = "/settings"
	relAltChunk       = "/aFChunk"
	relGlossary       = "/glossaryDocument"
)

// docxLimitError is a limit the package went past. Its message is what the
// reviewer reads in the record's unread list.
type docxLimitError struct{ msg string }

func (e *docxLimitError) Error() string { return e.msg }

// extractDOCX reads a Word package: body, tables, text boxes, headers,
// footers, notes, comments, tracked changes, hidden runs, field data,
// document properties and embedded documents. It returns an error only when
// the package cannot be opened at all (not a zip, no main document); every
// other failure — a limit, a damaged part, an unsafe entry — is listed in
// Document.Unread and reading goes on with the rest.
func extractDOCX(ctx context.Context, data []byte, lim Limits) (*Document, error) {
	lim = lim.orDefault()
	doc := &Document{Format: FormatDOCX, Engines: []string{docxEngine}}
	if int64(len(data)) > lim.MaxFileSize {
		doc.Unread = append(doc.Unread, fmt.Sprintf("文件过大（%d 字节，上限 %d 字节），未读取", len(data), lim.MaxFileSize))
		return doc, nil
	}
	// archive/zip builds a File for every central-directory record before
	// we could count them, so the count is read from the end record first:
	// a crafted directory of millions of tiny records is refused unread.
	if n, ok := zipDeclaredEntries(data); ok && n > uint64(lim.MaxEntries) {
		doc.Unread = append(doc.Unread, fmt.Sprintf("ZIP 包有 %d 个条目，超过上限 %d，未读取", n, lim.MaxEntries))
		return doc, nil
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		return nil, fmt.Errorf("DOCX 文件已损坏，不能作为 ZIP 包打开（%v）", err)
	}
	if len(zr.File) > lim.MaxEntries {
		doc.Unread = append(doc.Unread, fmt.Sprintf("ZIP 包有 %d 个条目，超过上限 %d，未读取", len(zr.File), lim.MaxEntries))
		return doc, nil
	}
	p := newDocxPackage(ctx, zr, lim, doc)
	if err := p.read(); err != nil {
		return nil, err
	}
	return doc, nil
}

// docxPackage is one DOCX being read.
type docxPackage struct {
	ctx   context.Context
	lim   Limits
	doc   *Document
	files map[string]*zip.File // by lower-cased name: OPC part names are case-insensitive
	names []string             // entry names in zip order, as written

	totalRead int64 // uncompressed bytes read from all entries
	textBytes int64 // bytes of text put into parts
	textFull  bool  // MaxTextBytes reached: stop adding text

	styles         docxStyles
	commentAnchors map[string]int // comment id → body line of its anchor
	out            docxParts
}

// docxParts collects parts by kind so the document lists them in the
// reading order Document promises, whatever order the package holds them in.
type docxParts struct {
	body, textbox, header, footer, footnote, endnote, comment []Part
	deleted, moved, hidden, field, metadata, embedded         []Part
}

func (o *docxParts) all() []Part {
	var out []Part
	for _, ps := range [][]Part{o.body, o.textbox, o.header, o.footer, o.footnote, o.endnote, o.comment,
		o.deleted, o.moved, o.hidden, o.field, o.metadata, o.embedded} {
		out = append(out, ps...)
	}
	return out
}

func (o *docxParts) add(p Part) {
	switch p.Kind {
	case KindBody:
		o.body = append(o.body, p)
	case KindTextBox:
		o.textbox = append(o.textbox, p)
	case KindHeader:
		o.header = append(o.header, p)
	case KindFooter:
		o.footer = append(o.footer, p)
	case KindFootnote:
		o.footnote = append(o.footnote, p)
	case KindEndnote:
		o.endnote = append(o.endnote, p)
	case KindComment:
		o.comment = append(o.comment, p)
	case KindDeleted:
		o.deleted = append(o.deleted, p)
	case KindMoved:
		o.moved = append(o.moved, p)
	case KindHidden:
		o.hidden = append(o.hidden, p)
	case KindField:
		o.field = append(o.field, p)
	case KindMetadata:
		o.metadata = append(o.metadata, p)
	default:
		o.embedded = append(o.embedded, p)
	}
}

func newDocxPackage(ctx context.Context, zr *zip.Reader, lim Limits, doc *Document) *docxPackage {
	p := &docxPackage{ctx: ctx, lim: lim, doc: doc, files: map[string]*zip.File{}, commentAnchors: map[string]int{}}
	dup := map[string]int{}
	for _, f := range zr.File {
		if strings.HasSuffix(f.Name, "/") && f.UncompressedSize64 == 0 {
			continue // directory entry
		}
		if reason := unsafeEntryName(f.Name); reason != "" {
			// Nothing is written to disk, so such an entry is no danger
			// here; but no Word producer writes one, the file was made by
			// hand or by an attacker, and Word may or may not show it.
			p.unread("ZIP 条目名 %q %s，已拒绝读取", f.Name, reason)
			continue
		}
		key := strings.ToLower(f.Name)
		if _, ok := p.files[key]; ok {
			dup[f.Name]++
			continue
		}
		p.files[key] = f
		p.names = append(p.names, f.Name)
	}
	for name, n := range dup {
		// Which copy Word shows is not defined; the first was read.
		p.unread("ZIP 包内有 %d 个重名条目 %q，只读取了第一个", n+1, name)
	}
	sort.Strings(p.doc.Unread)
	return p
}

// unsafeEntryName says why an entry name is refused, or "" if it is fine.
func unsafeEntryName(name string) string {
	n := strings.ReplaceAll(name, `\`, "/")
	switch {
	case strings.HasPrefix(n, "/"):
		return "是绝对路径"
	case len(n) >= 2 && n[1] == ':' && (n[0]|0x20 >= 'a' && n[0]|0x20 <= 'z'):
		return "带盘符（绝对路径）"
	case strings.ContainsRune(name, 0):
		return "含空字符"
	}
	for _, el := range strings.Split(n, "/") {
		if el == ".." {
			return "含 “..” 路径"
		}
	}
	return ""
}

func (p *docxPackage) unread(format string, args ...any) {
	p.doc.Unread = append(p.doc.Unread, fmt.Sprintf(format, args...))
}

// read reads every part of the package in a fixed order: styles first (to
// know which styles hide text), then the body (to know where comments are
// anchored), then the rest.
func (p *docxPackage) read() error {
	main := p.mainPart()
	if p.file(main) == nil {
		return fmt.Errorf("不是 Word 文档，或文档已损坏：ZIP 包里没有正文部分 %s", main)
	}
	rels := p.rels(main)

	if styles := firstTarget(rels, relStyles, path.Join(path.Dir(main), "styles.xml")); p.file(styles) != nil {
		p.readEntry(styles, "样式表", func(d *xml.Decoder) error { return p.styles.read(d) })
	}
	if err := p.readStream(main, KindBody, "正文"); err != nil {
		return err
	}
	if err := p.cancelled(); err != nil {
		return err
	}
	for _, kind := range []struct{ rel, kind, prefix, label string }{
		{relHeader, KindHeader, "header", "页眉"},
		{relFooter, KindFooter, "footer", "页脚"},
		{relFootnotes, KindFootnote, "footnotes", "脚注"},
		{relEndnotes, KindEndnote, "endnotes", "尾注"},
		{relComments, KindComment, "comments", "批注"},
		// Building blocks stored with the document (AutoText, cover
		// pages, content-control placeholders): in the file, not on the page.
		{relGlossary, KindHidden, "glossary/document", "文档部件库"},
	} {
		for _, name := range p.partsOf(main, rels, kind.rel, kind.prefix) {
			if err := p.readStream(name, kind.kind, kind.label); err != nil {
				return err
			}
		}
	}
	p.readDrawings(main)
	p.readProperties()
	if settings := firstTarget(rels, relSettings, path.Join(path.Dir(main), "settings.xml")); p.file(settings) != nil {
		p.readEntry(settings, "文档设置", p.readDocVars)
	}
	if err := p.readEmbedded(main, rels); err != nil {
		return err
	}
	if err := p.cancelled(); err != nil {
		return err
	}
	p.checkImageOnly(main)
	p.doc.Parts = append(p.doc.Parts, p.out.all()...)
	return nil
}

// checkImageOnly reports a document whose body is pictures with next to no
// text — a scanned 公文 pasted into Word — as not read: its words are in
// the images, and no OCR reads them.
func (p *docxPackage) checkImageOnly(main string) {
	chars := 0
	for _, ps := range [][]Part{p.out.body, p.out.textbox} {
		for _, part := range ps {
			for _, r := range part.Text {
				if !unicode.IsSpace(r) {
					chars++
					if chars >= docxScanChars {
						return
					}
				}
			}
		}
	}
	images := 0
	dir := strings.ToLower(path.Dir(main)) + "/media/"
	for _, name := range p.names {
		if strings.HasPrefix(strings.ToLower(name), dir) && docxImageExt[strings.ToLower(path.Ext(name))] {
			images++
		}
	}
	if images > 0 {
		p.unread("正文只有 %d 个字符，却有 %d 张图片：可能是扫描件，图片里的文字未检查", chars, images)
	}
}

// cancelled turns a cancelled context into the error that stops the read:
// a document whose reading was cut short is not a document read in part.
func (p *docxPackage) cancelled() error {
	if err := p.ctx.Err(); err != nil {
		return fmt.Errorf("读取 DOCX 时被取消（%w）", err)
	}
	return nil
}

// readStream reads one WordprocessingML part (body, header, notes,
// comments). A context cancellation is returned; anything else wrong in the
// part is recorded as unread and the rest of the package is still read.
func (p *docxPackage) readStream(name, kind, label string) error {
	var cerr error
	p.readEntry(name, label, func(d *xml.Decoder) error {
		w := newDocxWalker(p, kind, name)
		err := w.walk(d)
		w.finish()
		if err != nil && p.ctx.Err() != nil {
			cerr = err
		}
		return err
	})
	if cerr != nil {
		return fmt.Errorf("读取 %s 时被取消（%w）", name, cerr)
	}
	return nil
}

// readEntry opens one entry within the limits and hands a decoder to fn.
// Failures become Unread entries that name the part, in the reviewer's words.
func (p *docxPackage) readEntry(name, label string, fn func(*xml.Decoder) error) {
	f := p.file(name)
	if f == nil {
		return
	}
	rc, err := p.open(f)
	if err != nil {
		p.unreadEntry(name, label, err)
		return
	}
	defer rc.Close()
	d, err := docxDecoder(rc)
	if err == nil {
		err = fn(d)
	}
	if err != nil {
		p.unreadEntry(name, label, err)
	}
}

func (p *docxPackage) unreadEntry(name, label string, err error) {
	var le *docxLimitError
	switch {
	case errors.As(err, &le):
		p.unread("%s（%s）%s", label, name, le.msg)
	case errors.Is(err, errDocxTextFull):
		// Reported once, in finishText.
	case p.ctx.Err() != nil:
		p.unread("%s（%s）未读完：读取被取消", label, name)
	default:
		p.unread("%s（%s）已损坏，未能读完：%s", label, name, plainZipError(err))
	}
}

// plainZipError turns library errors into words a reviewer can act on.
func plainZipError(err error) string {
	var se *xml.SyntaxError
	switch {
	case errors.Is(err, zip.ErrFormat), errors.Is(err, zip.ErrChecksum):
		return "压缩数据校验失败（" + err.Error() + "）"
	case errors.Is(err, zip.ErrAlgorithm):
		return "使用了不支持的压缩方式"
	case errors.Is(err, io.ErrUnexpectedEOF):
		return "数据被截断"
	case errors.As(err, &se):
		return fmt.Sprintf("XML 格式错误（第 %d 行：%s）", se.Line, se.Msg)
	}
	return err.Error()
}

// file finds an entry by part name. Relationship targets are URIs, so a
// target may be percent-encoded ("%E9%99%84%E4%BB%B6.docx") where the zip
// entry name is not.
func (p *docxPackage) file(name string) *zip.File {
	key := strings.ToLower(strings.TrimPrefix(name, "/"))
	if f := p.files[key]; f != nil || !strings.Contains(key, "%") {
		return f
	}
	if u, err := url.PathUnescape(key); err == nil {
		return p.files[strings.ToLower(u)]
	}
	return nil
}

// open returns the entry's uncompressed bytes as a stream that fails with a
// docxLimitError the moment a limit is passed. The declared sizes are
// checked first, so a bomb is refused before a byte is inflated; the
// stream checks again because the declared sizes are the attacker's word
// (archive/zip also refuses data longer than declared).
func (p *docxPackage) open(f *zip.File) (io.ReadCloser, error) {
	if err := p.ctx.Err(); err != nil {
		return nil, err
	}
	size, csize := f.UncompressedSize64, f.CompressedSize64
	if size > uint64(p.lim.MaxEntrySize) {
		return nil, &docxLimitError{fmt.Sprintf("解压后 %s，超过单个条目上限 %s，未读取", byteSize(size), byteSize(uint64(p.lim.MaxEntrySize)))}
	}
	if size > docxRatioFloor && (csize == 0 || size/csize > uint64(p.lim.MaxRatio)) {
		return nil, &docxLimitError{fmt.Sprintf("压缩比 %s，超过上限 %d:1（疑似压缩炸弹），未读取", ratioString(size, csize), p.lim.MaxRatio)}
	}
	if uint64(p.totalRead)+size > uint64(p.lim.MaxTotalSize) {
		return nil, &docxLimitError{fmt.Sprintf("解压总量将超过上限 %s，未读取", byteSize(uint64(p.lim.MaxTotalSize)))}
	}
	rc, err := f.Open()
	if err != nil {
		return nil, err
	}
	return &docxLimitReader{rc: rc, p: p, left: p.lim.MaxEntrySize}, nil
}

func byteSize(n uint64) string {
	switch {
	case n >= 1<<30:
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10:
		return fmt.Sprintf("%.1f KiB", float64(n)/(1<<10))
	}
	return fmt.Sprintf("%d 字节", n)
}

func ratioString(size, csize uint64) string {
	if csize == 0 {
		return "无穷"
	}
	return strconv.FormatUint(size/csize, 10) + ":1"
}

// docxLimitReader counts what is inflated against the entry and total limits.
type docxLimitReader struct {
	rc   io.ReadCloser
	p    *docxPackage
	left int64
}

func (r *docxLimitReader) Read(b []byte) (int, error) {
	if len(b) == 0 {
		return 0, nil
	}
	if r.left <= 0 {
		// Exactly at the limit is fine; one byte more is not.
		var one [1]byte
		if n, err := r.rc.Read(one[:]); n == 0 && err != nil {
			return 0, err
		}
		return 0, &docxLimitError{fmt.Sprintf("解压后超过单个条目上限 %s，未读完", byteSize(uint64(r.p.lim.MaxEntrySize)))}
	}
	if int64(len(b)) > r.left {
		b = b[:r.left]
	}
	n, err := r.rc.Read(b)
	r.left -= int64(n)
	r.p.totalRead += int64(n)
	if r.p.totalRead > r.p.lim.MaxTotalSize {
		return n, &docxLimitError{fmt.Sprintf("解压总量超过上限 %s，未读完", byteSize(uint64(r.p.lim.MaxTotalSize)))}
	}
	return n, err
}

func (r *docxLimitReader) Close() error { return r.rc.Close() }

// docxDecoder returns a namespace-aware decoder for one XML part. OPC
// allows UTF-16 parts; they are recognised by their byte-order mark.
// encoding/xml never fetches external entities, so the XXE probes in the
// malformed corpus are inert.
func docxDecoder(r io.Reader) (*xml.Decoder, error) {
	br := bufio.NewReaderSize(r, 32<<10)
	head, _ := br.Peek(2)
	var src io.Reader = br
	if len(head) == 2 && (head[0] == 0xFF && head[1] == 0xFE || head[0] == 0xFE && head[1] == 0xFF) {
		src = transform.NewReader(br, xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM).NewDecoder())
	}
	d := xml.NewDecoder(src)
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		switch strings.ToLower(label) {
		case "utf-8", "utf8", "utf-16", "utf16", "utf-16le", "utf-16be", "us-ascii", "ascii":
			return in, nil // already UTF-8 by now
		}
		return nil, fmt.Errorf("不支持的 XML 字符编码 %q", label)
	}
	return d, nil
}

// docxRel is one relationship of a part.
type docxRel struct{ id, typ, target string }

// mainPart finds the main document from the package relationships, so a
// package whose body is not called word/document.xml is still read.
func (p *docxPackage) mainPart() string {
	for _, r := range p.rels("") {
		if strings.HasSuffix(r.typ, relOfficeDocument) && p.file(r.target) != nil {
			return r.target
		}
	}
	return "word/document.xml"
}

// rels reads the relationships of a part ("" for the package), resolving
// targets to entry names. External targets are dropped.
func (p *docxPackage) rels(part string) []docxRel {
	dir, base := path.Split(part)
	relName := dir + "_rels/" + base + ".rels"
	var out []docxRel
	p.readEntry(relName, "关系表", func(d *xml.Decoder) error {
		for {
			tok, err := d.Token()
			if err == io.EOF {
				return nil
			}
			if err != nil {
				return err
			}
			se, ok := tok.(xml.StartElement)
			if !ok || se.Name.Local != "Relationship" {
				continue
			}
			r := docxRel{id: attr(se, "Id"), typ: attr(se, "Type"), target: attr(se, "Target")}
			if strings.EqualFold(attr(se, "TargetMode"), "External") || r.target == "" {
				continue
			}
			r.target = resolveTarget(dir, r.target)
			out = append(out, r)
		}
	})
	return out
}

// resolveTarget resolves a relationship target against the source part's
// folder, as OPC says (absolute targets start at the package root).
func resolveTarget(dir, target string) string {
	target = strings.ReplaceAll(target, `\`, "/")
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Clean("/"+dir+target), "/")
}

func firstTarget(rels []docxRel, typ, fallback string) string {
	for _, r := range rels {
		if strings.HasSuffix(r.typ, typ) {
			return r.target
		}
	}
	return fallback
}

// partsOf lists the parts of one kind: those the main part refers to, and
// also any entry named like one that nothing refers to, because an orphan
// header still travels with the file and anyone can unzip it.
func (p *docxPackage) partsOf(main string, rels []docxRel, typ, prefix string) []string {
	seen := map[string]bool{}
	var out []string
	add := func(name string) {
		key := strings.ToLower(name)
		if !seen[key] && p.file(name) != nil {
			seen[key] = true
			out = append(out, p.file(name).Name)
		}
	}
	for _, r := range rels {
		if strings.HasSuffix(r.typ, typ) {
			add(r.target)
		}
	}
	dir := strings.ToLower(path.Dir(main)) + "/"
	for _, name := range p.names {
		lower := strings.ToLower(name)
		if !strings.HasPrefix(lower, dir) || !strings.HasSuffix(lower, ".xml") {
			continue
		}
		base := strings.TrimSuffix(lower[len(dir):], ".xml")
		if strings.HasPrefix(base, prefix) && isDigits(base[len(prefix):]) {
			add(name)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return naturalLess(out[i], out[j]) })
	return out
}

func isDigits(s string) bool {
	for _, c := range s {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// naturalLess orders header2.xml before header10.xml.
func naturalLess(a, b string) bool {
	ta, na := splitTrailingNumber(a)
	tb, nb := splitTrailingNumber(b)
	if ta != tb {
		return ta < tb
	}
	return na < nb
}

func splitTrailingNumber(s string) (string, int) {
	s = strings.TrimSuffix(s, ".xml")
	i := len(s)
	for i > 0 && s[i-1] >= '0' && s[i-1] <= '9' {
		i--
	}
	n, _ := strconv.Atoi(s[i:])
	return s[:i], n
}

func attr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local {
			return a.Value
		}
	}
	return ""
}

// zipDeclaredEntries reads the entry count from the end-of-central-directory
// record (or its zip64 form) without parsing the directory.
func zipDeclaredEntries(data []byte) (uint64, bool) {
	const eocdLen = 22
	if len(data) < eocdLen {
		return 0, false
	}
	start := len(data) - (eocdLen + 0xFFFF)
	if start < 0 {
		start = 0
	}
	i := bytes.LastIndex(data[start:], []byte("PK\x05\x06"))
	if i < 0 {
		return 0, false
	}
	i += start
	if i+eocdLen > len(data) {
		return 0, false
	}
	n := uint64(binary.LittleEndian.Uint16(data[i+10:]))
	if n != 0xFFFF {
		return n, true
	}
	// zip64: the locator sits just before the end record.
	loc := i - 20
	if loc < 0 || !bytes.Equal(data[loc:loc+4], []byte("PK\x06\x07")) {
		return 0, false
	}
	off := binary.LittleEndian.Uint64(data[loc+8:])
	if len(data) < 56 || off > uint64(len(data)-56) || !bytes.Equal(data[off:off+4], []byte("PK\x06\x06")) {
		return 0, false
	}
	return binary.LittleEndian.Uint64(data[off+32:]), true
}
