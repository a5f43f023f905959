// Design note. The gzip layer is a small state machine over a window of
// compressed bytes: detect the magic (else pass through), inflate one member,
// look for the next member, and, after a member is abandoned (over the limit or
// corrupt), resynchronise by searching the compressed bytes for the next member
// header (1f 8b 08). A header found while resynchronising may be a false match
// inside deflate data; if inflating it fails before producing a byte, the
// search goes on from the byte after it. Nothing here holds more than one 64
// KiB window of compressed input and the caller's output buffer.
#include "ingest/byte_source.h"

#include <zlib.h>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <limits>
#include <vector>

namespace isnad::ingest {
namespace {

constexpr size_t kChunkBytes = size_t{64} << 10;

class FileSource : public ByteSource {
 public:
  FileSource(std::FILE* file, bool owns, std::string path)
      : file_(file), owns_(owns), path_(std::move(path)) {}
  ~FileSource() override {
    if (owns_) std::fclose(file_);
  }
  FileSource(const FileSource&) = delete;
  FileSource& operator=(const FileSource&) = delete;

  StatusOr<size_t> Read(char* buf, size_t max_bytes) override {
    size_t n = std::fread(buf, 1, max_bytes, file_);
    if (n == 0 && std::ferror(file_)) {
      return Status::IoError(path_ + ": read failed: " + std::strerror(errno));
    }
    return n;
  }

 private:
  std::FILE* file_;
  bool owns_;
  std::string path_;
};

class MemorySource : public ByteSource {
 public:
  explicit MemorySource(std::string data) : data_(std::move(data)) {}

  StatusOr<size_t> Read(char* buf, size_t max_bytes) override {
    size_t n = std::min(max_bytes, data_.size() - pos_);
    std::memcpy(buf, data_.data() + pos_, n);
    pos_ += n;
    return n;
  }

 private:
  std::string data_;
  size_t pos_ = 0;
};

bool IsGzipMagic(const char* p) {
  return static_cast<unsigned char>(p[0]) == 0x1f &&
         static_cast<unsigned char>(p[1]) == 0x8b;
}

class GzipSource : public ByteSource {
 public:
  GzipSource(std::unique_ptr<ByteSource> input, size_t max_member_bytes)
      : input_(std::move(input)),
        max_member_bytes_(max_member_bytes),
        window_(kChunkBytes) {}

  ~GzipSource() override {
    if (zlib_ready_) inflateEnd(&zs_);
  }
  GzipSource(const GzipSource&) = delete;
  GzipSource& operator=(const GzipSource&) = delete;

  bool recoverable() const override { return recoverable_; }

  StatusOr<size_t> Read(char* buf, size_t max_bytes) override {
    recoverable_ = false;
    if (!final_error_.ok()) return final_error_;
    max_bytes = std::min<size_t>(max_bytes, std::numeric_limits<uInt>::max());
    for (;;) {
      switch (mode_) {
        case Mode::kDetect: {
          auto have = EnsureInput(2);
          if (!have.ok()) return Fail(have.status());
          mode_ = *have >= 2 && IsGzipMagic(Window()) ? Mode::kStartMember
                                                      : Mode::kPassThrough;
          break;
        }
        case Mode::kPassThrough: {
          auto have = EnsureInput(1);
          if (!have.ok()) return Fail(have.status());
          size_t n = std::min(max_bytes, *have);
          std::memcpy(buf, Window(), n);
          begin_ += n;
          return n;
        }
        case Mode::kStartMember:
          if (Status s = StartMember(); !s.ok()) return Fail(s);
          mode_ = Mode::kInflate;
          break;
        case Mode::kInflate: {
          auto produced = Inflate(buf, max_bytes);
          if (!produced.ok() || *produced > 0) return produced;
          break;  // Nothing yet: the member ended or more input is needed.
        }
        case Mode::kBetweenMembers: {
          auto have = EnsureInput(2);
          if (!have.ok()) return Fail(have.status());
          if (*have == 0) {
            mode_ = Mode::kDone;
          } else if (*have >= 2 && IsGzipMagic(Window())) {
            mode_ = Mode::kStartMember;
          } else if (*Window() == '\0') {
            ++begin_;  // Zero padding after the last member is harmless.
          } else {
            return Fail(Status::Corruption(
                "unexpected data after a gzip member at compressed byte " +
                std::to_string(Offset())));
          }
          break;
        }
        case Mode::kResync:
          if (Status s = Resync(); !s.ok()) return Fail(s);
          break;
        case Mode::kDone:
          return size_t{0};
      }
    }
  }

