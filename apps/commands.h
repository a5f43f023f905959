// apps/commands.h: the subcommands of the isnad CLI. Each parses its own options
// and returns an exit code (0 ok, 1 failure, 2 usage); none exits.
#ifndef ISNAD_APPS_COMMANDS_H_
#define ISNAD_APPS_COMMANDS_H_

#include <memory>
#include <string>

#include "store/query.h"
#include "store/store.h"
#include "util/status.h"

namespace CLI {
class App;
}  // namespace CLI

namespace isnad::app {

int RunCode(int argc, char** argv);
int RunExplain(int argc, char** argv);
int RunDict(int argc, char** argv);
int RunEval(int argc, char** argv);
int RunIngest(int argc, char** argv);
int RunQuery(int argc, char** argv);
int RunExport(int argc, char** argv);
int RunServe(int argc, char** argv);

// The filter options shared by query and export (cmd_query.cc).
struct StoreFilterFlags {
  store::QueryFilter filter;
  bool no_background = false;
  std::string level = "country";
};
void AddStoreFilterOptions(CLI::App& app, StoreFilterFlags* flags);
// Checks the flags and completes flags->filter; kInvalidArgument for a bad value.
Status FinishStoreFilter(StoreFilterFlags* flags);
// Opens the existing store `--db` names for reading, keeping the dedup rule it
// was built with: a PostgreSQL URI (store::NamesPostgres) opens the PostgreSQL
// store, kUnsupported in a build without it; anything else an SQLite file,
// kNotFound when it does not exist. Other errors as the stores' Open.
StatusOr<std::unique_ptr<store::EventStore>> OpenStoreForReading(const std::string& db);

}  // namespace isnad::app

#endif  // ISNAD_APPS_COMMANDS_H_
