#include "events/writer.h"

#include <gtest/gtest.h>

#include <cstdio>
#include <functional>
#include <limits>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "util/strings.h"

namespace isnad::events {
namespace {

using nlohmann::json;

// The DESIGN.md example, with text that needs escaping in every format.
Event ArabicEvent() {
  Event e;
  e.doc_id = "seed";
  e.sentence_index = 8;
  e.sentence = "وقال \"المصدر\":\tإسرائيل زودت\nالجيش, بالسلاح \\ \r\n(2015)";
  e.lang = "ar";
  e.span_begin = 1432;
  e.span_end = 1610;
  e.source = {"ISR", "إسرائيل", 10, 24};
  e.target = {"LBYMIL", "الجيش الوطني الليبي", 30, 66};
  e.code = "072";
  e.trigger_text = "بتزويد";
  e.root = "07";
  e.name = "Provide military aid";
  e.quad_class = 2;
  e.goldstein = 8.3;
  e.plover_type = "AID";
  e.date = "2015";
  e.date_text = "في ذلك الوقت";
  e.location = Location{"عمان", "JOR", 31.95, 35.93, {"OMN"}};
  e.attribution = {{"العربي الجديد", "outlet"},
                   {"مصدر \"عسكري\", ليبي", "source"}};
  e.certainty = Certainty::kReported;
  e.background = false;
  return e;
}

std::vector<std::string> Lines(const std::string& text) {
  std::vector<std::string> lines;
  for (std::string_view line : Split(text, '\n')) lines.emplace_back(line);
  if (!lines.empty() && lines.back().empty()) lines.pop_back();
  return lines;
}

// What was written to the temporary file `f`, which is then closed.
std::string ReadBackAndClose(std::FILE* f) {
  std::rewind(f);
  std::string got;
  char buf[4096];
  size_t n;
  while ((n = std::fread(buf, 1, sizeof buf, f)) > 0) got.append(buf, n);
  std::fclose(f);
  return got;
}

// What `write` writes through a `format` writer to a temporary file, with a
// buffer of 1,000 bytes so that it flushes several times; read back after
// Finish.
std::string WriteThroughFile(const char* format, const std::function<void(EventWriter&)>& write) {
  std::FILE* f = std::tmpfile();
  EXPECT_NE(f, nullptr);
  if (f == nullptr) return "";
  WriterOptions options;
  options.buffer_bytes = 1000;
  StatusOr<std::unique_ptr<EventWriter>> w = NewWriter(format, f, options);
  EXPECT_TRUE(w.ok());
  if (w.ok()) {
    write(**w);
    EXPECT_TRUE((*w)->Finish().ok());
  }
  return ReadBackAndClose(f);
}

std::string WriteAll(std::string_view format, const std::vector<Event>& events,
                     const WriterOptions& options = WriterOptions()) {
  std::string out;
  StatusOr<std::unique_ptr<EventWriter>> w = NewWriter(format, &out, options);
  EXPECT_TRUE(w.ok()) << w.status().ToString();
  if (!w.ok()) return out;
  for (const Event& e : events) EXPECT_TRUE((*w)->Write(e).ok());
  EXPECT_TRUE((*w)->Finish().ok());
  return out;
}

TEST(JsonlWriterTest, RoundTripsThroughAJsonParser) {
  Event e = ArabicEvent();
  std::string out = WriteAll("jsonl", {e, e});
  std::vector<std::string> lines = Lines(out);
  ASSERT_EQ(lines.size(), 2u);  // Newlines inside text are escaped.
  for (const std::string& line : lines) {
    json j = json::parse(line);
    EXPECT_EQ(j["doc_id"], "seed");
    EXPECT_EQ(j["sentence_index"], 8);
    EXPECT_EQ(j["sentence"], e.sentence);
    EXPECT_EQ(j["lang"], "ar");
    EXPECT_EQ(j["span"], json::array({1432, 1610}));
    EXPECT_EQ(j["source"], (json{{"code", "ISR"}, {"text", "إسرائيل"}}));
    EXPECT_EQ(j["target"],
              (json{{"code", "LBYMIL"}, {"text", "الجيش الوطني الليبي"}}));
    EXPECT_EQ(j["event"]["code"], "072");
    EXPECT_EQ(j["event"]["root"], "07");
    EXPECT_EQ(j["event"]["name"], "Provide military aid");
    EXPECT_EQ(j["event"]["quad_class"], 2);
    EXPECT_DOUBLE_EQ(j["event"]["goldstein"].get<double>(), 8.3);
    EXPECT_EQ(j["event"]["text"], "بتزويد");
    EXPECT_EQ(j["plover"]["type"], "AID");
    EXPECT_TRUE(j["plover"]["mode"].is_null());
    EXPECT_EQ(j["date"], "2015");
    EXPECT_EQ(j["date_text"], "في ذلك الوقت");
    EXPECT_EQ(j["location"]["name"], "عمان");
    EXPECT_EQ(j["location"]["country"], "JOR");
    EXPECT_DOUBLE_EQ(j["location"]["lat"].get<double>(), 31.95);
    EXPECT_DOUBLE_EQ(j["location"]["lon"].get<double>(), 35.93);
    EXPECT_EQ(j["location"]["alternatives"], json::array({"OMN"}));
    ASSERT_EQ(j["attribution"].size(), 2u);
    EXPECT_EQ(j["attribution"][0],
              (json{{"text", "العربي الجديد"}, {"kind", "outlet"}}));
    EXPECT_EQ(j["attribution"][1]["text"], "مصدر \"عسكري\", ليبي");
    EXPECT_EQ(j["certainty"], "reported");
    EXPECT_EQ(j["background"], false);
    EXPECT_EQ(j.size(), 15u);  // The 15 fields of DESIGN.md, no more.
  }
}

TEST(JsonlWriterTest, FieldsComeInTheDesignOrder) {
  std::string out;
  AppendEventJson(ArabicEvent(), &out);
  std::vector<std::string> keys = {
      "\"doc_id\"",      "\"sentence_index\"", "\"sentence\"",  "\"lang\"",
      "\"span\"",        "\"source\"",         "\"target\"",    "\"event\"",
      "\"plover\"",      "\"date\"",           "\"date_text\"", "\"location\"",
      "\"attribution\"", "\"certainty\"",      "\"background\""};
  size_t pos = 0;
  for (const std::string& key : keys) {
    size_t found = out.find(key + ":", pos);
    ASSERT_NE(found, std::string::npos) << key << " in " << out;
    pos = found;
  }
}

TEST(JsonlWriterTest, UnknownValuesAreNull) {
  Event e;  // Nothing known but the defaults.
  std::string out;
  AppendEventJson(e, &out);
  json j = json::parse(out);
  EXPECT_EQ(j["doc_id"], "");
  EXPECT_EQ(j["sentence"], "");
  EXPECT_TRUE(j["lang"].is_null());
  EXPECT_EQ(j["span"], json::array({0, 0}));
  EXPECT_TRUE(j["source"]["code"].is_null());
  EXPECT_TRUE(j["source"]["text"].is_null());
  EXPECT_TRUE(j["target"]["code"].is_null());
  for (const char* key :
       {"code", "root", "name", "quad_class", "goldstein", "text"}) {
    EXPECT_TRUE(j["event"][key].is_null()) << key;
  }
  EXPECT_TRUE(j["plover"]["type"].is_null());
  EXPECT_TRUE(j["plover"]["mode"].is_null());
  EXPECT_TRUE(j["date"].is_null());
  EXPECT_TRUE(j["date_text"].is_null());
  EXPECT_TRUE(j["location"].is_null());
  EXPECT_EQ(j["attribution"], json::array());
  EXPECT_EQ(j["certainty"], "asserted");
  EXPECT_EQ(j["background"], false);

  e.location = Location{};
  e.location->lat = std::numeric_limits<double>::quiet_NaN();
  out.clear();
  AppendEventJson(e, &out);
  j = json::parse(out);
  EXPECT_TRUE(j["location"]["name"].is_null());
  EXPECT_TRUE(j["location"]["lat"].is_null());
  EXPECT_TRUE(j["location"]["lon"].is_null());
  EXPECT_EQ(j["location"]["alternatives"], json::array());
}

TEST(JsonlWriterTest, InvalidUtf8BecomesReplacementCharacters) {
  Event e;
  e.sentence =
      "a\xff"
      "b\xd8";
  e.source.text = std::string("\0x", 2);
  std::string out;
  AppendEventJson(e, &out);
  json j = json::parse(out);
  EXPECT_EQ(j["sentence"],
            "a\xEF\xBF\xBD"
            "b\xEF\xBF\xBD");
  EXPECT_EQ(j["source"]["text"], std::string("\0x", 2));
}

// The writer copies a string that needs no escaping as it is and escapes the
// others: whatever the path it takes (eight ASCII bytes at a time, two-byte
// letters, other sequences), the field is what AppendJsonEscaped writes. Each
// case puts its special byte at every offset of a long run.
TEST(JsonlWriterTest, EveryStringIsWrittenAsItsEscapedForm) {
  const std::vector<std::string> specials = {
      "\"", "\\", "\n", std::string("\0", 1), "\x1f", "\xff", "\xd8", "\xc0\x80", "\xed\xa0\x80",
      "\xe2\x80", "\xf0\x9f\x98", "\xf4\x90\x80\x80", "\x80", "\xc1\xbf", "\xd8\xd8", "\xd8\x80\x80"};
  const std::vector<std::string> safe = {"", "\x7f", "é", "«", "’", "\xef\xbf\xbd", "😀", "حفتر", "\xc2\x80", "\xdf\xbf"};
  auto sentence_field = [](const std::string& text) {
    Event e;
    e.sentence = text;
    std::string out;
    AppendEventJson(e, &out);
    const std::string key = "\"sentence\":";
    const size_t b = out.find(key) + key.size();
    return out.substr(b, out.find(",\"lang\":") - b);
  };
  auto escaped = [](const std::string& text) {
    std::string out = "\"";
    AppendJsonEscaped(text, &out);
    return out + "\"";
  };
  const std::string run = "Haftar met Sisi in Cairo, قال مصدر";
  for (const auto& cases : {specials, safe}) {
    for (const std::string& c : cases) {
      for (size_t at = 0; at <= run.size(); ++at) {
        const std::string text = run.substr(0, at) + c + run.substr(at);
        EXPECT_EQ(sentence_field(text), escaped(text)) << "case at " << at;
      }
    }
  }
  // A safe string is copied as it is.
  for (const std::string& c : safe) EXPECT_EQ(sentence_field(run + c + run), "\"" + run + c + run + "\"");
}

TEST(JsonlWriterTest, NumbersAreShortest) {
  Event e;
  e.goldstein = -10.0;
  std::string out;
  AppendEventJson(e, &out);
  EXPECT_NE(out.find("\"goldstein\":-10,"), std::string::npos) << out;
  e.goldstein = 8.3;
  out.clear();
  AppendEventJson(e, &out);
  EXPECT_NE(out.find("\"goldstein\":8.3,"), std::string::npos) << out;
}

// A small RFC 4180 reader for the tests.
std::vector<std::vector<std::string>> ParseCsv(std::string_view text) {
  std::vector<std::vector<std::string>> rows(1);
  std::string field;
  bool quoted = false;
  bool field_started = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (quoted) {
      if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
        field.push_back('"');
        ++i;
      } else if (c == '"') {
        quoted = false;
      } else {
        field.push_back(c);
      }
    } else if (c == '"' && !field_started) {
      quoted = true;
      field_started = true;
    } else if (c == ',') {
      rows.back().push_back(field);
      field.clear();
      field_started = false;
    } else if (c == '\n' ||
               (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n')) {
      if (c == '\r') ++i;
      rows.back().push_back(field);
      field.clear();
      field_started = false;
      rows.emplace_back();
    } else {
      EXPECT_NE(c, '"') << "a bare quote inside an unquoted field";
      field.push_back(c);
      field_started = true;
    }
  }
  EXPECT_FALSE(quoted);
  if (rows.back().empty() && field.empty()) rows.pop_back();
  return rows;
}

TEST(CsvWriterTest, QuotesWhatNeedsQuoting) {
  Event e = ArabicEvent();
  std::string out = WriteAll("csv", {e, Event()});
  std::vector<std::vector<std::string>> rows = ParseCsv(out);
  ASSERT_EQ(rows.size(), 3u);
  const std::vector<std::string> header = {"doc_id",        "sentence_index",
                                           "date",          "source_code",
                                           "source_text",   "event_code",
                                           "event_root",    "event_name",
                                           "quad_class",    "goldstein",
                                           "plover_type",   "plover_mode",
                                           "target_code",   "target_text",
                                           "location_name", "location_country",
                                           "lat",           "lon",
                                           "certainty",     "attribution",
                                           "background",    "lang",
                                           "trigger",       "sentence"};
  EXPECT_EQ(rows[0], header);
  const std::vector<std::string> want = {
      "seed",     "8",
      "2015",     "ISR",
      "إسرائيل",  "072",
      "07",       "Provide military aid",
      "2",        "8.3",
      "AID",      "",
      "LBYMIL",   "الجيش الوطني الليبي",
      "عمان",     "JOR",
      "31.95",    "35.93",
      "reported", "outlet:العربي الجديد; source:مصدر \"عسكري\", ليبي",
      "false",    "ar",
      "بتزويد",   e.sentence};
  EXPECT_EQ(rows[1], want);
  ASSERT_EQ(rows[2].size(), header.size());
  EXPECT_EQ(rows[2][18], "asserted");
  EXPECT_EQ(rows[2][8], "");   // quad_class unknown.
  EXPECT_EQ(rows[2][16], "");  // lat unknown.
}

TEST(CsvWriterTest, PlainFieldsAreNotQuoted) {
  Event e;
  e.doc_id = "doc-1";
  e.sentence = "A plain sentence.";
  std::string out = WriteAll("csv", {e}, WriterOptions{.header = false});
  EXPECT_EQ(out,
            "doc-1,0,,,,,,,,,,,,,,,,,asserted,,false,,,A plain sentence.\n");
  Event q;
  q.doc_id = "say \"hi\"";
  out = WriteAll("csv", {q}, WriterOptions{.header = false});
  EXPECT_EQ(out.substr(0, 14), "\"say \"\"hi\"\"\",0");
}

TEST(CsvWriterTest, BomAndCrlfOnRequest) {
  WriterOptions options;
  options.csv_bom = true;
  options.csv_crlf = true;
  Event e;
  e.sentence = "line one\nline two";
  std::string out = WriteAll("csv", {e}, options);
  ASSERT_EQ(out.substr(0, 3), "\xEF\xBB\xBF");
  EXPECT_EQ(out.substr(out.size() - 2), "\r\n");
  std::vector<std::vector<std::string>> rows =
      ParseCsv(std::string_view(out).substr(3));
  ASSERT_EQ(rows.size(), 2u);
  EXPECT_EQ(rows[1].back(), "line one\nline two");
  EXPECT_EQ(WriteAll("csv", {e}).substr(0, 7), "doc_id,");
}

TEST(GdeltWriterTest, EveryLineHasTheHeaderColumnCount) {
  Event full = ArabicEvent();
  Event day = ArabicEvent();
  day.date = "2019-04-04";
  day.sentence_index = 0;
  Event month = ArabicEvent();
  month.date = "2017-06";
  month.location.reset();
  month.attribution.clear();
  std::string out = WriteAll("gdelt", {full, day, month, Event()});
  std::vector<std::string> lines = Lines(out);
  ASSERT_EQ(lines.size(), 5u);  // Newlines inside text became spaces.
  std::vector<std::vector<std::string>> rows;
  for (const std::string& line : lines) {
    rows.emplace_back();
    for (std::string_view f : Split(line, '\t')) rows.back().emplace_back(f);
  }
  for (const auto& row : rows) EXPECT_EQ(row.size(), rows[0].size());
  const std::vector<std::string>& h = rows[0];
  auto col = [&](const std::vector<std::string>& row, std::string_view name) {
    for (size_t i = 0; i < h.size(); ++i) {
      if (h[i] == name) return row[i];
    }
    ADD_FAILURE() << "no column " << name;
    return std::string();
  };
  EXPECT_EQ(h[0], "SQLDATE");
  EXPECT_EQ(col(rows[1], "SQLDATE"), "");
  EXPECT_EQ(col(rows[1], "Year"), "2015");
  EXPECT_EQ(col(rows[1], "Actor1Code"), "ISR");
  EXPECT_EQ(col(rows[1], "Actor1CountryCode"), "ISR");
  EXPECT_EQ(col(rows[1], "Actor2Code"), "LBYMIL");
  EXPECT_EQ(col(rows[1], "Actor2CountryCode"), "LBY");
  EXPECT_EQ(col(rows[1], "Actor2Type1Code"), "MIL");
  EXPECT_EQ(col(rows[1], "Actor2Name"), "الجيش الوطني الليبي");
  EXPECT_EQ(col(rows[1], "IsRootEvent"), "0");
  EXPECT_EQ(col(rows[1], "EventCode"), "072");
  EXPECT_EQ(col(rows[1], "EventBaseCode"), "072");
  EXPECT_EQ(col(rows[1], "EventRootCode"), "07");
  EXPECT_EQ(col(rows[1], "QuadClass"), "2");
  EXPECT_EQ(col(rows[1], "GoldsteinScale"), "8.3");
  EXPECT_EQ(col(rows[1], "NumMentions"), "1");
  EXPECT_EQ(col(rows[1], "ActionGeo_CountryCode"), "JOR");
  EXPECT_EQ(col(rows[1], "ActionGeo_Lat"), "31.95");
  EXPECT_EQ(col(rows[1], "SOURCEURL"), "seed");
  EXPECT_EQ(col(rows[1], "Certainty"), "reported");
  EXPECT_EQ(col(rows[1], "Attribution"),
            "outlet:العربي الجديد; source:مصدر \"عسكري\", ليبي");
  EXPECT_EQ(col(rows[1], "Sentence"),
            "وقال \"المصدر\": إسرائيل زودت الجيش, بالسلاح \\   (2015)");
  EXPECT_EQ(col(rows[2], "SQLDATE"), "20190404");
  EXPECT_EQ(col(rows[2], "MonthYear"), "201904");
  EXPECT_EQ(col(rows[2], "IsRootEvent"), "1");
  EXPECT_EQ(col(rows[3], "SQLDATE"), "");
  EXPECT_EQ(col(rows[3], "MonthYear"), "201706");
  EXPECT_EQ(col(rows[3], "Year"), "2017");
  EXPECT_EQ(col(rows[3], "ActionGeo_FullName"), "");
  EXPECT_EQ(col(rows[3], "Attribution"), "");
  EXPECT_EQ(col(rows[4], "EventCode"), "");
  EXPECT_EQ(col(rows[4], "GoldsteinScale"), "");
}

TEST(GdeltWriterTest, ActorCodesSplitIntoCountryAndTypes) {
  struct Case {
    const char* code;
    const char* country;
    const char* type1;
    const char* type2;
  };
  const Case kCases[] = {
      {"USAGOV", "USA", "GOV", ""},
      {"IGOUNO", "", "IGO", "UNO"},
      {"MIL", "", "MIL", ""},
      {"EGY", "EGY", "", ""},
      {"LBYREBMIL", "LBY", "REB", "MIL"},
      {"", "", "", ""},
  };
  for (const Case& c : kCases) {
    Event e;
    e.source.code = c.code;
    std::vector<std::string> lines = Lines(WriteAll("gdelt", {e}));
    ASSERT_EQ(lines.size(), 2u);
    std::vector<std::string_view> h = Split(lines[0], '\t');
    std::vector<std::string_view> row = Split(lines[1], '\t');
    ASSERT_EQ(h.size(), row.size());
    EXPECT_EQ(h[5], "Actor1CountryCode");
    EXPECT_EQ(row[5], c.country) << c.code;
    EXPECT_EQ(row[6], c.type1) << c.code;
    EXPECT_EQ(row[7], c.type2) << c.code;
  }
}

TEST(EventWriterTest, FileSinkWritesWhatTheStringSinkDoes) {
  std::vector<Event> events(100, ArabicEvent());
  for (const char* format : {"jsonl", "csv", "gdelt"}) {
    const std::string got = WriteThroughFile(format, [&](EventWriter& w) {
      for (const Event& e : events) ASSERT_TRUE(w.Write(e).ok());
    });
    EXPECT_EQ(got, WriteAll(format, events)) << format;
  }
}

// Events formatted by a headerless writer, handed as bytes to a writer to a FILE
// (what the coding threads and `isnad code` do), give what writing the events
// gives; a write error is reported and sticks, as for Write.
TEST(EventWriterTest, FormattedBytesWriteWhatTheEventsWould) {
  std::vector<Event> events(50, ArabicEvent());
  for (const char* format : {"jsonl", "csv", "gdelt"}) {
    WriterOptions headerless;
    headerless.header = false;
    std::string part = WriteAll(format, {events.begin(), events.begin() + 20}, headerless);
    std::string rest = WriteAll(format, {events.begin() + 20, events.end()}, headerless);
    const std::string got = WriteThroughFile(format, [&](EventWriter& w) {
      ASSERT_TRUE(w.WriteFormatted(part).ok());
      ASSERT_TRUE(w.WriteFormatted("").ok());
      ASSERT_TRUE(w.WriteFormatted(rest).ok());
    });
    EXPECT_EQ(got, WriteAll(format, events)) << format;
  }
  std::FILE* ro = std::fopen("/dev/null", "rb");  // Reading only: fwrite fails.
  ASSERT_NE(ro, nullptr);
  WriterOptions unbuffered;
  unbuffered.buffer_bytes = 0;
  StatusOr<std::unique_ptr<EventWriter>> w = NewWriter("jsonl", ro, unbuffered);
  ASSERT_TRUE(w.ok());
  EXPECT_EQ((*w)->WriteFormatted("{}\n").code(), StatusCode::kIoError);
  EXPECT_EQ((*w)->WriteFormatted("{}\n").code(), StatusCode::kIoError);
  EXPECT_EQ((*w)->Finish().code(), StatusCode::kIoError);
  std::fclose(ro);
}

TEST(EventWriterTest, WriteErrorsAreReportedAndSticky) {
  std::FILE* f = std::fopen("/dev/null", "rb");  // Reading only: fwrite fails.
  ASSERT_NE(f, nullptr);
  WriterOptions options;
  options.buffer_bytes = 0;  // Hand every record to the FILE at once.
  StatusOr<std::unique_ptr<EventWriter>> w = NewWriter("jsonl", f, options);
  ASSERT_TRUE(w.ok());
  Status s = (*w)->Write(ArabicEvent());
  EXPECT_EQ(s.code(), StatusCode::kIoError) << s.ToString();
  EXPECT_EQ((*w)->Write(ArabicEvent()).code(), StatusCode::kIoError);
  EXPECT_EQ((*w)->Finish().code(), StatusCode::kIoError);
  std::fclose(f);
}

TEST(EventWriterTest, FormatsByName) {
  EXPECT_EQ(*ParseOutputFormat(""), OutputFormat::kJsonl);
  EXPECT_EQ(*ParseOutputFormat("jsonl"), OutputFormat::kJsonl);
  EXPECT_EQ(*ParseOutputFormat("csv"), OutputFormat::kCsv);
  EXPECT_EQ(*ParseOutputFormat("gdelt"), OutputFormat::kGdelt);
  std::string out;
  StatusOr<std::unique_ptr<EventWriter>> w = NewWriter("xml", &out);
  ASSERT_FALSE(w.ok());
  EXPECT_EQ(w.status().code(), StatusCode::kInvalidArgument);
  EXPECT_NE(w.status().message().find("jsonl, csv or gdelt"),
            std::string::npos);
  EXPECT_EQ(WriteAll("", {}), "");
  EXPECT_EQ(Lines(WriteAll("csv", {})).size(),
            1u);  // An empty table still has its header.
}

TEST(EventWriterTest, StringSinkSeesEachRecordAtOnce) {
  std::string out;
  StatusOr<std::unique_ptr<EventWriter>> w = NewWriter("jsonl", &out);
  ASSERT_TRUE(w.ok());
  ASSERT_TRUE((*w)->Write(ArabicEvent()).ok());
  EXPECT_EQ(Lines(out).size(), 1u);
  ASSERT_TRUE((*w)->Finish().ok());
}

}  // namespace
}  // namespace isnad::events
