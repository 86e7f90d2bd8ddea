package scanner

import (
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"sort"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/bureau/mishen/extract"
	"github.com/bureau/mishen/identifiers"
	"github.com/bureau/mishen/lexicon"
	"github.com/bureau/mishen/segment"
	"github.com/bureau/mishen/textnorm"
)

// Options tune a Scanner.
type Options struct {
	// ShowIdentifiers leaves personal identifiers unmasked in Match and
	// Context (--show-identifiers).
	ShowIdentifiers bool
	// Now is the date保密期限 are measured against; zero means time.Now.
	Now time.Time
	// NoSegmentation skips gojieba: no coincidence check for short literals
	// and no keywords. For benchmarks and for comparing results; the
	// pipeline leaves it false.
	NoSegmentation bool
}

// Scanner applies one lexicon. It is immutable after New and safe for
// concurrent Scan calls.
type Scanner struct {
	rules    []*lexicon.Rule
	literals *literalMatcher
	// need[i]: rule i's pattern runs only where the literal pass saw a
	// literal of each of its need[i] required sets (prefilter.go); 0 means
	// it always runs.
	need []int
	seg  *segment.Segmenter
	opts Options
}

// New prepares a scanner for lex.
func New(lex *lexicon.Lexicon, opts Options) (*Scanner, error) {
	if lex == nil {
		return nil, errors.New("scanner: no lexicon")
	}
	s := &Scanner{rules: lex.Rules(), opts: opts}
	terms := make([][]string, len(s.rules))
	triggers := make([][][]string, len(s.rules))
	s.need = make([]int, len(s.rules))
	for i, r := range s.rules {
		terms[i] = r.Terms
		if r.Regexp != nil {
			triggers[i] = requiredSets(r.Pattern)
			s.need[i] = len(triggers[i])
		}
	}
	var err error
	if s.literals, err = newLiteralMatcher(terms, triggers); err != nil {
		return nil, err
	}
	if !opts.NoSegmentation {
		if s.seg, err = segment.Get(); err != nil {
			return nil, err
		}
	}
	return s, nil
}

func (s *Scanner) now() time.Time {
	if s.opts.Now.IsZero() {
		return time.Now()
	}
	return s.opts.Now
}

// candidate is a hit that survived matching, before the document-level
// facts (附注, 成文日期, classified) are known.
type candidate struct {
	rule     *lexicon.Rule
	part     int
	vs, ve   int // view byte span
	rs, re   int // original rune span
	sit      situation
	mask     string // identifier kind to mask, "" for none
	sev      Severity
	marking  bool
	basis    string
	hiddenEx string // for hidden-content findings: the excerpt
	// tail: the original rune span of the rest of a 身份证号 a table cell
	// wrapped onto a later line (see wrapped.go); tail[1] == 0 for none.
	tail [2]int
}

// partScan is one part's text and what was found in it.
type partScan struct {
	p    extract.Part
	t    *textnorm.Text
	orig []rune // original text, identifiers masked unless shown
	// masked is true once orig is a copy that masking may write to.
	masked bool
	// top: the part opens the document (its first body part, or page 1).
	top bool
	// lines indexes Orig's lines, built at the first hit.
	lines *lineIndex
	// wrapped: 身份证号 split over lines, by the first piece's view start.
	wrapped map[int]wrapTail
}

// topLines is how many non-empty lines at the top of a document count as
// the marking zone for a pattern mark (GB/T 9704: 份号, 密级, 紧急程度).
const topLines = 3

