# The text stage: Analyzer::Analyze and PhraseKeys on arbitrary bytes (repaired to
# valid UTF-8 first, as the contract requires).
isnad_fuzzer(fuzz_text_analyzer fuzz_text_analyzer.cc DEPS isnad_text)
