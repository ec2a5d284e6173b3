"""Where a bulk scan's ast-grep instructions go on a tree: parsing, the documents sent to every
file (one by one) and the documents narrowed to some files.

`postil check TREE` runs with its bulk scan's rules files and command kept; each ast-grep run is
then repeated on one thread under valgrind (cachegrind, no cache simulation): all documents,
parsing alone (a document per language that tries only the root and matches nothing), all but
those sent to every file, and each of those alone. Instructions hold on a loaded machine where
CPU seconds do not. A document's own cost is its run's minus parsing's, its compilation
included (the narrowed documents' figure holds most of ast-grep's set-up). ``--every K`` keeps
every K-th file (a run over SQLAlchemy's lib/ is ~20 G instructions, ~1 minute under valgrind
on a quiet machine; each document sent to every file is one more run).
Usage: python bench/bulk_costs.py [TREE] [--every K] [--top N]
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import sdist

_INSTRUCTIONS = re.compile(r"I\s+refs:\s+([\d,]+)")


def kept_runs(tree: Path, into: Path) -> list[Path]:
    """Check ``tree`` as `postil check` does, keeping each ast-grep run's rules files and command
    under ``into`` (one directory a run)."""
    from postil.analyzers.rules import bulk
    from postil.cli import main

    streaming, runs = bulk._run_streaming, []

    def keeping(command, cwd, tmp, *rest):
        run = into / f"run{len(runs)}"
        shutil.copytree(tmp, run, ignore=shutil.ignore_patterns("stderr"))
        (run / "command.json").write_text(json.dumps({"command": command, "cwd": cwd, "tmp": tmp}), encoding="utf-8")
        runs.append(run)
        return streaming(command, cwd, tmp, *rest)

    bulk._run_streaming = keeping
    try:
        main(["check", str(tree), "--format", "json", "--exit-zero", "--no-cache", "--output", os.devnull])
    finally:
        bulk._run_streaming = streaming
    return runs


def documents(run: Path) -> list[dict]:
    """The documents a kept run sent, in order."""
    return [json.loads(part) for rules in sorted(run.glob("rules-*/*.yml"))
            for part in rules.read_text(encoding="utf-8").split("\n---\n")]


def instructions(run: Path, docs: list[dict], every: int, scratch: Path, paths: list[str] | None = None) -> int:
    """ast-grep's instructions for the kept ``run`` with only ``docs``, on every ``every``-th file
    (of ``paths`` if given: file names as the run gave them)."""
    shutil.rmtree(scratch, ignore_errors=True)
    (scratch / "rules").mkdir(parents=True)
    (scratch / "rules" / "rules-0.yml").write_text("\n---\n".join(map(json.dumps, docs)), encoding="utf-8")
    config = (run / next(run.glob("sgconfig-*.yml")).name).read_text(encoding="utf-8")
    (scratch / "sgconfig.yml").write_text(re.sub(r"ruleDirs: \[[^\]]*\]", "ruleDirs: [rules]", config), encoding="utf-8")
    kept = json.loads((run / "command.json").read_text(encoding="utf-8"))
    command = list(kept["command"])
    command[command.index("-c") + 1] = str(scratch / "sgconfig.yml")
    command[command.index("--threads") + 1] = "1"
    start = command.index("--") + 1
    command = command[:start] + (command[start:] if paths is None else paths)[::every]
    done = subprocess.run(["valgrind", "--tool=cachegrind", "--cache-sim=no", "--cachegrind-out-file=/dev/null",
                           *command], cwd=kept["cwd"], capture_output=True, text=True,
                          check=False)  # (ast-grep exits 1 where a rule matched)
    found = _INSTRUCTIONS.search(done.stderr)
    if found is None:
        raise SystemExit(f"valgrind gave no count: {done.stderr[-500:]}")
    return int(found.group(1).replace(",", ""))


def parse_only(language: str) -> dict:
    """A document every file is parsed for and that matches nothing: only the root's kind is tried,
    and a root is no parent's child."""
    from postil.analyzers.rules.loader import empty_root

    return {"id": "parse-only", "language": language, "severity": "warning",
            "rule": {"kind": empty_root(language).kind(), "nthChild": 1}}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("tree", nargs="?", type=Path)
    parser.add_argument("--every", type=int, default=1)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    if shutil.which("valgrind") is None:
        raise SystemExit("valgrind is not installed")
    tree = args.tree or sdist("sqlalchemy", "2.0.36") / "lib"
    with tempfile.TemporaryDirectory(prefix="bulk-costs-") as tmp:
        runs = kept_runs(tree, Path(tmp))
        scratch = Path(tmp) / "scratch"
        for run in runs:
            docs = documents(run)
            everywhere = [d for d in docs if "files" not in d and "ignores" not in d]
            parsing = [parse_only(language) for language in sorted({d["language"] for d in docs})]
            total = instructions(run, docs, args.every, scratch)
            parse = instructions(run, parsing, args.every, scratch)
            narrowed = instructions(run, parsing + [d for d in docs if d not in everywhere], args.every, scratch)
            print(f"{run.name}: {len(docs)} documents, {len(everywhere)} sent to every file; "
                  f"instructions (M): all {total // 10**6:,}, parsing {parse // 10**6:,}, "
                  f"narrowed documents {(narrowed - parse) // 10**6:,}, every-file documents {(total - narrowed) // 10**6:,}")
            own = sorted(((instructions(run, parsing + [d], args.every, scratch) - parse, d["id"]) for d in everywhere),
                         reverse=True)
            for cost, rule_id in own[:args.top]:
                print(f"  {cost // 10**6:>7,} M  {rule_id}")
            sys.stdout.flush()


if __name__ == "__main__":
    main()
