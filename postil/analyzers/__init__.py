"""Analyzers: pattern rules, secrets and (later) LLM review. No LSP imports here."""
