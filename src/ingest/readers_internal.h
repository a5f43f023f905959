// ingest/readers_internal.h: constructors of the concrete readers, for reader.cc
// and the tests. Not part of the public API.
#ifndef ISNAD_INGEST_READERS_INTERNAL_H_
#define ISNAD_INGEST_READERS_INTERNAL_H_

#include <memory>
#include <string>

#include "ingest/reader.h"

namespace isnad::ingest {

std::unique_ptr<DocumentReader> NewTextReader(const std::string& path, const ReaderOptions& options);
std::unique_ptr<DocumentReader> NewJsonlReader(const std::string& path, const ReaderOptions& options);

// Checks `doc->text` for UTF-8 validity (repairing it when options.repair_utf8),
// emptiness and size. Returns the per-document error, naming the byte offset.
Status CheckDocumentText(const ReaderOptions& options, Document* doc);

// Returns the file name of `path` without directory and last extension.
std::string FileStem(const std::string& path);

}  // namespace isnad::ingest

#endif  // ISNAD_INGEST_READERS_INTERNAL_H_
