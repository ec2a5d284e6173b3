"""Rules-only `postil review --staged` of a 20-file change in a large repository.

Makes a git repository from SQLAlchemy 2.0.36's sdist (about 650 files, 600k
lines) in a temp dir, commits it, edits 20 Python modules (a changed line near
the top, an added function near the middle, a line appended at the end; some
edits carry a finding) and stages them. Then measures the whole-process wall
time of `python -m postil review --staged --no-llm` (median of 5 after one
warm-up run; target ≤1.5 s) and checks with `python -X importtime` that
chromadb, openai and anthropic are not imported.

Usage: python bench/staged_review.py [SQLALCHEMY_SDIST_DIR]
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import add_json_option, machine, median_time, record, write_json

DEFAULT_SDIST = Path("/work/benchdata/sqlalchemy-2.0.36")
CHANGED_FILES = 20
REPEAT = 5
TARGET_SECONDS = 1.5
HEAVY = ("chromadb", "openai", "anthropic")
GIT_ENV = {**os.environ, "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", *args], cwd=repo, check=True, capture_output=True, text=True, env=GIT_ENV).stdout


def sdist_dir(given: str | None = None) -> Path:
    if given:
        return Path(given)
    if DEFAULT_SDIST.is_dir():
        return DEFAULT_SDIST
    from _common import sdist

    return sdist("sqlalchemy", "2.0.36")


def make_change(repo: Path) -> list[str]:
    """Edit and stage 20 modules; returns their paths."""
    modules = sorted(p for p in (repo / "lib" / "sqlalchemy").rglob("*.py") if p.stat().st_size > 20_000)
    step = max(1, len(modules) // CHANGED_FILES)
    chosen = modules[::step][:CHANGED_FILES]
    for i, path in enumerate(chosen):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        middle = len(lines) // 2
        while middle < len(lines) and not lines[middle].startswith(("def ", "class ", "@")):
            middle += 1  # insert before a top-level definition, never inside a string or a body
        added = [
            "\n",
            f"def _bench_helper_{i}(value):\n",
            "    if value == None:\n" if i % 2 else "    if value is None:\n",
            "        return 0\n",
            f"    return len(value) + {i}\n",
            "\n",
        ]
        lines[middle:middle] = added
        lines.append(f"_BENCH_MARKER_{i} = {i}\n")
        path.write_text("".join(lines), encoding="utf-8")
    git(repo, "add", "--", *[str(p.relative_to(repo)) for p in chosen])
    return [str(p.relative_to(repo)) for p in chosen]


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("sdist", nargs="?")
    add_json_option(parser)
    args = parser.parse_args()
    source = sdist_dir(args.sdist)
    with tempfile.TemporaryDirectory(prefix="postil-staged-bench-") as tmp:
        repo = Path(tmp) / "sqlalchemy"
        shutil.copytree(source, repo)
        git(repo, "init", "-q", "-b", "main")
        git(repo, "config", "user.name", "Bench")
        git(repo, "config", "user.email", "bench@example.com")
        git(repo, "add", "-A")
        git(repo, "commit", "-q", "--no-verify", "-m", "sqlalchemy 2.0.36")
        tracked = len(git(repo, "ls-files").splitlines())
        changed = make_change(repo)
        staged_stat = git(repo, "diff", "--cached", "--shortstat").strip()

        command = [sys.executable, "-P", "-m", "postil", "review", "--staged", "--no-llm", "--format", "json"]
        warm = subprocess.run(command, check=False, cwd=repo, capture_output=True, text=True, env=GIT_ENV)
        report = json.loads(warm.stdout)
        coverage = report["summary"]["coverage"]
        median, runs = median_time(command, REPEAT, cwd=repo)

        importtime = subprocess.run([sys.executable, "-X", "importtime", *command[1:]], check=False, cwd=repo,
                                    capture_output=True, text=True, env=GIT_ENV)
        imported = {line.split("|")[-1].strip().split(".")[0] for line in importtime.stderr.splitlines()
                    if line.startswith("import time:")}
        heavy_imported = [name for name in HEAVY if name in imported]

    print(f"machine: {machine()}")
    print(f"repository: {source.name}, {tracked} tracked files; change: {len(changed)} files ({staged_stat})")
    print(f"reviewed: {coverage['files_reviewed']} files, {coverage['hunks_reviewed']} hunks; "
          f"skipped {len(coverage['skipped'])}; findings on changed lines: {len(report['findings'])} "
          f"(expected {CHANGED_FILES // 2}; exit {warm.returncode})")
    print(f"`postil review --staged --no-llm` wall time: median {median:.3f} s of {REPEAT} "
          f"(runs: {', '.join(f'{r:.3f}' for r in runs)}); target ≤{TARGET_SECONDS} s: "
          f"{'PASS' if median <= TARGET_SECONDS else 'FAIL'}")
    print(f"heavy imports (chromadb/openai/anthropic): {', '.join(heavy_imported) or 'none'}: "
          f"{'PASS' if not heavy_imported else 'FAIL'}")
    record(tracked_files=tracked, changed_files=len(changed), findings=len(report["findings"]), median_s=median,
           runs_s=runs, target_s=TARGET_SECONDS, heavy_imports=heavy_imported)
    write_json(args.json)


if __name__ == "__main__":
    main()
