// Fuzzes one TABARI/PETRARCH reader (chosen at build time), then lints the result
// and checks a property: whatever was read, the isnad TSV written from it reads
// back without errors.
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "lexicon/dictionary.h"
#include "lexicon/isnad_writer.h"
#include "lexicon/lint.h"
#include "lexicon/tabari.h"

namespace {

constexpr isnad::lexicon::DictFormat kFormat =
#if defined(ISNAD_FUZZ_TABARI_ACTORS)
    isnad::lexicon::DictFormat::kTabariActors;
#elif defined(ISNAD_FUZZ_TABARI_AGENTS)
    isnad::lexicon::DictFormat::kTabariAgents;
#elif defined(ISNAD_FUZZ_TABARI_VERBS)
    isnad::lexicon::DictFormat::kTabariVerbs;
#else
    isnad::lexicon::DictFormat::kTabariDiscards;
#endif

void MustReadBack(const std::string& tsv) {
  isnad::lexicon::Dictionary back;
  isnad::Status s = back.ParseIsnadTsv(tsv, "written.tsv");
  if (!s.ok()) {
    std::fprintf(stderr, "written TSV does not read back: %s\n%s\n", s.ToString().c_str(), tsv.c_str());
    std::abort();
  }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  isnad::lexicon::Dictionary dict;
  (void)isnad::lexicon::DetectTabariFormat("fuzz.txt", text);
  (void)isnad::lexicon::ParseTabari(kFormat, text, "fuzz.txt", &dict);
  (void)isnad::lexicon::LintDictionary(dict);
  for (size_t i = 0; i < dict.events().size(); ++i) (void)isnad::lexicon::PatternsOf(dict.events(), i);
  isnad::lexicon::IsnadFiles files = isnad::lexicon::WriteIsnad(dict);
  MustReadBack(files.actors);
  MustReadBack(files.agents);
  MustReadBack(files.events);
  MustReadBack(files.discards);
  return 0;
}
