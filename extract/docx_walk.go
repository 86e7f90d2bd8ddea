package extract

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"hash"
	"hash/fnv"
	"io"
	"strings"
	"unicode"
)

// errDocxTextFull stops a walk when MaxTextBytes is reached.
var errDocxTextFull = errors.New("extracted text limit reached")

// docxMaxNesting bounds XML element nesting. Word nests a few dozen deep
// (tables in tables in text boxes); encoding/xml keeps a stack entry per
// open element with no limit of its own, so a part of millions of nested
// tags would otherwise cost gigabytes before the size limit could help.
const docxMaxNesting = 2000

// docxMaxAltCapture bounds how many nested mc:AlternateContent keep a
// hash of their chosen text.
const docxMaxAltCapture = 16

// docxMaxFields bounds the open-field stack for the same reason.
const docxMaxFields = 256

// XML namespaces. Transitional and strict OOXML use different URIs for
// the same vocabulary; a producer may bind any prefix to them.
const (
	nsW          = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsWStrict    = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC         = "http://schemas.openxmlformats.org/markup-compatibility/2006"
	nsMath       = "http://schemas.openxmlformats.org/officeDocument/2006/math"
	nsMathStrict = "http://purl.oclc.org/ooxml/officeDocument/math"
	nsVML        = "urn:schemas-microsoft-com:vml"
)

// docxEl names the elements the walker acts on.
type docxEl uint8

const (
	elOther docxEl = iota
	elP
	elR
	elT
	elDelText
	elInstrText
	elTab
	elBr
	elSym
	elNoBreakHyphen
	elRPr
	elPPr
	elVanish
	elRStyle
	elPStyle
	elPropChange
	elDel
	elMoveFrom
	elTr
	elTc
	elTxbxContent
	elFldChar
	elFldSimple
	elFfDefault
	elTextInput
	elDDList
	elListEntry
	elFfResult
	elCheckBox
	elChecked
	elFfHelp
	elCommentAnchor
	elComment
	elNote
	elAltContent
	elChoice
	elFallback
	elMathT
	elTextPath
)

var docxWElements = map[string]docxEl{
	"p": elP, "r": elR, "t": elT, "delText": elDelText, "instrText": elInstrText,
	"tab": elTab, "ptab": elTab, "br": elBr, "cr": elBr, "sym": elSym, "noBreakHyphen": elNoBreakHyphen,
	"rPr": elRPr, "pPr": elPPr, "vanish": elVanish, "rStyle": elRStyle, "pStyle": elPStyle,
	"rPrChange": elPropChange, "pPrChange": elPropChange, "sectPrChange": elPropChange,
	"tblPrChange": elPropChange, "trPrChange": elPropChange, "tcPrChange": elPropChange,
	"tblGridChange": elPropChange, "numberingChange": elPropChange, "tblPrExChange": elPropChange,
	"del": elDel, "moveFrom": elMoveFrom, "tr": elTr, "tc": elTc, "txbxContent": elTxbxContent,
	"fldChar": elFldChar, "fldSimple": elFldSimple, "default": elFfDefault, "textInput": elTextInput,
	"ddList": elDDList, "listEntry": elListEntry, "result": elFfResult, "checkBox": elCheckBox, "checked": elChecked,
	"helpText": elFfHelp, "statusText": elFfHelp,
	"commentRangeStart": elCommentAnchor, "commentReference": elCommentAnchor,
	"comment": elComment, "footnote": elNote, "endnote": elNote,
}

func classifyDocxEl(n xml.Name) docxEl {
	switch n.Space {
	case nsW, nsWStrict:
		return docxWElements[n.Local]
	case nsMath, nsMathStrict:
		if n.Local == "t" {
			return elMathT
		}
	case nsMC:
		switch n.Local {
		case "AlternateContent":
			return elAltContent
		case "Choice":
			return elChoice
		case "Fallback":
			return elFallback
		}
	case nsVML:
		if n.Local == "textpath" {
			return elTextPath
		}
	}
	return elOther
}

// Box kinds: the containers text is collected in.
const (
	boxRoot = iota
	boxPara
	boxRow
	boxCell
	boxTextbox
)

