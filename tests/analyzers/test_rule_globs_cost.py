"""A repository's rule set of more than 1,024 rules with distinct ``files:`` globs compiles each
rule's globs once for the check, not once for every file: past the glob cache's 1,024 entries
every rule's globs were compiled again for each file checked. The globs still choose the files."""

from __future__ import annotations

from pathlib import Path

import postil.core.path_globs as path_globs
from postil.analyzers.checker import Checker
from postil.config.loaded import LoadedConfig
from postil.config.model import PostilConfig

CODE = "def run(code):\n    eval(code)\n"
RULES = 1_500
FILES = 12


def rule(n: int, glob: str) -> str:
    return f"id: repo/eval-{n}\nlanguage: python\nmessage: eval\nrule: {{pattern: 'eval($X)'}}\nfiles: ['{glob}']\n"


def test_over_a_thousand_rules_with_distinct_files_globs_compile_once_and_still_choose_files(tmp_path: Path,
                                                                                             monkeypatch):
    (tmp_path / ".git").mkdir()
    (tmp_path / "rules").mkdir()
    documents = [rule(n, f"gen/*a*a*a*b{n}/*") for n in range(RULES - 1)] + [rule(RULES, "chosen/*")]
    (tmp_path / "rules" / "many.yml").write_text("---\n".join(documents))
    checker = Checker(LoadedConfig(PostilConfig.model_validate({"rule-dirs": ["rules"], "builtin-rules": False}),
                                   tmp_path / ".postil.toml", tmp_path))
    translated = []
    real = path_globs.translate
    monkeypatch.setattr(path_globs, "translate", lambda glob: translated.append(glob) or real(glob))
    found = {}
    for folder in ("src", "chosen"):
        for n in range(FILES // 2):
            path = tmp_path / folder / f"m{n}.py"
            path.parent.mkdir(exist_ok=True)
            path.write_text(CODE)
            found[f"{folder}/m{n}.py"] = [f.rule for f in checker.check_text(path, CODE)]
    assert not checker.rule_errors, checker.rule_errors[:3]
    assert all(found[f"src/m{n}.py"] == [] for n in range(FILES // 2)), found
    assert all(found[f"chosen/m{n}.py"] == [f"repo/eval-{RULES}"] for n in range(FILES // 2)), found
    assert len(translated) <= 2 * RULES + 100, f"{len(translated):,} globs compiled for {FILES} files"
