package extract

import (
	"bytes"
	"strconv"
)

// A small tokenizer for PDF content streams and CMap programs.
//
// ledongthuc/pdf stays the parser of the file's structure (xref, objects,
// filters, decryption); this lexer only reads the already-decoded bytes of a
// page's content stream or a font's CMap. The library's own Interpret panics
// on the first odd token (an unknown escape, a stray ')') and has no notion of
// inline images, whose binary data then swallows the rest of the page; here a
// bad token is skipped and BI…ID…EI is stepped over, so one oddity costs one
// operator, not the page.

type psKind uint8

const (
	psNull psKind = iota
	psNum
	psBool
	psStr
	psName
	psArray
	psDict
	psOp // an operator keyword (only as a token, never as an operand)
)

// psObj is one operand. Dict contents are kept as alternating key/value
// entries in Arr, which is all the interpreter needs (BDC property lists,
// inline-image parameters).
type psObj struct {
	Kind psKind
	Num  float64
	Str  string // string bytes, name (without '/'), or operator
	Arr  []psObj
}

// maxPSDepth bounds nesting of arrays and dicts so hostile input cannot
// recurse deeply.
const maxPSDepth = 32

type psLexer struct {
	b   []byte
	pos int
}

func isPSSpace(c byte) bool {
	return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == 0
}

func isPSDelim(c byte) bool {
	switch c {
	case '(', ')', '<', '>', '[', ']', '{', '}', '/', '%':
		return true
	}
	return false
}

func (l *psLexer) skipSpace() {
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		if isPSSpace(c) {
			l.pos++
			continue
		}
		if c == '%' {
			for l.pos < len(l.b) && l.b[l.pos] != '\n' && l.b[l.pos] != '\r' {
				l.pos++
			}
			continue
		}
		return
	}
}

// token kinds beyond psKind used for structure.
const (
	tokEOF = iota
	tokObj
	tokArrOpen
	tokArrClose
	tokDictOpen
	tokDictClose
	tokProcOpen
	tokProcClose
)

// next returns the next token. Objects (numbers, strings, names, operators)
// come back as tokObj with o filled.
func (l *psLexer) next() (tok int, o psObj) {
	l.skipSpace()
	if l.pos >= len(l.b) {
		return tokEOF, o
	}
	c := l.b[l.pos]
	switch c {
	case '[':
		l.pos++
		return tokArrOpen, o
	case ']':
		l.pos++
		return tokArrClose, o
	case '{':
		l.pos++
		return tokProcOpen, o
	case '}':
		l.pos++
		return tokProcClose, o
	case '(':
		l.pos++
		return tokObj, psObj{Kind: psStr, Str: l.literal()}
	case '<':
		if l.pos+1 < len(l.b) && l.b[l.pos+1] == '<' {
			l.pos += 2
			return tokDictOpen, o
		}
		l.pos++
		return tokObj, psObj{Kind: psStr, Str: l.hex()}
	case '>':
		l.pos++
		if l.pos < len(l.b) && l.b[l.pos] == '>' {
			l.pos++
			return tokDictClose, o
		}
		return l.next() // stray '>': skip it
	case ')':
		l.pos++
		return l.next()
	case '/':
		l.pos++
		return tokObj, psObj{Kind: psName, Str: l.name()}
	}
	start := l.pos
	for l.pos < len(l.b) && !isPSSpace(l.b[l.pos]) && !isPSDelim(l.b[l.pos]) {
		l.pos++
	}
	w := l.b[start:l.pos]
	if len(w) == 0 { // cannot happen, but never loop without progress
		l.pos++
		return l.next()
	}
	if n, ok := parsePSNumber(w); ok {
		return tokObj, psObj{Kind: psNum, Num: n}
	}
	s := string(w)
	switch s {
	case "true":
		return tokObj, psObj{Kind: psBool, Num: 1}
	case "false":
		return tokObj, psObj{Kind: psBool}
	case "null":
		return tokObj, psObj{Kind: psNull}
	}
	return tokObj, psObj{Kind: psOp, Str: s}
}

func parsePSNumber(w []byte) (float64, bool) {
	c := w[0]
	if !(c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.') {
		return 0, false
	}
	// Fast path for plain integers, the common case in content streams.
	neg := false
	i := 0
	if c == '-' || c == '+' {
		neg = c == '-'
		i = 1
	}
	if i < len(w) {
		var n float64
		j := i
		for ; j < len(w) && w[j] >= '0' && w[j] <= '9'; j++ {
			n = n*10 + float64(w[j]-'0')
		}
		if j == len(w) && j > i {
			if neg {
				n = -n
			}
			return n, true
		}
	}
	// Producers write "--5" or "5-"; PDF readers treat these leniently.
	s := string(w)
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		return f, true
	}
	s = string(bytes.TrimLeft(w, "+-"))
	if f, err := strconv.ParseFloat(s, 64); err == nil {
		if neg {
			f = -f
		}
		return f, true
	}
	return 0, false
}

func (l *psLexer) literal() string {
	var out []byte
	depth := 1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		switch c {
		case '(':
			depth++
			out = append(out, c)
		case ')':
			depth--
			if depth == 0 {
				return string(out)
			}
			out = append(out, c)
		case '\\':
			if l.pos >= len(l.b) {
				return string(out)
			}
			e := l.b[l.pos]
			l.pos++
			switch e {
			case 'n':
				out = append(out, '\n')
			case 'r':
				out = append(out, '\r')
			case 't':
				out = append(out, '\t')
			case 'b':
				out = append(out, '\b')
			case 'f':
				out = append(out, '\f')
			case '\r':
				if l.pos < len(l.b) && l.b[l.pos] == '\n' {
					l.pos++
				}
			case '\n':
			case '0', '1', '2', '3', '4', '5', '6', '7':
				x := int(e - '0')
				for k := 0; k < 2 && l.pos < len(l.b) && l.b[l.pos] >= '0' && l.b[l.pos] <= '7'; k++ {
					x = x*8 + int(l.b[l.pos]-'0')
					l.pos++
				}
				out = append(out, byte(x))
			default:
				// An unknown escape stands for the character itself
				// (PDF 32000 §7.3.4.2); the library panics here.
				out = append(out, e)
			}
		default:
			out = append(out, c)
		}
	}
	return string(out)
}

