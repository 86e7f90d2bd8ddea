package extract

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"context"
	"errors"
	"flag"
	"fmt"
	"github.com/bureau/mishen/internal/sharedcorpus"
	"hash/crc32"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode"
)

// The golden files are rewritten with `go test ./extract -run TestDOCXGolden -update`.
// The flag is registered only if no other test file of the package did.
func init() {
	if flag.Lookup("update") == nil {
		flag.Bool("update", false, "rewrite golden files under testdata/")
	}
}

func docxUpdate() bool {
	f := flag.Lookup("update")
	return f != nil && f.Value.String() == "true"
}

// docxRender prints a Document for a golden file: every part with its
// location, and each line of its text prefixed by the line number a finding
// in it would carry (Part.Line plus the newlines before it).
func docxRender(doc *Document, err error) string {
	var sb strings.Builder
	if err != nil {
		fmt.Fprintf(&sb, "error: %v\n", err)
		return sb.String()
	}
	fmt.Fprintf(&sb, "format: %s\n", doc.Format)
	for _, p := range doc.Parts {
		fmt.Fprintf(&sb, "== %s name=%q line=%d page=%d\n", p.Kind, p.Name, p.Line, p.Page)
		for i, l := range strings.Split(p.Text, "\n") {
			fmt.Fprintf(&sb, "%4d | %s\n", p.Line+i, l)
		}
	}
	for _, u := range doc.Unread {
		fmt.Fprintf(&sb, "unread: %s\n", u)
	}
	for _, e := range doc.Embedded {
		fmt.Fprintf(&sb, "embedded: %s\n", e)
	}
	return sb.String()
}

func docxExtract(tb testing.TB, data []byte, lim Limits) (*Document, error) {
	tb.Helper()
	return extractDOCX(context.Background(), data, lim)
}

