// Table-driven tests of the role rules, negation and provenance, with a small
// dictionary written here so that they test the grammar, not the data files.
#include "coder/coder.h"

#include <gtest/gtest.h>

#include "coder/modality.h"
#include "coder/roles.h"
#include "coder/roles_internal.h"
#include "coder/testing/coder_fixtures.h"
#include "lexicon/dictionary.h"
#include "testutil.h"
#include "text/analyzer.h"

namespace isnad::coder {
namespace {

constexpr const char* kActors =
    "isnad-dict\t1\tactors\n"
    "israel\tar\tإسرائيل\tISR\tcountry\n"
    "israel\ten\tIsrael\n"
    "israel\tfr\tIsraël\n"
    "egypt\tar\tمصر\tEGY\tcountry\n"
    "egypt\ten\tEgypt\n"
    "egypt\tfr\tÉgypte\n"
    "libya\tar\tليبيا\tLBY\tcountry\n"
    "libya\ten\tLibya\n"
    "libya\tfr\tLibye\n"
    "jordan\tar\tالأردن\tJOR\tcountry\n"
    "jordan\ten\tJordan\n"
    "tel_aviv\tar\tتل أبيب\tISRGOV\tcapital\n"
    "cairo\tar\tالقاهرة\tEGYGOV\tcapital\n"
    "cairo\tfr\tLe Caire\n"
    "paris\tar\tباريس\tFRAGOV\tcapital\n"
    "paris\tfr\tParis\n"
    "france\tfr\tFrance\tFRA\tcountry\n"
    "haftar\tar\tخليفة حفتر|حفتر\tLBYMIL\tperson\n"
    "haftar\ten\tKhalifa Haftar|Haftar\n"
    "haftar\tfr\tKhalifa Haftar|Haftar\n"
    "mossad\tar\tالموساد\tISRSPY\torg\n"
    "mossad\tfr\tMossad\n"
    "isr_dem\tar\tإسرائيلي|إسرائيليا|الإسرائيلي|الإسرائيليين|إسرائيلية|الإسرائيلية\tISR\tdemonym\n"
    "isr_dem\ten\tIsraeli|Israelis\n"
    "dza_dem\tar\tجزائري|الجزائريين|الجزائرية\tDZA\tdemonym\n"
    "dza_dem\tfr\talgérienne|algériennes|algérien|algériens\n"
    "egy_dem_fr\tfr\tégyptienne|égyptiennes|égyptien|égyptiens\tEGY\tdemonym\n"
    "egy_dem\ten\tEgyptian\tEGY\tdemonym\n"
    "tun_dem_fr\tfr\ttunisienne|tunisiennes|tunisien|tunisiens\tTUN\tdemonym\n"
    "lby_dem_fr\tfr\tlibyenne|libyen\tLBY\tdemonym\n"
    "hamas\tfr\tHamas\tPSEREB\torg\n"
    "sarraj\tfr\tSarraj\tLBYGOV\tperson\n"
    "isr_periphrasis\tfr\tEtat hébreu\tISR\tcountry\n"
    "reuters\ten\tReuters\tMED\tmedia\n";
constexpr const char* kAgents =
    "isnad-dict\t1\tagents\n"
    "ar\tالجيش|جيش|قوات\tMIL\n"
    "ar\tحكومة|الحكومة\tGOV\n"
    "ar\tالمسؤولين|مسؤول\tGOV\n"
    "ar\tعملاء\tSPY\n"
    "ar\tجندي|جنديا|جنود\tMIL\n"
    "ar\tمسلحون|مسلحين\tUAF\n"
    "ar\tمتظاهرون|متظاهرين\tCVL\n"
    "ar\tأشخاص\tCVL\n"
    "en\tarmy|troops\tMIL\n"
    "en\tgovernment|officials\tGOV\n"
    "fr\tarmée|armées\tMIL\n"
    "fr\tsoldats|maréchal|militaire\tMIL\n"
    "fr\thommes armés\tUAF\n"
    "fr\tvillageois|civils\tCVL\n"
    "fr\tagents secrets\tSPY\n"
    "fr\tambassadeur|ambassadeurs\tGOV\n"
    "fr\tmanifestants\tCVL\n"
    "fr\tministère\tGOV\n";
constexpr const char* kEvents =
    "isnad-dict\t1\tevents\n"
    "ar\tverb\tدعم|يدعم\t051\n"
    "ar\tnoun\tدعم|الدعم\t051\n"
    "ar\tnoun\tتعاون|التعاون\t050\n"
    "ar\tverb\tالتقى|يلتقي\t040\n"
    "ar\tverb\tهاجم|يهاجم\t190\n"
    "ar\tverb\tقتل|يقتل\t190\n"
    "ar\tnoun\tمقتل\t190\n"
    "ar\tverb\tحذر|يحذر\t130\n"
    "ar\tnoun\tهجوم|الهجوم\t190\n"
    "ar\tnoun\tغارة|الغارة|الغارات\t195\n"
    "ar\tnoun\tقصف|القصف\t190\n"
    "ar\tverb\tأصيب|أصيبوا\t190\n"
    "ar\tnoun\tمظاهرة|المظاهرة\t141\n"
    "ar\tverb\tهتف|يهتف\t141\n"
    "ar\tverb\tتظاهر|يتظاهر\t141\n"
    "ar\tverb\tاحتج|يحتج\t141\n"
    "ar\tverb\tاحتج|يحتج\t114\t* لدى\n"
    "ar\tverb\tتجمع|يتجمع\t141\t* مئات|آلاف|متظاهرون\n"
    "ar\tverb\tحاصر|يحاصر\t141\t* مئات|آلاف\n"
    "ar\tnoun\tاحتجاج|الاحتجاج\t141\n"
    "ar\tnoun\tتزويد\t070\n"
    "en\tverb\tsupport\t051\n"
    "en\tnoun\tsupport\t051\n"
    "en\tverb\tattack\t190\n"
    "en\tverb\tmeet|met\t040\n"
    "en\tverb\tpromise\t030\n"
    "en\tverb\tpromise\t0331\t* aid\n"
    "fr\tverb\tsoutenir|soutient|soutenu\t051\n"
    "fr\tnoun\tsoutien|soutiens\t051\n"
    "fr\tverb\tattaquer|attaque|attaqué|attaquée\t190\n"
    "fr\tverb\tentretenir|entretenu|entretenus\t040\n"
    "fr\tverb\tarriver|arrivé\t042\n"
    "fr\tverb\trencontrer|rencontré\t040\n"
    "fr\tverb\trappeler|rappelé\t161\n"
    "fr\tphrase\tdémenti toute implication\t016\n"
    "fr\tnoun\tfrappes aériennes\t195\n"
    "fr\tverb\tlivrer|livré|livrés|livrées\t072\n"
    "fr\tverb\taccepter|accepté\t030\n"
    "fr\tverb\taccepter|accepté\t0871\t* trêve\n"
    "fr\tverb\tqualifier|qualifié\t051\t* ami\n"
    "fr\tverb\tremercier\t051\n"
    "fr\tverb\tcondamner|condamné\t111\n"
    "fr\tnoun\tassassinat\t186\n"
    "fr\tverb\tdéfiler|défilé\t141\n"
    "fr\tnoun\tnormalisation\t050\n"
    "fr\tverb\ttuer|tuant\t190\n"
    "fr\tverb\trevendiquer|revendiqué\t015\t* offensive\n"
    "fr\tnoun\toffensive\t190\n"
    "fr\tverb\tlancer|lancé\t020\t* appel\n"
    "fr\tverb\tconvoquer|convoqué\t114\n"
    "fr\tnoun\tsignature\t057\n"
    "fr\tnoun\tpacte de défense\t062\n"
    "fr\tverb\tsaluer|salué\t051\n"
    "fr\tverb\tdénoncer|dénoncé\t111\n"
    "fr\tverb\texiger|exigé\t100\n"
    "fr\tnoun\tengagement\t030\n"
    "fr\tnoun\texpulsion\t174\n"
    "fr\tnoun\tlibération\t0841\n"
    "fr\tverb\ttéléphoner|téléphoné\t041\n"
    "fr\tverb\tencercler|encerclé|encerclée\t191\n"
    "fr\tverb\tencercler|encerclé|encerclée\t141\t* par manifestants\n"
    "fr\tverb\tbombarder|bombardé\t195\n"
    "fr\tverb\tmassacrer|massacré\t202\n"
    "fr\tnoun\tvisite\t042\n"
    "fr\tnoun\tenlèvement\t181\n"
    "fr\tverb\tappeler|appelé\t020\n"
    "fr\tnoun\tnégociations\t046\n"
    "fr\tphrase\tsous l'égide\t045\n"
    "fr\tnoun\taccord\t057\n"
    "fr\tnoun\trépression\t175\n"
    "fr\tnoun\tengin explosif\t1833\n"
    "fr\tverb\tdétruire|détruit\t1712\n";
constexpr const char* kCues =
    "isnad-dict\t1\tcues\n"
    "ar\treport\tقال|يقول\n"
    "ar\treport\tأخبر|يخبر\n"
    "ar\treport_prep\tحسب|بحسب\n"
    "ar\tsource_head\tمصدر\n"
    "ar\toutlet_head\tصحيفة\n"
    "ar\thedge\tاقترح\n"
    "ar\tnegation\tلم|لن\n"
    "en\treport\tsay|said\n"
    "en\treport_prep\taccording to\n"
    "en\thedge\tallegedly|reportedly\n"
    "en\tsource_head\tofficial\n"
    "en\tnegation\tnot|n't|never\n"
    "en\tfuture\twill\n"
    "fr\treport_prep\tselon\n"
    "fr\treport\tdéclarer|déclaré\n"
    "fr\treport\taffirmer|affirmé\n"
    "fr\tnegation\tdémentir|démenti\n";
// Words the tokenizer must know to split a pronoun off them (شنه = شن + ه).
constexpr const char* kWords =
    "isnad-dict\t1\twords\n"
    "ar\tverb\tشن|شنت\n"
    "ar\tnoun\tرفض\n";
constexpr const char* kPlaces =
    "isnad-dict\t1\tplaces\n"
    "amman\tar\tعمان\tJOR\tcapital\t31.95\t35.93\n"
    "muscat_oman\tar\tعمان\tOMN\tcountry\t21.5\t55.9\n"
    "syrte\tfr\tSyrte\tLBY\tcity\t31.2\t16.6\n";

class CoderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    auto lex = testing::CompileTestLexicon({kActors, kAgents, kEvents, kCues, kWords, kPlaces});
    ASSERT_TRUE(lex.ok()) << lex.status().ToString();
    lexicon_ = std::move(lex).value().release();
  }
  static void TearDownTestSuite() { delete lexicon_; }

