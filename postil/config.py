"""Configuration: ``[tool.postil]`` in pyproject.toml or a ``.postil.toml``, layered over
the user's own config file (``postil.trust.user_config_path()``, same keys).

The nearest config file walking up from a checked path wins; a ``.postil.toml`` beside a
``pyproject.toml`` with ``[tool.postil]`` is an error naming both (neither is read). Paths and globs in a config file
are relative to the directory holding it.

Keys that decide whether and where code or keys leave the machine (``EGRESS_KEYS``)
come from the user's side only: the environment, the user config file, editor
settings, or a repository config file the user trusted (``postil trust``). A config
file above the git root never sets them. An untrusted file's other keys apply, and
so do the keys that only narrow what is sent (``exclude`` lists, ``llm.review`` going
towards "off"). ``LoadedConfig.sources`` says where each egress setting came from.
Limits (``LIMIT_KEYS``) from any project file only tighten the user's, and prices come only
from the user (``USER_ONLY_KEYS``); ``LoadedConfig.limited`` says what a project asked beyond.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Literal

from postil.core.gitcmd import enclosing_root
from postil.core.schema import SchemaError, Table, one_or_many, setting
from postil.trust import is_trusted, trusted_files, user_config_path

SeverityName = Literal["error", "warning", "info", "hint"]
SeverityOverride = Literal["error", "warning", "info", "hint", "off"]

CONFIG_FILES = (".postil.toml", "pyproject.toml")


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
LLMReviewMode = Literal["off", "onSave", "onRequest"]


class LLMPrice(Table):
    """USD per million tokens for one model."""

    input: float = setting(ge=0)
    output: float = setting(ge=0)


def _compiles(patterns: tuple[str, ...]) -> tuple[str, ...]:
    from postil.core.userregex import UserRegexError, compile_pattern  # RE2: only where patterns are given

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
    redact_patterns: tuple[str, ...] = setting((), alias="redact-patterns", before=one_or_many, check=_compiles)
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
    respect_gitignore: bool = setting(True, alias="respect-gitignore")
    builtin_rules: bool = setting(True, alias="builtin-rules")
    secrets: bool = True
    secret_rules: tuple[dict, ...] = setting((), alias="secret-rules")  # [{id, regex, keywords, ...}]
    gitleaks_rules: str | None = setting(None, alias="gitleaks-rules")  # a gitleaks.toml in the repository
    index: IndexConfig = setting(factory=IndexConfig.model_construct)
    llm: LLMConfig = setting(factory=LLMConfig.model_construct)


# Settings that decide whether and where code or keys leave the machine, which model postil
# loads (``index.model-path``) and what a model may write into code (``llm.fixes-may-add-calls``):
# (table, field). They count only once trusted.
EGRESS_KEYS: tuple[tuple[str, str], ...] = (
    ("llm", "provider"), ("llm", "model"), ("llm", "fast_model"), ("llm", "base_url"), ("llm", "review"),
    ("llm", "fixes_may_add_calls"),
    ("index", "embeddings"), ("index", "model"), ("index", "base_url"), ("index", "chroma_url"),
    ("index", "chroma_tenant"), ("index", "chroma_database"), ("index", "chroma_api_key_env"),
    ("index", "model_path"),
)
# Limits on what postil may spend of the user's money and machine. A project file, trusted or
# not, may only tighten them: each holds the stricter of the user's value (their config file's,
# else the built-in default) and the project's. "lower": the smaller value is stricter (None:
# no limit); "higher": the larger one is (a longer breaker cooldown, respecting .gitignore).
LIMIT_KEYS: dict[tuple[str, ...], str] = {
    ("llm", "daily_budget_tokens"): "lower", ("llm", "daily_budget_usd"): "lower", ("llm", "max_calls"): "lower",
    ("llm", "max_output_tokens"): "lower", ("llm", "context_budget"): "lower", ("llm", "deadline_seconds"): "lower",
    ("llm", "timeout"): "lower", ("llm", "retries"): "lower", ("llm", "concurrency"): "lower",
    ("llm", "breaker_failures"): "lower", ("llm", "breaker_cooldown"): "higher", ("llm", "max_fix_lines"): "lower",
    ("max_file_size",): "lower", ("index", "max_file_size"): "lower", ("respect_gitignore",): "higher",
}
# What a model costs comes only from the user's config file or postil's own table: a project's is ignored.
USER_ONLY_KEYS: tuple[tuple[str, ...], ...] = (("llm", "prices"),)
# Settings an untrusted project file may set, but whose source is recorded: ``index.collection``
# picks the collection ``postil index --publish`` writes on the user's server (it then needs the
# user's own config, a trusted file or ``--collection``; reading under it is harmless).
_RECORDED_KEYS: tuple[tuple[str, str], ...] = (("index", "collection"),)
# Lists that only narrow what is sent: user and project entries add up.
_UNION_KEYS = {("exclude",), ("llm", "exclude"), ("index", "exclude"), ("llm", "redact_patterns")}
# llm.review from the narrowest to the widest (None: the default, onSave once a provider is set).
_REVIEW_RANK = {"off": 0, "onRequest": 1, "onSave": 2, None: 2}
# Egress values that keep everything on the machine (or keep the gate strict): any config file may set them.
_LOCAL_VALUES = {("llm", "provider"): "none", ("index", "embeddings"): "hash", ("llm", "fixes_may_add_calls"): False}


def key_name(key: tuple[str, str]) -> str:
    """``("llm", "base_url")`` -> ``llm.base-url`` (as written in the TOML)."""
    return ".".join(part.replace("_", "-") for part in key)


@dataclass(frozen=True)
class LoadedConfig:
    """A validated config and where it came from (``path`` None: no project file).

    ``sources`` maps each egress key (``llm.base-url``) to where its value came from
    (the user config file, the project file, or ``default``); ``refused`` lists the
    egress keys the project file set that were not used, ``refusal`` says why; ``limited``
    the limits it asked to loosen, held to the user's (``LIMIT_KEYS``)."""

    settings: PostilConfig
    path: Path | None
    root: Path
    sources: dict = field(default_factory=dict, compare=False)
    refused: tuple[str, ...] = ()
    refusal: str | None = None  # "untrusted" | "changed" | "above-git-root"
    limited: tuple[str, ...] = ()  # "llm.max-calls = 25 (yours: 2)"
    user_path: Path | None = None
    user_paths: tuple[str, ...] = ()  # rule-dirs the user's own config names: allowed anywhere

    def resolve(self, relative: str) -> Path:
        """A path from the config file, made absolute against the config's directory.
        A repository's config must stay inside the repository (real path), so a cloned
        project cannot point postil at ``/`` or ``~/.aws``; ConfigError otherwise."""
        path, refused = self.locate(relative)
        if refused:
            raise ConfigError(f"{self.path or self.root}: {refused}")
        return path

    def locate(self, relative: str) -> tuple[Path, str | None]:
        path = (self.root / relative).resolve()
        if relative not in self.user_paths:
            boundary = repository_of(self.root)
            if path != boundary and boundary not in path.parents:
                return path, (f"{relative!r} is outside the repository ({boundary}); a project's config may "
                              f"only name paths inside it (your own {user_config_path()} may name any)")
        return path, None

    def model_directory(self) -> Path | None:
        """``index.model-path`` made absolute, or None. A project file's counts only once the
        user trusted it (an egress key), and may then name any directory, as the user's may."""
        entry = self.settings.index.model_path
        return (self.root / Path(entry).expanduser()).resolve() if entry else None

    def untrusted_collection(self) -> str | None:
        """``index.collection`` when an untrusted (or changed, or above-the-git-root) project
        file named it: reading under it is harmless, writing there needs the user's word."""
        collection = self.settings.index.collection
        if collection and self.refusal is not None and self.sources.get("index.collection") == str(self.path):
            return collection
        return None

    def rule_directories(self) -> tuple[list[Path], list[str]]:
        """The ``rule-dirs`` that may be read, and why each other one is refused."""
        directories, refused = [], []
        for entry in self.settings.rule_dirs:
            path, why = self.locate(entry)
            if why:
                refused.append(f"rule-dirs: {why}")
            else:
                directories.append(path)
        return directories, refused

    @property
    def notice(self) -> str | None:
        """What the user is told about the project file: ``egress_notice`` and ``limits_notice``."""
        return "\n".join(filter(None, (self.egress_notice, self.limits_notice))) or None

    @property
    def limits_notice(self) -> str | None:
        """One line for the user when the project file asked for more than their limits allow."""
        if not self.limited:
            return None
        return (f"postil: {_escaped(self.path)} asks for more than your limits allow: {', '.join(self.limited)}; "
                f"yours hold (set them in {user_config_path()})")

    @property
    def egress_notice(self) -> str | None:
        """One line for the user when the project file's egress keys were ignored."""
        if not self.refused:
            return None
        keys = ", ".join(self.refused)
        path = _escaped(self.path)
        if self.refusal == "above-git-root":
            return (f"postil: {path} is above the git root, so its {keys} is ignored: such settings come only "
                    f"from the environment, {user_config_path()}, editor settings or the repository's own "
                    "trusted config")
        why = "has changed since it was trusted" if self.refusal == "changed" else "is not trusted"
        return f"postil: {path} sets {keys} but {why}: ignored; run `postil trust` to allow"