func TestDOCXGolden(t *testing.T) {
	for _, fx := range docxFixtures {
		t.Run(fx.name, func(t *testing.T) {
			data := buildDOCX(t, fx.files(t))
			got := docxRender(docxExtract(t, data, DefaultLimits()))
			golden := filepath.Join("testdata", "docx", fx.name+".golden")
			if docxUpdate() {
				if err := os.MkdirAll(filepath.Dir(golden), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(golden, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run with -update to create it)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from the golden file; got:\n%s", golden, got)
			}
		})
	}
}

// docxWant is one part a fixture must yield: kind and name exact, Line exact
// unless -1, and text containing contains.
type docxWant struct {
	kind, name string
	line       int
	contains   string
}

// docxKitchenWant is what the kitchen_sink fixture must yield, whether
// written here or round-tripped through LibreOffice.
var docxKitchenWant = []docxWant{
	{KindBody, "", 1, "000123\n机密★5年\n关于印发"},
	{KindBody, "", 1, "本方案予公开。（此件公开发布）"},
	{KindBody, "", 1, "密级\t秘密\n付款户名\t张三 李四\n正文继续"},
	{KindHeader, "word/header1.xml", 1, "秘密★1年"},
	{KindFooter, "word/footer1.xml", 1, "1"},
	{KindComment, "李四", 3, "发布前删除"},
	{KindDeleted, "", 4, "不"},
	{KindHidden, "", 5, "身份证号 11010519491231002X"},
	{KindTextBox, "", 8, "内部资料 注意保管"},
	{KindMetadata, "title", 0, "工作方案"},
	{KindMetadata, "subject", 0, "内部讨论"},
	{KindMetadata, "company", 0, "某某局"},
	{KindMetadata, "application", 0, "Microsoft Office Word"},
	{KindMetadata, "created", 0, "2024-01-02"},
	{KindMetadata, "custom:项目", 0, "内部项目"},
	{KindMetadata, "KSOProductBuildVer", 0, "2052"},
}

var docxKitchenNotInBody = []string{"身份证号", "发布前删除", "内部资料", "本方案不"}

// TestDOCXParts checks, independently of the golden files, the facts the
// scanner relies on: where each kind of text lands, and its line.
func TestDOCXParts(t *testing.T) {
	tests := []struct {
		fixture   string
		want      []docxWant
		notInBody []string
	}{
		{"kitchen_sink", docxKitchenWant, docxKitchenNotInBody},
		{"split_runs", []docxWant{{KindBody, "", 1, "机密★5年\n正文"}}, nil},
		{"tracked_changes", []docxWant{
			{KindBody, "", 1, "第一段\n第二段\n第三段\n第四段\n移走的文字\n格式修订后仍可见\n插入的文字"},
			{KindDeleted, "", 2, "机密内容\n第二行删除"},
			{KindMoved, "", 4, "移走的文字"},
		}, []string{"机密内容", "删除"}},
		{"hidden_styles", []docxWant{
			{KindBody, "", 1, "可见\n明确显示\n可见二\n段落标记隐藏但文字可见"},
			{KindHidden, "", 1, "样式隐藏\n段落样式隐藏"},
			{KindHidden, "", 3, "继承隐藏"},
			{KindHidden, "", 5, "直接隐藏"},
		}, []string{"样式隐藏", "继承隐藏", "直接"}},
		{"breaks_symbols", []docxWant{
			{KindBody, "", 1, "甲\n乙\n丙\t丁\n第四行\n机密★10年\nA-B\nC\nx+1\n制表位定义不是文字"},
			{KindDeleted, "", 4, "删去 一行"},
		}, []string{"\t制表位"}},
		{"fields", []docxWant{
			{KindBody, "", 1, "密级：公开\n内部\n目录\n同值\n机密\n（征求意见稿）\n☒公文类☐非公文类"},
			{KindField, "helpText", 1, "请填写密级"},
			{KindField, "default", 1, "秘密"},
			{KindField, "instrText", 2, `QUOTE "内部"`},
			{KindField, "instrText", 5, `DOCPROPERTY "密级"`},
		}, []string{"FORMTEXT", "TOC"}},
		{"notes", []docxWant{
			{KindFootnote, "", 1, "脚注：内部参考\n脚注第二段"},
			{KindEndnote, "", 1, "尾注文字"},
		}, nil},
		{"tables_nested", []docxWant{
			{KindBody, "", 1, "表前\n标签\ta\tb c\n换 行\n表后"},
			// Deleted text with nothing visible between is one piece;
			// cells stay apart.
			{KindDeleted, "", 4, "删\n机密\t★5年"},
		}, nil},
		{"alternate_content", []docxWant{
			{KindTextBox, "", 1, "文本框可见"},
			{KindHidden, "", 1, "备用内容不同：秘密"},
			{KindTextBox, "", 2, "同样"},
			{KindHeader, "word/header1.xml", 1, "机密"},
		}, []string{"备用内容"}},
		{"properties", []docxWant{
			{KindMetadata, "title", 0, "标题"},
			{KindMetadata, "subject", 0, "主题"},
			{KindMetadata, "keywords", 0, "关键词"},
			{KindMetadata, "description", 0, "备注：内部"},
			{KindMetadata, "category", 0, "类别"},
			{KindMetadata, "lastModifiedBy", 0, "修改者"},
			{KindMetadata, "modified", 0, "2024"},
			{KindMetadata, "manager", 0, "局长"},
			{KindMetadata, "template", 0, "Normal.dotm"},
			{KindMetadata, "titlesOfParts", 0, "第一部分; 第二部分"},
			{KindMetadata, "custom:密级", 0, "机密"},
			{KindMetadata, "custom:已审核", 0, "true"},
			{KindMetadata, "ICV", 0, "DC0B"},
			{KindMetadata, "docVar:SecretLevel", 0, "秘密"},
		}, nil},
		{"strict_renamed", []docxWant{
			{KindBody, "", 1, "严格格式正文"},
			{KindHeader, "word/hdrA.xml", 1, "内部"},
			{KindFooter, "word/页脚.xml", 1, "百分号编码的页脚"},
		}, nil},
		{"utf16_document", []docxWant{{KindBody, "", 1, "UTF-16 编码的正文"}}, nil},
		{"embedded", []docxWant{
			{KindBody, "", 1, "正文见附件"},
			{KindEmbedded, "word/embeddings/inner.docx", 1, "机密★5年"},
			{KindEmbedded, "word/embeddings/inner.docx", 1, "嵌入文档页眉"},
			{KindEmbedded, "word/embeddings/notes.txt", 1, "附件说明：内部参考"},
			{KindEmbedded, "word/afchunk.htm", -1, "导入的网页内容：内部资料"},
		}, nil},
		{"smartart_chart_glossary", []docxWant{
			{KindTextBox, "word/diagrams/data1.xml", 0, "流程一：内部审批\n流程二"},
			{KindTextBox, "word/charts/chart1.xml", 0, "排放量统计（内部）\n二氧化硫"},
			{KindHidden, "word/glossary/document.xml", 1, "封面：机密★10年"},
		}, []string{"机密"}},
		{"comments", []docxWant{
			{KindComment, "审核人", 2, "发布前删除\n第二段批注"},
			{KindComment, "", 3, "表格里的批注"},
			{KindComment, "无锚点", 0, "锚点已删"},
		}, nil},
	}
	byName := map[string]docxFixture{}
	for _, fx := range docxFixtures {
		byName[fx.name] = fx
	}
	for _, tt := range tests {
		t.Run(tt.fixture, func(t *testing.T) {
			fx, ok := byName[tt.fixture]
			if !ok {
				t.Fatalf("no fixture %q", tt.fixture)
			}
			doc, err := docxExtract(t, buildDOCX(t, fx.files(t)), DefaultLimits())
			if err != nil {
				t.Fatal(err)
			}
			if len(doc.Unread) > 0 {
				t.Errorf("unread: %q", doc.Unread)
			}
			for _, w := range tt.want {
				if !docxHasPart(doc, w) {
					t.Errorf("missing part %+v; parts:\n%s", w, docxRender(doc, nil))
				}
			}
			body := ""
			for _, p := range doc.Parts {
				if p.Kind == KindBody {
					body += p.Text
				}
			}
			for _, s := range tt.notInBody {
				if strings.Contains(body, s) {
					t.Errorf("body holds %q, which a reader does not see", s)
				}
			}
		})
	}
}

func docxHasPart(doc *Document, w docxWant) bool {
	for _, p := range doc.Parts {
		if p.Kind == w.kind && p.Name == w.name && (w.line < 0 || p.Line == w.line) && strings.Contains(p.Text, w.contains) {
			return true
		}
	}
	return false
}

func TestDOCXEmbeddedListing(t *testing.T) {
	var fx docxFixture
	for _, f := range docxFixtures {
		if f.name == "embedded" {
			fx = f
		}
	}
	data := buildDOCX(t, fx.files(t))
	doc, err := docxExtract(t, data, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"word/afchunk.htm", "word/embeddings/inner.docx", "word/embeddings/notes.txt", "word/embeddings/oleObject1.bin"}
	if fmt.Sprint(doc.Embedded) != fmt.Sprint(want) {
		t.Errorf("Embedded = %q, want %q (images not listed)", doc.Embedded, want)
	}
	// MaxDepth 0: listed, not opened.
	lim := DefaultLimits()
	lim.MaxDepth = 0
	doc, err = docxExtract(t, data, lim)
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range doc.Parts {
		if p.Kind == KindEmbedded {
			t.Errorf("MaxDepth 0 still read embedded part %+v", p)
		}
	}
	if len(doc.Embedded) != len(want) {
		t.Errorf("MaxDepth 0: Embedded = %q, want all %d listed", doc.Embedded, len(want))
	}
}

// TestDOCXEmbeddedDepth nests documents deeper than MaxDepth: the reader
// must stop opening them (and still list them) rather than recurse forever.
func TestDOCXEmbeddedDepth(t *testing.T) {
	data := buildDOCX(t, map[string]string{"word/document.xml": docxDoc(docxP("第3层"))})
	for i := 2; i >= 0; i-- {
		data = buildDOCX(t, map[string]string{
			"word/document.xml":          docxDoc(docxP(fmt.Sprintf("第%d层", i))),
			"word/embeddings/child.docx": string(data),
		})
	}
	doc, err := docxExtract(t, data, DefaultLimits()) // MaxDepth 2
	if err != nil {
		t.Fatal(err)
	}
	var texts []string
	for _, p := range doc.Parts {
		texts = append(texts, p.Text)
	}
	got := strings.Join(texts, "|")
	if !strings.Contains(got, "第1层") || !strings.Contains(got, "第2层") || strings.Contains(got, "第3层") {
		t.Errorf("parts %q: want levels 0-2 read, level 3 not", got)
	}
	if len(doc.Embedded) < 2 {
		t.Errorf("Embedded = %q, want the nested objects listed", doc.Embedded)
	}
}

// docxZip writes raw entries (name → content) with no OOXML scaffolding,
// for packages that are deliberately wrong.
func docxZip(tb testing.TB, entries ...[2]string) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, e := range entries {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: e[0], Method: zip.Deflate})
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := w.Write([]byte(e[1])); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// TestDOCXHostile: every way a package can be wrong gives an error (nothing
// readable) or Unread naming the reason — never a silent, clean-looking read.
func TestDOCXHostile(t *testing.T) {
	good := buildDOCX(t, map[string]string{"word/document.xml": docxDoc(docxP("正文"))})
	small := DefaultLimits()
	small.MaxEntrySize = 4 << 10
	big := strings.Repeat(docxP("重复的段落内容，用来撑大条目。"), 200)
	corruptCRC := func() []byte {
		b := append([]byte(nil), buildDOCX(t, map[string]string{"word/document.xml": docxDoc(docxP("正文")), "word/header1.xml": docxRoot("hdr", docxP("页眉")+strings.Repeat(" ", 2000))})...)
		// Flip a byte inside the header's compressed data: the body is still read.
		i := bytes.Index(b, []byte("word/header1.xml"))
		b[i+len("word/header1.xml")+10] ^= 0xFF
		return b
	}
	tests := []struct {
		name       string
		data       []byte
		lim        Limits
		wantErr    string // substring of the error; "" = no error
		wantUnread string // substring of some Unread entry
		wantBody   string // text the body must still hold
	}{
		{"not a zip", []byte("PK\x03\x04 this is not a zip"), DefaultLimits(), "不能作为 ZIP 包打开", "", ""},
		{"truncated", good[:len(good)/2], DefaultLimits(), "不能作为 ZIP 包打开", "", ""},
		{"no main document", docxZip(t, [2]string{"word/styles.xml", "<x/>"}), DefaultLimits(), "没有正文部分", "", ""},
		{"dotdot entry", docxZip(t, [2]string{"word/document.xml", docxDoc(docxP("正文"))}, [2]string{"../../etc/evil.xml", "x"}), DefaultLimits(), "", "“..”", "正文"},
		{"absolute entry", docxZip(t, [2]string{"word/document.xml", docxDoc(docxP("正文"))}, [2]string{"/etc/evil.xml", "x"}), DefaultLimits(), "", "绝对路径", "正文"},
		{"backslash absolute entry", docxZip(t, [2]string{"word/document.xml", docxDoc(docxP("正文"))}, [2]string{`\windows\evil.xml`, "x"}), DefaultLimits(), "", "绝对路径", "正文"},
		{"drive letter entry", docxZip(t, [2]string{"word/document.xml", docxDoc(docxP("正文"))}, [2]string{`C:\evil.xml`, "x"}), DefaultLimits(), "", "盘符", "正文"},
		{"duplicate entry", docxZip(t, [2]string{"word/document.xml", docxDoc(docxP("第一份"))}, [2]string{"word/document.xml", docxDoc(docxP("第二份"))}), DefaultLimits(), "", "重名条目", "第一份"},
		{"case-insensitive part names", docxZip(t, [2]string{"Word/Document.XML", docxDoc(docxP("大小写"))}), DefaultLimits(), "", "", "大小写"},
		{"entry over size limit", buildDOCX(t, map[string]string{"word/document.xml": docxDoc(big)}), small, "", "超过单个条目上限", ""},
		{"header over size limit, body read", buildDOCX(t, map[string]string{"word/document.xml": docxDoc(docxP("正文")), "word/header1.xml": docxRoot("hdr", big)}), small, "", "页眉（word/header1.xml）解压后", "正文"},
		{"too many entries", good, Limits{MaxEntries: 2}, "", "条目", ""},
		{"total size", buildDOCX(t, map[string]string{"word/document.xml": docxDoc(docxP("正文")), "word/header1.xml": docxRoot("hdr", big)}), Limits{MaxTotalSize: 3000}, "", "解压总量", ""},
		{"text limit", buildDOCX(t, map[string]string{"word/document.xml": docxDoc(big)}), Limits{MaxTextBytes: 1000}, "", "提取的文字超过上限", "重复的段落"},
		{"file size", good, Limits{MaxFileSize: 100}, "", "文件过大", ""},
		{"bad XML keeps what was read", buildDOCX(t, map[string]string{"word/document.xml": docxDoc(docxP("坏之前")) + "<w:p><w:r><w:t>x</w:r>"}), DefaultLimits(), "", "XML 格式错误", "坏之前"},
		{"unclosed XML keeps what was read", buildDOCX(t, map[string]string{"word/document.xml": `<w:document ` + docxNS + `><w:body>` + docxP("截断前") + `<w:p><w:r><w:t>半段`}), DefaultLimits(), "", "已损坏", "截断前"},
		{"deep nesting", buildDOCX(t, map[string]string{"word/document.xml": docxDoc(docxP("浅") + strings.Repeat("<w:sdt>", 5000) + strings.Repeat("</w:sdt>", 5000))}), DefaultLimits(), "", "嵌套超过", "浅"},
		{"corrupt entry data", corruptCRC(), DefaultLimits(), "", "页眉（word/header1.xml）已损坏", "正文"},
		{"embedded document that cannot be read", buildDOCX(t, map[string]string{"word/document.xml": docxDoc(docxP("正文足够长，不会被当成扫描件的正文内容。")),
			"word/embeddings/broken.docx": "PK\x03\x04 word/document.xml but no zip"}), DefaultLimits(), "", "嵌入对象 word/embeddings/broken.docx 无法读取", "正文"},
		{"embedded document past the text limit", buildDOCX(t, map[string]string{"word/document.xml": docxDoc(docxP("正文足够长，不会被当成扫描件的正文内容。")),
			"word/embeddings/a.txt": "附件"}), Limits{MaxTextBytes: 60, MaxDepth: 1}, "", "嵌入对象 word/embeddings/a.txt 未读", "正文"},
		{"unsupported compression method", docxRawEntry(t, "word/document.xml", 99, docxDoc(docxP("正文"))), DefaultLimits(), "", "不支持的压缩方式", ""},
		{"unknown XML encoding", buildDOCX(t, map[string]string{"word/document.xml": `<?xml version="1.0" encoding="EBCDIC"?><w:document ` + docxNS + `/>`}), DefaultLimits(), "", "字符编码", ""},
		{"external entity is not fetched", buildDOCX(t, map[string]string{"word/document.xml": `<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]><w:document ` + docxNS + `><w:body><w:p><w:r><w:t>&x;</w:t></w:r></w:p></w:body></w:document>`}), DefaultLimits(), "", "XML 格式错误", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := docxExtract(t, tt.data, tt.lim)
			if tt.wantErr != "" {
				if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
					t.Fatalf("err = %v, want one containing %q", err, tt.wantErr)
				}
				return
			}
			if err != nil {
				t.Fatalf("unexpected error %v", err)
			}
			if tt.wantUnread != "" && !strings.Contains(strings.Join(doc.Unread, "\n"), tt.wantUnread) {
				t.Errorf("Unread = %q, want an entry containing %q", doc.Unread, tt.wantUnread)
			}
			if tt.wantUnread == "" && len(doc.Unread) > 0 {
				t.Errorf("Unread = %q, want none", doc.Unread)
			}
			if tt.wantBody != "" && !docxHasPart(doc, docxWant{KindBody, "", -1, tt.wantBody}) {
				t.Errorf("body lacks %q:\n%s", tt.wantBody, docxRender(doc, nil))
			}
			if strings.Contains(docxRender(doc, nil), "root:") {
				t.Errorf("external entity content leaked")
			}
		})
	}
}

