package reports

import (
	"bytes"
	"html/template"
	"net/url"
	"strings"
	"time"

	"github.com/bureau/mishen/pipeline"
	"github.com/bureau/mishen/scanner"
)

// Document text is hostile input: every value reaches the page through
// html/template, which escapes it for its context; nothing is marked safe.

// css is inlined into every page: the reports must work offline, from a
// share or a USB stick, with no external CSS, fonts or scripts.
const css = `
@page { size: A4; margin: 15mm 14mm; }
* { box-sizing: border-box; }
body { font-family: "SimSun", "Songti SC", "Noto Serif CJK SC", "Noto Sans CJK SC", serif; font-size: 14px; line-height: 1.55; color: #111; margin: 0 auto; max-width: 960px; padding: 16px; }
h1 { font-size: 20px; margin: 0 0 6px; word-break: break-all; }
h2 { font-size: 16px; margin: 18px 0 6px; border-bottom: 1px solid #999; padding-bottom: 2px; }
h3 { font-size: 15px; margin: 12px 0 4px; }
table { border-collapse: collapse; width: 100%; }
th, td { border: 1px solid #aaa; padding: 3px 6px; text-align: left; vertical-align: top; word-break: break-all; }
th { background: #eee; white-space: nowrap; }
.meta th { width: 8em; }
.verdict { font-size: 20px; font-weight: bold; padding: 8px 12px; margin: 8px 0 12px; border: 3px solid; }
.v-withhold { color: #a00; border-color: #a00; background: #fee; }
.v-review { color: #8a5a00; border-color: #c80; background: #fff6e0; }
.v-no_findings { color: #205a20; border-color: #4a4; background: #efe; }
.alert { border: 4px solid #c00; background: #fdd; color: #700; padding: 10px 14px; margin: 8px 0 12px; font-weight: bold; }
.alert p { margin: 4px 0; }
.unread { color: #c00; font-weight: bold; }
.bad { color: #c00; font-weight: bold; }
.sev { display: inline-block; padding: 0 6px; border-radius: 3px; color: #fff; font-size: 12px; }
.sev-high { background: #b00; } .sev-medium { background: #c80; } .sev-low { background: #777; }
mark { background: #ff0; color: #000; font-weight: bold; padding: 0 1px; }
.ctx { font-family: inherit; white-space: pre-wrap; }
.id { font-family: monospace; font-size: 12px; }
.finding { border: 1px solid #bbb; padding: 6px 8px; margin: 6px 0; page-break-inside: avoid; break-inside: avoid; }
.finding .where { color: #333; }
.finding .basis { color: #333; }
.note { color: #555; font-size: 12px; }
td.links { white-space: nowrap; word-break: keep-all; }
.counts td, .counts th { text-align: center; }
tr.withhold td:first-child { border-left: 4px solid #a00; }
tr.review td:first-child { border-left: 4px solid #c80; }
tr.no_findings td:first-child { border-left: 4px solid #4a4; }
@media print {
  body { max-width: none; padding: 0; font-size: 11pt; }
  a { color: #000; text-decoration: none; }
  .verdict, .alert, mark, .sev, th { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  h2 { page-break-after: avoid; break-after: avoid; }
}
`

// alertText is the instruction a classified document triggers. The bureau's
// rules: classified documents only on classified computers; every leak is
// reported at once, one report per event (一事一报).
const (
	alertHead = "警告：发现国家秘密标志"
	alertBody = "该文件标注国家秘密标志，不得在本计算机（非涉密计算机）上存储、处理。请立即停止处理该文件（不要打开、复制、转发或删除），并立即报告局保密办（一事一报）。涉密文件只能在涉密计算机上处理。"
)

type findingView struct {
	ID, Rule, Severity, SevClass string
	Before, Match, After         string
	ContextMissing               bool
	Hidden                       bool // classified: the match is not shown
	Where, Basis, Decision       string
	Marking                      bool
}

type groupView struct {
	Category string
	Findings []findingView
}

type documentView struct {
	CSS                                  template.CSS
	Title, FileName, Path, SHA256        string
	Size                                 int64
	Format, Status, Error                string
	StatusOK                             bool
	Unread, Embedded, Engines            []string
	Verdict, VerdictClass                string
	Classified                           bool
	AlertHead, AlertBody                 string
	Marks                                []string
	Summary                              string
	Keywords                             string
	DocNumber, Carrier, Office           string
	Groups                               []groupView
	High, Medium, Low                    int
	JSONLink, FormLink, IncidentLink     string
	ToolVersion, LexiconVersion, Scanned string
}

