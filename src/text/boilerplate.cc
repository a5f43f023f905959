// Design: only short paragraphs (at most kMaxBoilerplateTokens tokens) are
// examined, so article text costs one comparison. For those, the normalized words
// are joined with single spaces between sentinels (" votre adresse e-mail ... ")
// and each rule's phrase, normalized the same way when the table is built, is
// looked up as a substring, but only when a first pass over the tokens has seen
// one of the rules' key words (a hash lookup per token): the keys are the ones dictionary matching uses, so
// spelling variants (تعليقاً / تعليقا, publiée / publiee, أضف / اضف) need no extra
// entries. Punctuation is left out of the joined text; symbols (©) stay.
#include "text/boilerplate.h"

#include <iterator>
#include <string_view>

#include "text/normalize.h"

namespace isnad::text {
namespace {

// Structural cues: a phrase anywhere in a short paragraph, or a phrase that opens a
// paragraph of a few tokens ("Partager", "شارك" are also ordinary verbs, so they
// only count on a line of their own).
constexpr size_t kAnywhere = kMaxBoilerplateTokens;
constexpr size_t kLinkLine = 16;
constexpr size_t kButtonLine = 3;

struct RuleSpec {
  std::string_view phrase;
  size_t max_tokens;
  bool at_start;
};

// The one table of boilerplate phrases. Written as they appear; normalized when
// the detector is built.
constexpr RuleSpec kRules[] = {
    // Comment forms.
    {"اترك تعليقاً", kAnywhere, false},
    {"اترك تعليقا", kAnywhere, false},
    {"اترك رداً", kAnywhere, false},
    {"أضف تعليق", kAnywhere, false},
    {"أضف تعليقاً", kAnywhere, false},
    {"التعليقات", kButtonLine, true},
    {"لن يتم نشر عنوان بريدك الإلكتروني", kAnywhere, false},
    {"الحقول الإلزامية مشار إليها", kAnywhere, false},
    {"Leave a comment", kAnywhere, false},
    {"Leave a reply", kAnywhere, false},
    {"Post a comment", kAnywhere, false},
    {"Your email address will not be published", kAnywhere, false},
    {"Required fields are marked", kAnywhere, false},
    {"Laisser un commentaire", kAnywhere, false},
    {"Laisser une réponse", kAnywhere, false},
    {"Votre adresse e-mail ne sera pas publiée", kAnywhere, false},
    {"Votre adresse email ne sera pas publiée", kAnywhere, false},
    {"Votre adresse de messagerie ne sera pas publiée", kAnywhere, false},
    {"Les champs obligatoires sont indiqués", kAnywhere, false},
    // Copyright.
    {"©", kAnywhere, false},
    {"All rights reserved", kAnywhere, false},
    {"Tous droits réservés", kAnywhere, false},
    {"جميع الحقوق محفوظة", kAnywhere, false},
    {"كل الحقوق محفوظة", kAnywhere, false},
    {"Copyright", kLinkLine, true},
    // Cookie notices.
    {"uses cookies", kAnywhere, false},
    {"use cookies", kAnywhere, false},
    {"accept cookies", kAnywhere, false},
    {"utilise des cookies", kAnywhere, false},
    {"utilisons des cookies", kAnywhere, false},
    {"accepter les cookies", kAnywhere, false},
    {"ملفات تعريف الارتباط", kAnywhere, false},
    {"الكوكيز", kAnywhere, false},
    // Share, subscribe, follow, print.
    {"Share this", kButtonLine, true},
    {"Share on", kButtonLine, true},
    {"Partager", kButtonLine, true},
    {"Partagez", kButtonLine, true},
    {"Abonnez-vous", kLinkLine, true},
    {"Subscribe", kLinkLine, true},
    {"Follow us", kLinkLine, true},
    {"Suivez-nous", kLinkLine, true},
    {"شارك", kButtonLine, true},
    {"شارك هذا", kButtonLine, true},
    {"اشترك", kLinkLine, true},
    {"تابعونا", kLinkLine, true},
    {"تابعنا", kLinkLine, true},
    {"طباعة", kButtonLine, true},
    // "Read more" link lines.
    {"Read more", kLinkLine, true},
    {"Read also", kLinkLine, true},
    {"See also", kLinkLine, true},
    {"Lire aussi", kLinkLine, true},
    {"Lire la suite", kLinkLine, true},
    {"À lire aussi", kLinkLine, true},
    {"Voir aussi", kLinkLine, true},
    {"اقرأ أيضا", kLinkLine, true},
    {"اقرأ أيضاً", kLinkLine, true},
    {"اقرأ المزيد", kLinkLine, true},
    {"إقرأ أيضا", kLinkLine, true},
};

// Words of a byline that is only a date ("Published Monday 12 June 2017, 10:14",
// "Publié le 3 mars 2019", "الأحد 12 مايو 2019").
constexpr std::string_view kDateWords[] = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.",
    "sep.", "sept.", "oct.", "nov.", "dec.", "monday", "tuesday", "wednesday", "thursday",
    "friday", "saturday", "sunday", "published", "updated", "posted", "on", "at", "am", "pm",
    "gmt", "utc", "edt", "janvier", "février", "mars", "avril", "mai", "juin",
    "juillet", "août", "septembre", "octobre", "novembre", "décembre", "lundi", "mardi",
    "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "publié", "mis", "à", "jour", "le",
    "h", "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو", "يوليو", "أغسطس",
    "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار",
    "حزيران", "تموز", "آب", "أيلول", "تشرين", "الأول", "الثاني", "الأحد", "الاثنين",
    "الإثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "نشر", "في", "بتاريخ",
    "تاريخ", "آخر", "تحديث", "هـ", "م",
};
constexpr size_t kMaxBylineTokens = 12;

std::string NormalizePhrase(std::string_view phrase) {
  std::string key = " ";
  size_t pos = 0;
  while (pos <= phrase.size()) {
    size_t space = phrase.find(' ', pos);
    if (space == std::string_view::npos) space = phrase.size();
    if (space > pos) {
      AppendNormalized(phrase.substr(pos, space - pos), &key);
      key.push_back(' ');
    }
    pos = space + 1;
  }
  return key;
}

}  // namespace