// docxBox collects the text of one container. A line of a stream is a
// paragraph outside tables, or a whole table row (cells joined by a tab, the
// paragraphs of a cell by a space), so a label and its value in one row
// ("密级\t机密", "开户行\t…") read as one line.
type docxBox struct {
	typ    int
	buf    strings.Builder
	nl     int      // newlines (soft line breaks) in buf
	cells  []string // row
	lines  []string // textbox
	style  string   // paragraph style id
	anchor int      // textbox: the stream line it is anchored in
	// root only
	emitted int // lines emitted
	text    strings.Builder
}

// docxRun is the formatting that decides whether a run is hidden.
type docxRun struct {
	vanish int8 // -1 unset, 0 shown, 1 hidden
	style  string
}

// docxFrame is one open element.
type docxFrame struct {
	el       docxEl
	runProps bool // an rPr that belongs to a run (not a paragraph mark or style)
	box      bool // the element opened a box
}

// docxField is one open complex field (fldChar begin … separate … end).
type docxField struct {
	instr strings.Builder
	// result hashes the shown text (white space removed), to compare with
	// a form field's default in constant memory.
	result   hash.Hash64
	def      string
	inResult bool
	line     int
	// Legacy form fields whose shown value is not stored as text: a
	// drop-down (FORMDROPDOWN: "（征求意见稿）" chosen from a list) shows
	// entries[selected], a check box shows its state.
	form     docxEl // elDDList, elCheckBox or elOther
	entries  []string
	selected int // -1 unset
	defSel   int
	checked  int8 // -1 unset
	defCheck int8
	shown    bool
}

// docxAlt is one open mc:AlternateContent.
type docxAlt struct {
	choiceDone bool
	capturing  bool
	// choice is a hash of the chosen branch's text without white space:
	// enough to tell whether the fallback says something else, in constant
	// memory however large the branch.
	choice hash.Hash64
}

// docxPiece is a contiguous stretch of text of one kind a reader does not
// see (deleted, moved, hidden), anchored at the stream line it sits in.
type docxPiece struct {
	kind       string
	line, last int
	buf        []byte
}

// docxWalker reads one WordprocessingML part in a single token pass.
type docxWalker struct {
	p     *docxPackage
	kind  string // stream kind: body, header, footer, footnote, endnote, comment
	entry string

	frames []docxFrame
	boxes  []*docxBox
	runs   []*docxRun
	fields []*docxField
	alts   []*docxAlt

	del, moveFrom int
	piece         *docxPiece

	commentAuthor, commentID string
	inComment                bool
	err                      error
}

func newDocxWalker(p *docxPackage, kind, entry string) *docxWalker {
	return &docxWalker{p: p, kind: kind, entry: entry, boxes: []*docxBox{{typ: boxRoot}}}
}

func (w *docxWalker) walk(d *xml.Decoder) error {
	for n := 0; ; n++ {
		if n&4095 == 0 {
			if err := w.p.ctx.Err(); err != nil {
				return err
			}
		}
		if w.err != nil {
			return w.err
		}
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := w.start(d, t); err != nil {
				return err
			}
		case xml.EndElement:
			w.end()
		case xml.CharData:
			w.chardata(t)
		}
	}
}

func (w *docxWalker) parent() docxEl {
	if len(w.frames) == 0 {
		return elOther
	}
	return w.frames[len(w.frames)-1].el
}

func (w *docxWalker) grandparent() docxEl {
	if len(w.frames) < 2 {
		return elOther
	}
	return w.frames[len(w.frames)-2].el
}

