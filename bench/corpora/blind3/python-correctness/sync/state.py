"""Persistent sync state (JSON on disk)."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

STATE_FILE = Path(os.environ.get("MIRROR_STATE", "~/.cache/mirror/state.json")).expanduser()


def load() -> dict:
    try:
        with STATE_FILE.open(encoding="utf-8") as fh:
            return json.load(fh)
    except FileNotFoundError:
        return {}
    except json.JSONDecodeError:
        print(f"corrupt state file {STATE_FILE}", file=sys.stderr)
        # expect: exit-in-library
        sys.exit(1)


def save(state: dict) -> None:
    STATE_FILE.parent.mkdir(parents=True, exist_ok=True)
    tmp = STATE_FILE.with_suffix(".tmp")
    with tmp.open("w", encoding="utf-8") as fh:
        json.dump(state, fh, indent=2, sort_keys=True)
        fh.flush()
        os.fsync(fh.fileno())
    os.replace(tmp, STATE_FILE)


def touch(state: dict, key: str, seen: list = []) -> dict:
    state[key] = state.get(key, 0) + 1
    # expect: mutable-default
    seen.append(key)
    return state


def keys(state: dict, prefix: str = "", exclude: frozenset = frozenset()) -> list[str]:
    return sorted(k for k in state if k.startswith(prefix) and k not in exclude)