void BoilerplateDetector::WordShape::Add(std::string_view word) {
  sizes |= uint64_t{1} << std::min<size_t>(word.size(), 63);
  if (word.empty()) return;
  const auto last = static_cast<unsigned char>(word.back());
  last_bytes[last >> 6] |= uint64_t{1} << (last & 63);
}

// The key words seen in a paragraph are kept as bits of one word, indexed by id.
static_assert(std::size(kRules) <= 64);

BoilerplateDetector::BoilerplateDetector() {
  for (const RuleSpec& spec : kRules) {
    std::string key = NormalizePhrase(spec.phrase);
    const std::string_view k = key;
    uint32_t word = 0;
    if (spec.at_start) {
      const std::string_view first = k.substr(1, k.find(' ', 1) - 1);
      word = start_words_.Insert(first);
      start_shape_.Add(first);
    } else {
      // The longest word is the rarest in practice ("published", not "your"), so
      // ordinary paragraphs rarely get past the first pass.
      std::string_view longest;
      for (size_t pos = 1; pos < k.size();) {
        const size_t space = k.find(' ', pos);
        if (space - pos > longest.size()) longest = k.substr(pos, space - pos);
        pos = space + 1;
      }
      word = anywhere_words_.Insert(longest);
      anywhere_shape_.Add(longest);
    }
    rules_.push_back(Rule{std::move(key), spec.max_tokens, spec.at_start, word});
  }
  for (std::string_view w : kDateWords) date_words_.Insert(NormalizeWord(w));
}

bool BoilerplateDetector::IsBoilerplate(const AnalyzedDocument& doc, uint32_t token_begin,
                                        uint32_t token_end, std::string* scratch) const {
  const size_t count = token_end - token_begin;
  if (count == 0 || count > kMaxBoilerplateTokens) return false;
  // First pass, no copies: which rules' key words are here (the first word of a
  // line-start rule, the longest word of the others), or is it only a date?
  uint64_t present = 0;                      // Bits of anywhere_words_ ids.
  uint32_t start_word = WordTable::kAbsent;  // The first word's id in start_words_.
  bool first = true;
  bool has_number = false;
  // Only a byline of at most kMaxBylineTokens can be a date alone: a longer
  // paragraph skips the date-word lookups.
  bool only_date_words = count <= kMaxBylineTokens;
  char digitless[64];
  for (uint32_t i = token_begin; i < token_end; ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind == TokenKind::kPunct) continue;
    const std::string_view norm = doc.Norm(t);
    if (first) {
      if (count <= kLinkLine && start_shape_.MayBe(norm)) start_word = start_words_.Find(norm);
      first = false;
    }
    if (anywhere_shape_.MayBe(norm)) {
      if (const uint32_t id = anywhere_words_.Find(norm); id != WordTable::kAbsent) {
        present |= uint64_t{1} << id;
      }
    }
    if (t.kind == TokenKind::kNumber) has_number = true;
    if (t.kind == TokenKind::kWord && only_date_words) {
      // Digits glued to a date word ("14h30", "2015م") do not make it another word.
      size_t n = 0;
      for (const char c : norm) {
        if ((c < '0' || c > '9') && n < sizeof digitless) digitless[n++] = c;
      }
      only_date_words = date_words_.Contains(std::string_view(digitless, n));
    }
  }
  if (has_number && only_date_words && count <= kMaxBylineTokens) return true;
  if (present == 0 && start_word == WordTable::kAbsent) return false;

  std::string& joined = *scratch;
  joined.assign(" ");
  // A key is words between spaces, so it can only match the joined text on token
  // boundaries, and only with its key word present: unless a token's key holds a
  // space itself (the expansion of a ligature such as U+FDFA).
  bool spaced = false;
  for (uint32_t i = token_begin; i < token_end; ++i) {
    const Token& t = doc.tokens[i];
    if (t.kind == TokenKind::kPunct) continue;
    const std::string_view norm = doc.Norm(t);
    spaced = spaced || norm.find(' ') != std::string_view::npos;
    joined.append(norm);
    joined.push_back(' ');
  }
  for (const Rule& rule : rules_) {
    if (count > rule.max_tokens) continue;
    if (!spaced && (rule.at_start ? rule.word != start_word : ((present >> rule.word) & 1) == 0)) {
      continue;
    }
    if (rule.at_start ? joined.compare(0, rule.key.size(), rule.key) == 0
                      : joined.find(rule.key) != std::string::npos) {
      return true;
    }
  }
  return false;
}

}  // namespace isnad::text
