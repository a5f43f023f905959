# The versioned tables of data/cameo (CAMEO, PLOVER, modality) and their shared
# line reader (util/versioned_table).
if(TARGET isnad_coder)
  isnad_fuzzer(fuzz_tables ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_tables.cc DEPS isnad_coder isnad_events)
endif()
