# Fuzz targets of the ingest stage: each feeds the bytes to one reader through
# the in-memory entry points of src/ingest/readers_internal.h. (Every library is
# instrumented in fuzz builds by the root CMakeLists.txt.)
isnad_fuzzer(fuzz_ingest_text ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_ingest_text.cc DEPS isnad_ingest)
isnad_fuzzer(fuzz_ingest_jsonl ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_ingest_jsonl.cc DEPS isnad_ingest)
isnad_fuzzer(fuzz_ingest_html ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_ingest_html.cc DEPS isnad_ingest)
isnad_fuzzer(fuzz_ingest_warc ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_ingest_warc.cc DEPS isnad_ingest)
