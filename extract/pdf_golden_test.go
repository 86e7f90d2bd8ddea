package extract

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// The golden files are rewritten with
// `go test ./extract -run TestPDFGolden -update`.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files under testdata/")
	}
}

// goldenSamplePDF is a two-page document with what a reviewer must see:
// a mark drawn in pieces, a paragraph mark, text outside the page, a
// comment, a form field, an annotation appearance and metadata.
func goldenSamplePDF() []byte {
	p1 := "BT /F1 10 Tf 1 0 0 1 72 800 Tm " + hexUTF16("000123") + " Tj ET\n" +
		"BT /F1 16 Tf 14 TL 72 770 Td " + hexUTF16("机密★") + " Tj ET BT /F1 16 Tf 120 770 Td " + hexUTF16("5") + " Tj T* ET BT /F1 16 Tf 128.5 770 Td " + hexUTF16("年") + " Tj ET\n" +
		"BT /F1 22 Tf 150 700 Td " + hexUTF16("关于某项目环境监测情况的报告") + " Tj ET\n" +
		"BT /F1 14 Tf 72 650 Td [" + hexUTF16("（秘密）本段涉及") + " -200 " + hexUTF16("内部事项") + "] TJ ET\n" +
		"BT /F1 12 Tf 72 -300 Td " + hexUTF16("页面外：仅供内部参考") + " Tj ET"
	p2 := "BT /F1 12 Tf 72 760 Td " + hexUTF16("第二页正文，") + " Tj " + hexUTF16("发布前删除批注。") + " Tj ET"
	objs := []pdfObj{
		pdfDict(1, "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [9 0 R] >> >>"),
		pdfDict(2, "<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> >>"),
		pdfDict(3, "<< /Type /Page /Parent 2 0 R /Contents 5 0 R /Annots [7 0 R 9 0 R] >>"),
		type0Font(4, "UniGB-UTF16-H"),
		pdfStream(5, "<< >>", p1),
		pdfDict(6, "<< /Type /Page /Parent 2 0 R /Contents 8 0 R /Annots [10 0 R] >>"),
		pdfDict(7, "<< /Type /Annot /Subtype /Text /Rect [500 780 520 800] /Contents "+utf16Lit("此件不予公开？")+" /T "+utf16Lit("王科长")+" >>"),
		pdfStream(8, "<< >>", p2),
		pdfDict(9, "<< /Type /Annot /Subtype /Widget /FT /Tx /T "+utf16Lit("密级")+" /V "+utf16Lit("机密")+" /Rect [400 740 500 760] /P 3 0 R /AP << /N 11 0 R >> >>"),
		pdfDict(10, "<< /Type /Annot /Subtype /FreeText /Rect [72 600 300 620] /Contents "+utf16Lit("注意保管")+" /AP << /N 12 0 R >> >>"),
		pdfStream(11, "<< /Type /XObject /Subtype /Form /BBox [0 0 100 20] /Resources << /Font << /F1 4 0 R >> >> >>", "BT /F1 12 Tf 2 5 Td "+hexUTF16("机密")+" Tj ET"),
		pdfStream(12, "<< /Type /XObject /Subtype /Form /BBox [0 0 228 20] /Resources << /Font << /F1 4 0 R >> >> >>", "BT /F1 12 Tf 2 5 Td "+hexUTF16("注意保管")+" Tj ET"),
		pdfDict(13, "<< /Title "+utf16Lit("关于某项目环境监测情况的报告")+" /Author "+utf16Lit("张三")+" /Subject "+utf16Lit("内部")+" /Creator (Writer) /Producer (LibreOffice 7.4) /CreationDate (D:20240101000000) >>"),
	}
	return buildPDF("1.7", objs, "/Root 1 0 R /Info 13 0 R")
}

func TestPDFGolden(t *testing.T) {
	data := goldenSamplePDF()
	doc := extractTest(t, data, noFallback)
	got, err := json.MarshalIndent(doc, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	got = append(got, '\n')
	golden := filepath.Join("testdata", "pdf", "sample.golden.json")
	if f := flag.Lookup("update"); f != nil && f.Value.String() == "true" {
		if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
			t.Fatal(err)
		}
		// The input is kept beside its golden output so that a person can
		// open it, and run `mishen extract` on it.
		if err := os.WriteFile(filepath.Join("testdata", "pdf", "sample.pdf"), data, 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(golden, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update to create it)", err)
	}
	if string(got) != string(want) {
		t.Errorf("output differs from %s:\n%s", golden, got)
	}
}
