"""The note for a config that keeps no model finding while an LLM provider is configured
(``Checker.model_findings_note``; the language server builds it from what its check process
tells of each config, without loading the rules itself)."""

from __future__ import annotations


def dropped_model_findings(where: str, provider: str) -> str:
    """``where``: the config file's name and ": " (empty for the defaults)."""
    return (f"{where}the select/ignore/severity in effect keep no model finding (llm/*) while LLM provider {provider} "
            "is configured: the model is not asked (all its findings would be dropped); "
            "add \"llm\" to select to review with it")
