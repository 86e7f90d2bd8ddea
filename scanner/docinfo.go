package scanner

import (
	"regexp"
	"strings"
	"time"
	"unicode"

	"github.com/bureau/mishen/extract"
)

// docFacts are what the scanner derives about the document as a whole.
type docFacts struct {
	title, docNumber string
	official         bool
	normative        bool      // a law or regulation: articles 第…条 throughout
	signed           time.Time // 成文日期, zero when not found
	// titleLine and bodyStart locate the title and the first body line in
	// lines, for the summary.
	lines     []string
	titleLine int
}

var (
	// 发文字号 in the view: 机关代字 + 〔year〕 + serial + 号 (and the common
	// wrong brackets), or the older 字第N号.
	docNumberRe   = regexp.MustCompile(`\p{Han}{1,12}[〔\[【(](?:19|20)\d{2}[〕\]】)]第?\d{1,5}号|\p{Han}{1,12}字(?:[〔\[【(](?:19|20)\d{2}[〕\]】)])?第\d{1,5}号`)
	docNumberTail = regexp.MustCompile("(?:" + docNumberRe.String() + ")$")
	// 发文机关标志: "上海市浦东新区生态环境局文件".
	issuerRe   = regexp.MustCompile(`^\p{Han}{2,40}(?:文件|文件\s*)$`)
	dateRe     = regexp.MustCompile(`^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$`)
	cnDateRe   = regexp.MustCompile(`^([〇零○一二三四五六七八九]{4})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日$`)
	titleEnds  = regexp.MustCompile(`(?:通知|通报|报告|办法|意见|决定|公告|通告|请示|批复|复函|函|纪要|规定|方案|细则|规划|计划|总结|说明|公示|决定书|条例|规则|指南|要点|答复|汇报|记录|简报|预案|制度|标准|清单|名单|公报|年报|倡议书|议程|须知|告知书|记录表|情况)$`)
	trailNotes = regexp.MustCompile(`[（(][^（）()]{1,12}[）)]$`) // （征求意见稿）, （试行）
	articleRe  = regexp.MustCompile(`^第[一二三四五六七八九十百零〇\d]{1,5}条`)
	markLineRe = regexp.MustCompile(`^(?:\d{4,}|(?:绝密|机密|秘密)级?[★☆*＊]?.*|特急|加急|特提|平急|内部.{0,8}|签发人.*|[（(]此件.*)$`)
)

// findDocNumbers is docNumberRe.FindAllStringIndex(v, -1) made fast: a
// 发文字号 ends in a digit and 号, so the pattern runs only on the 80 bytes
// before each such 号 (Go's regexp would otherwise try \p{Han}{1,12} at
// every Chinese character of the text).
func findDocNumbers(v string) [][]int {
	var out [][]int
	last := 0
	for from := 0; ; {
		i := strings.Index(v[from:], "号")
		if i < 0 {
			return out
		}
		i += from
		from = i + len("号")
		if i == 0 || v[i-1] < '0' || v[i-1] > '9' {
			continue
		}
		ws := max(runeBack(v, i, 30), last)
		if loc := docNumberTail.FindStringIndex(v[ws:from]); loc != nil {
			out = append(out, []int{ws + loc[0], ws + loc[1]})
			last = from
		}
	}
}