// docxRawEntry writes one entry with the given method number, bytes as is.
func docxRawEntry(tb testing.TB, name string, method uint16, content string) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: name, Method: method, CRC32: crc32.ChecksumIEEE([]byte(content)),
		CompressedSize64: uint64(len(content)), UncompressedSize64: uint64(len(content))})
	if err != nil {
		tb.Fatal(err)
	}
	w.Write([]byte(content))
	zw.Close()
	return buf.Bytes()
}

// TestDOCXConcurrent reads one package from many goroutines (run with
// -race): the DOCX library this replaces crashed under concurrent use.
func TestDOCXConcurrent(t *testing.T) {
	data := buildDOCX(t, docxFixtures[0].files(t))
	want := docxRender(docxExtract(t, data, DefaultLimits()))
	errs := make(chan string, 8)
	for i := 0; i < 8; i++ {
		go func() {
			got := docxRender(extractDOCX(context.Background(), data, DefaultLimits()))
			if got != want {
				errs <- got
				return
			}
			errs <- ""
		}()
	}
	for i := 0; i < 8; i++ {
		if got := <-errs; got != "" {
			t.Errorf("concurrent read differs:\n%s", got)
		}
	}
}

func TestDOCXCancelled(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, err := extractDOCX(ctx, buildDOCX(t, map[string]string{"word/document.xml": docxDoc(docxP("正文"))}), DefaultLimits())
	if err == nil || !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want a cancellation", err)
	}
}

