"""Rules-only `postil review --staged` of a 20-file change in a large repository.

Makes a git repository from SQLAlchemy 2.0.36's sdist (about 650 files, 600k
lines) in a temp dir, commits it, edits 20 Python modules (a changed line near
the top, an added function near the middle, a line appended at the end; some
edits carry a finding) and stages them. Then measures the whole-process wall
time of `python -m postil review --staged --no-llm` (median of 5 after one
warm-up run; target ≤1.5 s) and checks with `python -X importtime` that
chromadb, openai and anthropic are not imported.

``--whole``: the library's lib/ staged as one commit instead (a vendored tree, a first commit):
the user+sys CPU seconds and peak memory of `postil review --staged` beside `postil check
--no-cache lib` of the same files, medians of 3 alternated; the same findings expected.

Usage: python bench/staged_review.py [SQLALCHEMY_SDIST_DIR] [--whole]
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


def cost(command: list[str], cwd: Path) -> tuple[float, int, str]:
    """User+sys CPU seconds (its children's too) and peak resident KB of one run of ``command``,
    and its output."""
    env = {k: v for k, v in GIT_ENV.items() if k != "PYTHONDONTWRITEBYTECODE"}
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    out = proc.stdout.read()
    proc.stdout.close()
    _, _, usage = os.wait4(proc.pid, 0)
    proc.returncode = 0  # (reaped by wait4)
    return usage.ru_utime + usage.ru_stime, usage.ru_maxrss, out


def whole(source: Path) -> None:
    """``--whole``: lib/ staged as one commit, reviewed beside a check of it."""
    import statistics

    with tempfile.TemporaryDirectory(prefix="postil-staged-whole-") as tmp:
        repo = Path(tmp) / "sqlalchemy"
        shutil.copytree(source / "lib", repo / "lib")
        git(repo, "init", "-q", "-b", "main")
        git(repo, "add", "-A")
        staged = len(git(repo, "diff", "--cached", "--name-only").splitlines())
        review = [sys.executable, "-P", "-m", "postil", "review", "--staged", "--no-llm", "--all-lines", "--format", "json"]
        check = [sys.executable, "-P", "-m", "postil", "check", "--no-cache", "--format", "json", "lib"]
        runs: dict[str, list[tuple[float, int]]] = {"review": [], "check": []}
        found: dict[str, set] = {}
        for _ in range(3):
            for name, command in (("review", review), ("check", check)):
                cpu, rss, out = cost(command, repo)
                runs[name].append((cpu, rss))
                found[name] = {(f["path"], f["line"], f["rule"]) for f in json.loads(out)["findings"]}
    cpu = {name: statistics.median(c for c, _ in values) for name, values in runs.items()}
    rss = {name: statistics.median(r for _, r in values) for name, values in runs.items()}
    print(f"machine: {machine()}")
    print(f"{source.name} lib/ staged as one commit: {staged} files")
    print(f"`postil review --staged --all-lines`: median {cpu['review']:.2f} s CPU, {rss['review'] / 1024:.0f} MB peak "
          f"(runs: {', '.join(f'{c:.2f}' for c, _ in runs['review'])}); {len(found['review'])} findings")
    print(f"`postil check --no-cache lib`:        median {cpu['check']:.2f} s CPU, {rss['check'] / 1024:.0f} MB peak "
          f"(runs: {', '.join(f'{c:.2f}' for c, _ in runs['check'])}); {len(found['check'])} findings")
    print(f"CPU ratio review/check: {cpu['review'] / cpu['check']:.2f}; the same findings: "
          f"{'yes' if found['review'] == found['check'] else 'NO'}")
    record(staged_files=staged, review_cpu_s=cpu["review"], check_cpu_s=cpu["check"], review_peak_kb=rss["review"],
           check_peak_kb=rss["check"], same_findings=found["review"] == found["check"])


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser()
    parser.add_argument("sdist", nargs="?")
    parser.add_argument("--whole", action="store_true", help="lib/ staged as one commit, beside a check of it")
    add_json_option(parser)
    args = parser.parse_args()
    source = sdist_dir(args.sdist)
    if args.whole:
        whole(source)
        write_json(args.json)
        return
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