// docInfo derives title, 发文字号, 公文类 and 成文日期 from the parts.
func (s *Scanner) docInfo(parts []*partScan) docFacts {
	var f docFacts
	var body []*partScan
	for _, ps := range parts {
		if ps.p.Kind == extract.KindBody {
			body = append(body, ps)
		}
	}
	for _, ps := range body {
		for _, l := range strings.Split(string(ps.t.Orig), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				f.lines = append(f.lines, l)
			}
		}
	}
	f.titleLine = -1

	// 发文字号: the first one standing on its own line (perhaps broken over
	// two, perhaps beside 签发人) near the top; a number cited in running
	// text ("根据《…》（沪环规〔2020〕5号）") is someone else's.
	for _, ps := range body {
		v := ps.t.S
		for _, loc := range findDocNumbers(v) {
			rs, re := ps.t.Span(loc[0], loc[1])
			orig := ps.t.Orig
			// The view joins lines, so the 机关代字 may have swallowed the end
			// of the line before: cut at the last line break before the bracket.
			span := orig[rs:re]
			br := indexAnyRune(span, "〔[【(（［")
			if br < 0 {
				br = indexAnyRune(span, "字")
			}
			cut := 0
			for i := 0; i < br; i++ {
				if span[i] == '\n' {
					cut = i + 1
				}
			}
			rs += cut
			ls := rs
			for ls > 0 && orig[ls-1] != '\n' {
				ls--
			}
			le := re
			for le < len(orig) && orig[le] != '\n' {
				le++
			}
			before := strings.TrimSpace(string(orig[ls:rs]))
			lineLen := len([]rune(strings.TrimSpace(string(orig[ls:le]))))
			if before != "" && !strings.HasPrefix(before, "签发人") && !strings.HasSuffix(before, "文号:") && !strings.HasSuffix(before, "文号：") && lineLen > 40 {
				continue
			}
			if strings.ContainsAny(before, "(（《") && !strings.ContainsAny(before, ")）》") {
				continue
			}
			f.docNumber = strings.Join(strings.Fields(string(orig[rs:re])), "")
			f.official = true
			break
		}
		if f.docNumber != "" {
			break
		}
	}
	limit := min(len(f.lines), 12)
	for _, l := range f.lines[:limit] {
		if issuerRe.MatchString(l) {
			f.official = true
		}
	}

	// Title: HTML <title>, else the document's metadata title when it
	// reads like one, else a heading-like line near the top of the body,
	// else the first plain line.
	for _, ps := range parts {
		if ps.p.Kind == extract.KindTitle {
			if t := firstLine(ps.p.Text); t != "" {
				f.title = t
				break
			}
		}
	}
	if f.title == "" {
		for _, ps := range parts {
			if ps.p.Kind == extract.KindMetadata && strings.EqualFold(strings.TrimPrefix(ps.p.Name, "dc:"), "title") {
				if t := firstLine(ps.p.Text); plausibleTitle(t) {
					f.title = t
					break
				}
			}
		}
	}
	bodyTitleText, bodyLine := bodyTitle(f.lines, f.docNumber)
	if f.title == "" {
		f.title = bodyTitleText
	}
	if bodyTitleText != "" {
		f.titleLine = bodyLine
	}
	if f.title == "" {
		for i, l := range f.lines[:min(len(f.lines), 10)] {
			if !markLineRe.MatchString(l) && len([]rune(l)) <= 60 {
				f.title, f.titleLine = l, i
				break
			}
		}
	}

	articles := 0
	for _, l := range f.lines {
		if articleRe.MatchString(l) {
			articles++
		}
	}
	f.normative = articles >= 5

	// 成文日期: the last line that is a date and nothing else.
	for i := len(f.lines) - 1; i >= 0; i-- {
		if d, ok := parseDateLine(f.lines[i]); ok {
			f.signed = d
			break
		}
	}
	return f
}

// plausibleTitle rejects what producers put in the title property on
// their own: "Microsoft Word - 文件1.docx", "Untitled", a file name, text
// without a Chinese character.
func plausibleTitle(t string) bool {
	if t == "" || !strings.ContainsFunc(t, isHan) || len([]rune(t)) > 80 {
		return false
	}
	l := strings.ToLower(t)
	for _, junk := range []string{"microsoft word", ".doc", ".pdf", ".wps", "untitled", "无标题", "新建"} {
		if strings.Contains(l, junk) {
			return false
		}
	}
	return true
}