  std::vector<events::Event> Code(const std::string& text, text::Lang lang, CoderOptions options = {},
                                  const std::string& date = "") {
    return testing::CodeText(*lexicon_, text, lang, options, date);
  }

  static std::string Dyads(const std::vector<events::Event>& evs) { return testing::Dyads(evs); }

  static lexicon::Lexicon* lexicon_;
};
lexicon::Lexicon* CoderTest::lexicon_ = nullptr;

TEST_F(CoderTest, RolesFollowEachLanguagesClauseStructure) {
  struct Case {
    const char* rule;
    text::Lang lang;
    const char* text;
    const char* dyads;
  } cases[] = {
      {"Arabic VSO", text::Lang::kAr, "تدعم تل أبيب حفتر.", "ISRGOV>LBYMIL:051"},
      {"Arabic SVO after a complementizer", text::Lang::kAr, "قال مصدر إن إسرائيل تدعم حفتر.", "ISR>LBYMIL:051"},
      {"Arabic compound subject", text::Lang::kAr, "تدعم القاهرة وباريس حفتر.", "EGYGOV>LBYMIL:051 FRAGOV>LBYMIL:051"},
      {"Arabic masdar with genitive and ل", text::Lang::kAr, "ويوضح دعم إسرائيل لحفتر ذلك.", "ISR>LBYMIL:051"},
      {"Arabic between X and Y", text::Lang::kAr, "بدأ التعاون بين حفتر والإسرائيليين.", "LBYMIL>ISR:050"},
      {"Arabic idafa agent + nisba", text::Lang::kAr, "هاجم الجيش الإسرائيلي ليبيا.", "ISRMIL>LBY:190"},
      {"Arabic agent + demonym subject", text::Lang::kAr, "قال إن المسؤولين الجزائريين حذروا حفتر.",
       "DZAGOV>LBYMIL:130"},
      {"Arabic masdar after a phase verb", text::Lang::kAr, "إسرائيل بدأت بتزويد حفتر.", "ISR>LBYMIL:070"},
      {"Arabic agent من organization", text::Lang::kAr, "التقى حفتر بعملاء من الموساد.", "LBYMIL>ISRSPY:040"},
      {"English SVO", text::Lang::kEn, "Egypt supports Khalifa Haftar.", "EGY>LBYMIL:051"},
      {"English passive", text::Lang::kEn, "Libya was attacked by Israeli troops.", "ISRMIL>LBY:190"},
      {"English possessive noun", text::Lang::kEn, "Israel's support for Haftar grew.", "ISR>LBYMIL:051"},
      {"English pattern", text::Lang::kEn, "Egypt promised aid to Libya.", "EGY>LBY:0331"},
      {"English demonym + agent", text::Lang::kEn, "The Egyptian government met Haftar.", "EGYGOV>LBYMIL:040"},
      {"English relative clause", text::Lang::kEn, "Haftar, who met Egypt, left.", "LBYMIL>EGY:040"},
      {"French SVO", text::Lang::kFr, "L'Égypte soutient Haftar.", "EGY>LBYMIL:051"},
      {"French nominal", text::Lang::kFr, "Le soutien d'Israël à Haftar.", "ISR>LBYMIL:051"},
      {"French compound past", text::Lang::kFr, "L'Égypte a attaqué Haftar.", "EGY>LBYMIL:190"},
      {"French passive with par", text::Lang::kFr, "Haftar a été attaqué par l'Égypte.", "EGY>LBYMIL:190"},
      {"French reflexive with être is active", text::Lang::kFr, "Haftar s'est entretenu avec l'Égypte.",
       "LBYMIL>EGY:040"},
      {"French negated reflexive", text::Lang::kFr, "Haftar ne s'est pas entretenu avec l'Égypte.", ""},
      {"French object clitic", text::Lang::kFr, "Après Israël, l'Égypte l'a attaqué.", "EGY>ISR:190"},
      {"French coordinated verb with a clitic", text::Lang::kFr, "L'Égypte a attaqué Haftar et l'a soutenu.",
       "EGY>LBYMIL:190 EGY>LBYMIL:051"},
      {"French object clitic skips the subject's actor", text::Lang::kFr,
       "L'Égypte a attaqué Haftar pour l'Égypte et l'a soutenu.", "EGY>LBYMIL:190 EGY>LBYMIL:051"},
      {"French coordination repeats the preposition", text::Lang::kFr,
       "Aux côtés d'Israël et de l'Égypte, Haftar attaque la Libye.", "LBYMIL>LBY:190 ISR>LBY:190 EGY>LBY:190"},
      {"French coordinated demonyms share the agent", text::Lang::kFr,
       "Les armées algérienne et égyptienne ont attaqué Haftar.", "DZAMIL>LBYMIL:190 EGYMIL>LBYMIL:190"},
      {"French coordinated verb after a reported clause", text::Lang::kFr,
       "Israël a déclaré que l'Égypte « ment » et l'a attaquée.", "ISR>EGY:190"},
      {"French être verb is active", text::Lang::kFr, "Haftar est arrivé au Caire.", "LBYMIL>EGYGOV:042"},
      {"French relational adjective after a noun is its country", text::Lang::kFr,
       "Le Hamas a attaqué une base égyptienne.", "PSEREB>EGY:190"},
      {"French relational adjective after an event noun is its agent", text::Lang::kFr,
       "Les frappes aériennes égyptiennes contre Haftar ont repris.", "EGY>LBYMIL:195"},
      {"French relational adjective: the agent of a passive", text::Lang::kFr,
       "Haftar a été visé par des frappes aériennes égyptiennes.", "EGY>LBYMIL:195"},
      {"French demonym after a noun of place stays a qualifier", text::Lang::kFr,
       "L'Égypte a attaqué l'est libyen.", ""},
      {"French possessive object of the subject's own people: the target is further on", text::Lang::kFr,
       "L'Égypte a rappelé son ambassadeur à Paris.", "EGY>FRAGOV:161"},
      {"French denial of involvement is itself the event, not a reporting verb", text::Lang::kFr,
       "L'Égypte a démenti toute implication contre Haftar.", "EGY>LBYMIL:016"},
      {"French role word with no country is no object: the actor after it is", text::Lang::kFr,
       "La France a soutenu la coopération militaire avec l'Égypte.", "FRA>EGY:051"},
      {"French genitive object", text::Lang::kFr, "L'Égypte a attaqué un convoi de l'armée tunisienne.",
       "EGY>TUNMIL:190"},
      {"French genitive subject of a passive", text::Lang::kFr,
       "Un convoi de l'armée tunisienne a été attaqué par l'Égypte.", "EGY>TUNMIL:190"},
      {"French possessive role word belongs to the actor before it", text::Lang::kFr,
       "L'Égypte a déclaré que ses soldats avaient attaqué Haftar.", "EGYMIL>LBYMIL:190"},
      {"French role word without a country is no actor", text::Lang::kFr, "Des hommes armés ont attaqué l'Égypte.",
       ""},
      {"French title refers back to its holder", text::Lang::kFr,
       "Khalifa Haftar a rencontré Sarraj. L'Égypte soutient le maréchal.", "LBYMIL>LBYGOV:040 EGY>LBYMIL:051"},
      {"French press periphrasis for a country", text::Lang::kFr, "L'Etat hébreu soutient Haftar.",
       "ISR>LBYMIL:051"},
      {"French partitive article opens a subject", text::Lang::kFr, "Des soldats tunisiens ont attaqué Haftar.",
       "TUNMIL>LBYMIL:190"},
      {"French genitive object after an incise", text::Lang::kFr,
       "L'Égypte a attaqué, mardi soir, un convoi de l'armée tunisienne.", "EGY>TUNMIL:190"},
      {"French locative country of a verb with no object", text::Lang::kFr,
       "L'Égypte a attaqué des positions en Libye.", "EGY>LBY:190"},
      {"French locative country of a topic is no target", text::Lang::kFr,
       "L'Égypte a attaqué au sujet de la situation en Libye.", ""},
      {"French noun after parmi counts the subject among its agents", text::Lang::kFr,
       "Israël figure, avec d'autres, parmi les soutiens les plus constants de Haftar.", "ISR>LBYMIL:051"},
      {"French agent + demonym right after an event noun", text::Lang::kFr,
       "Le soutien militaire égyptien à Haftar.", "EGYMIL>LBYMIL:051"},
      {"French co-agents after the verb phrase", text::Lang::kFr,
       "Israël soutient Haftar aux côtés de l'Égypte et de la France.", "ISR>LBYMIL:051 EGY>LBYMIL:051 FRA>LBYMIL:051"},
      {"French apposition between the subject and the auxiliary", text::Lang::kFr,
       "L'armée algérienne, mardi soir, a attaqué Haftar.", "DZAMIL>LBYMIL:190"},
      {"French direct object before an à phrase", text::Lang::kFr,
       "L'Égypte a soutenu à Paris le maréchal Haftar.", "EGY>LBYMIL:051"},
      {"French genitive object before an à phrase", text::Lang::kFr,
       "Haftar a rencontré des agents du Mossad à Paris.", "LBYMIL>ISRSPY:040"},
      {"French capital after a compound subject is the place", text::Lang::kFr,
       "L'Égypte et Israël se sont entretenus à Paris.", "EGY>ISR:040"},
      {"French de after a word of quantity is an article", text::Lang::kFr,
       "L'Égypte a attaqué une trentaine de soldats tunisiens.", "EGY>TUNMIL:190"},
      {"French plural role word takes the country of the place", text::Lang::kFr,
       "L'Égypte a attaqué plus de cent villageois près de Syrte.", "EGY>LBYCVL:190"},
      {"French genitive subject after the plural article", text::Lang::kFr,
       "Des soldats de l'armée tunisienne ont attaqué Haftar.", "TUNMIL>LBYMIL:190"},
      {"French genitive subject whose head has its own de complement", text::Lang::kFr,
       "Le chef du bureau politique de l'armée tunisienne a attaqué Haftar.", "TUNMIL>LBYMIL:190"},
      {"French genitive object after a capital right after the verb", text::Lang::kFr,
       "L'Égypte a attaqué à Paris un convoi de l'armée tunisienne.", "EGY>TUNMIL:190"},
      {"French plural possessive of a compound belongs to no single member", text::Lang::kFr,
       "L'Égypte et Israël ont attaqué leurs soldats.", ""},
      {"French event noun as the subject of a plain verb", text::Lang::kFr,
       "Les frappes aériennes égyptiennes ont visé un convoi de l'armée tunisienne.", "EGY>TUNMIL:195"},
      {"French relational adjective in the object's de complement", text::Lang::kFr,
       "L'Égypte a attaqué un poste de la frontière libyenne.", "EGY>LBY:190"},
      {"French locative country after the object's de complement", text::Lang::kFr,
       "L'Égypte a attaqué un dépôt de munitions en Libye.", "EGY>LBY:190"},
      {"French article after a comma opens the subject", text::Lang::kFr,
       "Selon Reuters, des soldats tunisiens ont attaqué Haftar.", "TUNMIL>LBYMIL:190"},
      {"French respectifs: each member of a compound subject acts on the other", text::Lang::kFr,
       "L'Égypte et la Libye ont rappelé leurs ambassadeurs respectifs.", "EGY>LBY:161 LBY>EGY:161"},
      {"French noun of mutual agreement after a compound subject", text::Lang::kFr,
       "L'Égypte et la Libye ont accepté une trêve de trois jours.", "EGY>LBY:0871"},
      {"French compound subject with no mutual mark names two agents, no dyad", text::Lang::kFr,
       "L'Égypte et la Libye ont rappelé leurs ambassadeurs.", ""},
      {"French agentless passive of a transfer: the thing's country gives it", text::Lang::kFr,
       "Des drones égyptiens ont été livrés à Haftar.", "EGY>LBYMIL:072"},
      {"French agentless passive not of a transfer: no source from the thing", text::Lang::kFr,
       "Des drones égyptiens ont été attaqués près de Syrte.", ""},
      {"French agent phrase through a word of quantity", text::Lang::kFr,
       "Haftar a été attaqué par une centaine de soldats tunisiens.", "TUNMIL>LBYMIL:190"},
      {"French agent phrase of quantity sets the pattern's context", text::Lang::kFr,
       "Haftar a été encerclé par des milliers de manifestants tunisiens.", "TUNCVL>LBYMIL:141"},
      {"French infinitive of purpose shares the subject of the previous verb", text::Lang::kFr,
       "Le Caire a rencontré Haftar pour le remercier.", "EGYGOV>LBYMIL:040 EGYGOV>LBYMIL:051"},
      {"French past infinitive after a reporting verb is the speaker's act", text::Lang::kFr,
       "Haftar a affirmé avoir attaqué des soldats tunisiens.", "LBYMIL>TUNMIL:190"},
      {"French place as the target of an attack with no other object", text::Lang::kFr,
       "Des soldats tunisiens ont bombardé une centrale électrique près de Syrte.", "TUNMIL>LBY:195"},
      {"French place of mass violence: its civilians are the target", text::Lang::kFr,
       "Des soldats tunisiens ont massacré des dizaines de personnes près de Syrte.", "TUNMIL>LBYCVL:202"},
      {"French visit to a city: the city's country is the host", text::Lang::kFr,
       "La visite de l'ambassadeur tunisien à Syrte a duré deux jours.", "TUNGOV>LBY:042"},
      {"French state acting in its own country: the place names no target", text::Lang::kFr,
       "L'armée libyenne a bombardé une centrale électrique près de Syrte.", ""},
      {"French reflexive verb: the place names no target", text::Lang::kFr,
       "Des soldats tunisiens se sont bombardés près de Syrte.", ""},
      {"French event noun with its own par agent: the genitive is the patient", text::Lang::kFr,
       "L'enlèvement des soldats tunisiens à Syrte par des soldats égyptiens a été confirmé.", "EGYMIL>TUNMIL:181"},
      {"French place after a participle that qualifies the object", text::Lang::kFr,
       "Des soldats tunisiens ont bombardé une cargaison d'armes livrée près de Syrte.", "TUNMIL>LBY:195"},
      {"French mediation frame: the de complement mediates toward each party of entre", text::Lang::kFr,
       "Les négociations entre l'Égypte et la Libye ont repris sous l'égide de la France.",
       "EGY>LBY:046 FRA>EGY:045 FRA>LBY:045"},
      {"French event noun as the subject of a passive of concluding: the par phrase is its agent",
       text::Lang::kFr, "L'accord a été signé mardi par les armées algérienne et égyptienne.", "DZAMIL>EGYMIL:057"},
      {"French entre with three members: every pair", text::Lang::kFr,
       "La signature entre l'Égypte, la Libye et la France a eu lieu mardi.", "EGY>LBY:057 EGY>FRA:057 LBY>FRA:057"},
      {"French repression with no agent: the state of the repressed", text::Lang::kFr,
       "La répression des manifestants tunisiens a fait dix morts.", "TUNGOV>TUNCVL:175"},
      {"French repression with a par agent keeps it", text::Lang::kFr,
       "La répression des manifestants tunisiens par l'armée libyenne a fait dix morts.", "LBYMIL>TUNCVL:175"},
      {"French instrument as a passive agent: the author of its relative clause acts on the subject",
       text::Lang::kFr, "Un convoi de l'armée tunisienne a été détruit par un engin explosif qu'aurait posé le Hamas.",
       "PSEREB>TUNMIL:1833"},
      {"French place target: a lowercase word is no place name", text::Lang::kFr,
       "Des soldats tunisiens ont bombardé une centrale électrique près de syrte.", ""},
      {"French place target: a passive participle after a noun has no agent", text::Lang::kFr,
       "C'est le premier soldat tunisien bombardé près de Syrte.", ""},
      {"French repression of a state named alone: the state represses", text::Lang::kFr,
       "La répression de l'Égypte inquiète.", ""},
      {"French infinitive after an object and à: its subject is that object", text::Lang::kFr,
       "L'Égypte a attaqué Haftar puis a appelé les donateurs à soutenir la Libye.", "EGY>LBYMIL:190"},
      {"French judged act: the de complement of the event noun is the target", text::Lang::kFr,
       "Le Caire a salué l'engagement de la Libye.", "EGYGOV>LBY:051"},
      {"French judged act: the par phrase after a participle is the target", text::Lang::kFr,
       "Haftar a dénoncé l'expulsion décidée par Paris.", "LBYMIL>FRAGOV:111"},
      {"French act that is demanded, not judged: its de complement is no target", text::Lang::kFr,
       "Le Caire a exigé la libération de Haftar.", ""},
      {"French agreement signed is the content of the signature, no event of its own", text::Lang::kFr,
       "La signature d'un pacte de défense entre l'Égypte et la Libye.", "EGY>LBY:057"},
      {"French agentless passive at a ministry: the ministry's government acts", text::Lang::kFr,
       "L'ambassadeur de France a été convoqué au ministère égyptien.", "EGYGOV>FRAGOV:114"},
      {"French agentless passive at no institution keeps no source", text::Lang::kFr,
       "L'ambassadeur de France a été convoqué mardi.", ""},
      {"French claimed act: the claimant did it, its contre phrase is the target", text::Lang::kFr,
       "Le Hamas a revendiqué l'offensive contre un poste de l'armée égyptienne.",
       "PSEREB>EGYMIL:015 PSEREB>EGYMIL:190"},
      {"French act carried out by a support verb", text::Lang::kFr,
       "Le Caire a lancé une offensive contre la Libye.", "EGYGOV>LBY:190"},
      {"French present participle after a comma is the toll of the event before", text::Lang::kFr,
       "Haftar a attaqué Le Caire, tuant trois soldats tunisiens.", "LBYMIL>EGYGOV:190"},
      {"French reflexive past infinitive after a reporting verb", text::Lang::kFr,
       "Haftar a déclaré s'être entretenu avec Le Caire.", "LBYMIL>EGYGOV:040"},
      {"French protest: the contre phrase is the target, the march's city a place", text::Lang::kFr,
       "Des manifestants tunisiens ont défilé à Paris contre la normalisation avec Israël.", "TUNCVL>ISR:141"},
      {"French act whose involvement is denied has not the denier as source", text::Lang::kFr,
       "L'Égypte a démenti toute implication dans l'offensive contre la Libye.", "EGY>LBY:016"},
      {"French act attributed in an incise: its author is the source and the target of the blame",
       text::Lang::kFr, "Le Caire a condamné « avec fermeté » l'assassinat, attribué à Haftar, d'un ambassadeur tunisien.",
       "EGYGOV>LBYMIL:111 LBYMIL>TUNGOV:186"},
      {"French object clitic of a qualifying verb", text::Lang::kFr,
       "Le Caire a rencontré Haftar et l'a qualifié de « grand ami ».", "EGYGOV>LBYMIL:040 EGYGOV>LBYMIL:051"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Dyads(Code(c.text, c.lang)), c.dyads) << c.rule << ": " << c.text;
  }
}

