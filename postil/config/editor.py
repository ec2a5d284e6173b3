"""The editor model: every editor setting of the server, in one typed model (frozen: background work keeps the
snapshot it started with, never reads the session's settings from another thread).

Settings arrive as ``initializationOptions`` (flat, or under ``settings`` or ``postil``),
from ``workspace/configuration`` (section ``postil``) and from
``workspace/didChangeConfiguration``. Keys are camelCase as editors send them; snake_case is
accepted too. A later source replaces a whole key (``llm`` and ``index`` included). A bad
value is reported (``setting postil.KEY: ...``) and that key keeps its default; unknown keys
are kept in ``extra`` for showStatus.
"""

from __future__ import annotations

import re
import typing
from typing import Any, Literal

from postil.config.model import EmbeddingsBackend, LLMProvider, LLMReviewMode
from postil.core.schema import SchemaError, Table, setting

RUN_MODES = ("onType", "onSave")
LOG_LEVELS = ("error", "warning", "info", "debug")
PREFERENCES = ("filesystemFirst", "editorFirst", "editorOnly")
# What editors may name as the LLM provider -> the provider postil's config knows.
PROVIDERS = {"off": "none", **{name: name for name in typing.get_args(LLMProvider)}, "ollama": "openai-compatible"}
OLLAMA_URL = "http://localhost:11434/v1"


def _empty_is_none(value: Any) -> Any:
    return None if value == "" else value


def _rule_ids(value: Any) -> Any:
    if isinstance(value, str):
        return tuple(part for part in re.split(r"[,\s]+", value) if part)
    return value


class _Model(Table):
    camel_case_keys = True
    unknown_keys = "ignore"


class EditorLLMSettings(_Model):
    """The editor's ``llm`` object (VS Code ``postil.llm.*``, Neovim ``settings.llm``); unset
    keys leave the config files' values in effect (postil.config.layers.editor_llm)."""

    provider: LLMProvider | None = None
    ollama: bool = False  # provider "ollama": openai-compatible at OLLAMA_URL unless baseUrl says otherwise
    model: str | None = setting(None, check=_empty_is_none)
    base_url: str | None = setting(None, check=_empty_is_none)
    review: LLMReviewMode | None = None

    @classmethod
    def before(cls, raw: dict, where: tuple) -> dict:
        """The editors' names: provider "ollama" (openai-compatible at OLLAMA_URL), review "onCommand"."""
        raw = dict(raw)
        provider = raw.get("provider")
        if provider == "ollama":
            raw["provider"], raw["ollama"] = PROVIDERS[provider], True
        elif isinstance(provider, str) and provider in PROVIDERS:
            raw["provider"] = PROVIDERS[provider]
        if raw.get("review") == "onCommand":
            raw["review"] = "onRequest"
        return raw


class EditorIndexSettings(_Model):
    """The editor's ``index`` object (VS Code ``postil.index.*``, Neovim ``settings.index``)."""

    enable: bool = True
    embeddings: EmbeddingsBackend | None = None
    model: str | None = setting(None, check=_empty_is_none)
    model_path: str | None = setting(None, check=_empty_is_none)  # a local ONNX embedding model directory (user settings only)
    base_url: str | None = setting(None, check=_empty_is_none)
    chroma_url: str | None = setting(None, check=_empty_is_none)
    exclude: tuple[str, ...] = ()
    max_file_size: int | None = setting(None, gt=0)


