"""The results cache keys a check on the bytes of the project's rule files (``rule-dirs``) and of its
``gitleaks-rules`` file, and read each up to 1 GB for that: a checkout's sparse 900 MB `rules/big.yml`
made every `postil check` of 22 files read 944 MB and peak at 955 MB RSS, though the rule loader
refuses any rule file over 1 MB. The key now reads what the loaders read (over their limit, the
size stands in: the file is refused with the reason either way). Real files, the real CLI in process
with the results cache on."""

from __future__ import annotations

import tracemalloc
from pathlib import Path

import pytest

from postil.cli import main
from postil.result_cache.check import MIN_FILES

pytestmark = pytest.mark.slow  # a whole check under tracemalloc

SPARSE = 256 << 20  # (a sparse file: no disk written)


def _sparse(path: Path, head: bytes) -> None:
    with open(path, "wb") as out:
        out.write(head)
        out.truncate(SPARSE)


@pytest.fixture
def checkout(tmp_path: Path, monkeypatch) -> Path:
    (tmp_path / ".git").mkdir()
    (tmp_path / "rules").mkdir()
    (tmp_path / ".postil.toml").write_text('rule-dirs = ["rules"]\ngitleaks-rules = "gitleaks.toml"\n')
    _sparse(tmp_path / "rules" / "big.yml", b"id: big\n")
    _sparse(tmp_path / "gitleaks.toml", b"title = 'big'\n")
    for i in range(MIN_FILES + 2):
        (tmp_path / f"m{i}.py").write_text(f"def f{i}(a, b):\n    return a + b\n")
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("POSTIL_NO_CACHE", raising=False)
    return tmp_path


def test_huge_rule_files_are_not_read_whole_for_the_cache_key(checkout: Path, capsys):
    tracemalloc.start()
    try:
        code = main(["check", "--exit-zero", "."])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    err = capsys.readouterr().err
    assert code == 0
    assert "big.yml" in err and "larger than the limit for rule files" in err  # refused, with the reason
    assert "gitleaks.toml" in err and "larger than the limit for TOML files" in err
    assert peak < SPARSE // 4, f"peak {peak:,} bytes"  # main: 2 x 256 MB held while hashing
