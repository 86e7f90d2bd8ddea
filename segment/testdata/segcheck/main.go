// Command segcheck loads the segmenter the way mishen does and prints one
// segmentation, so a test can run it as a moved binary.
package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/bureau/mishen/segment"
)

func main() {
	s, err := segment.Get()
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Println(strings.Join(s.Cut("本文件属于内部资料"), "/"))
	fmt.Println(s.Dir())
}