// Unvocalized Arabic perfect verbs of violence: قُتِل (passive) and قَتَل
// (active) are written alike; the noun that follows, its case ending and the
// objects after it tell which.
TEST_F(CoderTest, ArabicPassiveOfViolenceVerbs) {
  struct Case {
    const char* rule;
    const char* text;
    const char* dyads;
  } cases[] = {
      {"indefinite human noun after the verb is the victim", "قتل جندي إسرائيلي أمس.", ">ISRMIL:190"},
      {"a count of victims between the verb and the noun", "قتل ثلاثة جنود أمس.", ">MIL:190"},
      {"a number between the verb and the noun", "قتل 3 جنود.", ">MIL:190"},
      {"an accusative object makes the first noun the subject", "قتل مسلحون جنديا إسرائيليا.", "UAF>ISRMIL:190"},
      {"an accusative further on is the object", "قتل مسلحون أمس شخصا.", "UAF>:190"},
      {"a definite collective is the subject", "قتل الجيش الإسرائيلي مسلحين.", "ISRMIL>UAF:190"},
      {"+partitive-object: the group after a quantity and من", "هاجم الجيش الإسرائيلي أمس مجموعة من المسلحين.",
       "ISRMIL>UAF:190"},
      {"+partitive-object: the group's name in quotes", "هاجم الجيش الإسرائيلي أمس مجموعة من «المسلحين».",
       "ISRMIL>UAF:190"},
      {"a definite noun with no possible object after it is the victim", "قتل الجندي الإسرائيلي في ليبيا.",
       ">ISRMIL:190"},
      {"an imperfect verb is read active", "يقتل مسلحون جنديا.", "UAF>MIL:190"},
      {"the genitive of مقتل is the victim", "مقتل جندي إسرائيلي أمس.", ">ISRMIL:190"},
      {"approximate-victims: an approximator and a count before the victims of مقتل",
       "مقتل زهاء 15 جنديا إسرائيليا أمس.", ">ISRMIL:190"},
      {"approximate-victims: أكثر من and a number", "مقتل أكثر من 30 جنديا أمس.", ">MIL:190"},
      {"a verb not of violence keeps its subject", "التقى جندي إسرائيلي حفتر.", "ISRMIL>LBYMIL:040"},
      {"a noun counted by a number takes the accusative and is the victim", "قتل 15 جنديا إسرائيليا أمس.",
       ">ISRMIL:190"},
      {"victim-verb: أصيب is only passive, its definite subject is the victim", "أصيب الجيش الإسرائيلي أمس.",
       ">ISRMIL:190"},
      {"victim-verb: the subject before it is the victim", "قال مصدر إن الجنود الإسرائيليين أصيبوا أمس.",
       ">ISRMIL:190"},
      {"counted-victims: a count before an ambiguous perfect", "قال مصدر إن ثلاثة جنود قتلوا في ليبيا.", ">MIL:190"},
      {"counted-victims: an object keeps the verb active", "قال مصدر إن ثلاثة مسلحين قتلوا جنديا.", "UAF>MIL:190"},
      {"counted-victims: no possible object after the verb", "قال مصدر إن أحد الجنود قتل في الانفجار.", ">MIL:190"},
      {"counted-victims: a role word inside the phrase of cause is no object",
       "قال مصدر إن ثلاثة جنود قتلوا في هجوم المسلحين.", ">MIL:190 UAF>:190"},
      {"accusative-object: an accusative after the verb is its object", "هاجمت أمس جنديا إسرائيليا.", ">ISRMIL:190"},
      {"accusative-object: a counted noun a feminine verb cannot agree with", "فقتلت 32 جنديا.", ">MIL:190"},
      {"counted-victims: a word after the verb may be its object", "قال مصدر إن الجنود قتلوا زعيم المسلحين.",
       "MIL>UAF:190"},
      {"counted-victims: an accusative after an adverb is the object", "قال مصدر إن الجنود قتلوا أمس رجلا.",
       "MIL>:190"},
      {"undergoer: the subject of تعرض ل suffers the attack", "تعرض الجيش الإسرائيلي لهجوم أمس.", ">ISRMIL:190"},
      {"undergoer: the subject of نجا من suffers the attack", "نجا جندي إسرائيلي من هجوم أمس.", ">ISRMIL:190"},
      {"undergoer: a long subject set off by commas", "نجا جندي إسرائيلي في ليبيا، أمس، من هجوم.", ">ISRMIL:190"},
      {"fire-of: the agent after بنيران, the noun before it the victim", "قتل جندي إسرائيلي بنيران مسلحين أمس.",
       "UAF>ISRMIL:190"},
      {"+consequence: the victims of أدى إلى إصابة are the attack's target",
       "وقع هجوم أمس أدى إلى إصابة جنود إسرائيليين.", ">ISRMIL:190"},
      {"+among-victims: the group named after بينهم in the toll",
       "وقع هجوم أمس أسفر عن سقوط عشرة بينهم ثلاثة من الجنود الإسرائيليين.", ">ISRMIL:190"},
      {"partitive-victims: a count, من and the victims' group", "قتل أمس ثلاثة من الجنود الإسرائيليين.",
       ">ISRMIL:190"},
      {"partitive-victims: an object pronoun keeps the verb active", "قتلهم ثلاثة من الجنود.", ">:190"},
      {"vso-passive after adverbs of time", "قتل أول من أمس 4 جنود.", ">MIL:190"},
      {"reporter-subject: after إنه the reporter acts, the noun after the verb is the object",
       "قال الجيش الإسرائيلي إنه هاجم المسلحين.", "ISRMIL>UAF:190"},
      {"+own-forces: the reporter's forces are the reporter", "قال الجيش الإسرائيلي إن قواته هاجمت المسلحين.",
       "ISRMIL>UAF:190"},
      {"plural-verb: the noun after a verb ending in -وا is its object", "هاجموا أمس الجيش الإسرائيلي.",
       ">ISRMIL:190"},
      {"plural-verb: the imperfect ending in -ون too", "يهاجمون الجيش الإسرائيلي.", ">ISRMIL:190"},
      {"plural-verb: a singular verb before its subject keeps it", "يهاجم الجيش الإسرائيلي مسلحين.", "ISRMIL>UAF:190"},
      {"a nisba after a verb names a person, the object", "قال مصدر إن مسلحين قتلوا إسرائيليا.", "UAF>ISR:190"},
      {"a nisba after an adverb of time names a person", "قال مصدر إن مسلحين قتلوا أمس إسرائيليا.", "UAF>ISR:190"},
      {"victim-verb: the agent from a relative clause on the attack", "أصيب جندي إسرائيلي في هجوم شنه مسلحون.",
       "UAF>ISRMIL:190 UAF>:190"},
  };
  CoderOptions options;
  options.allow_missing_actor = true;
  for (const auto& c : cases) {
    EXPECT_EQ(Dyads(Code(c.text, text::Lang::kAr, options)), c.dyads) << c.rule << ": " << c.text;
  }
}

