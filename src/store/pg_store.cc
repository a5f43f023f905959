// The PostgreSQL event store.
//
// Design note: several workers, one database, the rows of one worker.
//
// 1. Claiming a document. documents(id) and documents(content_hash) are
//    unique; a document is inserted with INSERT ... ON CONFLICT DO NOTHING
//    inside its own subtransaction. When another worker holds an uncommitted
//    row with the same id or hash, PostgreSQL makes the insert wait for that
//    transaction: if it commits, ours does nothing (kSameId / kSameContent), if
//    it rolls back, ours goes in. So each document is written exactly once.
//
// 2. Linking reports into events. The SQLite store anchors events in arrival
//    order, which two workers would interleave differently. Here the rule of
//    store/dedup.h is applied to the mentions of one dedup group (same actors
//    at the dedup level, same CAMEO root, same coarse-date key) sorted by the
//    canonical key (day, document id, order in the document): a mention joins
//    the open event whose first day is nearest (within the window, place equal
//    or unknown), ties going to the event anchored first, else it anchors a new
//    event. That grouping is a function of the set of mentions only.
//    Each mention stores its group (dedup_key), its Julian day and its place;
//    linking happens at the end of each batch, one group at a time in sorted
//    order, under pg_advisory_xact_lock(hash of the group), held to commit. For
//    a group whose committed mentions are grouped canonically, adding new
//    mentions with smallest key K only changes the assignment of mentions at or
//    after K: we load the group's mentions from day(K) - window on (older ones
//    belong to events that can take no mention at or after K), keep the events
//    anchored before K with the place they had learnt before K, and re-run the
//    sweep over the mentions from K on. By induction over commits the stored
//    grouping is always the canonical one, whatever the interleaving. In the
//    usual case (news arriving in date order) only the new mentions are swept;
//    a batch of old news re-sweeps the later mentions of the groups it touches.
//    Mentions that cannot be deduplicated (no actor, no date, mode none) are
//    events of their own, written with their document.
//
// 3. Deadlocks. Locks are taken in phases: document claims (in input order),
//    group locks (sorted), actor rows (one sorted upsert per batch). Only
//    claims by workers reading documents in different orders can form a cycle;
//    PostgreSQL then aborts one transaction and that worker retries the batch.
//
// 4. Events' aggregates (mention and outlet counts, first and last day and
//    report, place, first mention's code) are recomputed from the group's rows
//    for every event the sweep touched, so they never depend on order either.
#include "store/pg_store.h"

#include <algorithm>
#include <cassert>
#include <map>
#include <optional>
#include <pqxx/pqxx>
#include <set>
#include <tuple>

#include "store/ingest_common.h"
#include "store/mention_row.h"
#include "store/pg_row.h"
#include "store/schema.h"
#include "store/schema_def.h"
#include "util/hash.h"

namespace isnad::store {
namespace {

constexpr const char* kMetaDedup = "dedup";
// pg_advisory_xact_lock key of schema creation and migration.
constexpr int64_t kSchemaLockKey = 0x69736e6164000001LL;  // "isnad" + 1
// Share-mode lock key that ingest takes and Rededup takes exclusively.
constexpr int64_t kRededupLockKey = 0x69736e6164000002LL;

using internal::ActorType;
using internal::GroupOf;
using internal::RootOf;

// 64-bit FNV-1a, the advisory lock of a group (a collision only serializes
// two groups).
int64_t LockKey(std::string_view group) {
  return static_cast<int64_t>(Fnv1a64(group));
}

// The URI without its password, for messages.
std::string RedactUri(const std::string& uri) {
  size_t scheme = uri.find("://");
  size_t at = uri.find('@');
  std::string out = uri;
  if (scheme != std::string::npos && at != std::string::npos && at > scheme) {
    size_t colon = uri.find(':', scheme + 3);
    if (colon != std::string::npos && colon < at) out = uri.substr(0, colon) + ":***" + uri.substr(at);
  }
  size_t pw = out.find("password=");
  if (pw != std::string::npos) {
    size_t end = out.find('&', pw);
    out = out.substr(0, pw) + "password=***" + (end == std::string::npos ? "" : out.substr(end));
  }
  return out;
}

// SQL literals. Values are escaped by libpq (PQescapeStringConn).
class Sql {
 public:
  explicit Sql(pqxx::transaction_base& tx) : tx_(tx) {}
  std::string Text(std::string_view s) const { return tx_.quote(std::string(s)); }
  std::string TextOrNull(std::string_view s) const { return s.empty() ? "NULL" : Text(s); }
  static std::string Int(int64_t v) { return std::to_string(v); }
  static std::string Real(const std::optional<double>& v) {
    if (!v) return "NULL";
    char buf[40];
    std::snprintf(buf, sizeof buf, "%.17g", *v);
    return buf;
  }

