#include "lexicon/tabari.h"

namespace isnad::lexicon {

DictFormat DetectTabariFormat(const std::string&, std::string_view) { return DictFormat::kAuto; }

Status ParseTabari(DictFormat, std::string_view, const std::string& origin, Dictionary*) {
  return Status::Unsupported(origin + ": TABARI/PETRARCH dictionaries are not readable yet");
}

}  // namespace isnad::lexicon
