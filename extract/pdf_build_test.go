package extract

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// A tiny PDF writer for tests: objects are written as given, and the
// cross-reference table is computed, so each test states exactly the
// structure it is about.

type pdfObj struct {
	num  int
	body string // dictionary or other object; for streams, the dictionary without /Length
	data string // stream data, if any
	strm bool
	// extra objects written along with this one (a font's descendant)
	extra []pdfObj
}

func pdfDict(num int, body string) pdfObj { return pdfObj{num: num, body: body} }

func pdfStream(num int, dict, data string) pdfObj {
	return pdfObj{num: num, body: dict, data: data, strm: true}
}

// buildPDF writes a PDF with the given header version ("1.7", "2.0"), objects and
// trailer entries (Root, Info, Encrypt…).
func buildPDF(version string, objs []pdfObj, trailer string) []byte {
	var b bytes.Buffer
	fmt.Fprintf(&b, "%%PDF-%s\n%%\xe2\xe3\xcf\xd3\n", version)
	var flat []pdfObj
	for _, o := range objs {
		flat = append(flat, o)
		flat = append(flat, o.extra...)
	}
	objs = flat
	maxNum := 0
	for _, o := range objs {
		maxNum = max(maxNum, o.num)
	}
	offsets := make([]int, maxNum+1)
	for _, o := range objs {
		offsets[o.num] = b.Len()
		if o.strm {
			dict := strings.TrimSuffix(strings.TrimSpace(o.body), ">>")
			fmt.Fprintf(&b, "%d 0 obj\n%s /Length %d >>\nstream\n%s\nendstream\nendobj\n", o.num, dict, len(o.data), o.data)
		} else {
			fmt.Fprintf(&b, "%d 0 obj\n%s\nendobj\n", o.num, o.body)
		}
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", maxNum+1)
	for i := 1; i <= maxNum; i++ {
		if offsets[i] == 0 {
			fmt.Fprintf(&b, "0000000000 65535 f \n")
		} else {
			fmt.Fprintf(&b, "%010d 00000 n \n", offsets[i])
		}
	}
	fmt.Fprintf(&b, "trailer\n<< /Size %d %s >>\nstartxref\n%d\n%%%%EOF\n", maxNum+1, trailer, xref)
	return b.Bytes()
}

// hexUTF16 is the hex string of s in UTF-16BE, the code bytes of a
// UniGB-UTF16-H font.
func hexUTF16(s string) string {
	var sb strings.Builder
	sb.WriteByte('<')
	for _, u := range utf16.Encode([]rune(s)) {
		fmt.Fprintf(&sb, "%04X", u)
	}
	sb.WriteByte('>')
	return sb.String()
}

// hexGBK is the hex string of s in GBK, the code bytes of a GBK-EUC-H font.
func hexGBK(s string) string {
	out, err := simplifiedchinese.GBK.NewEncoder().String(s)
	if err != nil {
		panic(err)
	}
	return fmt.Sprintf("<%X>", out)
}

// type0Font is a non-embedded Type0 font dictionary with a predefined
// CMap; its descendant CIDFont is object num+500.
func type0Font(num int, cmap string) pdfObj {
	o := pdfDict(num, fmt.Sprintf(`<< /Type /Font /Subtype /Type0 /BaseFont /SimSun /Encoding /%s
 /DescendantFonts [%d 0 R] >>`, cmap, num+500))
	o.extra = []pdfObj{pdfDict(num+500, `<< /Type /Font /Subtype /CIDFontType0 /BaseFont /SimSun
 /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 2 >> /DW 1000
 /FontDescriptor << /Type /FontDescriptor /FontName /SimSun /Flags 4 /FontBBox [0 -141 1000 859]
 /ItalicAngle 0 /Ascent 859 /Descent -141 /CapHeight 859 /StemV 80 >> >>`)}
	return o
}

// onePagePDF is a one-page document whose page shows content with font
// /F1 = fontObj (object 4) and any extra objects.
func onePagePDF(content string, fontObj pdfObj, extra ...pdfObj) []byte {
	objs := []pdfObj{
		pdfDict(1, "<< /Type /Catalog /Pages 2 0 R >>"),
		pdfDict(2, "<< /Type /Pages /Kids [3 0 R] /Count 1 /MediaBox [0 0 595 842] >>"),
		pdfDict(3, "<< /Type /Page /Parent 2 0 R /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>"),
		fontObj,
		pdfStream(5, "<< >>", content),
	}
	objs = append(objs, extra...)
	return buildPDF("1.7", objs, "/Root 1 0 R")
}
