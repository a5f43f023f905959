// End-to-end tests of `isnad eval arabic-gsr`: small files we write, and a floor
// on the dev half in ../shared (skipped when absent).
#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "testutil.h"

namespace isnad {
namespace {

using testing::RunIsnad;

void Write(const std::string& path, const std::string& text) { std::ofstream(path, std::ios::binary) << text; }

// A folder in the gold standard's layout: one clear assault, a meeting, a verbal
// attack, an ambiguous line; one protest; one span record.
std::string SmallGoldDir() {
  std::string dir = testing::TempDir();
  Write(dir + "/assault_gsr.csv",
        "accept,event_type,id,label,reject,text,total\n"
        "3,ASSAULT,a1,yes,0,\"قتل مسلحون ثلاثة جنود عراقيين في بغداد أمس.\",3\n"
        "0,ASSAULT,a2,easy no,3,\"التقى وزير الخارجية المصري نظيره الفرنسي في باريس.\",3\n"
        "0,ASSAULT,a3,difficult no,3,\"وشن النائب هجوما لاذعا على الحكومة في كلمة أمام البرلمان.\",3\n"
        "2,ASSAULT,a4,ambiguous,1,\"سطر\nمن سطرين\",3\n");
  Write(dir + "/protest_gsr.csv",
        "accept,event_type,id,label,reject,text,total\n"
        "3,PROTEST,p1,yes,0,\"وتجمع مئات المتظاهرين في وسط المدينة أمس.\",3\n");
  Write(dir + "/assault_spans.json",
        R"([{"source": "a1", "event_type": "ASSAULT", "text": "قتل مسلحون ثلاثة جنود عراقيين في بغداد أمس.",
             "spans": [{"source_actor": ["مسلحون"], "verb": ["قتل"], "target_actor": ["جنود"],
                        "source_role": {"main": "None", "role": "UAF"},
                        "target_role": {"main": "IRQ", "role": "MIL"}}]}])");
  return dir;
}

