#include "coder/grammar.h"

#include "text/normalize.h"

namespace isnad::coder {

Grammar::Grammar(text::Lang lang) : lang_(lang) {
  switch (lang) {
    case text::Lang::kAr:
      Add({"ل", "لـ", "إلى", "على", "ضد", "نحو", "لدى"}, kGPrepTarget);
      Add({"مع"}, kGPrepWith);
      Add({"من", "عن"}, kGPrepFrom);
      Add({"قبل"}, kGPrepAgent);  // In "من قبل": the passive agent follows.
      Add({"في", "داخل", "قرب", "بالقرب", "شمال", "جنوب", "شرق", "غرب", "وسط"}, kGPrepLocative);
      Add({"حول", "بشأن", "خلال", "منذ", "بعد", "قبل", "عبر", "دون", "حتى", "إثر", "أثناء"}, kGPrepOther);
      Add({"بين"}, kGBetween);
      Add({"و", "أو", "ثم"}, kGConj);
      Add({"أن", "إن", "أنه", "إنه", "أنها", "إنها", "أنهم", "إنهم", "بأن", "لأن", "كيف", "فإن", "فإنه"},
          kGSubordinator);
      Add({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "اللاتي"}, kGRelative);
      Add({"لم", "لن", "لا", "ليس", "ليست", "لست", "ما", "عدم", "غير", "دون"}, kGNegation);
      Add({"تم", "يتم", "جرى", "يجري"}, kGAuxPassive);
      Add({"قد", "لقد", "كان", "كانت", "يكون", "تكون", "كانوا", "بدأ", "بدأت", "يبدأ", "تبدأ", "بدأوا",
           "واصل", "تواصل", "يواصل", "عاد", "أعاد"},
          kGAux);
      Add({"هذا", "هذه", "ذلك", "تلك", "هؤلاء", "أولئك", "ذاته", "نفسه", "نفس"}, kGDemonstrative);
      Add({"جانب"}, kGAlongside);  // In "إلى جانب": "alongside".
      Add({"لكن", "لكنه", "بينما", "حين", "إلا", "كما", "حيث"}, kGClauseAdverb);
      Add({"سوف", "سيتم"}, kGFuture);
      Add({"إذا", "لو", "لولا", "حال"}, kGCondition);
      Add({"هو", "هي", "هم", "هما", "هن"}, kGPronoun);
      break;
    case text::Lang::kFr:
      Add({"à", "au", "aux", "contre", "envers", "vers", "pour", "sur"}, kGPrepTarget);
      Add({"avec", "auprès"}, kGPrepWith);
      Add({"de", "d'", "du", "des"}, kGPrepOf);
      Add({"depuis"}, kGPrepFrom);
      Add({"par"}, kGPrepAgent);
      Add({"en", "dans", "près", "chez"}, kGPrepLocative);
      Add({"sur", "après", "avant", "pendant", "malgré", "selon", "lors", "concernant"}, kGPrepOther);
      Add({"entre"}, kGBetween);
      Add({"et", "ou", "ainsi"}, kGConj);
      Add({"que", "qu'", "comment"}, kGSubordinator);
      Add({"qui", "dont", "lequel", "laquelle", "lesquels", "lesquelles", "où"}, kGRelative);
      Add({"ne", "n'", "pas", "jamais", "aucun", "aucune", "ni", "non", "guère", "plus"}, kGNegation);
      Add({"été", "est", "sont", "était", "étaient", "sera", "seront", "fut", "furent"}, kGAuxPassive);
      Add({"a", "ont", "avait", "avaient", "aura", "auront", "aurait", "auraient", "eu"}, kGAux);
      Add({"le", "la", "les", "l'", "un", "une", "son", "sa", "ses", "leur", "leurs"}, kGDeterminer);
      Add({"ce", "cet", "cette", "ces", "même"}, kGDemonstrative);
      Add({"côtés", "côté"}, kGAlongside);
      Add({"mais", "cependant", "toutefois", "alors", "tandis", "pourtant"}, kGClauseAdverb);
      Add({"va", "vont", "sera", "seront"}, kGFuture);
      // The elided "s'" is "si" only before il/ils ("s'il", "s'ils"); elsewhere it
      // is the reflexive pronoun. BuildSentenceState (mentions.cc) decides which.
      Add({"si"}, kGCondition);
      Add({"se", "s'"}, kGReflexive);
      Add({"il", "elle", "ils", "elles", "lui", "leur", "l'", "les"}, kGPronoun);
      break;
    default:
      Add({"to", "against", "on", "for", "toward", "towards", "at", "into", "upon"}, kGPrepTarget);
      Add({"with"}, kGPrepWith);
      Add({"from"}, kGPrepFrom);
      Add({"of"}, kGPrepOf);
      Add({"by"}, kGPrepAgent);
      Add({"in", "near", "inside", "outside"}, kGPrepLocative);
      Add({"about", "over", "after", "before", "during", "since", "despite", "amid", "under", "through", "across",
           "without", "following", "regarding"},
          kGPrepOther);
      Add({"between", "among"}, kGBetween);
      Add({"and", "or", "&", "nor"}, kGConj);  // "neither A nor B" coordinates too.
      Add({"that", "how", "whether"}, kGSubordinator);
      Add({"who", "which", "whom", "whose", "where"}, kGRelative);
      Add({"not", "n't", "never", "no", "neither", "nor"}, kGNegation);
      Add({"was", "were", "been", "being", "is", "are", "be", "am", "got", "get"}, kGAuxPassive);
      Add({"has", "have", "had", "will", "would", "did", "does", "do", "could", "should", "may", "might", "must",
           "can", "shall"},
          kGAux);
      Add({"the", "a", "an", "its", "their", "his", "her", "our", "your", "any", "some", "several", "many"},
          kGDeterminer);
      Add({"this", "that", "these", "those", "same"}, kGDemonstrative);
      Add({"alongside", "along", "together"}, kGAlongside);
      Add({"but", "however", "while", "whereas", "although", "though", "yet"}, kGClauseAdverb);
      Add({"will", "shall", "'ll"}, kGFuture);
      Add({"if", "unless"}, kGCondition);
      Add({"he", "she", "it", "they", "him", "them"}, kGPronoun);
      Add({"'s", "'", "his", "her", "its", "their"}, kGPossessive);
      break;
  }
}

void Grammar::Add(std::initializer_list<const char*> words, uint32_t classes) {
  for (const char* w : words) {
    std::string word = text::NormalizeWord(w);
    shapes_[ShapeIndex(word)] |= ShapeBit(word);
    const uint32_t id = words_.Insert(word);
    if (id == classes_.size()) classes_.push_back(kGNone);
    classes_[id] |= classes;
  }
}

std::vector<uint32_t> Grammar::ClassesBySym(const lexicon::Lexicon& lexicon) const {
  std::vector<uint32_t> out(lexicon.key_count(), kGNone);
  for (uint32_t id = 0; id < words_.size(); ++id) {
    const lexicon::Sym sym = lexicon.Lookup(words_.word(id));
    if (sym != lexicon::kNoSym) out[sym] = classes_[id];
  }
  return out;
}

const Grammar& Grammar::For(text::Lang lang) {
  static const Grammar ar(text::Lang::kAr);
  static const Grammar fr(text::Lang::kFr);
  static const Grammar en(text::Lang::kEn);
  switch (lang) {
    case text::Lang::kAr: return ar;
    case text::Lang::kFr: return fr;
    default: return en;
  }
}

}  // namespace isnad::coder