func TestZipDeclaredEntries(t *testing.T) {
	data := docxZip(t, [2]string{"a", "1"}, [2]string{"b", "2"}, [2]string{"c", "3"})
	if n, ok := zipDeclaredEntries(data); !ok || n != 3 {
		t.Errorf("zipDeclaredEntries = %d, %v; want 3, true", n, ok)
	}
	for _, bad := range [][]byte{nil, []byte("PK\x05\x06"), []byte("no end record here at all, none")} {
		if _, ok := zipDeclaredEntries(bad); ok {
			t.Errorf("zipDeclaredEntries(%q) ok, want not found", bad)
		}
	}
}

// --- corpus ---

// docxCorpusWant is what the MANIFEST says each corpus file holds.
var docxCorpusWant = map[string][]docxWant{
	"pydocx_pt0_c_wps_trackchanges_comments.docx":      {{KindComment, "mirror night", -1, "品牌2"}, {KindDeleted, "", -1, "2025"}},
	"pydocx_pt0_c_1_wps_insertions.docx":               {{KindDeleted, "", -1, ""}, {KindBody, "", 1, "华为"}},
	"pydocx_pt1_word_trackchanges_comments_table.docx": {{KindComment, "taofanmeng", -1, "批注1"}, {KindComment, "taofanmeng", -1, "批注2"}, {KindComment, "taofanmeng", -1, "批注3"}, {KindDeleted, "", -1, ""}},
	"pydocx_t_base_1_wps_table_bank_fields.docx":       {{KindComment, "mirror night", -1, "批注"}, {KindDeleted, "", -1, ""}, {KindBody, "", 1, "\t"}},
	"cc_nbt_psr_part1_draft_zqyjg.docx":                {{KindHeader, "word/header1.xml", 1, "NB/T"}, {KindFooter, "word/footer1.xml", 1, ""}, {KindBody, "", 1, "征求意见稿"}},
	"cc_nbt_psr_part12_draft.docx":                     {{KindHeader, "word/header2.xml", 1, "NB/T"}, {KindFooter, "word/footer2.xml", 1, ""}},
	"cc_nbt_psr_part12_bianzhishuoming.docx":           {{KindFooter, "word/footer1.xml", 1, ""}, {KindBody, "", -1, "国能综通科技[2021]92号"}},
	"gov_xxgk_annual_report_template_wps.docx":         {{KindBody, "", -1, "\t"}, {KindMetadata, "creator", 0, ""}},
	"poi_stress009_zh_headers_footers.docx":            {{KindHeader, "word/header2.xml", 1, "NANDrive"}, {KindFooter, "word/footer1.xml", 1, ""}, {KindMetadata, "custom:编辑者", 0, "之士"}, {KindMetadata, "custom:内容", 0, "固态硬盘"}, {KindMetadata, "subject", 0, "NANDrive"}},
	"poi_stress023_tracked_changes.docx":               {{KindDeleted, "", -1, ""}, {KindHeader, "word/header2.xml", 1, "EXHIBIT"}, {KindFooter, "word/footer2.xml", 1, "As of Dec 2019"}},
	"pythondocx_hdr-header-footer.docx":                {{KindHeader, "word/header2.xml", 1, "Header for section-1"}, {KindFooter, "word/footer2.xml", 1, "Footer for section 1"}},
	"tika_testWORD_various_libreoffice.docx":           {{KindHeader, "word/header1.xml", 1, "header text"}, {KindFooter, "word/footer1.xml", 1, "footer text"}, {KindFootnote, "", 1, "This is a footnote"}, {KindTextBox, "", -1, "text box"}, {KindMetadata, "subject", 0, "Subject is here"}, {KindBody, "", -1, "Row 1 Col 1\tRow 1 Col 2"}},
	"tika_testComment.docx":                            {{KindComment, "Michael McCandless", 1, "Here is a comment"}},
}

