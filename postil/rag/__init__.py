"""Workspace index: chunks, symbols, embeddings, retrieval. No LSP imports here."""
