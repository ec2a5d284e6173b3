"""postil check vs bandit on a large real Python tree (SQLAlchemy 2.0.36's lib/ by default).

Prints both wall times (medians) and the ratio postil/bandit; target ≤0.1.
postil runs all built-in packs plus the secret detectors; bandit runs its defaults.
Usage: python bench/rules_vs_bandit.py [TREE] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import subprocess
from pathlib import Path

from _common import add_json_option, machine, median_time, record, sdist, tool, write_json


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("tree", nargs="?", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    add_json_option(parser)
    args = parser.parse_args()
    tree = args.tree or sdist("sqlalchemy", "2.0.36") / "lib"
    files = sum(1 for _ in tree.rglob("*.py"))
    lines = sum(p.read_bytes().count(b"\n") for p in tree.rglob("*.py"))
    postil_cmd = [tool("postil"), "check", str(tree), "--format", "json", "--exit-zero"]
    report = json.loads(subprocess.run(postil_cmd, capture_output=True, text=True).stdout)
    postil_time, postil_runs = median_time(postil_cmd, args.repeat)
    bandit_time, bandit_runs = median_time([tool("bandit"), "-r", str(tree), "-q", "-f", "json", "-o", "/dev/null"], args.repeat)
    print(f"machine: {machine()}")
    print(f"tree: {tree} ({files} Python files, {lines} lines)")
    print(f"postil check: median {postil_time:.2f}s over {args.repeat} runs {[round(r, 2) for r in postil_runs]}; "
          f"{report['summary']['findings']} findings")
    print(f"bandit -r:    median {bandit_time:.2f}s over {args.repeat} runs {[round(r, 2) for r in bandit_runs]}")
    print(f"ratio postil/bandit: {postil_time / bandit_time:.3f} (target <= 0.1)")
    record(tree=str(tree), files=files, lines=lines, findings=report["summary"]["findings"], postil_s=postil_time,
           postil_runs=postil_runs, bandit_s=bandit_time, bandit_runs=bandit_runs, ratio=postil_time / bandit_time)
    write_json(args.json)


if __name__ == "__main__":
    main()
