package docgen

import (
	"archive/zip"
	"bytes"
	"context"
	"errors"
	"io"
	"os/exec"
	"strings"
	"testing"
	"time"
)

func sample() Doc {
	mark := L("机密", "★", "5年")
	del := P("联系人身份证号：")
	del.Runs = append(del.Runs, Run{Text: "11010519491231002X", Del: true}, Run{Text: "（已删除）", Ins: true})
	hid := P("可见文字")
	hid.Runs = append(hid.Runs, Run{Text: "隐藏文字", Hidden: true})
	cm := P("正文第一段。")
	cm.Comment = &Comment{Author: "王科长", Text: "发布前删除"}
	cm.Footnote = "脚注内容"
	cm.TextBox = "文本框内容"
	sym := L("绝密", "", "长期")
	sym.Runs[1] = Run{Text: "★", SymFont: "Wingdings", SymChar: "F0AB"}
	ctl := L("秘密★1年")
	ctl.Control = "密级"
	fld := L("机密")
	fld.Field = "DOCPROPERTY 密级"
	return Doc{
		Header: []Block{R("内部事项 注意保管"), sym, ctl, fld},
		Footer: []Block{C("— 1 —")},
		Body:   []Block{mark, C("标题"), cm, del, hid, T([]string{"站点", "PM2.5"}, []string{"张江", "28"})},
		Props:  Props{Title: "标题", Subject: "主题", Keywords: "关键词", Custom: [][2]string{{"密级", "秘密"}}},
	}
}

func TestDOCXParts(t *testing.T) {
	data, err := sample().DOCX()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatalf("generated DOCX is not a zip: %v", err)
	}
	got := map[string]string{}
	for _, f := range zr.File {
		if !f.Modified.Equal(Stamp) {
			t.Errorf("%s: modified %v, want fixed stamp", f.Name, f.Modified)
		}
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(rc)
		rc.Close()
		got[f.Name] = string(b)
	}
	tests := []struct{ part, want string }{
		{"[Content_Types].xml", "comments+xml"},
		{"word/document.xml", `<w:t xml:space="preserve">机密</w:t>`},
		{"word/document.xml", `<w:delText xml:space="preserve">11010519491231002X</w:delText>`},
		{"word/document.xml", `<w:ins w:id=`},
		{"word/document.xml", `<w:vanish/>`},
		{"word/document.xml", `<w:txbxContent>`},
		{"word/document.xml", `<w:commentReference w:id="0"/>`},
		{"word/document.xml", `<w:footnoteReference w:id="2"/>`},
		{"word/document.xml", `<w:tbl>`},
		{"word/header1.xml", "内部事项 注意保管"},
		{"word/header1.xml", `<w:sym w:font="Wingdings" w:char="F0AB"/>`},
		{"word/header1.xml", `<w:sdt><w:sdtPr><w:alias w:val="密级"/>`},
		{"word/header1.xml", `<w:fldSimple w:instr=" DOCPROPERTY 密级 \* MERGEFORMAT ">`},
		{"word/footer1.xml", "— 1 —"},
		{"word/comments.xml", "发布前删除"},
		{"word/footnotes.xml", "脚注内容"},
		{"docProps/core.xml", "<dc:subject>主题</dc:subject>"},
		{"docProps/core.xml", "<cp:keywords>关键词</cp:keywords>"},
		{"docProps/custom.xml", `name="密级"><vt:lpwstr>秘密</vt:lpwstr>`},
		{"docProps/app.xml", "<Application>"},
		{"word/_rels/document.xml.rels", "header1.xml"},
	}
	for _, tc := range tests {
		if !strings.Contains(got[tc.part], tc.want) {
			t.Errorf("%s lacks %q", tc.part, tc.want)
		}
	}
}

func TestDOCXDeterministic(t *testing.T) {
	a, err := sample().DOCX()
	if err != nil {
		t.Fatal(err)
	}
	b, _ := sample().DOCX()
	if !bytes.Equal(a, b) {
		t.Fatal("same Doc gave different DOCX bytes")
	}
}

func TestText(t *testing.T) {
	txt := sample().Text()
	for _, want := range []string{"内部事项 注意保管", "绝密★长期", "机密★5年", "（已删除）", "可见文字", "张江\t28"} {
		if !strings.Contains(txt, want) {
			t.Errorf("text lacks %q:\n%s", want, txt)
		}
	}
	for _, not := range []string{"11010519491231002X", "隐藏文字", "发布前删除"} {
		if strings.Contains(txt, not) {
			t.Errorf("text shows invisible %q", not)
		}
	}
}

