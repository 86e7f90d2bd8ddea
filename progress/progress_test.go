package progress

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestSilentWhenNotATerminal(t *testing.T) {
	f, err := os.Create(filepath.Join(t.TempDir(), "log"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var buf bytes.Buffer
	for _, b := range []*Bar{New(f, 100), New(&buf, 100), nil, {}} {
		if b.Active() {
			t.Fatal("a bar on something that is not a terminal")
		}
		b.Add(10) // must not panic
		b.Finish()
	}
	if st, _ := f.Stat(); st.Size() != 0 || buf.Len() != 0 {
		t.Fatal("wrote progress to a file or pipe")
	}
}

func TestBarShowsCountAndRate(t *testing.T) {
	tests := []struct {
		name   string
		total  int
		active bool
	}{
		{"a handful of files gets no bar", MinFiles - 1, false},
		{"a run of files gets one", 20, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var buf bytes.Buffer
			b := newBar(&buf, tt.total, 0)
			if b.Active() != tt.active {
				t.Fatalf("Active() = %v", b.Active())
			}
			if !tt.active {
				return
			}
			clock := b.start
			b.now = func() time.Time { return clock }
			for i := 0; i < tt.total; i++ {
				clock = clock.Add(time.Second)
				b.Add(2 << 20)
			}
			out := buf.String()
			if !strings.Contains(out, "2.0 MB/s") || !strings.Contains(out, "(19/20)") {
				t.Fatalf("bar output lacks count or rate: %q", out)
			}
			b.Finish()
		})
	}
}

func TestRate(t *testing.T) {
	for _, tt := range []struct {
		bytes   int64
		elapsed time.Duration
		want    string
	}{
		{0, 0, "— MB/s"},
		{10 << 20, 4 * time.Second, "2.5 MB/s"},
	} {
		if got := rate(tt.bytes, tt.elapsed); got != tt.want {
			t.Errorf("rate(%d, %s) = %q, want %q", tt.bytes, tt.elapsed, got, tt.want)
		}
	}
}
