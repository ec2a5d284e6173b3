"""Start-up (issue 34): the bundled secrets.toml is parsed once per content and kept in the
user's cache; a later run builds the same detectors from the kept data without tomllib, and a
damaged entry is parsed again (a miss, never an error)."""

from __future__ import annotations

import tomllib

from postil.analyzers.rules import secret_formats
from postil.core import usercache


def built(monkeypatch) -> tuple[list, int]:
    """(the bundled rules and detectors as comparable tuples, how many times TOML was parsed)."""
    parsed, loads = [], tomllib.loads
    monkeypatch.setattr(tomllib, "loads", lambda text: parsed.append(1) or loads(text))  # imported where used
    secret_formats._builtin.cache_clear()
    rules, detectors = secret_formats._builtin()
    shape = [(r.id, r.message, r.severity) for r in rules] + [(d.rule, d.anchors, d.group, d.max_len) for d in detectors]
    return shape, len(parsed)


def test_the_second_run_builds_the_same_detectors_without_parsing_toml(monkeypatch, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    first, parsed_first = built(monkeypatch)
    second, parsed_second = built(monkeypatch)
    assert (parsed_first, parsed_second) == (1, 0)
    assert second == first and len(first) > 50
    (entry,) = (tmp_path / "postil" / "secrets-toml").glob("*.json")
    entry.write_text('{"rules": "damaged"}')
    third, parsed_third = built(monkeypatch)
    assert third == first and parsed_third == 1
    secret_formats._builtin.cache_clear()