func TestEncodeText(t *testing.T) {
	s := "秘密★1年\n機密　测试\n"
	tests := []struct {
		enc  Encoding
		crlf bool
		want []byte // prefix
	}{
		{UTF8, false, []byte("秘密")},
		{UTF8BOM, false, []byte{0xEF, 0xBB, 0xBF}},
		{UTF16LEBOM, false, []byte{0xFF, 0xFE, 0xD8, 0x79}},
		{GBK, true, []byte{0xC3, 0xD8, 0xC3, 0xDC, 0xA1, 0xEF}},
	}
	for _, tc := range tests {
		b, err := EncodeText(s, tc.enc, tc.crlf)
		if err != nil {
			t.Fatalf("%s: %v", tc.enc, err)
		}
		if !bytes.HasPrefix(b, tc.want) {
			t.Errorf("%s: starts % X, want % X", tc.enc, b[:8], tc.want)
		}
		if tc.crlf && !bytes.Contains(b, []byte("\r\n")) {
			t.Errorf("%s: no CRLF", tc.enc)
		}
	}
	if _, err := EncodeText("emoji 😀", GBK, false); err == nil {
		t.Error("GBK encoded a character it lacks")
	}
}

func TestHTML(t *testing.T) {
	h := string(sample().HTML(HTMLOptions{Comments: []string{"模板说明"}, HiddenDivs: []string{"隐藏块"}}))
	for _, want := range []string{"<title>标题</title>", "<!-- 模板说明 -->", "<!-- 王科长：发布前删除 -->",
		`<span style="display:none">隐藏文字</span>`, `<div style="display: none;">隐藏块</div>`, "<th>站点</th>"} {
		if !strings.Contains(h, want) {
			t.Errorf("HTML lacks %q", want)
		}
	}
	if strings.Contains(h, "11010519491231002X") {
		t.Error("HTML shows deleted text")
	}
}

func TestConvertPDF(t *testing.T) {
	if _, err := exec.LookPath("soffice"); err != nil {
		t.Skip("soffice not installed")
	}
	if testing.Short() {
		t.Skip("soffice conversion takes seconds")
	}
	data, err := sample().DOCX()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	pdfs, err := ConvertPDFs(ctx, map[string][]byte{"sample": data})
	if errors.Is(err, ErrNoSoffice) {
		t.Skip(err)
	}
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.HasPrefix(pdfs["sample"], []byte("%PDF-")) {
		t.Fatalf("not a PDF: %q", pdfs["sample"][:16])
	}
	if pt, err := exec.LookPath("pdftotext"); err == nil {
		cmd := exec.Command(pt, "-layout", "-", "-")
		cmd.Stdin = bytes.NewReader(pdfs["sample"])
		out, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		for _, want := range []string{"标题", "正文第一段", "内部事项"} {
			if !strings.Contains(string(out), want) {
				t.Errorf("PDF text lacks %q:\n%s", want, out)
			}
		}
	}
}

func TestResaveDOCX(t *testing.T) {
	if _, err := exec.LookPath("soffice"); err != nil {
		t.Skip("soffice not installed")
	}
	if testing.Short() {
		t.Skip("soffice conversion takes seconds")
	}
	data, err := sample().DOCX()
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	out, err := ResaveDOCX(ctx, map[string][]byte{"sample": data})
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(out["sample"]), int64(len(out["sample"])))
	if err != nil {
		t.Fatalf("re-saved DOCX is not a zip: %v", err)
	}
	parts := map[string]bool{}
	for _, f := range zr.File {
		parts[f.Name] = true
	}
	// LibreOffice keeps the comments, the header and the content; it adds
	// its font table.
	for _, p := range []string{"word/document.xml", "word/comments.xml", "word/fontTable.xml", "docProps/custom.xml"} {
		if !parts[p] {
			t.Errorf("re-saved DOCX lacks %s", p)
		}
	}
}

func TestDOCXWPS(t *testing.T) {
	d := Doc{Body: []Block{P("正文")}, Producer: WPS}
	data, err := d.DOCX()
	if err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, f := range zr.File {
		rc, _ := f.Open()
		b, _ := io.ReadAll(rc)
		rc.Close()
		got[f.Name] = string(b)
	}
	for part, want := range map[string]string{
		"word/document.xml":   `w:hint="eastAsia"`,
		"docProps/app.xml":    "<Application>WPS Office_11.1.0.11365</Application>",
		"docProps/custom.xml": `name="KSOProductBuildVer"`,
	} {
		if !strings.Contains(got[part], want) {
			t.Errorf("WPS %s lacks %q", part, want)
		}
	}
}
