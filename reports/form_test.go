package reports

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/bureau/mishen/pipeline"
)

const opinionLabel = "处室（单位）保密审核意见"

// formCheck is what one field of a filled form must (not) hold.
type formCheck struct {
	field  string
	equals *string
	has    []string
	hasNot []string
}

func eq(s string) *string { return &s }

// formCases are the pre-filled fields expected for each kind of document.
var formCases = []struct {
	name   string
	rec    func() pipeline.Record
	checks []formCheck
}{
	{"classified", classifiedRecord, []formCheck{
		{field: "处室（单位）", equals: eq("办公室")}, // Options.Office: the record has none
		{field: "填报日期", equals: eq("2026年11月26日")},
		{field: "信息名称", equals: eq("关于印发某某方案的通知")},
		{field: "文号", equals: eq("浦环保〔2023〕58号")},
		{field: "信息载体形式", has: []string{"☑公文类", "☐非公文类"}},
		{field: "信息拟公开方式", has: []string{"☑政府网站", "☐报刊", "☐广播", "☐电视", "☐政务公开栏", "☐其他（各类展馆"}},
		{field: "信息拟公开时间", equals: eq("")},
		{field: "信息内容摘要", equals: eq(classifiedSummary)},
		{field: opinionLabel, has: []string{"☐应予公开", "☑不予公开理由", "☑国家秘密", "☑个人隐私", "☐工作秘密", "☐商业秘密", "☐其它不予公开的情形",
			"不予公开的依据：正文第2行“机密★5年”，制度第六条（一）已标注国家秘密标志", "正文第9行（涉密文档，不摘录内容），条例第十五条", "经办人"},
			hasNot: []string{secretMatch, secretContext}},
		{field: "分管领导审批意见", equals: eq("签字：　　　　　　　　　　　　年　　月　　日")},
		{field: "局保密办复核备案", equals: eq("签字：　　　　　　　　　　　　年　　月　　日")},
		{field: "备注", has: []string{"本表由密审(mishen)工具预填，仅供参考，须人工审核", "工具版本：v-test", "词库版本：lex-test", "高2项、中0项、低0项", "报告局保密办"}},
	}},
	{"clean", cleanRecord, []formCheck{
		{field: "处室（单位）", equals: eq("大气环境科")}, // the record's own office wins
		{field: "信息名称", equals: eq("2025年区域空气质量公报")},
		{field: "文号", equals: eq("")},
		{field: "信息载体形式", has: []string{"☐公文类", "☑非公文类"}},
		{field: "信息拟公开方式", has: []string{"☐政府网站", "☑其他（公众号）"}},
		{field: "信息内容摘要", equals: eq("本区2025年空气质量总体良好，优良天数比例为88.2%。\n关键词：空气质量、优良天数")},
		{field: opinionLabel, has: []string{"☑应予公开", "☐不予公开理由", "☐国家秘密", "☐个人隐私", "工具未发现风险项，仍须人工审核"},
			hasNot: []string{"☑国家秘密", "需人工复核"}},
		{field: "备注", has: []string{"高0项、中0项、低0项"}, hasNot: []string{"局保密办"}},
	}},
	{"unreadable", unreadableRecord, []formCheck{
		{field: "信息名称", equals: eq("扫描件.pdf")}, // no title: the file name
		{field: opinionLabel, has: []string{"☐应予公开", "☐不予公开理由", "需人工复核：文档未能完整读取（第2页为扫描图像，无文字层），须人工审查",
			"不予公开的依据：文档未能完整读取（第2页为扫描图像，无文字层），须人工审查"},
			hasNot: []string{"☑"}},
		{field: "信息内容摘要", equals: eq("第一页的文字。")},
	}},
	{"review", reviewRecord, []formCheck{
		{field: "信息名称", equals: eq("工作简报（第3期）")},
		{field: "信息拟公开方式", has: []string{"☐政府网站", "☐其他（各类展馆"}, hasNot: []string{"☑"}}, // unknown: all blank
		{field: opinionLabel, has: []string{"☐应予公开", "☐不予公开理由", "需人工复核：工作秘密、个人隐私",
			"页眉第1行、第2页页眉第1行等2处“内部资料”，工作秘密管理制度 内部标志", "正文第14行“138****5678”，个人信息 手机号码"},
			hasNot: []string{"☑", "021-5878xxxx"}}, // low findings are not grounds
		{field: "备注", has: []string{"高0项、中3项、低1项"}},
	}},
	{"error", errorRecord, []formCheck{
		{field: "信息名称", equals: eq("损坏.docx")},
		{field: "信息载体形式", has: []string{"☐公文类", "☐非公文类"}},
		{field: opinionLabel, has: []string{"☐应予公开", "文档未能完整读取（文件已损坏：不是有效的DOCX（zip结构无法读取）），须人工审查"}, hasNot: []string{"☑"}},
	}},
}

