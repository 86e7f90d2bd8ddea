package sandbox

import (
	"context"
	"os"
	"testing"
)

// BenchmarkSandboxOverhead measures what the child process costs per
// document: the same small inputs read in a child and in process. The
// difference between the child and inprocess lines is the overhead (start,
// runtime init, request and answer encoding, reaping). The test binary is a
// lighter child than mishen (whose package initialisers also run in every
// child): set MISHEN_BIN=path/to/mishen to add a line for the real binary.
func BenchmarkSandboxOverhead(b *testing.B) {
	inputs := []struct {
		name string
		data []byte
	}{
		{"txt", []byte("秘密★1年\n关于印发某某工作方案的通知\n内部资料 注意保管\n")},
		{"pdf", textPDF("Hello sandbox", "Second page")},
	}
	opt := Options{}
	for _, in := range inputs {
		b.Run(in.name+"/child", func(b *testing.B) {
			for b.Loop() {
				if _, err := Extract(context.Background(), "bench."+in.name, in.data, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
		if bin := os.Getenv("MISHEN_BIN"); bin != "" {
			b.Run(in.name+"/mishen-child", func(b *testing.B) {
				o := opt
				o.Exe = bin
				for b.Loop() {
					if _, err := Extract(context.Background(), "bench."+in.name, in.data, o); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
		b.Run(in.name+"/inprocess", func(b *testing.B) {
			for b.Loop() {
				if _, err := InProcess(context.Background(), "bench."+in.name, in.data, opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