def _escaped(path: Path | None) -> str:
    """``path`` as a terminal shows it literally (``postil.core.terminal``)."""
    from postil.core.terminal import terminal

    return terminal(str(path))


def repository_of(directory: Path) -> Path:
    """The nearest directory at or above ``directory`` holding ``.git``; else ``directory``."""
    return enclosing_root(directory) or directory


def _describe(error: SchemaError, path: Path, table: str) -> str:
    return f"{path}: [{table}] {error.key}: {error.problem}"


@dataclass(frozen=True)
class _ConfigFile:
    """One config file, validated: what it sets (field names) and its exact bytes."""

    path: Path
    settings: PostilConfig
    content: bytes

    @property
    def values(self) -> dict:
        return self.settings.model_dump(exclude_unset=True)


_parsed: dict[Path, tuple[tuple[int, int], _ConfigFile | None]] = {}


def _parse_file(path: Path) -> _ConfigFile | None:
    """Read and validate one config file (cached by mtime and size); None when it is a
    pyproject.toml without ``[tool.postil]``."""
    try:
        stat = path.stat()
        stamp = (stat.st_mtime_ns, stat.st_size)
        cached = _parsed.get(path)
        if cached is not None and cached[0] == stamp:
            return cached[1]
        content = path.read_bytes()
        data = tomllib.loads(content.decode("utf-8"))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {exc}") from None
    pasted = set(data) == {"tool"} and isinstance(data["tool"], dict) and "postil" in data["tool"]
    if path.name == "pyproject.toml" or pasted:  # other files: bare keys, or a pasted [tool.postil]
        table = data.get("tool", {}).get("postil")
        name = "tool.postil"
    else:
        table = data
        name = path.name
    if table is None:
        parsed = None
    elif not isinstance(table, dict):
        raise ConfigError(f"{path}: [{name}] must be a table")
    else:
        try:
            parsed = _ConfigFile(path, PostilConfig.model_validate(table), content)
        except SchemaError as exc:
            raise ConfigError(_describe(exc, path, name)) from None
    _parsed[path] = (stamp, parsed)
    return parsed


