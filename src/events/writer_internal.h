// events/writer_internal.h: pieces shared by the writers (writer.cc and the
// per-format files). Not part of the events API; include only from src/events.
// Thread-safety: pure functions; a DelimitedRow is used by one thread.
#ifndef ISNAD_EVENTS_WRITER_INTERNAL_H_
#define ISNAD_EVENTS_WRITER_INTERNAL_H_

#include <cmath>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "events/event.h"

namespace isnad::events::internal {

// Appends `text` with each invalid UTF-8 sequence replaced by U+FFFD; when
// `flatten_whitespace`, also turns TAB, CR and LF into spaces (for TSV).
void AppendCleanText(std::string_view text, bool flatten_whitespace,
                     std::string* out);

// Appends the shortest decimal form that reads back as `value` ("8.3", "-10").
// REQUIRES: std::isfinite(value).
void AppendDouble(double value, std::string* out);

void AppendUint(uint64_t value, std::string* out);

// One row of a delimited format (CSV, TSV): each field appended after the
// separator, numbers written the same way in every format; the formats add
// their own text fields.
class DelimitedRow {
 public:
  DelimitedRow(std::string* out, char separator) : out_(out), separator_(separator) {}

  void Uint(uint64_t v) {
    Separator();
    AppendUint(v, out_);
  }
  // Empty when `v` is absent or not finite.
  void Number(const std::optional<double>& v) {
    Separator();
    if (v.has_value() && std::isfinite(*v)) AppendDouble(*v, out_);
  }
  // Starts a field: the separator, except before the first.
  void Separator() {
    if (!first_) out_->push_back(separator_);
    first_ = false;
  }
  std::string* out() { return out_; }

 protected:
  std::string* out_;

 private:
  char separator_;
  bool first_ = true;
};

// CSV (csv_writer.cc): the header row and one record, each ending with `eol`.
void AppendCsvHeader(std::string_view eol, std::string* out);
void AppendCsvRecord(const Event& event, std::string_view eol,
                     std::string* out);

// GDELT-style TSV (gdelt_writer.cc): the header row and one record, each ending
// with LF.
void AppendGdeltHeader(std::string* out);
void AppendGdeltRecord(const Event& event, std::string* out);

}  // namespace isnad::events::internal

#endif  // ISNAD_EVENTS_WRITER_INTERNAL_H_