var documentTmpl = template.Must(template.New("doc").Parse(`<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>审查报告：{{.Title}}</title>
<style>{{.CSS}}</style></head>
<body>
{{if .Classified}}<div class="alert" role="alert"><p>{{.AlertHead}}</p><p>{{.AlertBody}}</p>
{{range .Marks}}<p>{{.}}</p>{{end}}</div>{{end}}
<div class="verdict v-{{.VerdictClass}}">审查结论（工具建议）：{{.Verdict}}</div>
<h1>{{.Title}}</h1>
<table class="meta">
<tr><th>文件</th><td>{{.Path}}</td></tr>
<tr><th>读取状态</th><td>{{if .StatusOK}}{{.Status}}{{else}}<span class="bad">{{.Status}}</span>{{end}}（格式：{{.Format}}，{{.Size}} 字节）</td></tr>
{{if .Error}}<tr><th>错误</th><td class="unread">{{.Error}}</td></tr>{{end}}
{{if .Unread}}<tr><th>未能读取</th><td class="unread"><ul>{{range .Unread}}<li>{{.}}</li>{{end}}</ul>未读取的部分未经审查，须人工查看原文件。</td></tr>{{end}}
{{if .Embedded}}<tr><th>嵌入对象</th><td class="unread">{{range .Embedded}}{{.}}<br>{{end}}须人工打开审查。</td></tr>{{end}}
<tr><th>文号</th><td>{{.DocNumber}}</td></tr>
<tr><th>载体形式</th><td>{{.Carrier}}</td></tr>
{{if .Office}}<tr><th>处室（单位）</th><td>{{.Office}}</td></tr>{{end}}
<tr><th>SHA-256</th><td class="id">{{.SHA256}}</td></tr>
<tr><th>审查时间</th><td>{{.Scanned}}</td></tr>
<tr><th>相关文件</th><td>{{if .FormLink}}<a href="{{.FormLink}}">审查表（DOCX）</a>{{end}}
{{if .IncidentLink}} · <a href="{{.IncidentLink}}" class="bad">泄密事件报告表（草稿）</a>{{end}}
{{if .JSONLink}} · <a href="{{.JSONLink}}">JSON记录</a>{{end}}</td></tr>
</table>

<h2>发现的风险项（高 {{.High}}，中 {{.Medium}}，低 {{.Low}}）</h2>
{{if not .Groups}}<p>未发现风险项。{{if not .StatusOK}}<span class="bad">但文档未能完整读取，须人工审查。</span>{{end}}</p>{{end}}
{{range .Groups}}<h3>{{.Category}}</h3>
{{range .Findings}}<div class="finding">
<div><span class="sev sev-{{.SevClass}}">{{.Severity}}</span> <span class="id">ID {{.ID}}</span> <span class="note">{{.Rule}}</span></div>
<div class="ctx">{{if .Hidden}}<span class="note">（涉密文档，不显示内容）</span>{{else}}{{.Before}}<mark>{{.Match}}</mark>{{.After}}{{end}}</div>
<div class="where">位置：{{.Where}}</div>
<div class="basis">依据：{{.Basis}}</div>
{{if .Decision}}<div class="note">人工决定：{{.Decision}}</div>{{end}}
</div>{{end}}{{end}}

{{if not .Classified}}{{if or .Summary .Keywords}}<h2>内容摘要</h2>
<p>{{.Summary}}</p>{{if .Keywords}}<p>关键词：{{.Keywords}}</p>{{end}}{{end}}{{end}}

<p class="note">本报告由密审(mishen)工具生成，仅供参考，须人工审核。工具版本 {{.ToolVersion}}；词库版本 {{.LexiconVersion}}。
对某一风险项的人工决定可用 <code>mishen decide</code> 加风险项ID记录。</p>
{{if .Engines}}<p class="note">读取方式：{{range .Engines}}{{.}}；{{end}}</p>{{end}}
</body></html>
`))

// relLink turns a report's name in the run folder into a relative link.
func relLink(name string) string {
	if name == "" {
		return ""
	}
	return (&url.URL{Path: name}).String()
}

func verdictClass(v scanner.Verdict) string {
	switch v {
	case scanner.Withhold, scanner.Review, scanner.NoFindings:
		return string(v)
	}
	return string(scanner.Review)
}