// An Arabic protest noun with no actor of its own is carried by the crowd the
// sentence names as protesters (people named only as people are not taken) and
// addresses the actor after ضد or the institution it stands before (أمام).
TEST_F(CoderTest, ArabicProtestTakesTheCrowdAsSource) {
  struct Case {
    const char* rule;
    const char* text;
    const char* dyads;
  } cases[] = {
      {"protesters named after the noun", "وقعت المظاهرة أمس وشارك فيها آلاف المتظاهرين.", "CVL>:141"},
      {"people named only as people", "وقعت المظاهرة أمس وشارك فيها آلاف الأشخاص.", ">:141"},
      {"a crowd nearer another protest verb is that verb's subject", "وقعت المظاهرة أمس، وهتف المتظاهرون بحياة الشعب.",
       ">:141 CVL>:141"},
      {"+protest-target: the institution the crowd stands before",
       "وقعت المظاهرة أمس أمام الحكومة الجزائرية وشارك فيها آلاف المتظاهرين.", "CVL>DZAGOV:141"},
      {"+protest-target: the actor after ضد", "وقعت المظاهرة أمس ضد إسرائيل وشارك فيها آلاف المتظاهرين.",
       "CVL>ISR:141"},
      {"+protest-target: the one a demand addresses",
       "وقعت المظاهرة أمس وشارك فيها آلاف المتظاهرين مطالبين الحكومة الجزائرية بالإصلاح.", "CVL>DZAGOV:141"},
      {"protest-vso: a pattern-only verb, its partitive crowd after a place, the seat it stands before",
       "وفي العاصمة تجمع مئات من المتظاهرين أمام الحكومة الجزائرية.", "CVL>DZAGOV:141"},
      {"protest-vso: a transitive protest verb, the crowd then its object",
       "وفي العاصمة حاصر مئات من المتظاهرين الحكومة الجزائرية.", "CVL>DZAGOV:141"},
      {"protest-vso-people: a counted crowd of mere people has no actor, nor the crowd of the next clause",
       "تظاهر أكثر من ألف شخص أمام الحكومة الجزائرية، وقال المتظاهرون إنهم غاضبون.", ">DZAGOV:141"},
      {"+purpose-crowd: the crowd that acts carries the masdar of its purpose",
       "وصلت حشود من المتظاهرين إلى مقر الجيش للاحتجاج على الحكومة الجزائرية.", "CVL>DZAGOV:141"},
      {"+purpose-crowd: a crowd of mere people is no actor",
       "وصل آلاف الأشخاص إلى مقر الجيش للاحتجاج على الحكومة الجزائرية.", "MIL>DZAGOV:141"},
      {"+protest-target: a chant calling on an actor",
       "تظاهر آلاف المتظاهرين أمس، مرددين هتافات تدعو الحكومة الجزائرية إلى الرحيل.", "CVL>DZAGOV:141"},
      {"+protest-target: a verb whose default reading is a protest, the accused",
       "احتج مئات المتظاهرين أمس، متهمين الجيش الإسرائيلي بالتقصير.", "CVL>ISRMIL:141"},
      {"+protest-target: the seat a march heads for",
       "وفي العاصمة تجمع المتظاهرون، ثم ساروا إلى مقر الحكومة الجزائرية.", "CVL>DZAGOV:141"},
      {"+protest-target: a phrase of purpose in the protest's clause before the seat it stands at",
       "تظاهر آلاف المتظاهرين أمام الحكومة الجزائرية احتجاجا على الجيش الإسرائيلي، وهتف المتظاهرون.",
       "CVL>ISRMIL:141 CVL>:141"},
      {"protest-vso-unnamed: a count with no noun before a seat; the seat is the target, not the subject",
       "تظاهر الآلاف أمس من أمام مقر الحكومة الجزائرية.", ">DZAGOV:141"},
      {"+protest-target: not the crowd's own kind (no self-event)",
       "حاصر مئات من المتظاهرين الحكومة، مطالبين بالإفراج عن متظاهرين.", "CVL>GOV:141"},
      {"+protest-target: a participle of rejection before the thing rejected",
       "تظاهر آلاف المتظاهرين أمس، رافضين قرار الحكومة الجزائرية.", "CVL>DZAGOV:141"},
      {"+protest-target: the masdar رفض before the thing rejected",
       "تظاهر آلاف المتظاهرين أمس، ورفض قرار الحكومة الجزائرية.", "CVL>DZAGOV:141"},
      {"+protest-target: رفض right before an actor is the verb, the actor its subject",
       "تظاهر آلاف المتظاهرين أمس، ورفض الجيش الإسرائيلي الحوار معهم.", "CVL>:141"},
      {"+protest-target: a bare role word in construct with a named actor of that role is that actor",
       "تظاهر آلاف المتظاهرين أمس، منددين بحكومة المسؤولين الجزائريين.", "CVL>DZAGOV:141"},
      {"+witness-place: the city that witnessed the protest is no source; the crowd is",
       "شهدت القاهرة أمس مظاهرة شارك فيها آلاف المتظاهرين.", "CVL>:141"},
      {"+purpose-people: the act's subject is a count of mere people",
       "تظاهر نحو مائتي شخص أمام مقر الجيش احتجاجا على الحكومة الجزائرية.", ">DZAGOV:141"},
  };
  CoderOptions options;
  options.allow_missing_actor = true;
  for (const auto& c : cases) {
    EXPECT_EQ(Dyads(Code(c.text, text::Lang::kAr, options)), c.dyads) << c.rule << ": " << c.text;
  }
}

