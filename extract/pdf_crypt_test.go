package extract

import (
	"bytes"
	"context"
	"strings"
	"testing"

	"github.com/pdfcpu/pdfcpu/pkg/api"
	"github.com/pdfcpu/pdfcpu/pkg/pdfcpu/model"
)

func encryptForTest(t *testing.T, data []byte, conf *model.Configuration) []byte {
	t.Helper()
	pdfcpuConf() // disables pdfcpu's config directory before first use
	// As in pdfcpuConf: the optimiser would drop the test's minimal font.
	conf.Optimize, conf.OptimizeBeforeWriting = false, false
	conf.OptimizeResourceDicts, conf.OptimizeDuplicateContentStreams = false, false
	var out bytes.Buffer
	if err := api.Encrypt(bytes.NewReader(data), &out, conf); err != nil {
		t.Fatalf("encrypt: %v", err)
	}
	if !bytes.Contains(out.Bytes(), []byte("/Encrypt")) {
		t.Fatal("output not encrypted")
	}
	return out.Bytes()
}

// Documents that open with the empty user password are read, whatever the
// cipher; those that need a password are unreadable, not errors.
func TestPDFEncryption(t *testing.T) {
	plain := onePagePDF("BT /F1 12 Tf 100 700 Td "+hexUTF16("机密★5年")+" Tj ET", type0Font(4, "UniGB-UTF16-H"))
	pdfcpuConf()
	tests := []struct {
		name     string
		conf     *model.Configuration
		wantText bool
	}{
		{"AES-256 (R6), empty user password", model.NewAESConfiguration("", "owner", 256), true},
		{"AES-128, empty user password", model.NewAESConfiguration("", "owner", 128), true},
		{"RC4-40, empty user password", model.NewRC4Configuration("", "owner", 40), true},
		{"RC4-128, empty user password", model.NewRC4Configuration("", "owner", 128), true},
		{"AES-256 with a user password", model.NewAESConfiguration("secret", "owner", 256), false},
		{"RC4-40 with a user password", model.NewRC4Configuration("secret", "owner", 40), false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			enc := encryptForTest(t, plain, tc.conf)
			doc, err := extractPDFWith(context.Background(), enc, DefaultLimits(), noFallback)
			if err != nil {
				t.Fatalf("error %v (want a document)", err)
			}
			body := partsOf(doc, KindBody)
			if tc.wantText {
				if len(body) != 1 || body[0].Text != "机密★5年" || len(doc.Unread) > 0 {
					t.Errorf("body %+v unread %q", body, doc.Unread)
				}
				return
			}
			if len(body) != 0 || strings.Join(doc.Unread, ";") != "文档已加密，需要密码，无法读取" {
				t.Errorf("body %+v unread %q", body, doc.Unread)
			}
		})
	}
}

// Headers the library refuses (PDF 2.0, a 1.x header followed by a space)
// are patched in place, keeping every offset.
func TestPDFHeaders(t *testing.T) {
	content := "BT /F1 12 Tf 100 700 Td " + hexUTF16("正文") + " Tj ET"
	base := onePagePDF(content, type0Font(4, "UniGB-UTF16-H"))
	v20 := append([]byte("%PDF-2.0"), base[8:]...)
	spaced := append([]byte("%PDF-1.4 "), base[9:]...)
	for name, data := range map[string][]byte{"PDF 2.0": v20, "1.4 then a space": spaced, "1.7": base} {
		t.Run(name, func(t *testing.T) {
			doc := extractTest(t, data, noFallback)
			if b := partsOf(doc, KindBody); len(b) != 1 || b[0].Text != "正文" {
				t.Errorf("body %+v unread %q", b, doc.Unread)
			}
		})
	}
	if got := normalizePDFHeader(base); &got[0] != &base[0] {
		t.Error("a good header was copied")
	}
}

// Damaged files give a plain error or a document with reasons, never a
// panic; repairs recover what they can.
func TestPDFDamaged(t *testing.T) {
	good := onePagePDF("BT /F1 12 Tf 100 700 Td "+hexUTF16("正文")+" Tj ET", type0Font(4, "UniGB-UTF16-H"))
	tests := []struct {
		name       string
		data       []byte
		wantText   bool
		wantUnread string
	}{
		{"empty", []byte{}, false, ""},
		{"header only", []byte("%PDF-1.7\n"), false, ""},
		{"garbage", bytes.Repeat([]byte{0xFF, 0x00, '(', '\\'}, 500), false, ""},
		{"truncated in half", good[:len(good)/2], false, ""},
		{"junk after %%EOF", append(append([]byte{}, good...), bytes.Repeat([]byte("junk "), 100)...), true, "多余数据"},
		{"xref offsets shifted", bytes.Replace(good, []byte("1 0 obj"), []byte("   1 0 obj"), 1), true, ""},
		{"bad content stream", onePagePDF("BT /F1 12 Tf 100 700 Td "+hexUTF16("正")+" Tj ] } >> ) 12#Q << /A [ >> ] /X 1 0 Td "+hexUTF16("文")+" Tj ET", type0Font(4, "UniGB-UTF16-H")), true, ""},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			doc, err := extractPDFWith(context.Background(), tc.data, DefaultLimits(), noFallback)
			if err != nil {
				if tc.wantText {
					t.Fatalf("error %v", err)
				}
				if msg := err.Error(); !strings.Contains(msg, "PDF") || strings.Contains(msg, "goroutine") {
					t.Errorf("error not in plain words: %q", msg)
				}
				return
			}
			text := bodyText(doc)
			if tc.wantText && !strings.Contains(text, "正文") {
				t.Errorf("text %q unread %q", text, doc.Unread)
			}
			if !strings.Contains(strings.Join(doc.Unread, ";"), tc.wantUnread) {
				t.Errorf("unread %q, want it to say %q", doc.Unread, tc.wantUnread)
			}
			if !tc.wantText && len(doc.Unread) == 0 && strings.TrimSpace(text) == "" {
				t.Errorf("nothing read and nothing reported")
			}
		})
	}
}

// A cancelled context stops extraction with an error between pages.
func TestPDFContextCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := extractPDFWith(ctx, manyPagesPDF(3, 3), DefaultLimits(), noFallback)
	if err == nil || !strings.Contains(err.Error(), "中止") {
		t.Errorf("err = %v", err)
	}
}
