# The lexicon and the coder: dictionary load/compile time and memory, and
# matching and coding throughput next to tokenization alone over the same text.
isnad_bench(lexicon_bench SOURCES lexicon_bench.cc DEPS isnad_coder isnad_lexicon isnad_text isnad_ingest
  nlohmann_json::nlohmann_json)
target_compile_definitions(lexicon_bench PRIVATE ISNAD_BUILD_DATA_DIR="${PROJECT_BINARY_DIR}/data")
add_dependencies(lexicon_bench isnad_data)
if(TARGET isnad_generated_dicts)
  add_dependencies(lexicon_bench isnad_generated_dicts)
endif()
