# The explorer's request parsing: query parameters, static paths, UTF-16 spans.
isnad_fuzzer(fuzz_serve_params fuzz_serve_params.cc DEPS isnad_serve)
