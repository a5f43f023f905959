// Writing documents. Each document goes in under a SAVEPOINT inside the batch
// transaction: documents row, sentences (and their search index), mentions with
// attribution, actors, then each mention is linked to a deduplicated event.
// Nothing is derived later in a separate pass, so every committed state is
// consistent: a kill -9 loses at most the open batch, as whole documents.
#include "store/store.h"

#include <map>

#include "store/ingest_common.h"
#include "store/mention_row.h"
#include "store/schema.h"

namespace isnad::store {
namespace {

constexpr const char* kMetaDedup = "dedup";

using internal::ActorType;

// The dedup rule the stored events were built with (meta "dedup"), or "" for
// a store that has none yet.
StatusOr<std::string> StoredDedupRule(Db& db) {
  auto get = db.Prepare("SELECT value FROM meta WHERE key = ?1");
  if (!get.ok()) return get.status();
  get->BindText(1, kMetaDedup);
  Status s;
  std::string stored = get->Step(&s) ? get->ColumnString(0) : "";
  if (!s.ok()) return s;
  return stored;
}

}  // namespace

struct Store::Statements {
  Statement find_id, find_hash, insert_doc, insert_sentence, find_sentence, insert_fts, insert_mention,
      insert_attribution, upsert_actor, upsert_name, find_event, insert_event, link_mention, find_outlet, update_event;
};

Store::Store(std::unique_ptr<Db> db, const StoreOptions& options) : db_(std::move(db)), options_(options) {}
Store::~Store() = default;

StatusOr<std::unique_ptr<Store>> Store::Open(const std::string& path, const StoreOptions& options) {
  if (options.dedup.window_days < 0) return Status::InvalidArgument("dedup window must be >= 0 days");
  if (options.read_only) return OpenReadOnly(path, options);
  auto db = Db::Open(path, options.busy_timeout_ms);
  if (!db.ok()) return db.status();
  if (path != ":memory:") {
    // WAL: readers never block the writer; synchronous=NORMAL keeps every
    // committed transaction through a process crash.
    auto mode = (*db)->Prepare("PRAGMA journal_mode=WAL");
    if (!mode.ok()) return mode.status();
    Status s;
    while (mode->Step(&s)) {
    }
    if (!s.ok()) return s;
  }
  ISNAD_RETURN_IF_ERROR((*db)->Exec("PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;"));
  // PRAGMA takes no parameters; the value is an int of ours.
  ISNAD_RETURN_IF_ERROR((*db)->Exec("PRAGMA cache_size=" + std::to_string(-1024 * int64_t{options.cache_mib})));
  ISNAD_RETURN_IF_ERROR(Migrate(db->get()));
  std::unique_ptr<Store> store(new Store(std::move(db).value(), options));
  ISNAD_RETURN_IF_ERROR(store->Prepare());
  auto stored = StoredDedupRule(*store->db_);
  if (!stored.ok()) return stored.status();
  auto relink = internal::ChooseDedupRule(*stored, options.dedup, options.adopt_stored_dedup, path,
                                          &store->options_.dedup);
  if (!relink.ok()) return relink.status();
  if (*relink) ISNAD_RETURN_IF_ERROR(store->Rededup(options.dedup));
  return store;
}

StatusOr<std::unique_ptr<Store>> Store::OpenReadOnly(const std::string& path, const StoreOptions& options) {
  if (path.empty() || path == ":memory:") return Status::InvalidArgument("a read-only store needs a database file");
  // SQLite (Debian builds it with URI file names on) opens "file:PATH?mode=ro"
  // read-only and never creates it; '%', '?' and '#' in PATH are escaped.
  std::string uri = "file:";
  for (char c : path) {
    if (c == '%' || c == '?' || c == '#') {
      static const char kHex[] = "0123456789ABCDEF";
      uri += '%';
      uri += kHex[(static_cast<unsigned char>(c) >> 4) & 0xF];
      uri += kHex[static_cast<unsigned char>(c) & 0xF];
    } else {
      uri += c;
    }
  }
  uri += "?mode=ro";
  auto db = Db::Open(uri, options.busy_timeout_ms);
  if (!db.ok()) return db.status();
  // Also refused at the SQL level, should the URI ever be taken as a name.
  ISNAD_RETURN_IF_ERROR((*db)->Exec("PRAGMA query_only=ON; PRAGMA temp_store=MEMORY;"));
  ISNAD_RETURN_IF_ERROR((*db)->Exec("PRAGMA cache_size=" + std::to_string(-1024 * int64_t{options.cache_mib})));
  auto version = (*db)->QueryInt("PRAGMA user_version");
  if (!version.ok()) return version.status().Annotate(path);
  if (*version != kSchemaVersion) {
    if (*version > kSchemaVersion) {
      return Status::Corruption(path + ": schema version " + std::to_string(*version) +
                                " was written by a newer isnad");
    }
    return Status::Unsupported(path + ": schema version " + std::to_string(*version) +
                                      " is older than this isnad's; open it once for writing (isnad ingest) to migrate");
  }
  std::unique_ptr<Store> store(new Store(std::move(db).value(), options));
  ISNAD_RETURN_IF_ERROR(store->Prepare());
  auto stored = StoredDedupRule(*store->db_);
  if (!stored.ok()) return stored.status();
  // Always the stored rule; a store that has none keeps the options' rule and,
  // being read-only, is never re-linked.
  auto relink = internal::ChooseDedupRule(*stored, options.dedup, /*adopt_stored=*/true, path,
                                          &store->options_.dedup);
  if (!relink.ok()) return relink.status();
  return store;
}

Status Store::Prepare() {
  stmts_ = std::make_unique<Statements>();
  struct Item {
    Statement* stmt;
    const char* sql;
  } items[] = {
      {&stmts_->find_id, "SELECT 1 FROM documents WHERE id = ?1"},
      {&stmts_->find_hash, "SELECT 1 FROM documents WHERE content_hash = ?1"},
      {&stmts_->insert_doc,
       "INSERT INTO documents(id, content_hash, source, url, title, date, lang, sentence_count, mention_count,"
       " ingested_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))"},
      {&stmts_->insert_sentence,
       "INSERT INTO sentences(doc, idx, text, lang, span_begin, span_end) VALUES (?1, ?2, ?3, ?4, ?5, ?6)"},
      {&stmts_->find_sentence, "SELECT id FROM sentences WHERE doc = ?1 AND idx = ?2"},
      {&stmts_->insert_fts, "INSERT INTO sentence_fts(rowid, norm) VALUES (?1, ?2)"},
      {&stmts_->insert_mention,
       "INSERT INTO mentions(doc, ord, sentence, sentence_index, lang, span_begin, span_end,"
       " source_code, source_country, source_text, source_begin, source_end,"
       " target_code, target_country, target_text, target_begin, target_end,"
       " code, root, name, quad_class, goldstein, trigger_text, trigger_begin, trigger_end,"
       " plover_type, plover_mode, date, date_text, day, location_name, location_country, location_lat,"
       " location_lon, location_alternatives, certainty, background, outlet)"
       " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20,"
       " ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35, ?36, ?37, ?38)"},
      {&stmts_->insert_attribution, "INSERT INTO attributions(mention, ord, text, kind) VALUES (?1, ?2, ?3, ?4)"},
      {&stmts_->upsert_actor,
       "INSERT INTO actors(code, country, type, mention_count) VALUES (?1, ?2, ?3, 1)"
       " ON CONFLICT(code) DO UPDATE SET mention_count = mention_count + 1"},
      {&stmts_->upsert_name,
       "INSERT INTO actor_names(code, name, count) VALUES (?1, ?2, 1)"
       " ON CONFLICT(code, name) DO UPDATE SET count = count + 1"},
      {&stmts_->find_event,
       "SELECT id FROM events WHERE source_actor = ?1 AND target_actor = ?2 AND code_key = ?3 AND date_key = ?4"
       " AND jday BETWEEN ?5 - ?6 AND ?5 + ?6 AND (place = '' OR ?7 = '' OR place = ?7)"
       " ORDER BY abs(jday - ?5), id LIMIT 1"},
      {&stmts_->insert_event,
       "INSERT INTO events(source_actor, target_actor, code_key, date_key, jday, root, code, quad_class, goldstein,"
       " place) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)"},
      {&stmts_->link_mention, "UPDATE mentions SET event = ?2 WHERE id = ?1"},
      // Whether the event has a report from this outlet already (index mentions_by_event).
      {&stmts_->find_outlet, "SELECT 1 FROM mentions WHERE event = ?1 AND outlet = ?2 LIMIT 1"},
      {&stmts_->update_event,
       "UPDATE events SET mention_count = mention_count + 1,"
       " outlet_count = outlet_count + ?5,"
       " date_first = coalesce(min(date_first, ?2), date_first, ?2),"
       " date_last = coalesce(max(date_last, ?2), date_last, ?2),"
       " first_report = coalesce(min(first_report, ?3), first_report, ?3),"
       " last_report = coalesce(max(last_report, ?3), last_report, ?3),"
       " place = CASE WHEN place = '' THEN ?4 ELSE place END"
       " WHERE id = ?1"},
  };
  for (auto& item : items) {
    auto stmt = db_->Prepare(item.sql);
    if (!stmt.ok()) return stmt.status();
    *item.stmt = std::move(stmt).value();
  }
  return Status::OK();
}

StatusOr<IngestOutcome> Store::Probe(std::string_view id, std::string_view text) {
  Status s;
  stmts_->find_id.BindText(1, id);
  bool found = stmts_->find_id.Step(&s);
  stmts_->find_id.Reset();
  if (!s.ok()) return s;
  if (found) return IngestOutcome::kSameId;
  stmts_->find_hash.BindText(1, ContentHash(text));
  found = stmts_->find_hash.Step(&s);
  stmts_->find_hash.Reset();
  if (!s.ok()) return s;
  return found ? IngestOutcome::kSameContent : IngestOutcome::kInserted;
}

Status Store::IngestBatch(std::span<const DocumentInput> docs, std::vector<IngestResult>* results) {
  assert(results != nullptr);
  results->assign(docs.size(), IngestResult());
  ISNAD_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
  for (size_t i = 0; i < docs.size(); ++i) {
    IngestResult& r = (*results)[i];
    Status s = db_->Exec("SAVEPOINT doc");
    if (s.ok()) {
      Status w = WriteDocument(docs[i], &r);
      if (w.ok()) {
        s = db_->Exec("RELEASE doc");
      } else {
        r.outcome = IngestOutcome::kFailed;
        r.status = w.Annotate("document " + docs[i].doc.id);
        r.mentions = 0;
        s = db_->Exec("ROLLBACK TO doc; RELEASE doc");
      }
    }
    if (!s.ok()) {
      (void)db_->Exec("ROLLBACK");
      for (auto& each : *results) {
        each = IngestResult();
        each.status = s;
      }
      return s;
    }
  }
  Status c = db_->Exec("COMMIT");
  if (!c.ok()) {
    (void)db_->Exec("ROLLBACK");
    for (auto& each : *results) {
      each = IngestResult();
      each.status = c;
    }
  }
  return c;
}

Status Store::WriteDocument(const DocumentInput& input, IngestResult* result) {
  const ingest::Document& doc = input.doc;
  ISNAD_RETURN_IF_ERROR(internal::CheckDocumentId(input));
  auto probe = Probe(doc.id, doc.text);
  if (!probe.ok()) return probe.status();
  if (*probe != IngestOutcome::kInserted) {
    result->outcome = *probe;
    return Status::OK();
  }
  std::vector<SentenceInput> from_events;
  const std::map<uint32_t, const SentenceInput*> sentences = internal::GatherSentences(input, &from_events);

  Statements& st = *stmts_;
  st.insert_doc.BindText(1, doc.id);
  st.insert_doc.BindText(2, ContentHash(doc.text));
  st.insert_doc.BindText(3, doc.source);
  st.insert_doc.BindText(4, doc.url);
  st.insert_doc.BindText(5, doc.title);
  st.insert_doc.BindTextOrNull(6, doc.date);
  st.insert_doc.BindText(7, doc.lang);
  st.insert_doc.BindInt(8, static_cast<int64_t>(sentences.size()));
  st.insert_doc.BindInt(9, static_cast<int64_t>(input.events.size()));
  ISNAD_RETURN_IF_ERROR(st.insert_doc.Run());
  const int64_t doc_row = db_->LastInsertRowid();

  std::map<uint32_t, int64_t> sentence_rows;
  for (const auto& [index, s] : sentences) {
    st.insert_sentence.BindInt(1, doc_row);
    st.insert_sentence.BindInt(2, index);
    st.insert_sentence.BindText(3, s->text);
    st.insert_sentence.BindText(4, s->lang);
    st.insert_sentence.BindInt(5, s->begin);
    st.insert_sentence.BindInt(6, s->end);
    ISNAD_RETURN_IF_ERROR(st.insert_sentence.Run());
    const int64_t row = db_->LastInsertRowid();
    sentence_rows[index] = row;
    st.insert_fts.BindInt(1, row);
    st.insert_fts.BindText(2, internal::SearchText(*s));
    ISNAD_RETURN_IF_ERROR(st.insert_fts.Run());
  }

  ISNAD_RETURN_IF_ERROR(internal::CheckEventCodes(input));
  for (size_t i = 0; i < input.events.size(); ++i) {
    const events::Event& ev = input.events[i];
    const internal::MentionValues v = internal::MakeMentionValues(input, ev, options_.dedup);
    const DedupKey& key = v.key;
    Statement& m = st.insert_mention;
    m.BindInt(1, doc_row);
    m.BindInt(2, static_cast<int64_t>(i));
    m.BindInt(3, sentence_rows[ev.sentence_index]);
    m.BindInt(4, ev.sentence_index);
    m.BindText(5, ev.lang);
    m.BindInt(6, ev.span_begin);
    m.BindInt(7, ev.span_end);
    m.BindText(8, ev.source.code);
    m.BindText(9, v.source_country);
    m.BindText(10, ev.source.text);
    m.BindInt(11, ev.source.begin);
    m.BindInt(12, ev.source.end);
    m.BindText(13, ev.target.code);
    m.BindText(14, v.target_country);
    m.BindText(15, ev.target.text);
    m.BindInt(16, ev.target.begin);
    m.BindInt(17, ev.target.end);
    m.BindText(18, ev.code);
    m.BindText(19, v.root);
    m.BindText(20, ev.name);
    m.BindInt(21, ev.quad_class);
    m.BindOptionalDouble(22, ev.goldstein);
    m.BindText(23, ev.trigger_text);
    m.BindInt(24, ev.trigger_begin);
    m.BindInt(25, ev.trigger_end);
    m.BindText(26, ev.plover_type);
    m.BindText(27, ev.plover_mode);
    if (ev.date) {
      m.BindText(28, *ev.date);
    } else {
      m.BindNull(28);
    }
    m.BindText(29, ev.date_text);
    m.BindTextOrNull(30, key.day);
    if (ev.location) {
      m.BindText(31, ev.location->name);
      m.BindText(32, ev.location->country);
      m.BindOptionalDouble(33, ev.location->lat);
      m.BindOptionalDouble(34, ev.location->lon);
      m.BindText(35, v.alternatives);
    } else {
      for (int p = 31; p <= 35; ++p) m.BindNull(p);
    }
    m.BindText(36, events::CertaintyName(ev.certainty));
    m.BindInt(37, ev.background ? 1 : 0);
    m.BindText(38, v.outlet);
    ISNAD_RETURN_IF_ERROR(m.Run());
    const int64_t mention_row = db_->LastInsertRowid();
    for (size_t a = 0; a < ev.attribution.size(); ++a) {
      st.insert_attribution.BindInt(1, mention_row);
      st.insert_attribution.BindInt(2, static_cast<int64_t>(a));
      st.insert_attribution.BindText(3, ev.attribution[a].text);
      st.insert_attribution.BindText(4, ev.attribution[a].kind);
      ISNAD_RETURN_IF_ERROR(st.insert_attribution.Run());
    }
    ISNAD_RETURN_IF_ERROR(UpsertActor(ev.source));
    ISNAD_RETURN_IF_ERROR(UpsertActor(ev.target));
    ISNAD_RETURN_IF_ERROR(LinkMention(mention_row, key, ev, doc.date, v.outlet));
  }
  result->outcome = IngestOutcome::kInserted;
  result->mentions = input.events.size();
  return Status::OK();
}

Status Store::UpsertActor(const events::EventActor& actor) {
  if (actor.code.empty()) return Status::OK();
  Statements& st = *stmts_;
  st.upsert_actor.BindText(1, actor.code);
  st.upsert_actor.BindText(2, CountryOf(actor.code));
  st.upsert_actor.BindText(3, ActorType(actor.code));
  ISNAD_RETURN_IF_ERROR(st.upsert_actor.Run());
  if (actor.text.empty()) return Status::OK();
  st.upsert_name.BindText(1, actor.code);
  st.upsert_name.BindText(2, actor.text);
  return st.upsert_name.Run();
}

Status Store::LinkMention(int64_t mention_id, const DedupKey& key, const events::Event& ev,
                          std::string_view doc_date, std::string_view outlet) {
  Statements& st = *stmts_;
  Status s;
  int64_t event_id = 0;
  if (key.dedupable) {
    const int window = options_.dedup.mode == DedupMode::kWindow ? options_.dedup.window_days : 0;
    st.find_event.BindText(1, key.source_actor);
    st.find_event.BindText(2, key.target_actor);
    st.find_event.BindText(3, key.code_key);
    st.find_event.BindText(4, key.date_key);
    st.find_event.BindInt(5, *key.jday);
    st.find_event.BindInt(6, key.date_key.empty() ? window : 0);
    st.find_event.BindText(7, key.place);
    if (st.find_event.Step(&s)) event_id = st.find_event.ColumnInt(0);
    st.find_event.Reset();
    if (!s.ok()) return s;
  }
  if (event_id == 0) {
    Statement& e = st.insert_event;
    // Undedupable mentions get a NULL jday, which no lookup matches, so they
    // stay alone.
    e.BindText(1, key.source_actor);
    e.BindText(2, key.target_actor);
    e.BindText(3, key.code_key);
    e.BindText(4, key.date_key);
    if (key.dedupable) {
      e.BindInt(5, *key.jday);
    } else {
      e.BindNull(5);
    }
    e.BindText(6, internal::RootOf(ev));
    e.BindText(7, ev.code);
    e.BindInt(8, ev.quad_class);
    e.BindOptionalDouble(9, ev.goldstein);
    e.BindText(10, key.place);
    ISNAD_RETURN_IF_ERROR(e.Run());
    event_id = db_->LastInsertRowid();
  }
  // Counted before the link, so the outlet's own mention does not count.
  bool new_outlet = !outlet.empty();
  if (new_outlet) {
    st.find_outlet.BindInt(1, event_id);
    st.find_outlet.BindText(2, outlet);
    new_outlet = !st.find_outlet.Step(&s);
    st.find_outlet.Reset();
    if (!s.ok()) return s;
  }
  st.link_mention.BindInt(1, mention_id);
  st.link_mention.BindInt(2, event_id);
  ISNAD_RETURN_IF_ERROR(st.link_mention.Run());
  st.update_event.BindInt(1, event_id);
  st.update_event.BindTextOrNull(2, key.day);
  st.update_event.BindTextOrNull(3, doc_date);
  st.update_event.BindText(4, key.place);
  st.update_event.BindInt(5, new_outlet ? 1 : 0);
  return st.update_event.Run();
}

Status Store::Rededup(const DedupOptions& options) {
  if (options.window_days < 0) return Status::InvalidArgument("dedup window must be >= 0 days");
  ISNAD_RETURN_IF_ERROR(db_->Exec("BEGIN IMMEDIATE"));
  auto body = [&]() -> Status {
    options_.dedup = options;
    ISNAD_RETURN_IF_ERROR(db_->Exec("UPDATE mentions SET event = NULL; DELETE FROM events;"));
    auto read = db_->Prepare(std::string("SELECT ") + internal::kDedupColumns +
                             " FROM mentions m JOIN documents d ON d.rowid = m.doc"
                             " WHERE m.id > ?1 ORDER BY m.id LIMIT 10000");
    if (!read.ok()) return read.status();
    int64_t last = 0;
    for (;;) {
      std::vector<internal::DedupInput> rows;
      read->BindInt(1, last);
      Status s;
      while (read->Step(&s)) rows.push_back(internal::DedupInputFromRow(internal::SqliteRow{*read}));
      read->Reset();
      if (!s.ok()) return s;
      if (rows.empty()) break;
      for (const auto& r : rows) {
        ISNAD_RETURN_IF_ERROR(
            LinkMention(r.id, MakeDedupKey(r.event, r.doc_date, options), r.event, r.doc_date, r.outlet));
      }
      last = rows.back().id;
    }
    auto set = db_->Prepare("INSERT OR REPLACE INTO meta(key, value) VALUES (?1, ?2)");
    if (!set.ok()) return set.status();
    set->BindText(1, kMetaDedup);
    set->BindText(2, DescribeDedup(options));
    return set->Run();
  };
  Status s = body();
  if (s.ok()) s = db_->Exec("COMMIT");
  if (!s.ok()) (void)db_->Exec("ROLLBACK");
  return s;
}

StatusOr<StoreCounts> Store::Counts() {
  StoreCounts c;
  struct Item {
    int64_t* field;
    const char* sql;
  } items[] = {{&c.documents, "SELECT COUNT(*) FROM documents"},
               {&c.sentences, "SELECT COUNT(*) FROM sentences"},
               {&c.mentions, "SELECT COUNT(*) FROM mentions"},
               {&c.events, "SELECT COUNT(*) FROM events"},
               {&c.actors, "SELECT COUNT(*) FROM actors"}};
  for (auto& item : items) {
    auto v = db_->QueryInt(item.sql);
    if (!v.ok()) return v.status();
    *item.field = *v;
  }
  return c;
}

}  // namespace isnad::store