// splitContext finds the match in its context so the page can highlight it.
func splitContext(ctx, match string) (before, m, after string, missing bool) {
	if ctx == "" {
		return "", match, "", true
	}
	if i := strings.Index(ctx, match); i >= 0 && match != "" {
		return ctx[:i], match, ctx[i+len(match):], false
	}
	// The scanner shortens a long match with "…": highlight what it kept.
	if p := strings.TrimSuffix(match, "…"); p != match && p != "" {
		if i := strings.Index(ctx, p); i >= 0 {
			return ctx[:i], p, ctx[i+len(p):], false
		}
	}
	return ctx + " — ", match, "", false
}

func decisionText(d *scanner.Decision) string {
	if d == nil {
		return ""
	}
	action := map[string]string{"accept": "可以公开（无害）", "withhold": "不予公开"}[d.Action]
	if action == "" {
		action = d.Action
	}
	s := action
	if d.By != "" {
		s += "，" + d.By
	}
	if !d.At.IsZero() {
		s += "，" + d.At.Format("2006-01-02 15:04")
	}
	if d.Reason != "" {
		s += "：" + d.Reason
	}
	return s
}

// redactFindings copies a record's findings for a report: in a classified
// document, no context, and no match except the classification marks.
func redactFindings(rec *pipeline.Record) []scanner.Finding {
	out := make([]scanner.Finding, len(rec.Findings))
	for i, f := range rec.Findings {
		if rec.Classified {
			f.Context = ""
			if !showMatch(rec, f) {
				f.Match = ""
			}
		}
		out[i] = f
	}
	return out
}

// groupFindings groups findings by category in the fixed order, high first
// within each.
func groupFindings(rec *pipeline.Record) []groupView {
	var groups []groupView
	fs := redactFindings(rec)
	cats := categoriesWhere(fs, func(scanner.Severity) bool { return true })
	// Accepted findings still show, with their decision.
	for _, f := range fs {
		if !contains(cats, f.Category) {
			cats = append(cats, f.Category)
		}
	}
	for _, c := range cats {
		g := groupView{Category: categoryName(c)}
		for _, sev := range []scanner.Severity{scanner.High, scanner.Medium, scanner.Low, ""} {
			for i, f := range fs {
				if f.Category != c {
					continue
				}
				known := f.Severity == scanner.High || f.Severity == scanner.Medium || f.Severity == scanner.Low
				if (sev == "" && known) || (sev != "" && f.Severity != sev) {
					continue
				}
				v := findingView{ID: f.ID, Rule: f.Rule, Severity: severityName(f.Severity), SevClass: string(f.Severity),
					Where: where(f.Location), Basis: f.Basis, Decision: decisionText(f.Decision), Marking: f.Marking}
				if !known {
					v.SevClass = "low"
				}
				if rec.Classified && !showMatch(rec, rec.Findings[i]) {
					v.Hidden = true
				} else {
					v.Before, v.Match, v.After, v.ContextMissing = splitContext(f.Context, f.Match)
				}
				g.Findings = append(g.Findings, v)
			}
		}
		groups = append(groups, g)
	}
	return groups
}

