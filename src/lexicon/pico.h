// lexicon/pico.h: the PETRARCH Internal Coding Ontology (PICO), read from the
// validation suite's PETR_Validate_Internal_Coding_Ontology_*.txt. PICO writes each
// CAMEO event code as a 16-bit value of four hex digits so that codes can be
// combined arithmetically when one verb governs another ("promised to attack",
// "refused to meet"). Third stage of the pipeline (lexicon), used by the coder.
//
// The digits, as the file's header lays them out (0x1000 is CAMEO 010):
//   digit 1 (0xF000): the verb's stance: 1 Say, 2 Appeal, 3 Intend, 4 Demand,
//                     5 Protest, 6 Threaten, 7 Disapprove, 8 Posture, 9 Coerce,
//                     A Investigate, B Consult; 0 = none (a plain action).
//   digit 2 (0x0F00): 1 Reduce, 2 Yield.
//   digit 3 (0x00F0): the action: 1 Meet, 2 Settle, 3 Mediate, 4 Aid, 5 Expel,
//                     6 Political change, 7 Material coop., 8 Diplomatic coop.,
//                     9 Assault, A Fight, B Mass violence.
//   digit 4 (0x000F): the topic: 1 Leadership ... F De-escalation.
// Values may be written as sums and differences of hex terms ("-0xFFFF+0x0070":
// 0xFFFF marks negation: 12x Reject = -0xFFFF + what is rejected; 110 Disapprove
// = 0xFFFF + 0x0080, "not diplomatic cooperation"). `#` starts a comment (also
// after a value: "110:0x1007f#0xFFFF+0x0080#0x7000#Disapprove" is 0x1007F).
// `---:0` maps the null code to 0.
//
// Combination (Combine): the code of "OUTER to INNER" ("promise" to "attack") is
// the sum of both values, as PICO is built to be summed, except that when both
// have a stance digit the inner verb's value is kept (the later stance wins),
// and a negative inner value (a rejection) is added as it is. Back to CAMEO
// (ToCameo): the first CAMEO code listed with exactly that value; if none, the
// nearest listed ancestor, found by clearing the topic digit, then the action
// digit, then the modifier digit. CombineCameo adds one rule the file implies
// but cannot list: an intent (stance 3) to carry out material conflict (action
// 9 Assault, A Fight or B Mass violence) is a threat (stance 6), as CAMEO's
// codebook defines 13x. So "promise (033x) to attack (190)" is 0x3000 + 0x00A0 =
// 0x30A0, read as 0x60A0 = 138 "Threaten with military force"; without the rule
// the nearest ancestor would be 030.
//
// Thread-safety: build once with Parse, then read-only from any thread.
#ifndef ISNAD_LEXICON_PICO_H_
#define ISNAD_LEXICON_PICO_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <utility>
#include <vector>

#include "lexicon/dictionary.h"
#include "util/status.h"

namespace isnad::lexicon {

class PicoTable {
 public:
  // Parses the ontology file `contents`; malformed lines become issues
  // ("origin:line") in `*issues` (may be null) and are skipped. Returns
  // Corruption when no line could be read.
  static StatusOr<PicoTable> Parse(std::string_view contents, const std::string& origin,
                                   std::vector<Issue>* issues = nullptr);

  // The PICO value of a CAMEO code ("190" -> 0x00A0; "---" -> 0), or nullopt.
  std::optional<int32_t> ToPico(std::string_view cameo) const;

  // The CAMEO code of a value (see the header comment for the fallback), or ""
  // when not even the stance digit is listed. The view stays valid while the table lives.
  std::string_view ToCameo(int32_t pico) const;

  // Combines the values of a governing verb and the verb it governs.
  static int32_t Combine(int32_t outer, int32_t inner);

  // Combines two CAMEO codes through PICO (with the threat rule above); "" when
  // either code is not in the table.
  std::string CombineCameo(std::string_view outer, std::string_view inner) const;

  size_t size() const { return entries_.size(); }
  // (CAMEO code, value) in file order.
  const std::vector<std::pair<std::string, int32_t>>& entries() const { return entries_; }

 private:
  std::vector<std::pair<std::string, int32_t>> entries_;
  std::unordered_map<std::string, int32_t> to_pico_;
  std::unordered_map<int32_t, std::string> to_cameo_;  // First code listed per value.
};

}  // namespace isnad::lexicon

#endif  // ISNAD_LEXICON_PICO_H_