def parse_config(path: Path) -> LoadedConfig | None:
    """One config file on its own (no user config, no trust filtering); None when it is a
    pyproject.toml without ``[tool.postil]``."""
    parsed = _parse_file(path)
    if parsed is None:
        return None
    return LoadedConfig(settings=parsed.settings, path=path, root=path.parent.resolve())


def _user_config() -> Path | None:
    """The user config file when there is one (an unreadable config directory: none)."""
    path = user_config_path()
    try:
        return path if path.is_file() else None
    except OSError:
        return None


def _user_file() -> _ConfigFile | None:
    path = _user_config()
    return _parse_file(path) if path is not None else None


@lru_cache(maxsize=256)
def _find_for_directory(directory: Path) -> Path | None:
    for candidate_dir in (directory, *directory.parents):
        for name in CONFIG_FILES:
            candidate = candidate_dir / name
            if _is_file(candidate):
                if name == "pyproject.toml" and "[tool.postil" not in _read_quietly(candidate):
                    continue
                return candidate
    return None


@lru_cache(maxsize=256)
def git_root(directory: Path) -> Path | None:
    """The nearest directory at or above ``directory`` holding ``.git``."""
    return enclosing_root(directory)


def _is_file(path: Path) -> bool:
    """Whether a config file is there; a directory that cannot be searched has none we can use."""
    try:
        return path.is_file()
    except OSError:
        return False


