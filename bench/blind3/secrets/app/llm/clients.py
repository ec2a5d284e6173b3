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
        api_key="sk-ant-api03-9_Gc7UL2ixp3MoC6OlPN-qJadT5oDnafmKG8RPr8DYqhMV3uKuHKIBlIldgaGHIJvKtN2MaJJJ8HF24l8f-0XsR2AcAykAA",
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
