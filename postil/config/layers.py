"""The one place settings are layered: the user's config file < the project's config file <
the editor's settings (or the command line), with the trust rule between them.

A project file's egress keys (``EGRESS_KEYS``: whether and where code or keys leave the machine)
count only once the user trusted it (``postil trust``) or named it (``--config``); a file above
the git root never sets them. An untrusted file's other keys apply, and so do the keys that only
narrow what is sent (``exclude`` lists, ``llm.review`` towards "off"). Limits (``LIMIT_KEYS``)
from any project file only tighten the user's, and prices come only from the user
(``USER_ONLY_KEYS``). Editor settings go over both, project files winning over them unless
``configurationPreference`` says otherwise; the ``POSTIL_LLM_*`` environment goes over all
(``postil.config.environment``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from postil.config.files import (
    ConfigFile,
    above_git_root,
    describe,
    find_config_file,
    one_file_per_directory,
    parse_file,
    start_directory,
    user_config_file,
    user_file,
)
from postil.config.loaded import LoadedConfig
from postil.config.model import (
    ConfigError,
    IndexConfig,
    LLMConfig,
    PostilConfig,
    key_name,
)
from postil.core.schema import SchemaError
from postil.trust_store import is_trusted, trusted_files, user_config_path

if TYPE_CHECKING:  # the editor's model is imported by the server, not by a command reading a config file
    from postil.config.editor import EditorIndexSettings, EditorLLMSettings, Settings

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
    ("max_files",): "lower",
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
    return _get(_user_values(user_file()), key)


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


def _user_values(user: ConfigFile | None) -> dict:
    if user is None:
        return {}
    values = user.values
    if "rule_dirs" in values:  # relative to the user's config directory, not the project
        values["rule_dirs"] = tuple(str((user.path.parent / d).resolve()) for d in values["rule_dirs"])
    if values.get("index", {}).get("model_path"):  # likewise
        path = Path(values["index"]["model_path"]).expanduser()
        values["index"] = {**values["index"], "model_path": str((user.path.parent / path).resolve())}
    return values


def _layer(project: ConfigFile | None, start: Path, chosen: bool
           ) -> tuple[dict, dict, tuple[str, ...], str | None, tuple[str, ...]]:
    """(merged values, sources, refused keys, refusal, limits held) for a project file over the
    user's; ``chosen``: the user named the project file (``--config``), so it speaks for them."""
    user = user_file()
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
        one_file_per_directory(path)
    project = parse_file(path) if path is not None else None
    values, sources, refused, refusal, limited = _layer(project, start, chosen)
    try:
        settings = PostilConfig.model_validate(values) if values else PostilConfig.model_construct()
    except SchemaError as exc:  # each file was valid alone: only their combination can fail
        raise ConfigError(describe(exc, project.path if project else user_config_path(), "merged")) from None
    user_path = user_config_file()
    user_values = _user_values(user_file())
    user_paths = tuple(user_values.get("rule_dirs", ()))
    if project is not None:
        return LoadedConfig(settings=settings, path=path, root=path.parent.resolve(), sources=sources,
                            refused=refused, refusal=refusal, limited=limited, user_path=user_path,
                            user_paths=user_paths)
    return LoadedConfig(settings=settings, path=None, root=start_directory(start), sources=sources, user_path=user_path,
                        user_paths=user_paths)



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

def editor_rules(settings: Settings) -> ConfigOverrides:
    """The editor's ``select`` / ``ignore``, as overrides of the project file's."""
    return ConfigOverrides(select=settings.select, ignore=settings.ignore, source="editor setting postil.{key}")


def editor_rules_apply(loaded: LoadedConfig, preference: str) -> bool:
    """Whether the editor's ``select`` / ``ignore`` go over ``loaded``: always without a project
    file, else unless ``configurationPreference`` is filesystemFirst (the project file wins)."""
    return loaded.path is None or preference != "filesystemFirst"


def editor_llm(loaded: LoadedConfig, editor: EditorLLMSettings, preference: str) -> tuple[LLMConfig, dict]:
    """(LLMConfig, sources): the editor's settings over the user config file and the
    defaults, under what a trusted project file set (unless configurationPreference is
    editorFirst / editorOnly). A project file's ``review`` that only narrows always holds."""
    from postil.config.editor import OLLAMA_URL

    config, sources = loaded.settings.llm, dict(loaded.sources)
    update = {}
    base_url = editor.base_url or (OLLAMA_URL if editor.ollama else None)
    for name, value in (("provider", editor.provider), ("model", editor.model), ("base_url", base_url),
                        ("review", editor.review)):
        key = key_name(("llm", name))
        source = sources.get(key, "default")
        if value is None or source.endswith("(narrows only)"):
            continue
        if preference in ("editorFirst", "editorOnly") or loaded.path is None or source != str(loaded.path):
            update[name] = value
            sources[key] = "editor settings"
    return (config.model_copy(update=update) if update else config), sources


def editor_index(editor: EditorIndexSettings) -> dict:
    """The editor's ``index`` settings that go over every config file's (keyword arguments of
    ``WorkspaceIndex.from_config``); the editor's ``exclude`` is not one of them: it adds to the files'."""
    given = {"embeddings": editor.embeddings, "model": editor.model, "base_url": editor.base_url,
             "chroma_url": editor.chroma_url, "max_file_size": editor.max_file_size, "model_path": editor.model_path,
             "model_source": "the editor's setting index.modelPath" if editor.model_path else None}
    return {name: value for name, value in given.items() if value is not None}
