package reports

// The form templates are real DOCX files kept in the repo (reports/templates)
// so the 保密办 can restyle them in Word. This file is the code that makes
// them; regenerate with:
//
//	go test ./reports -run TestGenerateTemplates -update
//
// Without -update the test proves the committed files are what this code
// makes, so an edit here is never silently left out of the binary.

import (
	"archive/zip"
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
	"time"
)

var update = flag.Bool("update", false, "rewrite the form templates and golden files")

func TestGenerateTemplates(t *testing.T) {
	for _, tc := range []struct {
		path     string
		build    func() []byte
		embedded []byte
	}{
		{"templates/review_form.docx", buildReviewFormTemplate, defaultReviewForm},
		{"templates/incident_report.docx", buildIncidentTemplate, incidentTemplate},
	} {
		got := tc.build()
		if *update {
			if err := os.WriteFile(tc.path, got, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if !bytes.Equal(got, tc.embedded) {
			t.Errorf("%s is not what the generator makes: run go test ./reports -run TestGenerateTemplates -update", tc.path)
		}
	}
}

// Page geometry, in twentieths of a point (twips). A4 is 11906 × 16838.
const (
	pageW, pageH           = 11906, 16838
	marginTop, marginBot   = 1304, 1134 // 2.3 cm, 2.0 cm
	marginLeft, marginRigh = 1474, 1304 // 2.6 cm, 2.3 cm
	textW                  = pageW - marginLeft - marginRigh
)

// grid: label column, value, second label, second value.
var grid = []int{1900, 2950, 1400, textW - 1900 - 2950 - 1400}

const (
	fontValue = "仿宋"
	fontLabel = "宋体"
	szValue   = 21 // 10.5 pt, 五号 (half-points)
	szLabel   = 24 // 12 pt, 小四
	szTitle   = 36 // 18 pt, 小二
)

func esc(s string) string {
	var b bytes.Buffer
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

type runStyle struct {
	font  string
	size  int
	bold  bool
	color string
}

func rpr(s runStyle) string {
	var b strings.Builder
	b.WriteString("<w:rPr>")
	if s.font != "" {
		fmt.Fprintf(&b, `<w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="%s" w:cs="Times New Roman"/>`, s.font)
	}
	if s.bold {
		b.WriteString("<w:b/><w:bCs/>")
	}
	if s.color != "" {
		fmt.Fprintf(&b, `<w:color w:val="%s"/>`, s.color)
	}
	if s.size > 0 {
		fmt.Fprintf(&b, `<w:sz w:val="%d"/><w:szCs w:val="%d"/>`, s.size, s.size)
	}
	b.WriteString("</w:rPr>")
	return b.String()
}

// run is one run of text; a placeholder gets a run of its own, as a person
// typing it in Word would ideally leave it.
func run(s runStyle, text string) string {
	return `<w:r>` + rpr(s) + `<w:t xml:space="preserve">` + esc(text) + `</w:t></w:r>`
}

type paraStyle struct {
	align  string // left, center, right, both
	before int
	after  int
	indent int // first-line indent in twips
	line   int // exact line height in twips; 0 ⇒ 300 (15 pt)
}

func para(p paraStyle, runs ...string) string {
	var b strings.Builder
	b.WriteString("<w:p><w:pPr>")
	// An exact line height: CJK fallback fonts (Noto) have tall natural
	// line heights that would push an ordinary form onto a second page.
	line := p.line
	if line == 0 {
		line = 300
	}
	fmt.Fprintf(&b, `<w:spacing w:before="%d" w:after="%d" w:line="%d" w:lineRule="exact"/>`, p.before, p.after, line)
	if p.indent > 0 {
		fmt.Fprintf(&b, `<w:ind w:firstLine="%d"/>`, p.indent)
	}
	// Left, not the default justified: a line ended by a manual break
	// would otherwise be stretched across the cell.
	align := p.align
	if align == "" {
		align = "left"
	}
	fmt.Fprintf(&b, `<w:jc w:val="%s"/>`, align)
	b.WriteString("</w:pPr>")
	for _, r := range runs {
		b.WriteString(r)
	}
	b.WriteString("</w:p>")
	return b.String()
}

// cellFrom is a table cell spanning span grid columns starting at *col.
func cellFrom(col *int, span int, vcenter bool, paras ...string) string {
	w := 0
	for i := *col; i < *col+span; i++ {
		w += grid[i]
	}
	*col += span
	var b strings.Builder
	fmt.Fprintf(&b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>`, w)
	if span > 1 {
		fmt.Fprintf(&b, `<w:gridSpan w:val="%d"/>`, span)
	}
	if vcenter {
		b.WriteString(`<w:vAlign w:val="center"/>`)
	}
	b.WriteString("</w:tcPr>")
	if len(paras) == 0 {
		paras = []string{para(paraStyle{})}
	}
	for _, p := range paras {
		b.WriteString(p)
	}
	b.WriteString("</w:tc>")
	return b.String()
}

func row(minHeight int, cells ...string) string {
	var b strings.Builder
	b.WriteString("<w:tr><w:trPr><w:cantSplit/>")
	if minHeight > 0 {
		fmt.Fprintf(&b, `<w:trHeight w:val="%d" w:hRule="atLeast"/>`, minHeight)
	}
	b.WriteString("</w:trPr>")
	for _, c := range cells {
		b.WriteString(c)
	}
	b.WriteString("</w:tr>")
	return b.String()
}

var (
	labelRun = runStyle{font: fontLabel, size: szLabel}
	valueRun = runStyle{font: fontValue, size: szValue}
)

func label(text string) string {
	return para(paraStyle{align: "center"}, run(labelRun, text))
}

// ph is a placeholder run.
func ph(name string) string { return run(valueRun, "{{"+name+"}}") }

func value(runs ...string) string { return para(paraStyle{align: "left"}, runs...) }

func text(s string) string { return run(valueRun, s) }

// labelRow is a row with a label and one value cell spanning the rest.
func labelRow(h int, name string, paras ...string) string {
	col := 0
	return row(h, cellFrom(&col, 1, true, label(name)), cellFrom(&col, 3, true, paras...))
}

func table(rows ...string) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<w:tbl><w:tblPr><w:tblW w:w="%d" w:type="dxa"/><w:jc w:val="center"/>`, textW)
	b.WriteString(`<w:tblBorders>`)
	for _, side := range []string{"top", "left", "bottom", "right", "insideH", "insideV"} {
		fmt.Fprintf(&b, `<w:%s w:val="single" w:sz="6" w:space="0" w:color="000000"/>`, side)
	}
	b.WriteString(`</w:tblBorders><w:tblLayout w:type="fixed"/>`)
	b.WriteString(`<w:tblCellMar><w:top w:w="40" w:type="dxa"/><w:left w:w="100" w:type="dxa"/><w:bottom w:w="40" w:type="dxa"/><w:right w:w="100" w:type="dxa"/></w:tblCellMar>`)
	b.WriteString(`<w:tblLook w:val="0000"/></w:tblPr><w:tblGrid>`)
	for _, g := range grid {
		fmt.Fprintf(&b, `<w:gridCol w:w="%d"/>`, g)
	}
	b.WriteString(`</w:tblGrid>`)
	for _, r := range rows {
		b.WriteString(r)
	}
	b.WriteString(`</w:tbl>`)
	return b.String()
}

func documentXML(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>` +
		body +
		fmt.Sprintf(`<w:sectPr><w:pgSz w:w="%d" w:h="%d"/><w:pgMar w:top="%d" w:right="%d" w:bottom="%d" w:left="%d" w:header="851" w:footer="851" w:gutter="0"/><w:cols w:space="425"/><w:docGrid w:linePitch="312"/></w:sectPr>`,
			pageW, pageH, marginTop, marginRigh, marginBot, marginLeft) +
		`</w:body></w:document>`
}

const sign = "签字：　　　　　　　　　　　　年　　月　　日"

func reviewFormBody() string {
	title := para(paraStyle{align: "center", after: 200, line: 520}, run(runStyle{font: fontLabel, size: szTitle, bold: true}, "浦东新区生态环境局政府信息公开（发布）保密审查表"))
	col := 0
	first := row(480,
		cellFrom(&col, 1, true, label("处室（单位）")),
		cellFrom(&col, 1, true, value(ph(phOffice))),
		cellFrom(&col, 1, true, label("填报日期")),
		cellFrom(&col, 1, true, value(ph(phDate))))
	sp := text("　")
	hs := text(" ") // a narrow space: the five reason boxes fit on one line
	opinion := []string{
		para(paraStyle{}, run(runStyle{font: fontValue, size: 18, color: "595959"}, "{{"+phAdvice+"}}")),
		value(ph(phPublish), text("　　　　"), ph(phWithhold)),
		value(ph("☐国家秘密"), hs, ph("☐工作秘密"), hs, ph("☐商业秘密"), hs, ph("☐个人隐私"), hs, ph("☐其它不予公开的情形")),
		value(text("不予公开的依据："), ph(phBasis)),
		para(paraStyle{align: "right", before: 60}, text("经办人：　　　　　　负责人：　　　　　　　年　　月　　日")),
	}
	return title + table(
		first,
		labelRow(480, "信息名称", value(ph(phTitle))),
		labelRow(480, "文号", value(ph(phDocNumber))),
		labelRow(480, "信息载体形式", value(ph(phOfficial), text("　　　　"), ph(phNonOfficial))),
		labelRow(760, "信息拟公开方式",
			value(ph("☐政府网站"), sp, ph("☐报刊"), sp, ph("☐广播"), sp, ph("☐电视"), sp, ph("☐政务公开栏")),
			value(ph(phOtherChannel))),
		labelRow(480, "信息拟公开时间", value(ph(phPublishTime))),
		labelRow(1300, "信息内容摘要", value(ph(phSummary))),
		labelRow(3000, "处室（单位）保密审核意见", opinion...),
		labelRow(950, "分管领导审批意见", para(paraStyle{}), para(paraStyle{align: "right", before: 80}, text(sign))),
		labelRow(950, "局保密办复核备案", para(paraStyle{}), para(paraStyle{align: "right", before: 80}, text(sign))),
		labelRow(800, "备注", para(paraStyle{line: 260}, run(runStyle{font: fontValue, size: 18}, "{{"+phRemarks+"}}"))),
	)
}

func incidentBody() string {
	title := para(paraStyle{align: "center", after: 60, line: 520}, run(runStyle{font: fontLabel, size: szTitle, bold: true}, "泄密事件报告表"))
	draft := para(paraStyle{align: "center", after: 200, line: 420}, run(runStyle{font: fontLabel, size: 28, bold: true, color: "C00000"}, "草稿（供局保密办研判）"))
	foot := para(paraStyle{before: 240}, text("主管领导：　　　　　　　　　　　　填表人：")) +
		para(paraStyle{before: 120}, text("填报单位："), ph(phIncFiler), text("　　　　　　　　　　年　　月　　日"))
	return title + draft + table(
		labelRow(700, "发生泄密事件单位", value(ph(phIncUnit))),
		labelRow(900, "泄密内容及密级", value(ph(phIncContent))),
		labelRow(1400, "主要责任人基本情况", para(paraStyle{})),
		labelRow(3600, "泄密事件发生经过、造成危害及造成泄密的主要原因", value(ph(phIncCourse))),
		labelRow(1800, "补救措施", para(paraStyle{})),
		labelRow(1500, "处理结果", para(paraStyle{})),
		labelRow(1000, "备注", para(paraStyle{}, run(runStyle{font: fontValue, size: 20}, "{{"+phIncRemarks+"}}"))),
	) + foot
}

const stylesXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman" w:eastAsia="仿宋" w:cs="Times New Roman"/><w:kern w:val="2"/><w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:widowControl w:val="0"/><w:jc w:val="both"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style><w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style></w:styles>`

const settingsXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:settings xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:zoom w:percent="100"/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>`

// The font table names the Windows fonts with their English names as
// alternates, so WPS and LibreOffice find the same faces.
const fontTableXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:font w:name="仿宋"><w:altName w:val="FangSong"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font><w:font w:name="宋体"><w:altName w:val="SimSun"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font><w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font></w:fonts>`

const contentTypesXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/><Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/><Override PartName="/word/fontTable.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml"/><Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/><Override PartName="/docProps/app.xml" ContentType="application/vnd.openxmlformats-officedocument.extended-properties+xml"/></Types>`

const rootRelsXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/extended-properties" Target="docProps/app.xml"/></Relationships>`

const docRelsXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/><Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable" Target="fontTable.xml"/></Relationships>`

func coreXML(title string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>` + esc(title) + `</dc:title><dc:creator>mishen</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">2026-11-26T00:00:00Z</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-26T00:00:00Z</dcterms:modified></cp:coreProperties>`
}

const appXML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>mishen</Application></Properties>`

// packageDocx zips the parts in a fixed order with a fixed time, so the
// same code always makes the same bytes.
func packageDocx(title, body string) []byte {
	parts := []struct{ name, data string }{
		{"[Content_Types].xml", contentTypesXML},
		{"_rels/.rels", rootRelsXML},
		{"docProps/core.xml", coreXML(title)},
		{"docProps/app.xml", appXML},
		{"word/document.xml", documentXML(body)},
		{"word/styles.xml", stylesXML},
		{"word/settings.xml", settingsXML},
		{"word/fontTable.xml", fontTableXML},
		{"word/_rels/document.xml.rels", docRelsXML},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: time.Date(2026, 11, 26, 0, 0, 0, 0, time.UTC)})
		if err != nil {
			panic(err)
		}
		if _, err := w.Write([]byte(p.data)); err != nil {
			panic(err)
		}
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

func buildReviewFormTemplate() []byte {
	return packageDocx("政府信息公开（发布）保密审查表", reviewFormBody())
}

func buildIncidentTemplate() []byte {
	return packageDocx("泄密事件报告表（草稿）", incidentBody())
}