// Scan screens one document. It does not panic on odd input: every index
// it takes is bounded by the text it came from.
func (s *Scanner) Scan(doc *extract.Document) Result {
	res := Result{Findings: []Finding{}}
	if doc == nil {
		return res
	}
	parts := make([]*partScan, len(doc.Parts))
	var cands []*candidate
	firstBody := true
	for i, p := range doc.Parts {
		ps := &partScan{p: p, t: textnorm.New(p.Text)}
		if p.Kind == extract.KindBody && strings.TrimSpace(p.Text) != "" {
			ps.top = firstBody || p.Page == 1
			firstBody = false
		}
		ps.orig = ps.t.Orig
		parts[i] = ps
		cands = append(cands, s.scanPart(i, ps)...)
	}
	info := s.docInfo(parts)
	res.Title, res.DocNumber, res.Official = info.title, info.docNumber, info.official

	publicNote := false
	for _, c := range cands {
		if c.rule.PublicNote {
			publicNote = true
		}
	}
	// A text that announces itself to the public (现将…整改进展情况予以公布,
	// 特此公告) is published by design, like one with a 附注 (此件主动公开).
	if !publicNote && len(cands) > 0 {
		publicNote = announcesItself(bodyText(parts))
	}
	demoteListedLevels(parts, cands)
	// "不予公开" alone on a line in a document that also says 主动公开 is a
	// column of a catalogue or a form, not this document's attribute: a
	// reviewer looks (medium) rather than the tool withholding.
	for _, c := range cands {
		if c.rule.Position == lexicon.PosLine && c.rule.Category == CatOther && saysPublicToo(bodyText(parts)) {
			c.sit.lower = true
		}
	}
	kept := cands[:0]
	for _, c := range cands {
		c.sit.publicNote = publicNote
		c.sit.normative = info.normative
		sev, marking, keep := decide(c.rule, c.sit)
		if !keep {
			continue
		}
		c.sev, c.marking, c.basis = sev, marking, c.rule.Basis
		kept = append(kept, c)
	}
	cands = dedupe(kept)

	// Masking comes before any text is copied out.
	if !s.opts.ShowIdentifiers {
		for _, c := range cands {
			if c.mask == "" {
				continue
			}
			ps := parts[c.part]
			if !ps.masked {
				ps.orig = append([]rune(nil), ps.t.Orig...)
				ps.masked = true
			}
			if c.tail[1] > 0 {
				// The number's first 6 and last 4 stay, as for a whole one.
				maskRunes(ps.orig[c.rs:c.re], 6, 0)
				maskRunes(ps.orig[c.tail[0]:c.tail[1]], 0, 4)
				continue
			}
			masked := []rune(identifiers.Mask(c.mask, string(ps.orig[c.rs:c.re])))
			copy(ps.orig[c.rs:c.re], masked)
		}
	}

	for _, c := range cands {
		if c.rule.Category == CatStateSecret && c.marking {
			res.Classified = true
			c.basis += s.termNote(parts[c.part].t.S[c.vs:c.ve], info.signed)
		}
	}
	var bodyView strings.Builder
	for _, ps := range parts {
		if ps.p.Kind == extract.KindBody || ps.p.Kind == extract.KindTitle {
			bodyView.WriteString(ps.t.S)
		}
	}
	software := softwareValues(parts)
	for i, ps := range parts {
		cands = append(cands, hiddenCandidates(i, ps, bodyView.String(), software)...)
	}
	sort.SliceStable(cands, func(a, b int) bool {
		if cands[a].part != cands[b].part {
			return cands[a].part < cands[b].part
		}
		return cands[a].rs < cands[b].rs
	})
	seen := map[string]int{}
	for _, c := range cands {
		res.Findings = append(res.Findings, s.finding(c, parts[c.part], res.Classified, seen))
	}
	for _, name := range doc.Embedded {
		f := Finding{
			Rule:     "hidden.embedded_object",
			Category: CatHiddenContent,
			Severity: fixedSeverity["embedded_object"],
			Match:    truncate(name, 30),
			Location: Location{Part: extract.KindEmbedded, Name: name},
			Basis:    "嵌入对象（其他文件或OLE对象），须人工打开审查",
		}
		if res.Classified {
			f.Match = ""
		}
		f.ID = fingerprint(seen, f.Rule, name, "")
		res.Findings = append(res.Findings, f)
	}
	if res.Classified {
		// No text of a classified document leaves this function beyond the
		// marks themselves and the title, which the bureau's rules let the
		// alert and the incident report name it by (the reports' alert rests
		// on Classified); no summary, no keywords, no context.
		return res
	}
	res.Summary = summary(parts, info)
	if s.seg != nil {
		res.Keywords = s.keywords(parts)
	}
	return res
}

