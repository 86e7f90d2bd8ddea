package extract

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// noFallback is the Go engine alone.
var noFallback = pdfOptions{}

func extractTest(t *testing.T, data []byte, opt pdfOptions) *Document {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	doc, err := extractPDFWith(ctx, data, DefaultLimits(), opt)
	if err != nil {
		t.Fatalf("extract: %v", err)
	}
	return doc
}

func partsOf(doc *Document, kind string) []Part {
	var out []Part
	for _, p := range doc.Parts {
		if p.Kind == kind {
			out = append(out, p)
		}
	}
	return out
}

// A mark drawn in pieces must read whole on one line, whatever line
// breaks and text objects the producer used.
func TestPDFLinesFromPositions(t *testing.T) {
	utf := type0Font(4, "UniGB-UTF16-H")
	tests := []struct {
		name    string
		content string
		want    []string
	}{
		{
			name: "LibreOffice style: pieces in separate text objects with T*",
			content: "BT /F1 16 Tf 14 TL 100 700 Td " + hexUTF16("机密★") + " Tj ET\n" +
				"BT /F1 16 Tf 14 TL 148 700 Td " + hexUTF16("5") + " Tj T* ET\n" +
				"BT /F1 16 Tf 164 700 Td " + hexUTF16("年") + " Tj ET\n" +
				"BT /F1 12 Tf 100 650 Td " + hexUTF16("正文第一行") + " Tj ET",
			want: []string{"机密★5年", "正文第一行"},
		},
		{
			name:    "drawn right to left in the stream, reads left to right",
			content: "BT /F1 16 Tf 1 0 0 1 164 700 Tm " + hexUTF16("年") + " Tj 1 0 0 1 100 700 Tm " + hexUTF16("机密★5") + " Tj ET",
			want:    []string{"机密★5年"},
		},
		{
			name: "no line breaks at all: lines come from Y",
			content: "BT /F1 12 Tf 1 0 0 1 100 700 Tm " + hexUTF16("第一行") + " Tj 1 0 0 1 100 680 Tm " + hexUTF16("第二行") +
				" Tj 1 0 0 1 100 660 Tm " + hexUTF16("第三行") + " Tj ET",
			want: []string{"第一行", "第二行", "第三行"},
		},
		{
			name:    "TJ with kerning stays one word; a wide gap becomes a space",
			content: "BT /F1 12 Tf 100 700 Td [" + hexUTF16("秘密") + " -50 " + hexUTF16("★1年") + " -3000 " + hexUTF16("附件") + "] TJ ET",
			want:    []string{"秘密★1年 附件"},
		},
		{
			name:    "fake bold: the same glyph drawn twice, slightly shifted, is one",
			content: "BT /F1 12 Tf 100 700 Td " + hexUTF16("内部") + " Tj ET BT /F1 12 Tf 100.3 700 Td " + hexUTF16("内部") + " Tj ET",
			want:    []string{"内部"},
		},
		{
			name:    "vertical writing: columns right to left",
			content: "BT /F1 12 Tf 0 1 -1 0 300 700 Tm " + hexUTF16("机密") + " Tj ET BT /F1 12 Tf 0 1 -1 0 280 700 Tm " + hexUTF16("文件") + " Tj ET",
			// Rotated horizontal text: writing direction is up the page.
			want: []string{"文件", "机密"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := extractTest(t, onePagePDF(tc.content, utf), noFallback)
			body := partsOf(doc, KindBody)
			if len(body) != 1 {
				t.Fatalf("want one body part, got %+v (unread %q)", doc.Parts, doc.Unread)
			}
			got := strings.Split(body[0].Text, "\n")
			if strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("lines = %q, want %q", got, tc.want)
			}
			if body[0].Page != 1 || body[0].Line != 1 {
				t.Errorf("location page %d line %d, want 1, 1", body[0].Page, body[0].Line)
			}
		})
	}
}

