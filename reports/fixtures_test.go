package reports

import (
	"fmt"
	"strings"
	"time"

	"github.com/bureau/mishen/pipeline"
	"github.com/bureau/mishen/scanner"
)

// Text that exists only inside a classified document: it must not appear in
// any file a run writes.
const (
	secretContext = "SECRET-CONTEXT涉密正文内容"
	secretSummary = "SECRET-SUMMARY涉密摘要"
	secretKeyword = "SECRET-KEYWORD"
	secretMatch   = "SECRET-MATCH张三"
)

var scanTime = time.Date(2026, 11, 26, 10, 30, 0, 0, time.UTC)

func testOptions() Options {
	return Options{
		Office:         "办公室",
		ToolVersion:    "v-test",
		LexiconVersion: "lex-test",
		Now:            func() time.Time { return scanTime },
	}
}

func classifiedRecord() pipeline.Record {
	return pipeline.Record{
		Path:       "/srv/inbox/政府网站/关于印发某某方案的通知.docx",
		SHA256:     "3f0c1a6d9b1e4f3a8c2d7e6f5a4b3c2d1e0f9a8b7c6d5e4f3a2b1c0d9e8f7a6b",
		Size:       24576,
		Format:     "docx",
		Status:     pipeline.StatusOK,
		Title:      "关于印发某某方案的通知",
		DocNumber:  "浦环保〔2023〕58号",
		Verdict:    scanner.Withhold,
		Categories: []string{scanner.CatStateSecret, scanner.CatPersonalPrivacy},
		Official:   true,
		Classified: true,
		Summary:    secretSummary,
		Keywords:   []string{secretKeyword},
		PublishVia: "政府网站",
		ScannedAt:  scanTime,
		Findings: []scanner.Finding{
			{ID: "f-mark-1", Rule: "state_secret.mark", Category: scanner.CatStateSecret, Severity: scanner.High,
				Match: "机密★5年", Location: scanner.Location{Part: "body", Line: 2}, Marking: true,
				Basis: "制度第六条（一）已标注国家秘密标志"},
			{ID: "f-pii-1", Rule: "pii.name", Category: scanner.CatPersonalPrivacy, Severity: scanner.High,
				Match: secretMatch, Context: "前文" + secretContext + secretMatch + "后文",
				Location: scanner.Location{Part: "body", Line: 9}, Basis: "条例第十五条 个人隐私"},
		},
	}
}

func cleanRecord() pipeline.Record {
	return pipeline.Record{
		Path:       "/srv/inbox/公众号/空气质量公报.docx",
		SHA256:     "aa",
		Size:       1000,
		Format:     "docx",
		Status:     pipeline.StatusOK,
		Title:      "2025年区域空气质量公报",
		Verdict:    scanner.NoFindings,
		Categories: []string{},
		Summary:    "本区2025年空气质量总体良好，优良天数比例为88.2%。",
		Keywords:   []string{"空气质量", "优良天数"},
		PublishVia: "公众号",
		Office:     "大气环境科",
		ScannedAt:  scanTime,
	}
}

func unreadableRecord() pipeline.Record {
	return pipeline.Record{
		Path:      "/srv/inbox/扫描件.pdf",
		SHA256:    "bb",
		Size:      90000,
		Format:    "pdf",
		Status:    pipeline.StatusUnreadable,
		Unread:    []string{"第2页为扫描图像，无文字层"},
		Verdict:   scanner.Review,
		Summary:   "第一页的文字。",
		ScannedAt: scanTime,
	}
}

func reviewRecord() pipeline.Record {
	return pipeline.Record{
		Path:       "/srv/inbox/工作简报.docx",
		SHA256:     "cc",
		Size:       5000,
		Format:     "docx",
		Status:     pipeline.StatusOK,
		Title:      "工作简报（第3期）",
		Verdict:    scanner.Review,
		Categories: []string{scanner.CatWorkSecret, scanner.CatPersonalPrivacy},
		ScannedAt:  scanTime,
		Findings: []scanner.Finding{
			{ID: "f-ws-1", Rule: "work_secret.mark", Category: scanner.CatWorkSecret, Severity: scanner.Medium,
				Match: "内部资料", Context: "内部资料 注意保管", Location: scanner.Location{Part: "header", Line: 1},
				Basis: "工作秘密管理制度 内部标志"},
			{ID: "f-ws-2", Rule: "work_secret.mark", Category: scanner.CatWorkSecret, Severity: scanner.Medium,
				Match: "内部资料", Context: "内部资料 注意保管", Location: scanner.Location{Part: "header", Page: 2, Line: 1},
				Basis: "工作秘密管理制度 内部标志"},
			{ID: "f-tel-1", Rule: "pii.mobile", Category: scanner.CatPersonalPrivacy, Severity: scanner.Medium,
				Match: "138****5678", Context: "联系人手机138****5678，请于", Location: scanner.Location{Part: "body", Line: 14},
				Basis: "个人信息 手机号码"},
			{ID: "f-low-1", Rule: "office.phone", Category: scanner.CatPersonalPrivacy, Severity: scanner.Low,
				Match: "021-5878xxxx", Context: "办公电话021-5878xxxx", Location: scanner.Location{Part: "footer", Line: 1},
				Basis: "办公电话通常可公开"},
		},
	}
}

func errorRecord() pipeline.Record {
	return pipeline.Record{
		Path:      "/srv/inbox/损坏.docx",
		SHA256:    "dd",
		Size:      12,
		Format:    "docx",
		Status:    pipeline.StatusError,
		Error:     "文件已损坏：不是有效的DOCX（zip结构无法读取）",
		Verdict:   scanner.Review,
		ScannedAt: scanTime,
	}
}

// longRecord is an ordinary document at the limits the scanner gives: a long
// title, a 200-character summary, many keywords and many findings. Its form
// must still print on one page.
func longRecord() pipeline.Record {
	rec := reviewRecord()
	rec.Path = "/srv/inbox/长文档.docx"
	rec.Title = "关于进一步加强和规范全区建设项目环境影响评价文件审批及事中事后监管工作若干措施的通知（征求意见稿）"
	rec.DocNumber = "浦环保〔2026〕123号"
	rec.Official = true
	rec.Office = "环境影响评价与排放管理科（行政审批科）"
	rec.Summary = strings.Repeat("为深入贯彻落实生态环境保护工作要求，进一步优化营商环境，规范审批行为。", 6)[:600]
	rec.Keywords = []string{"环境影响评价", "事中事后监管", "审批", "建设项目", "排污许可", "营商环境", "信用评价", "执法检查"}
	rec.Verdict = scanner.Withhold
	for i := 0; i < 12; i++ {
		sev := scanner.Medium
		if i%3 == 0 {
			sev = scanner.High
		}
		rec.Findings = append(rec.Findings, scanner.Finding{
			ID: fmt.Sprintf("f-long-%d", i), Rule: "r", Category: categoryOrder[i%5], Severity: sev,
			Match:    fmt.Sprintf("第%d项需要注意的较长的匹配文字内容示例", i),
			Location: scanner.Location{Part: "body", Page: i + 1, Line: 10 * i},
			Basis:    "条例第十四条、第十五条及本局工作秘密管理制度的相关规定",
		})
	}
	return rec
}