class Settings(_Model):
    """Editor-side settings (project files win by default, see ``configuration_preference``)."""

    enable: bool = True
    run: Literal["onType", "onSave"] = "onType"
    # Delay after a keystroke before checking (onType). None: none while checks of the
    # document are fast; a slow document waits as long as its last check took (≤ 250 ms).
    debounce_ms: int | None = setting(None, ge=0)
    log_level: Literal["error", "warning", "info", "debug"] = setting(
        "info", before=lambda v: "warning" if v == "warn" else v)
    log_file: str | None = setting(None, check=_empty_is_none)
    select: tuple[str, ...] | None = setting(None, before=_rule_ids)
    ignore: tuple[str, ...] = setting((), before=lambda v: () if v is None else _rule_ids(v))
    # filesystemFirst: editor select/ignore only for files without a project config;
    # editorFirst: editor select/ignore layered over project config; editorOnly: project config ignored.
    configuration_preference: Literal["filesystemFirst", "editorFirst", "editorOnly"] = "filesystemFirst"
    max_document_lines: int = setting(200_000, ge=0)
    max_diagnostics: int = setting(1_000, ge=0)  # per document, the most severe first; 0: no limit
    # Not a user setting: false when the editor's window is untrusted (VS Code's Restricted Mode).
    # Then nothing leaves the machine: no LLM review and no index, whatever any config file says.
    trusted: bool = True
    llm: EditorLLMSettings = setting(factory=EditorLLMSettings)
    index: EditorIndexSettings = setting(factory=EditorIndexSettings)
    extra: dict = setting(factory=dict)  # unknown keys, kept for showStatus

    @property
    def index_in_effect(self) -> EditorIndexSettings:
        """The index settings, off in an untrusted window (nothing indexed, nothing sent)."""
        return self.index if self.trusted else EditorIndexSettings(enable=False)

    @classmethod
    def parse(cls, raw: Any, base: Settings | None = None) -> tuple[Settings, list[str]]:
        """Settings from an editor's JSON, layered over ``base``; plus problems found."""
        base = base or cls()
        if raw is None:
            return base, []
        if not isinstance(raw, dict):
            return base, [f"settings must be an object, got {type(raw).__name__}"]
        for wrapper in ("settings", "postil"):
            if isinstance(raw.get(wrapper), dict) and len(raw) == 1:
                raw = raw[wrapper]
        values = {name: getattr(base, name) for name in cls.model_fields}
        values["extra"] = extra = dict(base.extra)
        given: dict[str, Any] = {}
        keys: dict[str, str] = {}  # field name -> the key as the editor spelled it
        for key, value in raw.items():
            name = _snake(key)
            if name in cls.model_fields and name != "extra":
                given[name] = dict(value) if isinstance(value, dict) else value
                keys[name] = key
            else:
                extra[key] = value
        problems: list[str] = []
        while True:
            try:
                return cls.model_validate({**values, **given}), problems
            except SchemaError as error:
                problems.append(_problem(error, keys, given))
                _drop(given, error.path)


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _problem(error: SchemaError, keys: dict[str, str], given: dict) -> str:
    loc = error.path
    name = keys.get(loc[0], loc[0])
    path = ".".join([name, *(str(part) for part in loc[1:] if not isinstance(part, int))])
    return f"setting postil.{path}: {_expected(error)} (got {_value_at(given, loc)!r})"


def _value_at(given: dict, loc: tuple) -> Any:
    value: Any = given
    for part in loc:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, (list, tuple)) and isinstance(part, int) and part < len(value):
            value = value[part]
        else:
            break
    return value


_TYPES = {"bool": "expected true or false", "int": "expected a non-negative integer",
          "list": "expected a list of strings", "str": "expected a string", "table": "expected an object"}


def _expected(error: SchemaError) -> str:
    if tuple(error.path) == ("llm", "provider"):
        return f"expected one of {', '.join(PROVIDERS)}"
    if error.kind == "choice":
        return f"expected one of {', '.join(error.wanted)}"
    if error.kind == "type":
        in_list = error.wanted == "str" and isinstance(error.path[-1], int)
        return _TYPES["list" if in_list else error.wanted]
    if error.kind == "bound":
        return "expected a positive integer" if error.wanted[0] == "gt" else "expected a non-negative integer"
    return error.problem


def _drop(given: dict, loc: tuple) -> None:
    """Forget the bad value at ``loc`` so the rest still applies (the default stands for it)."""
    name = loc[0]
    nested = given.get(name)
    if len(loc) > 1 and isinstance(nested, dict) and loc[1] in nested:
        del nested[loc[1]]
        return
    given.pop(name, None)
