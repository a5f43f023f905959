// Replaced by the coder stage.
