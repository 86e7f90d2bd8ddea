package extract

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"strings"
	"testing"
	"unicode/utf16"

	"golang.org/x/text/encoding/simplifiedchinese"
)

func gbk(t testing.TB, s string) []byte {
	b, err := simplifiedchinese.GBK.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func utf16le(s string, bom bool) []byte {
	var b []byte
	if bom {
		b = []byte{0xFF, 0xFE}
	}
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

func TestSniff(t *testing.T) {
	cases := []struct {
		name string
		data []byte
		want string
	}{
		{"pdf", []byte("%PDF-1.7\n..."), FormatPDF},
		{"pdf after junk", append([]byte("\x00\x00junk"), []byte("%PDF-1.4")...), FormatPDF},
		{"empty", nil, FormatEmpty},
		{"utf8 text", []byte("机密★5年\n关于"), FormatTXT},
		{"gbk text", gbk(t, "内部资料 注意保管\n关于开展大气污染防治工作的通知"), FormatTXT},
		{"utf16 text", utf16le("秘密★1年", true), FormatTXT},
		{"html", []byte("<!DOCTYPE html><html><body>x</body></html>"), FormatHTML},
		{"html fragment", []byte("  <p>关于……</p>"), FormatHTML},
		{"ole", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0}, FormatOLE},
		{"png", []byte("\x89PNG\r\n\x1a\n...."), FormatImage},
		{"jpeg", []byte{0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10}, FormatImage},
		{"rtf", []byte(`{\rtf1\ansi`), FormatRTF},
		{"binary", []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f, 0x10, 0x11, 0x81, 0x82}, FormatUnknown},
		{"broken zip", []byte("PK\x03\x04\x14\x00word/document.xml truncated"), FormatDOCX},
	}
	for _, c := range cases {
		if got := Sniff(c.data); got != c.want {
			t.Errorf("%s: Sniff = %s, want %s", c.name, got, c.want)
		}
	}
}

func TestDecodeText(t *testing.T) {
	want := "内部事项　注意保管\n秘密★6个月"
	cases := []struct {
		name string
		data []byte
	}{
		{"utf8", []byte(want)},
		{"utf8 bom", append([]byte{0xEF, 0xBB, 0xBF}, want...)},
		{"utf16le bom", utf16le(want, true)},
		{"gbk", gbk(t, want)},
	}
	for _, c := range cases {
		got, ok := decodeText(c.data)
		if !ok || got != want {
			t.Errorf("%s: decodeText = %q, %v; want %q", c.name, got, ok, want)
		}
	}
	if _, ok := decodeText([]byte{0x00, 0x01, 0x02, 0x03, 0x10, 0x11, 0x12, 0x13, 0xff, 0xfe}); ok {
		t.Error("control bytes decoded as text")
	}
}

func TestExtractTextAndErrors(t *testing.T) {
	ctx := context.Background()
	doc, err := Extract(ctx, "a.txt", []byte("第一行\r\n机密★5年\r第三行"), DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Parts) != 1 || doc.Parts[0].Text != "第一行\n机密★5年\n第三行" || doc.Parts[0].Kind != KindBody || doc.Format != FormatTXT {
		t.Errorf("text: %+v", doc)
	}
	for name, data := range map[string][]byte{
		"empty":    nil,
		"binary":   {0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f, 0x10},
		"rtf":      []byte(`{\rtf1 x}`),
		"old word": {0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0},
	} {
		if _, err := Extract(ctx, name, data, DefaultLimits()); err == nil || strings.Contains(err.Error(), "goroutine") {
			t.Errorf("%s: want a plain error, got %v", name, err)
		}
	}
	lim := DefaultLimits()
	lim.MaxFileSize = 10
	if _, err := Extract(ctx, "big.txt", []byte(strings.Repeat("x", 11)), lim); err == nil || !strings.Contains(err.Error(), "过大") {
		t.Errorf("over MaxFileSize: %v", err)
	}
	img, err := Extract(ctx, "scan.png", []byte("\x89PNG\r\n\x1a\n...."), DefaultLimits())
	if err != nil || img.Complete() {
		t.Errorf("an image has no text layer and must be unreadable, got %+v %v", img, err)
	}
}