// saysPublicToo: the text says 主动公开 somewhere other than as an
// unticked form option.
func saysPublicToo(view string) bool {
	for from := 0; ; {
		i := strings.Index(view[from:], "主动公开")
		if i < 0 {
			return false
		}
		i += from
		if !strings.HasSuffix(view[:i], "☐") && !strings.HasSuffix(view[:i], "□") {
			return true
		}
		from = i + len("主动公开")
	}
}

// announcePhrases declare that the text itself is being published. "各位代表:"
// opens a 政府工作报告 delivered to the 人民代表大会, which is published in
// full: its talk of 机构改革方案 or 违纪问题 is policy, not internal matter.
var announcePhrases = []string{"予以公布", "现予公布", "予以公告", "现予公告", "特此公告", "予以公示", "现予公示", "特此公示", "各位代表:"}

// announcesItself reports whether the text declares itself published: one
// of announcePhrases not planned for later (拟予以公布, 将予以公示, 再予公布,
// 待…后予以公告 speak of a future act, which internal drafts propose).
func announcesItself(view string) bool {
	for _, ph := range announcePhrases {
		for from := 0; ; {
			i := strings.Index(view[from:], ph)
			if i < 0 {
				break
			}
			i += from
			r, _ := utf8.DecodeLastRuneInString(view[:i])
			if !strings.ContainsRune("拟将再待后", r) {
				return true
			}
			from = i + len(ph)
		}
	}
	return false
}

// bodyText is the view of the document's body parts, built on demand.
func bodyText(parts []*partScan) string {
	var b strings.Builder
	for _, ps := range parts {
		if ps.p.Kind == extract.KindBody {
			b.WriteString(ps.t.S)
		}
	}
	return b.String()
}

// demoteListedLevels: a document is marked with one level. Two or more
// different levels standing like marks without a star ("绝密\t30年",
// "机密\t20年" in a table of the levels and their terms) are a list of
// the levels — a 保密知识 text — so those hits become mentions. Star
// forms, 密级： fields and bracketed paragraph marks are never demoted.
func demoteListedLevels(parts []*partScan, cands []*candidate) {
	levels := map[string]bool{}
	var bare []*candidate
	for _, c := range cands {
		if c.rule.Category != CatStateSecret || !c.sit.inPosition {
			continue
		}
		v := parts[c.part].t.S[c.vs:c.ve]
		if strings.ContainsAny(v, "★☆*✩✭⭐([【〔") || strings.Contains(v, "密级") || strings.Contains(v, "保密期限") {
			continue
		}
		for _, lvl := range []string{"绝密", "机密", "秘密"} {
			if strings.HasPrefix(v, lvl) {
				levels[lvl] = true
				bare = append(bare, c)
			}
		}
	}
	if len(levels) >= 2 {
		for _, c := range bare {
			c.sit.inPosition = false
		}
	}
	demoteListedStarMarks(parts, cands)
}

// demoteListedStarMarks: star marks of different levels on neighbouring
// lines ("绝密★30年\n机密★20年\n秘密★10年") are a list of examples in a
// 保密知识 text. A document carries one level at its top; a 汇编 of
// marked documents has its marks pages apart, so only marks within two
// lines of a mark of another level are demoted.
func demoteListedStarMarks(parts []*partScan, cands []*candidate) {
	type starMark struct {
		c     *candidate
		line  int
		level string
	}
	var marks []starMark
	for _, c := range cands {
		if c.rule.Category != CatStateSecret || !c.sit.inPosition {
			continue
		}
		v := parts[c.part].t.S[c.vs:c.ve]
		if !strings.ContainsAny(v, "★☆*✩✭⭐") || strings.Contains(v, "密级") || strings.ContainsAny(v[:1], "([【〔") {
			continue
		}
		ps := parts[c.part]
		if ps.lines == nil {
			ps.lines = newLineIndex(ps.t.Orig)
		}
		for _, lvl := range []string{"绝密", "机密", "秘密"} {
			if strings.HasPrefix(v, lvl) {
				marks = append(marks, starMark{c, c.part<<20 + ps.lines.line(c.rs), lvl})
			}
		}
	}
	var demote []*candidate
	for i, a := range marks {
		for j, b := range marks {
			if i != j && a.level != b.level && a.line-b.line <= 2 && b.line-a.line <= 2 {
				demote = append(demote, a.c)
				break
			}
		}
	}
	for _, c := range demote {
		c.sit.inPosition = false
	}
}