// An Arabic nisba after an event noun (and its adjectives), agreeing with it in
// definiteness, names the event's agent.
TEST_F(CoderTest, ArabicNisbaAfterAnEventNounIsItsSource) {
  struct Case {
    const char* rule;
    const char* text;
    const char* dyads;
  } cases[] = {
      {"noun-nisba-agent: definite noun and nisba", "استمر الهجوم الإسرائيلي أمس.", "ISR>:190"},
      {"noun-nisba-agent: indefinite noun and nisba, target after على", "وقع هجوم إسرائيلي على ليبيا أمس.", "ISR>LBY:190"},
      {"+nisba-act-agent: the nisba, not the verb's object, is the agent of the killing too",
       "قتل ثلاثة مسلحين في الهجوم الإسرائيلي أمس.", "ISR>UAF:190 ISR>:190"},
      {"+nisba-act-agent: only after في or ب", "قتل ثلاثة مسلحين قبل الهجوم الإسرائيلي أمس.", ">UAF:190 ISR>:190"},
      {"military-nisba: the country of an air raid acts through its army", "استمرت الغارة الإسرائيلية أمس.",
       "ISRMIL>:195"},
      {"military-nisba: shelling, whatever its code, is the army's", "استمر القصف الإسرائيلي أمس.", "ISRMIL>:190"},
      {"military-nisba: an attack names no arm", "وقع هجوم إسرائيلي أمس.", "ISR>:190"},
      {"+nisba-act-agent after a preposition of cause", "قال مصدر إن ثلاثة جنود قتلوا جراء غارة إسرائيلية.",
       "ISRMIL>MIL:190 ISRMIL>:195"},
      {"+nisba-act-agent: a series of acts", "قتل ثلاثة مسلحين أمس في سلسلة من الغارات الإسرائيلية.",
       "ISRMIL>UAF:190 ISRMIL>:195"},
  };
  CoderOptions options;
  options.allow_missing_actor = true;
  for (const auto& c : cases) {
    EXPECT_EQ(Dyads(Code(c.text, text::Lang::kAr, options)), c.dyads) << c.rule << ": " << c.text;
  }
}

