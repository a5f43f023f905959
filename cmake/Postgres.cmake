# PostgreSQL backend of the event store (src/store/pg_store.h): built when
# libpqxx (Debian's libpqxx-dev) is found by pkg-config, unless
# -DISNAD_WITH_POSTGRES=OFF. Defines PkgConfig::PQXX and ISNAD_HAVE_POSTGRES.
pkg_check_modules(PQXX IMPORTED_TARGET libpqxx)
if(PQXX_FOUND)
  option(ISNAD_WITH_POSTGRES "Build the PostgreSQL event store (libpqxx)" ON)
else()
  option(ISNAD_WITH_POSTGRES "Build the PostgreSQL event store (libpqxx)" OFF)
endif()
if(ISNAD_WITH_POSTGRES AND NOT PQXX_FOUND)
  message(FATAL_ERROR "ISNAD_WITH_POSTGRES is ON but libpqxx was not found (install libpqxx-dev)")
endif()
set(ISNAD_HAVE_POSTGRES ${ISNAD_WITH_POSTGRES})
