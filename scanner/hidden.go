package scanner

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/bureau/mishen/extract"
	"github.com/bureau/mishen/lexicon"
)

// hiddenKinds are parts a reader of the published page would not see.
var hiddenKinds = map[string]string{
	extract.KindComment:     "批注",
	extract.KindDeleted:     "修订痕迹（已删除但仍保存在文件中的文字）",
	extract.KindMoved:       "修订痕迹（移动前的文字）",
	extract.KindHidden:      "隐藏文字",
	extract.KindHTMLComment: "网页源代码中的注释",
	extract.KindEmbedded:    "嵌入对象中的文字",
}

// personMetadata are the document properties people type in; software
// fields (Producer, Application, Template), dates and the title and author
// fields are not hidden content: every file has them and readers expect
// them.
var personMetadata = map[string]bool{
	"subject": true, "keywords": true, "description": true, "comments": true,
	"company": true, "manager": true, "category": true,
}

// hiddenRules are the rules hidden-content findings cite: lexicon rules in
// form so that findings carry an id, a category and a basis like any other.
var hiddenRules = map[string]*lexicon.Rule{}

func hiddenRule(kind string) *lexicon.Rule {
	if r, ok := hiddenRules[kind]; ok {
		return r
	}
	return nil
}

func init() {
	for kind, what := range hiddenKinds {
		hiddenRules[kind] = &lexicon.Rule{
			ID:       "hidden." + kind,
			Category: CatHiddenContent,
			Severity: string(fixedSeverity["hidden_content"]),
			Basis:    what + "：发布后读者看不到，但随文件一并公开，发布前须清理（批注、修订痕迹、隐藏文字等）",
		}
	}
	hiddenRules[extract.KindMetadata] = &lexicon.Rule{
		ID:       "hidden.metadata",
		Category: CatHiddenContent,
		Severity: string(fixedSeverity["hidden_content"]),
		Basis:    "文档属性（主题、关键词、备注、单位等）：发布后读者看不到，但随文件一并公开，发布前须清理",
	}
}

// isPersonMetadata: metadata a person wrote beyond title and author.
// Custom properties that producers write themselves (ICNAppName,
// SourceModified, KSOProductBuildVer…) are software fields too.
func isPersonMetadata(name string) bool {
	n := strings.ToLower(name)
	if i := strings.IndexByte(n, ':'); i >= 0 && !strings.HasPrefix(n, "custom:") {
		n = n[i+1:] // dc:subject, cp:keywords
	}
	if c, ok := strings.CutPrefix(n, "custom:"); ok {
		for _, sw := range softwareNameParts {
			if strings.Contains(c, sw) {
				return false
			}
		}
		return true
	}
	return personMetadata[n]
}

var softwareNameParts = []string{"app", "platform", "version", "modified", "created", "producer", "creator", "build", "icv", "kso", "generator", "tool"}

// softwareFields are the metadata a program writes.
var softwareFields = map[string]bool{"creator": true, "producer": true, "application": true, "appversion": true, "template": true, "generator": true}

// machineValueRe: dates, version numbers and ids, which no person typed.
var machineValueRe = regexp.MustCompile(`^(?:D:\d{8}.*|\d{4}-\d{2}-\d{2}(?:T.*)?|[\d.\-_ ]+|[0-9A-Fa-f\-_]{16,}|none|null|no title|untitled|无|无标题)$`)

// machineValue: a value nobody wrote by hand — a date, a version, an id,
// a placeholder, or a word the producing software also put in its own
// fields (keywords "ClibPDF" beside producer "ClibPDF Library 2.01").
func machineValue(v string, software []string) bool {
	v = strings.TrimSpace(v)
	if machineValueRe.MatchString(strings.ToLower(v)) {
		return true
	}
	for _, sw := range software {
		if sw != "" && strings.Contains(sw, v) {
			return true
		}
	}
	return false
}

// softwareValues are the values of the metadata fields a program wrote.
func softwareValues(parts []*partScan) []string {
	var out []string
	for _, ps := range parts {
		if ps.p.Kind != extract.KindMetadata {
			continue
		}
		n := strings.ToLower(ps.p.Name)
		if i := strings.IndexByte(n, ':'); i >= 0 && !strings.HasPrefix(n, "custom:") {
			n = n[i+1:]
		}
		if softwareFields[n] || strings.HasPrefix(n, "custom:") && !isPersonMetadata(ps.p.Name) {
			out = append(out, ps.p.Text)
		}
	}
	return out
}

// hiddenCandidates gives one finding per non-empty hidden part. Marks and
// terms inside the part are found by the ordinary rules as well.
//
// Two kinds of hidden part say nothing a reader does not already see: a
// property whose value stands in the body anyway (company = the bureau
// whose name heads the page, subject = the title), and an HTML comment
// without a Chinese character (CMS template markers: "begin nav").
func hiddenCandidates(pi int, ps *partScan, bodyView string, software []string) []*candidate {
	kind := ps.p.Kind
	if kind == extract.KindMetadata && (!isPersonMetadata(ps.p.Name) || ps.t.S == "" || strings.Contains(bodyView, ps.t.S) || machineValue(ps.p.Text, software)) {
		return nil
	}
	if kind == extract.KindHTMLComment && !strings.ContainsFunc(ps.p.Text, isHan) {
		return nil
	}
	// Nothing legible (a PDF's unmapped glyphs off the page read as U+FFFD).
	if !strings.ContainsFunc(ps.p.Text, func(r rune) bool { return r != unicode.ReplacementChar && (unicode.IsLetter(r) || unicode.IsDigit(r)) }) {
		return nil
	}
	r := hiddenRule(kind)
	if r == nil {
		return nil
	}
	orig := ps.orig
	start := 0
	for start < len(orig) && unicode.IsSpace(orig[start]) {
		start++
	}
	if start == len(orig) {
		return nil
	}
	excerpt := truncate(strings.Join(strings.Fields(string(orig[start:min(len(orig), start+40)])), " "), 30)
	vs := ps.t.ViewIndex(start)
	return []*candidate{{
		rule:     r,
		part:     pi,
		vs:       vs,
		ve:       runeFwd(ps.t.S, vs, 30),
		rs:       start,
		re:       min(len(orig), start+30),
		sev:      Severity(r.Severity),
		basis:    r.Basis,
		hiddenEx: excerpt,
	}}
}
