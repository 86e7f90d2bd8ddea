package extract

import (
	"strings"
	"testing"
	"unicode/utf16"
)

// docxFixture is one generated DOCX: its name is the golden file's name.
type docxFixture struct {
	name  string
	files func(tb testing.TB) map[string]string
}

// LibreOffice writes a run wherever the script changes, so a mark arrives
// as "机密" "★" "5年" with different fonts: it must read as one string.
var docxSplitMarkP = `<w:p>` +
	`<w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:lang w:eastAsia="zh-CN"/></w:rPr><w:t>机密</w:t></w:r>` +
	`<w:r><w:rPr><w:rFonts w:ascii="Segoe UI Symbol" w:hAnsi="Segoe UI Symbol"/></w:rPr><w:t>★</w:t></w:r>` +
	`<w:r><w:rPr><w:rFonts w:eastAsia="宋体"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr><w:t>5年</w:t></w:r>` +
	`</w:p>`

// docxTextBox is a DrawingML text box with its VML fallback, as Word
// writes it; fallbackText differs from text only in the hostile case.
func docxTextBox(text, fallbackText string) string {
	return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><a:graphic><a:graphicData>` +
		`<wps:wsp><wps:txbx><w:txbxContent>` + docxP(text) + `</w:txbxContent></wps:txbx></wps:wsp>` +
		`</a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` + docxP(fallbackText) + `</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>` +
		`</mc:AlternateContent></w:r>`
}

func docxTable(rows ...[]string) string {
	var sb strings.Builder
	sb.WriteString("<w:tbl><w:tblPr/><w:tblGrid/>")
	for _, row := range rows {
		sb.WriteString("<w:tr>")
		for _, cell := range row {
			sb.WriteString("<w:tc><w:tcPr/>" + cell + "</w:tc>")
		}
		sb.WriteString("</w:tr>")
	}
	sb.WriteString("</w:tbl>")
	return sb.String()
}

func docxCore(fields string) string {
	return docxXMLDecl + `<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
		`xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ` +
		`xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">` + fields + `</cp:coreProperties>`
}

func docxApp(fields string) string {
	return docxXMLDecl + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
		`xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">` + fields + `</Properties>`
}

func docxCustom(props ...[2]string) string {
	var sb strings.Builder
	sb.WriteString(docxXMLDecl + `<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" ` +
		`xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">`)
	for i, p := range props {
		sb.WriteString(`<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="` + string(rune('2'+i)) + `" name="` + docxEsc(p[0]) + `">` + p[1] + `</property>`)
	}
	sb.WriteString(`</Properties>`)
	return sb.String()
}

