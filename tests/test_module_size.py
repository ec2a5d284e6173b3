"""No module of postil is over 600 lines (issue 35: one idea per file, split by idea long
before this): the check names every file over the limit and its length."""

from __future__ import annotations

from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "postil"
LIMIT = 600


def test_no_module_in_postil_is_over_600_lines():
    lengths = {path.relative_to(PACKAGE.parent).as_posix(): len(path.read_text(encoding="utf-8").splitlines())
               for path in PACKAGE.rglob("*.py")}
    assert len(lengths) > 100  # the package itself, not an empty folder
    over = sorted((n, path) for path, n in lengths.items() if n > LIMIT)
    assert not over, f"over {LIMIT} lines (split them by idea): " + ", ".join(f"{p} ({n})" for n, p in over)