// bodyTitle finds the heading among the first lines: one ending in a
// document-type word (通知, 办法, 报告…), perhaps broken over two lines.
func bodyTitle(lines []string, docNumber string) (string, int) {
	n := min(len(lines), 25)
	for i := 0; i < n; i++ {
		l := lines[i]
		if markLineRe.MatchString(l) || issuerRe.MatchString(l) || (docNumber != "" && strings.Join(strings.Fields(l), "") == docNumber) {
			continue
		}
		if len([]rune(l)) > 60 {
			continue
		}
		core := trailNotes.ReplaceAllString(l, "")
		if titleEnds.MatchString(core) && !strings.HasSuffix(core, "：") {
			// A title broken over two lines: the line before ends without
			// punctuation and is short.
			if i > 0 && strings.HasPrefix(lines[i-1], "关于") && !strings.ContainsAny(lines[i-1], "。：:，") && len([]rune(lines[i-1])) <= 40 && !markLineRe.MatchString(lines[i-1]) {
				return lines[i-1] + l, i
			}
			return l, i
		}
	}
	return "", -1
}

func parseDateLine(l string) (time.Time, bool) {
	l = strings.TrimSpace(l)
	if m := dateRe.FindStringSubmatch(l); m != nil {
		return mkDate(atoi(m[1]), atoi(m[2]), atoi(m[3]))
	}
	if m := cnDateRe.FindStringSubmatch(l); m != nil {
		y := 0
		for _, r := range m[1] {
			y = y*10 + cnDigit(r)
		}
		return mkDate(y, cnNumber(m[2]), cnNumber(m[3]))
	}
	return time.Time{}, false
}

func mkDate(y, m, d int) (time.Time, bool) {
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.Local)
	if y < 1949 || y > 2200 || t.Month() != time.Month(m) || t.Day() != d {
		return time.Time{}, false
	}
	return t, true
}

func cnDigit(r rune) int {
	switch r {
	case '〇', '零', '○':
		return 0
	}
	return strings.IndexRune("一二三四五六七八九", r)/3 + 1
}

// cnNumber reads 一 … 九十九 (months and days).
func cnNumber(s string) int {
	rs := []rune(s)
	switch {
	case len(rs) == 1 && rs[0] == '十':
		return 10
	case len(rs) == 1:
		return cnDigit(rs[0])
	case len(rs) == 2 && rs[0] == '十':
		return 10 + cnDigit(rs[1])
	case len(rs) == 2 && rs[1] == '十':
		return cnDigit(rs[0]) * 10
	case len(rs) == 3 && rs[1] == '十':
		return cnDigit(rs[0])*10 + cnDigit(rs[2])
	}
	return 0
}