// renderDocument renders a document's HTML report. names are the run
// folder's names of its reports (json, html, form[, incident]).
func renderDocument(rec *pipeline.Record, in formInput, names []string) ([]byte, error) {
	scanned := rec.ScannedAt
	if scanned.IsZero() {
		scanned = in.now
	}
	carrier := "非公文类"
	if rec.Official {
		carrier = "公文类"
	}
	if rec.Status == pipeline.StatusError {
		carrier = "未知（无法读取）"
	}
	high, medium, low := severityCounts(rec.Findings)
	v := documentView{
		CSS:            template.CSS(css),
		Title:          firstNonEmpty(oneLine(rec.Title), displayName(rec)),
		FileName:       displayName(rec),
		Path:           rec.Path,
		SHA256:         rec.SHA256,
		Size:           rec.Size,
		Format:         firstNonEmpty(rec.Format, "未知"),
		Status:         statusName(rec.Status),
		StatusOK:       complete(rec),
		Error:          rec.Error,
		Unread:         rec.Unread,
		Embedded:       rec.Embedded,
		Engines:        rec.Engines,
		Verdict:        verdictName(rec.Verdict),
		VerdictClass:   verdictClass(rec.Verdict),
		Classified:     rec.Classified,
		AlertHead:      alertHead,
		AlertBody:      alertBody,
		Marks:          marks(rec),
		DocNumber:      rec.DocNumber,
		Carrier:        carrier,
		Office:         firstNonEmpty(rec.Office, in.office),
		Groups:         groupFindings(rec),
		High:           high,
		Medium:         medium,
		Low:            low,
		ToolVersion:    firstNonEmpty(rec.ToolVersion, in.toolVersion, "未知"),
		LexiconVersion: firstNonEmpty(rec.LexiconVersion, in.lexiconVersion, "未知"),
		Scanned:        scanned.Format("2006-01-02 15:04:05"),
	}
	if !rec.Classified {
		v.Summary = rec.Summary
		v.Keywords = strings.Join(rec.Keywords, "、")
	}
	if len(names) > 0 {
		v.JSONLink = relLink(names[0])
	}
	if len(names) > 2 {
		v.FormLink = relLink(names[2])
	}
	if len(names) > 3 {
		v.IncidentLink = relLink(names[3])
	}
	var buf bytes.Buffer
	if err := documentTmpl.Execute(&buf, v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// The run index.

type indexRow struct {
	Class, Verdict, Status, Title, FileName, Path, Categories string
	StatusBad, Classified                                     bool
	Error                                                     string
	Findings                                                  int
	HTML, Form, Incident, JSON                                string
}

type countView struct {
	Name  string
	Count int
	Class string
}

type indexView struct {
	CSS                         template.CSS
	Run                         string
	Started, Finished           string
	AlertHead, AlertBody        string
	Classified                  []indexRow
	Verdicts                    []countView
	Categories                  []countView
	Problems                    int
	Rows                        []indexRow
	Skipped, Args, Inputs       []string
	ToolVersion, LexiconVersion string
	Total                       int
}

var indexTmpl = template.Must(template.New("index").Parse(`<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>密审 审查结果 {{.Run}}</title>
<style>{{.CSS}}</style></head>
<body>
{{if .Classified}}<div class="alert" role="alert"><p>{{.AlertHead}}（{{len .Classified}} 个文件）</p><p>{{.AlertBody}}</p>
<ul>{{range .Classified}}<li>{{.Path}}{{if .HTML}}（<a href="{{.HTML}}">审查报告</a>{{if .Incident}}，<a href="{{.Incident}}">泄密事件报告表（草稿）</a>{{end}}）{{end}}</li>{{end}}</ul></div>{{end}}
<h1>密审 审查结果（{{.Run}}）</h1>
<p>共 {{.Total}} 个文件；开始 {{.Started}}，结束 {{.Finished}}。{{if .Problems}}<span class="bad">其中 {{.Problems}} 个未能完整读取，须人工审查。</span>{{end}}</p>
<table class="counts"><tr>{{range .Verdicts}}<th>{{.Name}}</th>{{end}}</tr>
<tr>{{range .Verdicts}}<td class="{{.Class}}">{{.Count}}</td>{{end}}</tr></table>
{{if .Categories}}<h2>按类别（含该类中、高风险项的文件数）</h2>
<table class="counts"><tr>{{range .Categories}}<th>{{.Name}}</th>{{end}}</tr>
<tr>{{range .Categories}}<td>{{.Count}}</td>{{end}}</tr></table>{{end}}
<h2>文件</h2>
<table>
<tr><th>结论</th><th>文件 / 信息名称</th><th>读取</th><th>类别</th><th>风险项</th><th>报告</th></tr>
{{range .Rows}}<tr class="{{.Class}}">
<td>{{if .Classified}}<span class="bad">涉密标志！</span><br>{{end}}{{.Verdict}}</td>
<td>{{.FileName}}<br><span class="note">{{.Title}}</span></td>
<td>{{if .StatusBad}}<span class="bad">{{.Status}}</span>{{if .Error}}<br><span class="bad">{{.Error}}</span>{{end}}{{else}}{{.Status}}{{end}}</td>
<td>{{.Categories}}</td>
<td>{{.Findings}}</td>
<td class="links">{{if .HTML}}<a href="{{.HTML}}">报告</a>{{end}}{{if .Form}}<br><a href="{{.Form}}">审查表</a>{{end}}{{if .Incident}}<br><a href="{{.Incident}}" class="bad">泄密事件报告表</a>{{end}}{{if .JSON}}<br><a href="{{.JSON}}">JSON</a>{{end}}</td>
</tr>{{end}}
</table>
{{if .Skipped}}<h2>跳过的文件</h2><ul>{{range .Skipped}}<li>{{.}}</li>{{end}}</ul>{{end}}
<p class="note">本结果由密审(mishen)工具生成，仅供参考，须人工审核。工具版本 {{.ToolVersion}}；词库版本 {{.LexiconVersion}}。
{{if .Args}}命令：{{range .Args}}{{.}} {{end}}{{end}}</p>
</body></html>
`))

func formatTime(t time.Time) string {
	if t.IsZero() {
		return "—"
	}
	return t.Format("2006-01-02 15:04:05")
}
