# mishen — make targets. `make test` runs everything CI runs.
GO      ?= go
BIN     ?= bin/mishen
PKGS    := ./...

.PHONY: build test vet fmt-check demo bench eval fuzz clean

build:
	$(GO) build -o $(BIN) ./cmd/mishen

fmt-check:
	@out=$$(gofmt -l $$(git ls-files '*.go' 2>/dev/null || find . -name '*.go')); \
	if [ -n "$$out" ]; then echo "gofmt needed:"; echo "$$out"; exit 1; fi

vet:
	$(GO) vet $(PKGS)

# Everything CI runs: formatting, vet, and every test with the race detector.
test: fmt-check vet
	$(GO) test -race -count=1 -timeout 40m $(PKGS)

# The README's first command: screen the bundled sample inbox into ./reports.
# Exit status 1 means "some documents need a person", which is the point of
# the sample, so only 2 (the run failed) fails the target.
demo: build
	./$(BIN) scan --out reports testdata/inbox; st=$$?; [ $$st -le 1 ] || exit $$st

bench:
	$(GO) test -run '^$$' -bench . -benchmem $(PKGS)

# Detection quality on the labelled corpus: per-category precision/recall and
# the verdict confusion matrix.
eval:
	$(GO) test -count=1 -run TestLabelledCorpus -v ./quality/

# Short fuzzing of every target (CI runs the seed corpora as plain tests).
FUZZTIME ?= 1m
fuzz:
	$(GO) test ./extract -run '^$$' -fuzz FuzzText -fuzztime $(FUZZTIME) -parallel 1
	$(GO) test ./extract -run '^$$' -fuzz FuzzHTML -fuzztime $(FUZZTIME) -parallel 1
	$(GO) test ./extract -run '^$$' -fuzz FuzzDOCX -fuzztime $(FUZZTIME) -parallel 1
	$(GO) test ./sandbox -run '^$$' -fuzz FuzzPDFSandboxed -fuzztime $(FUZZTIME) -parallel 1

clean:
	rm -rf bin reports
