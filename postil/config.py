"""Project configuration: ``[tool.postil]`` in pyproject.toml or a ``.postil.toml``.

The nearest config file walking up from a checked path wins; in one directory
``.postil.toml`` wins over ``pyproject.toml``. Paths and globs in a config file
are relative to the directory holding it.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

SeverityName = Literal["error", "warning", "info", "hint"]
SeverityOverride = Literal["error", "warning", "info", "hint", "off"]

CONFIG_FILES = (".postil.toml", "pyproject.toml")


class ConfigError(Exception):
    """A config file that cannot be used; the message names file, key and problem."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)


EmbeddingsBackend = Literal["hash", "onnx", "openai", "ollama", "openai-compatible"]


class IndexConfig(_Model):
    """``[tool.postil.index]``: the workspace index used for review context."""

    embeddings: EmbeddingsBackend = "hash"
    model: str | None = None
    base_url: str | None = Field(default=None, alias="base-url")
    chroma_url: str | None = Field(default=None, alias="chroma-url")
    exclude: tuple[str, ...] = ()
    max_file_size: int | None = Field(default=None, alias="max-file-size", gt=0)

    @field_validator("exclude", mode="before")
    @classmethod
    def _one_or_many(cls, value):
        return [value] if isinstance(value, str) else value


LLMProvider = Literal["none", "openai", "anthropic", "openai-compatible"]
LLMReviewMode = Literal["off", "onSave", "onRequest"]


class LLMPrice(_Model):
    """USD per million tokens for one model."""

    input: float = Field(ge=0)
    output: float = Field(ge=0)


class LLMConfig(_Model):
    """``[tool.postil.llm]``: the LLM reviewer. API keys come only from the environment
    (``POSTIL_LLM_API_KEY``, else ``OPENAI_API_KEY`` / ``ANTHROPIC_API_KEY``)."""

    provider: LLMProvider = "none"
    model: str | None = None
    fast_model: str | None = Field(default=None, alias="fast-model")
    base_url: str | None = Field(default=None, alias="base-url")
    timeout: float = Field(default=60.0, gt=0)
    retries: int = Field(default=2, ge=0, le=10)
    max_output_tokens: int = Field(default=2048, alias="max-output-tokens", gt=0)
    temperature: float = Field(default=0.0, ge=0, le=2)
    concurrency: int = Field(default=4, ge=1, le=64)
    daily_budget_tokens: int | None = Field(default=None, alias="daily-budget-tokens", gt=0)
    daily_budget_usd: float | None = Field(default=None, alias="daily-budget-usd", gt=0)
    prices: dict[str, LLMPrice] = Field(default_factory=dict)
    exclude: tuple[str, ...] = ()
    redact_patterns: tuple[str, ...] = Field(default=(), alias="redact-patterns")
    confidence_threshold: float = Field(default=0.6, alias="confidence-threshold", ge=0, le=1)
    review: LLMReviewMode | None = None  # default: onSave once a provider is configured
    context_budget: int = Field(default=2000, alias="context-budget", ge=0)
    breaker_failures: int = Field(default=5, alias="breaker-failures", ge=1)
    breaker_cooldown: float = Field(default=60.0, alias="breaker-cooldown", ge=0)

    @model_validator(mode="before")
    @classmethod
    def _no_keys_in_files(cls, data):
        if isinstance(data, dict):
            for key in data:
                if str(key).replace("-", "_").lower() in {"api_key", "key", "token", "api_token"}:
                    raise ValueError(f"{key!r}: API keys are never read from config files; "
                                     "set POSTIL_LLM_API_KEY (or OPENAI_API_KEY / ANTHROPIC_API_KEY)")
        return data

    @field_validator("exclude", "redact_patterns", mode="before")
    @classmethod
    def _one_or_many(cls, value):
        return [value] if isinstance(value, str) else value


