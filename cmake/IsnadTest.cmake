# isnad_test(NAME SOURCES... DEPS ... [LABELS unit|e2e|slow]): a GoogleTest binary
# registered with ctest. Tests run from the build tree; ISNAD_SOURCE_DIR and
# ISNAD_SHARED_DIR (../shared beside the checkout) are passed in the environment.
function(isnad_test name)
  if(NOT ISNAD_BUILD_TESTS)
    return()
  endif()
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS;LABELS" ${ARGN})
  if(NOT ARG_LABELS)
    set(ARG_LABELS unit)
  endif()
  add_executable(${name} ${ARG_SOURCES})
  target_compile_features(${name} PRIVATE cxx_std_20)
  target_link_libraries(${name} PRIVATE ${ARG_DEPS} isnad_testutil GTest::gtest GTest::gmock GTest::gtest_main isnad_warnings)
  add_test(NAME ${name} COMMAND ${name})
  set_tests_properties(${name} PROPERTIES
    LABELS "${ARG_LABELS}"
    ENVIRONMENT "ISNAD_SOURCE_DIR=${PROJECT_SOURCE_DIR};ISNAD_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared;ISNAD_BINARY=$<TARGET_FILE:isnad>;ISNAD_DATA_DIR=${PROJECT_BINARY_DIR}/data")
endfunction()
