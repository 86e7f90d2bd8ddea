package textnorm

import (
	"strings"
	"testing"
)

func TestNewView(t *testing.T) {
	tests := []struct {
		name, in, want string
	}{
		{"spaced level U+3000", "秘　密★5年", "秘密★5年"},
		{"line breaks inside mark", "机密★\n5\n年", "机密★5年"},
		{"full-width digits", "机密★１０年", "机密★10年"},
		{"full-width star stays star", "机密＊5年", "机密*5年"},
		{"zero width removed", "机\u200b密\u2060★\ufeff1年", "机密★1年"},
		{"traditional folded", "機密★10年 祕密", "机密★10年秘密"},
		{"ascii words keep one space", "ID 123\n456  abc", "ID 123 456 abc"},
		{"space between CJK and digit dropped", "第 3 页", "第3页"},
		{"doc number across lines", "浦环保〔2023〕\n58号", "浦环保〔2023〕58号"},
		{"full-width brackets", "（秘密）", "(秘密)"},
		{"leading and trailing space", "  内部  ", "内部"},
		{"empty", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := New(tt.in).S
			if got != tt.want {
				t.Errorf("New(%q).S = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// TestSpanPointsAtOriginal checks that a match found in the view maps back
// to exactly the original characters that produced it.
func TestSpanPointsAtOriginal(t *testing.T) {
	tests := []struct {
		in, find, wantOrig string
		wantOffset         int
	}{
		{"标题\n秘　密★５年\n正文", "秘密★5年", "秘　密★５年", 3},
		{"前言机密★\n5\n年后文", "机密★5年", "机密★\n5\n年", 2},
		{"前\u200b机\u200b密", "机密", "机\u200b密", 2},
		{"他说：機密", "机密", "機密", 3},
		{"电话 138 1234 5678。", "138 1234 5678", "138 1234 5678", 3},
	}
	for _, tt := range tests {
		v := New(tt.in)
		bs := strings.Index(v.S, tt.find)
		if bs < 0 {
			t.Fatalf("%q: view %q lacks %q", tt.in, v.S, tt.find)
		}
		rs, re := v.Span(bs, bs+len(tt.find))
		if got := string(v.Orig[rs:re]); got != tt.wantOrig || rs != tt.wantOffset {
			t.Errorf("%q: span of %q = %q at %d, want %q at %d", tt.in, tt.find, got, rs, tt.wantOrig, tt.wantOffset)
		}
		if vb := v.ViewIndex(rs); vb != bs {
			t.Errorf("%q: ViewIndex(%d) = %d, want %d", tt.in, rs, vb, bs)
		}
	}
}

func TestFold(t *testing.T) {
	if got := Fold("内部事项 注意保管"); got != "内部事项注意保管" {
		t.Errorf("Fold = %q", got)
	}
}

func FuzzNew(f *testing.F) {
	f.Add("秘　密★5年\n机密★\n5\n年")
	f.Add("\xff\xfe機")
	f.Fuzz(func(t *testing.T, s string) {
		v := New(s)
		if len(v.pos) != len(v.S)+1 {
			t.Fatalf("pos has %d entries for %d bytes", len(v.pos), len(v.S))
		}
		prev := 0
		for b := 0; b <= len(v.S); b++ {
			p := v.OrigIndex(b)
			if p < prev || p > len(v.Orig) {
				t.Fatalf("pos not monotonic at %d: %d after %d", b, p, prev)
			}
			prev = p
		}
	})
}

func BenchmarkNew(b *testing.B) {
	s := strings.Repeat("上海市浦东新区生态环境局关于加强建设项目环境影响评价管理的通知，各有关单位：（一）机密★5年。\n", 200)
	b.SetBytes(int64(len(s)))
	for b.Loop() {
		New(s)
	}
}