// Simple fonts: named encodings, /Differences with glyph names, and a
// standard font without /Widths, whose letters must not be spaced apart.
func TestPDFSimpleFonts(t *testing.T) {
	tests := []struct {
		name, font, content, want string
	}{
		{"Helvetica without Widths", "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
			"BT /F1 12 Tf 100 700 Td (Hello) Tj 40 0 Td (World \223quoted\224) Tj ET", "Hello World “quoted”"},
		{"Differences with glyph names", "<< /Type /Font /Subtype /Type1 /BaseFont /X /FirstChar 65 /LastChar 67 /Widths [500 500 500] /Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [65 /uni673A /uni5BC6 /bullet] >> >>",
			"BT /F1 12 Tf 100 700 Td (ABCa) Tj ET", "机密•a"},
		{"Type3 glyph names", "<< /Type /Font /Subtype /Type3 /FontMatrix [0.001 0 0 0.001 0 0] /FontBBox [0 0 1000 1000] /CharProcs << >> /FirstChar 1 /LastChar 2 /Widths [1000 1000] /Encoding << /Type /Encoding /Differences [1 /uni5185 /uni90E8] >> >>",
			"BT /F1 12 Tf 100 700 Td <0102> Tj ET", "内部"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := extractTest(t, onePagePDF(tc.content, pdfDict(4, tc.font)), noFallback)
			if b := partsOf(doc, KindBody); len(b) != 1 || b[0].Text != tc.want {
				t.Errorf("body %+v, want %q (unread %q)", b, tc.want, doc.Unread)
			}
		})
	}
}

// Predefined Chinese CMaps decode without a /ToUnicode.
func TestPDFPredefinedCMaps(t *testing.T) {
	const want = "机密★5年"
	tests := []struct {
		cmap string
		hex  string
	}{
		{"UniGB-UTF16-H", hexUTF16(want)},
		{"UniGB-UTF16-V", hexUTF16(want)},
		{"UniGB-UCS2-H", hexUTF16(want)},
		{"UniCNS-UTF16-H", hexUTF16("機密★5年")},
		{"GBK-EUC-H", hexGBK(want)},
		{"GBK-EUC-V", hexGBK(want)},
		{"GBKp-EUC-H", hexGBK(want)},
		{"GB-EUC-H", hexGBK(want)},
		{"GBK2K-H", hexGBK(want)},
	}
	for _, tc := range tests {
		t.Run(tc.cmap, func(t *testing.T) {
			content := "BT /F1 12 Tf 100 700 Td " + tc.hex + " Tj ET"
			doc := extractTest(t, onePagePDF(content, type0Font(4, tc.cmap)), noFallback)
			body := partsOf(doc, KindBody)
			if len(body) != 1 || strings.ReplaceAll(body[0].Text, "\n", "") == "" {
				t.Fatalf("no text: %+v unread %q", doc.Parts, doc.Unread)
			}
			got := strings.ReplaceAll(body[0].Text, "\n", "")
			w := want
			if strings.HasPrefix(tc.cmap, "UniCNS") {
				w = "機密★5年"
			}
			if got != w {
				t.Errorf("text %q, want %q", got, w)
			}
			if len(doc.Unread) > 0 {
				t.Errorf("unread %q", doc.Unread)
			}
		})
	}
}

// Identity-H with a /ToUnicode CMap (bfchar, bfrange with string and
// array destinations) — the common case of embedded subset fonts.
func TestPDFToUnicode(t *testing.T) {
	cmap := `/CIDInit /ProcSet findresource begin 12 dict begin begincmap
1 begincodespacerange <0000> <FFFF> endcodespacerange
2 beginbfchar <0001> <673A> <0002> <5BC6> endbfchar
2 beginbfrange <0003> <0004> <2605> <0010> <0011> [<0035> <5E74>] endbfrange
endcmap CMapName currentdict /CMap defineresource pop end end`
	font := pdfDict(4, `<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+SimSun /Encoding /Identity-H
 /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+SimSun
 /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /DW 1000 >>] /ToUnicode 6 0 R >>`)
	// 0003 → ★ (2605), 0004 → ☆ (2606): the bfrange increments.
	content := "BT /F1 12 Tf 100 700 Td <0001000200030010001100040001> Tj ET"
	doc := extractTest(t, onePagePDF(content, font, pdfStream(6, "<< >>", cmap)), noFallback)
	body := partsOf(doc, KindBody)
	if len(body) != 1 || body[0].Text != "机密★5年☆机" {
		t.Fatalf("body %+v unread %q", body, doc.Unread)
	}
}

