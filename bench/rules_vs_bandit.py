"""postil check vs bandit on a large real Python tree (SQLAlchemy 2.0.36's lib/ by default).

Prints both wall times (medians) and the ratio postil/bandit; target ≤0.1. Also the CPU
seconds each used (user + system, children included): on a loaded machine the wall ratio
penalises postil, which spreads its work over all cores while bandit uses one, so quote the
CPU ratio beside it there. postil runs all built-in packs plus the secret detectors; bandit
runs its defaults.
Usage: python bench/rules_vs_bandit.py [TREE] [--repeat N]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import statistics
import subprocess
import time
from pathlib import Path

from _common import add_json_option, machine, record, sdist, tool, write_json


# Both tools run with their bytecode, as installed tools do (pip writes bandit's; postil's, from a
# checkout, is written by the first run): PYTHONDONTWRITEBYTECODE would charge postil's every
# process the compilation of its modules.
ENV = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def measured(command: list[str], repeat: int) -> tuple[float, float, list[float]]:
    """Median wall seconds, median CPU seconds (the command and its children) and the wall runs."""
    walls, cpus = [], []
    for _ in range(repeat):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        started = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
        walls.append(time.perf_counter() - started)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpus.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    return statistics.median(walls), statistics.median(cpus), walls


def against_bandit(postil_cmd: list[str], tree: Path, repeat: int) -> tuple[dict, tuple, tuple]:
    """postil's JSON report on ``tree``, and (median wall, median CPU, wall runs) of
    ``postil_cmd`` and of `bandit -r` on it."""
    report = json.loads(subprocess.run(postil_cmd, capture_output=True, text=True, env=ENV).stdout)
    return report, measured(postil_cmd, repeat), measured(
        [tool("bandit"), "-r", str(tree), "-q", "-f", "json", "-o", "/dev/null"], repeat)


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
    report, (postil_time, postil_cpu, postil_runs), (bandit_time, bandit_cpu, bandit_runs) = \
        against_bandit(postil_cmd, tree, args.repeat)
    print(f"machine: {machine()}")
    print(f"tree: {tree} ({files} Python files, {lines} lines)")
    print(f"postil check: median {postil_time:.2f}s over {args.repeat} runs {[round(r, 2) for r in postil_runs]}; "
          f"{report['summary']['findings']} findings")
    print(f"bandit -r:    median {bandit_time:.2f}s over {args.repeat} runs {[round(r, 2) for r in bandit_runs]}")
    print(f"ratio postil/bandit: {postil_time / bandit_time:.3f} (target <= 0.1)")
    print(f"CPU seconds, median: postil {postil_cpu:.2f}, bandit {bandit_cpu:.2f}; ratio {postil_cpu / bandit_cpu:.3f}")
    record(tree=str(tree), files=files, lines=lines, findings=report["summary"]["findings"], postil_s=postil_time,
           postil_runs=postil_runs, bandit_s=bandit_time, bandit_runs=bandit_runs, ratio=postil_time / bandit_time,
           postil_cpu_s=postil_cpu, bandit_cpu_s=bandit_cpu, cpu_ratio=postil_cpu / bandit_cpu)
    write_json(args.json)


if __name__ == "__main__":
    main()
