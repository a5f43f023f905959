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

StatusOr<std::unique_ptr<store::EventStore>> OpenStoreForReading(const std::string& db) {
  // Reading must not re-deduplicate: keep whatever rule the store was built with.
  if (store::NamesPostgres(db)) {
#ifdef ISNAD_HAVE_POSTGRES
    store::PgStoreOptions pg_options;
    pg_options.adopt_stored_dedup = true;
    auto pg = store::PgStore::Open(db, pg_options);
    if (!pg.ok()) return pg.status();
    return std::unique_ptr<store::EventStore>(std::move(pg).value());
#else
    return Status::Unsupported("this isnad was built without PostgreSQL support (libpqxx)");
#endif
  }
  if (db != ":memory:" && access(db.c_str(), F_OK) != 0) {
    return Status::NotFound(db + ": no such database (create it with isnad ingest)");
  }
  store::StoreOptions options;
  options.adopt_stored_dedup = true;
  auto lite = store::Store::Open(db, options);
  if (!lite.ok()) return lite.status();
  return std::unique_ptr<store::EventStore>(std::move(lite).value());
}

namespace {

// What `isnad query` was asked, whichever store answers.
struct QueryArgs {
  const std::string& what;  // network, series, top, evidence or search.
  const std::string& source;
  const std::string& target;
  const std::string& text;
  store::Bucket bucket;
  int limit;
  const store::QueryFilter& filter;
};

// The five questions of one backend. The SQLite and PostgreSQL functions take
// the same arguments but their store, so Answer() below is written once and
// each backend is one row of function names.
template <typename StoreT>
struct Queries {
  StatusOr<store::Network> (*network)(StoreT&, const store::QueryFilter&);
  StatusOr<std::vector<store::SeriesPoint>> (*series)(StoreT&, std::string_view, std::string_view, store::Bucket,
                                                      const store::QueryFilter&);
  StatusOr<std::vector<store::TopEvent>> (*top)(StoreT&, const store::QueryFilter&, int);
  StatusOr<std::vector<store::Evidence>> (*evidence)(StoreT&, std::string_view, std::string_view,
                                                     const store::QueryFilter&, int);
  StatusOr<std::vector<store::SearchHit>> (*search)(StoreT&, std::string_view, int);
};

constexpr Queries<store::Store> kSqliteQueries{store::QueryNetwork, store::QuerySeries, store::QueryTopEvents,
                                               store::QueryEvidence, store::SearchSentences};
#ifdef ISNAD_HAVE_POSTGRES
constexpr Queries<store::PgStore> kPgQueries{store::PgQueryNetwork, store::PgQuerySeries, store::PgQueryTopEvents,
                                             store::PgQueryEvidence, store::PgSearchSentences};
#endif

// The JSON answer of `args.what` on `st`, asked through `q`.
template <typename StoreT>
StatusOr<std::string> Answer(StoreT& st, const Queries<StoreT>& q, const QueryArgs& args) {
  auto render = [](auto result, auto to_json) -> StatusOr<std::string> {
    if (!result.ok()) return result.status();
    return to_json(*result);
  };
  if (args.what == "network") return render(q.network(st, args.filter), store::NetworkJson);
  if (args.what == "series") {
    return render(q.series(st, args.source, args.target, args.bucket, args.filter), store::SeriesJson);
  }
  if (args.what == "top") return render(q.top(st, args.filter, args.limit), store::TopEventsJson);
  if (args.what == "evidence") {
    return render(q.evidence(st, args.source, args.target, args.filter, args.limit), store::EvidenceJson);
  }
  return render(q.search(st, args.text, args.limit), store::SearchJson);
}

int PrintAnswer(const StatusOr<std::string>& json) {
  if (!json.ok()) {
    PrintError("query", json.status());
    return kExitFailure;
  }
  std::printf("%s\n", json->c_str());
  return std::fflush(stdout) == 0 ? kExitOk : kExitFailure;
}

}  // namespace

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
  const QueryArgs args{what, source, target, query_text, *bucket, limit, flags.filter};
  auto db = OpenStoreForReading(db_path);
  if (!db.ok()) {
    PrintError("opening the store", db.status());
    return kExitFailure;
  }
#ifdef ISNAD_HAVE_POSTGRES
  if (store::PgStore* pg = (*db)->postgres()) return PrintAnswer(Answer(*pg, kPgQueries, args));
#endif
  return PrintAnswer(Answer(*(*db)->sqlite(), kSqliteQueries, args));
}

}  // namespace isnad::app