 private:
  enum class Mode {
    kDetect,
    kPassThrough,
    kStartMember,
    kInflate,
    kBetweenMembers,
    kResync,
    kDone
  };

  const char* Window() const { return window_.data() + begin_; }
  size_t Available() const { return end_ - begin_; }
  uint64_t Offset() const { return base_ + begin_; }

  Status Fail(Status status) {
    final_error_ = std::move(status);
    return final_error_;
  }

  // Makes at least `n` compressed bytes available unless the input ends first;
  // returns how many are available.
  StatusOr<size_t> EnsureInput(size_t n) {
    while (Available() < n && !input_eof_) {
      if (begin_ > 0) {
        std::memmove(window_.data(), Window(), Available());
        base_ += begin_;
        end_ -= begin_;
        begin_ = 0;
      }
      auto got = input_->Read(window_.data() + end_, window_.size() - end_);
      if (!got.ok()) return got.status();
      if (*got == 0) input_eof_ = true;
      end_ += *got;
    }
    return Available();
  }

  Status StartMember() {
    int rc = zlib_ready_ ? inflateReset2(&zs_, 16 + MAX_WBITS)
                         : inflateInit2(&zs_, 16 + MAX_WBITS);
    if (rc != Z_OK)
      return Status::Internal("zlib cannot start inflating (code " +
                              std::to_string(rc) + ")");
    zlib_ready_ = true;
    member_start_ = Offset();
    member_out_ = 0;
    return Status::OK();
  }

  StatusOr<size_t> Inflate(char* buf, size_t max_bytes) {
    auto have = EnsureInput(1);
    if (!have.ok()) return Fail(have.status());
    zs_.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(Window()));
    zs_.avail_in = static_cast<uInt>(
        std::min<size_t>(Available(), std::numeric_limits<uInt>::max()));
    zs_.next_out = reinterpret_cast<Bytef*>(buf);
    zs_.avail_out = static_cast<uInt>(max_bytes);
    uInt in_before = zs_.avail_in;
    int rc = inflate(&zs_, Z_NO_FLUSH);
    begin_ += in_before - zs_.avail_in;
    size_t produced = max_bytes - zs_.avail_out;
    member_out_ += produced;
    if (rc == Z_DATA_ERROR || rc == Z_NEED_DICT || rc == Z_STREAM_ERROR ||
        rc == Z_MEM_ERROR) {
      if (probing_ && member_out_ == 0) {
        // A false member header found while resynchronising: search on after
        // it.
        if (member_start_ + 1 >= base_)
          begin_ = std::min<size_t>(member_start_ + 1 - base_, end_);
        mode_ = Mode::kResync;
        return size_t{0};
      }
      mode_ = Mode::kResync;
      recoverable_ = true;
      return Status::Corruption(
          "invalid gzip data in the member at compressed byte " +
          std::to_string(member_start_) + ": " + (zs_.msg ? zs_.msg : "error"));
    }
    if (member_out_ > max_member_bytes_) {
      mode_ = Mode::kResync;
      probing_ = false;
      recoverable_ = true;
      return Status::ResourceExhausted(
          "the gzip member at compressed byte " +
          std::to_string(member_start_) + " inflates past the limit of " +
          std::to_string(max_member_bytes_) + " bytes");
    }
    if (produced > 0) probing_ = false;
    if (rc == Z_STREAM_END) {
      mode_ = Mode::kBetweenMembers;
      probing_ = false;
      return produced;
    }
    if (produced == 0 && Available() == 0 && input_eof_) {
      return Fail(
          Status::Corruption("truncated gzip stream: the data ends inside the "
                             "member at compressed byte " +
                             std::to_string(member_start_)));
    }
    return produced;
  }

