package extract

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf16"
	"unicode/utf8"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// decodeText returns a text file's content as UTF-8. It accepts UTF-8 with or
// without BOM, UTF-16 with a BOM, and GB18030 (a superset of GBK and GB2312)
// when the bytes are not valid UTF-8: government text files are very often
// GBK. ok is false when the bytes do not look like text in any of these.
func decodeText(data []byte) (string, bool) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		data = data[3:]
		if !utf8.Valid(data) {
			return "", false
		}
		return textIfPlausible(string(data))
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return textIfPlausible(decodeUTF16(data[2:], false))
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return textIfPlausible(decodeUTF16(data[2:], true))
	}
	if utf8.Valid(data) {
		return textIfPlausible(string(data))
	}
	dec, err := simplifiedchinese.GB18030.NewDecoder().Bytes(data)
	if err != nil {
		return "", false
	}
	return textIfPlausible(string(dec))
}

func decodeUTF16(b []byte, bigEndian bool) string {
	u := make([]uint16, 0, len(b)/2)
	for i := 0; i+1 < len(b); i += 2 {
		if bigEndian {
			u = append(u, uint16(b[i])<<8|uint16(b[i+1]))
		} else {
			u = append(u, uint16(b[i+1])<<8|uint16(b[i]))
		}
	}
	return string(utf16.Decode(u))
}

// textIfPlausible rejects binary data that happens to decode: random bytes
// decode as GB18030 almost always, but are full of control characters and
// replacement characters, and a real text file has almost none.
func textIfPlausible(s string) (string, bool) {
	var total, bad int
	for _, r := range s {
		total++
		switch {
		case r == '\n' || r == '\r' || r == '\t' || r == '\f':
		case r == utf8.RuneError || r == 0 || unicode.IsControl(r):
			bad++
		case r >= 0xE000 && r <= 0xF8FF: // private use: GB18030 maps stray bytes there
			bad++
		}
	}
	if total == 0 {
		return s, true
	}
	return s, bad*100 <= total // at most 1% odd characters
}

// extractText reads a plain-text document as one body part.
func extractText(data []byte) (*Document, error) {
	s, ok := decodeText(data)
	if !ok {
		return nil, errNotText
	}
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return &Document{Format: FormatTXT, Parts: []Part{{Kind: KindBody, Line: 1, Text: s}}}, nil
}

var errNotText = errorString("不是可识别的文本编码（UTF-8、UTF-16 或 GBK/GB18030）")

type errorString string

func (e errorString) Error() string { return string(e) }
