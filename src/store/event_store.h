// store/event_store.h: what both event stores (SQLite, store/store.h;
// PostgreSQL, store/pg_store.h) take in and the interface they share, the
// sixth stage of the pipeline (ingest -> text -> lexicon -> coder -> events ->
// store -> serve). Coded documents go in with their sentences and events
// ("mentions": one row per event record, every field kept); the store links
// reports of the same event into deduplicated events (store/dedup.h). Both
// keep the same tables (store/schema_def.h; docs/formats.md, "Event store").
//
// The ingest contract, whichever backend: each batch is one transaction and
// each document a savepoint inside it, so a document is written whole or not
// at all and a process killed at any moment leaves whole documents only.
// Re-ingesting skips documents already present (same id or same content
// hash), so running the same ingest again resumes it.
//
// Thread-safety: an EventStore is used by one thread at a time.
#ifndef ISNAD_STORE_EVENT_STORE_H_
#define ISNAD_STORE_EVENT_STORE_H_

#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "events/event.h"
#include "ingest/document.h"
#include "store/dedup.h"
#include "util/status.h"

namespace isnad::store {

// One sentence of a document, as the text stage split it.
struct SentenceInput {
  uint32_t index = 0;       // 0-based, as Event::sentence_index.
  std::string text;         // The sentence text.
  std::string lang;         // "ar", "fr", "en" or "".
  uint32_t begin = 0;       // Byte span in the document text.
  uint32_t end = 0;
  // Extra normalized words to index for search (e.g. clitic-free stems from
  // the analyzer); NormalizeForSearch(text) is always indexed. May be empty.
  std::string extra_search_words;
};

// A coded document: what the store writes in one go.
struct DocumentInput {
  ingest::Document doc;                // id, text (hashed, not stored), date, lang, source, url, title.
  std::vector<SentenceInput> sentences;  // May be empty: sentences of events are then taken from the events.
  std::vector<events::Event> events;   // As CameoTable::Annotate left them.
};

enum class IngestOutcome {
  kInserted,     // Written.
  kSameId,       // A document with this id is stored already; nothing changed.
  kSameContent,  // A document with the same text (content hash) is stored under another id; nothing changed.
  kFailed,       // Rejected (IngestResult::status says why); nothing of it was written.
};

struct IngestResult {
  IngestOutcome outcome = IngestOutcome::kFailed;
  Status status;        // Not OK only for kFailed.
  size_t mentions = 0;  // Events written (0 unless kInserted).
};

// Row counts of the main tables.
struct StoreCounts {
  int64_t documents = 0;
  int64_t sentences = 0;
  int64_t mentions = 0;
  int64_t events = 0;
  int64_t actors = 0;
};

// The hex FNV-1a 128-bit hash of `text` (32 lowercase hex digits), the
// documents.content_hash column.
std::string ContentHash(std::string_view text);

class Store;
class PgStore;

class EventStore {
 public:
  virtual ~EventStore() = default;

  // Writes `docs` in one transaction, each document all or nothing. Fills
  // `*results` with one entry per document (in order). A document that fails
  // (an empty id, an event without a CAMEO code) is rolled back alone and
  // reported in its result; the others are written. The returned Status is
  // not OK only when the transaction itself failed (disk full, lock timeout,
  // lost connection): then nothing of the batch was written and every result
  // carries that Status. REQUIRES: results != nullptr.
  virtual Status IngestBatch(std::span<const DocumentInput> docs, std::vector<IngestResult>* results) = 0;

  // IngestBatch of one document; a failed transaction is a kFailed result
  // with its Status.
  IngestResult Ingest(const DocumentInput& doc);

  // kSameId or kSameContent when the document would be skipped, kInserted when
  // it is new (nothing is written). Lets a caller skip coding what is stored.
  virtual StatusOr<IngestOutcome> Probe(std::string_view id, std::string_view text) = 0;

  // Re-applies the deduplication rule `options` to every stored mention in
  // one transaction; the store uses `options` from then on. kInvalidArgument
  // for a negative window.
  virtual Status Rededup(const DedupOptions& options) = 0;

  virtual StatusOr<StoreCounts> Counts() = 0;

  // The rule reports are linked with.
  virtual const DedupOptions& dedup_options() const = 0;

  // The SQLite store, or nullptr for another backend.
  virtual Store* sqlite() { return nullptr; }
  // The PostgreSQL store, or nullptr for another backend.
  virtual PgStore* postgres() { return nullptr; }
};

}  // namespace isnad::store

#endif  // ISNAD_STORE_EVENT_STORE_H_