TEST_F(CoderTest, NegatedEventsAreLeftOutUnlessAsked) {
  EXPECT_EQ(Dyads(Code("Egypt did not attack Libya.", text::Lang::kEn)), "");
  EXPECT_EQ(Dyads(Code("لم تهاجم مصر ليبيا.", text::Lang::kAr)), "");
  CoderOptions keep;
  keep.keep_negated = true;
  auto evs = Code("Egypt did not attack Libya.", text::Lang::kEn, keep);
  ASSERT_EQ(evs.size(), 1u);
  EXPECT_EQ(evs[0].certainty, events::Certainty::kNegated);
}

TEST_F(CoderTest, CertaintyFromAttributionHedgesAndFuture) {
  struct Case {
    text::Lang lang;
    const char* text;
    events::Certainty certainty;
  } cases[] = {
      {text::Lang::kEn, "Egypt attacked Libya.", events::Certainty::kAsserted},
      {text::Lang::kEn, "Egypt attacked Libya, an official said.", events::Certainty::kReported},
      {text::Lang::kEn, "According to Reuters, Egypt attacked Libya.", events::Certainty::kReported},
      {text::Lang::kEn, "Egypt allegedly attacked Libya.", events::Certainty::kAlleged},
      {text::Lang::kEn, "Egypt will attack Libya.", events::Certainty::kHypothetical},
      {text::Lang::kAr, "أخبر مصدر صحيفة أن إسرائيل تدعم حفتر.", events::Certainty::kReported},
      {text::Lang::kAr, "واقترح مصدر أن إسرائيل تدعم حفتر.", events::Certainty::kAlleged},
      // French elided "s'" is the reflexive pronoun, not "si", unless il/ils follows.
      {text::Lang::kFr, "Haftar s'est entretenu avec l'Égypte.", events::Certainty::kAsserted},
  };
  for (const auto& c : cases) {
    auto evs = Code(c.text, c.lang);
    ASSERT_EQ(evs.size(), 1u) << c.text;
    EXPECT_EQ(evs[0].certainty, c.certainty) << c.text;
  }
}

