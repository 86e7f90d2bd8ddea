package sandbox

import (
	"hash/fnv"
	"strings"
	"testing"
	"unicode"

	"github.com/bureau/mishen/extract"
)

// Coverage feedback across the process boundary.
//
// The fuzzer's coverage counters live in the worker process; the parser runs
// in the child, so without help the fuzzer is blind to everything the
// parser did and keeps only inputs that change the parent's own path. These
// functions turn what the child reports into branches the fuzzer can see:
// the outcome is reduced to a class (kind, reason without numbers, part
// kinds, unread reasons, engines) and the class's hash picks one case in
// each of two 32-way switches, so an input that makes the parser say
// something new is kept as interesting. Coarse (64 features, collisions),
// but it steers mutation toward new failure modes instead of none.

// outcomeClass reduces one outcome to the words that distinguish it.
func outcomeClass(doc *extract.Document, err error) string {
	var b strings.Builder
	if err != nil {
		if se, ok := err.(*Error); ok {
			b.WriteString(se.Kind)
		}
		b.WriteString(stripDigits(err.Error()))
		return b.String()
	}
	b.WriteString("doc:")
	seen := map[string]bool{}
	for _, p := range doc.Parts {
		if !seen[p.Kind] {
			seen[p.Kind] = true
			b.WriteString(p.Kind + ",")
		}
	}
	for _, u := range doc.Unread {
		b.WriteString("|" + stripDigits(u))
	}
	for _, e := range doc.Engines {
		b.WriteString("|" + stripDigits(e))
	}
	return b.String()
}

// stripDigits drops numbers, so "第3页" and "第7页" are one class.
func stripDigits(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsDigit(r) {
			return -1
		}
		return r
	}, s)
}

var feedbackHits [64]int

// feedback makes the class visible to the fuzzer's coverage counters.
func feedback(class string) {
	h := fnv.New32a()
	h.Write([]byte(class))
	v := h.Sum32()
	switch v % 32 {
	case 0:
		feedbackHits[0]++
	case 1:
		feedbackHits[1]++
	case 2:
		feedbackHits[2]++
	case 3:
		feedbackHits[3]++
	case 4:
		feedbackHits[4]++
	case 5:
		feedbackHits[5]++
	case 6:
		feedbackHits[6]++
	case 7:
		feedbackHits[7]++
	case 8:
		feedbackHits[8]++
	case 9:
		feedbackHits[9]++
	case 10:
		feedbackHits[10]++
	case 11:
		feedbackHits[11]++
	case 12:
		feedbackHits[12]++
	case 13:
		feedbackHits[13]++
	case 14:
		feedbackHits[14]++
	case 15:
		feedbackHits[15]++
	case 16:
		feedbackHits[16]++
	case 17:
		feedbackHits[17]++
	case 18:
		feedbackHits[18]++
	case 19:
		feedbackHits[19]++
	case 20:
		feedbackHits[20]++
	case 21:
		feedbackHits[21]++
	case 22:
		feedbackHits[22]++
	case 23:
		feedbackHits[23]++
	case 24:
		feedbackHits[24]++
	case 25:
		feedbackHits[25]++
	case 26:
		feedbackHits[26]++
	case 27:
		feedbackHits[27]++
	case 28:
		feedbackHits[28]++
	case 29:
		feedbackHits[29]++
	case 30:
		feedbackHits[30]++
	case 31:
		feedbackHits[31]++
	}
	switch (v >> 5) % 32 {
	case 0:
		feedbackHits[32]++
	case 1:
		feedbackHits[33]++
	case 2:
		feedbackHits[34]++
	case 3:
		feedbackHits[35]++
	case 4:
		feedbackHits[36]++
	case 5:
		feedbackHits[37]++
	case 6:
		feedbackHits[38]++
	case 7:
		feedbackHits[39]++
	case 8:
		feedbackHits[40]++
	case 9:
		feedbackHits[41]++
	case 10:
		feedbackHits[42]++
	case 11:
		feedbackHits[43]++
	case 12:
		feedbackHits[44]++
	case 13:
		feedbackHits[45]++
	case 14:
		feedbackHits[46]++
	case 15:
		feedbackHits[47]++
	case 16:
		feedbackHits[48]++
	case 17:
		feedbackHits[49]++
	case 18:
		feedbackHits[50]++
	case 19:
		feedbackHits[51]++
	case 20:
		feedbackHits[52]++
	case 21:
		feedbackHits[53]++
	case 22:
		feedbackHits[54]++
	case 23:
		feedbackHits[55]++
	case 24:
		feedbackHits[56]++
	case 25:
		feedbackHits[57]++
	case 26:
		feedbackHits[58]++
	case 27:
		feedbackHits[59]++
	case 28:
		feedbackHits[60]++
	case 29:
		feedbackHits[61]++
	case 30:
		feedbackHits[62]++
	case 31:
		feedbackHits[63]++
	}
}

func TestOutcomeClass(t *testing.T) {
	doc := func(unread ...string) *extract.Document {
		return &extract.Document{Parts: []extract.Part{{Kind: "body"}, {Kind: "body"}, {Kind: "metadata"}}, Unread: unread}
	}
	tests := []struct {
		name      string
		a, b      string
		wantEqual bool
	}{
		{"page numbers collapse", outcomeClass(doc("第3页为扫描图像"), nil), outcomeClass(doc("第12页为扫描图像"), nil), true},
		{"different unread differ", outcomeClass(doc("第3页为扫描图像"), nil), outcomeClass(doc("文档已加密"), nil), false},
		{"error vs document", outcomeClass(nil, &Error{Kind: KindExtract, Reason: "x"}), outcomeClass(doc(), nil), false},
		{"kinds differ", outcomeClass(nil, &Error{Kind: KindTimeout, Reason: "x"}), outcomeClass(nil, &Error{Kind: KindCrash, Reason: "x"}), false},
		{"offsets collapse", outcomeClass(nil, &Error{Kind: KindExtract, Reason: "xref at 1234"}), outcomeClass(nil, &Error{Kind: KindExtract, Reason: "xref at 99"}), true},
	}
	for _, tc := range tests {
		if (tc.a == tc.b) != tc.wantEqual {
			t.Errorf("%s: %q vs %q, want equal=%v", tc.name, tc.a, tc.b, tc.wantEqual)
		}
	}
	feedback("any") // must not panic whatever the hash
}
