"""Every editor setting of the server, in one typed model.

Settings arrive as ``initializationOptions`` (flat, or under ``settings`` or
``postil``), from ``workspace/configuration`` (section ``postil``) and from
``workspace/didChangeConfiguration``. Keys are camelCase as editors send them;
snake_case is accepted too. A bad value is reported and the default kept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields, replace
from typing import Any

RUN_MODES = ("onType", "onSave")
LOG_LEVELS = ("error", "warning", "info", "debug")
PREFERENCES = ("filesystemFirst", "editorFirst", "editorOnly")


def _snake(name: str) -> str:
    return re.sub(r"(?<!^)(?=[A-Z])", "_", name).lower()


@dataclass(frozen=True)
class Settings:
    """Editor-side settings (project files win by default, see ``configuration_preference``)."""

    enable: bool = True
    run: str = "onType"  # onType | onSave
    # Delay after a keystroke before checking (onType). None: none while checks of the
    # document are fast; a slow document waits as long as its last check took (≤ 250 ms).
    debounce_ms: int | None = None
    log_level: str = "info"  # error | warning | info | debug
    log_file: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    # filesystemFirst: editor select/ignore only for files without a project config;
    # editorFirst: editor select/ignore layered over project config; editorOnly: project config ignored.
    configuration_preference: str = "filesystemFirst"
    max_document_lines: int = 200_000
    # Not a user setting: false when the editor's window is untrusted (VS Code's Restricted Mode).
    # Then nothing leaves the machine: no LLM review and no index, whatever any config file says.
    trusted: bool = True
    extra: dict = field(default_factory=dict)  # unknown keys, kept for showStatus

    @classmethod
    def parse(cls, raw: Any, base: Settings | None = None) -> tuple[Settings, list[str]]:
        """Settings from an editor's JSON, layered over ``base``; plus problems found."""
        base = base or cls()
        problems: list[str] = []
        if raw is None:
            return base, problems
        if not isinstance(raw, dict):
            return base, [f"settings must be an object, got {type(raw).__name__}"]
        for wrapper in ("settings", "postil"):
            if isinstance(raw.get(wrapper), dict) and len(raw) == 1:
                raw = raw[wrapper]
        known = {f.name for f in fields(cls)} - {"extra"}
        update: dict[str, Any] = {}
        extra = dict(base.extra)
        for key, value in raw.items():
            name = _snake(key)
            if name not in known:
                extra[key] = value
                continue
            try:
                update[name] = _validate(name, value)
            except ValueError as exc:
                problems.append(f"setting postil.{key}: {exc}")
        return replace(base, extra=extra, **update), problems


def _ids(value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [part for part in re.split(r"[,\s]+", value) if part]
    if not isinstance(value, (list, tuple)) or not all(isinstance(v, str) for v in value):
        raise ValueError("expected a list of rule ids")
    return tuple(value)


def _validate(name: str, value: Any) -> Any:
    if name in ("enable", "trusted"):
        if not isinstance(value, bool):
            raise ValueError(f"expected true or false (got {value!r})")
        return value
    if name == "run":
        if value not in RUN_MODES:
            raise ValueError(f"expected one of {', '.join(RUN_MODES)} (got {value!r})")
        return value
    if name == "debounce_ms" and value is None:
        return None
    if name in ("debounce_ms", "max_document_lines"):
        if isinstance(value, bool) or not isinstance(value, int) or value < 0:
            raise ValueError(f"expected a non-negative integer (got {value!r})")
        return value
    if name == "log_level":
        level = "warning" if value == "warn" else value
        if level not in LOG_LEVELS:
            raise ValueError(f"expected one of {', '.join(LOG_LEVELS)} (got {value!r})")
        return level
    if name == "log_file":
        if value is not None and not isinstance(value, str):
            raise ValueError(f"expected a path (got {value!r})")
        return value or None
    if name == "select":
        return None if value is None else _ids(value)
    if name == "ignore":
        return _ids(value or ())
    if name == "configuration_preference":
        if value not in PREFERENCES:
            raise ValueError(f"expected one of {', '.join(PREFERENCES)} (got {value!r})")
        return value
    return value