TEST_F(CoderTest, AttributionChainNamesOutletAndSource) {
  auto evs = Code("وقد أخبر مصدر عسكري صحيفة « العربي الجديد » أن إسرائيل بدأت بتزويد حفتر.", text::Lang::kAr);
  ASSERT_EQ(evs.size(), 1u);
  ASSERT_EQ(evs[0].attribution.size(), 2u);
  EXPECT_EQ(evs[0].attribution[0].kind, "source");
  EXPECT_EQ(evs[0].attribution[0].text, "مصدر عسكري");
  EXPECT_EQ(evs[0].attribution[1].kind, "outlet");
  EXPECT_NE(evs[0].attribution[1].text.find("العربي الجديد"), std::string::npos);
}

TEST_F(CoderTest, DatesAndPlaces) {
  auto evs = Code("وأورد الكاتب أنه ما بين سنة 2015 و2016، التقى حفتر بعملاء من الموساد في الأردن.", text::Lang::kAr);
  ASSERT_EQ(evs.size(), 1u);
  ASSERT_TRUE(evs[0].date.has_value());
  EXPECT_EQ(*evs[0].date, "2015/2016");
  ASSERT_TRUE(evs[0].location.has_value());
  EXPECT_EQ(evs[0].location->country, "JOR");
  // عمان is Amman once Jordan has been named in the document, with Oman kept as the other reading.
  evs = Code("زار حفتر الأردن. والتقى حفتر إسرائيل في عمان.", text::Lang::kAr);
  ASSERT_FALSE(evs.empty());
  ASSERT_TRUE(evs.back().location.has_value());
  EXPECT_EQ(evs.back().location->country, "JOR");
  EXPECT_EQ(evs.back().location->alternatives, (std::vector<std::string>{"OMN"}));
  // Relative dates resolve against the document date.
  evs = Code("Last year Egypt attacked Libya.", text::Lang::kEn, {}, "2019-04-04");
  ASSERT_EQ(evs.size(), 1u);
  EXPECT_EQ(evs[0].date.value_or(""), "2018");
}

TEST_F(CoderTest, NoSelfEventsNoDuplicatesAndALimit) {
  EXPECT_EQ(Dyads(Code("Egypt supports Egypt.", text::Lang::kEn)), "");
  CoderOptions small;
  small.max_events_per_sentence = 1;
  EXPECT_EQ(Code("تدعم القاهرة وباريس حفتر.", text::Lang::kAr, small).size(), 1u);
}

// The French event words of data/events/fr.tsv whose patterns name the target
// after a preposition, coded with the project's own dictionaries (the build's
// data directory, generated files included). Sentences of our own, not the
// gold set's.
class FrenchDictionaryTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    const std::string data = isnad::testing::DataDir();
    lexicon::Dictionary d;
    Status s = d.LoadDataDir(data);
    ASSERT_TRUE(s.ok()) << s.ToString();
    auto lex = lexicon::Lexicon::Compile(std::move(d));
    ASSERT_TRUE(lex.ok()) << lex.status().ToString();
    lexicon_ = std::move(lex).value().release();
    auto modality = ModalityTable::Load(data);
    ASSERT_TRUE(modality.ok()) << modality.status().ToString();
    modality_ = new ModalityTable(std::move(modality).value());
  }
  static void TearDownTestSuite() {
    delete lexicon_;
    delete modality_;
  }

  std::string Code(const std::string& text) {
    CoderOptions options;
    options.modality = modality_;
    return testing::Dyads(testing::CodeText(*lexicon_, text, text::Lang::kFr, options, ""));
  }

  static lexicon::Lexicon* lexicon_;
  static ModalityTable* modality_;
};
lexicon::Lexicon* FrenchDictionaryTest::lexicon_ = nullptr;
ModalityTable* FrenchDictionaryTest::modality_ = nullptr;

