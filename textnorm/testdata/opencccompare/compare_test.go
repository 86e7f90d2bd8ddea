// Measures what longbridgeapp/opencc would cost for the 繁體→简体 fold, to
// justify textnorm's single-character table (docs/matcher.md). A module of
// its own so that mishen need not depend on opencc. Re-run:
//
//	cd textnorm/testdata/opencccompare && go test -run TestOpenCCCost -v
package opencccompare

import (
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/longbridgeapp/opencc"
)

func TestOpenCCCost(t *testing.T) {
	runtime.GC()
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	start := time.Now()
	cc, err := opencc.New("t2s")
	if err != nil {
		t.Fatal(err)
	}
	load := time.Since(start)
	runtime.GC()
	runtime.ReadMemStats(&b)
	text := strings.Repeat("機密★10年 關於加強建設項目環境影響評價管理的通知，各有關單位：為進一步規範管理。\n", 2000)
	start = time.Now()
	out, err := cc.Convert(text)
	if err != nil {
		t.Fatal(err)
	}
	conv := time.Since(start)
	mb := float64(len(text)) / (1 << 20)
	t.Logf("opencc t2s: load %v, heap %.1f MB, convert %.2f MB/s, runes in %d out %d",
		load.Round(time.Millisecond), float64(b.HeapAlloc-a.HeapAlloc)/(1<<20), mb/conv.Seconds(),
		len([]rune(text)), len([]rune(out)))
}
