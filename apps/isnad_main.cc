// isnad: the command line. A usage list and a dispatch table; each subcommand
// parses its own options and returns an exit code (0 ok, 1 failure, 2 usage).
// Only main() returns; nothing below exits.
#include <cstdio>
#include <cstring>
#include <string>
#include <string_view>

#include "commands.h"

namespace {

constexpr const char* kVersion = "0.1.0";

struct Command {
  const char* name;
  const char* summary;
  int (*run)(int argc, char** argv);  // argv[0] is the subcommand name.
};

using isnad::app::RunCode;
using isnad::app::RunDict;
using isnad::app::RunEval;
using isnad::app::RunExplain;
using isnad::app::RunExport;
using isnad::app::RunIngest;
using isnad::app::RunQuery;
using isnad::app::RunServe;

const Command kCommands[] = {
    {"code", "code documents into events (JSONL, CSV or GDELT-style TSV)", RunCode},
    {"ingest", "code documents and store them in an SQLite database", RunIngest},
    {"query", "ask a database: network, series, top, evidence, search (JSON)", RunQuery},
    {"serve", "serve the explorer for a database on localhost", RunServe},
    {"explain", "show every token, match and rule behind a sentence's events", RunExplain},
    {"eval", "score against gold sets (seed, arabic-gsr, petrarch)", RunEval},
    {"dict", "dictionary tools: lint, import, stats", RunDict},
    {"export", "export events and the network (CSV, GDELT, GraphML, GEXF)", RunExport},
};

void PrintUsage(std::FILE* out) {
  std::fprintf(out, "isnad %s: political event coding for Arabic, French and English news\n\n", kVersion);
  std::fprintf(out, "usage: isnad <command> [options]\n\ncommands:\n");
  for (const auto& c : kCommands) std::fprintf(out, "  %-9s %s\n", c.name, c.summary);
  std::fprintf(out, "  %-9s %s\n", "help", "show the options of a command: isnad help <command>");
  std::fprintf(out, "\noptions: --version, --help\nexit codes: 0 ok, 1 failure, 2 usage error\n");
}

const Command* Find(std::string_view name) {
  for (const auto& c : kCommands) {
    if (name == c.name) return &c;
  }
  return nullptr;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    PrintUsage(stderr);
    return 2;
  }
  std::string_view first = argv[1];
  if (first == "--version" || first == "version") {
    std::printf("isnad %s\n", kVersion);
    return 0;
  }
  if (first == "--help" || first == "-h") {
    PrintUsage(stdout);
    return 0;
  }
  if (first == "help") {
    if (argc < 3) {
      PrintUsage(stdout);
      return 0;
    }
    const Command* c = Find(argv[2]);
    if (c == nullptr) {
      std::fprintf(stderr, "isnad: unknown command '%s'\n", argv[2]);
      return 2;
    }
    char help[] = "--help";
    char* sub_argv[] = {argv[2], help, nullptr};
    return c->run(2, sub_argv);
  }
  const Command* c = Find(first);
  if (c == nullptr) {
    std::fprintf(stderr, "isnad: unknown command '%s'\n\n", argv[1]);
    PrintUsage(stderr);
    return 2;
  }
  return c->run(argc - 1, argv + 1);
}