TEST_F(FrenchDictionaryTest, EventWordsNameTheirTargetAfterAPreposition) {
  struct Case {
    const char* entry;
    const char* text;
    const char* dyads;
  } cases[] = {
      {"se dire pessimiste sur X", "Le Maroc s'est dit pessimiste sur les intentions de l'Algérie.", "MAR>DZA:012"},
      {"quoted attitude word", "Rabat s'est dit « optimiste » sur la position de Madrid.", "MARGOV>ESPGOV:013"},
      {"se dire prêt à reprendre le dialogue avec X", "La Turquie s'est dite prête à reprendre le dialogue avec la Grèce.",
       "TUR>GRC:036"},
      {"proposer sa médiation entre", "Le Qatar a proposé sa médiation entre les factions soudanaises.", "QAT>SDN:039"},
      {"proroger un mandat au pays", "Le Conseil de sécurité a prorogé de six mois le mandat de la mission au Mali.",
       "IGOUNO>MLI:074"},
      {"troupes déployées dans un pays pour le sécuriser", "Des soldats rwandais ont été déployés dans le nord du Mozambique pour protéger les sites gaziers.",
       "RWAMIL>MOZ:074"},
      {"autoriser des forces à utiliser une base", "Djibouti a autorisé l'armée française à utiliser une base aérienne.",
       "DJI>FRAMIL:062"},
      {"ambassade rouverte", "L'ambassade du Qatar à Riyad a été rouverte.", "QATGOV>SAUGOV:050"},
      {"veto à une résolution au Conseil", "Washington a opposé son veto à une résolution sur Gaza au Conseil de sécurité.",
       "USAGOV>IGOUNO:129"},
      {"retirer des soldats d'un pays", "Paris a retiré ses soldats du Niger.", "FRAGOV>NERMIL:166"},
      {"se retirer de positions dans un pays", "L'armée russe s'est retirée de plusieurs villages dans l'est de l'Ukraine.",
       "RUSMIL>UKR:0874"},
      {"réclamer la libération de détenus par X", "Le Maroc a réclamé la libération des prisonniers marocains détenus par l'Algérie.",
       "MAR>DZA:1053"},
      // The attack repelled did take place: the JNIM's act on Malian ground
      // (FrenchPlaceTarget) is coded beside the army's fight against it.
      {"repousser une attaque de X", "L'armée malienne a repoussé une attaque du JNIM près de Mopti.",
       "MLIMIL>IMGREB:190 IMGREB>MLI:190"},
      {"enquête sur des crimes commis par X", "La CPI a ouvert une enquête sur les exactions commises par l'armée birmane.",
       "IGOJUD>MMRMIL:090"},
      {"mettre en cause", "Alger a mis en cause le Maroc.", "DZAGOV>MAR:112"},
      {"retirer des hommes d'un pays", "La Russie a retiré des centaines d'hommes de Syrie.", "RUS>SYR:166"},
      {"exécuter une trentaine de civils", "Des soldats maliens ont exécuté une trentaine de civils près de Mopti.",
       "MLIMIL>MLICVL:202"},
      {"saisir une cargaison destinée à X", "La marine grecque a saisi une cargaison d'armes destinée au Hezbollah.",
       "GRCMIL>LBNREB:1711"},
      {"soutenir les efforts de médiation de X", "Le Maroc soutient les efforts de médiation de la Mauritanie.",
       "MAR>MRT:051"},
      {"a déclaré soutenir, with quotation marks inside the pattern",
       "Alger a déclaré soutenir « sans réserve » les efforts de médiation du Qatar.", "DZAGOV>QAT:051"},
      {"refuser de s'asseoir à la même table que X",
       "L'Algérie a refusé de s'asseoir à la même table que les représentants du Maroc.", "DZA>MARGOV:125"},
      {"renforcer sa coopération militaire avec X", "L'Egypte a renforcé sa coopération militaire avec la Grèce.",
       "EGY>GRC:062"},
      {"approfondir sa coopération économique", "Le Maroc a approfondi sa coopération économique avec le Sénégal.",
       "MAR>SEN:061"},
      {"renouveler un mandat au pays", "Le Conseil de sécurité a renouvelé le mandat de la mission au Soudan du Sud.",
       "IGOUNO>SSD:074"},
      {"déclarer que X arme des terroristes", "Le ministre malien a affirmé que l'Algérie abritait des terroristes.",
       "MLIGOV>DZA:112"},
      {"déclarer que X mène une campagne hostile",
       "Le gouvernement tunisien a déclaré que Paris menait une « campagne de dénigrement » contre Tunis.",
       "TUNGOV>FRAGOV:112"},
      {"appeler son homologue: a telephone call", "Le chef de la diplomatie française a appelé mardi son homologue iranien.",
       "FRAGOV>IRNGOV:041"},
      {"appeler son homologue à la retenue: an appeal", "Le ministre tunisien a appelé son homologue algérien à la retenue.",
       "TUNGOV>DZAGOV:020"},
      {"tir d'un missile contre un navire battant pavillon X",
       "Le Hezbollah a revendiqué le tir d'un missile contre un pétrolier battant pavillon grec.",
       "LBNREB>GRC:015 LBNREB>GRC:190"},
      {"menacer de fermer un détroit si", "Le Yémen a menacé de bloquer le détroit de Bab el-Mandeb si les frappes américaines continuaient.",
       "YEM>USA:1381"},
  };
  for (const auto& c : cases) {
    EXPECT_EQ(Code(c.text), c.dyads) << c.entry << ": " << c.text;
  }
}

TEST(EventFactsTest, MarksViolenceAndProtestCodesOfEachEvent) {
  auto lex = testing::CompileTestLexicon({
      "isnad-dict\t1\tevents\n"
      "ar\tverb\tقتل\t190\n"
      "ar\tnoun\tاحتجاج\t145\n"
      "ar\tverb\tالتقى\t040\n"
      "en\tverb\tabducted\t181\n",
  });
  ASSERT_TRUE(lex.ok()) << lex.status().ToString();
  const std::vector<uint8_t> facts = EventFacts(**lex);
  const auto& events = (*lex)->events();
  ASSERT_EQ(facts.size(), events.size());
  int checked = 0;
  for (size_t e = 0; e < events.size(); ++e) {
    const std::string& code = events[e].code;
    const uint8_t expected = code == "190" || code == "181" ? kEventViolence : code == "145" ? kEventProtest : 0;
    EXPECT_EQ(facts[e], expected) << code;
    ++checked;
  }
  EXPECT_EQ(checked, 4);
}

TEST(ExactWordsTest, AnswersByExactBytesLikeAnUnorderedSet) {
  const roles_internal::ExactWords words = {"بينهم", "منهم", "أمس", "منهم"};
  EXPECT_EQ(words.count("بينهم"), 1u);
  EXPECT_EQ(words.count("منهم"), 1u);  // Listed twice, counted once.
  EXPECT_EQ(words.count("أمس"), 1u);
  // No normalization: the alif without hamza is another word, as are a
  // prefix, a longer word and the empty word.
  EXPECT_EQ(words.count("امس"), 0u);
  EXPECT_EQ(words.count("بينه"), 0u);
  EXPECT_EQ(words.count("بينهما"), 0u);
  EXPECT_EQ(words.count(""), 0u);
}

}  // namespace
}  // namespace isnad::coder
