"""A repository config naming thousands of rules that do not exist (``select``, ``severity``,
``per-file-ignores``): ``postil check`` said every one on one line (3,000 selectors: ~200 KB
of stderr, one fuzzy match against every rule id each), and a rule file of thousands of
broken rules one line each (~550 KB). Now the first few are named, each with its file and key
(or rule), then how many more under which keys (in which files); the good entries and rules
still apply."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from postil.analyzers.checker import Checker
from postil.config.files import parse_config

pytestmark = pytest.mark.slow  # the hardening suite: subprocesses on hostile inputs

BAD = 1_500
FINDING = "def f(x):\n    return x == None\n"
RULE = "python/correctness/none-equality-comparison"


def config(root: Path) -> Path:
    lines = ["[severity]", f'"{RULE}" = "error"', *(f'"nosuch/rule-{i}" = "info"' for i in range(BAD)),
             "[per-file-ignores]", '"quiet/*" = ["python/correctness"]',
             *(f'"gen{i}/*" = ["nosuch/other-{i}"]' for i in range(BAD))]
    (root / ".postil.toml").write_text("\n".join(lines) + "\n")
    return root / ".postil.toml"


def postil_check(root: Path) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("POSTIL_")}
    return subprocess.run([sys.executable, "-P", "-m", "postil", "check", "."], cwd=root, capture_output=True,
                          text=True, env=env, timeout=120, check=False)


def test_thousands_of_unknown_selectors_are_named_a_few_then_counted(tmp_path: Path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    path = config(tmp_path)
    (tmp_path / "app.py").write_text(FINDING)
    done = postil_check(tmp_path)
    assert done.returncode == 2 and "Traceback" not in done.stderr, done.stderr[:2000]
    assert len(done.stderr) < 5_000, f"{len(done.stderr):,} characters of stderr"
    assert f"{path}: severity: 'nosuch/rule-0' matches no rule" in done.stderr
    assert f"and {2 * BAD - 20:,} more that match no rule" in done.stderr, done.stderr
    assert f"{path}: severity ({BAD - 20:,})" in done.stderr and f"{path}: per-file-ignores ({BAD:,})" in done.stderr


def test_the_good_entries_beside_them_still_apply(tmp_path: Path):
    (tmp_path / ".git").mkdir()
    checker = Checker(parse_config(config(tmp_path)))
    assert len(checker.config_problems) == 21  # twenty named, then the count
    for folder, expected in (("src", ["ERROR"]), ("quiet", [])):
        path = tmp_path / folder / "m.py"
        path.parent.mkdir()
        path.write_text(FINDING)
        assert [f.severity.name for f in checker.check_text(path, FINDING) if f.rule == RULE] == expected


def test_thousands_of_broken_rules_are_named_a_few_then_counted_and_the_good_one_runs(tmp_path: Path):
    subprocess.run(["git", "init", "-q", str(tmp_path)], check=True)
    (tmp_path / "rules").mkdir()
    broken = [f"id: repo/broken-{i}\nlanguage: python\nmessage: m\nrule: {{pattern: [}}\n" for i in range(BAD)]
    good = "id: repo/eval\nlanguage: python\nmessage: eval\nrule: {pattern: 'eval($X)'}\n"
    (tmp_path / "rules" / "many.yml").write_text("---\n".join([good, *broken]))
    (tmp_path / ".postil.toml").write_text('rule-dirs = ["rules"]\n')
    (tmp_path / "app.py").write_text("def run(code):\n    eval(code)\n")
    done = postil_check(tmp_path)
    assert done.returncode == 1 and "repo/eval" in done.stdout and "Traceback" not in done.stderr, done.stderr[:2000]
    assert len(done.stderr) < 10_000, f"{len(done.stderr):,} characters of stderr"
    assert done.stderr.count("postil: invalid rule skipped: ") == 20
    assert f"and {BAD - 20:,} more invalid rules skipped: {tmp_path / 'rules' / 'many.yml'} ({BAD - 20:,})" \
        in done.stderr, done.stderr[-1000:]
