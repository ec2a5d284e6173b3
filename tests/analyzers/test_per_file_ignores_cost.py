"""A project config of thousands of ``per-file-ignores`` keys (a repository's, under the
config size limit) compiles each key once for the check, not once for every file: past the
glob cache's 1,024 entries every key was compiled again for each file checked (3,000 keys:
~0.75 s a file; a 1,000-file tree took minutes). The keys still apply."""

from __future__ import annotations

from pathlib import Path

import postil.core.path_globs as path_globs
from postil.analyzers.checker import Checker
from postil.config.loaded import LoadedConfig
from postil.config.model import PostilConfig

BAD = "def f(x):\n    return x == None\n"
RULE = "python/correctness/none-equality-comparison"
KEYS = 3_000
FILES = 12


def test_thousands_of_per_file_ignores_are_compiled_once_and_still_apply(tmp_path: Path, monkeypatch):
    (tmp_path / ".git").mkdir()
    ignores = {f"gen/*a*a*a*b{i}/*": [RULE] for i in range(KEYS - 1)} | {"ignored/*": [RULE]}
    checker = Checker(LoadedConfig(PostilConfig.model_validate({"per-file-ignores": ignores}),
                                   tmp_path / "pyproject.toml", tmp_path))
    translated = []
    real = path_globs.translate
    monkeypatch.setattr(path_globs, "translate", lambda glob: translated.append(glob) or real(glob))
    found = {}
    for folder in ("src", "ignored"):
        for n in range(FILES // 2):
            path = tmp_path / folder / f"m{n}.py"
            path.parent.mkdir(exist_ok=True)
            path.write_text(BAD)
            found[f"{folder}/m{n}.py"] = [f.rule for f in checker.check_text(path, BAD)]
    assert all(found[f"src/m{n}.py"] == [RULE] for n in range(FILES // 2)), found
    assert all(found[f"ignored/m{n}.py"] == [] for n in range(FILES // 2)), found
    assert len(translated) <= 2 * KEYS + 100, f"{len(translated):,} globs compiled for {FILES} files"
