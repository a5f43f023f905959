// isnad export: the events and the network of an event store, in the formats
// other tools read: JSONL, CSV and GDELT-style TSV for the event records (as
// `isnad code` writes them), CSV for the deduplicated events, GraphML and GEXF
// for the actor network (Gephi).
#include "commands.h"
#include "common.h"
#include "events/writer.h"
#include "store/backend.h"
#include "store/export.h"
#include "util/files.h"

namespace isnad::app {

int RunExport(int argc, char** argv) {
  CLI::App app{"Export an event store.\n"
               "  --jsonl, --csv, --gdelt  every stored event record (one per report), as 'isnad code' writes them\n"
               "  --events-csv             the deduplicated events with their report and outlet counts\n"
               "  --graphml, --gexf        the actor network for Gephi (nodes = actor codes; edges carry events,\n"
               "                           mentions, mean_goldstein, cooperation, conflict; weight = events)"};
  app.name("isnad export");
  std::string db_path, output;
  bool jsonl = false, csv = false, gdelt = false, events_csv = false, graphml = false, gexf = false, bom = false;
  StoreFilterFlags flags;
  app.add_option("--db", db_path, "the SQLite database")->required();
  auto* group = app.add_option_group("format", "exactly one of the formats");
  group->add_flag("--jsonl", jsonl, "event records as JSONL");
  group->add_flag("--csv", csv, "event records as RFC 4180 CSV (header row, UTF-8, LF)");
  group->add_flag("--gdelt", gdelt, "event records as GDELT 1.0-style TSV");
  group->add_flag("--events-csv", events_csv, "deduplicated events as CSV");
  group->add_flag("--graphml", graphml, "the actor network as GraphML");
  group->add_flag("--gexf", gexf, "the actor network as GEXF 1.3");
  group->require_option(1);
  app.add_flag("--csv-bom", bom, "start CSV with a UTF-8 byte order mark (for old Excel versions)");
  app.add_option("-o,--output", output, "write to this file instead of standard output");
  AddStoreFilterOptions(app, &flags);
  if (int rc = ParseArgs(app, argc, argv); rc >= 0) return rc;
  if (Status s = FinishStoreFilter(&flags); !s.ok()) {
    std::fprintf(stderr, "isnad export: %s\n", s.message().c_str());
    return kExitUsage;
  }
  if (store::NamesPostgres(db_path)) {
    // The exports read the SQLite store's tables through its API; PostgreSQL
    // stores answer `isnad query` only, for now.
    PrintError("opening the store", Status::Unsupported("export reads SQLite stores only; query a PostgreSQL store"
                                                        " with isnad query"));
    return kExitFailure;
  }
  auto db = OpenExistingStore(db_path);
  if (!db.ok()) {
    PrintError("opening the store", db.status());
    return kExitFailure;
  }
  std::FILE* out = stdout;
  if (!output.empty()) {
    out = std::fopen(output.c_str(), "wb");
    if (out == nullptr) {
      std::fprintf(stderr, "isnad export: cannot write %s\n", output.c_str());
      return kExitFailure;
    }
  }
  Status status;
  if (jsonl || csv || gdelt) {
    events::WriterOptions writer_options;
    writer_options.csv_bom = bom;
    auto writer = events::NewWriter(jsonl ? "jsonl" : csv ? "csv" : "gdelt", out, writer_options);
    status = writer.status();
    if (writer.ok()) {
      status = store::ExportMentions(**db, flags.filter, writer->get());
      Status fin = (*writer)->Finish();
      if (status.ok()) status = fin;
    }
  } else {
    std::string text;
    if (events_csv) {
      if (bom) text = "\xEF\xBB\xBF";
      status = store::ExportEventsCsv(**db, flags.filter, &text);
    } else {
      auto network = store::QueryNetwork(**db, flags.filter);
      status = network.status();
      if (network.ok()) {
        if (graphml) {
          store::AppendGraphml(*network, &text);
        } else {
          store::AppendGexf(*network, &text);
        }
      }
    }
    if (status.ok() && std::fwrite(text.data(), 1, text.size(), out) != text.size()) {
      status = Status::IoError("write failed");
    }
  }
  bool close_failed = out != stdout ? std::fclose(out) != 0 : std::fflush(stdout) != 0;
  if (!status.ok()) {
    PrintError("export", status);
    return kExitFailure;
  }
  if (close_failed) {
    std::fprintf(stderr, "isnad export: cannot write %s\n", output.empty() ? "standard output" : output.c_str());
    return kExitFailure;
  }
  return kExitOk;
}

}  // namespace isnad::app