// scanPart matches every rule in one part and judges each hit's position
// and context; severities wait for the document-level facts.
func (s *Scanner) scanPart(pi int, ps *partScan) []*candidate {
	view := ps.t.S
	if view == "" {
		return nil
	}
	var out []*candidate
	consider := func(ri int, vs, ve int, literal bool) {
		r := s.rules[ri]
		if c := s.judge(r, pi, ps, vs, ve, literal); c != nil {
			out = append(out, c)
		}
	}
	seen := make([]uint8, len(s.rules)) // bit k: a literal of set k was seen
	for _, h := range s.literals.find(view) {
		for _, o := range s.literals.owners[h.term] {
			if o.set >= 0 {
				seen[o.rule] |= 1 << o.set
			} else {
				consider(o.rule, h.start, h.end, true)
			}
		}
	}
	var runs [][2]int // digit runs, found once per part when a rule needs them
	runsDone := false
	for ri, r := range s.rules {
		if r.Regexp == nil || int(seen[ri]) != 1<<s.need[ri]-1 {
			continue
		}
		if need := minDigits[r.Validator]; need > 0 {
			// An identifier lies inside a run of digits: run the pattern
			// on each long run with a character either side, not on the
			// whole text (Go's regexp has no DFA; this is exact because
			// every match is such a run plus its boundary characters).
			if !runsDone {
				runs, runsDone = digitRuns(view), true
			}
			for _, run := range runs {
				if run[1]-run[0] < need {
					continue
				}
				ws, we := runeBack(view, run[0], 1), runeFwd(view, run[1], 1)
				s.runPattern(ri, view, ws, we, consider)
			}
			if r.Validator == "id_card" {
				if ps.wrapped == nil {
					ps.wrapped = wrappedIDs(ps.t)
				}
				starts := make([]int, 0, len(ps.wrapped))
				for vs := range ps.wrapped {
					starts = append(starts, vs)
				}
				sort.Ints(starts) // findings in text order, whatever the map's
				for _, vs := range starts {
					consider(ri, vs, ps.wrapped[vs].end, false)
				}
			}
			continue
		}
		s.runPattern(ri, view, 0, len(view), consider)
	}
	return out
}

// minDigits is the fewest digits an identifier of each validator has.
var minDigits = map[string]int{"id_card": 17, "bank_card": 16, "phone": 11}

// digitRuns finds runs of ASCII digits in which single spaces or hyphens
// may separate groups ("138 1234 5678", "6222-0212-…"), as byte ranges;
// run[1]-run[0] counts bytes, an upper bound on the digits that is close
// enough to skip short runs.
func digitRuns(view string) [][2]int {
	var out [][2]int
	isD := func(b byte) bool { return b >= '0' && b <= '9' }
	for i := 0; i < len(view); {
		if !isD(view[i]) {
			i++
			continue
		}
		j := i
		for j < len(view) && (isD(view[j]) || (view[j] == ' ' || view[j] == '-') && j+1 < len(view) && isD(view[j+1])) {
			j++
		}
		out = append(out, [2]int{i, j})
		i = j
	}
	return out
}