class PostilConfig(_Model):
    """Every key of ``[tool.postil]`` (hyphenated in TOML, underscores accepted)."""

    select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    per_file_ignores: dict[str, tuple[str, ...]] = Field(default_factory=dict, alias="per-file-ignores")
    exclude: tuple[str, ...] = ()
    rule_dirs: tuple[str, ...] = Field(default=(), alias="rule-dirs")
    severity: dict[str, SeverityOverride] = Field(default_factory=dict)
    fail_on: SeverityName = Field(default="warning", alias="fail-on")
    max_file_size: int = Field(default=1_000_000, alias="max-file-size", gt=0)
    respect_gitignore: bool = Field(default=True, alias="respect-gitignore")
    builtin_rules: bool = Field(default=True, alias="builtin-rules")
    secrets: bool = True
    index: IndexConfig = IndexConfig()
    llm: LLMConfig = LLMConfig()

    @field_validator("select", "ignore", "exclude", "rule_dirs", mode="before")
    @classmethod
    def _one_or_many(cls, value):
        return [value] if isinstance(value, str) else value


@dataclass(frozen=True)
class LoadedConfig:
    """A validated config and where it came from (``path`` None for defaults)."""

    settings: PostilConfig
    path: Path | None
    root: Path

    def resolve(self, relative: str) -> Path:
        """A path from the config file, made absolute against the config's directory."""
        return (self.root / relative).resolve()


def _describe(error: ValidationError, path: Path, table: str) -> str:
    first = error.errors()[0]
    key = ".".join(str(part) for part in first["loc"]) or "(table)"
    problem = first["msg"]
    if first["type"] == "extra_forbidden":
        problem = "unknown key"
    elif first["type"] == "literal_error":
        problem = f"{first['msg'].replace('Input should be', 'expected')} (got {first['input']!r})"
    return f"{path}: [{table}] {key}: {problem}"


def parse_config(path: Path) -> LoadedConfig | None:
    """Read one config file; None when it is a pyproject.toml without ``[tool.postil]``."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("postil")
        if table is None:
            return None
        name = "tool.postil"
    else:
        table = data
        name = path.name
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [{name}] must be a table")
    try:
        settings = PostilConfig.model_validate(table)
    except ValidationError as exc:
        raise ConfigError(_describe(exc, path, name)) from None
    return LoadedConfig(settings=settings, path=path, root=path.parent.resolve())


@lru_cache(maxsize=256)
def _find_for_directory(directory: Path) -> Path | None:
    for candidate_dir in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = candidate_dir / name
            if candidate.is_file():
                if name == "pyproject.toml" and "[tool.postil" not in _read_quietly(candidate):
                    continue
                return candidate
    return None


def _read_quietly(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def find_config_file(start: Path) -> Path | None:
    """The nearest config file for a file or directory, walking up."""
    start = start.resolve()
    directory = start if start.is_dir() else start.parent
    return _find_for_directory(directory)


def load_config(start: Path, explicit: Path | None = None) -> LoadedConfig:
    """The config in effect for ``start`` (or the ``explicit`` file); defaults when none."""
    path = explicit or find_config_file(start)
    if path is not None:
        loaded = parse_config(path)
        if loaded is not None:
            return loaded
    root = start.resolve()
    return LoadedConfig(settings=PostilConfig(), path=None, root=root if root.is_dir() else root.parent)


def clear_config_cache() -> None:
    """Forget which config file applies where (after files were added or removed)."""
    _find_for_directory.cache_clear()


@dataclass
class ConfigOverrides:
    """Command-line or editor settings layered over the project file."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    extra: dict = field(default_factory=dict)

    def apply(self, config: PostilConfig) -> PostilConfig:
        update: dict = dict(self.extra)
        if self.select is not None:
            update["select"] = self.select
        if self.ignore:
            update["ignore"] = tuple(config.ignore) + tuple(self.ignore)
        if self.fail_on is not None:
            update["fail_on"] = self.fail_on
        return config.model_copy(update=update) if update else config