func atoi(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

func firstLine(s string) string {
	for _, l := range strings.Split(s, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

func indexAnyRune(rs []rune, set string) int {
	for i, r := range rs {
		if strings.ContainsRune(set, r) {
			return i
		}
	}
	return -1
}

var (
	termYearRe  = regexp.MustCompile(`(?:★|\*|☆|^|[^\d])(\d{1,2})年$`)
	termMonthRe = regexp.MustCompile(`(\d{1,2})个月$`)
	termCNYear  = regexp.MustCompile(`([一二三四五六七八九十]{1,3})年$`)
	termDateRe  = regexp.MustCompile(`(\d{4})年(\d{1,2})月(?:(\d{1,2})日)?$`)
)

// termNote says, for a state-secret mark whose term and the document's
// 成文日期 are known, when the term ends and whether it has: an expired
// mark stays high, but the reviewer's next step is 解密手续, not refusal.
func (s *Scanner) termNote(view string, signed time.Time) string {
	view = strings.TrimSuffix(view, "级")
	var until time.Time
	switch {
	case termDateRe.MatchString(view):
		m := termDateRe.FindStringSubmatch(view)
		d := 1
		if m[3] != "" {
			d = atoi(m[3])
		}
		t, ok := mkDate(atoi(m[1]), atoi(m[2]), d)
		if !ok {
			return ""
		}
		until = t
	case signed.IsZero():
		return ""
	case termMonthRe.MatchString(view):
		until = signed.AddDate(0, atoi(termMonthRe.FindStringSubmatch(view)[1]), 0)
	case termYearRe.MatchString(view):
		until = signed.AddDate(atoi(termYearRe.FindStringSubmatch(view)[1]), 0, 0)
	case termCNYear.MatchString(view):
		until = signed.AddDate(cnNumber(termCNYear.FindStringSubmatch(view)[1]), 0, 0)
	case strings.HasSuffix(view, "★") || strings.HasSuffix(view, "☆") || strings.HasSuffix(view, "*"):
		// A bare mark means the level's longest term (保守国家秘密法第二十条).
		years := map[string]int{"绝密": 30, "机密": 20, "秘密": 10}
		for lvl, y := range years {
			if strings.Contains(view, lvl) {
				until = signed.AddDate(y, 0, 0)
			}
		}
	default:
		return "" // 长期, 启用前, 解密条件: no date to compute
	}
	if until.IsZero() {
		return ""
	}
	date := func(t time.Time) string { return t.Format("2006年1月2日") }
	if s.now().After(until) {
		if signed.IsZero() {
			return "；保密期限至" + date(until) + "已届满：已过保密期限，公开前须办理解密手续"
		}
		return "；按成文日期" + date(signed) + "计，保密期限至" + date(until) + "已届满：已过保密期限，公开前须办理解密手续"
	}
	if signed.IsZero() {
		return "；保密期限至" + date(until)
	}
	return "；按成文日期" + date(signed) + "计，保密期限至" + date(until) + "，尚在保密期限内"
}

// summary is up to 200 characters of the body after the title: the first
// sentences, lines joined (PDF producers break them anywhere).
func summary(parts []*partScan, f docFacts) string {
	// The same lines as docInfo saw, but from the masked text: identifiers
	// stay masked in the summary too (masking keeps every line's length).
	var lines []string
	for _, ps := range parts {
		if ps.p.Kind != extract.KindBody {
			continue
		}
		for _, l := range strings.Split(string(ps.orig), "\n") {
			if l = strings.TrimSpace(l); l != "" {
				lines = append(lines, l)
			}
		}
	}
	start := f.titleLine + 1
	var b strings.Builder
	for i := max(start, 0); i < len(lines); i++ {
		l := lines[i]
		if _, isDate := parseDateLine(l); isDate {
			break // the 成文日期: the body has ended
		}
		if markLineRe.MatchString(l) || issuerRe.MatchString(l) {
			continue
		}
		if f.docNumber != "" && strings.Contains(strings.Join(strings.Fields(l), ""), f.docNumber) {
			continue
		}
		// The 主送机关 line ("各有关单位：") addresses, it does not say.
		if (strings.HasSuffix(l, "：") || strings.HasSuffix(l, ":")) && len([]rune(l)) <= 40 {
			continue
		}
		if i == start && f.titleLine < 0 && len([]rune(l)) <= 60 && titleEnds.MatchString(l) {
			continue
		}
		b.WriteString(l)
		if len([]rune(b.String())) >= 200 {
			break
		}
	}
	text := []rune(b.String())
	if len(text) <= 200 {
		return string(text)
	}
	text = text[:200]
	// End at the last full sentence when there is one in the second half.
	for i := len(text) - 1; i >= 100; i-- {
		if text[i] == '。' || text[i] == '！' || text[i] == '？' || text[i] == '；' {
			return string(text[:i+1])
		}
	}
	return string(text)
}

// keywords are gojieba's TF-IDF keywords of the body, words of two or more
// characters that are not numbers.
func (s *Scanner) keywords(parts []*partScan) []string {
	var b strings.Builder
	for _, ps := range parts {
		if ps.p.Kind == extract.KindBody || ps.p.Kind == extract.KindTitle {
			// The masked text: valid UTF-8 (cppjieba rejects anything else)
			// and no identifier becomes a keyword.
			b.WriteString(string(ps.orig))
			b.WriteByte('\n')
			if b.Len() > 200_000 {
				break
			}
		}
	}
	if strings.TrimSpace(b.String()) == "" {
		return nil
	}
	var out []string
	for _, w := range s.seg.Keywords(b.String(), 16) {
		rs := []rune(w)
		if len(rs) < 2 || strings.IndexFunc(w, func(r rune) bool { return !unicode.IsDigit(r) && r != '.' }) < 0 {
			continue
		}
		out = append(out, w)
		if len(out) == 8 {
			break
		}
	}
	return out
}
