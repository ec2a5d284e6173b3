"""Language server: a thin LSP adapter over postil.analyzers."""