func docxFieldXML(instr, result string) string {
	return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve">` + docxEsc(instr) + `</w:instrText></w:r>` +
		`<w:r><w:fldChar w:fldCharType="separate"/></w:r>` + docxR(result) + `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
}

func docxFormText(help, def, result string) string {
	return `<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="Text1"/><w:enabled/>` +
		`<w:helpText w:type="text" w:val="` + docxEsc(help) + `"/><w:textInput><w:default w:val="` + docxEsc(def) + `"/></w:textInput></w:ffData></w:fldChar></w:r>` +
		`<w:r><w:instrText xml:space="preserve"> FORMTEXT </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` +
		docxR(result) + `<w:r><w:fldChar w:fldCharType="end"/></w:r>`
}

func docxStatic(files map[string]string) func(testing.TB) map[string]string {
	return func(testing.TB) map[string]string { return files }
}

// docxFixtures are the generated documents of the golden test; each also
// seeds the fuzzer.
var docxFixtures = []docxFixture{
	{"kitchen_sink", docxStatic(map[string]string{
		"word/document.xml": docxDoc(
			docxP("000123") +
				docxSplitMarkP +
				`<w:p><w:commentRangeStart w:id="0"/>` + docxR("关于印发某某工作方案的通知") + `<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r></w:p>` +
				`<w:p>` + docxR("本方案") + `<w:del w:id="1" w:author="王五"><w:r><w:delText>不</w:delText></w:r></w:del>` + docxR("予公开。") +
				`<w:ins w:id="2" w:author="王五">` + docxR("（此件公开发布）") + `</w:ins></w:p>` +
				`<w:p>` + docxR("联系人：张三") + `<w:r><w:rPr><w:vanish/></w:rPr><w:t>身份证号 11010519491231002X</w:t></w:r></w:p>` +
				docxTable([]string{docxP("密级"), docxP("秘密")}, []string{docxP("付款户名"), docxP("张三") + docxP("李四")}) +
				`<w:p>` + docxR("正文继续") + docxTextBox("内部资料 注意保管", "内部资料 注意保管") + `</w:p>` +
				docxP("（此件主动公开）") + docxSectPr),
		"word/header1.xml":  docxRoot("hdr", docxP("秘密★1年")),
		"word/footer1.xml":  docxRoot("ftr", `<w:p>`+docxFieldXML(" PAGE ", "1")+`</w:p>`),
		"word/comments.xml": docxRoot("comments", `<w:comment w:id="0" w:author="李四" w:date="2024-01-02T00:00:00Z" w:initials="LS">`+docxP("发布前删除")+`</w:comment>`),
		"docProps/core.xml": docxCore(`<dc:title>工作方案</dc:title><dc:creator>张三</dc:creator><dc:subject>内部讨论</dc:subject><dcterms:created xsi:type="dcterms:W3CDTF">2024-01-02T00:00:00Z</dcterms:created>`),
		"docProps/app.xml":  docxApp(`<Application>Microsoft Office Word</Application><Company>某某局</Company>`),
		"docProps/custom.xml": docxCustom([2]string{"项目", "<vt:lpwstr>内部项目</vt:lpwstr>"},
			[2]string{"KSOProductBuildVer", "<vt:lpwstr>2052-12.1.0.15374</vt:lpwstr>"}),
	})},
	{"split_runs", docxStatic(map[string]string{
		"word/document.xml": docxDoc(docxSplitMarkP + docxP("正文"))})},
	{"tracked_changes", docxStatic(map[string]string{
		"word/document.xml": docxDoc(
			docxP("第一段") +
				`<w:p>` + docxR("第二段") + `<w:del w:id="1" w:author="a"><w:r><w:delText>机密内容</w:delText></w:r></w:del></w:p>` +
				`<w:p><w:del w:id="2" w:author="a"><w:r><w:delText>第二行</w:delText></w:r><w:r><w:delText>删除</w:delText></w:r></w:del>` + docxR("第三段") + `</w:p>` +
				`<w:p><w:moveFrom w:id="3" w:author="a">` + docxR("移走的文字") + `</w:moveFrom>` + docxR("第四段") + `</w:p>` +
				`<w:p><w:moveTo w:id="4" w:author="a">` + docxR("移走的文字") + `</w:moveTo></w:p>` +
				`<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="5" w:author="a"><w:rPr><w:vanish/></w:rPr></w:rPrChange></w:rPr><w:t>格式修订后仍可见</w:t></w:r></w:p>` +
				`<w:p><w:ins w:id="6" w:author="a">` + docxR("插入的文字") + `</w:ins></w:p>`)})},
	{"hidden_styles", docxStatic(map[string]string{
		"word/styles.xml": docxRoot("styles",
			`<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="zh-CN"/></w:rPr></w:rPrDefault></w:docDefaults>`+
				`<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>`+
				`<w:style w:type="character" w:styleId="HiddenChar"><w:name w:val="Hidden Char"/><w:rPr><w:vanish/></w:rPr></w:style>`+
				`<w:style w:type="character" w:styleId="Child"><w:basedOn w:val="HiddenChar"/></w:style>`+
				`<w:style w:type="paragraph" w:styleId="HiddenPara"><w:basedOn w:val="Normal"/><w:rPr><w:vanish/></w:rPr></w:style>`),
		"word/document.xml": docxDoc(
			`<w:p>` + docxR("可见") + `<w:r><w:rPr><w:rStyle w:val="HiddenChar"/></w:rPr><w:t>样式隐藏</w:t></w:r></w:p>` +
				`<w:p><w:pPr><w:pStyle w:val="HiddenPara"/></w:pPr>` + docxR("段落样式隐藏") + `<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>明确显示</w:t></w:r></w:p>` +
				`<w:p><w:r><w:rPr><w:rStyle w:val="Child"/></w:rPr><w:t>继承隐藏</w:t></w:r>` + docxR("可见二") + `</w:p>` +
				`<w:p><w:pPr><w:rPr><w:vanish/></w:rPr></w:pPr>` + docxR("段落标记隐藏但文字可见") + `</w:p>` +
				`<w:p><w:r><w:rPr><w:vanish/></w:rPr><w:t>直接</w:t></w:r><w:r><w:rPr><w:vanish/></w:rPr><w:t>隐藏</w:t></w:r></w:p>`)})},
	{"breaks_symbols", docxStatic(map[string]string{
		"word/document.xml": docxDoc(
			`<w:p><w:r><w:t>甲</w:t><w:br/><w:t>乙</w:t></w:r></w:p>` +
				`<w:p><w:r><w:t>丙</w:t><w:tab/><w:t>丁</w:t></w:r></w:p>` +
				`<w:p><w:del w:id="1" w:author="a"><w:r><w:delText>删去</w:delText><w:br/><w:delText>一行</w:delText></w:r></w:del>` + docxR("第四行") + `</w:p>` +
				`<w:p><w:r><w:t>机密</w:t><w:sym w:font="Wingdings" w:char="F0AB"/><w:t>10年</w:t></w:r></w:p>` +
				`<w:p><w:r><w:t>A</w:t><w:noBreakHyphen/><w:t>B</w:t><w:cr/><w:t>C</w:t></w:r></w:p>` +
				`<w:p><m:oMath><m:r><m:t>x+1</m:t></m:r></m:oMath></w:p>` +
				`<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>` + docxR("制表位定义不是文字") + `</w:p>`)})},
	{"fields", docxStatic(map[string]string{
		"word/document.xml": docxDoc(
			`<w:p>` + docxR("密级：") + docxFormText("请填写密级", "秘密", "公开") + `</w:p>` +
				`<w:p><w:fldSimple w:instr="QUOTE &quot;内部&quot;">` + docxR("内部") + `</w:fldSimple></w:p>` +
				`<w:p>` + docxFieldXML(` TOC \o "1-3" \h \t "前言标题,1"`, "目录") + `</w:p>` +
				`<w:p>` + docxFormText("", "同值", "同值") + `</w:p>` +
				`<w:p>` + docxFieldXML(` DOCPROPERTY "密级" `, "机密") + `</w:p>` +
				`<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:name w:val="LB"/><w:ddList><w:result w:val="2"/>` +
				`<w:listEntry w:val="文稿版次选择"/><w:listEntry w:val="（讨论稿）"/><w:listEntry w:val="（征求意见稿）"/></w:ddList></w:ffData></w:fldChar></w:r>` +
				`<w:r><w:instrText xml:space="preserve"> FORMDROPDOWN </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>` +
				`<w:p><w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="0"/><w:checked/></w:checkBox></w:ffData></w:fldChar></w:r>` +
				`<w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` + docxR("公文类") +
				`<w:r><w:fldChar w:fldCharType="begin"><w:ffData><w:checkBox><w:default w:val="0"/></w:checkBox></w:ffData></w:fldChar></w:r>` +
				`<w:r><w:instrText> FORMCHECKBOX </w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>` + docxR("非公文类") + `</w:p>`)})},
	{"notes", docxStatic(map[string]string{
		"word/document.xml": docxDoc(`<w:p>` + docxR("正文") + `<w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:endnoteReference w:id="1"/></w:r></w:p>`),
		"word/footnotes.xml": docxRoot("footnotes",
			`<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>`+
				`<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:t>不应出现</w:t></w:r></w:p></w:footnote>`+
				`<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r>`+docxR(" 脚注：内部参考")+`</w:p>`+docxP("脚注第二段")+`</w:footnote>`),
		"word/endnotes.xml": docxRoot("endnotes", `<w:endnote w:id="1">`+docxP("尾注文字")+`</w:endnote>`),
	})},
	{"tables_nested", docxStatic(map[string]string{
		"word/document.xml": docxDoc(
			docxP("表前") +
				docxTable(
					[]string{docxP("标签"), docxTable([]string{docxP("a"), docxP("b")}) + docxP("c")},
					[]string{`<w:p><w:r><w:t>换</w:t><w:br/><w:t>行</w:t></w:r></w:p>`, docxP(""), docxP("")}) +
				`<w:p>` + docxR("表后") + `<w:del w:id="1" w:author="a"><w:r><w:delText>删</w:delText></w:r></w:del></w:p>` +
				docxTable([]string{`<w:p><w:del w:id="2" w:author="a"><w:r><w:delText>机密</w:delText></w:r></w:del></w:p>`,
					`<w:p><w:del w:id="3" w:author="a"><w:r><w:delText>★5年</w:delText></w:r></w:del></w:p>`}))})},
	{"alternate_content", docxStatic(map[string]string{
		"word/document.xml": docxDoc(
			`<w:p>` + docxR("正文") + docxTextBox("文本框可见", "备用内容不同：秘密") + `</w:p>` +
				`<w:p>` + docxTextBox("同样", "同 样") + `</w:p>`),
		"word/header1.xml": docxRoot("hdr", `<w:p><w:r><w:pict><v:shape type="#_x0000_t136"><v:textpath style="font-family:&quot;宋体&quot;" string="机密"/></v:shape></w:pict></w:r></w:p>`),
	})},
	{"properties", docxStatic(map[string]string{
		"word/document.xml": docxDoc(docxP("正文")),
		"docProps/core.xml": docxCore(`<dc:title>标题</dc:title><dc:subject>主题</dc:subject><dc:creator>作者</dc:creator>` +
			`<cp:keywords>关键词</cp:keywords><dc:description>备注：内部</dc:description><cp:lastModifiedBy>修改者</cp:lastModifiedBy>` +
			`<cp:category>类别</cp:category><dc:title></dc:title><dcterms:modified xsi:type="dcterms:W3CDTF">2024-01-02T00:00:00Z</dcterms:modified>`),
		"docProps/app.xml": docxApp(`<Template>Normal.dotm</Template><Application>WPS Office_12.1.0</Application><Company>某某局</Company><Manager>局长</Manager>` +
			`<HeadingPairs><vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>标题</vt:lpstr></vt:variant><vt:variant><vt:i4>1</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
			`<TitlesOfParts><vt:vector size="2" baseType="lpstr"><vt:lpstr>第一部分</vt:lpstr><vt:lpstr>第二部分</vt:lpstr></vt:vector></TitlesOfParts>`),
		"docProps/custom.xml": docxCustom([2]string{"密级", "<vt:lpwstr>机密</vt:lpwstr>"},
			[2]string{"ICV", "<vt:lpwstr>DC0B2D6476FC47E4B08EFA4B5888810E_13</vt:lpwstr>"},
			[2]string{"已审核", "<vt:bool>true</vt:bool>"}),
		"word/settings.xml": docxRoot("settings", `<w:docVars><w:docVar w:name="SecretLevel" w:val="秘密"/><w:docVar w:name="empty" w:val=""/></w:docVars>`),
	})},
	{"strict_renamed", docxStatic(map[string]string{
		"_rels/.rels": docxRelsXML(`<Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="/word/main.xml"/>`),
		"word/main.xml": docxXMLDecl + `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>` +
			`<w:p><w:r><w:t>严格格式正文</w:t></w:r></w:p></w:body></w:document>`,
		"word/_rels/main.xml.rels": docxRelsXML(`<Relationship Id="h1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/header" Target="/word/hdrA.xml"/>` +
			`<Relationship Id="f1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/footer" Target="%E9%A1%B5%E8%84%9A.xml"/>` +
			`<Relationship Id="x" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/hyperlink" Target="http://example.com/" TargetMode="External"/>`),
		"word/hdrA.xml": docxXMLDecl + `<w:hdr xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:p><w:r><w:t>内部</w:t></w:r></w:p></w:hdr>`,
		// A footer named outside the footer*.xml pattern, found only
		// through its percent-encoded relationship target.
		"word/页脚.xml": docxXMLDecl + `<w:ftr xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:p><w:r><w:t>百分号编码的页脚</w:t></w:r></w:p></w:ftr>`,
	})},
	{"utf16_document", func(testing.TB) map[string]string {
		xml := `<?xml version="1.0" encoding="UTF-16" standalone="yes"?>` + "\n" +
			`<w:document ` + docxNS + `><w:body>` + docxP("UTF-16 编码的正文") + `</w:body></w:document>`
		u := utf16.Encode([]rune(xml))
		b := []byte{0xFF, 0xFE}
		for _, c := range u {
			b = append(b, byte(c), byte(c>>8))
		}
		return map[string]string{"word/document.xml": string(b)}
	}},
	{"embedded", func(tb testing.TB) map[string]string {
		inner := buildDOCX(tb, map[string]string{
			"word/document.xml": docxDoc(docxSplitMarkP),
			"word/header1.xml":  docxRoot("hdr", docxP("嵌入文档页眉")),
		})
		return map[string]string{
			"word/document.xml": docxDoc(docxP("正文见附件，附件包括嵌入的文档、文本和网页。") + `<w:altChunk r:id="rIdAlt"/>`),
			"word/_rels/document.xml.rels": docxRelsXML(
				`<Relationship Id="rIdAlt" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="afchunk.htm"/>` +
					`<Relationship Id="rIdImg" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>`),
			"word/afchunk.htm":               "<html><body><p>导入的网页内容：内部资料</p></body></html>",
			"word/embeddings/inner.docx":     string(inner),
			"word/embeddings/oleObject1.bin": "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1" + strings.Repeat("\x00", 504),
			"word/embeddings/notes.txt":      "附件说明：内部参考",
			"word/embeddings/preview.png":    "\x89PNG\r\n\x1a\n",
			"word/media/image1.png":          "\x89PNG\r\n\x1a\n",
		}
	}},
	{"comments", docxStatic(map[string]string{
		"word/document.xml": docxDoc(
			docxP("第一行") +
				`<w:p>` + docxR("第二行") + `<w:commentRangeStart w:id="7"/>` + docxR("批注处") + `<w:commentRangeEnd w:id="7"/><w:r><w:commentReference w:id="7"/></w:r></w:p>` +
				docxTable([]string{`<w:p><w:r><w:commentReference w:id="8"/></w:r>` + docxR("表格") + `</w:p>`})),
		"word/comments.xml": docxRoot("comments",
			`<w:comment w:id="7" w:author="审核人">`+`<w:p><w:r><w:t>发布前</w:t></w:r><w:r><w:t>删除</w:t></w:r></w:p>`+docxP("第二段批注")+`</w:comment>`+
				`<w:comment w:id="8" w:author="">`+docxP("表格里的批注")+`</w:comment>`+
				`<w:comment w:id="9" w:author="无锚点">`+docxP("锚点已删")+`</w:comment>`),
	})},
	{"scanned", docxStatic(map[string]string{
		"word/document.xml":     docxDoc(docxP("") + `<w:p><w:r><w:drawing/></w:r></w:p>`),
		"word/media/image1.png": "\x89PNG\r\n\x1a\n",
		"word/media/image2.jpg": "\xFF\xD8\xFF",
	})},
	{"smartart_chart_glossary", docxStatic(map[string]string{
		"word/document.xml": docxDoc(docxP("正文有图表和 SmartArt，文字够长，不算扫描件。")),
		"word/diagrams/data1.xml": docxXMLDecl + `<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">` +
			`<dgm:ptLst><dgm:pt modelId="1"><dgm:t><a:bodyPr/><a:p><a:r><a:t>流程一：</a:t></a:r><a:r><a:t>内部审批</a:t></a:r></a:p></dgm:t></dgm:pt>` +
			`<dgm:pt modelId="2"><dgm:t><a:p><a:r><a:t>流程二</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>`,
		"word/diagrams/drawing1.xml": docxXMLDecl + `<dsp:drawing xmlns:dsp="http://schemas.microsoft.com/office/drawing/2008/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><a:p><a:r><a:t>流程一：内部审批</a:t></a:r></a:p></dsp:drawing>`,
		"word/charts/chart1.xml": docxXMLDecl + `<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><c:chart>` +
			`<c:title><c:tx><c:rich><a:p><a:r><a:t>排放量统计（内部）</a:t></a:r></a:p></c:rich></c:tx></c:title>` +
			`<c:plotArea><c:barChart><c:ser><c:tx><c:strRef><c:strCache><c:pt idx="0"><c:v>二氧化硫</c:v></c:pt></c:strCache></c:strRef></c:tx>` +
			`<c:val><c:numRef><c:numCache><c:pt idx="0"><c:v>12.5</c:v></c:pt></c:numCache></c:numRef></c:val></c:ser></c:barChart></c:plotArea></c:chart></c:chartSpace>`,
		"word/glossary/document.xml": docxXMLDecl + `<w:glossaryDocument ` + docxNS + `><w:docParts><w:docPart><w:docPartBody>` +
			docxP("封面：机密★10年") + `</w:docPartBody></w:docPart></w:docParts></w:glossaryDocument>`,
	})},
}
