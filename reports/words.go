package reports

import (
	"fmt"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/bureau/mishen/pipeline"
	"github.com/bureau/mishen/scanner"
)

// The reviewer reads Chinese; these tables turn the contract's English codes
// into the words the bureau's forms and rules use.

// categoryOrder is the order categories are shown in everywhere, the same as
// scanner.Categories so the JSON and the reports agree.
var categoryOrder = []string{
	scanner.CatStateSecret, scanner.CatWorkSecret, scanner.CatCommercialSecret,
	scanner.CatPersonalPrivacy, scanner.CatOther, scanner.CatHiddenContent,
}

var categoryNames = map[string]string{
	scanner.CatStateSecret:      "国家秘密",
	scanner.CatWorkSecret:       "工作秘密",
	scanner.CatCommercialSecret: "商业秘密",
	scanner.CatPersonalPrivacy:  "个人隐私",
	scanner.CatOther:            "其它不予公开的情形",
	scanner.CatHiddenContent:    "隐藏内容（批注、修订、隐藏文字等）",
}

// shortCategoryName is the name for a table cell.
func shortCategoryName(c string) string {
	switch c {
	case scanner.CatHiddenContent:
		return "隐藏内容"
	case scanner.CatOther:
		return "其它"
	}
	return categoryName(c)
}

// categoryName is the Chinese name of a category; an unknown code is shown
// as it is rather than dropped, so a new scanner category is never hidden.
func categoryName(c string) string {
	if n, ok := categoryNames[c]; ok {
		return n
	}
	return c
}

var severityNames = map[scanner.Severity]string{
	scanner.High:   "高",
	scanner.Medium: "中",
	scanner.Low:    "低",
}

func severityName(s scanner.Severity) string {
	if n, ok := severityNames[s]; ok {
		return n
	}
	return string(s)
}

var verdictNames = map[scanner.Verdict]string{
	scanner.Withhold:   "建议不予公开",
	scanner.Review:     "需人工复核",
	scanner.NoFindings: "未发现风险项——仍须人工审核",
}

func verdictName(v scanner.Verdict) string {
	if n, ok := verdictNames[v]; ok {
		return n
	}
	return "需人工复核" // an unknown verdict must never read as clean
}

var statusNames = map[string]string{
	pipeline.StatusOK:         "已完整读取",
	pipeline.StatusUnreadable: "未能完整读取",
	pipeline.StatusError:      "无法读取",
}

func statusName(s string) string {
	if n, ok := statusNames[s]; ok {
		return n
	}
	return s
}

// partNames name the place in the document a person would look for.
var partNames = map[string]string{
	"body":         "正文",
	"title":        "网页标题",
	"header":       "页眉",
	"footer":       "页脚",
	"footnote":     "脚注",
	"endnote":      "尾注",
	"comment":      "批注",
	"deleted":      "已删除的修订",
	"moved":        "移动的修订",
	"hidden":       "隐藏文字",
	"textbox":      "文本框",
	"field":        "域",
	"metadata":     "文档属性",
	"html_comment": "网页注释",
	"embedded":     "嵌入对象",
}

func partName(p string) string {
	if n, ok := partNames[p]; ok {
		return n
	}
	if p == "" {
		return "正文"
	}
	return p
}

// where says in words where a finding stands: 第2页页眉第1行, 正文第3行.
func where(l scanner.Location) string {
	var b strings.Builder
	if l.Page > 0 {
		fmt.Fprintf(&b, "第%d页", l.Page)
	}
	b.WriteString(partName(l.Part))
	if l.Part == "metadata" && l.Name != "" {
		b.WriteString("（" + l.Name + "）")
	}
	if l.Line > 0 {
		fmt.Fprintf(&b, "第%d行", l.Line)
	}
	return b.String()
}

// chineseDate formats a date as the bureau's forms write it: 2026年11月26日.
func chineseDate(t time.Time) string {
	return fmt.Sprintf("%d年%d月%d日", t.Year(), int(t.Month()), t.Day())
}

// effective reports how a finding counts after a person's decision, with the
// same rule as scanner.DecideVerdict: an accepted finding no longer counts
// (except a state-secret marking, which no decision hides), and a finding a
// person decided to withhold counts as high.
func effective(f scanner.Finding) (scanner.Severity, bool) {
	if f.Decision != nil && f.Decision.Action == "accept" && !(f.Category == scanner.CatStateSecret && f.Marking) {
		return f.Severity, false
	}
	if f.Decision != nil && f.Decision.Action == "withhold" {
		return scanner.High, true
	}
	return f.Severity, true
}

// severityCounts counts findings by severity, as the 备注 reports them.
func severityCounts(fs []scanner.Finding) (high, medium, low int) {
	for _, f := range fs {
		switch f.Severity {
		case scanner.High:
			high++
		case scanner.Medium:
			medium++
		default:
			low++
		}
	}
	return
}