func (w *docxWalker) start(d *xml.Decoder, se xml.StartElement) error {
	if len(w.frames) >= docxMaxNesting {
		return &docxLimitError{fmt.Sprintf("XML 嵌套超过 %d 层（文件异常），未读完", docxMaxNesting)}
	}
	el := classifyDocxEl(se.Name)
	f := docxFrame{el: el}
	switch el {
	case elP:
		w.pushBox(&docxBox{typ: boxPara})
		f.box = true
	case elTr:
		w.pushBox(&docxBox{typ: boxRow})
		f.box = true
	case elTc:
		w.pushBox(&docxBox{typ: boxCell})
		f.box = true
	case elTxbxContent:
		w.pushBox(&docxBox{typ: boxTextbox, anchor: w.anchorLine()})
		f.box = true
	case elR:
		w.runs = append(w.runs, &docxRun{vanish: -1})
	case elRPr:
		f.runProps = w.parent() == elR
	case elVanish:
		if len(w.frames) > 0 && w.frames[len(w.frames)-1].runProps && len(w.runs) > 0 {
			w.runs[len(w.runs)-1].vanish = onOff(wAttr(se, "val"))
		}
	case elRStyle:
		if len(w.frames) > 0 && w.frames[len(w.frames)-1].runProps && len(w.runs) > 0 {
			w.runs[len(w.runs)-1].style = wAttr(se, "val")
		}
	case elPStyle:
		if w.parent() == elPPr && w.grandparent() == elP {
			if b := w.para(); b != nil {
				b.style = wAttr(se, "val")
			}
		}
	case elPropChange:
		// The formatting before a tracked change: no text, and its vanish
		// or style must not be taken for the run's current formatting.
		return w.skip(d)
	case elDel:
		w.del++
	case elMoveFrom:
		w.moveFrom++
	case elTab:
		if w.parent() == elR {
			w.text("\t", false)
		}
	case elBr:
		if w.parent() == elR {
			w.lineBreak()
		}
	case elNoBreakHyphen:
		if w.parent() == elR {
			w.text("-", false)
		}
	case elSym:
		if w.parent() == elR {
			w.text(docxSymbol(wAttr(se, "font"), wAttr(se, "char")), false)
		}
	case elFldChar:
		w.fldChar(wAttr(se, "fldCharType"))
	case elFldSimple:
		w.fieldInstr(wAttr(se, "instr"), w.anchorLine())
	case elFfDefault, elFfResult, elListEntry, elChecked:
		if len(w.fields) > 0 {
			w.formData(w.fields[len(w.fields)-1], el, wAttr(se, "val"))
		}
	case elDDList, elCheckBox:
		if len(w.fields) > 0 {
			f := w.fields[len(w.fields)-1]
			f.form = el
		}
	case elFfHelp:
		if v := strings.TrimSpace(wAttr(se, "val")); v != "" && len(w.fields) > 0 {
			w.addPart(Part{Kind: KindField, Name: w.fieldName(se.Name.Local), Line: w.anchorLine(), Text: v})
		}
	case elCommentAnchor:
		if w.kind == KindBody {
			if id := wAttr(se, "id"); id != "" {
				if _, ok := w.p.commentAnchors[id]; !ok {
					w.p.commentAnchors[id] = w.anchorLine()
				}
			}
		}
	case elComment:
		if w.kind == KindComment {
			w.flushComment()
			w.inComment = true
			w.commentAuthor, w.commentID = wAttr(se, "author"), wAttr(se, "id")
			w.boxes = []*docxBox{{typ: boxRoot}}
		}
	case elNote:
		switch wAttr(se, "type") {
		case "separator", "continuationSeparator", "continuationNotice":
			return w.skip(d) // the rule line Word draws above notes: no text
		}
	case elAltContent:
		w.alts = append(w.alts, &docxAlt{})
	case elChoice:
		if len(w.alts) > 0 {
			a := w.alts[len(w.alts)-1]
			if a.choiceDone {
				return w.skip(d) // Word renders the first choice only
			}
			// Hostile nesting: only the outer docxMaxAltCapture levels keep
			// a hash (bounded work per character); deeper fallbacks are
			// then compared with nothing and reported, which is safe.
			a.choiceDone = true
			if len(w.alts) <= docxMaxAltCapture {
				a.capturing, a.choice = true, fnv.New64a()
			}
		}
	case elFallback:
		if len(w.alts) > 0 && w.alts[len(w.alts)-1].choiceDone {
			return w.fallback(d, w.alts[len(w.alts)-1])
		}
	case elTextPath:
		// WordArt and watermarks ("机密", "内部" across the page) keep
		// their text in an attribute.
		if s := strings.TrimSpace(attr(se, "string")); s != "" {
			w.boxPart(s, w.anchorLine())
		}
	}
	w.frames = append(w.frames, f)
	return nil
}

func (w *docxWalker) end() {
	if len(w.frames) == 0 {
		return
	}
	f := w.frames[len(w.frames)-1]
	w.frames = w.frames[:len(w.frames)-1]
	if f.box {
		w.popBox()
	}
	switch f.el {
	case elR:
		if len(w.runs) > 0 {
			w.runs = w.runs[:len(w.runs)-1]
		}
	case elDel:
		w.del--
	case elMoveFrom:
		w.moveFrom--
	case elChoice:
		if len(w.alts) > 0 {
			w.alts[len(w.alts)-1].capturing = false
		}
	case elAltContent:
		if len(w.alts) > 0 {
			w.alts = w.alts[:len(w.alts)-1]
		}
	case elComment:
		if w.kind == KindComment {
			w.flushComment()
		}
	}
}

