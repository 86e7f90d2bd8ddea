package extract

import (
	"fmt"
	"os"
	"testing"
)

func TestZZDebug(t *testing.T) {
	data, _ := os.ReadFile(os.Getenv("F"))
	r, err := openLib(data)
	fmt.Println("open", err)
	if err != nil {
		return
	}
	root := r.Trailer().Key("Root")
	fmt.Println("trailer", r.Trailer())
	fmt.Println("root", root)
	fmt.Println("pages", root.Key("Pages"))
	p, tr, err := walkPages(r, 100)
	fmt.Println(len(p), tr, err)
	for _, pg := range p {
		fmt.Println(pg.v, pg.resources)
	}
}