 private:
  pqxx::transaction_base& tx_;
};

bool HasNul(std::string_view s) { return s.find('\0') != std::string_view::npos; }

// PostgreSQL text holds no NUL byte; libpq's escaping would cut the value there.
Status CheckNoNul(const DocumentInput& in) {
  const auto& d = in.doc;
  for (std::string_view s : {std::string_view(d.id), std::string_view(d.source), std::string_view(d.url),
                             std::string_view(d.title), std::string_view(d.date), std::string_view(d.lang)}) {
    if (HasNul(s)) return Status::InvalidArgument("a NUL byte in the document's metadata");
  }
  for (const auto& s : in.sentences) {
    if (HasNul(s.text) || HasNul(s.extra_search_words)) {
      return Status::InvalidArgument("a NUL byte in sentence " + std::to_string(s.index));
    }
  }
  for (size_t i = 0; i < in.events.size(); ++i) {
    const auto& e = in.events[i];
    if (HasNul(e.sentence) || HasNul(e.source.text) || HasNul(e.target.text) || HasNul(e.trigger_text) ||
        HasNul(e.date_text)) {
      return Status::InvalidArgument("a NUL byte in event " + std::to_string(i));
    }
  }
  return Status::OK();
}

// One mention of a group as the sweep sees it.
struct GroupRow {
  int64_t id = 0;
  int64_t jday = 0;
  std::string doc_id;
  int64_t ord = 0;
  std::string place;
  std::string outlet;
  std::string day;
  std::optional<std::string> doc_date;
  int64_t event = 0;        // Current event, 0 when not linked yet.
  int64_t event_jday = 0;   // That event's first day.
  std::string code, root;
  int64_t quad_class = 0;
  std::optional<double> goldstein;
  bool operator<(const GroupRow& o) const {
    return std::tie(jday, doc_id, ord) < std::tie(o.jday, o.doc_id, o.ord);
  }
};

struct GroupKeyParts {
  std::string source_actor, target_actor, code_key, date_key;
};

GroupKeyParts SplitGroup(const std::string& group) {
  GroupKeyParts p;
  std::string* fields[] = {&p.source_actor, &p.target_actor, &p.code_key, &p.date_key};
  size_t f = 0;
  for (char c : group) {
    if (c == '\x1f') {
      if (f < 3) ++f;
      continue;
    }
    fields[f]->push_back(c);
  }
  return p;
}

// What linking a group writes, gathered over its ranges and written at once.
struct LinkPlan {
  std::vector<std::pair<std::string, std::vector<int64_t>>> new_events;  // Columns, mention ids.
  std::string links;         // "(mention id, event id), ..."
  std::set<int64_t> stale;   // Stored events left without mentions.
  std::string updates;       // "(event id, columns), ..."
};

constexpr const char* kEventColumns =
    "source_actor, target_actor, code_key, date_key, jday, root, code, quad_class, goldstein, date_first,"
    " date_last, place, mention_count, outlet_count, first_report, last_report";

// The mentions of `group` whose day satisfies `day_condition` (SQL on m.jday).
std::vector<GroupRow> LoadGroupRows(pqxx::transaction_base& tx, const std::string& group,
                                    const std::string& day_condition) {
  pqxx::result r = tx.exec(
      "SELECT m.id, m.jday, d.id, m.ord, m.place, m.outlet, coalesce(m.day, ''), d.date, coalesce(m.event, 0),"
      " coalesce(e.jday, 0), m.code, m.root, m.quad_class, m.goldstein"
      " FROM mentions m JOIN documents d ON d.rowid = m.doc LEFT JOIN events e ON e.id = m.event"
      " WHERE m.dedup_key = " + tx.quote(group) + " AND (" + day_condition + ")");
  std::vector<GroupRow> rows;
  rows.reserve(r.size());
  for (const auto& row : r) {
    GroupRow& g = rows.emplace_back();
    g.id = row[0].as<int64_t>();
    g.jday = row[1].as<int64_t>();
    g.doc_id = row[2].as<std::string>();
    g.ord = row[3].as<int64_t>();
    g.place = row[4].as<std::string>();
    g.outlet = row[5].as<std::string>();
    g.day = row[6].as<std::string>();
    if (!row[7].is_null()) g.doc_date = row[7].as<std::string>();
    g.event = row[8].as<int64_t>();
    g.event_jday = row[9].as<int64_t>();
    g.code = row[10].as<std::string>();
    g.root = row[11].as<std::string>();
    g.quad_class = row[12].as<int64_t>();
    if (!row[13].is_null()) g.goldstein = row[13].as<double>();
  }
  return rows;
}

// The day range a sweep from `from` (new mentions up to `last_new_jday`) loads
// when bounded.
int64_t RangeLow(const GroupRow& from, int window) { return from.jday - window; }
int64_t RangeHigh(int64_t last_new_jday, int window) { return last_new_jday + 4 * int64_t{window} + 14; }

// Re-links `rows` (the group's mentions from day(from) - window on; up to
// RangeHigh when `bounded`) from canonical key `from` on (nullopt: all of
// them), adding what to write to `plan`. When bounded, stops where the open
// events (anchors and places) are those of the stored grouping; returns false
// (and adds nothing) when that does not happen within the rows.
bool SweepRange(pqxx::transaction_base& tx, const std::string& group, std::vector<GroupRow> rows,
                const std::optional<GroupRow>& from, int64_t last_new_jday, int window, bool bounded,
                LinkPlan* plan) {
  Sql q(tx);
  const int64_t low = from ? RangeLow(*from, window) : INT64_MIN / 2;
  const int64_t high = RangeHigh(last_new_jday, window);
  std::sort(rows.begin(), rows.end());

  // An event while sweeping: an existing id or a new one (id 0).
  struct Ev {
    int64_t id = 0;
    int64_t first_jday = 0;
    size_t first_row = 0;  // Index in rows of its anchor.
    std::string place;
    std::vector<size_t> members;
    bool touched = false;
  };
  // A stored event as the stored grouping had it: its anchor and the place it
  // had learnt by the sweep's current position.
  struct OldEv {
    size_t first_row = 0;
    int64_t first_jday = 0;
    std::string place;
  };
  std::vector<Ev> evs;
  std::map<int64_t, size_t> ev_by_id;  // Stored id -> evs index (open prefix events, re-used ids).
  std::map<int64_t, OldEv> old;        // Stored events anchored in the loaded rows.
  size_t split = 0;                    // First row at or after `from`.
  while (split < rows.size() && from && rows[split] < *from) ++split;
  size_t last_new = split;  // One past the last row not linked yet.
  for (size_t i = 0; i < rows.size(); ++i) {
    const GroupRow& g = rows[i];
    if (g.event == 0) {
      last_new = i + 1;
      continue;
    }
    if (g.event_jday < low) continue;  // Anchored before the loaded rows: can take no swept mention.
    auto [it, inserted] = old.try_emplace(g.event);
    if (inserted) {
      it->second.first_row = i;
      it->second.first_jday = g.event_jday;
    }
    if (i < split && it->second.place.empty()) it->second.place = g.place;
  }
  for (size_t i = 0; i < split; ++i) {
    const GroupRow& g = rows[i];
    if (g.event == 0 || g.event_jday < low) continue;
    auto [it, inserted] = ev_by_id.try_emplace(g.event, evs.size());
    if (inserted) {
      Ev& e = evs.emplace_back();
      e.id = g.event;
      e.first_jday = g.event_jday;
      e.first_row = i;
    }
    Ev& e = evs[it->second];
    e.members.push_back(i);
    if (e.place.empty()) e.place = g.place;
  }
  // True when the sweep's open events before row p are the stored ones (same
  // anchors, same places): from p on it would assign as stored.
  auto converged = [&](size_t p) {
    // Every member of an event touched so far must be loaded.
    if (bounded && rows[p].jday + window > high) return false;
    const int64_t t = rows[p].jday - window;
    std::vector<std::pair<size_t, std::string>> now, before;
    for (const Ev& e : evs) {
      if (e.first_jday >= t) now.emplace_back(e.first_row, e.place);
    }
    for (const auto& [id, o] : old) {
      if (o.first_row < p && o.first_jday >= t) before.emplace_back(o.first_row, o.place);
    }
    std::sort(now.begin(), now.end());
    std::sort(before.begin(), before.end());
    return now == before;
  };
  std::vector<size_t> assigned(rows.size(), SIZE_MAX);
  size_t stop = rows.size();
  for (size_t i = split; i < rows.size(); ++i) {
    if (i >= last_new && i > split && converged(i)) {
      stop = i;
      break;
    }
    const GroupRow& g = rows[i];
    size_t best = SIZE_MAX;
    for (size_t k = 0; k < evs.size(); ++k) {
      const Ev& e = evs[k];
      if (g.jday - e.first_jday > window || e.first_jday > g.jday) continue;
      if (!e.place.empty() && !g.place.empty() && e.place != g.place) continue;
      if (best == SIZE_MAX || e.first_jday > evs[best].first_jday ||
          (e.first_jday == evs[best].first_jday && e.first_row < evs[best].first_row)) {
        best = k;
      }
    }
    if (best == SIZE_MAX) {
      best = evs.size();
      Ev& e = evs.emplace_back();
      e.first_jday = g.jday;
      e.first_row = i;
      // The stored event anchored on the same mention keeps its id.
      auto o = old.find(g.event);
      if (o != old.end() && o->second.first_row == i && ev_by_id.count(g.event) == 0) {
        e.id = g.event;
        ev_by_id[g.event] = best;
      }
    }
    Ev& e = evs[best];
    e.members.push_back(i);
    e.touched = true;
    if (e.place.empty()) e.place = g.place;
    assigned[i] = best;
    if (g.event != 0) {
      auto o = old.find(g.event);
      if (o != old.end() && o->second.place.empty()) o->second.place = g.place;
    }
  }
  if (bounded && stop == rows.size()) {
    // The rows ran out before the sweep met the stored grouping. Later rows
    // (past `high`) are still assigned as stored if no event, stored or
    // swept, is anchored in the last window of the range: then none is open
    // for them, and every member of a touched event is loaded.
    const int64_t t = high + 1 - window;
    for (const Ev& e : evs) {
      if (e.first_jday >= t) return false;
    }
    for (const auto& [id, o] : old) {
      if (o.first_jday >= t) return false;
    }
  }
  // Events of swept mentions that lost them: touched too. Stored events of
  // swept mentions that no new event re-uses are gone.
  std::set<int64_t> stale;
  for (size_t i = split; i < stop; ++i) {
    if (rows[i].event == 0) continue;
    auto it = ev_by_id.find(rows[i].event);
    if (it != ev_by_id.end()) {
      evs[it->second].touched = true;
    } else {
      stale.insert(rows[i].event);
    }
  }
  // Mentions after the stop keep their events; those events' aggregates count them.
  for (size_t i = stop; i < rows.size(); ++i) {
    auto it = ev_by_id.find(rows[i].event);
    if (it != ev_by_id.end()) {
      evs[it->second].members.push_back(i);
      assigned[i] = it->second;
    }
  }
  const GroupKeyParts parts = SplitGroup(group);
  auto columns = [&](const Ev& e) {
    const GroupRow& first = rows[e.first_row];
    std::set<std::string> outlets;
    std::string day_min, day_max;
    std::optional<std::string> rep_min, rep_max;
    std::string place;  // Learnt from the first member that has one (members are in canonical order).
    for (size_t i : e.members) {
      const GroupRow& g = rows[i];
      if (place.empty()) place = g.place;
      if (!g.outlet.empty()) outlets.insert(g.outlet);
      if (!g.day.empty()) {
        if (day_min.empty() || g.day < day_min) day_min = g.day;
        if (day_max.empty() || g.day > day_max) day_max = g.day;
      }
      if (g.doc_date) {
        if (!rep_min || *g.doc_date < *rep_min) rep_min = g.doc_date;
        if (!rep_max || *g.doc_date > *rep_max) rep_max = g.doc_date;
      }
    }
    return q.Text(parts.source_actor) + ", " + q.Text(parts.target_actor) + ", " + q.Text(parts.code_key) + ", " +
           q.Text(parts.date_key) + ", " + Sql::Int(first.jday) + ", " + q.Text(first.root) + ", " +
           q.Text(first.code) + ", " + Sql::Int(first.quad_class) + ", " + Sql::Real(first.goldstein) + ", " +
           q.TextOrNull(day_min) + ", " + q.TextOrNull(day_max) + ", " + q.Text(place) + ", " +
           Sql::Int(static_cast<int64_t>(e.members.size())) + ", " +
           Sql::Int(static_cast<int64_t>(outlets.size())) + ", " + (rep_min ? q.Text(*rep_min) : "NULL") + ", " +
           (rep_max ? q.Text(*rep_max) : "NULL");
  };
  for (size_t k = 0; k < evs.size(); ++k) {
    const Ev& e = evs[k];
    if (e.members.empty()) continue;
    if (e.id == 0) {
      std::vector<int64_t> ids;
      for (size_t i : e.members) ids.push_back(rows[i].id);
      plan->new_events.emplace_back(columns(e), std::move(ids));
    } else if (e.touched) {
      plan->updates += plan->updates.empty() ? "(" : ", (";
      plan->updates += Sql::Int(e.id) + ", " + columns(e) + ")";
    }
  }
  for (size_t i = split; i < stop; ++i) {
    const int64_t id = evs[assigned[i]].id;
    if (id == 0 || id == rows[i].event) continue;  // New events are linked once they have ids.
    plan->links += plan->links.empty() ? "(" : ", (";
    plan->links += Sql::Int(rows[i].id) + ", " + Sql::Int(id) + ")";
  }
  plan->stale.insert(stale.begin(), stale.end());
  return true;
}

// Event ids drawn from the sequence ahead of use, so that each new event row
// is known by its id without a round trip per group. Unused ids are gaps.
class IdPool {
 public:
  int64_t Next(pqxx::transaction_base& tx, size_t wanted) {
    if (next_ == ids_.size()) {
      ids_.clear();
      next_ = 0;
      for (const auto& row : tx.exec("SELECT nextval('events_id_seq') FROM generate_series(1, " +
                                     Sql::Int(static_cast<int64_t>(std::max<size_t>(wanted, 256))) + ")")) {
        ids_.push_back(row[0].as<int64_t>());
      }
    }
    return ids_[next_++];
  }

