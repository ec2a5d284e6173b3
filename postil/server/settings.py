"""Every editor setting of the server, in one typed model (frozen: background work keeps the
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
from typing import Annotated, Any, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    StrictBool,
    StrictInt,
    StrictStr,
    ValidationError,
    model_validator,
)
from pydantic.alias_generators import to_camel

RUN_MODES = ("onType", "onSave")
LOG_LEVELS = ("error", "warning", "info", "debug")
PREFERENCES = ("filesystemFirst", "editorFirst", "editorOnly")
# What editors may name as the LLM provider -> the provider postil's config knows.
PROVIDERS = {"off": "none", "none": "none", "openai": "openai", "anthropic": "anthropic",
             "openai-compatible": "openai-compatible", "ollama": "openai-compatible"}
OLLAMA_URL = "http://localhost:11434/v1"


def _empty_is_none(value: Any) -> Any:
    return None if value == "" else value


def _rule_ids(value: Any) -> Any:
    if isinstance(value, str):
        return tuple(part for part in re.split(r"[,\s]+", value) if part)
    if isinstance(value, list):
        return tuple(value)
    return value


OptionalText = Annotated[StrictStr | None, BeforeValidator(_empty_is_none)]
RuleIds = Annotated[tuple[StrictStr, ...], BeforeValidator(_rule_ids)]
Globs = Annotated[tuple[StrictStr, ...], BeforeValidator(lambda v: tuple(v) if isinstance(v, list) else v)]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, alias_generator=to_camel, populate_by_name=True, extra="ignore")


class LLMSettings(_Model):
    """The editor's ``llm`` object (VS Code ``postil.llm.*``, Neovim ``settings.llm``); unset
    keys leave the config files' values in effect (postil.server.review.layered_config)."""

    provider: Literal["none", "openai", "anthropic", "openai-compatible"] | None = None
    ollama: bool = False  # provider "ollama": openai-compatible at OLLAMA_URL unless baseUrl says otherwise
    model: OptionalText = None
    base_url: OptionalText = None
    review: Literal["off", "onSave", "onRequest"] | None = None

    @model_validator(mode="before")
    @classmethod
    def _editor_names(cls, raw: Any) -> Any:
        if not isinstance(raw, dict):
            return raw
        raw = dict(raw)
        provider = raw.get("provider")
        if provider == "ollama":
            raw["provider"], raw["ollama"] = PROVIDERS[provider], True
        elif isinstance(provider, str) and provider in PROVIDERS:
            raw["provider"] = PROVIDERS[provider]
        if raw.get("review") == "onCommand":
            raw["review"] = "onRequest"
        return raw


class IndexSettings(_Model):
    """The editor's ``index`` object (VS Code ``postil.index.*``, Neovim ``settings.index``)."""

    enable: StrictBool = True
    embeddings: Literal["hash", "onnx", "openai", "ollama", "openai-compatible"] | None = None
    model: OptionalText = None
    model_path: OptionalText = None  # a local ONNX embedding model directory (user settings only)
    base_url: OptionalText = None
    chroma_url: OptionalText = None
    exclude: Globs = ()
    max_file_size: Annotated[StrictInt, Field(gt=0)] | None = None


class Settings(_Model):
    """Editor-side settings (project files win by default, see ``configuration_preference``)."""

    enable: StrictBool = True
    run: Literal["onType", "onSave"] = "onType"
    # Delay after a keystroke before checking (onType). None: none while checks of the
    # document are fast; a slow document waits as long as its last check took (≤ 250 ms).
    debounce_ms: Annotated[StrictInt, Field(ge=0)] | None = None
    log_level: Annotated[Literal["error", "warning", "info", "debug"],
                         BeforeValidator(lambda v: "warning" if v == "warn" else v)] = "info"
    log_file: OptionalText = None
    select: RuleIds | None = None
    ignore: Annotated[RuleIds, BeforeValidator(lambda v: () if v is None else v)] = ()
    # filesystemFirst: editor select/ignore only for files without a project config;
    # editorFirst: editor select/ignore layered over project config; editorOnly: project config ignored.
    configuration_preference: Literal["filesystemFirst", "editorFirst", "editorOnly"] = "filesystemFirst"
    max_document_lines: Annotated[StrictInt, Field(ge=0)] = 200_000
    # Not a user setting: false when the editor's window is untrusted (VS Code's Restricted Mode).
    # Then nothing leaves the machine: no LLM review and no index, whatever any config file says.
    trusted: StrictBool = True
    llm: LLMSettings = LLMSettings()
    index: IndexSettings = IndexSettings()
    extra: dict = Field(default_factory=dict, exclude=True)  # unknown keys, kept for showStatus

    @property
    def index_in_effect(self) -> IndexSettings:
        """The index settings, off in an untrusted window (nothing indexed, nothing sent)."""
        return self.index if self.trusted else IndexSettings(enable=False)

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
            except ValidationError as exc:
                for error in exc.errors():
                    problems.append(_problem(error, keys, given))
                    _drop(given, error["loc"])


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


def _problem(error: dict, keys: dict[str, str], given: dict) -> str:
    loc = error["loc"]
    name = keys.get(loc[0], loc[0])
    path = ".".join([name, *(str(part) for part in loc[1:] if not isinstance(part, int))])
    value = _value_at(given, loc)
    return f"setting postil.{path}: {_expected(error)} (got {value!r})"


def _value_at(given: dict, loc: tuple) -> Any:
    value: Any = given
    for part in loc:
        if isinstance(value, dict) and part in value:
            value = value[part]
        elif isinstance(value, dict) and isinstance(part, str) and to_camel(part) in value:
            value = value[to_camel(part)]
        elif isinstance(value, (list, tuple)) and isinstance(part, int) and part < len(value):
            value = value[part]
        else:
            break
    return value


def _expected(error: dict) -> str:
    kind, ctx = error["type"], error.get("ctx") or {}
    if tuple(error["loc"]) == ("llm", "provider"):
        return f"expected one of {', '.join(PROVIDERS)}"
    if kind == "literal_error":
        return f"expected one of {ctx.get('expected', '').replace(' or ', ', ')}".replace("'", "")
    if kind == "bool_type":
        return "expected true or false"
    if kind in ("int_type", "greater_than_equal"):
        return "expected a non-negative integer"
    if kind == "greater_than":
        return "expected a positive integer"
    if kind == "tuple_type" or kind == "string_type" and isinstance(error["loc"][-1], int):
        return "expected a list of strings"
    if kind == "string_type":
        return "expected a string"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return "expected an object"
    return error["msg"]


def _drop(given: dict, loc: tuple) -> None:
    """Forget the bad value at ``loc`` so the rest still applies (the default stands for it)."""
    name = loc[0]
    nested = given.get(name)
    if len(loc) > 1 and isinstance(nested, dict) and not isinstance(loc[1], int):
        key = loc[1] if loc[1] in nested else to_camel(str(loc[1]))
        if key in nested:
            del nested[key]
            return
    given.pop(name, None)
