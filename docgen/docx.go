package docgen

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
	"time"
)

// Stamp is the fixed time written into zip headers and docProps so that the
// same Doc always yields the same bytes.
var Stamp = time.Date(2023, 5, 10, 9, 30, 0, 0, time.UTC)

const (
	nsW   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsR   = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	nsV   = "urn:schemas-microsoft-com:vml"
	nsO   = "urn:schemas-microsoft-com:office:office"
	relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
)

// docxWriter accumulates the parts of one package while the body is written.
type docxWriter struct {
	wps       bool
	comments  []Comment
	footnotes []string
	revID     int
	shapeID   int
}

func xmlEsc(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&quot;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// rPr gives the GB/T 9704 look: 仿宋 三号 for text, 小标宋 for titles, red
// for the 发文机关标志. LibreOffice falls back to an installed CJK font.
func rPr(st Style, r Run, wps bool) string {
	font, size, color := "仿宋_GB2312", 32, ""
	switch st {
	case OrgMark:
		font, size, color = "方正小标宋简体", 52, `<w:color w:val="FF0000"/>`
	case DocTitle:
		font, size = "方正小标宋简体", 44
	case Heading:
		font = "黑体"
	case Small:
		size = 28
	}
	var b strings.Builder
	hint := ""
	if wps {
		hint = ` w:hint="eastAsia"`
	}
	b.WriteString(`<w:rPr><w:rFonts` + hint + ` w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="` + font + `"/>`)
	if r.Bold {
		b.WriteString(`<w:b/>`)
	}
	if r.Hidden {
		b.WriteString(`<w:vanish/>`)
	}
	b.WriteString(color)
	fmt.Fprintf(&b, `<w:sz w:val="%d"/><w:szCs w:val="%d"/></w:rPr>`, size, size)
	return b.String()
}

func (w *docxWriter) run(st Style, r Run) string {
	var b strings.Builder
	text := `<w:t xml:space="preserve">` + xmlEsc(r.Text) + `</w:t>`
	if r.Del {
		text = `<w:delText xml:space="preserve">` + xmlEsc(r.Text) + `</w:delText>`
	}
	b.WriteString(`<w:r>` + rPr(st, r, w.wps))
	if r.Break {
		b.WriteString(`<w:br/>`)
	}
	if r.SymFont != "" {
		text = `<w:sym w:font="` + xmlEsc(r.SymFont) + `" w:char="` + xmlEsc(r.SymChar) + `"/>`
	}
	b.WriteString(text + `</w:r>`)
	s := b.String()
	switch {
	case r.Ins:
		w.revID++
		s = fmt.Sprintf(`<w:ins w:id="%d" w:author="李明" w:date="2023-05-09T16:20:00Z">%s</w:ins>`, w.revID, s)
	case r.Del:
		w.revID++
		s = fmt.Sprintf(`<w:del w:id="%d" w:author="李明" w:date="2023-05-09T16:21:00Z">%s</w:del>`, w.revID, s)
	}
	return s
}

func (w *docxWriter) para(b Block) string {
	var s strings.Builder
	s.WriteString(`<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/>`)
	if b.Indent {
		s.WriteString(`<w:ind w:firstLineChars="200" w:firstLine="640"/>`)
	}
	switch {
	case b.Align == Center || b.Style == DocTitle || b.Style == OrgMark:
		s.WriteString(`<w:jc w:val="center"/>`)
	case b.Align == Right:
		s.WriteString(`<w:jc w:val="right"/>`)
	case b.Align == Justify:
		s.WriteString(`<w:jc w:val="both"/>`)
	case !b.Indent:
		// Unindented lines (版头, 主送) are set flush left: justified, a
		// line ending in a manual break would be spread over the width.
		s.WriteString(`<w:jc w:val="left"/>`)
	}
	s.WriteString(`</w:pPr>`)
	cid := -1
	if b.Comment != nil {
		cid = len(w.comments)
		w.comments = append(w.comments, *b.Comment)
		fmt.Fprintf(&s, `<w:commentRangeStart w:id="%d"/>`, cid)
	}
	if b.TextBox != "" {
		w.shapeID++
		fmt.Fprintf(&s, `<w:r><w:pict><v:shape id="TextBox%d" o:spid="_x0000_s%d" type="#_x0000_t202" style="position:absolute;margin-left:300pt;margin-top:0;width:150pt;height:36pt;z-index:%d" stroked="f"><v:textbox><w:txbxContent>%s</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`,
			w.shapeID, 1024+w.shapeID, w.shapeID, w.para(L(b.TextBox)))
	}
	var runs strings.Builder
	for _, r := range b.Runs {
		runs.WriteString(w.run(b.Style, r))
	}
	inner := runs.String()
	if b.Field != "" {
		inner = `<w:fldSimple w:instr=" ` + xmlEsc(b.Field) + ` \* MERGEFORMAT ">` + inner + `</w:fldSimple>`
	}
	if b.Control != "" {
		w.shapeID++
		inner = fmt.Sprintf(`<w:sdt><w:sdtPr><w:alias w:val="%s"/><w:tag w:val="%s"/><w:id w:val="%d"/></w:sdtPr><w:sdtContent>%s</w:sdtContent></w:sdt>`,
			xmlEsc(b.Control), xmlEsc(b.Control), 100+w.shapeID, inner)
	}
	s.WriteString(inner)
	if cid >= 0 {
		fmt.Fprintf(&s, `<w:commentRangeEnd w:id="%d"/><w:r><w:commentReference w:id="%d"/></w:r>`, cid, cid)
	}
	if b.Footnote != "" {
		w.footnotes = append(w.footnotes, b.Footnote)
		fmt.Fprintf(&s, `<w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteReference w:id="%d"/></w:r>`, len(w.footnotes)+1)
	}
	s.WriteString(`</w:p>`)
	return s.String()
}

func (w *docxWriter) table(rows [][]string) string {
	if len(rows) == 0 {
		return ""
	}
	ncol := len(rows[0])
	width := 8800 / ncol
	var s strings.Builder
	s.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="8800" w:type="dxa"/><w:jc w:val="center"/><w:tblBorders>`)
	for _, e := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		fmt.Fprintf(&s, `<w:%s w:val="single" w:sz="4" w:space="0" w:color="000000"/>`, e)
	}
	s.WriteString(`</w:tblBorders></w:tblPr><w:tblGrid>`)
	for i := 0; i < ncol; i++ {
		fmt.Fprintf(&s, `<w:gridCol w:w="%d"/>`, width)
	}
	s.WriteString(`</w:tblGrid>`)
	for _, row := range rows {
		s.WriteString(`<w:tr>`)
		for _, cell := range row {
			fmt.Fprintf(&s, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/></w:tcPr>`, width)
			blk := C(cell)
			blk.Style = Small
			s.WriteString(w.para(blk))
			s.WriteString(`</w:tc>`)
		}
		s.WriteString(`</w:tr>`)
	}
	s.WriteString(`</w:tbl>`)
	return s.String()
}