// Two pages use the same resource name /F1 for different fonts (a merged
// PDF): each page must be decoded with its own font.
func TestPDFFontsPerPage(t *testing.T) {
	objs := []pdfObj{
		pdfDict(1, "<< /Type /Catalog /Pages 2 0 R >>"),
		pdfDict(2, "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 /MediaBox [0 0 595 842] >>"),
		pdfDict(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"),
		type0Font(4, "UniGB-UTF16-H"),
		pdfStream(5, "<< >>", "BT /F1 12 Tf 100 700 Td "+hexUTF16("第一部分")+" Tj ET"),
		pdfDict(6, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 7 0 R >> >> /Contents 8 0 R >>"),
		type0Font(7, "GBK-EUC-H"),
		pdfStream(8, "<< >>", "BT /F1 12 Tf 100 700 Td "+hexGBK("第二部分秘密")+" Tj ET"),
	}
	doc := extractTest(t, buildPDF("1.7", objs, "/Root 1 0 R"), noFallback)
	body := partsOf(doc, KindBody)
	if len(body) != 2 || body[0].Text != "第一部分" || body[1].Text != "第二部分秘密" || body[1].Page != 2 {
		t.Fatalf("body %+v unread %q", body, doc.Unread)
	}
	if got := strings.Join(doc.Engines, ";"); got != "ledongthuc: 1-2" {
		t.Errorf("engines %q", got)
	}
}

// A page tree that loops back on itself must end, with the loop reported.
func TestPDFPageTreeCycle(t *testing.T) {
	tests := []struct {
		name  string
		pages string
	}{
		{"Kids points at its own Pages node", "<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 >>"},
		{"two Pages nodes point at each other", "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			objs := []pdfObj{
				pdfDict(1, "<< /Type /Catalog /Pages 2 0 R >>"),
				pdfDict(2, tc.pages),
				pdfDict(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"),
				type0Font(4, "UniGB-UTF16-H"),
				pdfStream(5, "<< >>", "BT /F1 12 Tf 100 700 Td "+hexUTF16("正文")+" Tj ET"),
				pdfDict(6, "<< /Type /Pages /Parent 2 0 R /Kids [2 0 R] /Count 1 >>"),
			}
			doc := extractTest(t, buildPDF("1.7", objs, "/Root 1 0 R"), noFallback)
			if !strings.Contains(strings.Join(doc.Unread, ";"), "循环") {
				t.Errorf("cycle not reported: %q", doc.Unread)
			}
			if body := partsOf(doc, KindBody); len(body) == 0 || body[0].Text != "正文" {
				t.Errorf("page before the loop not read: %+v", body)
			}
		})
	}
}

func manyPagesPDF(n int, count int) []byte {
	objs := []pdfObj{pdfDict(1, "<< /Type /Catalog /Pages 2 0 R >>"), type0Font(3, "UniGB-UTF16-H")}
	var kids []string
	for i := range n {
		p, c := 10+2*i, 11+2*i
		kids = append(kids, fmt.Sprintf("%d 0 R", p))
		objs = append(objs,
			pdfDict(p, "<< /Type /Page /Parent 2 0 R /Contents "+fmt.Sprint(c)+" 0 R >>"),
			pdfStream(c, "<< >>", "BT /F1 12 Tf 100 700 Td "+hexUTF16(fmt.Sprintf("第%d页", i+1))+" Tj ET"))
	}
	objs = append(objs, pdfDict(2, fmt.Sprintf("<< /Type /Pages /Kids [%s] /Count %d /Resources << /Font << /F1 3 0 R >> >> /MediaBox [0 0 595 842] >>", strings.Join(kids, " "), count)))
	return buildPDF("1.7", objs, "/Root 1 0 R")
}

// Pages beyond MaxPages (or a /Count claiming more) are not read, and the
// document says so. Resources inherited from the Pages node are used.
func TestPDFMaxPages(t *testing.T) {
	tests := []struct {
		name       string
		pages      int
		count      int
		maxPages   int
		wantBodies int
		wantUnread bool
	}{
		{"within the limit", 3, 3, 5, 3, false},
		{"more pages than the limit", 5, 5, 2, 2, true},
		{"huge /Count, few pages", 2, 1 << 30, 100, 2, true},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			lim := DefaultLimits()
			lim.MaxPages = tc.maxPages
			doc, err := extractPDFWith(context.Background(), manyPagesPDF(tc.pages, tc.count), lim, noFallback)
			if err != nil {
				t.Fatal(err)
			}
			if got := len(partsOf(doc, KindBody)); got != tc.wantBodies {
				t.Errorf("%d body parts, want %d", got, tc.wantBodies)
			}
			if got := len(doc.Unread) > 0; got != tc.wantUnread {
				t.Errorf("unread %q, want unread=%v", doc.Unread, tc.wantUnread)
			}
			if b := partsOf(doc, KindBody); len(b) > 1 && b[1].Text != "第2页" {
				t.Errorf("page 2 text %q", b[1].Text)
			}
		})
	}
}