  // Searches the compressed bytes for the next member header.
  Status Resync() {
    static constexpr char kHeader[] = {'\x1f', '\x8b', '\x08'};
    for (;;) {
      auto have = EnsureInput(sizeof kHeader);
      if (!have.ok()) return have.status();
      const char* start = Window();
      const char* found =
          std::search(start, start + *have, kHeader, kHeader + sizeof kHeader);
      if (found != start + *have) {
        begin_ += found - start;
        probing_ = true;
        mode_ = Mode::kStartMember;
        return Status::OK();
      }
      if (input_eof_) {
        begin_ = end_;
        mode_ = Mode::kDone;
        return Status::OK();
      }
      // Keep the last two bytes: they may be the start of a header.
      begin_ = end_ - std::min<size_t>(Available(), sizeof kHeader - 1);
      auto more = EnsureInput(Available() + 1);
      if (!more.ok()) return more.status();
    }
  }

  std::unique_ptr<ByteSource> input_;
  size_t max_member_bytes_;
  std::vector<char> window_;
  size_t begin_ = 0;  // Unread compressed bytes are window_[begin_, end_).
  size_t end_ = 0;
  uint64_t base_ = 0;  // Compressed offset of window_[0].
  bool input_eof_ = false;
  Mode mode_ = Mode::kDetect;
  z_stream zs_{};
  bool zlib_ready_ = false;
  uint64_t member_start_ = 0;
  uint64_t member_out_ = 0;
  bool probing_ = false;
  bool recoverable_ = false;
  Status final_error_;
};

}  // namespace

StatusOr<std::unique_ptr<ByteSource>> OpenFileSource(const std::string& path) {
  if (path == "-")
    return std::unique_ptr<ByteSource>(
        std::make_unique<FileSource>(stdin, false, path));
  std::FILE* f = std::fopen(path.c_str(), "rb");
  if (f == nullptr) {
    if (errno == ENOENT) return Status::NotFound(path + ": no such file");
    return Status::IoError(path + ": cannot open: " + std::strerror(errno));
  }
  return std::unique_ptr<ByteSource>(
      std::make_unique<FileSource>(f, true, path));
}

std::unique_ptr<ByteSource> NewMemorySource(std::string data) {
  return std::make_unique<MemorySource>(std::move(data));
}

std::unique_ptr<ByteSource> NewGzipSource(std::unique_ptr<ByteSource> input,
                                          size_t max_member_bytes) {
  return std::make_unique<GzipSource>(std::move(input), max_member_bytes);
}

Status InflateBuffer(std::string_view compressed, size_t max_bytes,
                     std::string* out) {
  out->clear();
  bool gzip = compressed.size() >= 2 && IsGzipMagic(compressed.data());
  // Without the gzip magic, try the zlib wrapper first and raw deflate second:
  // servers send both under "Content-Encoding: deflate".
  for (int window_bits : gzip ? std::vector<int>{16 + MAX_WBITS}
                              : std::vector<int>{MAX_WBITS, -MAX_WBITS}) {
    out->clear();
    z_stream zs{};
    if (inflateInit2(&zs, window_bits) != Z_OK)
      return Status::Internal("zlib cannot start inflating");
    zs.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(compressed.data()));
    zs.avail_in = static_cast<uInt>(
        std::min<size_t>(compressed.size(), std::numeric_limits<uInt>::max()));
    char chunk[1 << 15];
    int rc = Z_OK;
    bool too_big = false;
    while (rc == Z_OK) {
      zs.next_out = reinterpret_cast<Bytef*>(chunk);
      zs.avail_out = sizeof chunk;
      rc = inflate(&zs, Z_NO_FLUSH);
      size_t produced = sizeof chunk - zs.avail_out;
      if (out->size() + produced > max_bytes) {
        too_big = true;
        break;
      }
      out->append(chunk, produced);
      if (rc == Z_BUF_ERROR && produced > 0) rc = Z_OK;
    }
    inflateEnd(&zs);
    if (too_big) {
      out->clear();
      return Status::ResourceExhausted(
          "compressed body inflates past the limit of " +
          std::to_string(max_bytes) + " bytes");
    }
    if (rc == Z_STREAM_END) return Status::OK();
    if (rc == Z_BUF_ERROR) {
      out->clear();
      return Status::Corruption("truncated compressed body");
    }
  }
  out->clear();
  return Status::Corruption("invalid compressed body");
}

