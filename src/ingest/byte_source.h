// ingest/byte_source.h: the byte streams under the readers: a file or a memory
// buffer, an optional transparent gzip layer (multi-member, with a
// decompression limit), and a buffered layer that reads lines and exact byte
// counts and can push bytes back. Internal to the ingest stage (first stage of
// the pipeline); the readers in reader.h are built on it, so every format
// streams and every format may be gzip-compressed.
//
// Thread-safety: a source is used by one thread at a time.
#ifndef ISNAD_INGEST_BYTE_SOURCE_H_
#define ISNAD_INGEST_BYTE_SOURCE_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>

#include "util/status.h"

namespace isnad::ingest {

// A pull source of bytes.
class ByteSource {
 public:
  virtual ~ByteSource() = default;

  // Reads up to `max_bytes` (> 0) into `buf` and returns how many were read; 0
  // means the end of the data. On error, see recoverable().
  virtual StatusOr<size_t> Read(char* buf, size_t max_bytes) = 0;

  // True when the last error returned by Read only lost part of the data (the
  // rest of one gzip member) and Read may be called again to go on after it.
  // False for final errors: after them Read keeps failing.
  virtual bool recoverable() const { return false; }
};

// Reads the open file `path` ("-" is standard input). Fails when it cannot be
// opened; errors name the path.
StatusOr<std::unique_ptr<ByteSource>> OpenFileSource(const std::string& path);

// Reads a copy of `data`.
std::unique_ptr<ByteSource> NewMemorySource(std::string data);

// Decompresses `input` if it starts with the gzip magic bytes (1f 8b), else
// passes it through unchanged. Several gzip members one after the other (as in
// .warc.gz files with one member per record) are read as one stream; zero bytes
// after the last member are ignored, other bytes are an error.
//
// Errors (messages give the compressed byte offset, not the file name):
//  - kCorruption, final: the data ends inside a member ("truncated gzip
//    stream").
//  - kResourceExhausted, recoverable: one member inflated past
//    `max_member_bytes`; the rest of it is skipped by searching the compressed
//    data for the next member header.
//  - kCorruption, recoverable: a member's deflate data is invalid; skipped the
//    same way.
std::unique_ptr<ByteSource> NewGzipSource(std::unique_ptr<ByteSource> input,
                                          size_t max_member_bytes);

// Inflates a whole gzip, zlib or raw deflate buffer (the HTTP Content-Encodings
// gzip, x-gzip and deflate) into `*out`. kResourceExhausted when the result
// would pass `max_bytes`; kCorruption when the data is invalid or truncated.
Status InflateBuffer(std::string_view compressed, size_t max_bytes,
                     std::string* out);

// Buffered reading over a ByteSource: lines, exact counts, skipping, push-back.
// Errors from the source are passed on unchanged; recoverable() tells whether
// the source can go on after the last one.
class BufferedInput {
 public:
  explicit BufferedInput(std::unique_ptr<ByteSource> source);

  // Reads the next line into `*line`, without its "\n" or "\r\n". Returns false
  // at the end of the data (with `*line` empty). A line longer than
  // `max_line_bytes` is consumed whole but `*line` is left empty and
  // `*too_long` set.
  StatusOr<bool> ReadLine(std::string* line, size_t max_line_bytes,
                          bool* too_long);

  // Appends up to `n` bytes to `*out`; returns the number appended, which is
  // less than `n` only at the end of the data.
  StatusOr<size_t> Read(size_t n, std::string* out);

  // Discards up to `n` bytes; returns the number discarded (less only at the
  // end).
  StatusOr<uint64_t> Skip(uint64_t n);

  // Returns up to `n` bytes without consuming them (fewer at the end of the
  // data). The view is valid until the next call on this object.
  StatusOr<std::string_view> Peek(size_t n);

  // Puts `data` back in front of the unread bytes: the next reads return it
  // first.
  void Unread(std::string_view data);

  bool recoverable() const { return source_->recoverable(); }

  // Bytes consumed by the caller so far (after decompression), minus those
  // unread.
  uint64_t offset() const { return offset_; }

 private:
  // Makes at least one unread byte available unless at the end; returns false
  // at the end.
  StatusOr<bool> Fill();

  std::unique_ptr<ByteSource> source_;
  std::string buf_;
  size_t pos_ = 0;
  uint64_t offset_ = 0;
  bool eof_ = false;
};

}  // namespace isnad::ingest

#endif  // ISNAD_INGEST_BYTE_SOURCE_H_