// TestDOCXCorpus reads every DOCX of the shared corpus: no error, nothing
// unread, the parts the MANIFEST describes, and the per-kind figures the
// report quotes (go test ./extract -run TestDOCXCorpus -v).
func TestDOCXCorpus(t *testing.T) {
	dir := sharedcorpus.Dir(t, "docx")
	files, err := filepath.Glob(filepath.Join(dir, "*.docx"))
	if err != nil || len(files) == 0 {
		t.Skipf("no corpus DOCX in %s", dir)
	}
	var table strings.Builder
	fmt.Fprintf(&table, "%-50s %8s %8s %9s  %s\n", "file", "bytes", "chars", "time", "parts by kind")
	for _, path := range files {
		base := filepath.Base(path)
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		start := time.Now()
		doc, err := docxExtract(t, data, DefaultLimits())
		elapsed := time.Since(start)
		if err != nil {
			t.Errorf("%s: %v", base, err)
			continue
		}
		if len(doc.Unread) > 0 {
			t.Errorf("%s: unread %q", base, doc.Unread)
		}
		want, ok := docxCorpusWant[base]
		if !ok {
			t.Errorf("%s: no expectations written for this corpus file", base)
		}
		for _, w := range want {
			if !docxHasPart(doc, w) {
				t.Errorf("%s: missing %+v", base, w)
			}
		}
		kinds := map[string]int{}
		chars := 0
		for _, p := range doc.Parts {
			kinds[p.Kind]++
			chars += len([]rune(p.Text))
		}
		var ks []string
		for k, n := range kinds {
			ks = append(ks, fmt.Sprintf("%s:%d", k, n))
		}
		sort.Strings(ks)
		fmt.Fprintf(&table, "%-50s %8d %8d %9s  %s\n", base, len(data), chars, elapsed.Round(10*time.Microsecond), strings.Join(ks, " "))
	}
	t.Logf("\n%s", table.String())
}