BufferedInput::BufferedInput(std::unique_ptr<ByteSource> source)
    : source_(std::move(source)) {}

StatusOr<bool> BufferedInput::Fill() {
  if (pos_ < buf_.size()) return true;
  if (eof_) return false;
  buf_.resize(kChunkBytes);
  pos_ = 0;
  auto got = source_->Read(buf_.data(), buf_.size());
  if (!got.ok()) {
    buf_.clear();
    return got.status();
  }
  buf_.resize(*got);
  if (*got == 0) eof_ = true;
  return *got > 0;
}

StatusOr<bool> BufferedInput::ReadLine(std::string* line, size_t max_line_bytes,
                                       bool* too_long) {
  line->clear();
  *too_long = false;
  bool any = false;
  for (;;) {
    auto more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) break;
    any = true;
    size_t newline = buf_.find('\n', pos_);
    bool found = newline != std::string::npos;
    size_t end = found ? newline : buf_.size();
    size_t take = end - pos_;
    if (!*too_long) {
      if (line->size() + take > max_line_bytes) {
        *too_long = true;
        line->clear();
      } else {
        line->append(buf_, pos_, take);
      }
    }
    size_t consumed = take + (found ? 1 : 0);
    pos_ += consumed;
    offset_ += consumed;
    if (found) break;
  }
  if (!line->empty() && line->back() == '\r') line->pop_back();
  return any;
}

StatusOr<size_t> BufferedInput::Read(size_t n, std::string* out) {
  size_t done = 0;
  while (done < n) {
    auto more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) break;
    size_t take = std::min(n - done, buf_.size() - pos_);
    out->append(buf_, pos_, take);
    pos_ += take;
    offset_ += take;
    done += take;
  }
  return done;
}

StatusOr<uint64_t> BufferedInput::Skip(uint64_t n) {
  uint64_t done = 0;
  while (done < n) {
    auto more = Fill();
    if (!more.ok()) return more.status();
    if (!*more) break;
    size_t take =
        static_cast<size_t>(std::min<uint64_t>(n - done, buf_.size() - pos_));
    pos_ += take;
    offset_ += take;
    done += take;
  }
  return done;
}

StatusOr<std::string_view> BufferedInput::Peek(size_t n) {
  while (buf_.size() - pos_ < n && !eof_) {
    buf_.erase(0, pos_);
    pos_ = 0;
    size_t old = buf_.size();
    buf_.resize(old + kChunkBytes);
    auto got = source_->Read(buf_.data() + old, kChunkBytes);
    if (!got.ok()) {
      buf_.resize(old);
      return got.status();
    }
    buf_.resize(old + *got);
    if (*got == 0) eof_ = true;
  }
  return std::string_view(buf_).substr(pos_, n);
}

void BufferedInput::Unread(std::string_view data) {
  buf_.replace(0, pos_, data);
  pos_ = 0;
  offset_ = offset_ >= data.size() ? offset_ - data.size() : 0;
}

}  // namespace isnad::ingest
