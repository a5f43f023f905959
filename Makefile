# isnad: the two commands a new user needs are `make run` and `make test`.
# Both install the missing Debian packages (deps/debian-packages.txt), configure
# and build; BUILD, PREFIX and JOBS may be overridden on the command line.
BUILD ?= build
PREFIX ?= /usr/local
JOBS ?= $(shell nproc 2>/dev/null || echo 2)
CMAKE_FLAGS ?=

.PHONY: all deps configure build test run install bench bench-callgrind fuzz test-asan clean

all: build

deps:
	@scripts/install-deps.sh
	@# The explorer's pinned JavaScript (package-lock.json), again whenever the lock changes.
	@if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then \
	  npm ci --no-audit --no-fund --loglevel=error; fi

configure: deps
	@cmake -S . -B $(BUILD) -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=$(PREFIX) $(CMAKE_FLAGS) >/dev/null

build: configure
	@cmake --build $(BUILD) -j $(JOBS)

test: build
	@cd $(BUILD) && ctest --output-on-failure -j $(JOBS) -LE slow

run: build
	@scripts/run-demo.sh $(BUILD)

install: build
	@cmake --install $(BUILD)

# The whole test suite under AddressSanitizer and UndefinedBehaviorSanitizer.
test-asan: deps
	@cmake -S . -B build-asan -DCMAKE_BUILD_TYPE=Debug -DISNAD_SANITIZE=ON -DISNAD_BUILD_BENCH=OFF $(CMAKE_FLAGS) >/dev/null
	@cmake --build build-asan -j $(JOBS)
	@cd build-asan && ASAN_OPTIONS=detect_leaks=1 ctest --output-on-failure -j $(JOBS) -LE slow

# libFuzzer targets, each run FUZZ_SECONDS (default 60) on its seed corpus.
fuzz:
	@scripts/install-deps.sh deps/debian-packages.txt deps/debian-packages-fuzz.txt
	@scripts/run-fuzz.sh build-fuzz

# Benchmarks; writes the figures to docs/PERFORMANCE.md.
bench: build
	@scripts/run-bench.sh $(BUILD)

# Instructions per sentence on a fixed sample (valgrind): stable from change to change.
bench-callgrind: build
	@scripts/bench-callgrind.sh $(BUILD)

clean:
	rm -rf $(BUILD) build-asan build-fuzz