func (w *docxWalker) chardata(c xml.CharData) {
	switch w.parent() {
	case elT, elMathT:
		w.text(string(c), false)
	case elDelText:
		w.text(string(c), true)
	case elInstrText:
		if len(w.fields) > 0 {
			w.fields[len(w.fields)-1].instr.Write(c)
		} else {
			w.fieldInstr(string(c), w.anchorLine())
		}
	}
}

// skip consumes the element just started, with the nesting bound.
func (w *docxWalker) skip(d *xml.Decoder) error {
	for depth := 1; depth > 0; {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
			if len(w.frames)+depth > docxMaxNesting {
				return &docxLimitError{fmt.Sprintf("XML 嵌套超过 %d 层（文件异常），未读完", docxMaxNesting)}
			}
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// fallback reads an mc:Fallback whose mc:Choice was already read. Word
// writes the same text twice (DrawingML and VML); text found only in the
// fallback is invisible in Word yet travels with the file, so it is
// reported as hidden.
func (w *docxWalker) fallback(d *xml.Decoder, a *docxAlt) error {
	var sb strings.Builder
	var stack []docxEl
	for depth := 1; depth > 0; {
		tok, err := d.Token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			if len(w.frames)+depth > docxMaxNesting {
				return &docxLimitError{fmt.Sprintf("XML 嵌套超过 %d 层（文件异常），未读完", docxMaxNesting)}
			}
			el := classifyDocxEl(t.Name)
			stack = append(stack, el)
			if el == elTextPath {
				sb.WriteString(attr(t, "string"))
			}
		case xml.EndElement:
			depth--
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			if len(stack) > 0 {
				switch stack[len(stack)-1] {
				case elT, elDelText, elMathT:
					if int64(sb.Len()) < w.p.lim.MaxTextBytes {
						sb.Write(t)
					}
				}
			}
		}
	}
	fb := stripSpace(sb.String())
	var choice uint64
	if a.choice != nil {
		choice = a.choice.Sum64()
	}
	h := fnv.New64a()
	h.Write([]byte(fb))
	if fb != "" && h.Sum64() != choice {
		w.closePiece()
		w.special(KindHidden, strings.TrimSpace(sb.String()))
		w.closePiece()
	}
	return nil
}

func stripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// --- boxes and lines ---

func (w *docxWalker) pushBox(b *docxBox) { w.boxes = append(w.boxes, b) }

func (w *docxWalker) top() *docxBox { return w.boxes[len(w.boxes)-1] }

func (w *docxWalker) root() *docxBox { return w.boxes[0] }

// para returns the innermost open paragraph, or nil.
func (w *docxWalker) para() *docxBox {
	for i := len(w.boxes) - 1; i > 0; i-- {
		switch w.boxes[i].typ {
		case boxPara:
			return w.boxes[i]
		case boxTextbox:
			return nil
		}
	}
	return nil
}

// anchorLine is the stream line being read: where a deleted word, a comment
// or a text box sits, for the reviewer to find.
func (w *docxWalker) anchorLine() int {
	r := w.root()
	line := r.emitted + 1
	if len(w.boxes) > 1 && w.boxes[1].typ == boxPara {
		line += w.boxes[1].nl
	}
	return line
}

func (w *docxWalker) popBox() {
	if len(w.boxes) <= 1 {
		return
	}
	b := w.top()
	w.boxes = w.boxes[:len(w.boxes)-1]
	// A hidden or deleted piece that runs on past the end of a cell or of
	// a paragraph that does not end a line keeps the boundary, so words
	// from two cells do not read as one.
	if pc := w.piece; pc != nil && len(pc.buf) > 0 {
		switch {
		case b.typ == boxCell:
			pc.buf = append(bytes.TrimRight(pc.buf, " "), '\t')
		case b.typ == boxPara && w.top().typ != boxRoot:
			pc.buf = append(pc.buf, ' ')
		}
	}
	switch b.typ {
	case boxPara:
		w.deliver(b.buf.String())
	case boxCell:
		if t := w.top(); t.typ == boxRow {
			t.cells = append(t.cells, b.buf.String())
		} else {
			w.deliver(b.buf.String())
		}
	case boxRow:
		s := strings.TrimRight(strings.Join(b.cells, "\t"), "\t")
		if b.buf.Len() > 0 {
			s = joinSpace(s, b.buf.String())
		}
		w.deliver(s)
	case boxTextbox:
		lines := b.lines
		if b.buf.Len() > 0 {
			lines = append(lines, b.buf.String())
		}
		text := strings.Trim(strings.Join(lines, "\n"), "\n")
		if w.kind == KindComment {
			// A text box inside a comment is part of the comment.
			for _, l := range lines {
				w.deliver(l)
			}
			return
		}
		if strings.TrimSpace(text) != "" {
			w.boxPart(text, b.anchor)
		}
	}
}

// boxPart records a text box or WordArt. In the body it is its own kind; in
// a header or footer it is part of that header (a watermark or a mark in a
// text box is still on every page).
func (w *docxWalker) boxPart(text string, line int) {
	if w.kind == KindComment {
		w.deliver(text)
		return
	}
	kind, name := KindTextBox, ""
	if w.kind != KindBody {
		kind, name = w.kind, w.entry
	}
	w.addPart(Part{Kind: kind, Name: name, Line: line, Text: text})
}

func joinSpace(a, b string) string {
	if a == "" {
		return b
	}
	if b == "" {
		return a
	}
	return a + " " + b
}

// deliver hands a finished paragraph or row to the container around it.
func (w *docxWalker) deliver(s string) {
	t := w.top()
	switch t.typ {
	case boxRoot:
		line := t.buf.String() + s
		t.buf.Reset()
		if t.emitted > 0 {
			t.text.WriteByte('\n')
		}
		t.text.WriteString(line)
		t.emitted += 1 + strings.Count(line, "\n")
	case boxTextbox:
		t.lines = append(t.lines, t.buf.String()+s)
		t.buf.Reset()
	default:
		if t.buf.Len() > 0 && s != "" {
			t.buf.WriteByte(' ')
		}
		t.buf.WriteString(s)
	}
}

// --- text ---

// hidden reports whether the current run is hidden: the run's own vanish,
// else its character style, else its paragraph's style, else the defaults.
func (w *docxWalker) hidden() bool {
	var run *docxRun
	if len(w.runs) > 0 {
		run = w.runs[len(w.runs)-1]
	}
	if run != nil && run.vanish >= 0 {
		return run.vanish == 1
	}
	if run != nil && run.style != "" {
		if v, ok := w.p.styles.hidden(run.style); ok {
			return v
		}
	}
	pstyle := w.p.styles.defaultPara
	if b := w.para(); b != nil && b.style != "" {
		pstyle = b.style
	}
	if v, ok := w.p.styles.hidden(pstyle); ok {
		return v
	}
	return w.p.styles.defaultHidden
}

// kindOf says where text of the current run goes ("" = visible).
func (w *docxWalker) kindOf(delText bool) string {
	switch {
	case w.kind == KindComment:
		return "" // everything in a comment is the comment
	case w.moveFrom > 0:
		return KindMoved
	case w.del > 0 || delText:
		return KindDeleted
	case w.hidden():
		return KindHidden
	}
	return ""
}

func (w *docxWalker) budget(n int) bool {
	if !w.p.addText(n) {
		w.err = errDocxTextFull
		return false
	}
	return true
}

func (w *docxWalker) text(s string, delText bool) {
	if s == "" || !w.budget(len(s)) {
		return
	}
	for _, a := range w.alts {
		if a.capturing {
			a.choice.Write([]byte(stripSpace(s)))
		}
	}
	if k := w.kindOf(delText); k != "" {
		w.special(k, s)
		return
	}
	w.closePiece()
	w.top().buf.WriteString(s)
	// Only the innermost field's shown text is kept (as a hash): nested
	// form fields do not exist, and keeping every level would multiply the
	// work per character by the nesting a hostile file chooses.
	if n := len(w.fields); n > 0 && w.fields[n-1].inResult {
		w.fields[n-1].result.Write([]byte(stripSpace(s)))
	}
}

// lineBreak is w:br or w:cr: a new line where lines are counted (a
// paragraph in the body or a text box), a space inside a table cell or in
// text the reader does not see.
func (w *docxWalker) lineBreak() {
	if k := w.kindOf(false); k != "" {
		w.special(k, " ")
		return
	}
	t := w.top()
	if t.typ == boxPara && len(w.boxes) >= 2 {
		switch w.boxes[len(w.boxes)-2].typ {
		case boxRoot, boxTextbox:
			t.buf.WriteByte('\n')
			t.nl++
			return
		}
	}
	t.buf.WriteByte(' ')
}

// special adds text of a kind the reader does not see to the open piece of
// that kind, or starts a new piece.
func (w *docxWalker) special(kind, s string) {
	line := w.anchorLine()
	if w.piece != nil && w.piece.kind != kind {
		w.closePiece()
	}
	if w.piece == nil {
		w.piece = &docxPiece{kind: kind, line: line, last: line}
	}
	for ; w.piece.last < line; w.piece.last++ {
		w.piece.buf = append(w.piece.buf, '\n')
	}
	w.piece.buf = append(w.piece.buf, s...)
}

func (w *docxWalker) closePiece() {
	pc := w.piece
	if pc == nil {
		return
	}
	w.piece = nil
	text := strings.TrimRight(string(pc.buf), " \t\n")
	if strings.TrimSpace(text) == "" {
		return
	}
	w.addPart(Part{Kind: pc.kind, Name: w.pieceName(), Line: pc.line, Text: text})
}

func (w *docxWalker) pieceName() string {
	if w.kind == KindBody {
		return ""
	}
	return w.entry
}

func (w *docxWalker) fieldName(what string) string {
	if w.kind == KindBody {
		return what
	}
	return w.entry + ":" + what
}

func (w *docxWalker) addPart(p Part) { w.p.out.add(p) }

// --- fields ---

func (w *docxWalker) fldChar(typ string) {
	switch typ {
	case "begin":
		if len(w.fields) < docxMaxFields {
			w.fields = append(w.fields, &docxField{line: w.anchorLine(), selected: -1, checked: -1, defCheck: -1, result: fnv.New64a()})
		}
	case "separate":
		if len(w.fields) > 0 {
			f := w.fields[len(w.fields)-1]
			if !f.inResult {
				f.inResult = true
				w.fieldInstr(f.instr.String(), f.line)
				w.showForm(f)
			}
		}
	case "end":
		if len(w.fields) == 0 {
			return
		}
		f := w.fields[len(w.fields)-1]
		w.fields = w.fields[:len(w.fields)-1]
		if !f.inResult {
			w.fieldInstr(f.instr.String(), f.line)
			w.showForm(f)
		}
		// A form field's default text is shown only until someone types
		// over it; when it differs from what is shown, it is data the
		// reader does not see.
		h := fnv.New64a()
		h.Write([]byte(stripSpace(f.def)))
		if d := strings.TrimSpace(f.def); d != "" && h.Sum64() != f.result.Sum64() {
			w.addPart(Part{Kind: KindField, Name: w.fieldName("default"), Line: f.line, Text: d})
		}
	}
}

// formData records one value of a legacy form field's w:ffData.
func (w *docxWalker) formData(f *docxField, el docxEl, val string) {
	parent := w.parent()
	switch {
	case el == elFfDefault && parent == elTextInput:
		f.def = val
	case el == elListEntry && parent == elDDList && len(f.entries) < 1000:
		f.entries = append(f.entries, val)
	case el == elFfResult && parent == elDDList:
		f.selected = atoiDefault(val, -1)
	case el == elFfDefault && parent == elDDList:
		f.defSel = atoiDefault(val, 0)
	case el == elChecked && parent == elCheckBox:
		f.checked = onOff(val)
	case el == elFfDefault && parent == elCheckBox:
		f.defCheck = onOff(val)
	}
}

// showForm puts a drop-down's chosen entry or a check box's state into the
// text where the field stands: that is what the page shows.
func (w *docxWalker) showForm(f *docxField) {
	if f.shown {
		return
	}
	f.shown = true
	switch f.form {
	case elDDList:
		sel := f.selected
		if sel < 0 {
			sel = f.defSel
		}
		if sel >= 0 && sel < len(f.entries) {
			w.text(f.entries[sel], false)
		}
	case elCheckBox:
		c := f.checked
		if c < 0 {
			c = f.defCheck
		}
		if c == 1 {
			w.text("☒", false)
		} else {
			w.text("☐", false)
		}
	}
}

func atoiDefault(s string, def int) int {
	n := 0
	if s == "" || len(s) > 6 {
		return def
	}
	for _, c := range s {
		if c < '0' || c > '9' {
			return def
		}
		n = n*10 + int(c-'0')
	}
	return n
}

// fieldInstr records a field instruction that carries words (a QUOTE or
// MACROBUTTON text, a hyperlink's tooltip, a DOCPROPERTY name). Pure-ASCII
// instructions (PAGE, TOC \o "1-3", HYPERLINK \l _Toc…) are layout
// machinery and would only bury the reviewer in noise.
func (w *docxWalker) fieldInstr(instr string, line int) {
	instr = strings.TrimSpace(instr)
	if instr == "" || isASCII(instr) {
		return
	}
	if f := strings.Fields(instr); len(f) > 0 && docxLayoutFields[strings.ToUpper(strings.TrimLeft(f[0], `\`))] {
		return // names styles or bookmarks (TOC \t "前言标题,1"), not words a reader sees
	}
	w.addPart(Part{Kind: KindField, Name: w.fieldName("instrText"), Line: line, Text: instr})
}

// docxLayoutFields are field types whose instructions only name styles,
// bookmarks or sequences.
var docxLayoutFields = map[string]bool{
	"TOC": true, "PAGE": true, "NUMPAGES": true, "SECTIONPAGES": true, "PAGEREF": true, "REF": true,
	"SEQ": true, "STYLEREF": true, "NOTEREF": true, "FORMTEXT": true, "FORMDROPDOWN": true, "FORMCHECKBOX": true,
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// --- comments and the end of a stream ---

func (w *docxWalker) flushComment() {
	if !w.inComment {
		return
	}
	w.inComment = false
	for len(w.boxes) > 1 {
		w.popBox()
	}
	r := w.root()
	if r.buf.Len() > 0 {
		w.deliver("")
	}
	text := strings.Trim(r.text.String(), "\n")
	if strings.TrimSpace(text) != "" {
		w.addPart(Part{Kind: KindComment, Name: w.commentAuthor, Line: w.p.commentAnchors[w.commentID], Text: text})
	}
}

// finish closes whatever is open (a truncated or damaged part) so the text
// read before the damage is kept, and records the stream's part.
func (w *docxWalker) finish() {
	w.closePiece()
	if w.kind == KindComment {
		w.flushComment()
		return
	}
	for len(w.boxes) > 1 {
		w.popBox()
	}
	w.closePiece()
	r := w.root()
	if r.buf.Len() > 0 {
		w.deliver("")
	}
	text := r.text.String()
	line := 1
	for strings.HasPrefix(text, "\n") {
		text = text[1:]
		line++
	}
	text = strings.TrimRight(text, " \t\n")
	if strings.TrimSpace(text) == "" {
		return
	}
	name := ""
	switch w.kind {
	case KindHeader, KindFooter, KindHidden:
		name = w.entry
	}
	w.addPart(Part{Kind: w.kind, Name: name, Line: line, Text: text})
}

// --- small helpers ---

// wAttr returns a WordprocessingML attribute (w:val, w:type…) by local name.
func wAttr(se xml.StartElement, local string) string {
	for _, a := range se.Attr {
		if a.Name.Local == local && (a.Name.Space == nsW || a.Name.Space == nsWStrict || a.Name.Space == "") {
			return a.Value
		}
	}
	return ""
}

// onOff reads an ST_OnOff value: absent means on.
func onOff(v string) int8 {
	switch v {
	case "0", "false", "off":
		return 0
	}
	return 1
}

// docxSymbol maps w:sym to text. Symbol fonts put glyphs in the private-use
// area (F000+code); the one that matters here is the star of a 密级 mark
// typed with Insert Symbol in Wingdings.
func docxSymbol(font, char string) string {
	var code rune
	if _, err := fmt.Sscanf(char, "%x", &code); err != nil || code <= 0 || code > unicode.MaxRune {
		return ""
	}
	low := code
	if code >= 0xF000 && code <= 0xF0FF {
		low = code - 0xF000
	}
	switch strings.ToLower(font) {
	case "wingdings":
		if low == 0xAB {
			return "★"
		}
		return ""
	case "symbol":
		if low == 0x2A {
			return "*"
		}
	}
	if code >= 0xE000 && code <= 0xF8FF {
		return "" // a private-use glyph of an unknown font
	}
	return string(code)
}
