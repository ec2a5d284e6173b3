"""The file model: every key of ``[tool.postil]`` (pyproject.toml) or a ``.postil.toml``, typed
and bounded (``postil.core.schema`` tables), and the error a config that cannot be used raises.
"""

from __future__ import annotations

import typing
from typing import Literal

from postil.core.schema import SchemaError, Table, one_or_many, setting
from postil.core.walk import MAX_WALKED_FILES, MOST_WALKED_FILES

SeverityName = Literal["error", "warning", "info", "hint"]
SeverityOverride = Literal["error", "warning", "info", "hint", "off"]


class ConfigError(Exception):
    """A config file that cannot be used; the message names file, key and problem."""


EmbeddingsBackend = Literal["hash", "onnx", "openai", "ollama", "openai-compatible"]


class IndexConfig(Table):
    """``[tool.postil.index]``: the workspace index used for review context."""

    embeddings: EmbeddingsBackend = "hash"
    model: str | None = None
    base_url: str | None = setting(None, alias="base-url")
    chroma_url: str | None = setting(None, alias="chroma-url")
    # A managed Chroma (Chroma Cloud): its tenant and database, and the NAME of the environment
    # variable holding the API key (the key itself is never written in a config file).
    chroma_tenant: str | None = setting(None, alias="chroma-tenant")
    chroma_database: str | None = setting(None, alias="chroma-database")
    chroma_api_key_env: str | None = setting(None, alias="chroma-api-key-env", pattern=r"^[A-Za-z_][A-Za-z0-9_]*$")
    collection: str | None = None  # the repository's name on the team server (default: its remote URL)
    model_path: str | None = setting(None, alias="model-path")  # a local ONNX embedding model directory
    exclude: tuple[str, ...] = setting((), before=one_or_many)
    max_file_size: int | None = setting(None, alias="max-file-size", gt=0)


# Test code and fixtures (gitignore-style patterns): security rules about production
# exposure drop to ``test-policy`` there.
DEFAULT_TEST_PATHS = (
    "tests/", "test/", "testing/", "__tests__/", "testdata/", "fixtures/", "conftest.py", "test_*.py",
    "*_test.py", "*_test.go", "*.test.[jt]s", "*.test.[jt]sx", "*.spec.[jt]s", "*.spec.[jt]sx",
)
TestPolicy = Literal["hint", "off", "on"]
LLMProvider = Literal["none", "openai", "anthropic", "openai-compatible"]
PROVIDERS: tuple[str, ...] = typing.get_args(LLMProvider)  # the one list of providers postil speaks to
LLMReviewMode = Literal["off", "onSave", "onRequest"]


class LLMPrice(Table):
    """USD per million tokens for one model."""

    input: float = setting(ge=0)
    output: float = setting(ge=0)


def redact_patterns_compile(patterns: tuple[str, ...]) -> tuple[str, ...]:
    """``patterns`` when each compiles as a redact pattern, else ValueError naming the first that
    does not (a pattern that cannot mask must stop what would be sent)."""
    from postil.core.userregex import (  # RE2: only where patterns are given
        UserRegexError,
        compile_pattern,
    )

    for pattern in patterns:
        try:
            compile_pattern(pattern)
        except UserRegexError as exc:
            raise ValueError(f"{pattern!r} is not a valid regular expression here ({exc})") from None
    return patterns


