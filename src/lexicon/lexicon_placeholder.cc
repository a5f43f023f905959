// Replaced by the lexicon stage.
