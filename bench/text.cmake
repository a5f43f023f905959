# The text stage: normalization, tokenization and full analysis against ICU word
# segmentation over the same text (the speed budget is a multiple of the latter).
isnad_bench(text_bench SOURCES text_bench.cc DEPS isnad_text isnad_eval ICU::uc ICU::i18n nlohmann_json::nlohmann_json)
