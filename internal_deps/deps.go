package main

import (
	_ "github.com/cloudflare/ahocorasick"
	_ "github.com/coregx/ahocorasick"
	_ "github.com/fsnotify/fsnotify"
	_ "github.com/ledongthuc/pdf"
	_ "github.com/longbridgeapp/opencc"
	_ "github.com/nguyenthenguyen/docx"
	_ "github.com/pdfcpu/pdfcpu/pkg/api"
	_ "github.com/schollz/progressbar/v3"
	_ "github.com/yanyiwu/gojieba"
	_ "golang.org/x/net/html"
	_ "golang.org/x/term"
	_ "golang.org/x/text/encoding/simplifiedchinese"
	_ "golang.org/x/text/unicode/norm"
	_ "gopkg.in/yaml.v3"
	_ "modernc.org/sqlite"
)

func main() {}
