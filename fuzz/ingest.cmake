# Fuzz targets of the ingest stage: each feeds the bytes to one reader through
# the in-memory entry points of src/ingest/readers_internal.h.
# libFuzzer only steers by coverage of instrumented code, so the ingest library
# (and util, which it calls) are compiled with coverage hooks in fuzz builds.
foreach(lib isnad_ingest isnad_util)
  target_compile_options(${lib} PRIVATE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
endforeach()

isnad_fuzzer(fuzz_ingest_text ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_ingest_text.cc DEPS isnad_ingest)
isnad_fuzzer(fuzz_ingest_jsonl ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_ingest_jsonl.cc DEPS isnad_ingest)
isnad_fuzzer(fuzz_ingest_html ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_ingest_html.cc DEPS isnad_ingest)
isnad_fuzzer(fuzz_ingest_warc ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_ingest_warc.cc DEPS isnad_ingest)