// categoriesWhere lists, in the fixed order, the categories of the findings
// that still count and satisfy keep.
func categoriesWhere(fs []scanner.Finding, keep func(scanner.Severity) bool) []string {
	seen := map[string]bool{}
	for _, f := range fs {
		if s, counts := effective(f); counts && keep(s) {
			seen[f.Category] = true
		}
	}
	var out []string
	for _, c := range categoryOrder {
		if seen[c] {
			out = append(out, c)
			delete(seen, c)
		}
	}
	// Categories the scanner may add later still show, after the known ones.
	for _, f := range fs {
		if seen[f.Category] {
			out = append(out, f.Category)
			delete(seen, f.Category)
		}
	}
	return out
}

// showMatch reports whether a finding's matched text may be shown. In a
// classified document only the classification mark itself may appear in a
// report: every other match is text of a classified document.
func showMatch(rec *pipeline.Record, f scanner.Finding) bool {
	if !rec.Classified {
		return true
	}
	return f.Category == scanner.CatStateSecret && f.Marking
}

// marks lists the distinct state-secret marks of a classified document with
// where each was found, e.g. 正文第1行"机密★5年".
func marks(rec *pipeline.Record) []string {
	var out []string
	seen := map[string]bool{}
	for _, f := range rec.Findings {
		if f.Category != scanner.CatStateSecret || !f.Marking {
			continue
		}
		s := where(f.Location) + "标注“" + oneLine(f.Match) + "”"
		if !seen[s] {
			seen[s] = true
			out = append(out, s)
		}
	}
	return out
}

// oneLine folds white space so that a match spanning lines reads as one.
func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// clip shortens s to at most n runes, marking the cut.
func clip(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// Limits of the 不予公开的依据 on the form: it must leave the form on one page.
const (
	maxBasisEntries = 4
	maxBasisMatch   = 20
	maxBasisBasis   = 30
	maxBasisWheres  = 2
)

// basisLines writes out the 不予公开的依据: one line per distinct piece of
// evidence among the high and medium findings, e.g.
// 正文第1行标注“机密★5年”，制度第六条（一）已标注国家秘密标志. Duplicates (same
// category, match and basis) are grouped with their places, capped with
// 等N处, and the whole list is capped with 另有N项.
func basisLines(rec *pipeline.Record) []string {
	type group struct {
		f      scanner.Finding
		wheres []string
		n      int
	}
	var groups []*group
	index := map[string]*group{}
	for _, f := range rec.Findings {
		s, counts := effective(f)
		if !counts || s == scanner.Low {
			continue
		}
		m := ""
		if showMatch(rec, f) {
			m = oneLine(f.Match)
		}
		key := f.Category + "\x00" + m + "\x00" + f.Basis
		g := index[key]
		if g == nil {
			g = &group{f: f}
			index[key] = g
			groups = append(groups, g)
		}
		g.n++
		w := where(f.Location)
		if len(g.wheres) < maxBasisWheres && !contains(g.wheres, w) {
			g.wheres = append(g.wheres, w)
		}
	}
	// High findings first: they carry the suggestion.
	ordered := make([]*group, 0, len(groups))
	for _, want := range []scanner.Severity{scanner.High, scanner.Medium} {
		for _, g := range groups {
			if s, _ := effective(g.f); s == want {
				ordered = append(ordered, g)
			}
		}
	}
	var out []string
	for i, g := range ordered {
		if i == maxBasisEntries {
			out = append(out, "另有"+strconv.Itoa(len(ordered)-i)+"项，详见审查报告")
			break
		}
		var b strings.Builder
		b.WriteString(strings.Join(g.wheres, "、"))
		if g.n > 1 {
			fmt.Fprintf(&b, "等%d处", g.n)
		}
		if showMatch(rec, g.f) {
			b.WriteString("“" + clip(oneLine(g.f.Match), maxBasisMatch) + "”")
		} else {
			b.WriteString("（涉密文档，不摘录内容）")
		}
		basis := g.f.Basis
		if basis == "" {
			basis = categoryName(g.f.Category)
		}
		b.WriteString("，" + clip(basis, maxBasisBasis))
		out = append(out, b.String())
	}
	return out
}

func contains(xs []string, x string) bool {
	for _, y := range xs {
		if y == x {
			return true
		}
	}
	return false
}

// unreadReason says in words why a document was not read completely.
func unreadReason(rec *pipeline.Record) string {
	var parts []string
	if rec.Error != "" {
		parts = append(parts, rec.Error)
	}
	for _, u := range rec.Unread {
		if !contains(parts, u) {
			parts = append(parts, u)
		}
	}
	if len(parts) == 0 {
		parts = append(parts, statusName(rec.Status))
	}
	return strings.Join(parts, "；")
}

// complete reports whether the document was read completely: the only state
// in which a clean verdict may be suggested.
func complete(rec *pipeline.Record) bool {
	return rec.Status == pipeline.StatusOK && len(rec.Unread) == 0 && rec.Error == ""
}
