// isnad explain: every token, match, mention, rule and event behind a sentence.
#include "commands.h"
#include "common.h"
#include "events/writer.h"

namespace isnad::app {

int RunExplain(int argc, char** argv) {
  CLI::App app{"Show how isnad codes a sentence: tokens, dictionary matches, mentions, rules, events."};
  app.name("isnad explain");
  std::string sentence, lang = "auto", date;
  EngineOptions engine_options;
  app.add_option("sentence", sentence, "the sentence (or a short text) to explain")->required();
  app.add_option("--lang", lang, "auto, ar, fr or en")->capture_default_str();
  app.add_option("--date", date, "document date (YYYY-MM-DD) for relative dates and dated actor codes");
  AddEngineOptions(app, &engine_options);
  if (int rc = ParseArgs(app, argc, argv); rc >= 0) return rc;
  text::Lang forced = text::ParseLang(lang);
  if (forced == text::Lang::kOther || (!date.empty() && !IsIsoDate(date))) {
    std::fprintf(stderr, "isnad explain: bad --lang or --date\n");
    return kExitUsage;
  }
  auto engine = LoadEngine(engine_options);
  if (!engine.ok()) {
    PrintError("loading dictionaries", engine.status());
    return kExitFailure;
  }
  ingest::Document doc;
  doc.id = "explain";
  doc.text = sentence;
  doc.date = date;
  text::AnalyzerOptions analyzer_options;
  analyzer_options.force_lang = forced;
  text::Analyzer analyzer(analyzer_options, &(*engine)->lexicon->vocabulary());
  text::AnalyzedDocument analyzed;
  Status s = analyzer.Analyze(doc, &analyzed);
  if (!s.ok()) {
    PrintError("explain", s);
    return kExitFailure;
  }
  const auto& lex = *(*engine)->lexicon;
  for (const auto& sent : analyzed.sentences) {
    std::printf("sentence [%s]: %.*s\n", std::string(text::LangCode(sent.lang)).c_str(),
                static_cast<int>(sent.end - sent.begin), analyzed.text.data() + sent.begin);
    std::printf("tokens:\n");
    for (uint32_t i = sent.token_begin; i < sent.token_end; ++i) {
      const auto& t = analyzed.tokens[i];
      std::printf("  %3u [%u,%u) '%.*s' stem '%.*s'%s%s%s%s\n", i, t.begin, t.end,
                  static_cast<int>(t.end - t.begin), analyzed.text.data() + t.begin,
                  static_cast<int>(t.stem_size), analyzed.norm_buffer.data() + t.stem_offset,
                  (t.clitics & text::kCliticWa) ? " +wa" : "", (t.clitics & text::kCliticAl) ? " +al" : "",
                  (t.clitics & text::kCliticLi) ? " +li" : "", (t.clitics & text::kCliticBi) ? " +bi" : "");
    }
    std::vector<lexicon::Match> matches;
    lex.Match(analyzed, sent, &matches);
    std::printf("matches:\n");
    for (const auto& m : matches) {
      std::string what;
      switch (m.kind) {
        case lexicon::EntryKind::kActor: {
          const auto& a = lex.actors()[m.index];
          what = a.id + " " + std::string(a.CodeOn(date)) + " (" + lexicon::ActorTypeName(a.type) + ")";
          break;
        }
        case lexicon::EntryKind::kAgent: what = lex.agents()[m.index].code; break;
        case lexicon::EntryKind::kEvent: {
          const auto& e = lex.events()[m.index];
          what = (e.code.empty() ? std::string("pattern-only") : e.code) + (m.verb_form ? " verb" : " noun");
          break;
        }
        case lexicon::EntryKind::kCue: what = lexicon::CueKindName(lex.cues()[m.index].kind); break;
        case lexicon::EntryKind::kPlace: what = lex.places()[m.index].country + " " + lex.places()[m.index].kind; break;
        default: break;
      }
      const auto& first = analyzed.tokens[m.begin];
      const auto& last = analyzed.tokens[m.end - 1];
      std::printf("  [%u,%u) %s '%.*s' -> %s\n", m.begin, m.end, lexicon::EntryKindName(m.kind),
                  static_cast<int>(last.end - first.begin), analyzed.text.data() + first.begin, what.c_str());
    }
  }
  coder::Trace trace;
  std::vector<events::Event> evs;
  (*engine)->coder->Code(doc, analyzed, &evs, &trace);
  for (auto& ev : evs) (void)(*engine)->cameo->Annotate(&ev);
  std::printf("analysis:\n");
  for (const auto& line : trace.lines) std::printf("%s\n", line.c_str());
  std::printf("events:\n");
  std::string out;
  auto writer = events::NewWriter("jsonl", &out);
  for (const auto& ev : evs) (void)(*writer)->Write(ev);
  (void)(*writer)->Finish();
  std::printf("%s", out.c_str());
  return kExitOk;
}

}  // namespace isnad::app
