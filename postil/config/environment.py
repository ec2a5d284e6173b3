"""The environment model: the LLM settings in effect, ``[llm]`` as ``postil.config`` resolved it (user config
file, trusted project file) with environment overrides.

``POSTIL_LLM_PROVIDER`` / ``POSTIL_LLM_MODEL`` / ``POSTIL_LLM_BASE_URL`` override the
files; the key is only ever read from ``POSTIL_LLM_API_KEY``, else ``OPENAI_API_KEY``
(openai, openai-compatible) or ``ANTHROPIC_API_KEY`` (anthropic). ``sources`` says
where each egress setting came from.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field

from postil.config.model import PROVIDERS, LLMConfig

DEFAULT_MODELS = {"openai": "gpt-4o-mini", "anthropic": "claude-3-5-haiku-latest"}
# A model server on this machine (Ollama, llama.cpp, vLLM on a laptop) answers one request at a
# time, slowly: the defaults it gets unless the config sets them (it generates every output token
# a request allows, even for an answer postil stopped waiting for).
LOCAL_DEFAULTS = {"concurrency": 1, "max_output_tokens": 1024, "timeout": 300.0}
DEFAULT_ENDPOINTS = {"openai": "https://api.openai.com/v1", "anthropic": "https://api.anthropic.com"}


class SettingsError(ValueError):
    """An environment override that cannot be used."""


@dataclass(frozen=True)
class LLMSettings:
    """Everything the reviewer needs, resolved. ``api_key`` never comes from a file."""

    config: LLMConfig = field(default_factory=LLMConfig)
    provider: str = "none"
    model: str | None = None
    base_url: str | None = None
    api_key: str | None = field(default=None, repr=False)
    key_source: str | None = None  # the environment variable the key came from
    sources: dict = field(default_factory=dict)  # llm.<key> -> "env:NAME" | config file path | "default"

    @property
    def enabled(self) -> bool:
        return self.provider != "none" and self.review_mode != "off"

    @property
    def review_mode(self) -> str:
        if self.config.review is not None:
            return self.config.review
        return "off" if self.provider == "none" else "onSave"

    @property
    def endpoint(self) -> str:
        """Where requests go (for doctor and --dry-run)."""
        if self.base_url:
            return self.base_url
        return DEFAULT_ENDPOINTS.get(self.provider, "(none)")

    def describe(self) -> dict:
        c = self.config
        return {
            "provider": self.provider, "model": self.model, "fast_model": c.fast_model, "endpoint": self.endpoint,
            "api_key": f"set (from {self.key_source})" if self.api_key else "not set",
            "review": self.review_mode, "timeout": c.timeout, "retries": c.retries,
            "max_output_tokens": c.max_output_tokens, "temperature": c.temperature, "concurrency": c.concurrency,
            "daily_budget_tokens": c.daily_budget_tokens, "daily_budget_usd": c.daily_budget_usd,
            "deadline_seconds": c.deadline_seconds, "max_calls": c.max_calls,
            "confidence_threshold": c.confidence_threshold, "context_budget": c.context_budget,
            "context_window": c.context_window,
            "exclude": list(c.exclude), "redact_patterns": len(c.redact_patterns), "sources": self.sources,
        }


def resolve(config: LLMConfig | None = None, env: Mapping[str, str] | None = None,
            sources: Mapping[str, str] | None = None) -> LLMSettings:
    """The settings in effect for ``config`` under ``env`` (default: the process environment);
    ``sources``: where the config's egress keys came from (``LoadedConfig.sources``)."""
    config = config or LLMConfig()
    env = os.environ if env is None else env
    known = {k: v for k, v in (sources or {}).items() if k.startswith("llm.")}
    resolved = dict(known)

    def pick(name: str, env_name: str, value):
        override = (env.get(env_name) or "").strip()
        if override:
            resolved[name] = f"env:{env_name}"
            return override
        resolved[name] = known.get(name, "config") if value is not None else "default"
        return value

    provider = pick("llm.provider", "POSTIL_LLM_PROVIDER", config.provider if config.provider != "none" else None) or "none"
    provider = provider.lower()
    if provider not in PROVIDERS:
        raise SettingsError(f"POSTIL_LLM_PROVIDER={provider!r}: expected one of {', '.join(PROVIDERS)}")
    model = pick("llm.model", "POSTIL_LLM_MODEL", config.model) or DEFAULT_MODELS.get(provider)
    base_url = pick("llm.base-url", "POSTIL_LLM_BASE_URL", config.base_url)
    key, key_source = None, None
    candidates = ["POSTIL_LLM_API_KEY"]
    if provider in ("openai", "openai-compatible"):
        candidates.append("OPENAI_API_KEY")
    elif provider == "anthropic":
        candidates.append("ANTHROPIC_API_KEY")
    for name in candidates:
        if env.get(name):
            key, key_source = env[name], name
            break
    if provider == "openai-compatible" and _on_this_machine(base_url):
        config = config.model_copy(update={k: v for k, v in LOCAL_DEFAULTS.items() if k not in config.model_fields_set})
    return LLMSettings(config=config, provider=provider, model=model, base_url=base_url, api_key=key,
                       key_source=key_source, sources=resolved)


def _on_this_machine(base_url: str | None) -> bool:
    from urllib.parse import urlsplit

    try:
        host = urlsplit(base_url or "").hostname or ""
    except ValueError:
        return False
    return host in ("localhost", "::1") or host.startswith("127.")
