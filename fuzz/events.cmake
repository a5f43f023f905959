# The JSONL event writer's string escaping against the reference escape.
if(TARGET isnad_events)
  isnad_fuzzer(fuzz_event_writer ${CMAKE_CURRENT_SOURCE_DIR}/fuzz_event_writer.cc
    DEPS isnad_events isnad_util nlohmann_json::nlohmann_json)
endif()