// runPattern applies rule ri's pattern to view[from:to] and hands every
// match, in view offsets, to consider.
func (s *Scanner) runPattern(ri int, view string, from, to int, consider func(int, int, int, bool)) {
	r := s.rules[ri]
	sub := view[:to]
	for pos := from; pos < len(sub); {
		loc := r.Regexp.FindStringSubmatchIndex(sub[pos:])
		if loc == nil {
			break
		}
		vs, ve := pos+loc[0], pos+loc[1]
		next := ve
		if g := r.Group; g > 0 && loc[2*g] >= 0 {
			vs, ve = pos+loc[2*g], pos+loc[2*g+1]
			// Resume after the named group, not after the boundary
			// character the pattern consumed, so that two numbers one
			// comma apart are both found.
			next = ve
		}
		if next <= pos {
			next = pos + 1
		}
		if ve > vs {
			consider(ri, vs, ve, false)
		}
		pos = next
	}
}

// judge turns one raw hit into a candidate, or nil when it is no finding.
func (s *Scanner) judge(r *lexicon.Rule, pi int, ps *partScan, vs, ve int, literal bool) *candidate {
	t := ps.t
	view := t.S
	if excluded(view, vs, ve, r.Exclude) {
		return nil
	}
	c := &candidate{rule: r, part: pi, vs: vs, ve: ve}
	c.rs, c.re = t.Span(vs, ve)
	// An unticked form option ("☐不予公开", "□内部") states nothing.
	if k := c.rs - 1; k >= 0 {
		for k > 0 && (t.Orig[k] == ' ' || t.Orig[k] == '\u3000') {
			k--
		}
		if t.Orig[k] == '☐' || t.Orig[k] == '□' {
			return nil
		}
	}
	if w, ok := ps.wrapped[vs]; ok && w.end == ve && r.Validator == "id_card" {
		// The first piece of a number a table cell wrapped; the pieces
		// together passed the full check.
		c.mask = r.Validator
		c.tail[0], c.tail[1] = t.Span(w.ts, w.te)
	} else if r.Validator != "" {
		switch identifiers.ByName[r.Validator](view[vs:ve]) {
		case identifiers.NotIt, identifiers.Masked:
			return nil
		case identifiers.Invalid:
			c.sit.invalid = true
		}
		c.mask = r.Validator
	} else if r.Category == CatPersonalPrivacy && countDigits(view[vs:ve]) >= 6 {
		c.mask = "other"
	}
	if ps.lines == nil {
		ps.lines = newLineIndex(t.Orig)
	}
	pos := locate(ps.p.Kind, t.Orig, ps.lines, c.rs, c.re)
	c.sit.quoted = pos.quoted
	switch r.Position {
	case lexicon.PosAny, lexicon.PosField:
		c.sit.inPosition = true
	case lexicon.PosMarking:
		if literal {
			// "内部资料 请勿翻印": what follows is more of the same marks.
			c.sit.inPosition = pos.marking && (pos.endsClean || pos.shortLine && onlyTerms(textnorm.Fold(string(pos.after)), r.Terms))
		} else {
			// A pattern mark (机密★5年) is distinctive enough to count
			// anywhere in the first lines of the document, or as the last
			// item of a line (right-aligned by a single space in PDFs).
			// The rest of a sentence straight after it ("机密★10年表示…",
			// "…的文件") makes it the subject of the sentence, not a mark;
			// other text glued to it (an HTML span, "关于…") does not.
			// A star or a closing bracket ends a mark by itself: what follows
			// is a term the pattern does not know or the marked paragraph.
			m := view[vs:ve]
			openEnd := !strings.HasSuffix(m, "★") && !strings.HasSuffix(m, "☆") && !strings.HasSuffix(m, "*") && !strings.ContainsAny(m[len(m)-1:], ")]") && !strings.HasSuffix(m, "】") && !strings.HasSuffix(m, "〕")
			c.sit.inPosition = !(pos.predicate && openEnd) && (pos.marking || pos.lastItem || ps.top && pos.lineIndex < topLines && !pos.embedded)
		}
	case lexicon.PosLine:
		c.sit.inPosition = pos.alone || pos.pageEdge
	case lexicon.PosHead:
		c.sit.inPosition = pos.marking || pos.endsShortLine
	}
	if !c.sit.inPosition && !c.sit.quoted && r.Position != lexicon.PosAny && r.Mention == lexicon.MentionNone {
		return nil // decided already: a mention this rule does not report
	}
	// A short literal whose ends fall inside words is a coincidence
	// (有机/密封 around 机密). A literal standing alone on its line is never
	// second-guessed, whatever the segmenter makes of it.
	if literal && s.seg != nil && !pos.alone && len([]rune(view[vs:ve])) <= 3 && s.straddles(view, vs, ve) {
		return nil
	}
	around := sentenceWindow(view, vs, ve, r.Context.Window)
	c.sit.raise = containsAny(around, r.Context.Raise)
	c.sit.lower = containsAny(around, r.Context.Lower)
	c.sit.requireMissing = len(r.Context.Require) > 0 && !containsAny(around, r.Context.Require)
	return c
}