// TestDOCXMalformedCorpus: the malformed corpus's DOCX-like files give an
// error or an Unread reason, never a panic or a clean read of nothing.
func TestDOCXMalformedCorpus(t *testing.T) {
	dir := sharedcorpus.Dir(t, "malformed")
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, path := range files {
		if !strings.HasSuffix(path, ".docx") && !strings.HasSuffix(path, ".ooxml") {
			continue
		}
		data, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		if Sniff(data) != FormatDOCX {
			continue // not routed to the DOCX reader (an encrypted OLE file, a broken zip without word/)
		}
		doc, err := docxExtract(t, data, DefaultLimits())
		switch {
		case err != nil:
			t.Logf("%s: error: %v", filepath.Base(path), err)
		default:
			t.Logf("%s: %d parts, unread %q", filepath.Base(path), len(doc.Parts), doc.Unread)
		}
	}
}

// --- zip bombs ---

// docxBomb returns a DOCX whose word/document.xml inflates to size bytes.
// The deflate stream is built from one sync-flushed compressed chunk
// repeated: each copy refers to nothing before itself, so copies
// concatenate into a valid stream and a 1 GiB entry costs a fraction of a
// second to make instead of compressing 1 GiB. declared is the uncompressed
// size written in the zip headers (the real size, or a lie).
func docxBomb(tb testing.TB, size int64, declared func(real int64) int64) []byte {
	tb.Helper()
	head := []byte(docxXMLDecl + `<w:document ` + docxNS + `><w:body>`)
	tail := []byte(`</w:body></w:document>`)
	// One 1 MiB paragraph of a repeated character: deflate's best case
	// (about 1000:1), so 1 GiB fits in about 1 MB, as in the issue.
	open, close := `<w:p><w:r><w:t>机密★5年`, `</w:t></w:r></w:p>`
	chunk := []byte(open + strings.Repeat("密", (1<<20-len(open)-len(close))/3) + close)
	n := (size - int64(len(head)+len(tail))) / int64(len(chunk))
	seg := func(b []byte, final bool) []byte {
		var out bytes.Buffer
		fw, _ := flate.NewWriter(&out, flate.BestCompression)
		fw.Write(b)
		if final {
			fw.Close()
		} else {
			fw.Flush()
		}
		return out.Bytes()
	}
	var comp bytes.Buffer
	comp.Write(seg(head, false))
	cchunk := seg(chunk, false)
	crc := crc32.Update(0, crc32.IEEETable, head)
	for i := int64(0); i < n; i++ {
		comp.Write(cchunk)
		crc = crc32.Update(crc, crc32.IEEETable, chunk)
	}
	comp.Write(seg(tail, true))
	crc = crc32.Update(crc, crc32.IEEETable, tail)
	real := int64(len(head)+len(tail)) + n*int64(len(chunk))

	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "word/document.xml", Method: zip.Deflate, CRC32: crc,
		CompressedSize64: uint64(comp.Len()), UncompressedSize64: uint64(declared(real))})
	if err != nil {
		tb.Fatal(err)
	}
	w.Write(comp.Bytes())
	zw.Close()
	return buf.Bytes()
}

// TestDOCXZipBomb reads 1 MB files holding a 1 GiB document.xml and checks
// that the memory allocated while reading stays small: the bomb is refused
// from its declared size, its ratio, or — when the header lies — as soon
// as the stream passes the declared size.
func TestDOCXZipBomb(t *testing.T) {
	honest := func(real int64) int64 { return real }
	tests := []struct {
		name   string
		size   int64
		decl   func(int64) int64
		lim    Limits
		unread string
	}{
		{"1 GiB, declared", 1 << 30, honest, DefaultLimits(), "超过单个条目上限"},
		{"100 MiB under the entry limit, ratio", 100 << 20, honest, DefaultLimits(), "压缩比"},
		{"1 GiB, header says 2 MiB", 1 << 30, func(int64) int64 { return 2 << 20 }, Limits{MaxRatio: 1 << 20}, "已损坏"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := docxBomb(t, tt.size, tt.decl)
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			doc, err := docxExtract(t, data, tt.lim)
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			if !strings.Contains(strings.Join(doc.Unread, "\n"), tt.unread) {
				t.Errorf("Unread = %q, want %q", doc.Unread, tt.unread)
			}
			alloc := after.TotalAlloc - before.TotalAlloc
			t.Logf("file %d bytes, document.xml %d bytes: allocated %d KiB while reading, heap in use after %d KiB",
				len(data), tt.size, alloc>>10, after.HeapInuse>>10)
			if alloc > 64<<20 {
				t.Errorf("reading the bomb allocated %d MiB, want under 64 MiB", alloc>>20)
			}
		})
	}
}

var docxBigBomb = flag.Bool("docx.bigbomb", false, "TestDOCXZipBombStreamed: inflate a whole 1 GiB document.xml with the size limits raised")

