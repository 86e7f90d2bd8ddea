module github.com/bureau/mishen/scanner/testdata/matchercompare

go 1.26.0

require (
	github.com/cloudflare/ahocorasick v0.0.0-20240916140611-054963ec9396
	github.com/coregx/ahocorasick v0.3.1
)