// straddles reports whether [vs, ve) starts or ends inside a word of its
// neighbourhood as gojieba segments it.
func (s *Scanner) straddles(view string, vs, ve int) bool {
	ws, we := runeBack(view, vs, 8), runeFwd(view, ve, 8)
	b, ok := s.seg.Boundaries(view[ws:we])
	if !ok {
		return false
	}
	return !b[vs-ws] || !b[ve-ws]
}

// excluded reports whether one of the exclusion phrases occurs in the view
// overlapping [vs, ve).
func excluded(view string, vs, ve int, phrases []string) bool {
	for _, ph := range phrases {
		lo := max(0, vs-len(ph)+1)
		hi := min(len(view), ve+len(ph)-1)
		for from := lo; from < hi; {
			i := strings.Index(view[from:hi], ph)
			if i < 0 {
				break
			}
			a := from + i
			if a < ve && a+len(ph) > vs {
				return true
			}
			from = a + 1
		}
	}
	return false
}

// window is the view text up to n runes either side of [vs, ve), the hit
// included.
func window(view string, vs, ve, n int) string {
	return view[runeBack(view, vs, n):runeFwd(view, ve, n)]
}

// onlyTerms reports whether s (a view) is made of terms, punctuation and
// nothing else, e.g. the "请勿翻印" after "内部资料 " on a marking line.
func onlyTerms(s string, terms []string) bool {
	if s == "" {
		return false
	}
	for s != "" {
		r, size := utf8.DecodeRuneInString(s)
		if unicode.IsPunct(r) || unicode.IsSymbol(r) || unicode.IsSpace(r) {
			s = s[size:]
			continue
		}
		best := 0
		for _, t := range terms {
			if strings.HasPrefix(s, t) && len(t) > best {
				best = len(t)
			}
		}
		if best == 0 {
			return false
		}
		s = s[best:]
	}
	return true
}

// sentenceWindow is window cut at sentence ends (。！？；): context words
// speak about the hit only within its sentence ("联系人：张三，电话：…。
// 举报人李四…" — 举报人 belongs to the next number, not this one).
func sentenceWindow(view string, vs, ve, n int) string {
	ws, we := runeBack(view, vs, n), runeFwd(view, ve, n)
	if i := strings.LastIndexAny(view[ws:vs], sentenceEnds); i >= 0 {
		ws += i + 1
		for ws < vs && !isRuneStart(view[ws]) {
			ws++
		}
	}
	if i := strings.IndexAny(view[ve:we], sentenceEnds); i >= 0 {
		we = ve + i
	}
	return view[ws:we]
}

const sentenceEnds = "。！？;!?"

func runeBack(s string, i, n int) int {
	for ; n > 0 && i > 0; n-- {
		i--
		for i > 0 && !isRuneStart(s[i]) {
			i--
		}
	}
	return i
}

func runeFwd(s string, i, n int) int {
	for ; n > 0 && i < len(s); n-- {
		i++
		for i < len(s) && !isRuneStart(s[i]) {
			i++
		}
	}
	return i
}

func isRuneStart(b byte) bool { return b&0xC0 != 0x80 }

func containsAny(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func countDigits(s string) int {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			n++
		}
	}
	return n
}