// TestDOCXZipBombStreamed raises the size limits so the 1 GiB document.xml
// is really inflated and parsed, and samples the heap meanwhile: memory is
// bounded by MaxTextBytes (what is kept), not by the entry's size. Behind
// -docx.bigbomb because it inflates 1 GiB (tens of seconds).
func TestDOCXZipBombStreamed(t *testing.T) {
	if !*docxBigBomb {
		t.Skip("run with -docx.bigbomb")
	}
	data := docxBomb(t, 1<<30, func(r int64) int64 { return r })
	lim := Limits{MaxEntrySize: 2 << 30, MaxTotalSize: 2 << 30, MaxRatio: 1 << 20, MaxTextBytes: 64 << 20}
	var peak uint64
	stop := make(chan struct{})
	done := make(chan struct{})
	go func() {
		defer close(done)
		var ms runtime.MemStats
		for {
			select {
			case <-stop:
				return
			case <-time.After(20 * time.Millisecond):
				runtime.ReadMemStats(&ms)
				if ms.HeapInuse > peak {
					peak = ms.HeapInuse
				}
			}
		}
	}()
	start := time.Now()
	doc, err := docxExtract(t, data, lim)
	close(stop)
	<-done
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("1 GiB document.xml, MaxTextBytes 64 MiB: %v, peak heap in use %d MiB, unread %q", time.Since(start).Round(time.Millisecond), peak>>20, doc.Unread)
	if len(doc.Unread) == 0 {
		t.Error("the text limit was not reported")
	}
}

// --- benchmark ---

// docxHan returns a generator of pseudo-random Han text: it compresses
// like real prose, not like a repeated string.
func docxHan(seed uint32) func(n int) string {
	return func(n int) string {
		r := make([]rune, n)
		for i := range r {
			seed = seed*1664525 + 1013904223
			r[i] = rune(0x4E00 + (seed>>8)%0x5000)
		}
		return string(r)
	}
}

// docxBenchDoc is a ~1 MB DOCX of varied Chinese paragraphs, tables,
// a header, comments and tracked changes.
func docxBenchDoc(tb testing.TB) []byte {
	var sb strings.Builder
	han := docxHan(1)
	for i := 0; sb.Len() < 3<<20; i++ {
		switch i % 10 {
		case 3:
			sb.WriteString(docxTable([]string{docxP(han(4)), docxP(han(12))}, []string{docxP(han(4)), docxP(han(12))}))
		case 7:
			sb.WriteString(`<w:p>` + docxR(han(30)) + `<w:del w:id="1" w:author="a"><w:r><w:delText>` + han(8) + `</w:delText></w:r></w:del>` + docxR(han(20)) + `</w:p>`)
		default:
			sb.WriteString(docxP(han(40), han(3), han(50)))
		}
	}
	return buildDOCX(tb, map[string]string{
		"word/document.xml": docxDoc(sb.String()),
		"word/header1.xml":  docxRoot("hdr", docxP("秘密★1年")),
		"docProps/core.xml": docxCore(`<dc:title>基准</dc:title>`),
	})
}

func BenchmarkDOCX(b *testing.B) {
	data := docxBenchDoc(b)
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		if _, err := extractDOCX(context.Background(), data, DefaultLimits()); err != nil {
			b.Fatal(err)
		}
	}
}

// TestDOCXLimitReader: an entry of exactly MaxEntrySize bytes is read
// whole; the stream refuses the byte after the limit even when the
// declared size was not checked (defence in depth behind archive/zip).
func TestDOCXLimitReader(t *testing.T) {
	for _, tt := range []struct {
		size, limit int64
		wantErr     bool
	}{{10, 10, false}, {9, 10, false}, {11, 10, true}, {0, 10, false}} {
		p := &docxPackage{lim: Limits{MaxEntrySize: tt.limit, MaxTotalSize: 1 << 20}}
		r := &docxLimitReader{rc: io.NopCloser(strings.NewReader(strings.Repeat("x", int(tt.size)))), p: p, left: tt.limit}
		b, err := io.ReadAll(r)
		var le *docxLimitError
		if gotErr := errors.As(err, &le); gotErr != tt.wantErr {
			t.Errorf("size %d limit %d: err = %v, want limit error %v", tt.size, tt.limit, err, tt.wantErr)
		}
		if !tt.wantErr && int64(len(b)) != tt.size {
			t.Errorf("size %d limit %d: read %d bytes", tt.size, tt.limit, len(b))
		}
	}
	p := &docxPackage{lim: Limits{MaxEntrySize: 1 << 20, MaxTotalSize: 5}}
	r := &docxLimitReader{rc: io.NopCloser(strings.NewReader("0123456789")), p: p, left: 1 << 20}
	if _, err := io.ReadAll(r); err == nil || !strings.Contains(err.Error(), "解压总量") {
		t.Errorf("total limit: err = %v", err)
	}
}

