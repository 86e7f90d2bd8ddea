package extract

import (
	"encoding/xml"
	"fmt"
	"io"
)

// docxStyles knows which styles hide their text. Hiding text through a
// style ("隐藏文字" set on a character or paragraph style) leaves no w:vanish
// on the runs themselves, so a reader that looks only at runs would put
// text no reader of the page sees into the body — or, worse, miss that it
// is hidden content the author must clean.
type docxStyles struct {
	vanish        map[string]int8 // style id → its own vanish setting (-1 unset)
	basedOn       map[string]string
	defaultPara   string // the paragraph style used when a paragraph names none
	defaultHidden bool   // w:docDefaults says runs are hidden (pathological, but cheap)
}

// hidden resolves a style's vanish through its basedOn chain. ok is false
// when no style in the chain sets it.
func (s *docxStyles) hidden(id string) (v, ok bool) {
	for i := 0; id != "" && i < 32; i++ { // 32: basedOn chains are short; a cycle must end
		if x, found := s.vanish[id]; found && x >= 0 {
			return x == 1, true
		}
		id = s.basedOn[id]
	}
	return false, false
}

// read parses word/styles.xml.
func (s *docxStyles) read(d *xml.Decoder) error {
	s.vanish, s.basedOn = map[string]int8{}, map[string]string{}
	var stack []string
	var cur string // style id being read
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(stack) >= docxMaxNesting {
				return &docxLimitError{fmt.Sprintf("XML 嵌套超过 %d 层（文件异常），未读完", docxMaxNesting)}
			}
			parent := ""
			if len(stack) > 0 {
				parent = stack[len(stack)-1]
			}
			grand := ""
			if len(stack) > 1 {
				grand = stack[len(stack)-2]
			}
			switch t.Name.Local {
			case "style":
				cur = wAttr(t, "styleId")
				if cur != "" {
					s.vanish[cur] = -1
					if wAttr(t, "type") == "paragraph" && onOff(wAttr(t, "default")) == 1 && wAttr(t, "default") != "" {
						s.defaultPara = cur
					}
				}
			case "basedOn":
				if parent == "style" && cur != "" {
					s.basedOn[cur] = wAttr(t, "val")
				}
			case "vanish":
				if parent == "rPr" && grand == "style" && cur != "" {
					s.vanish[cur] = onOff(wAttr(t, "val"))
				}
				if parent == "rPr" && grand == "rPrDefault" {
					s.defaultHidden = onOff(wAttr(t, "val")) == 1
				}
			}
			stack = append(stack, t.Name.Local)
		case xml.EndElement:
			if len(stack) > 0 {
				if stack[len(stack)-1] == "style" {
					cur = ""
				}
				stack = stack[:len(stack)-1]
			}
		}
	}
}
