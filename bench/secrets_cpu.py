"""CPU time of the secret scan (``scan_secrets`` over every file of a tree) and of importing
it, for this checkout and, alternating with it, another one (this machine's speed swings).

Each run is a fresh process: CPU time of importing postil.analyzers.rules.secrets (after
its standard-library imports), then one warm-up pass over the tree's files and one timed
pass (time.process_time). Medians of ``--runs``.

    git archive main postil | tar -x -C /tmp/postil-main      # the other checkout
    python bench/secrets_cpu.py --against /tmp/postil-main     # SQLAlchemy's lib/ by default
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TREE = HERE / ".work" / "sqlalchemy-2.0.36" / "lib"

CHILD = """
import sys, time
import base64, binascii, bisect, json, math, re, tomllib, urllib.parse
import postil.core.deadline
started = time.process_time()
from postil.analyzers.rules.secrets import scan_secrets
imported = time.process_time() - started
texts = []
for path in sorted(p for p in __import__("pathlib").Path(sys.argv[1]).rglob("*") if p.is_file()):
    try:
        texts.append(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError):
        pass
for text in texts:
    scan_secrets(text)
started = time.process_time()
for text in texts:
    scan_secrets(text)
print(imported, time.process_time() - started, len(texts), sum(map(len, texts)))
"""


def run(checkout: Path, tree: Path) -> tuple[float, float, int, int]:
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(checkout)
    out = subprocess.run([sys.executable, "-c", CHILD, str(tree)], env=env, cwd="/", capture_output=True,
                         text=True, check=True).stdout.split()
    return float(out[0]), float(out[1]), int(out[2]), int(out[3])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("tree", type=Path, nargs="?", default=TREE)
    parser.add_argument("--against", type=Path, help="another checkout (its directory holds postil/)")
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    checkouts = {"this": HERE.parent}
    if args.against:
        checkouts["against"] = args.against.resolve()
    results: dict[str, list[tuple[float, float]]] = {name: [] for name in checkouts}
    for name, checkout in checkouts.items():
        run(checkout, args.tree)  # bytecode written, files in the page cache
    for _ in range(args.runs):
        for name, checkout in checkouts.items():
            imported, scanned, files, chars = run(checkout, args.tree)
            results[name].append((imported, scanned))
    print(f"{args.tree}: {files} files, {chars / 1e6:.1f} M characters; medians of {args.runs} (CPU)")
    for name, runs in results.items():
        imports = statistics.median(r[0] for r in runs) * 1000
        scans = statistics.median(r[1] for r in runs)
        print(f"  {name:8s} {checkouts[name]}: scan {scans:.3f} s  import {imports:.1f} ms  "
              f"(scans {', '.join(f'{r[1]:.3f}' for r in runs)})")


if __name__ == "__main__":
    main()
