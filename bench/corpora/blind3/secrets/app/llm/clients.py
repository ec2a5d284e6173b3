"""Thin wrappers around the LLM providers used by the summariser."""

from __future__ import annotations

import os
from functools import lru_cache

import anthropic
import openai

DEFAULT_MODEL = "gpt-4o-mini"
CLAUDE_MODEL = "claude-3-5-sonnet-latest"
MAX_TOKENS = 1024
# expect: openai-key
FALLBACK_OPENAI_KEY = "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"


@lru_cache(maxsize=1)
def openai_client() -> openai.OpenAI:
    key = os.getenv("OPENAI_API_KEY") or FALLBACK_OPENAI_KEY
    return openai.OpenAI(api_key=key, timeout=30)


@lru_cache(maxsize=1)
def anthropic_client() -> anthropic.Anthropic:
    return anthropic.Anthropic(
        # expect: anthropic-key
        api_key="sk-ant-api03-G7UXapo8xV1ocBZ2SGrHScA98sUhiHPTQJzMH2Tt6ZVX8y4wcmeZrHVkFbTG_7PLgxKVtBzhTSGxThmJKPhnw2kdk0snnAA",
        max_retries=2,
    )


def local_client() -> openai.OpenAI:
    # Ollama ignores the key but the SDK requires one.
    return openai.OpenAI(base_url="http://localhost:11434/v1", api_key="ollama")


def summarise(text: str, provider: str = "openai") -> str:
    prompt = f"Summarise for an engineer, 3 bullet points:\n\n{text}"
    if provider == "anthropic":
        msg = anthropic_client().messages.create(
            model=CLAUDE_MODEL, max_tokens=MAX_TOKENS,
            messages=[{"role": "user", "content": prompt}])
        return msg.content[0].text
    resp = openai_client().chat.completions.create(
        model=DEFAULT_MODEL, messages=[{"role": "user", "content": prompt}], max_tokens=MAX_TOKENS)
    return resp.choices[0].message.content or ""
