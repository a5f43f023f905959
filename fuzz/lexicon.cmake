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

# Instrument the code under test, not only the fuzz drivers: coverage feedback and
# the sanitizers must see the readers themselves. Consumers link the sanitizer
# runtimes through the INTERFACE link options.
foreach(lib isnad_lexicon isnad_eval)
  if(TARGET ${lib})
    target_compile_options(${lib} PRIVATE -fsanitize=fuzzer-no-link,address,undefined -fno-omit-frame-pointer)
    target_link_options(${lib} INTERFACE -fsanitize=address,undefined)
  endif()
endforeach()
