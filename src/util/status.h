// util/status.h: Status and StatusOr<T>, the error currency of every isnad stage.
//
// Library code never throws and never exits: anything that can fail for reasons
// outside the program (files, dictionary syntax, SQL, HTTP input, bad documents)
// returns a Status or a StatusOr<T>. Messages say where: "data/actors/ar.tsv:118:
// expected 3 fields, got 2". Broken invariants are asserts, not Statuses.
//
// Thread-safety: Status and StatusOr are values; distinct objects may be used from
// distinct threads freely.
#ifndef ISNAD_UTIL_STATUS_H_
#define ISNAD_UTIL_STATUS_H_

#include <cassert>
#include <string>
#include <string_view>
#include <utility>
#include <variant>

namespace isnad {

// The closed set of error kinds. Callers branch on these; the message is for people.
enum class StatusCode {
  kOk = 0,
  kInvalidArgument,     // The caller passed something malformed (a flag, a query parameter).
  kNotFound,            // A file, document, dictionary entry or record does not exist.
  kCorruption,          // Input data is malformed: bad UTF-8, bad JSON, bad dictionary line.
  kIoError,             // The operating system refused a read or a write.
  kUnsupported,         // A valid request for something isnad does not do (yet).
  kResourceExhausted,   // A documented limit was hit (document size, nesting, tokens).
  kAlreadyExists,       // A unique thing exists already (a document id in the store).
  kInternal,            // A third-party library failed in a way we did not expect.
};

// Returns a stable lowercase name for `code` ("ok", "invalid_argument", ...).
std::string_view StatusCodeName(StatusCode code);

class [[nodiscard]] Status {
 public:
  // An OK status.
  Status() = default;
  Status(StatusCode code, std::string message) : code_(code), message_(std::move(message)) {}

  static Status OK() { return Status(); }
  static Status InvalidArgument(std::string msg) { return {StatusCode::kInvalidArgument, std::move(msg)}; }
  static Status NotFound(std::string msg) { return {StatusCode::kNotFound, std::move(msg)}; }
  static Status Corruption(std::string msg) { return {StatusCode::kCorruption, std::move(msg)}; }
  static Status IoError(std::string msg) { return {StatusCode::kIoError, std::move(msg)}; }
  static Status Unsupported(std::string msg) { return {StatusCode::kUnsupported, std::move(msg)}; }
  static Status ResourceExhausted(std::string msg) { return {StatusCode::kResourceExhausted, std::move(msg)}; }
  static Status AlreadyExists(std::string msg) { return {StatusCode::kAlreadyExists, std::move(msg)}; }
  static Status Internal(std::string msg) { return {StatusCode::kInternal, std::move(msg)}; }

  bool ok() const { return code_ == StatusCode::kOk; }
  StatusCode code() const { return code_; }
  // The message without the code name; empty for OK.
  const std::string& message() const { return message_; }
  // "ok", or "<code name>: <message>".
  std::string ToString() const;

  // Returns a copy whose message is "<prefix>: <message>" (used to add a file or
  // document name as an error travels up). OK stays OK.
  Status Annotate(std::string_view prefix) const;

 private:
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
};

// Either a value of type T or a non-OK Status.
template <typename T>
class [[nodiscard]] StatusOr {
 public:
  // REQUIRES: !status.ok().
  StatusOr(Status status) : rep_(std::move(status)) {  // NOLINT: implicit by design.
    assert(!std::get<Status>(rep_).ok());
  }
  StatusOr(T value) : rep_(std::move(value)) {}  // NOLINT: implicit by design.

  bool ok() const { return std::holds_alternative<T>(rep_); }
  // The error, or OK when a value is held.
  Status status() const { return ok() ? Status::OK() : std::get<Status>(rep_); }

  // REQUIRES: ok().
  const T& value() const& { assert(ok()); return std::get<T>(rep_); }
  T& value() & { assert(ok()); return std::get<T>(rep_); }
  T&& value() && { assert(ok()); return std::get<T>(std::move(rep_)); }
  const T& operator*() const& { return value(); }
  T& operator*() & { return value(); }
  const T* operator->() const { return &value(); }
  T* operator->() { return &value(); }

 private:
  std::variant<Status, T> rep_;
};

}  // namespace isnad

// Returns early from the enclosing function if `expr` (a Status) is not OK.
#define ISNAD_RETURN_IF_ERROR(expr)              \
  do {                                           \
    ::isnad::Status isnad_status_ = (expr);      \
    if (!isnad_status_.ok()) return isnad_status_; \
  } while (0)

#endif  // ISNAD_UTIL_STATUS_H_
