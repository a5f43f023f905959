# Fuzz targets of the lexicon (dictionary readers) and of the PETRARCH record
# reader. Seed corpora: fuzz/corpus/<target>/.
isnad_fuzzer(fuzz_lexicon_isnad_tsv ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_lexicon_isnad_tsv.cc DEPS isnad_lexicon)
foreach(kind actors agents verbs discards)
  isnad_fuzzer(fuzz_lexicon_tabari_${kind} ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_lexicon_tabari.cc DEPS isnad_lexicon)
  string(TOUPPER ${kind} kind_upper)
  target_compile_definitions(fuzz_lexicon_tabari_${kind} PRIVATE ISNAD_FUZZ_TABARI_${kind_upper})
endforeach()
isnad_fuzzer(fuzz_lexicon_pico ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_lexicon_pico.cc DEPS isnad_lexicon)
if(TARGET isnad_eval)
  isnad_fuzzer(fuzz_eval_records ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_eval_records.cc DEPS isnad_eval)
endif()