class LLMConfig(Table):
    """``[tool.postil.llm]``: the LLM reviewer. API keys come only from the environment
    (``POSTIL_LLM_API_KEY``, else ``OPENAI_API_KEY`` / ``ANTHROPIC_API_KEY``)."""

    provider: LLMProvider = "none"
    model: str | None = None
    fast_model: str | None = setting(None, alias="fast-model")
    base_url: str | None = setting(None, alias="base-url")
    timeout: float = setting(60.0, gt=0)
    retries: int = setting(2, ge=0, le=10)
    max_output_tokens: int = setting(2048, alias="max-output-tokens", gt=0)
    temperature: float = setting(0.0, ge=0, le=2)
    concurrency: int = setting(4, ge=1, le=64)
    daily_budget_tokens: int | None = setting(None, alias="daily-budget-tokens", gt=0)
    daily_budget_usd: float | None = setting(None, alias="daily-budget-usd", gt=0)
    prices: dict[str, LLMPrice] = setting(factory=dict)
    exclude: tuple[str, ...] = setting((), before=one_or_many)
    redact_patterns: tuple[str, ...] = setting((), alias="redact-patterns", before=one_or_many, check=redact_patterns_compile)
    confidence_threshold: float = setting(0.6, alias="confidence-threshold", ge=0, le=1)
    review: LLMReviewMode | None = None  # default: onSave once a provider is configured
    context_budget: int = setting(2000, alias="context-budget", ge=0)
    # The model's context window in tokens (None: asked of a local server, or learned from its refusal).
    context_window: int | None = setting(None, alias="context-window", gt=0)
    breaker_failures: int = setting(5, alias="breaker-failures", ge=1)
    breaker_cooldown: float = setting(60.0, alias="breaker-cooldown", ge=0)
    fail_on: SeverityName | None = setting(None, alias="fail-on")  # model findings never fail a run unless set
    max_fix_lines: int = setting(8, alias="max-fix-lines", ge=1, le=200)  # lines a model fix may add + remove
    # Seconds one review command may spend on the model (None: 60 for --staged, the pre-commit hook; else no limit).
    deadline_seconds: float | None = setting(None, alias="deadline-seconds", gt=0)
    max_calls: int = setting(50, alias="max-calls", ge=1)  # provider requests per review command
    # The structured-output form sent to an OpenAI-compatible server (postil.analyzers.llm.response_format).
    response_format: Literal["auto", "json_schema", "json_object", "none"] = setting("auto",
                                                                                   alias="response-format")
    # A model's fix may call what the file does not call yet (the vetting gate refuses that by default).
    fixes_may_add_calls: bool = setting(False, alias="fixes-may-add-calls")

    @classmethod
    def before(cls, data: dict, where: tuple) -> dict:
        for key in data:
            if str(key).replace("-", "_").lower() in {"api_key", "key", "token", "api_token"}:
                raise SchemaError((*where, key), "check", "API keys are never read from config files; "
                                  "set POSTIL_LLM_API_KEY (or OPENAI_API_KEY / ANTHROPIC_API_KEY)")
        return data


class PostilConfig(Table):
    """Every key of ``[tool.postil]`` (hyphenated in TOML, underscores accepted)."""

    select: tuple[str, ...] = setting((), before=one_or_many)
    ignore: tuple[str, ...] = setting((), before=one_or_many)
    per_file_ignores: dict[str, tuple[str, ...]] = setting(factory=dict, alias="per-file-ignores")
    exclude: tuple[str, ...] = setting((), before=one_or_many)
    rule_dirs: tuple[str, ...] = setting((), alias="rule-dirs", before=one_or_many)
    severity: dict[str, SeverityOverride] = setting(factory=dict)
    test_paths: tuple[str, ...] = setting(DEFAULT_TEST_PATHS, alias="test-paths", before=one_or_many)
    test_policy: TestPolicy = setting("off", alias="test-policy")
    fail_on: SeverityName = setting("warning", alias="fail-on")
    max_file_size: int = setting(1_000_000, alias="max-file-size", gt=0)
    # The files one walk (check, index, review, the editor's workspace check) admits (core.walk).
    max_files: int = setting(MAX_WALKED_FILES, alias="max-files", gt=0, le=MOST_WALKED_FILES)
    respect_gitignore: bool = setting(True, alias="respect-gitignore")
    builtin_rules: bool = setting(True, alias="builtin-rules")
    secrets: bool = True
    secret_rules: tuple[dict, ...] = setting((), alias="secret-rules")  # [{id, regex, keywords, ...}]
    gitleaks_rules: str | None = setting(None, alias="gitleaks-rules")  # a gitleaks.toml in the repository
    index: IndexConfig = setting(factory=IndexConfig.model_construct)
    llm: LLMConfig = setting(factory=LLMConfig.model_construct)


def key_name(key: tuple[str, str]) -> str:
    """``("llm", "base_url")`` -> ``llm.base-url`` (as written in the TOML)."""
    return ".".join(part.replace("_", "-") for part in key)