var sevRank = map[Severity]int{High: 3, Medium: 2, Low: 1}

// dedupe keeps, among overlapping candidates of one part and category, the
// strongest: higher severity, then a marking, then the longer match, then
// the rule listed first. Sorted and swept, so thousands of hits stay cheap.
func dedupe(cs []*candidate) []*candidate {
	better := func(a, b *candidate) bool {
		if sevRank[a.sev] != sevRank[b.sev] {
			return sevRank[a.sev] > sevRank[b.sev]
		}
		if a.marking != b.marking {
			return a.marking
		}
		return a.re-a.rs > b.re-b.rs
	}
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i], cs[j]
		if a.part != b.part {
			return a.part < b.part
		}
		if a.rule.Category != b.rule.Category {
			return a.rule.Category < b.rule.Category
		}
		return a.rs < b.rs
	})
	out := make([]*candidate, 0, len(cs))
	// cur is the kept candidate of the current overlap cluster; end is the
	// cluster's furthest end, so a chain of overlaps stays one cluster.
	var cur *candidate
	end := 0
	for _, c := range cs {
		if cur != nil && c.part == cur.part && c.rule.Category == cur.rule.Category && c.rs < end {
			if better(c, cur) {
				out[len(out)-1] = c
				cur = c
			}
			end = max(end, c.re)
			continue
		}
		out = append(out, c)
		cur, end = c, c.re
	}
	return out
}

// finding builds the reported form of a candidate: masked match and
// context from the original text, location, stable id.
func (s *Scanner) finding(c *candidate, ps *partScan, classified bool, seen map[string]int) Finding {
	orig := ps.orig
	f := Finding{
		Rule:     c.rule.ID,
		Category: c.rule.Category,
		Severity: c.sev,
		Basis:    c.basis,
		Marking:  c.marking,
		Location: Location{Part: ps.p.Kind, Name: ps.p.Name, Page: ps.p.Page, Offset: c.rs},
	}
	if ps.lines == nil {
		ps.lines = newLineIndex(ps.t.Orig)
	}
	nl := ps.lines.line(c.rs)
	if ps.p.Line > 0 {
		f.Location.Line = ps.p.Line + nl
	} else {
		f.Location.Line = nl + 1
	}
	if c.hiddenEx != "" {
		f.Match = c.hiddenEx
		f.Context = oneLine(string(orig[c.rs:min(len(orig), c.rs+80)]))
	} else {
		f.Match = string(orig[c.rs:c.re])
		f.Context = oneLine(string(orig[max(0, c.rs-40):min(len(orig), c.re+40)]))
	}
	neighbourhood := window(ps.t.S, c.vs, c.ve, 20)
	f.ID = fingerprint(seen, f.Rule, ps.t.S[c.vs:c.ve], neighbourhood)
	if classified {
		f.Context = ""
		if !(f.Category == CatStateSecret) {
			// Only the marks themselves are recorded for a classified
			// document; anything else would copy its text.
			f.Match = ""
		}
	}
	return f
}

// fingerprint hashes rule, normalised match and neighbourhood; a repeat of
// the same text gets an occurrence index so that ids stay unique and still
// stable from one draft to the next.
func fingerprint(seen map[string]int, rule, match, neighbourhood string) string {
	sum := sha256.Sum256([]byte(rule + "\x00" + match + "\x00" + neighbourhood))
	id := hex.EncodeToString(sum[:8])
	n := seen[id]
	seen[id] = n + 1
	if n > 0 {
		sum = sha256.Sum256(fmt.Appendf(nil, "%s#%d", id, n))
		id = hex.EncodeToString(sum[:8])
	}
	return id
}

func oneLine(s string) string {
	return strings.NewReplacer("\r\n", "⏎", "\n", "⏎", "\r", "⏎").Replace(s)
}

func truncate(s string, n int) string {
	rs := []rune(strings.TrimSpace(s))
	if len(rs) > n {
		return string(rs[:n-1]) + "…"
	}
	return string(rs)
}

func isHan(r rune) bool { return unicode.Is(unicode.Han, r) }
