// isnad query: questions to an event store, answered in JSON on standard output:
// the actor network, a dyad's time series, the top events, the evidence for an
// edge, full-text search over sentences.
#include <unistd.h>

#include "commands.h"
#include "common.h"
#include "store/backend.h"
#include "store/query.h"
#ifdef ISNAD_HAVE_POSTGRES
#include "store/pg_query.h"
#endif

namespace isnad::app {

void AddStoreFilterOptions(CLI::App& app, StoreFilterFlags* flags) {
  app.add_option("--from", flags->filter.from_day, "first day (YYYY-MM-DD) of events counted");
  app.add_option("--to", flags->filter.to_day, "last day (YYYY-MM-DD) of events counted");
  app.add_option("--lang", flags->filter.langs, "only sentences in this language (ar, fr, en); repeatable");
  app.add_option("--certainty", flags->filter.certainties,
                 "only this certainty (asserted, reported, alleged, hypothetical, negated); repeatable");
  app.add_option("--root", flags->filter.roots, "only this CAMEO root (01..20); repeatable");
  app.add_option("--plover", flags->filter.plover_types, "only this PLOVER event type (ASSAULT, PROTEST ...); repeatable");
  app.add_option("--outlet", flags->filter.outlets, "only reports from this outlet (the document source); repeatable");
  app.add_flag("--no-background", flags->no_background, "leave out events recalled as background");
  app.add_option("--level", flags->level, "actor level of nodes and dyads: country or agent")->capture_default_str();
}

Status FinishStoreFilter(StoreFilterFlags* flags) {
  flags->filter.include_background = !flags->no_background;
  auto level = store::ParseActorLevel(flags->level);
  if (!level.ok()) return level.status();
  flags->filter.level = *level;
  for (const std::string* day : {&flags->filter.from_day, &flags->filter.to_day}) {
    if (!day->empty() && !IsIsoDate(*day)) {
      return Status::InvalidArgument("--from and --to must be YYYY-MM-DD, got '" + *day + "'");
    }
  }
  return Status::OK();
}

StatusOr<std::unique_ptr<store::Store>> OpenExistingStore(const std::string& path) {
  if (path != ":memory:" && access(path.c_str(), F_OK) != 0) {
    return Status::NotFound(path + ": no such database (create it with isnad ingest)");
  }
  store::StoreOptions options;
  // Reading must not re-deduplicate: keep whatever rule the store was built with.
  options.adopt_stored_dedup = true;
  return store::Store::Open(path, options);
}

int RunQuery(int argc, char** argv) {
  CLI::App app{"Query an event store; the answer is JSON on standard output.\n"
               "  network   actors and directed edges (events, mentions, mean Goldstein, cooperation/conflict)\n"
               "  series    events of a dyad per day, week or month (--source, --target, --period)\n"
               "  top       the events with the most reports\n"
               "  evidence  the sentences behind an edge (--source, --target), with spans and sources\n"
               "  search    sentences holding every word of --text (diacritics and case ignored)"};
  app.name("isnad query");
  std::string what, db_path, source, target, period = "month", query_text;
  int limit = 100;
  StoreFilterFlags flags;
  app.add_option("what", what, "network, series, top, evidence or search")
      ->required()
      ->check(CLI::IsMember({"network", "series", "top", "evidence", "search"}));
  app.add_option("--db", db_path, "the SQLite database, or a postgresql:// URI")->required();
  app.add_option("--source", source, "source actor code (at --level) for series and evidence");
  app.add_option("--target", target, "target actor code (at --level) for series and evidence");
  app.add_option("--period", period, "series period: day, week or month")->capture_default_str();
  app.add_option("--text", query_text, "words to search for");
  app.add_option("--limit", limit, "most results for top, evidence and search")
      ->capture_default_str()
      ->check(CLI::PositiveNumber);
  AddStoreFilterOptions(app, &flags);
  if (int rc = ParseArgs(app, argc, argv); rc >= 0) return rc;
  if (Status s = FinishStoreFilter(&flags); !s.ok()) {
    std::fprintf(stderr, "isnad query: %s\n", s.message().c_str());
    return kExitUsage;
  }
  auto bucket = store::ParseBucket(period);
  if (!bucket.ok()) {
    std::fprintf(stderr, "isnad query: %s\n", bucket.status().message().c_str());
    return kExitUsage;
  }
  if (what == "evidence" && (source.empty() || target.empty())) {
    std::fprintf(stderr, "isnad query: evidence needs --source and --target\n");
    return kExitUsage;
  }
  Status status;
  std::string json;
#ifdef ISNAD_HAVE_POSTGRES
  if (store::IsPostgresUri(db_path)) {
    store::PgStoreOptions pg_options;
    pg_options.adopt_stored_dedup = true;  // Reading never re-links events.
    auto pg = store::PgStore::Open(db_path, pg_options);
    if (!pg.ok()) {
      PrintError("opening the store", pg.status());
      return kExitFailure;
    }
    store::PgStore& st = **pg;
    if (what == "network") {
      auto r = store::PgQueryNetwork(st, flags.filter);
      status = r.status();
      if (r.ok()) json = store::NetworkJson(*r);
    } else if (what == "series") {
      auto r = store::PgQuerySeries(st, source, target, *bucket, flags.filter);
      status = r.status();
      if (r.ok()) json = store::SeriesJson(*r);
    } else if (what == "top") {
      auto r = store::PgQueryTopEvents(st, flags.filter, limit);
      status = r.status();
      if (r.ok()) json = store::TopEventsJson(*r);
    } else if (what == "evidence") {
      auto r = store::PgQueryEvidence(st, source, target, flags.filter, limit);
      status = r.status();
      if (r.ok()) json = store::EvidenceJson(*r);
    } else {
      auto r = store::PgSearchSentences(st, query_text, limit);
      status = r.status();
      if (r.ok()) json = store::SearchJson(*r);
    }
    if (!status.ok()) {
      PrintError("query", status);
      return kExitFailure;
    }
    std::printf("%s\n", json.c_str());
    return std::fflush(stdout) == 0 ? kExitOk : kExitFailure;
  }
#endif
  if (store::NamesPostgres(db_path)) {
    PrintError("opening the store", Status::Unsupported("this isnad was built without PostgreSQL support (libpqxx)"));
    return kExitFailure;
  }
  auto db = OpenExistingStore(db_path);
  if (!db.ok()) {
    PrintError("opening the store", db.status());
    return kExitFailure;
  }
  store::Store& st = **db;
  if (what == "network") {
    auto r = store::QueryNetwork(st, flags.filter);
    status = r.status();
    if (r.ok()) json = store::NetworkJson(*r);
  } else if (what == "series") {
    auto r = store::QuerySeries(st, source, target, *bucket, flags.filter);
    status = r.status();
    if (r.ok()) json = store::SeriesJson(*r);
  } else if (what == "top") {
    auto r = store::QueryTopEvents(st, flags.filter, limit);
    status = r.status();
    if (r.ok()) json = store::TopEventsJson(*r);
  } else if (what == "evidence") {
    auto r = store::QueryEvidence(st, source, target, flags.filter, limit);
    status = r.status();
    if (r.ok()) json = store::EvidenceJson(*r);
  } else {
    auto r = store::SearchSentences(st, query_text, limit);
    status = r.status();
    if (r.ok()) json = store::SearchJson(*r);
  }
  if (!status.ok()) {
    PrintError("query", status);
    return kExitFailure;
  }
  std::printf("%s\n", json.c_str());
  return std::fflush(stdout) == 0 ? kExitOk : kExitFailure;
}

}  // namespace isnad::app