def _read_quietly(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""


def _directory(start: Path) -> Path:
    start = start.resolve()
    return start if start.is_dir() else start.parent


def find_config_file(start: Path) -> Path | None:
    """The nearest config file for a file or directory, walking up."""
    return _find_for_directory(_directory(start))


def above_git_root(config_path: Path, start: Path) -> bool:
    """Whether ``config_path`` sits in a directory above the git root of ``start``."""
    root = git_root(_directory(start))
    return root is not None and config_path.parent.resolve() in root.parents


def _merge(under: dict, over: dict, prefix: tuple[str, ...] = ()) -> dict:
    out = dict(under)
    for name, value in over.items():
        key = (*prefix, name)
        if isinstance(value, dict) and isinstance(out.get(name), dict):
            out[name] = _merge(out[name], value, key)
        elif key in _UNION_KEYS and name in out:
            out[name] = tuple(dict.fromkeys((*out[name], *value)))
        else:
            out[name] = value
    return out


def _get(values: dict, key: tuple[str, ...]):
    for table in key[:-1]:
        values = values.get(table, {})
    return values.get(key[-1])


def users_own(key: tuple[str, ...]):
    """The value the user's own config file gives ``key`` (None: the user set none)."""
    return _get(_user_values(_user_file()), key)


def _default(key: tuple[str, ...]):
    model = {"llm": LLMConfig, "index": IndexConfig}[key[0]] if len(key) == 2 else PostilConfig
    return model.default_of(key[-1])


def _users_limit(user_values: dict, key: tuple[str, ...]):
    """The user's value of a limit: their config file's, else the built-in default."""
    value = _get(user_values, key)
    if value is None and key == ("index", "max_file_size"):  # unset: the top-level max-file-size holds
        key = ("max_file_size",)
        value = _get(user_values, key)
    return _default(key) if value is None else value


def _tighten(values: dict, user_values: dict) -> tuple[str, ...]:
    """Drop from a project file's ``values`` every limit looser than the user's and every
    user-only key (``LIMIT_KEYS``, ``USER_ONLY_KEYS``); returns what was dropped, as told."""
    dropped = []
    for key, stricter in LIMIT_KEYS.items():
        asked, allowed = _get(values, key), _users_limit(user_values, key)
        if asked is None or allowed is None or asked == allowed:
            continue
        if (asked > allowed) == (stricter == "lower"):
            del (values[key[0]] if len(key) == 2 else values)[key[-1]]
            dropped.append(f"{key_name(key)} = {_shown(asked)} (yours: {_shown(allowed)})")
    for key in USER_ONLY_KEYS:
        if _get(values, key) is not None:
            del values[key[0]][key[1]]
            dropped.append(f"{key_name(key)} (prices come only from your config or postil's own table)")
    return tuple(dropped)


def _shown(value) -> str:
    """A limit as written in TOML (``true``, ``10``, ``0.5``)."""
    if isinstance(value, bool):
        return str(value).lower()
    return str(int(value)) if isinstance(value, float) and value.is_integer() else str(value)


def _user_values(user: _ConfigFile | None) -> dict:
    if user is None:
        return {}
    values = user.values
    if "rule_dirs" in values:  # relative to the user's config directory, not the project
        values["rule_dirs"] = tuple(str((user.path.parent / d).resolve()) for d in values["rule_dirs"])
    if values.get("index", {}).get("model_path"):  # likewise
        path = Path(values["index"]["model_path"]).expanduser()
        values["index"] = {**values["index"], "model_path": str((user.path.parent / path).resolve())}
    return values


def _layer(project: _ConfigFile | None, start: Path, chosen: bool
           ) -> tuple[dict, dict, tuple[str, ...], str | None, tuple[str, ...]]:
    """(merged values, sources, refused keys, refusal, limits held) for a project file over the
    user's; ``chosen``: the user named the project file (``--config``), so it speaks for them."""
    user = _user_file()
    user_values = _user_values(user)
    values = project.values if project is not None else {}
    refused: list[str] = []
    refusal = None
    sources = {key_name(k): (str(user.path) if user and _get(user_values, k) is not None else "default")
               for k in (*EGRESS_KEYS, *_RECORDED_KEYS)}
    for key in _RECORDED_KEYS:
        if project is not None and _get(values, key) is not None:
            sources[key_name(key)] = str(project.path)
    if project is not None and not chosen:
        if above_git_root(project.path, start):
            refusal = "above-git-root"
        elif not is_trusted(project.path.resolve(), project.content):
            refusal = "changed" if str(project.path.resolve()) in trusted_files() else "untrusted"
    if refusal is not None:
        values = {table: dict(v) if isinstance(v, dict) else v for table, v in values.items()}
        for key in EGRESS_KEYS:
            value = _get(values, key)
            if value is None:
                continue
            # what only narrows holds: nothing sent, or review "off" / "onRequest" under onSave
            if _LOCAL_VALUES.get(key) == value or (
                    key == ("llm", "review") and _REVIEW_RANK[value] < _REVIEW_RANK[_get(user_values, key)]):
                sources[key_name(key)] = f"{project.path} (narrows only)"
                continue
            del values[key[0]][key[1]]
            refused.append(key_name(key))
    elif project is not None:
        for key in EGRESS_KEYS:
            if _get(values, key) is not None:
                sources[key_name(key)] = str(project.path)
    limited = _tighten(values, user_values) if project is not None and not chosen else ()
    return _merge(user_values, values), sources, tuple(refused), refusal, limited


def load_config(start: Path, explicit: Path | None = None) -> LoadedConfig:
    """The config in effect for ``start``: the nearest project file (or the ``explicit``
    one, which the user named and so trusts) over the user config file."""
    return load_file(explicit or find_config_file(start), start, chosen=explicit is not None)


def load_file(path: Path | None, start: Path, *, chosen: bool = False) -> LoadedConfig:
    """The project file ``path`` (None: none) in effect for ``start``, over the user config
    file, its egress keys kept only when ``chosen`` or trusted; defaults when neither."""
    if path is not None and not chosen:
        _one_file_per_directory(path)
    project = _parse_file(path) if path is not None else None
    values, sources, refused, refusal, limited = _layer(project, start, chosen)
    try:
        settings = PostilConfig.model_validate(values) if values else PostilConfig.model_construct()
    except SchemaError as exc:  # each file was valid alone: only their combination can fail
        raise ConfigError(_describe(exc, project.path if project else user_config_path(), "merged")) from None
    user_path = _user_config()
    user_values = _user_values(_user_file())
    user_paths = tuple(user_values.get("rule_dirs", ()))
    if project is not None:
        return LoadedConfig(settings=settings, path=path, root=path.parent.resolve(), sources=sources,
                            refused=refused, refusal=refusal, limited=limited, user_path=user_path,
                            user_paths=user_paths)
    return LoadedConfig(settings=settings, path=None, root=_directory(start), sources=sources, user_path=user_path,
                        user_paths=user_paths)


def _one_file_per_directory(path: Path) -> None:
    """ConfigError when a discovered ``.postil.toml`` has a ``pyproject.toml`` with
    ``[tool.postil]`` beside it: only one would be read, so neither is (nothing is merged)."""
    pyproject = path.parent / "pyproject.toml"
    if path.name == ".postil.toml" and _is_file(pyproject) and "[tool.postil" in _read_quietly(pyproject):
        raise ConfigError(f"{path} and {pyproject} ([tool.postil]) both configure postil in one directory; "
                          "keep the settings in one of them (move the keys over and delete the other)")


def llm_refusal(path: Path) -> str | None:
    """Why no model may see ``path`` by the config files at or above it: one of them has
    ``llm.review = "off"`` or an ``llm.exclude`` matching it. These only narrow what is
    sent, so every such file counts, nested or not, trusted or not."""
    path = path.resolve()
    directory = path.parent
    while True:
        found = _find_for_directory(directory)
        if found is None:
            return None
        try:
            parsed = _parse_file(found)
        except ConfigError:
            parsed = None
        if parsed is not None:
            llm = parsed.settings.llm
            if llm.review == "off":
                return f"llm.review is off in {found}"
            if llm.exclude and _spec(llm.exclude).match_file(
                    path.relative_to(found.parent.resolve()).as_posix()):
                return f"excluded by llm.exclude in {found}"
        if found.parent.resolve() == found.parent.resolve().parent:
            return None
        directory = found.parent.resolve().parent


@lru_cache(maxsize=64)
def _spec(patterns: tuple[str, ...]):
    from postil.core.walk import gitignore_spec

    return gitignore_spec(list(patterns))


def clear_config_cache() -> None:
    """Forget which config file applies where (after files were added or removed)."""
    _find_for_directory.cache_clear()
    git_root.cache_clear()


@dataclass
class ConfigOverrides:
    """Command-line or editor settings layered over the project file."""

    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    extra: dict = field(default_factory=dict)
    source: str = "--{key}"  # how a problem names where a value came from ({key}: select or ignore)

    def apply(self, config: PostilConfig) -> PostilConfig:
        update: dict = dict(self.extra)
        if self.select is not None:
            update["select"] = self.select
        if self.ignore:
            update["ignore"] = tuple(config.ignore) + tuple(self.ignore)
        if self.fail_on is not None:
            update["fail_on"] = self.fail_on
        return config.model_copy(update=update) if update else config
