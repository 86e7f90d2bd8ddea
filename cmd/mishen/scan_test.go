package main

import "testing"

func TestPublishVia(t *testing.T) {
	cases := []struct{ file, want string }{
		{"inbox/政府网站/通知.docx", "政府网站"},
		{"inbox/2025年/公众号/推文.html", "公众号"},
		{"inbox/2025年/推文.html", ""},
		{"inbox/通知.docx", ""},
		{"elsewhere/政府网站/x.txt", ""},
	}
	for _, c := range cases {
		if got := publishVia(c.file, []string{"inbox"}); got != c.want {
			t.Errorf("publishVia(%q) = %q, want %q", c.file, got, c.want)
		}
	}
}
