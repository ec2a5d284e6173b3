"""The editor's first check of a file in its workspace (issue 32's cost on library code): the CPU
time (user + system) of the first ``Checker.check_text(path, text, incremental=True)`` of a file, the
Checker over ``load_config(root)`` as the language server builds it, in a fresh process each time
(after a check of a one-line text at a path of the same root, which loads the rules and touches no
module of the workspace: the figure is the file's own). The files: SQLAlchemy's ``orm/query.py`` and
``engine/base.py`` (root ``lib/``), httpx's ``_client.py`` (root the package), requests'
``sessions.py`` (root ``src/``) and one file of the handler bench's generated tree
(handlers_vs_bandit.generate, root the tree).

``--against DIR``: a checkout (e.g. ``git archive main``) measured alternately with this one (load
moves), medians of each, and whether the findings (sorted (rule, line, message)) are the same.

Usage: python bench/first_check.py [--repeat N] [--against DIR] [--only NAME ...]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import add_json_option, record, sdist, write_json
from handlers_vs_bandit import generate

REPO = Path(__file__).resolve().parent.parent


def targets(handlers: Path) -> dict[str, tuple[Path, Path]]:
    """name -> (workspace root, file)."""
    lib = sdist("sqlalchemy", "2.0.36") / "lib"
    httpx = sdist("httpx", "0.28.1") / "httpx"
    requests = sdist("requests", "2.32.3") / "src"
    return {"sqlalchemy orm/query.py": (lib, lib / "sqlalchemy" / "orm" / "query.py"),
            "sqlalchemy engine/base.py": (lib, lib / "sqlalchemy" / "engine" / "base.py"),
            "httpx _client.py": (httpx, httpx / "_client.py"),
            "requests sessions.py": (requests, requests / "requests" / "sessions.py"),
            "handlers views/case00000.py": (handlers, handlers / "views" / "case00000.py")}


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def one(root: Path, path: Path) -> dict:
    """The first check of ``path`` in this process (see the module's docstring)."""
    from postil.analyzers.checker import Checker
    from postil.config import load_config

    checker = Checker(load_config(root))
    started = cpu()
    checker.check_text(root / "postil_first_check_warm_up.py", "x = 1\n", incremental=True)
    warm = cpu() - started
    text = path.read_text(encoding="utf-8")
    started = cpu()
    findings = checker.check_text(path, text, incremental=True)
    return {"cpu": cpu() - started, "warm_up": warm,
            "findings": sorted([f.rule, f.span.start_line + 1, f.message] for f in findings)}


def measured(checkout: Path, root: Path, path: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": str(checkout)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    done = subprocess.run([sys.executable, __file__, "--one", str(root), str(path)], check=False, env=env,
                          capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"{checkout}: the check of {path} failed:\n{done.stderr[-2000:]}")
    return json.loads(done.stdout.splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--against", type=Path, help="a checkout to measure alternately with this one")
    parser.add_argument("--only", action="append", help="a file's name (a word of it) to measure; all by default")
    parser.add_argument("--one", nargs=2, type=Path, help=argparse.SUPPRESS)
    add_json_option(parser)
    args = parser.parse_args()
    if args.one:
        print(json.dumps(one(*args.one)))
        return
    checkouts = {"this": REPO} | ({"against": args.against.resolve()} if args.against else {})
    for checkout in checkouts.values():  # (bytecode written once, as an installed postil has it)
        subprocess.run([sys.executable, "-m", "compileall", "-q", str(checkout / "postil")], check=True,
                       env={k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"})
    figures = {}
    with tempfile.TemporaryDirectory(prefix="postil-first-check-") as scratch:
        handlers = Path(scratch) / "flask-handlers"
        generate(handlers, 1250)
        for name, (root, path) in targets(handlers).items():
            if args.only and not any(word in name for word in args.only):
                continue
            runs: dict[str, list[dict]] = {label: [] for label in checkouts}
            for _ in range(args.repeat):
                for label, checkout in checkouts.items():
                    runs[label].append(measured(checkout, root, path))
            row = {label: statistics.median(r["cpu"] for r in done) for label, done in runs.items()}
            same = all(r["findings"] == runs["this"][0]["findings"] for done in runs.values() for r in done)
            figures[name] = {**{f"{label}_cpu_s": v for label, v in row.items()},
                             "findings": len(runs["this"][0]["findings"]), "same_findings": same}
            said = ", ".join(f"{label} {v:.2f} s" for label, v in row.items())
            print(f"{name:30} first check CPU median of {args.repeat}: {said}; "
                  f"{len(runs['this'][0]['findings'])} findings{'' if same else ' (DIFFER between runs or checkouts)'}")
    record(first_check=figures)
    write_json(args.json)


if __name__ == "__main__":
    main()
