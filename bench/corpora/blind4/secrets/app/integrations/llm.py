"""Product-description generation with OpenAI, Anthropic and a HuggingFace fallback."""
from __future__ import annotations

import os

import anthropic
import openai
from huggingface_hub import InferenceClient

# expect: openai-key
OPENAI_KEY = "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"
MODEL = os.environ.get("DESCRIBE_MODEL", "gpt-4o-mini")


def openai_client() -> openai.OpenAI:
    return openai.OpenAI(api_key=os.environ.get("OPENAI_API_KEY", OPENAI_KEY))


def anthropic_client() -> anthropic.Anthropic:
    # expect: anthropic-key
    return anthropic.Anthropic(api_key="sk-ant-api03-ZZFpN5HzflW2DY3ff6pQv1vnXbRjwxzsxoWTPiaPgIwPggsuysJr35OHvyuRHsmTCe2XZuN_WlZlh5qyHuWRpsg2NbQnxAA")


def hf_client() -> InferenceClient:
    # expect: huggingface-token
    return InferenceClient(model="mistralai/Mistral-7B-Instruct-v0.3", token="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")


def describe(product: dict) -> str:
    prompt = f"Write a two-sentence description of {product['name']} ({product['category']})."
    try:
        resp = openai_client().chat.completions.create(model=MODEL, messages=[{"role": "user", "content": prompt}])
        return resp.choices[0].message.content or ""
    except openai.OpenAIError:
        msg = anthropic_client().messages.create(
            model="claude-3-5-haiku-latest", max_tokens=200, messages=[{"role": "user", "content": prompt}]
        )
        return msg.content[0].text


def token_hint(token: str) -> str:
    """Show only the prefix of a key in logs, e.g. 'sk-proj-…'."""
    return token[:8] + "…" if token else "(none)"