// TestDOCXLibreOfficeRoundTrip saves the kitchen_sink fixture again with
// LibreOffice (which splits runs wherever the script changes: "机密★" "5"
// "年", and rewrites comments, revisions and properties its own way) and
// checks the same facts on its output. Skipped without soffice or in -short.
func TestDOCXLibreOfficeRoundTrip(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	soffice, err := exec.LookPath("soffice")
	if err != nil {
		t.Skip("soffice not installed")
	}
	var fx docxFixture
	for _, f := range docxFixtures {
		if f.name == "kitchen_sink" {
			fx = f
		}
	}
	dir := t.TempDir()
	in := filepath.Join(dir, "in", "kitchen_sink.docx")
	if err := os.MkdirAll(filepath.Dir(in), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(in, buildDOCX(t, fx.files(t)), 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	// A private profile: other tests may run soffice at the same time.
	cmd := exec.CommandContext(ctx, soffice, "--headless", "-env:UserInstallation=file://"+filepath.Join(dir, "profile"),
		"--convert-to", "docx", "--outdir", filepath.Join(dir, "out"), in)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice: %v\n%s", err, out)
	}
	data, err := os.ReadFile(filepath.Join(dir, "out", "kitchen_sink.docx"))
	if err != nil {
		t.Fatalf("soffice wrote no output: %v", err)
	}
	doc, err := docxExtract(t, data, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	for _, w := range docxKitchenWant {
		if w.name == "KSOProductBuildVer" || w.name == "application" {
			continue // LibreOffice writes its own software fields
		}
		if !docxHasPart(doc, w) {
			t.Errorf("after LibreOffice: missing %+v; got:\n%s", w, docxRender(doc, nil))
		}
	}
	for _, p := range doc.Parts {
		if p.Kind == KindBody {
			for _, s := range docxKitchenNotInBody {
				if strings.Contains(p.Text, s) {
					t.Errorf("after LibreOffice: body holds %q", s)
				}
			}
		}
	}
}

// TestDOCXThroughExtract: the dispatcher routes DOCX here by content, and a
// password-protected DOCX (an OLE "EncryptedPackage", not a zip) is
// reported unread rather than clean or unsupported.
func TestDOCXThroughExtract(t *testing.T) {
	data := buildDOCX(t, docxFixtures[0].files(t))
	doc, err := Extract(context.Background(), "renamed.txt", data, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	if doc.Format != FormatDOCX || !docxHasPart(doc, docxWant{KindHeader, "word/header1.xml", 1, "秘密★1年"}) {
		t.Errorf("Extract did not read the DOCX: format %q\n%s", doc.Format, docxRender(doc, nil))
	}
	dir := sharedcorpus.Dir(t, "malformed")
	enc, err := os.ReadFile(filepath.Join(dir, "tika_testWORD_protected_passtika.docx"))
	if err != nil {
		t.Skip(err)
	}
	doc, err = Extract(context.Background(), "protected.docx", enc, DefaultLimits())
	if err != nil {
		t.Fatalf("encrypted DOCX: %v", err)
	}
	if len(doc.Unread) == 0 || !strings.Contains(strings.Join(doc.Unread, ""), "加密") {
		t.Errorf("encrypted DOCX: Unread = %q, want it reported as encrypted", doc.Unread)
	}
}

// TestDOCXNestedAmplification: deep nests of mc:AlternateContent or of
// fields around a large paragraph must not multiply the work or memory per
// character by the nesting depth.
func TestDOCXNestedAmplification(t *testing.T) {
	text := docxHan(7)(1 << 19)        // 1.5 MiB
	const alts = docxMaxNesting/2 - 10 // AlternateContent + Choice per level
	tests := []struct{ name, doc string }{
		{"alternate content", strings.Repeat(`<mc:AlternateContent><mc:Choice Requires="wps">`, alts) + docxP(text) +
			strings.Repeat(`</mc:Choice><mc:Fallback>`+docxP("旧版")+`</mc:Fallback></mc:AlternateContent>`, alts)},
		{"fields", `<w:p>` + strings.Repeat(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>QUOTE</w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>`, docxMaxFields) +
			docxR(text) + strings.Repeat(`<w:r><w:fldChar w:fldCharType="end"/></w:r>`, docxMaxFields) + `</w:p>`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := buildDOCX(t, map[string]string{"word/document.xml": docxDoc(tt.doc)})
			var before, after runtime.MemStats
			runtime.GC()
			runtime.ReadMemStats(&before)
			got, err := docxExtract(t, data, DefaultLimits())
			runtime.ReadMemStats(&after)
			if err != nil {
				t.Fatal(err)
			}
			if !docxHasPart(got, docxWant{KindBody, "", 1, text}) {
				t.Errorf("body text lost: %.300s", docxRender(got, nil))
			}
			if alloc := after.TotalAlloc - before.TotalAlloc; alloc > 200<<20 {
				t.Errorf("allocated %d MiB for a 1.5 MiB paragraph", alloc>>20)
			}
		})
	}
}

// TestDOCXCorpusFidelity compares the body read here with the corpus's
// independent paragraph text of the same file (gov_text/
// nbt_bianzhishuoming_text.txt: every w:t joined per paragraph, outside
// this project): the multisets of non-space characters must agree to 99%
// both ways.
func TestDOCXCorpusFidelity(t *testing.T) {
	dir := sharedcorpus.Dir(t, "docx")
	data, err := os.ReadFile(filepath.Join(dir, "cc_nbt_psr_part12_bianzhishuoming.docx"))
	if err != nil {
		t.Skip(err)
	}
	want, err := os.ReadFile(filepath.Join(dir, "..", "gov_text", "nbt_bianzhishuoming_text.txt"))
	if err != nil {
		t.Skip(err)
	}
	doc, err := docxExtract(t, data, DefaultLimits())
	if err != nil {
		t.Fatal(err)
	}
	var got strings.Builder
	for _, p := range doc.Parts {
		if p.Kind == KindBody || p.Kind == KindTextBox {
			got.WriteString(p.Text)
		}
	}
	bag := func(s string) (map[rune]int, int) {
		m, n := map[rune]int{}, 0
		for _, r := range s {
			if !unicode.IsSpace(r) {
				m[r]++
				n++
			}
		}
		return m, n
	}
	g, gn := bag(got.String())
	w, wn := bag(string(want))
	missing, extra := 0, 0
	for r, n := range w {
		if g[r] < n {
			missing += n - g[r]
		}
	}
	for r, n := range g {
		if w[r] < n {
			extra += n - w[r]
		}
	}
	t.Logf("reference %d chars, read %d; missing %d (%.2f%%), extra %d (%.2f%%)", wn, gn, missing, 100*float64(missing)/float64(wn), extra, 100*float64(extra)/float64(wn))
	if float64(missing) > 0.01*float64(wn) || float64(extra) > 0.01*float64(wn) {
		t.Errorf("body disagrees with the reference text by more than 1%%")
	}
}