func unhexByte(c byte) int {
	switch {
	case c >= '0' && c <= '9':
		return int(c - '0')
	case c >= 'a' && c <= 'f':
		return int(c-'a') + 10
	case c >= 'A' && c <= 'F':
		return int(c-'A') + 10
	}
	return -1
}

func (l *psLexer) hex() string {
	var out []byte
	hi := -1
	for l.pos < len(l.b) {
		c := l.b[l.pos]
		l.pos++
		if c == '>' {
			break
		}
		v := unhexByte(c)
		if v < 0 {
			continue // whitespace or junk inside a hex string
		}
		if hi < 0 {
			hi = v
		} else {
			out = append(out, byte(hi<<4|v))
			hi = -1
		}
	}
	if hi >= 0 { // odd count: the last digit is followed by an implied 0
		out = append(out, byte(hi<<4))
	}
	return string(out)
}

func (l *psLexer) name() string {
	start := l.pos
	for l.pos < len(l.b) && !isPSSpace(l.b[l.pos]) && !isPSDelim(l.b[l.pos]) {
		l.pos++
	}
	w := l.b[start:l.pos]
	if bytes.IndexByte(w, '#') < 0 {
		return string(w)
	}
	var out []byte
	for i := 0; i < len(w); i++ {
		if w[i] == '#' && i+2 < len(w) {
			h, lo := unhexByte(w[i+1]), unhexByte(w[i+2])
			if h >= 0 && lo >= 0 {
				out = append(out, byte(h<<4|lo))
				i += 2
				continue
			}
		}
		out = append(out, w[i])
	}
	return string(out)
}

// readObj reads one complete operand, assembling arrays and dicts. An
// operator comes back as psOp. ok is false at end of input.
func (l *psLexer) readObj(depth int) (psObj, bool) {
	tok, o := l.next()
	switch tok {
	case tokEOF:
		return o, false
	case tokObj:
		return o, true
	case tokArrOpen, tokDictOpen, tokProcOpen:
		kind := psArray
		closer := tokArrClose
		if tok == tokDictOpen {
			kind, closer = psDict, tokDictClose
		} else if tok == tokProcOpen {
			closer = tokProcClose
		}
		res := psObj{Kind: kind}
		for {
			if depth >= maxPSDepth {
				// Too deep: swallow tokens until the matching closer
				// would be reached, without recursion.
				return l.skipNested(res), true
			}
			save := l.pos
			t2, _ := l.next()
			if t2 == tokEOF {
				return res, true
			}
			if t2 == closer {
				return res, true
			}
			if t2 == tokArrClose || t2 == tokDictClose || t2 == tokProcClose {
				continue // mismatched closer: ignore it
			}
			l.pos = save
			e, ok := l.readObj(depth + 1)
			if !ok {
				return res, true
			}
			if e.Kind == psOp && tok != tokProcOpen {
				// Arrays and dicts hold no operators: this one belongs to
				// the stream, and the container was never closed. Give it
				// back so one missing ']' costs one operand, not the page.
				l.pos = save
				return res, true
			}
			if len(res.Arr) < 1<<16 {
				res.Arr = append(res.Arr, e)
			}
		}
	default: // stray closer
		return l.readObj(depth)
	}
}

func (l *psLexer) skipNested(res psObj) psObj {
	n := 1
	for n > 0 {
		t, _ := l.next()
		switch t {
		case tokEOF:
			return res
		case tokArrOpen, tokDictOpen, tokProcOpen:
			n++
		case tokArrClose, tokDictClose, tokProcClose:
			n--
		}
	}
	return res
}

// skipInlineImage moves past the data of an inline image: the lexer stands
// just after the BI operator. It returns false if no EI was found.
func (l *psLexer) skipInlineImage() bool {
	// Parameters up to the ID operator.
	for {
		o, ok := l.readObj(0)
		if !ok {
			return false
		}
		if o.Kind == psOp && o.Str == "ID" {
			break
		}
	}
	if l.pos < len(l.b) && isPSSpace(l.b[l.pos]) {
		l.pos++
	}
	// Binary data ends at whitespace + "EI" + whitespace/end. Searching for
	// that pattern is what every lenient reader does; /L is rarely present.
	for i := l.pos; i+2 <= len(l.b); i++ {
		if l.b[i] == 'E' && l.b[i+1] == 'I' && (i == l.pos || isPSSpace(l.b[i-1])) &&
			(i+2 == len(l.b) || isPSSpace(l.b[i+2]) || isPSDelim(l.b[i+2])) {
			l.pos = i + 2
			return true
		}
	}
	l.pos = len(l.b)
	return false
}

// dictGet returns the value for key in a psDict object.
func (o psObj) dictGet(key string) (psObj, bool) {
	if o.Kind != psDict {
		return psObj{}, false
	}
	for i := 0; i+1 < len(o.Arr); i += 2 {
		if o.Arr[i].Kind == psName && o.Arr[i].Str == key {
			return o.Arr[i+1], true
		}
	}
	return psObj{}, false
}