TEST(EvalArabicGsrCliTest, ScoresASmallGoldFolderAsJson) {
  std::string dir = SmallGoldDir();
  auto r = RunIsnad("eval arabic-gsr '" + dir + "' --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out;
  EXPECT_EQ(j["sentences_coded"], 6);
  EXPECT_EQ(j["dyadic"], false);
  ASSERT_EQ(j["detection"].size(), 2u);
  const auto& a = j["detection"][0];
  EXPECT_EQ(a["event_type"], "ASSAULT");
  EXPECT_EQ(a["tp"], 1);
  EXPECT_EQ(a["fn"], 0);
  EXPECT_EQ(a["fp"], 0) << "a meeting or a verbal attack was coded as an assault";
  EXPECT_EQ(a["labels"]["ambiguous"]["sentences"], 1);
  EXPECT_EQ(j["detection"][1]["event_type"], "PROTEST");
  EXPECT_EQ(j["detection"][1]["tp"], 1);
  ASSERT_EQ(j["spans"].size(), 1u);
  EXPECT_EQ(j["spans"][0]["class_recall"], 1.0);
  EXPECT_EQ(j["spans"][0]["actor_agreement"], 1.0);
}

// A folder named in another encoding (a Latin-1 byte): the JSON stays valid,
// the byte written as U+FFFD.
TEST(EvalArabicGsrCliTest, AFolderNameThatIsNotUtf8StillGivesValidJson) {
  std::string dir = testing::TempDir() + "/gold\xE9";
  std::filesystem::create_directory(dir);
  std::filesystem::copy(SmallGoldDir(), dir);
  auto r = RunIsnad("eval arabic-gsr '" + dir + "' --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out;
  const std::string name = j["dir"];
  EXPECT_NE(name.find("gold\xEF\xBF\xBD"), std::string::npos) << name;
}

TEST(EvalArabicGsrCliTest, ListsErrorsWithLabelAndIdAndWritesThemAsTsv) {
  std::string dir = SmallGoldDir();
  // A "yes" that names no attack: a miss.
  Write(dir + "/protest_gsr.csv",
        "accept,event_type,id,label,reject,text,total\n"
        "3,PROTEST,p9,yes,0,\"التقى الوزير نظيره.\",3\n");
  std::string errors = testing::TempDir() + "/errors.tsv";
  auto r = RunIsnad("eval arabic-gsr '" + dir + "' -v --errors '" + errors + "'");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_NE(r.out.find("PROTEST\tmiss\tyes\tp9"), std::string::npos) << r.out;
  std::ifstream in(errors);
  std::string header, line;
  std::getline(in, header);
  EXPECT_EQ(header, "event_type\tkind\tlabel\tid\tevents\ttext");
  std::getline(in, line);
  EXPECT_EQ(line.rfind("PROTEST\tmiss\tyes\tp9\t", 0), 0u) << line;
}

TEST(EvalArabicGsrCliTest, ABrokenFileIsAnErrorWithItsLine) {
  std::string dir = testing::TempDir();
  Write(dir + "/assault_gsr.csv", "id,label,text,event_type\nx1,yes,\"open\n");
  auto r = RunIsnad("eval arabic-gsr '" + dir + "'");
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_NE(r.err.find("assault_gsr.csv:2: unterminated quoted field"), std::string::npos) << r.err;
  auto empty = RunIsnad("eval arabic-gsr '" + testing::TempDir() + "'");
  EXPECT_EQ(empty.exit_code, 1);
  EXPECT_EQ(RunIsnad("eval arabic-gsr --no-such-flag").exit_code, 2);
}

// People with no other role are civilians: the victims of a toll ("عشرة
// أشخاص") agree with a span whose target is None/CVL.
TEST(EvalArabicGsrCliTest, PeopleInATollAreCivilians) {
  std::string dir = testing::TempDir();
  const std::string text = "قتل مسلحون مجهولون عشرة أشخاص في سوق المدينة أمس.";
  Write(dir + "/assault_gsr.csv",
        "accept,event_type,id,label,reject,text,total\n3,ASSAULT,t1,yes,0,\"" + text + "\",3\n");
  Write(dir + "/protest_gsr.csv", "accept,event_type,id,label,reject,text,total\n");
  Write(dir + "/assault_spans.json",
        R"([{"source": "t1", "event_type": "ASSAULT", "text": ")" + text + R"(",
             "spans": [{"source_actor": [], "verb": ["قتل"], "target_actor": ["أشخاص"],
                        "source_role": {}, "target_role": {"main": "None", "role": "CVL"}}]}])");
  auto r = RunIsnad("eval arabic-gsr '" + dir + "' --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out;
  ASSERT_EQ(j["spans"].size(), 1u);
  EXPECT_EQ(j["spans"][0]["actor_agreement"], 1.0) << r.out;
}

// The shipped Arabic dictionaries and role rules on sentences we wrote (none comes
// from the gold standard): each span record must agree with isnad's actors, with
// the gold standard's conventions (a bare agent has no country: "None").
TEST(EvalArabicGsrCliTest, ShippedDictionariesGiveTheActors) {
  struct Case {
    const char* construction;
    const char* event_type;
    const char* text;
    const char* source_role;  // JSON: {} when not checked.
    const char* target_role;
  } cases[] = {
      {"a noun counted by a number is the victim of a passive", "ASSAULT", "وقتل 12 مدنيا في قصف على القرية أمس.",
       "{}", R"({"main": "None", "role": "CVL"})"},
      {"weapons of an army with a nisba stand for that army", "ASSAULT",
       "وقال شاهد إن مروحيات روسية قصفت القرية أمس.", R"({"main": "RUS", "role": "MIL"})", "{}"},
      {"partitive victims of a verb only passive", "ASSAULT", "وأصيب ثلاثة من رجال الشرطة في انفجار عبوة ناسفة أمس.",
       "{}", R"({"main": "None", "role": "COP"})"},
      {"a suicide bomber is an armed man of no side", "ASSAULT", "وفجر انتحاري نفسه وسط سوق المدينة أمس.",
       R"({"main": "None", "role": "UAF"})", "{}"},
      {"the subject of تعرض ل is the target", "ASSAULT", "وتعرضت دورية عسكرية لهجوم بالقنابل قرب الحدود أمس.",
       "{}", R"({"main": "None", "role": "MIL"})"},
      {"a protest noun takes the protesters as its source", "PROTEST",
       "واندلعت مظاهرة حاشدة أمس شارك فيها آلاف المحتجين في العاصمة.", R"({"main": "None", "role": "CVL"})", "{}"},
      {"a protest verb's partitive crowd, a religious group", "PROTEST",
       "واحتشد عشرات من الأقباط أمس أمام مبنى المحافظة للمطالبة بحقوقهم.", R"({"main": "None", "role": "REL"})",
       "{}"},
      {"a protest verb's crowd after a fronted place, the seat it heads for", "PROTEST",
       "وفي باريس سار المتظاهرون إلى مقر الحكومة الفرنسية.", R"({"main": "None", "role": "CVL"})",
       R"({"main": "FRA", "role": "GOV"})"},
  };
  std::string dir = testing::TempDir() + "/actors";
  std::filesystem::create_directories(dir);
  Write(dir + "/assault_gsr.csv", "accept,event_type,id,label,reject,text,total\n");
  Write(dir + "/protest_gsr.csv", "accept,event_type,id,label,reject,text,total\n");
  std::map<std::string, std::string> spans;  // event type -> JSON array body
  for (size_t i = 0; i < std::size(cases); ++i) {
    const Case& c = cases[i];
    std::string& body = spans[c.event_type];
    if (!body.empty()) body += ",";
    body += R"({"source": "r)" + std::to_string(i) + R"(", "event_type": ")" + c.event_type + R"(", "text": ")" +
            c.text + R"(", "spans": [{"source_actor": [], "verb": [], "target_actor": [], "source_role": )" +
            c.source_role + R"(, "target_role": )" + c.target_role + "}]}";
  }
  Write(dir + "/assault_spans.json", "[" + spans["ASSAULT"] + "]");
  Write(dir + "/protest_spans.json", "[" + spans["PROTEST"] + "]");
  std::string errors = dir + "/actors.tsv";
  auto r = RunIsnad("eval arabic-gsr '" + dir + "' --errors '" + errors + "' --all");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ifstream in(errors);
  std::string line;
  std::map<std::string, std::string> kind, events;  // id -> span_hit, actor_disagree, span_miss
  while (std::getline(in, line)) {
    size_t a = line.find('\t'), b = line.find('\t', a + 1), c = line.find('\t', b + 1), d = line.find('\t', c + 1);
    size_t e = line.find('\t', d + 1);
    if (e == std::string::npos) continue;
    kind[line.substr(c + 1, d - c - 1)] = line.substr(a + 1, b - a - 1);
    events[line.substr(c + 1, d - c - 1)] = line.substr(d + 1, e - d - 1);
  }
  for (size_t i = 0; i < std::size(cases); ++i) {
    std::string id = "r" + std::to_string(i);
    EXPECT_EQ(kind[id], "span_hit") << cases[i].construction << ": " << cases[i].text << " -> " << events[id];
  }
}

// The shipped Arabic dictionaries and salience rules on sentences we wrote (none
// comes from the gold standard): does each one report a new assault or protest?
// Each row names the construction it checks.
struct NewsCase {
  const char* construction;
  const char* event_type;  // "ASSAULT" or "PROTEST".
  bool news;               // True when the sentence reports a new event.
  const char* text;
};

const NewsCase kNewsCases[] = {
    {"perfect verb with a toll", "ASSAULT", true, "قتل مسلحون خمسة من رجال الشرطة في هجوم على حاجز أمس."},
    {"ضرب with a military object", "ASSAULT", true, "وضرب الجيش الإسرائيلي مواقع في جنوب لبنان بالصواريخ."},
    {"ضرب مثلا: giving an example", "ASSAULT", false, "وضرب الوزير مثلا بتجربة البلدان المجاورة في الإصلاح."},
    {"ضرب رقما قياسيا: setting a record", "ASSAULT", false, "وضربت الشركة رقما قياسيا في المبيعات هذا الشهر."},
    {"ضرب من: a kind of", "ASSAULT", false, "واعتبر الكاتب هذا الحلم ضربا من الخيال."},
    {"تعرض ل: was subjected to", "ASSAULT", true, "وقالت الوكالة إن قافلة المساعدات تعرضت لهجوم قرب الحدود."},
    {"تعرض as a masdar with a pronoun", "ASSAULT", false, "وتحدثت الناشطة عن تعرضها للضرب في طفولتها."},
    {"imperfect: what someone does", "ASSAULT", false,
     "وقال الكاتب إن أفراد العصابات يخطفون الأطفال ويقتلون الأبرياء."},
    {"imperfect in ت (she/it kills): what someone does", "ASSAULT", false,
     "وقال الكاتب إن الجماعة تقتل الأبرياء باسم الدين."},
    {"a form V perfect in ت is a report", "ASSAULT", true, "وتفجرت عبوة ناسفة قرب دورية للشرطة أمس."},
    {"imperfect in ن (we kill): what someone does", "ASSAULT", false,
     "وقال قائد المسلحين إننا نقتل جنود الاحتلال في كل مكان."},
    {"نصيب (a share) is no نصيب (we hit)", "ASSAULT", false, "ونال كل فريق نصيبه من الجوائز في المسابقة أمس."},
    {"a crisis bursts: no device, no attack", "ASSAULT", false, "وتفجرت أزمة سياسية بين الحزبين في البرلمان."},
    {"a dispute bursts, with the conjunction (وتفجر الخلاف)", "ASSAULT", false, "وتفجر الخلاف بين الحزبين في البرلمان أمس."},
    {"هاجم with a plan as its object: criticism", "ASSAULT", false, "وهاجم رئيس الحزب أمس خطة الحكومة للإصلاح."},
    {"burst out laughing", "ASSAULT", false, "وانفجر الحضور بالضحك عندما سأل الصحافي الوزير عن الميزانية."},
    {"relative clause: who the man is", "ASSAULT", false, "وزار الوزير عائلة الصحافي الذي قتل في المدينة."},
    {"masdar as a topic", "ASSAULT", false, "وتناول المؤتمر ظاهرة القتل على الهوية في المنطقة."},
    // A device found, seized or defused did not go off (provenance.cc FoundOrDefusedDevice).
    {"a car bomb defused", "ASSAULT", false, "فككت قوات الأمن أمس سيارة مفخخة قرب مبنى الوزارة."},
    {"a car bomb seized", "ASSAULT", false, "ضبطت قوات الأمن أمس سيارة مفخخة قرب مبنى الوزارة."},
    {"a roadside bomb made safe", "ASSAULT", false, "أبطلت الشرطة أمس عبوة ناسفة قرب مبنى الوزارة."},
    {"a car bomb found", "ASSAULT", false, "عثرت قوات الأمن أمس على سيارة مفخخة قرب مبنى الوزارة."},
    {"chlorine gas found is no gas attack", "ASSAULT", false,
     "وقال الضابط إن الجنود وجدوا في المخزن أمس حاويات غاز الكلور."},
    {"an attack with chlorine gas", "ASSAULT", true, "وقتل عشرة أشخاص أمس في هجوم بغاز الكلور على القرية."},
    {"a car bomb reported present (بوجود)", "ASSAULT", false,
     "وأخلت الشرطة أمس مبنى الوزارة بعد بلاغ بوجود سيارة مفخخة قربه."},
    // Figurative subjects and the homograph اعتدت (data/discards/ar_context.tsv).
    {"death snatches: no attacker", "ASSAULT", false, "خطف الموت أمس وزير الخارجية السابق في القاهرة."},
    {"a virus strikes: no attacker", "ASSAULT", false, "وأصاب الفيروس أمس عشرات الجنود في المعسكر."},
    {"اعتدت أن: got used to", "ASSAULT", false, "لقد اعتدت أن أعمل في هذه المدينة منذ سنوات."},
    // The act one side accuses another of is the accusation's content (data/cues/ar_context.tsv).
    {"mutual accusations of a truce breach", "ASSAULT", false,
     "وتبادل الجيش والمتمردون أمس الاتهامات بخرق الهدنة في الجنوب."},
    {"أسقط with a dual: two aircraft shot down", "ASSAULT", true,
     "وأسقط الجيش السوري أمس طائرتين إسرائيليتين فوق الجولان."},
    {"arrested for links to a kidnapping", "ASSAULT", false,
     "واعتقلت الشرطة أمس ثلاثة رجال على علاقة بخطف الصحافيين الأجانب."},
    {"arrested for their part in an attack", "ASSAULT", false,
     "واعتقلت قوات الأمن أمس عشرة مسلحين لعلاقتهم بالهجوم على مبنى الوزارة."},
    {"training to carry out attacks (تلقوا تدريبا على)", "ASSAULT", false,
     "وقالت الشرطة أمس إن المعتقلين تلقوا تدريبا في الخارج على تنفيذ هجمات."},
    {"orders to open fire: not yet carried out", "ASSAULT", false,
     "وقالت الشرطة إنها تلقت أوامر «بإطلاق النار لقتل» اللصوص في الأسواق."},
    {"men caught riding in a car bomb", "ASSAULT", false,
     "اعتقلت قوات الأمن أمس مسلحين وهم يستقلون سيارة مفخخة قرب مبنى الوزارة."},
    {"noun phrase as a topic", "ASSAULT", false, "وناقش الخبراء خطر السيارات المفخخة على المدن الكبرى."},
    {"noun phrase as the subject of a perfect verb", "ASSAULT", true,
     "وقالت الشرطة إن سيارة مفخخة استهدفت موكب الوزير في العاصمة."},
    {"an act named as a kind (جرائم خطف)", "ASSAULT", false,
     "وحذر الوزير أمس من تزايد جرائم خطف الأطفال في المدن الكبرى."},
    {"masdar in idafa after an indefinite noun", "ASSAULT", false,
     "وأعادت الصحيفة فتح ملف خطف الصحافيين الأجانب."},
    {"definite subject before its verb (SVO)", "ASSAULT", true, "وقال الشاهد إن الجنود قتلوا ثلاثة مدنيين أمس."},
    {"a past time expression after the act", "ASSAULT", false,
     "وخطف مسلحون مهندسا أجنبيا في المدينة الأسبوع الماضي."},
    {"من قبل before a noun is the agent (by), not a date", "ASSAULT", true,
     "وتعرض الصحافي للضرب أمس من قبل عناصر الشرطة."},
    {"an item of a dated chronology reports its act", "ASSAULT", true,
     "ـ 3: تفجير انتحاري في سوق المدينة يقتل عشرة أشخاص."},
    {"العام after a title is 'general', no year", "ASSAULT", true,
     "وخطف مسلحون أمس الأمين العام السابق للحزب في العاصمة."},
    {"fire named by a pronoun (أطلقت نيرانها على)", "ASSAULT", true, "وقال سكان إن الدبابات أطلقت نيرانها على الحي أمس."},
    {"a bare year: history", "ASSAULT", false, "وكانت المدينة قد شهدت هجمات كثيرة عام 1995."},
    {"destruction and repression dated by a bare year", "ASSAULT", false,
     "ودمرت القوات القلعة عام 1991 خلال قمعها للانتفاضة."},
    {"destruction on the day of the news", "ASSAULT", true, "ودمر الجيش أمس عشرة منازل في القرية."},
    {"torture alleged of custody (تعرض للتعذيب)", "ASSAULT", false,
     "وقال محامي المعتقل إن موكله تعرض للتعذيب الشديد في السجن العسكري."},
    {"a confession under torture", "ASSAULT", false, "وقال المعتقل إن اعترافاته انتزعت منه تحت التعذيب."},
    {"torture on the day of the news", "ASSAULT", true, "وتعرض المعتقلون للتعذيب أمس على أيدي حراس السجن."},
    {"definite masdars joined by و: kinds of crime", "ASSAULT", false,
     "وقال الوزير إن القتل والخطف والاغتصاب جرائم يعاقب عليها القانون بشدة."},
    {"عذب with the article is the adjective (sweet)", "ASSAULT", false,
     "وشرب سكان القرية من الماء العذب في النهر."},
    {"a demonstrative points back to an attack told before", "ASSAULT", false,
     "وقال المسؤول إن هذا الهجوم وقع أمس قرب مبنى البلدية."},
    {"an indefinite attack noun with a day is news", "ASSAULT", true,
     "وقال المسؤول إن هجوما انتحاريا وقع أمس قرب مبنى البلدية."},
    {"ل + masdar: a purpose", "ASSAULT", false, "وأرسل الجيش دبابات لتدمير مواقع المتمردين قرب الحدود."},
    {"تعرض ل with an apposition between", "ASSAULT", true,
     "وتعرض موكب الوزير، العائد من العاصمة، لهجوم بالقذائف أمس."},
    {"وأضاف: a detail of the story's event", "ASSAULT", false,
     "وأضاف المتحدث أن المهاجمين قتلوا حارسين قبل أن يفروا من المكان."},
    {"the same detail as the lead of a report", "ASSAULT", true,
     "قال متحدث باسم الشرطة إن مسلحين قتلوا حارسين أمس قبل أن يفروا من المكان."},
    {"a toll in the clause before anchors another act", "ASSAULT", false,
     "ونقل 20 شخصا إلى المستشفى بعد حادث سير، وتحدث الوزير في البرلمان عن خطر الهجمات على المدارس."},
    {"a threat (التهديد ب) governs the act", "ASSAULT", false, "وتعرض الصحافي للتهديد بالقتل على أيدي أنصار الحزب."},
    {"indefinite masdars joined by و: kinds of crime", "ASSAULT", false,
     "وقال الوزير أمس إن المدينة عانت من خطف وقتل وتهجير المدنيين."},
    {"nouns of the toll joined by و are one act's result", "ASSAULT", true,
     "وأعلنت الشرطة أمس مقتل وإصابة عشرة أشخاص في انفجار قرب السوق."},
    {"a verb takes no tanween (عذباً: sweet)", "ASSAULT", false, "وعزف الموسيقي لحناً عذباً في حفل أمس."},
    {"a flood destroys: no assault", "ASSAULT", false, "ودمرت الفيضانات مئات المنازل في القرى الجنوبية أمس."},
    {"a verbal phrase in a relative clause", "ASSAULT", false, "والتقى الوزير عائلة الشاب الذي فجر نفسه قرب الجسر."},
    {"destruction in a list of kinds (القتل والتدمير)", "ASSAULT", false,
     "وتحدث الوزير أمس عن القتل والتدمير في القرى."},
    {"a count of attacks is a statistic (عدد الهجمات)", "ASSAULT", false,
     "وأعلنت الشرطة أمس أن عدد الهجمات على الطرق تراجع في المدينة."},
    {"attacks that rose: a trend", "ASSAULT", false,
     "وقال تقرير للجيش صدر أمس إن التفجيرات الانتحارية زادت في أنحاء البلاد."},
    {"several attempts: a tally (لعدة محاولات اغتيال)", "ASSAULT", false,
     "وقال النائب أمس إنه تعرض لعدة محاولات اغتيال."},
    {"a number of victims is no statistic (قتل عددا من)", "ASSAULT", true,
     "وقتل مسلحون عددا من الجنود في هجوم على حاجز أمس."},
    // References to a known event (data/cues/ar_context.tsv).
    {"على خلفية: the attack behind today's news", "ASSAULT", false,
     "وعقد وزير الداخلية أمس اجتماعا مع قادة الشرطة على خلفية التفجيرات التي شهدتها العاصمة."},
    {"غداة: the day after an attack", "ASSAULT", false, "وزار الرئيس أمس المدينة غداة هجوم انتحاري قتل فيه عشرة أشخاص."},
    {"اليوم التالي ل: the day after a killing", "ASSAULT", false,
     "وفي اليوم التالي لمقتل المحافظ، أعلنت الحكومة الحداد في المدينة."},
    {"في إشارة إلى: a reference to an attack", "ASSAULT", false,
     "وقال النائب أمس إن «الدم لن يذهب هدرا»، في إشارة إلى الهجوم الذي أسفر عن مقتل عشرة جنود."},
    {"هاجم ... قائلا: an attack in words", "ASSAULT", false, "وهاجم الوزير أمس المعارضة قائلا إنها تعرقل الإصلاح."},
    {"هاجم with armed men and a post is an attack", "ASSAULT", true, "وهاجم مسلحون أمس حاجزا للشرطة قرب المدينة."},
    {"the blast that killed the man a relative clause describes", "ASSAULT", false,
     "وزار الوزير أمس عائلة الصحافي الذي قتل في انفجار عبوة ناسفة."},
    {"the blast that killed people today", "ASSAULT", true, "وقتل عشرة أشخاص في انفجار سيارة مفخخة قرب السوق أمس."},
    {"two days after an attempt: a reference time (بعد يومين من)", "ASSAULT", false,
     "وزار الرئيس أمس المدينة بعد يومين من محاولة الاغتيال التي نجا منها المحافظ."},
    {"a killing hours after a kidnapping is news", "ASSAULT", true, "وقتل الخاطفون الرهينة أمس بعد ساعات من خطفه."},
    {"the death penalty in a law (عقوبة الإعدام)", "ASSAULT", false,
     "وقال الوزير أمس إن القانون الجديد ينص على عقوبة الإعدام للخاطفين."},
    {"an act to be prevented (منع خرق الهدنة)", "ASSAULT", false,
     "وتتولى القوات الدولية منذ أمس منع خرق الهدنة في الجنوب."},
    {"a verb after منع in its clause reports its own act", "ASSAULT", true,
     "ومنعت الشرطة المتظاهرين من الاقتراب وأطلقت النار عليهم أمس."},
    {"the massacre, with the article: one the reader knows", "ASSAULT", false,
     "ونشرت الصحف أمس صور المذبحة على صفحاتها الأولى."},
    {"a massacre introduced indefinite", "ASSAULT", true, "وارتكب مسلحون مجزرة في القرية أمس قتل فيها عشرون شخصا."},
    {"a condemnation with a long subject before the act", "ASSAULT", false,
     "وأدان الحزب الديمقراطي التقدمي المعارض في بيان أصدره أمس عملية خطف السائحين في الجنوب."},
    {"repression named as a kind (أعمال قمع)", "ASSAULT", false, "وتحدث التقرير الصادر أمس عن أعمال قمع في السجون."},
    {"the toll of a relative clause describes its noun", "ASSAULT", false,
     "وزار الوزير أمس عائلات ضحايا الحرب التي أسفرت عن مقتل الآلاف."},
    {"the toll of the act reported (ما أسفر عن)", "ASSAULT", true,
     "وانفجرت سيارة مفخخة قرب السوق أمس، ما أسفر عن مقتل عشرة أشخاص."},
    {"a masdar after the passive auxiliary يتم: what is done", "ASSAULT", false,
     "وقال الكاتب اليوم إن المدينة يتم فيها خطف التجار كل أسبوع."},
    {"protest noun with a verb of occurrence", "PROTEST", true,
     "واندلعت مظاهرات غاضبة في العاصمة احتجاجا على رفع الأسعار."},
    {"a protest on an anniversary (ذكرى) is news", "PROTEST", true,
     "وتظاهر مئات الطلاب أمس في ذكرى تأسيس الجامعة احتجاجا على رفع الرسوم."},
    {"protesters massing near military sites", "PROTEST", true,
     "وبعد الإجراءات التي اتخذها الجيش، احتشد المتظاهرون أمام المواقع العسكرية."},
    {"troops massing is no protest", "PROTEST", false, "واحتشدت القوات على الحدود الشمالية."},
    {"protest noun as a topic", "PROTEST", false, "وتحدث الوزير عن حق المواطنين في التظاهر السلمي."},
    {"protesters in a relative clause", "PROTEST", false,
     "وأفرجت الشرطة عن الطلاب الذين تظاهروا أمام الجامعة."},
    // Protest salience (coder/salience.cc, "Arabic protest salience").
    {"chants of protesters already told (protest-detail)", "PROTEST", false,
     "وردد المتظاهرون شعارات تطالب برحيل المحافظ."},
    {"chants of a counted crowd introduce it", "PROTEST", true,
     "وردد مئات المتظاهرين شعارات تطالب برحيل المحافظ أمام مبنى المحافظة."},
    {"a roundup item opened by its place", "PROTEST", true, "وفي بنغازي، ردد المتظاهرون شعارات تطالب برحيل الحكومة."},
    {"a protest as the time of an arrest (protest-setting)", "PROTEST", false,
     "واعتقلت الشرطة عشرة طلاب خلال المظاهرة أمس."},
    {"a dispersal is the news (protest-dispersed)", "PROTEST", false,
     "وفرقت قوات الأمن أمس مظاهرة للعمال أمام المصنع بالقوة."},
    {"we protest: the speakers' words (protest-we)", "PROTEST", false, "وقال أحد الطلاب: «نتظاهر من أجل مستقبلنا»."},
    {"in protest at, after a mourning (protest-purpose)", "PROTEST", false,
     "وأعلنت النقابة الحداد أمس احتجاجا على مقتل العامل."},
    {"a protest that goes on (protest-continuing)", "PROTEST", false, "وتواصلت الاحتجاجات في المدينة أمس لليوم الثالث."},
    {"a protest after a funeral is news", "PROTEST", true,
     "وبعد تشييع الضحايا، تظاهر آلاف الشبان أمس أمام مقر المحافظة."},
    {"a counted crowd of protesters denouncing", "PROTEST", true,
     "وندد عشرات آلاف المتظاهرين أمس بقرار الحكومة في العاصمة."},
    {"protests that erupt (انفجرت)", "PROTEST", true, "وانفجرت مظاهرات غاضبة في المدن الكبرى احتجاجا على الغلاء."},
    {"a call answered (لبى الدعوة)", "PROTEST", true, "ولبى مئات العمال الدعوة إلى الإضراب في المصانع."},
    {"a call to strike is no strike (protest-call)", "PROTEST", false,
     "وطالبت النقابة آلاف العمال بالإضراب عن العمل في المصانع."},
    {"a march named by its size", "PROTEST", true, "وشهدت العاصمة مسيرتين ضخمتين ضد الحكومة."},
    {"a march set for tomorrow (protest-planned)", "PROTEST", false,
     "وقال المنظمون إن آلاف الطلاب سيشاركون في مسيرة احتجاجية غدا."},
    {"a counted crowd chanting", "PROTEST", true, "وفي الساحة الرئيسية ردد أكثر من ألف شخص «لا للفساد» بعد الصلاة."},
    {"groups of protesters massing", "PROTEST", true, "واحتشدت مجموعات غاضبة من الشبان المتظاهرين قرب البرلمان."},
    {"a number of supporters gathering", "PROTEST", true, "وتجمع عدد من أنصار المرشح في ساحة البلدة بعد الظهر."},
    {"going out into the streets (masdar)", "PROTEST", true,
     "وشهدت العاصمة أمس خروج آلاف الشبان إلى الشوارع احتجاجا على الغلاء."},
    {"protesters gathered, being dispersed (protest-dispersed)", "PROTEST", false,
     "وتدخلت الشرطة لتفريق المتظاهرين المتجمعين أمام الوزارة."},
    {"a speech before protesters (protest-audience)", "PROTEST", false,
     "وقال رئيس الحزب في كلمة أمام آلاف المتظاهرين إن الاحتجاجات سلمية."},
};

TEST(EvalArabicGsrCliTest, OurSentencesTellNewsFromMentions) {
  std::string dir = testing::TempDir();
  std::string assault = "accept,event_type,id,label,reject,text,total\n";
  std::string protest = assault;
  for (size_t i = 0; i < std::size(kNewsCases); ++i) {
    const NewsCase& c = kNewsCases[i];
    std::string row = "0," + std::string(c.event_type) + ",n" + std::to_string(i) + "," +
                      (c.news ? "yes" : "easy no") + ",0,\"" + c.text + "\",3\n";
    (std::string(c.event_type) == "ASSAULT" ? assault : protest) += row;
  }
  Write(dir + "/assault_gsr.csv", assault);
  Write(dir + "/protest_gsr.csv", protest);
  std::string errors = testing::TempDir() + "/news.tsv";
  auto r = RunIsnad("eval arabic-gsr '" + dir + "' --errors '" + errors + "' --all");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::ifstream in(errors);
  std::string line;
  std::map<std::string, std::string> kind;  // id -> true_positive, miss, ...
  while (std::getline(in, line)) {
    size_t a = line.find('\t'), b = line.find('\t', a + 1), c = line.find('\t', b + 1), d = line.find('\t', c + 1);
    if (d == std::string::npos) continue;
    kind[line.substr(c + 1, d - c - 1)] = line.substr(a + 1, b - a - 1);
  }
  for (size_t i = 0; i < std::size(kNewsCases); ++i) {
    const NewsCase& c = kNewsCases[i];
    EXPECT_EQ(kind["n" + std::to_string(i)], c.news ? "true_positive" : "true_negative")
        << c.construction << ": " << c.text;
  }
}

// Floors on the dev half (figures in docs/ACCURACY.md): the issue asks for recall
// >= 0.85 in each class; F1, span class recall and actor agreement must not fall
// back below what the salience rules (coder/salience.cc) reached.
TEST(EvalArabicGsrCliTest, DevHalfRecallFloor) {
  ISNAD_REQUIRE_SHARED();
  std::string dir = testing::SharedDir() + "/eval/arabic-gsr/dev";
  if (!std::filesystem::exists(dir)) GTEST_SKIP() << dir << " is absent";
  auto r = RunIsnad("eval arabic-gsr '" + dir + "' --json");
  ASSERT_EQ(r.exit_code, 0) << r.err;
  auto j = nlohmann::json::parse(r.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << r.out;
  for (const auto& d : j["detection"]) {
    EXPECT_GE(d["recall"].get<double>(), 0.85) << d["event_type"];
    double f1_floor = d["event_type"] == "ASSAULT" ? 0.62 : 0.69;
    EXPECT_GE(d["f1"].get<double>(), f1_floor) << d["event_type"];
  }
  for (const auto& s : j["spans"]) {
    bool assault = s["event_type"] == "ASSAULT";
    // Class recall counts every event that codes the class, background or not
    // (the span file annotates details of a protest told before, such as
    // chants and banners, which the sentence file labels "no"); the share
    // counted as news only is kept beside it (docs/ACCURACY.md).
    EXPECT_GE(s["class_recall"].get<double>(), assault ? 0.97 : 0.85) << s["event_type"];
    EXPECT_GE(s["news_class_recall"].get<double>(), assault ? 0.88 : 0.69) << s["event_type"];
    EXPECT_GE(s["actor_agreement"].get<double>(), assault ? 0.61 : 0.67) << s["event_type"];
  }
}

}  // namespace
}  // namespace isnad
