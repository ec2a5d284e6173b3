"""A long file's rules are narrowed to the names it holds (bound_names): a config made for that file.
Each went into the searches' caches, which are kept for the rules' own configs: the one kept by
content grew with every long file checked (100 koa-send files: 261 entries, 1.7 MB of keys, in a
server session without end), the others emptied themselves at 20,000 entries, taking the rules'
own configs with them, so a tree past that derived them again and again. The caches now keep what
is in use (core.generations): bounded, the rules' configs staying, the files' passing out."""

from __future__ import annotations

from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.analyzers.rules import search
from postil.config.loaded import LoadedConfig
from postil.config.model import PostilConfig
from postil.core.generations import Generations

pytestmark = pytest.mark.slow  # (two dozen long files checked twice: seconds of CPU)

SMALL = 40  # entries a generation (the real one: search.KEPT)


def long_handler(k: int) -> str:  # over 16 KB: its rules are narrowed to its own names
    return ("const Koa = require('koa');\nconst send = require('koa-send');\nconst app = new Koa();\n"
            "app.use(async (ctx) => {\n  const p = ctx.query.p;\n"
            + "".join(f"  helper_{k}_{i}(ctx, 1);\n" for i in range(700)) + "  await send(ctx, p);\n});\n")


def _check_all(root: Path, files: int) -> list[set]:
    root.mkdir()
    checker = Checker(LoadedConfig(PostilConfig(), None, root))
    found = []
    for k in range(files):
        path = root / f"f{k}.js"
        path.write_text(long_handler(k))
        found.append({(f.rule, f.span.start_line) for f in checker.check_file(path).findings})
    return found


def test_configs_made_for_each_long_file_pass_out_of_bounded_caches(tmp_path: Path, monkeypatch):
    unbounded = _check_all(tmp_path / "a", 24)
    assert all(any("tainted-path" in rule for rule, _ in f) for f in unbounded), unbounded  # (the rule narrowed)
    for name in ("_PREPARED", "_BY_CONTENT", "_ALONE"):
        monkeypatch.setattr(search, name, Generations(SMALL))
    bounded = _check_all(tmp_path / "b", 24)
    assert bounded == unbounded  # the same findings however small the caches
    for name in ("_PREPARED", "_BY_CONTENT", "_ALONE"):
        assert getattr(search, name).kept() <= 2 * SMALL, name


def test_what_is_asked_every_round_stays_and_the_rest_passes_out():
    cache: Generations[str, int] = Generations(3)
    cache.put("rule", 1)
    for k in range(100):  # a file's own entries, the rule's asked at every file
        cache.put(f"file{k}", k)
        assert (cache.young.get("rule") or cache.recall("rule")) == 1
    assert cache.kept() <= 6
    assert cache.recall("file0") is None and cache.young.get("file99") == 99