func TestPDFMaxTextBytes(t *testing.T) {
	lim := DefaultLimits()
	lim.MaxTextBytes = 20 // two pages of "第N页" (7 bytes each) fit, three do not
	doc, err := extractPDFWith(context.Background(), manyPagesPDF(5, 5), lim, noFallback)
	if err != nil {
		t.Fatal(err)
	}
	if n := len(partsOf(doc, KindBody)); n != 2 {
		t.Errorf("%d body parts, want 2", n)
	}
	if !strings.Contains(strings.Join(doc.Unread, ";"), "文字量超过上限") {
		t.Errorf("limit not reported: %q", doc.Unread)
	}
}

// utf16Lit is a PDF text string literal in UTF-16BE with its BOM.
func utf16Lit(s string) string { return "<FEFF" + hexUTF16(s)[1:] }

// Metadata, annotations and form fields come out as their own kinds.
func TestPDFMetadataCommentsFields(t *testing.T) {
	objs := []pdfObj{
		pdfDict(1, "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [9 0 R] >> /Metadata 11 0 R >>"),
		pdfDict(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>"),
		pdfDict(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [7 0 R 8 0 R 9 0 R] >>"),
		type0Font(4, "UniGB-UTF16-H"),
		pdfStream(5, "<< >>", "BT /F1 12 Tf 100 700 Td "+hexUTF16("正文")+" Tj ET"),
		pdfDict(6, "<< /Title "+utf16Lit("关于环境监测的报告")+" /Author (Zhang) /Subject "+utf16Lit("内部事项")+
			" /Keywords "+utf16Lit("秘密")+" /Producer (LibreOffice) /CreationDate (D:20240101) /Project "+utf16Lit("专项")+" >>"),
		pdfDict(7, "<< /Type /Annot /Subtype /Text /Rect [10 10 20 20] /Contents "+utf16Lit("发布前删除")+" /T (Li) /Popup 8 0 R >>"),
		pdfDict(8, "<< /Type /Annot /Subtype /Popup /Rect [10 10 200 200] /Parent 7 0 R >>"),
		pdfDict(9, "<< /Type /Annot /Subtype /Widget /FT /Tx /T (mj) /V "+utf16Lit("机密")+" /Rect [10 10 20 20] /P 3 0 R >>"),
		pdfStream(11, "<< /Type /Metadata /Subtype /XML >>", `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:description><rdf:Alt><rdf:li xml:lang="x-default">仅供内部参考</rdf:li></rdf:Alt></dc:description>
<dc:title><rdf:Alt><rdf:li>关于环境监测的报告</rdf:li></rdf:Alt></dc:title></rdf:Description></rdf:RDF></x:xmpmeta>`),
	}
	doc := extractTest(t, buildPDF("1.7", objs, "/Root 1 0 R /Info 6 0 R"), noFallback)
	want := []Part{
		{Kind: KindBody, Page: 1, Line: 1, Text: "正文"},
		{Kind: KindComment, Name: "Li", Page: 1, Text: "发布前删除"},
		{Kind: KindField, Name: "mj", Page: 1, Text: "机密"},
		{Kind: KindMetadata, Name: "author", Text: "Zhang"},
		{Kind: KindMetadata, Name: "keywords", Text: "秘密"},
		{Kind: KindMetadata, Name: "producer", Text: "LibreOffice"},
		{Kind: KindMetadata, Name: "custom:Project", Text: "专项"},
		{Kind: KindMetadata, Name: "subject", Text: "内部事项"},
		{Kind: KindMetadata, Name: "title", Text: "关于环境监测的报告"},
		{Kind: KindMetadata, Name: "xmp:description", Text: "仅供内部参考"},
	}
	got := fmt.Sprintf("%+v", doc.Parts)
	if got != fmt.Sprintf("%+v", want) {
		t.Errorf("parts\n got %s\nwant %+v", got, want)
	}
}

// Text drawn in an annotation's appearance (a free-text box, a filled
// form field) is on the page for every reader.
func TestPDFAnnotationAppearance(t *testing.T) {
	content := "BT /F1 12 Tf 100 700 Td " + hexUTF16("正文") + " Tj ET"
	objs := []pdfObj{
		pdfDict(1, "<< /Type /Catalog /Pages 2 0 R >>"),
		pdfDict(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>"),
		pdfDict(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R /Annots [6 0 R 8 0 R] >>"),
		type0Font(4, "UniGB-UTF16-H"),
		pdfStream(5, "<< >>", content),
		pdfDict(6, "<< /Type /Annot /Subtype /FreeText /Rect [100 500 300 520] /AP << /N 7 0 R >> >>"),
		pdfStream(7, "<< /Type /XObject /Subtype /Form /BBox [0 0 200 20] /Resources << /Font << /F1 4 0 R >> >> >>",
			"BT /F1 12 Tf 2 5 Td "+hexUTF16("内部资料")+" Tj ET"),
		// Hidden (flag 2): not drawn.
		pdfDict(8, "<< /Type /Annot /Subtype /FreeText /F 2 /Rect [100 400 300 420] /AP << /N 7 0 R >> >>"),
	}
	doc := extractTest(t, buildPDF("1.7", objs, "/Root 1 0 R"), noFallback)
	body := partsOf(doc, KindBody)
	if len(body) != 1 || body[0].Text != "正文\n内部资料" {
		t.Errorf("body %+v", body)
	}
}

// Text placed outside the page's box is not visible: it is reported as
// hidden, not as body text.
func TestPDFTextOutsidePage(t *testing.T) {
	content := "BT /F1 12 Tf 100 700 Td " + hexUTF16("正文") + " Tj ET BT /F1 12 Tf 100 -500 Td " + hexUTF16("秘密") + " Tj ET"
	doc := extractTest(t, onePagePDF(content, type0Font(4, "UniGB-UTF16-H")), noFallback)
	hidden := partsOf(doc, KindHidden)
	if len(hidden) != 1 || hidden[0].Text != "秘密" || hidden[0].Page != 1 {
		t.Errorf("hidden parts %+v", hidden)
	}
	if body := partsOf(doc, KindBody); len(body) != 1 || body[0].Text != "正文" {
		t.Errorf("body %+v", body)
	}
}

// Scanned pages (images, no text) make the document unreadable, naming
// the pages; a blank page does not.
func TestPDFScannedPages(t *testing.T) {
	img := pdfStream(6, "<< /Type /XObject /Subtype /Image /Width 1 /Height 1 /ColorSpace /DeviceGray /BitsPerComponent 8 >>", "\x00")
	objs := []pdfObj{
		pdfDict(1, "<< /Type /Catalog /Pages 2 0 R >>"),
		pdfDict(2, "<< /Type /Pages /Kids [3 0 R 7 0 R 9 0 R 11 0 R] /Count 4 /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> /XObject << /Im1 6 0 R >> >> >>"),
		pdfDict(3, "<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>"),
		type0Font(4, "UniGB-UTF16-H"),
		pdfStream(5, "<< >>", "q 595 0 0 842 0 0 cm /Im1 Do Q"),
		img,
		pdfDict(7, "<< /Type /Page /Parent 2 0 R /Contents 8 0 R >>"),
		pdfStream(8, "<< >>", "BT /F1 12 Tf 100 700 Td "+hexUTF16("有文字")+" Tj ET q /Im1 Do Q"),
		pdfDict(9, "<< /Type /Page /Parent 2 0 R /Contents 10 0 R >>"),
		pdfStream(10, "<< >>", "q 100 0 0 100 0 0 cm BI /W 2 /H 1 /CS /G /BPC 8 ID \x00EI\xff EI Q"),
		pdfDict(11, "<< /Type /Page /Parent 2 0 R >>"), // blank
	}
	doc := extractTest(t, buildPDF("1.7", objs, "/Root 1 0 R"), noFallback)
	if got := strings.Join(doc.Unread, ";"); got != "第1、3页为扫描图像，无文字层（需OCR）" {
		t.Errorf("unread %q", got)
	}
}

// Codes without any Unicode mapping make the page undecodable; without a
// second engine it is reported, never passed as read.
func TestPDFUndecodableReported(t *testing.T) {
	font := pdfDict(4, `<< /Type /Font /Subtype /Type0 /BaseFont /XYZ+Song /Encoding /Identity-H
 /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /XYZ+Song
 /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 6 0 R >>] >>`)
	fd := pdfDict(6, "<< /Type /FontDescriptor /FontName /XYZ+Song /FontFile2 7 0 R >>")
	ff := pdfStream(7, "<< >>", "not a real font")
	content := "BT /F1 12 Tf 100 700 Td <0102030405060708> Tj ET"
	doc := extractTest(t, onePagePDF(content, font, fd, ff), noFallback)
	if got := strings.Join(doc.Unread, ";"); !strings.Contains(got, "第1页文字无法解码") {
		t.Errorf("unread %q", got)
	}
}

// GBK bytes shown through a Latin font read as mojibake: reported.
func TestPDFMojibakeReported(t *testing.T) {
	font := pdfDict(4, "<< /Type /Font /Subtype /TrueType /BaseFont /SimSun /Encoding /WinAnsiEncoding /FirstChar 32 /LastChar 255 >>")
	content := "BT /F1 12 Tf 100 700 Td " + hexGBK("我们的工作秘密文件") + " Tj ET"
	doc := extractTest(t, onePagePDF(content, font), noFallback)
	// The bytes are decoded as GBK for the scanner, but the page stays
	// unread: the decoding is a guess.
	if got := strings.Join(doc.Unread, ";"); !strings.Contains(got, "第1页文字无法解码（文字按GBK推测解码") {
		t.Errorf("unread %q", got)
	}
	if b := partsOf(doc, KindBody); len(b) != 1 || b[0].Text != "我们的工作秘密文件" {
		t.Errorf("body %+v", b)
	}
}

func TestPDFImplausible(t *testing.T) {
	tests := []struct {
		name            string
		text            string
		shown, unmapped int
		want            string
	}{
		{"Chinese text", "关于环境监测情况的报告，机密★5年。", 18, 0, ""},
		{"traditional Chinese", "關於環境監測情況的報告，機密文件請勿外傳。", 20, 0, ""},
		{"English", "Environmental monitoring report, 2024.", 38, 0, ""},
		{"French with accents", "Résumé: état général, déjà vérifié à Genève.", 44, 0, ""},
		{"drawn but nothing decoded", "", 12, 12, "页面绘制了文字，但无法解码"},
		{"U+FFFD share", "正文��内容", 6, 2, "部分字符没有Unicode映射"},
		{"one U+FFFD in a long page", strings.Repeat("正文内容", 50) + "�", 201, 1, ""},
		{"GBK as Latin-1 everywhere", "ÎÒÃÇµÄ¹¤×÷", 10, 0, reasonMojibake},
		{"GBK as Latin-1 in one run", "COMPANY: ±±¶·ÐÇ " + strings.Repeat("TITLE DRAWN DATED ", 20), 300, 0, reasonMojibake},
		{"rare Han garbage", "𨉷㦓䶮䶯㐀㐁㐂㐃㐄㐅㐆㐇", 12, 0, "汉字多为罕见字，疑似字体编码映射错误"},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := implausible(tc.text, tc.shown, tc.unmapped); got != tc.want {
				t.Errorf("implausible(%q) = %q, want %q", tc.text, got, tc.want)
			}
		})
	}
}

func TestRecoverGBKMojibake(t *testing.T) {
	tests := []struct {
		in, want string
		ok       bool
	}{
		{"»úÃÜ¡ï5Äê", "机密★5年", true},
		{"¹ØÓ Úº ì¾ ü", "关于红军", true}, // layout spaces between byte pairs
		{"plain ASCII", "plain ASCII", false},
		{"Ã", "", false}, // a lone lead byte does not decode
	}
	for _, tc := range tests {
		got, ok := recoverGBKMojibake(tc.in)
		if ok != tc.ok || (ok && got != tc.want) {
			t.Errorf("recoverGBKMojibake(%q) = %q, %v; want %q, %v", tc.in, got, ok, tc.want, tc.ok)
		}
	}
}

// The second engine reads a page the Go engine could not parse, and
// Engines says which engine read which page. A stand-in script plays
// pdftotext so the test runs anywhere.
func TestPDFFallbackEngine(t *testing.T) {
	dir := t.TempDir()
	script := func(name, out string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte("#!/bin/sh\nprintf '"+out+"'\n"), 0o755); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := script("good", `  机密★5年   \n\n正文\f`)
	garbage := script("garbage", `\357\277\275\357\277\275\f`)
	short := script("short", `x\f`)

	// A content stream in a filter the library does not know (structure).
	unparsable := buildPDF("1.7", []pdfObj{
		pdfDict(1, "<< /Type /Catalog /Pages 2 0 R >>"),
		pdfDict(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>"),
		pdfDict(3, "<< /Type /Page /Parent 2 0 R /Contents 5 0 R >>"),
		pdfStream(5, "<< /Filter /LZWDecode >>", "X"),
	}, "/Root 1 0 R")
	// Codes with no Unicode mapping at all (mapping).
	font := pdfDict(4, `<< /Type /Font /Subtype /Type0 /BaseFont /XYZ+Song /Encoding /Identity-H
 /DescendantFonts [<< /Type /Font /Subtype /CIDFontType2 /BaseFont /XYZ+Song /FontDescriptor 6 0 R >>] >>`)
	fd := pdfDict(6, "<< /Type /FontDescriptor /FontName /XYZ+Song /FontFile2 7 0 R >>")
	ff := pdfStream(7, "<< >>", "not a real font")
	unmapped := onePagePDF("BT /F1 12 Tf 100 700 Td <0102030405060708> Tj ET", font, fd, ff)

	tests := []struct {
		name        string
		data        []byte
		tool        string
		wantBody    string
		wantUnread  string
		wantEngines string
	}{
		{"structure failure read by pdftotext", unparsable, good, "机密★5年\n正文", "", "pdftotext: 1"},
		{"structure failure, pdftotext gives garbage", unparsable, garbage, "", "第1页文字无法解码（页面内容无法解码", ""},
		{"mapping failure: pdftotext text scanned but unverified", unmapped, good, "机密★5年\n正文", "第1页文字无法可靠解码", "pdftotext: 1"},
		{"mapping failure: pdftotext gives too little", unmapped, short, "\ufffd\ufffd\ufffd\ufffd", "第1页文字无法解码（部分字符没有Unicode映射）", ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc := extractTest(t, tc.data, pdfOptions{fallback: true, pdftotext: tc.tool})
			body := ""
			if b := partsOf(doc, KindBody); len(b) > 0 {
				body = b[0].Text
			}
			if body != tc.wantBody {
				t.Errorf("body %q, want %q", body, tc.wantBody)
			}
			unread := strings.Join(doc.Unread, ";")
			if (tc.wantUnread == "") != (unread == "") || !strings.Contains(unread, tc.wantUnread) {
				t.Errorf("unread %q, want %q", unread, tc.wantUnread)
			}
			if got := strings.Join(doc.Engines, ";"); got != tc.wantEngines {
				t.Errorf("engines %q, want %q", got, tc.wantEngines)
			}
		})
	}
}

// Text removed by an incremental update is still in the file: it comes
// out as deleted text of the earlier revision.
func TestPDFEarlierRevision(t *testing.T) {
	v1 := onePagePDF("BT /F1 12 Tf 100 700 Td "+hexUTF16("机密★5年")+" Tj ET BT /F1 12 Tf 100 680 Td "+hexUTF16("正文")+" Tj ET", type0Font(4, "UniGB-UTF16-H"))
	// The update replaces the content stream (object 5) with one that no
	// longer has the mark, and appends a new xref section pointing at it.
	newContent := "BT /F1 12 Tf 100 680 Td " + hexUTF16("正文") + " Tj ET"
	var upd strings.Builder
	off := len(v1)
	fmt.Fprintf(&upd, "5 0 obj\n<< /Length %d >>\nstream\n%s\nendstream\nendobj\n", len(newContent), newContent)
	prevXref := strings.LastIndex(string(v1), "startxref")
	var prev int
	fmt.Sscan(strings.TrimSpace(string(v1[prevXref+len("startxref"):])), &prev)
	xrefAt := off + upd.Len()
	fmt.Fprintf(&upd, "xref\n5 1\n%010d 00000 n \ntrailer\n<< /Size 505 /Root 1 0 R /Prev %d >>\nstartxref\n%d\n%%%%EOF\n", off, prev, xrefAt)
	v2 := append(append([]byte{}, v1...), upd.String()...)

	doc := extractTest(t, v2, noFallback)
	if b := partsOf(doc, KindBody); len(b) != 1 || b[0].Text != "正文" {
		t.Fatalf("current body %+v", b)
	}
	del := partsOf(doc, KindDeleted)
	if len(del) != 1 || del[0].Text != "机密★5年" || del[0].Page != 1 || !strings.Contains(del[0].Name, "早期版本1") {
		t.Errorf("deleted parts %+v (engines %q)", del, doc.Engines)
	}
	// A file without updates has no earlier revision.
	if del := partsOf(extractTest(t, v1, noFallback), KindDeleted); len(del) != 0 {
		t.Errorf("deleted parts in a single-revision file: %+v", del)
	}
}

// Text in a layer that is off by default (optional content) is not seen
// by a reader: it is reported as hidden, whether marked in the content
// stream or attached to a form XObject; a layer that is on reads as body.
func TestPDFHiddenLayers(t *testing.T) {
	content := "BT /F1 12 Tf 100 700 Td " + hexUTF16("正文") + " Tj ET\n" +
		"/OC /L1 BDC BT /F1 12 Tf 100 680 Td " + hexUTF16("隐藏层：机密") + " Tj ET EMC\n" +
		"/OC /L2 BDC BT /F1 12 Tf 100 660 Td " + hexUTF16("可见层") + " Tj ET EMC\n" +
		"q /Fm1 Do Q"
	objs := []pdfObj{
		pdfDict(1, "<< /Type /Catalog /Pages 2 0 R /OCProperties << /OCGs [6 0 R 7 0 R] /D << /OFF [6 0 R] >> >> >>"),
		pdfDict(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>"),
		pdfDict(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> /Properties << /L1 6 0 R /L2 7 0 R >> /XObject << /Fm1 8 0 R >> >> /Contents 5 0 R >>"),
		type0Font(4, "UniGB-UTF16-H"),
		pdfStream(5, "<< >>", content),
		pdfDict(6, "<< /Type /OCG /Name (draft notes) >>"),
		pdfDict(7, "<< /Type /OCG /Name (main) >>"),
		pdfStream(8, "<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /OC 6 0 R /Resources << /Font << /F1 4 0 R >> >> >>",
			"BT /F1 12 Tf 100 640 Td "+hexUTF16("表单里的隐藏批注")+" Tj ET"),
	}
	doc := extractTest(t, buildPDF("1.7", objs, "/Root 1 0 R"), noFallback)
	if b := partsOf(doc, KindBody); len(b) != 1 || b[0].Text != "正文\n可见层" {
		t.Errorf("body %+v", b)
	}
	h := partsOf(doc, KindHidden)
	if len(h) != 1 || h[0].Text != "隐藏层：机密\n表单里的隐藏批注" || h[0].Name != "默认隐藏图层中的文字" || h[0].Page != 1 {
		t.Errorf("hidden %+v", h)
	}
}

// Extraction is safe to run on several documents at once (the package
// caches are shared): run with -race.
func TestPDFConcurrent(t *testing.T) {
	docs := [][]byte{goldenSamplePDF(), manyPagesPDF(5, 5), onePagePDF("BT /F1 12 Tf 100 700 Td "+hexGBK("内部资料")+" Tj ET", type0Font(4, "GBK-EUC-H"))}
	want := make([]string, len(docs))
	for i, d := range docs {
		want[i] = bodyText(extractTest(t, d, noFallback))
	}
	errs := make(chan error, 24)
	for w := range 24 {
		go func() {
			i := w % len(docs)
			doc, err := extractPDFWith(context.Background(), docs[i], DefaultLimits(), noFallback)
			switch {
			case err != nil:
				errs <- err
			case bodyText(doc) != want[i]:
				errs <- fmt.Errorf("document %d: text differs when run concurrently", i)
			default:
				errs <- nil
			}
		}()
	}
	for range 24 {
		if err := <-errs; err != nil {
			t.Error(err)
		}
	}
}