 private:
  std::vector<int64_t> ids_;
  size_t next_ = 0;
};

// The SQL that writes `plan`: new events, links, deletions, updates.
std::string PlanSql(pqxx::transaction_base& tx, LinkPlan& plan, IdPool* pool) {
  std::string sql;
  if (!plan.new_events.empty()) {
    std::string insert;
    for (size_t n = 0; n < plan.new_events.size(); ++n) {
      const int64_t id = pool->Next(tx, plan.new_events.size() - n);
      insert += insert.empty() ? "(" : ", (";
      insert += Sql::Int(id) + ", " + plan.new_events[n].first + ")";
      for (int64_t mention : plan.new_events[n].second) {
        plan.links += plan.links.empty() ? "(" : ", (";
        plan.links += Sql::Int(mention) + ", " + Sql::Int(id) + ")";
      }
    }
    sql += "INSERT INTO events(id, " + std::string(kEventColumns) + ") VALUES " + insert + ";\n";
  }
  if (!plan.links.empty()) {
    sql += "UPDATE mentions m SET event = v.e FROM (VALUES " + plan.links + ") AS v(id, e) WHERE m.id = v.id;\n";
  }
  if (!plan.stale.empty()) {
    std::string list;
    for (int64_t id : plan.stale) list += (list.empty() ? "" : ", ") + Sql::Int(id);
    sql += "DELETE FROM events WHERE id IN (" + list + ");\n";
  }
  if (!plan.updates.empty()) {
    sql +=
        "UPDATE events e SET source_actor = v.sa, target_actor = v.ta, code_key = v.ck, date_key = v.dk,"
        " jday = v.jd, root = v.ro, code = v.co, quad_class = v.qc, goldstein = v.gs::double precision,"
        " date_first = v.df, date_last = v.dl, place = v.pl, mention_count = v.mc, outlet_count = v.oc,"
        " first_report = v.fr, last_report = v.lr FROM (VALUES " + plan.updates +
        ") AS v(id, sa, ta, ck, dk, jd, ro, co, qc, gs, df, dl, pl, mc, oc, fr, lr) WHERE e.id = v.id;\n";
  }
  return sql;
}

// Links the new mentions of `group`, whose canonical keys are `added` (empty:
// re-link every mention of the group). The new mentions are split into runs of
// nearby days; one query loads the day range of every run, each run is swept
// until it meets the stored grouping, and a run that does not falls back to
// sweeping everything after it. Returns the SQL that writes the result (the
// caller runs it, with its next statement). REQUIRES: the group's advisory
// lock is held.
std::string LinkGroup(pqxx::transaction_base& tx, const std::string& group, std::vector<GroupRow> added, int window,
                      IdPool* pool) {
  LinkPlan plan;
  if (added.empty()) {
    SweepRange(tx, group, LoadGroupRows(tx, group, "TRUE"), std::nullopt, 0, window, false, &plan);
    return PlanSql(tx, plan, pool);
  }
  std::sort(added.begin(), added.end());
  struct Run {
    GroupRow from;
    int64_t last_jday;
  };
  std::vector<Run> runs;
  for (const GroupRow& k : added) {
    // A new run when its range would not overlap the previous one's.
    if (runs.empty() || RangeLow(k, window) <= RangeHigh(runs.back().last_jday, window)) {
      if (runs.empty()) runs.push_back({k, k.jday});
      runs.back().last_jday = std::max(runs.back().last_jday, k.jday);
    } else {
      runs.push_back({k, k.jday});
    }
  }
  std::string ranges;
  for (const Run& r : runs) {
    ranges += (ranges.empty() ? "" : " OR ") + std::string("m.jday BETWEEN ") +
              Sql::Int(RangeLow(r.from, window)) + " AND " + Sql::Int(RangeHigh(r.last_jday, window));
  }
  std::vector<GroupRow> rows = LoadGroupRows(tx, group, ranges);
  std::sort(rows.begin(), rows.end(), [](const GroupRow& a, const GroupRow& b) { return a.jday < b.jday; });
  size_t begin = 0;
  for (const Run& r : runs) {
    const int64_t low = RangeLow(r.from, window), high = RangeHigh(r.last_jday, window);
    while (begin < rows.size() && rows[begin].jday < low) ++begin;
    size_t end = begin;
    while (end < rows.size() && rows[end].jday <= high) ++end;
    std::vector<GroupRow> part(rows.begin() + static_cast<std::ptrdiff_t>(begin),
                               rows.begin() + static_cast<std::ptrdiff_t>(end));
    if (!SweepRange(tx, group, std::move(part), r.from, r.last_jday, window, true, &plan)) {
      // Everything from this run on, unbounded: it also links the later runs.
      SweepRange(tx, group, LoadGroupRows(tx, group, "m.jday >= " + Sql::Int(low)), r.from, r.last_jday, window,
                 false, &plan);
      break;
    }
    begin = end;
  }
  return PlanSql(tx, plan, pool);
}

// The SQL that writes the event of a mention that is an event of its own;
// `mention` is an SQL condition naming the mention ("id = 7").
std::string LoneEventSql(pqxx::transaction_base& tx, const std::string& mention, const DedupKey& key,
                         const events::Event& ev, const std::string& outlet, const std::string& doc_date) {
  Sql q(tx);
  return "WITH e AS (INSERT INTO events(source_actor, target_actor, code_key, date_key, jday, root, code,"
         " quad_class, goldstein, date_first, date_last, place, mention_count, outlet_count, first_report,"
         " last_report) VALUES (" + q.Text(key.source_actor) + ", " + q.Text(key.target_actor) + ", " +
         q.Text(key.code_key) + ", " + q.Text(key.date_key) + ", NULL, " + q.Text(RootOf(ev)) + ", " +
         q.Text(ev.code) + ", " + Sql::Int(ev.quad_class) + ", " + Sql::Real(ev.goldstein) + ", " +
         q.TextOrNull(key.day) + ", " + q.TextOrNull(key.day) + ", " + q.Text(key.place) + ", 1, " +
         (outlet.empty() ? "0" : "1") + ", " + q.TextOrNull(doc_date) + ", " + q.TextOrNull(doc_date) +
         ") RETURNING id) UPDATE mentions SET event = (SELECT id FROM e) WHERE " + mention + ";\n";
}

}  // namespace

// What a batch accumulates for its final phases.
struct PgStore::Batch {
  std::map<std::string, std::vector<GroupRow>> groups;  // Group -> canonical keys of its new mentions.
  std::map<std::string, int64_t> actors;             // Code -> mentions.
  std::map<std::pair<std::string, std::string>, int64_t> names;  // (code, name) -> count.
};

PgStore::PgStore(std::unique_ptr<pqxx::connection> conn, std::string name, const PgStoreOptions& options)
    : conn_(std::move(conn)), name_(std::move(name)), options_(options) {}
PgStore::~PgStore() = default;

StatusOr<std::unique_ptr<PgStore>> PgStore::Open(const std::string& uri, const PgStoreOptions& options) {
  if (options.dedup.window_days < 0) return Status::InvalidArgument("dedup window must be >= 0 days");
  const std::string name = RedactUri(uri);
  std::unique_ptr<pqxx::connection> conn;
  try {
    conn = std::make_unique<pqxx::connection>(uri);
  } catch (const std::exception& e) {
    return Status::IoError(name + ": cannot connect: " + e.what());
  }
  std::unique_ptr<PgStore> store(new PgStore(std::move(conn), name, options));
  std::string stored;
  try {
    pqxx::work tx(*store->conn_);
    tx.exec("SET LOCAL client_min_messages = warning");
    tx.exec("SELECT pg_advisory_xact_lock(" + Sql::Int(kSchemaLockKey) + ")");
    if (tx.exec1("SELECT to_regclass('schema_version') IS NULL")[0].as<bool>()) {
      tx.exec("CREATE TABLE schema_version(version INTEGER NOT NULL)");
      tx.exec("INSERT INTO schema_version VALUES (0)");
    }
    const int version = tx.exec1("SELECT version FROM schema_version")[0].as<int>();
    if (version > kPgSchemaVersion) {
      return Status::Corruption(name + ": schema version " + std::to_string(version) +
                                " was written by a newer isnad (this one reads up to " +
                                std::to_string(kPgSchemaVersion) + ")");
    }
    for (int v = version + 1; v <= kPgSchemaVersion; ++v) {
      // One migration per version; a shipped migration never changes.
      if (v == 1) tx.exec(schema::CreateSchemaSql(schema::Dialect::kPostgres));
      tx.exec("UPDATE schema_version SET version = " + Sql::Int(v));
    }
    pqxx::result r = tx.exec("SELECT value FROM meta WHERE key = " + tx.quote(kMetaDedup));
    if (!r.empty()) stored = r[0][0].as<std::string>();
    if (stored.empty()) {
      tx.exec("INSERT INTO meta(key, value) VALUES (" + tx.quote(kMetaDedup) + ", " +
              tx.quote(DescribeDedup(options.dedup)) + ")");
      stored = DescribeDedup(options.dedup);
    }
    tx.commit();
  } catch (const std::exception& e) {
    return Status::IoError(name + ": creating the schema: " + e.what());
  }
  // `stored` is never empty here: a new store was given the options' rule above.
  auto relink =
      internal::ChooseDedupRule(stored, options.dedup, options.adopt_stored_dedup, name, &store->options_.dedup);
  if (!relink.ok()) return relink.status();
  if (*relink) ISNAD_RETURN_IF_ERROR(store->Rededup(options.dedup));
  return store;
}

StatusOr<IngestOutcome> PgStore::Probe(std::string_view id, std::string_view text) {
  try {
    pqxx::nontransaction tx(*conn_);
    pqxx::result r = tx.exec("SELECT id = " + tx.quote(std::string(id)) + " FROM documents WHERE id = " +
                             tx.quote(std::string(id)) + " OR content_hash = " + tx.quote(ContentHash(text)));
    if (r.empty()) return IngestOutcome::kInserted;
    for (const auto& row : r) {
      if (row[0].as<bool>()) return IngestOutcome::kSameId;
    }
    return IngestOutcome::kSameContent;
  } catch (const std::exception& e) {
    return Status::IoError(name_ + ": " + e.what());
  }
}

Status PgStore::IngestBatch(std::span<const DocumentInput> docs, std::vector<IngestResult>* results) {
  assert(results != nullptr);
  Status last;
  for (int attempt = 0; attempt <= options_.max_retries; ++attempt) {
    try {
      last = TryBatch(docs, results);
      if (last.ok()) return last;
      break;
    } catch (const pqxx::transaction_rollback& e) {
      // Deadlock or serialization failure with another worker: nothing of the
      // batch is kept; run it again.
      last = Status::IoError(name_ + ": " + e.what());
    } catch (const std::exception& e) {
      last = Status::IoError(name_ + ": " + e.what());
      break;
    }
  }
  results->assign(docs.size(), IngestResult());
  for (auto& r : *results) r.status = last;
  return last;
}

Status PgStore::TryBatch(std::span<const DocumentInput> docs, std::vector<IngestResult>* results) {
  results->assign(docs.size(), IngestResult());
  Batch batch;
  const DedupOptions& dedup = options_.dedup;
  const int window = dedup.mode == DedupMode::kWindow ? dedup.window_days : 0;
  pqxx::work tx(*conn_);
  Sql q(tx);
  // Rededup takes this lock exclusively.
  tx.exec("SELECT pg_advisory_xact_lock_shared(" + Sql::Int(kRededupLockKey) + ")");
  // Another process may have re-linked the store with another rule since we
  // opened it: keys computed with ours would then be wrong.
  pqxx::result rule = tx.exec("SELECT value FROM meta WHERE key = " + q.Text(kMetaDedup));
  if (rule.empty() || rule[0][0].as<std::string>() != DescribeDedup(dedup)) {
    return Status::InvalidArgument(name_ + ": the store's dedup rule is now '" +
                                   (rule.empty() ? std::string() : rule[0][0].as<std::string>()) +
                                   "' (changed by another process); this ingest uses '" + DescribeDedup(dedup) +
                                   "': run it again with the store's rule");
  }
  for (size_t i = 0; i < docs.size(); ++i) {
    const DocumentInput& input = docs[i];
    const ingest::Document& doc = input.doc;
    IngestResult& result = (*results)[i];
    Batch local;
    auto write = [&](pqxx::subtransaction& sub) -> Status {
      ISNAD_RETURN_IF_ERROR(internal::CheckDocumentId(input));
      ISNAD_RETURN_IF_ERROR(CheckNoNul(input));
      std::vector<SentenceInput> from_events;
      const std::map<uint32_t, const SentenceInput*> sentences = internal::GatherSentences(input, &from_events);
      pqxx::result claimed = sub.exec(
          "INSERT INTO documents(id, content_hash, source, url, title, date, lang, sentence_count,"
          " mention_count) VALUES (" + q.Text(doc.id) + ", " + q.Text(ContentHash(doc.text)) + ", " +
          q.Text(doc.source) + ", " + q.Text(doc.url) + ", " + q.Text(doc.title) + ", " + q.TextOrNull(doc.date) +
          ", " + q.Text(doc.lang) + ", " + Sql::Int(static_cast<int64_t>(sentences.size())) + ", " +
          Sql::Int(static_cast<int64_t>(input.events.size())) + ") ON CONFLICT DO NOTHING RETURNING rowid");
      if (claimed.empty()) {
        const bool same_id =
            !sub.exec("SELECT 1 FROM documents WHERE id = " + q.Text(doc.id)).empty();
        result.outcome = same_id ? IngestOutcome::kSameId : IngestOutcome::kSameContent;
        return Status::OK();
      }
      const int64_t doc_row = claimed[0][0].as<int64_t>();
      // Everything else of the document in one round trip; rows refer to
      // each other by (doc, idx) and (doc, ord), both unique.
      std::string body;
      if (!sentences.empty()) {
        std::string values;
        for (const auto& [index, s] : sentences) {
          values += values.empty() ? "(" : ", (";
          values += Sql::Int(doc_row) + ", " + Sql::Int(index) + ", " + q.Text(s->text) + ", " + q.Text(s->lang) +
                    ", " + Sql::Int(s->begin) + ", " + Sql::Int(s->end) + ", to_tsvector('simple', " + q.Text(internal::SearchText(*s)) +
                    "))";
        }
        body += "INSERT INTO sentences(doc, idx, text, lang, span_begin, span_end, search) VALUES " + values + ";\n";
      }
      if (input.events.empty()) {
        if (!body.empty()) sub.exec(body);
        result.outcome = IngestOutcome::kInserted;
        return Status::OK();
      }
      ISNAD_RETURN_IF_ERROR(internal::CheckEventCodes(input));
      std::vector<internal::MentionValues> derived;
      derived.reserve(input.events.size());
      std::string values;
      for (size_t e = 0; e < input.events.size(); ++e) {
        const events::Event& ev = input.events[e];
        const internal::MentionValues& v = derived.emplace_back(internal::MakeMentionValues(input, ev, dedup));
        const DedupKey& key = v.key;
        std::string loc = "NULL, NULL, NULL, NULL, NULL";
        if (ev.location) {
          loc = q.Text(ev.location->name) + ", " + q.Text(ev.location->country) + ", " +
                Sql::Real(ev.location->lat) + ", " + Sql::Real(ev.location->lon) + ", " + q.Text(v.alternatives);
        }
        values += values.empty() ? "(" : ", (";
        values += Sql::Int(doc_row) + ", " + Sql::Int(static_cast<int64_t>(e)) + ", " +
                  "(SELECT id FROM sentences WHERE doc = " + Sql::Int(doc_row) + " AND idx = " +
                  Sql::Int(ev.sentence_index) + ")" + ", " + Sql::Int(ev.sentence_index) + ", " +
                  q.Text(ev.lang) + ", " + Sql::Int(ev.span_begin) + ", " + Sql::Int(ev.span_end) + ", " +
                  q.Text(ev.source.code) + ", " + q.Text(v.source_country) + ", " + q.Text(ev.source.text) +
                  ", " + Sql::Int(ev.source.begin) + ", " + Sql::Int(ev.source.end) + ", " + q.Text(ev.target.code) +
                  ", " + q.Text(v.target_country) + ", " + q.Text(ev.target.text) + ", " +
                  Sql::Int(ev.target.begin) + ", " + Sql::Int(ev.target.end) + ", " + q.Text(ev.code) + ", " +
                  q.Text(v.root) + ", " + q.Text(ev.name) + ", " + Sql::Int(ev.quad_class) + ", " +
                  Sql::Real(ev.goldstein) + ", " + q.Text(ev.trigger_text) + ", " + Sql::Int(ev.trigger_begin) +
                  ", " + Sql::Int(ev.trigger_end) + ", " + q.Text(ev.plover_type) + ", " + q.Text(ev.plover_mode) +
                  ", " + (ev.date ? q.Text(*ev.date) : "NULL") + ", " + q.Text(ev.date_text) + ", " +
                  q.TextOrNull(key.day) + ", " + loc + ", " + q.Text(events::CertaintyName(ev.certainty)) + ", " +
                  (ev.background ? "1" : "0") + ", " + q.Text(v.outlet) + ", " +
                  (key.dedupable ? q.Text(GroupOf(key)) : "NULL") + ", " +
                  (key.jday ? Sql::Int(*key.jday) : "NULL") + ", " + q.Text(key.place) + ")";
      }
      body +=
          "INSERT INTO mentions(doc, ord, sentence, sentence_index, lang, span_begin, span_end,"
          " source_code, source_country, source_text, source_begin, source_end,"
          " target_code, target_country, target_text, target_begin, target_end,"
          " code, root, name, quad_class, goldstein, trigger_text, trigger_begin, trigger_end,"
          " plover_type, plover_mode, date, date_text, day, location_name, location_country, location_lat,"
          " location_lon, location_alternatives, certainty, background, outlet, dedup_key, jday, place)"
          " VALUES " + values + ";\n";
      std::string attributions;
      for (size_t e = 0; e < input.events.size(); ++e) {
        const events::Event& ev = input.events[e];
        for (size_t a = 0; a < ev.attribution.size(); ++a) {
          attributions += attributions.empty() ? "(" : ", (";
          attributions += Sql::Int(static_cast<int64_t>(e)) + ", " + Sql::Int(static_cast<int64_t>(a)) + ", " +
                          q.Text(ev.attribution[a].text) + ", " + q.Text(ev.attribution[a].kind) + ")";
        }
        for (const events::EventActor* actor : {&ev.source, &ev.target}) {
          if (actor->code.empty()) continue;
          ++local.actors[actor->code];
          if (!actor->text.empty()) ++local.names[{actor->code, actor->text}];
        }
        const DedupKey& key = derived[e].key;
        if (!key.dedupable) {
          body += LoneEventSql(sub, "doc = " + Sql::Int(doc_row) + " AND ord = " + Sql::Int(static_cast<int64_t>(e)),
                               key, ev, derived[e].outlet, doc.date);
          continue;
        }
        GroupRow k;
        k.jday = *key.jday;
        k.doc_id = doc.id;
        k.ord = static_cast<int64_t>(e);
        local.groups[GroupOf(key)].push_back(std::move(k));
      }
      if (!attributions.empty()) {
        body += "INSERT INTO attributions(mention, ord, text, kind) SELECT m.id, v.o, v.t, v.k FROM (VALUES " +
                attributions + ") AS v(mo, o, t, k) JOIN mentions m ON m.doc = " + Sql::Int(doc_row) +
                " AND m.ord = v.mo;\n";
      }
      sub.exec(body);
      result.outcome = IngestOutcome::kInserted;
      result.mentions = input.events.size();
      return Status::OK();
    };
    Status s;
    {
      pqxx::subtransaction sub(tx, "doc");
      try {
        s = write(sub);
      } catch (const pqxx::transaction_rollback&) {
        throw;
      } catch (const pqxx::broken_connection&) {
        throw;
      } catch (const std::exception& e) {
        s = Status::InvalidArgument(e.what());
      }
      if (s.ok()) {
        sub.commit();
      } else {
        sub.abort();
      }
    }
    if (!s.ok()) {
      result.outcome = IngestOutcome::kFailed;
      result.status = s.Annotate("document " + doc.id);
      result.mentions = 0;
      continue;
    }
    for (auto& [group, keys] : local.groups) {
      auto& all = batch.groups[group];
      all.insert(all.end(), keys.begin(), keys.end());
    }
    for (const auto& [code, n] : local.actors) batch.actors[code] += n;
    for (const auto& [name, n] : local.names) batch.names[name] += n;
  }

  // Linking, one group at a time in lock-key order (no lock cycles between
  // workers).
  std::vector<std::pair<int64_t, const std::string*>> order;
  for (const auto& [group, key] : batch.groups) order.emplace_back(LockKey(group), &group);
  std::sort(order.begin(), order.end());
  // Each group's writes go with the next group's lock: two round trips a group.
  IdPool pool;
  std::string pending;
  for (const auto& [lock, group] : order) {
    tx.exec(pending + "SELECT pg_advisory_xact_lock(" + Sql::Int(lock) + ")");
    pending = LinkGroup(tx, *group, batch.groups.at(*group), window, &pool);
  }
  // Actors last, sorted: concurrent upserts of the same rows take their locks
  // in the same order.
  if (!pending.empty()) tx.exec(pending);
  if (!batch.actors.empty()) {
    std::string values;
    for (const auto& [code, n] : batch.actors) {
      values += values.empty() ? "(" : ", (";
      values += q.Text(code) + ", " + q.Text(CountryOf(code)) + ", " + q.Text(ActorType(code)) + ", " +
                Sql::Int(n) + ")";
    }
    tx.exec("INSERT INTO actors(code, country, type, mention_count) VALUES " + values +
            " ON CONFLICT(code) DO UPDATE SET mention_count = actors.mention_count + EXCLUDED.mention_count");
  }
  if (!batch.names.empty()) {
    std::string values;
    for (const auto& [name, n] : batch.names) {
      values += values.empty() ? "(" : ", (";
      values += q.Text(name.first) + ", " + q.Text(name.second) + ", " + Sql::Int(n) + ")";
    }
    tx.exec("INSERT INTO actor_names(code, name, count) VALUES " + values +
            " ON CONFLICT(code, name) DO UPDATE SET count = actor_names.count + EXCLUDED.count");
  }
  tx.commit();
  return Status::OK();
}

Status PgStore::Rededup(const DedupOptions& options) {
  if (options.window_days < 0) return Status::InvalidArgument("dedup window must be >= 0 days");
  const int window = options.mode == DedupMode::kWindow ? options.window_days : 0;
  try {
    pqxx::work tx(*conn_);
    Sql q(tx);
    tx.exec("SELECT pg_advisory_xact_lock(" + Sql::Int(kRededupLockKey) + ")");
    tx.exec("UPDATE mentions SET event = NULL");
    tx.exec("DELETE FROM events");
    pqxx::result r = tx.exec(std::string("SELECT ") + internal::kDedupColumns +
                             " FROM mentions m JOIN documents d ON d.rowid = m.doc ORDER BY m.id");
    std::set<std::string> groups;
    std::string updates;
    size_t pending = 0;
    auto flush = [&]() {
      if (updates.empty()) return;
      tx.exec("UPDATE mentions m SET dedup_key = v.k, jday = v.j::integer, place = v.p, day = v.d FROM (VALUES " +
              updates + ") AS v(id, k, j, p, d) WHERE m.id = v.id");
      updates.clear();
      pending = 0;
    };
    std::vector<std::tuple<int64_t, DedupKey, events::Event, std::string, std::string>> lone;
    for (const auto& row : r) {
      internal::DedupInput in = internal::DedupInputFromRow(internal::PgRow{row});
      const events::Event& ev = in.event;
      const std::string& doc_date = in.doc_date;
      const DedupKey key = MakeDedupKey(ev, doc_date, options);
      const int64_t id = in.id;
      updates += updates.empty() ? "(" : ", (";
      updates += Sql::Int(id) + ", " + (key.dedupable ? q.Text(GroupOf(key)) : "NULL") + ", " +
                 (key.jday ? Sql::Int(*key.jday) : "NULL") + ", " + q.Text(key.place) + ", " +
                 q.TextOrNull(key.day) + ")";
      if (++pending == 5000) flush();
      if (key.dedupable) {
        groups.insert(GroupOf(key));
      } else {
        lone.emplace_back(id, key, ev, in.outlet, doc_date);
      }
    }
    flush();
    std::string lone_sql;
    for (const auto& [id, key, ev, outlet, doc_date] : lone) {
      lone_sql += LoneEventSql(tx, "id = " + Sql::Int(id), key, ev, outlet, doc_date);
      if (lone_sql.size() > (1 << 20)) {
        tx.exec(lone_sql);
        lone_sql.clear();
      }
    }
    if (!lone_sql.empty()) tx.exec(lone_sql);
    IdPool pool;
    for (const auto& group : groups) {
      const std::string sql = LinkGroup(tx, group, {}, window, &pool);
      if (!sql.empty()) tx.exec(sql);
    }
    tx.exec("UPDATE meta SET value = " + q.Text(DescribeDedup(options)) + " WHERE key = " + q.Text(kMetaDedup));
    tx.commit();
  } catch (const std::exception& e) {
    return Status::IoError(name_ + ": re-linking events: " + e.what());
  }
  options_.dedup = options;
  return Status::OK();
}

StatusOr<StoreCounts> PgStore::Counts() {
  try {
    pqxx::nontransaction tx(*conn_);
    pqxx::row r = tx.exec1(
        "SELECT (SELECT COUNT(*) FROM documents), (SELECT COUNT(*) FROM sentences),"
        " (SELECT COUNT(*) FROM mentions), (SELECT COUNT(*) FROM events), (SELECT COUNT(*) FROM actors)");
    StoreCounts c;
    c.documents = r[0].as<int64_t>();
    c.sentences = r[1].as<int64_t>();
    c.mentions = r[2].as<int64_t>();
    c.events = r[3].as<int64_t>();
    c.actors = r[4].as<int64_t>();
    return c;
  } catch (const std::exception& e) {
    return Status::IoError(name_ + ": " + e.what());
  }
}

}  // namespace isnad::store
