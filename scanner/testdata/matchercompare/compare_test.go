// The comparison behind docs/matcher.md: coregx/ahocorasick (used) against
// cloudflare/ahocorasick (the design card's choice), on the same 5,000
// dictionary words over the same Chinese text. It is a module of its own
// under testdata so that mishen's go.mod need not keep cloudflare. Re-run:
//
//	cd scanner/testdata/matchercompare && go test -run TestCompareMatchers -v
package matchercompare

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	cloudflare "github.com/cloudflare/ahocorasick"
	"github.com/coregx/ahocorasick"
)

func compareInputs(t *testing.T) ([]string, []byte) {
	f, err := os.Open("../../../segment/dict/jieba.dict.utf8.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var terms []string
	sc := bufio.NewScanner(zr)
	for i := 0; sc.Scan() && len(terms) < 5000; i++ {
		w := strings.Fields(sc.Text())[0]
		// Every 40th word of three or more characters: spread over the dictionary.
		if len([]rune(w)) >= 3 && i%40 == 0 {
			terms = append(terms, w)
		}
	}
	var text bytes.Buffer
	files, _ := filepath.Glob("../../../../shared/corpus/gov_text/*.txt")
	for text.Len() < 50<<20 && len(files) > 0 {
		for _, p := range files {
			b, _ := os.ReadFile(p)
			text.Write(b)
		}
	}
	if text.Len() == 0 {
		t.Skip("no corpus text")
	}
	return terms, text.Bytes()
}

func heapAfter(build func()) uint64 {
	runtime.GC()
	var a, b runtime.MemStats
	runtime.ReadMemStats(&a)
	build()
	runtime.GC()
	runtime.ReadMemStats(&b)
	return b.HeapAlloc - a.HeapAlloc
}

func TestCompareMatchers(t *testing.T) {
	terms, text := compareInputs(t)
	t.Logf("%d terms, %.1f MB of text", len(terms), float64(len(text))/(1<<20))

	var co *ahocorasick.Automaton
	coHeap := heapAfter(func() { co, _ = ahocorasick.NewBuilder().AddStrings(terms).Build() })
	var cf *cloudflare.Matcher
	cfHeap := heapAfter(func() { cf = cloudflare.NewStringMatcher(terms) })

	start := time.Now()
	coHits := co.FindAllOverlapping(text)
	coTime := time.Since(start)
	start = time.Now()
	cfHits := cf.Match(text)
	cfTime := time.Since(start)
	mb := float64(len(text)) / (1 << 20)
	t.Logf("coregx:     %6.1f MB/s, %d hits with positions, heap %.1f MB", mb/coTime.Seconds(), len(coHits), float64(coHeap)/(1<<20))
	t.Logf("cloudflare: %6.1f MB/s, %d distinct terms, no positions, heap %.1f MB", mb/cfTime.Seconds(), len(cfHits), float64(cfHeap)/(1<<20))

	// Same set of terms found?
	coSet := map[int]bool{}
	for _, h := range coHits {
		coSet[h.PatternID] = true
	}
	t.Logf("distinct terms found: coregx %d, cloudflare %d", len(coSet), len(cfHits))

	// Concurrency: 8 goroutines × 20 calls each on 1 MB slices.
	chunk := text[:1<<20]
	wantCo := len(co.FindAllOverlapping(chunk))
	wantCf := cf.Match(chunk)
	sort.Ints(wantCf)
	var mu sync.Mutex
	wrongCo, wrongCf, calls := 0, 0, 0
	var wg sync.WaitGroup
	for g := 0; g < 8; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := 0; i < 20; i++ {
				a := len(co.FindAllOverlapping(chunk))
				b := cf.Match(chunk)
				sort.Ints(b)
				mu.Lock()
				calls++
				if a != wantCo {
					wrongCo++
				}
				if !equalInts(b, wantCf) {
					wrongCf++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	t.Logf("concurrent calls: %d; wrong results: coregx %d, cloudflare %d", calls, wrongCo, wrongCf)
}

func equalInts(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
