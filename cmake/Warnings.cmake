# One INTERFACE target carries the warning flags and the sanitizer switches; every
# isnad target links it. Nothing goes into CMAKE_CXX_FLAGS.
add_library(isnad_warnings INTERFACE)
target_compile_options(isnad_warnings INTERFACE
  -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wno-missing-field-initializers)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  target_compile_options(isnad_warnings INTERFACE -Wshadow=local)
endif()
if(ISNAD_WERROR)
  target_compile_options(isnad_warnings INTERFACE -Werror)
endif()
if(ISNAD_SANITIZE)
  target_compile_options(isnad_warnings INTERFACE
    -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  target_link_options(isnad_warnings INTERFACE -fsanitize=address,undefined)
endif()

# isnad_library(NAME SOURCES... DEPS ...): a stage library with C++20 and our warnings.
function(isnad_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${ARG_SOURCES})
  target_compile_features(${name} PUBLIC cxx_std_20)
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PUBLIC ${ARG_DEPS} PRIVATE isnad_warnings)
endfunction()

# GCC 12 reports -Wrestrict false positives inside libstdc++'s std::string
# concatenation at -O2 (GCC bug 105329); the warning is off for that compiler only.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(isnad_warnings INTERFACE -Wno-restrict)
endif()
