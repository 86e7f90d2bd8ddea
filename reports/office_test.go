package reports

// Tests against the real programs reviewers' files meet: LibreOffice (which
// re-saves the template and renders the form) and poppler (which reads the
// rendered PDF back). They skip only where those programs or CJK fonts are
// missing; .ci/run installs libreoffice-writer-nogui, fonts-noto-cjk and
// poppler-utils so they run in CI.

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/bureau/mishen/pipeline"
)

func needTools(t *testing.T, tools ...string) {
	t.Helper()
	for _, tool := range tools {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skipf("%s not installed (CI installs it)", tool)
		}
	}
}

func needCJKFonts(t *testing.T) {
	t.Helper()
	out, err := exec.Command("fc-list", ":lang=zh", "family").Output()
	if err != nil || len(strings.TrimSpace(string(out))) == 0 {
		t.Skip("no CJK fonts (CI installs fonts-noto-cjk)")
	}
}

// soffice converts files with LibreOffice into outDir, with a profile of
// its own so parallel runs (other packages' tests) do not collide.
func soffice(t *testing.T, to, outDir string, files ...string) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Minute)
	defer cancel()
	profile := "file://" + filepath.ToSlash(filepath.Join(t.TempDir(), "lo-profile"))
	args := append([]string{"-env:UserInstallation=" + profile, "--headless", "--norestore", "--convert-to", to, "--outdir", outDir}, files...)
	cmd := exec.CommandContext(ctx, "soffice", args...)
	cmd.Env = append(os.Environ(), "HOME="+t.TempDir())
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("soffice %v: %v\n%s", args, err, out)
	}
	for _, f := range files {
		want := filepath.Join(outDir, strings.TrimSuffix(filepath.Base(f), filepath.Ext(f))+"."+strings.SplitN(to, ":", 2)[0])
		if _, err := os.Stat(want); err != nil {
			t.Fatalf("soffice made no %s", want)
		}
	}
}

// TestLibreOfficeResavedTemplate re-saves the template with LibreOffice, as
// a 保密办 restyling it would, and proves every field still fills.
func TestLibreOfficeResavedTemplate(t *testing.T) {
	needTools(t, "soffice")
	dir := t.TempDir()
	src := filepath.Join(dir, "src", "审查表模板.docx")
	os.MkdirAll(filepath.Dir(src), 0o700)
	// LibreOffice splits runs where the script changes (the Latin braces
	// and the Chinese name of a placeholder), so every placeholder it
	// saves is split: exactly the defect of the docx library to prove fixed.
	writeTestFile(t, src, defaultReviewForm)
	out := filepath.Join(dir, "resaved")
	soffice(t, `docx:MS Word 2007 XML`, out, src)
	resaved := filepath.Join(out, "审查表模板.docx")

	data, _ := os.ReadFile(resaved)
	names, err := templatePlaceholders(data)
	if err != nil {
		t.Fatal(err)
	}
	want, _ := templatePlaceholders(defaultReviewForm)
	if strings.Join(names, "|") != strings.Join(want, "|") {
		t.Errorf("placeholders after LibreOffice: %q\nwant %q", names, want)
	}
	raw := string(readEntry(t, data, "word/document.xml"))
	split := 0
	for _, n := range want {
		if !strings.Contains(raw, "{{"+n+"}}") {
			split++
		}
	}
	t.Logf("LibreOffice-saved template: %d of %d placeholders split across runs", split, len(want))
	if split == 0 {
		t.Errorf("the re-saved template has no split placeholder: the test proves nothing")
	}

	opt := testOptions()
	opt.FormTemplate = resaved
	r, err := NewRun(filepath.Join(dir, "reports"), opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range formCases {
		rec := tc.rec()
		paths, err := r.WriteDocument(&rec)
		if err != nil {
			t.Fatalf("%s: %v", tc.name, err)
		}
		c := readDocx(t, findPath(t, paths, suffixForm))
		if strings.Contains(c.text(), "{{") {
			t.Errorf("%s: placeholder left in the form", tc.name)
		}
		f := c.fields()
		for _, ch := range tc.checks {
			for _, s := range ch.has {
				if !strings.Contains(f[ch.field], s) {
					t.Errorf("%s: %s = %q, want it to hold %q", tc.name, ch.field, f[ch.field], s)
				}
			}
			if ch.equals != nil && f[ch.field] != *ch.equals {
				t.Errorf("%s: %s = %q, want %q", tc.name, ch.field, f[ch.field], *ch.equals)
			}
		}
	}
}

func readEntry(t *testing.T, docx []byte, name string) []byte {
	t.Helper()
	var got []byte
	rewriteDocument(t, docx, func(s string) string { got = []byte(s); return s })
	return got
}

// TestFormPDF renders filled forms with LibreOffice and reads the PDF back
// with pdftotext: the filled fields must be there, on one A4 page.
func TestFormPDF(t *testing.T) {
	needTools(t, "soffice", "pdftotext", "pdfinfo")
	needCJKFonts(t)
	dir := t.TempDir()
	r, err := NewRun(filepath.Join(dir, "reports"), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	type doc struct {
		rec  pipeline.Record
		want []string
	}
	docs := []doc{
		{cleanRecord(), []string{"浦东新区生态环境局政府信息公开（发布）保密审查表", "大气环境科", "2026年11月26日",
			"2025年区域空气质量公报", "☑非公文类", "☑其他（公众号）", "本区2025年空气质量总体良好", "关键词：空气质量、优良天数",
			"☑应予公开", "本表由密审(mishen)工具预填"}},
		{classifiedRecord(), []string{"关于印发某某方案的通知", "浦环保〔2023〕58号", "☑公文类", "☑政府网站", classifiedSummary,
			"☑不予公开理由", "☑国家秘密", "“机密★5年”", "分管领导审批意见", "局保密办复核备案"}},
		{reviewRecord(), []string{"工作简报（第3期）", "需人工复核：工作秘密、个人隐私", "“内部资料”"}},
		{longRecord(), []string{"环境影响评价与排放管理科（行政审批科）", "浦环保〔2026〕123号", "关键词：环境影响评价", "另有", "局保密办复核备案", "本表由密审(mishen)工具预填"}},
	}
	var forms []string
	for i := range docs {
		paths, err := r.WriteDocument(&docs[i].rec)
		if err != nil {
			t.Fatal(err)
		}
		forms = append(forms, findPath(t, paths, suffixForm))
	}
	pdfDir := filepath.Join(dir, "pdf")
	soffice(t, "pdf", pdfDir, forms...)
	for i, form := range forms {
		pdf := filepath.Join(pdfDir, strings.TrimSuffix(filepath.Base(form), ".docx")+".pdf")
		info, err := exec.Command("pdfinfo", pdf).Output()
		if err != nil {
			t.Fatal(err)
		}
		if !strings.Contains(string(info), "Pages:           1\n") {
			t.Errorf("%s: not one page:\n%s", filepath.Base(pdf), info)
		}
		if !strings.Contains(string(info), "595.") || !strings.Contains(string(info), "841.") {
			t.Errorf("%s: not A4:\n%s", filepath.Base(pdf), info)
		}
		out, err := exec.Command("pdftotext", "-enc", "UTF-8", pdf, "-").Output()
		if err != nil {
			t.Fatal(err)
		}
		text := strings.Join(strings.Fields(string(out)), "")
		for _, s := range docs[i].want {
			if !strings.Contains(text, strings.Join(strings.Fields(s), "")) {
				t.Errorf("%s: PDF text lacks %q\n%s", filepath.Base(pdf), s, out)
			}
		}
	}
}
