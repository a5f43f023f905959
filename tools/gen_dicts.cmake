# tools/gen_dicts: the build-time generator of the country, capital, demonym and place
# dictionaries (build/data/generated/{countries,places}.tsv) from the Debian data
# packages (iso-codes, libicu-dev, libgeonames-dev) and our tables in data/sources/.
pkg_check_modules(GEONAMES REQUIRED IMPORTED_TARGET geonames)

isnad_library(isnad_gen_dicts_lib
  SOURCES
    ${CMAKE_CURRENT_SOURCE_DIR}/gen_dicts/inflect.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/gen_dicts/debian_sources.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/gen_dicts/source_tables.cc
    ${CMAKE_CURRENT_SOURCE_DIR}/gen_dicts/generate.cc
  DEPS isnad_util ICU::uc ICU::i18n ICU::data PkgConfig::GEONAMES nlohmann_json::nlohmann_json)
target_include_directories(isnad_gen_dicts_lib PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})

add_executable(gen_dicts ${CMAKE_CURRENT_SOURCE_DIR}/gen_dicts/gen_dicts_main.cc)
target_compile_features(gen_dicts PRIVATE cxx_std_20)
target_link_libraries(gen_dicts PRIVATE isnad_gen_dicts_lib isnad_warnings)

set(ISNAD_GEN_SOURCES_DIR ${PROJECT_SOURCE_DIR}/data/sources)
set(ISNAD_GEN_OUT_DIR ${PROJECT_BINARY_DIR}/data/generated)
set(ISNAD_ISO_CODES_DIR /usr/share/iso-codes/json CACHE PATH "iso-codes' JSON files")
set(ISNAD_LOCALE_DIR /usr/share/locale CACHE PATH "gettext catalogs (iso-codes, libgeonames)")
set(ISNAD_GEN_TABLES
  ${ISNAD_GEN_SOURCES_DIR}/cameo_codes.tsv
  ${ISNAD_GEN_SOURCES_DIR}/country_alternates.tsv
  ${ISNAD_GEN_SOURCES_DIR}/country_name_exclusions.tsv
  ${ISNAD_GEN_SOURCES_DIR}/demonyms.tsv
  ${ISNAD_GEN_SOURCES_DIR}/capitals.tsv)
set(ISNAD_GEN_DEBIAN_FILES ${ISNAD_ISO_CODES_DIR}/iso_3166-1.json)
foreach(lang ar fr)
  list(APPEND ISNAD_GEN_DEBIAN_FILES
    ${ISNAD_LOCALE_DIR}/${lang}/LC_MESSAGES/iso_3166-1.mo
    ${ISNAD_LOCALE_DIR}/${lang}/LC_MESSAGES/geonames.mo)
endforeach()

add_custom_command(
  OUTPUT ${ISNAD_GEN_OUT_DIR}/countries.tsv ${ISNAD_GEN_OUT_DIR}/places.tsv
  COMMAND gen_dicts --sources ${ISNAD_GEN_SOURCES_DIR} --out ${ISNAD_GEN_OUT_DIR}
          --iso-codes ${ISNAD_ISO_CODES_DIR} --locale-dir ${ISNAD_LOCALE_DIR} --verbose
  DEPENDS gen_dicts ${ISNAD_GEN_TABLES} ${ISNAD_GEN_DEBIAN_FILES}
  COMMENT "Generating data/generated/countries.tsv and places.tsv"
  VERBATIM)
add_custom_target(isnad_generated_dicts ALL
  DEPENDS ${ISNAD_GEN_OUT_DIR}/countries.tsv ${ISNAD_GEN_OUT_DIR}/places.tsv)

isnad_test(gen_dicts_test
  SOURCES ${CMAKE_CURRENT_SOURCE_DIR}/gen_dicts/gen_dicts_test.cc
  DEPS isnad_gen_dicts_lib)
if(TARGET gen_dicts_test)
  # The test reads the generated files from ISNAD_DATA_DIR (build/data).
  add_dependencies(gen_dicts_test isnad_generated_dicts)
endif()