func TestFormFields(t *testing.T) {
	r, err := NewRun(t.TempDir(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range formCases {
		t.Run(tc.name, func(t *testing.T) {
			rec := tc.rec()
			paths, err := r.WriteDocument(&rec)
			if err != nil {
				t.Fatal(err)
			}
			form := findPath(t, paths, suffixForm)
			c := readDocx(t, form)
			if len(c.Paras) == 0 || c.Paras[0] != "浦东新区生态环境局政府信息公开（发布）保密审查表" {
				t.Errorf("title line = %q", c.Paras)
			}
			if strings.Contains(c.text(), "{{") {
				t.Errorf("placeholder left in the form:\n%s", c.text())
			}
			f := c.fields()
			for _, ch := range tc.checks {
				got, ok := f[ch.field]
				if !ok {
					t.Errorf("field %s missing; fields: %q", ch.field, f)
					continue
				}
				if ch.equals != nil && got != *ch.equals {
					t.Errorf("%s = %q, want %q", ch.field, got, *ch.equals)
				}
				for _, s := range ch.has {
					if !strings.Contains(got, s) {
						t.Errorf("%s = %q, want it to hold %q", ch.field, got, s)
					}
				}
				for _, s := range ch.hasNot {
					if strings.Contains(got, s) {
						t.Errorf("%s = %q, must not hold %q", ch.field, got, s)
					}
				}
			}
		})
	}
}

// TestFormLayout checks the form is the bureau's: every field of
// domain.md §1, in order, in one real table.
func TestFormLayout(t *testing.T) {
	c, err := parseDocx(defaultReviewForm)
	if err != nil {
		t.Fatal(err)
	}
	var labels []string
	for _, r := range c.Rows {
		for i := 0; i < len(r); i += 2 {
			labels = append(labels, r[i])
		}
	}
	want := []string{"处室（单位）", "填报日期", "信息名称", "文号", "信息载体形式", "信息拟公开方式", "信息拟公开时间",
		"信息内容摘要", opinionLabel, "分管领导审批意见", "局保密办复核备案", "备注"}
	if strings.Join(labels, "|") != strings.Join(want, "|") {
		t.Errorf("form labels = %q\nwant %q", labels, want)
	}
}

func TestIncidentDraft(t *testing.T) {
	r, err := NewRun(t.TempDir(), testOptions())
	if err != nil {
		t.Fatal(err)
	}
	rec := classifiedRecord()
	paths, err := r.WriteDocument(&rec)
	if err != nil {
		t.Fatal(err)
	}
	c := readDocx(t, findPath(t, paths, suffixIncident))
	if !strings.Contains(strings.Join(c.Paras, "\n"), "草稿（供局保密办研判）") {
		t.Errorf("the draft is not marked as a draft: %q", c.Paras)
	}
	f := c.fields()
	checks := []formCheck{
		{field: "发生泄密事件单位", equals: eq("办公室")},
		{field: "泄密内容及密级", has: []string{"《关于印发某某方案的通知》", "正文第2行标注“机密★5年”"}},
		{field: "主要责任人基本情况", equals: eq("")},
		{field: "泄密事件发生经过、造成危害及造成泄密的主要原因", has: []string{"2026年11月26日 10:30", rec.Path, rec.SHA256, "24576字节"}},
		{field: "补救措施", equals: eq("")},
		{field: "处理结果", equals: eq("")},
		{field: "备注", has: []string{"草稿（供局保密办研判）"}},
	}
	for _, ch := range checks {
		got, ok := f[ch.field]
		if !ok {
			t.Errorf("field %s missing; fields: %q", ch.field, f)
			continue
		}
		if ch.equals != nil && got != *ch.equals {
			t.Errorf("%s = %q, want %q", ch.field, got, *ch.equals)
		}
		for _, s := range ch.has {
			if !strings.Contains(got, s) {
				t.Errorf("%s = %q, want it to hold %q", ch.field, got, s)
			}
		}
	}
	text := c.text() + strings.Join(c.Paras, "\n")
	for _, s := range []string{"主管领导", "填表人", "填报单位：办公室", "年　　月　　日"} {
		if !strings.Contains(text, s) {
			t.Errorf("draft lacks %q", s)
		}
	}
	for _, s := range []string{secretContext, secretMatch, secretSummary} {
		if strings.Contains(text, s) {
			t.Errorf("draft copies classified text %q", s)
		}
	}
}

func findPath(t *testing.T, paths []string, suffix string) string {
	t.Helper()
	for _, p := range paths {
		if strings.HasSuffix(p, suffix) {
			if !filepath.IsAbs(p) {
				t.Errorf("report path %s is not absolute", p)
			}
			return p
		}
	}
	t.Fatalf("no %s among %q", suffix, paths)
	return ""
}
