// isnad export: the events and the network of an event store, in the formats
// other tools read: JSONL, CSV and GDELT-style TSV for the event records (as
// `isnad code` writes them), CSV for the deduplicated events, GraphML and GEXF
// for the actor network (Gephi). SQLite and PostgreSQL stores give the same
// output for the same data.
#include "commands.h"
#include "common.h"
#include "events/writer.h"
#include "store/backend.h"
#include "store/export.h"
#include "util/files.h"
#ifdef ISNAD_HAVE_POSTGRES
#include "store/pg_query.h"
#endif

namespace isnad::app {
namespace {

// What `isnad export` was asked to write.
struct ExportArgs {
  const char* records_format;  // "jsonl", "csv" or "gdelt" for event records; nullptr otherwise.
  bool events_csv;
  bool graphml;  // Else GEXF, when neither of the above.
  bool bom;
  const store::QueryFilter& filter;
};

// The exports of either backend: one overload per store type, so that
// WriteExport() below is written once.
Status Records(store::Store& st, const store::QueryFilter& f, events::EventWriter* w) {
  return store::ExportMentions(st, f, w);
}
Status EventsCsv(store::Store& st, const store::QueryFilter& f, std::string* out) {
  return store::ExportEventsCsv(st, f, out);
}
auto Network(store::Store& st, const store::QueryFilter& f) { return store::QueryNetwork(st, f); }
#ifdef ISNAD_HAVE_POSTGRES
Status Records(store::PgStore& st, const store::QueryFilter& f, events::EventWriter* w) {
  return store::PgExportMentions(st, f, w);
}
Status EventsCsv(store::PgStore& st, const store::QueryFilter& f, std::string* out) {
  return store::PgExportEventsCsv(st, f, out);
}
auto Network(store::PgStore& st, const store::QueryFilter& f) { return store::PgQueryNetwork(st, f); }
#endif

// Writes the export `args` asks for from `st` to `out`. Event records stream
// through the writer; the other formats are built in memory (their size is
// that of the deduplicated events or of the network, not of the reports).
template <typename StoreT>
Status WriteExport(StoreT& st, const ExportArgs& args, std::FILE* out) {
  if (args.records_format != nullptr) {
    events::WriterOptions writer_options;
    writer_options.csv_bom = args.bom;
    auto writer = events::NewWriter(args.records_format, out, writer_options);
    if (!writer.ok()) return writer.status();
    Status status = Records(st, args.filter, writer->get());
    Status fin = (*writer)->Finish();
    return status.ok() ? fin : status;
  }
  std::string text;
  if (args.events_csv) {
    if (args.bom) text = "\xEF\xBB\xBF";
    ISNAD_RETURN_IF_ERROR(EventsCsv(st, args.filter, &text));
  } else {
    auto network = Network(st, args.filter);
    if (!network.ok()) return network.status();
    if (args.graphml) {
      store::AppendGraphml(*network, &text);
    } else {
      store::AppendGexf(*network, &text);
    }
  }
  if (std::fwrite(text.data(), 1, text.size(), out) != text.size()) return Status::IoError("write failed");
  return Status::OK();
}

}  // namespace


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
  app.add_option("--db", db_path, "the SQLite database, or a postgresql:// URI")->required();
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
  const ExportArgs args{jsonl ? "jsonl" : csv ? "csv" : gdelt ? "gdelt" : nullptr, events_csv, graphml, bom,
                        flags.filter};
  auto db = OpenStoreForReading(db_path);
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
#ifdef ISNAD_HAVE_POSTGRES
  if (store::PgStore* pg = (*db)->postgres()) status = WriteExport(*pg, args, out);
#endif
  if (store::Store* sqlite = (*db)->sqlite()) status = WriteExport(*sqlite, args, out);
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