func (w *docxWriter) blocks(bs []Block) string {
	var s strings.Builder
	for _, b := range bs {
		if b.Rows != nil {
			s.WriteString(w.table(b.Rows))
			// Word requires a paragraph between adjacent tables and at the end of a cell.
			s.WriteString(`<w:p/>`)
			continue
		}
		s.WriteString(w.para(b))
	}
	return s.String()
}

const xmlHead = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n"

// DOCX renders d as a Word package: body, header and footer, footnotes,
// comments, tracked revisions, hidden runs, text boxes and docProps.
func (d Doc) DOCX() ([]byte, error) {
	w := &docxWriter{wps: d.Producer == WPS}
	body := w.blocks(d.Body)
	var hdr, ftr string
	if len(d.Header) > 0 {
		hdr = xmlHead + `<w:hdr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `" xmlns:v="` + nsV + `" xmlns:o="` + nsO + `">` + w.blocks(d.Header) + `</w:hdr>`
	}
	if len(d.Footer) > 0 {
		ftr = xmlHead + `<w:ftr xmlns:w="` + nsW + `" xmlns:r="` + nsR + `" xmlns:v="` + nsV + `" xmlns:o="` + nsO + `">` + w.blocks(d.Footer) + `</w:ftr>`
	}

	rels := []string{`<Relationship Id="rIdStyles" Type="` + relNS + `styles" Target="styles.xml"/>`,
		`<Relationship Id="rIdSettings" Type="` + relNS + `settings" Target="settings.xml"/>`}
	ct := []string{
		`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>`,
		`<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>`,
		`<Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>`,
		`<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>`,
		`<Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/>`,
	}
	var parts []part
	sect := `<w:sectPr>`
	if hdr != "" {
		rels = append(rels, `<Relationship Id="rIdHeader1" Type="`+relNS+`header" Target="header1.xml"/>`)
		ct = append(ct, `<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>`)
		parts = append(parts, part{"word/header1.xml", hdr})
		sect += `<w:headerReference w:type="default" r:id="rIdHeader1"/>`
	}
	if ftr != "" {
		rels = append(rels, `<Relationship Id="rIdFooter1" Type="`+relNS+`footer" Target="footer1.xml"/>`)
		ct = append(ct, `<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>`)
		parts = append(parts, part{"word/footer1.xml", ftr})
		sect += `<w:footerReference w:type="default" r:id="rIdFooter1"/>`
	}
	// GB/T 9704-2012 §5.2: A4, 天头 37 mm, 订口 28 mm, 版心 156×225 mm.
	sect += `<w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr>`
	if len(w.footnotes) > 0 {
		var s strings.Builder
		s.WriteString(xmlHead + `<w:footnotes xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">`)
		s.WriteString(`<w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>`)
		s.WriteString(`<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>`)
		for i, f := range w.footnotes {
			fmt.Fprintf(&s, `<w:footnote w:id="%d"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/></w:r>%s</w:p></w:footnote>`,
				i+2, w.run(Small, Run{Text: " " + f}))
		}
		s.WriteString(`</w:footnotes>`)
		rels = append(rels, `<Relationship Id="rIdFootnotes" Type="`+relNS+`footnotes" Target="footnotes.xml"/>`)
		ct = append(ct, `<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>`)
		parts = append(parts, part{"word/footnotes.xml", s.String()})
	}
	if len(w.comments) > 0 {
		var s strings.Builder
		s.WriteString(xmlHead + `<w:comments xmlns:w="` + nsW + `" xmlns:r="` + nsR + `">`)
		for i, c := range w.comments {
			fmt.Fprintf(&s, `<w:comment w:id="%d" w:author="%s" w:date="2023-05-09T15:00:00Z" w:initials="%s"><w:p>%s</w:p></w:comment>`,
				i, xmlEsc(c.Author), xmlEsc(firstRune(c.Author)), w.run(Small, Run{Text: c.Text}))
		}
		s.WriteString(`</w:comments>`)
		rels = append(rels, `<Relationship Id="rIdComments" Type="`+relNS+`comments" Target="comments.xml"/>`)
		ct = append(ct, `<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/>`)
		parts = append(parts, part{"word/comments.xml", s.String()})
	}

	doc := xmlHead + `<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `" xmlns:v="` + nsV + `" xmlns:o="` + nsO + `"><w:body>` + body + sect + `</w:body></w:document>`

	pkgRels := []string{
		`<Relationship Id="rId1" Type="` + relNS + `officeDocument" Target="word/document.xml"/>`,
		`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>`,
		`<Relationship Id="rId3" Type="` + relNS + `extended-properties" Target="docProps/app.xml"/>`,
	}
	p := d.Props
	application := "Microsoft Office Word"
	if w.wps {
		application = "WPS Office_11.1.0.11365"
		p.Custom = append(append([][2]string(nil), p.Custom...),
			[2]string{"KSOProductBuildVer", "2052-11.1.0.11365"},
			[2]string{"ICV", "3F1B2C7A9D4E4A0B8C5D6E7F80912A3B"})
	}
	if len(p.Custom) > 0 {
		var s strings.Builder
		s.WriteString(xmlHead + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`)
		for i, kv := range p.Custom {
			fmt.Fprintf(&s, `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="%d" name="%s"><vt:lpwstr>%s</vt:lpwstr></property>`, i+2, xmlEsc(kv[0]), xmlEsc(kv[1]))
		}
		s.WriteString(`</Properties>`)
		parts = append(parts, part{"docProps/custom.xml", s.String()})
		pkgRels = append(pkgRels, `<Relationship Id="rId4" Type="`+relNS+`custom-properties" Target="docProps/custom.xml"/>`)
		ct = append(ct, `<Override PartName="/docProps/custom.xml" ContentType="application/vnd.openxmlformats-officedocument.custom-properties+xml"/>`)
	}
	stamp := Stamp.Format("2006-01-02T15:04:05Z")
	creator := p.Creator
	if creator == "" {
		creator = "Administrator"
	}
	lastBy := p.LastModifiedBy
	if lastBy == "" {
		lastBy = creator
	}
	core := xmlHead + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` +
		`<dc:title>` + xmlEsc(p.Title) + `</dc:title><dc:subject>` + xmlEsc(p.Subject) + `</dc:subject><dc:creator>` + xmlEsc(creator) + `</dc:creator>` +
		`<cp:keywords>` + xmlEsc(p.Keywords) + `</cp:keywords><dc:description>` + xmlEsc(p.Description) + `</dc:description><cp:lastModifiedBy>` + xmlEsc(lastBy) + `</cp:lastModifiedBy>` +
		`<cp:revision>3</cp:revision><dcterms:created xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">` + stamp + `</dcterms:modified></cp:coreProperties>`
	app := xmlHead + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><Template>Normal.dotm</Template><Application>` + application + `</Application><DocSecurity>0</DocSecurity><Company>` + xmlEsc(p.Company) + `</Company><AppVersion>16.0000</AppVersion></Properties>`

	ctXML := xmlHead + `<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>` + strings.Join(ct, "") + `</Types>`
	styles := xmlHead + `<w:styles xmlns:w="` + nsW + `"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋_GB2312" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/><w:qFormat/><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:style></w:styles>`
	settings := xmlHead + `<w:settings xmlns:w="` + nsW + `"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`

	all := []part{
		{"[Content_Types].xml", ctXML},
		{"_rels/.rels", xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + strings.Join(pkgRels, "") + `</Relationships>`},
		{"docProps/core.xml", core},
		{"docProps/app.xml", app},
		{"word/document.xml", doc},
		{"word/_rels/document.xml.rels", xmlHead + `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + strings.Join(rels, "") + `</Relationships>`},
		{"word/styles.xml", styles},
		{"word/settings.xml", settings},
	}
	all = append(all, parts...)
	return zipParts(all)
}

// part is one entry of a zip package.
type part struct{ name, data string }

func zipParts(parts []part) ([]byte, error) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: Stamp})
		if err != nil {
			return nil, fmt.Errorf("docx entry %s: %w", p.name, err)
		}
		if _, err := fw.Write([]byte(p.data)); err != nil {
			return nil, fmt.Errorf("docx entry %s: %w", p.name, err)
		}
	}
	if err := zw.Close(); err != nil {
		return nil, fmt.Errorf("docx: %w", err)
	}
	return buf.Bytes(), nil
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}
