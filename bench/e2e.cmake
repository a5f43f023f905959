# End to end (raw text -> JSONL events) on one thread beside ICU word segmentation,
# and the fixed sample for callgrind instruction counts (scripts/bench-callgrind.sh).
# It links the CLI's engine loading (apps/common.cc) so it codes exactly as `isnad code`.
isnad_bench(e2e_bench SOURCES e2e_bench.cc ${PROJECT_SOURCE_DIR}/apps/common.cc
  DEPS isnad_coder isnad_events isnad_lexicon isnad_text isnad_ingest isnad_eval CLI11::CLI11 ICU::uc ICU::i18n
  nlohmann_json::nlohmann_json)
target_include_directories(e2e_bench PRIVATE ${PROJECT_SOURCE_DIR}/apps)
target_compile_definitions(e2e_bench PRIVATE ISNAD_BUILD_DATA_DIR="${PROJECT_BINARY_DIR}/data")
add_dependencies(e2e_bench isnad_data)
if(TARGET isnad_generated_dicts)
  add_dependencies(e2e_bench isnad_generated_dicts)
endif()