func FuzzText(f *testing.F) {
	f.Add([]byte("机密★5年\n关于……"))
	f.Add(gbk(f, "内部资料\n注意保管"))
	f.Add(utf16le("秘密★1年", true))
	f.Add([]byte{0xEF, 0xBB, 0xBF, 0xE6, 0x9C})
	f.Add([]byte{0xFE, 0xFF, 0xD8, 0x00})
	f.Fuzz(func(t *testing.T, data []byte) {
		doc, err := Extract(context.Background(), "fuzz", data, DefaultLimits())
		if err == nil && doc == nil {
			t.Fatal("nil document without error")
		}
	})
}

func TestUnsupportedErrors(t *testing.T) {
	_, err := Extract(context.Background(), "x.bin", []byte{0, 1, 2, 3, 4, 5, 6, 7, 8, 0x0e, 0x0f, 0x10}, DefaultLimits())
	if !errors.Is(err, ErrUnsupported) || strings.Contains(err.Error(), "unsupported") {
		t.Errorf("binary input: %v; want a Chinese sentence matching ErrUnsupported", err)
	}
}

func TestSniffZipNamesAreCaseInsensitive(t *testing.T) {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, _ := zw.Create("Word/Document.XML")
	w.Write([]byte("<w:document/>"))
	zw.Close()
	if got := Sniff(buf.Bytes()); got != FormatDOCX {
		t.Errorf("Sniff = %s, want docx", got)
	}
	buf.Reset()
	zw = zip.NewWriter(&buf)
	w, _ = zw.Create("xl/workbook.xml")
	w.Write([]byte("<workbook/>"))
	zw.Close()
	if got := Sniff(buf.Bytes()); got != FormatZIP {
		t.Errorf("xlsx: Sniff = %s, want zip", got)
	}
}

func TestSniffDamagedInputs(t *testing.T) {
	headless := []byte("UPDF-1\n1 0 obj\n<< /Type /Pages /Kids [2 0 R] >>\nendobj\ntrailer\n<< /Root 1 0 R >>")
	if got := Sniff(headless); got != FormatPDF {
		t.Errorf("PDF objects without a header: Sniff = %s, want pdf", got)
	}
	truncated := []byte("PK\x03\x04\x14\x00\x02\x00\x08\x00\x00\x00!\x00[Content_Types].xml\x00\x00garbage")
	_, err := Extract(context.Background(), "t.docx", truncated, DefaultLimits())
	if err == nil || !strings.Contains(err.Error(), "损坏") {
		t.Errorf("a truncated zip must be called damaged, got %v", err)
	}
}

func TestExtensionMismatchIsUnread(t *testing.T) {
	for _, name := range []string{"通知.pdf", "通知.DOCX"} {
		doc, err := Extract(context.Background(), name, []byte("oops\n"), DefaultLimits())
		if err != nil {
			t.Fatal(err)
		}
		if doc.Complete() || !strings.Contains(doc.Unread[0], "扩展名") {
			t.Errorf("%s holding plain text: want an Unread entry naming the extension, got %+v", name, doc)
		}
	}
	doc, err := Extract(context.Background(), "notes.txt", []byte("<p>x</p>"), DefaultLimits())
	if err != nil || !doc.Complete() {
		t.Errorf("a .txt holding HTML is still read completely: %+v %v", doc, err)
	}
}

func TestEmbedRTL(t *testing.T) {
	cases := map[string]string{
		"مرحبا بالعالم": "\u202bمرحبا بالعالم\u202c",
		"你好 مرحبا":      "你好 مرحبا",
		"2024 שלום":     "\u202b2024 שלום\u202c",
		"机密★5年":         "机密★5年",
		"":              "",
	}
	for in, want := range cases {
		if got := embedRTL(in); got != want {
			t.Errorf("embedRTL(%q) = %q, want %q", in, got, want)
		}
	}
}
