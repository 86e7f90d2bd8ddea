package docgen

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encoding of a plain-text fixture.
type Encoding int

const (
	UTF8       Encoding = iota
	UTF8BOM             // Windows Notepad's "UTF-8 with BOM"
	UTF16LEBOM          // Notepad's "Unicode"
	GBK                 // the default ANSI code page on Chinese Windows
)

func (e Encoding) String() string {
	return [...]string{"utf-8", "utf-8-bom", "utf-16le-bom", "gbk"}[e]
}

// Text renders the visible text of a Doc as lines: aligned lines are padded
// with spaces as a drafter would in Notepad, tables become tab-separated
// rows. Header and footer lines come first and last, as in a printed page
// saved as text.
func (d Doc) Text() string {
	var lines []string
	add := func(bs []Block) {
		for _, b := range bs {
			if b.Rows != nil {
				for _, row := range b.Rows {
					lines = append(lines, strings.Join(row, "\t"))
				}
				continue
			}
			for _, l := range strings.Split(b.visible(), "\n") {
				switch {
				case b.Align == Center:
					l = strings.Repeat(" ", 16) + l
				case b.Align == Right:
					l = strings.Repeat(" ", 40) + l
				case b.Indent:
					l = "　　" + l
				}
				lines = append(lines, l)
			}
			if b.TextBox != "" {
				lines = append(lines, b.TextBox)
			}
		}
	}
	add(d.Header)
	add(d.Body)
	add(d.Footer)
	return strings.Join(lines, "\n") + "\n"
}

// EncodeText encodes s; crlf turns line ends into CR LF as Windows editors
// write them. GBK fails, naming the character, if s holds one GBK lacks.
func EncodeText(s string, enc Encoding, crlf bool) ([]byte, error) {
	if crlf {
		s = strings.ReplaceAll(s, "\n", "\r\n")
	}
	var e encoding.Encoding
	switch enc {
	case UTF8:
		return []byte(s), nil
	case UTF8BOM:
		return append([]byte("\uFEFF"), s...), nil
	case UTF16LEBOM:
		e = unicode.UTF16(unicode.LittleEndian, unicode.UseBOM)
	case GBK:
		e = simplifiedchinese.GBK
		for i, r := range s {
			if r < utf8.RuneSelf {
				continue
			}
			if _, err := e.NewEncoder().String(string(r)); err != nil {
				return nil, fmt.Errorf("GBK cannot encode %q at byte %d", r, i)
			}
		}
	default:
		return nil, fmt.Errorf("unknown encoding %d", enc)
	}
	var buf bytes.Buffer
	w := e.NewEncoder().Writer(&buf)
	if _, err := w.Write([]byte(s)); err != nil {
		return nil, fmt.Errorf("encode as %s: %w", enc, err)
	}
	return buf.Bytes(), nil
}
