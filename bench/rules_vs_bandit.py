"""postil check vs bandit on a large real Python tree (SQLAlchemy 2.0.36's lib/ by default).

Prints both wall times (medians) and the ratio postil/bandit; target ≤0.1, postil checking every
file (``--no-cache``). Beside them, the same check answered from its results cache: warm (nothing
changed) and with one file edited, alternated with cold runs. Also the CPU
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


def run_once(command: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the command and its children) of one run."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=ENV)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime


def measured(command: list[str], repeat: int) -> tuple[float, float, list[float]]:
    """Median wall seconds, median CPU seconds (the command and its children) and the wall runs."""
    runs = [run_once(command) for _ in range(repeat)]
    walls = [wall for wall, _ in runs]
    return statistics.median(walls), statistics.median(cpu for _, cpu in runs), walls


def against_bandit(postil_cmd: list[str], tree: Path, repeat: int) -> tuple[dict, tuple, tuple]:
    """postil's JSON report on ``tree``, and (median wall, median CPU, wall runs) of
    ``postil_cmd`` with every file checked (``--no-cache``: the target figures) and of
    `bandit -r` on it."""
    cold = [*postil_cmd, "--no-cache"]
    report = json.loads(subprocess.run(cold, capture_output=True, text=True, env=ENV).stdout)
    return report, measured(cold, repeat), measured(
        [tool("bandit"), "-r", str(tree), "-q", "-f", "json", "-o", "/dev/null"], repeat)


def cache_figures(postil_cmd: list[str], edited: Path, repeat: int) -> dict[str, tuple[float, float]]:
    """(median wall, median CPU seconds) of ``postil_cmd`` with every file checked (cold:
    ``--no-cache``), answered from the results kept of the last identical run (warm), and
    after one file changed (``edited``: a comment added, new each time), in alternated rounds.
    ``edited`` is put back as it was."""
    original = edited.read_bytes()
    runs: dict[str, list[tuple[float, float]]] = {"cold": [], "warm": [], "one file edited": []}
    run_once(postil_cmd)  # keeps the results of the tree as it is
    try:
        for round_ in range(repeat):
            runs["cold"].append(run_once([*postil_cmd, "--no-cache"]))
            runs["warm"].append(run_once(postil_cmd))
            edited.write_bytes(original + f"\n# edited {round_} {time.time_ns()}\n".encode())
            runs["one file edited"].append(run_once(postil_cmd))
            edited.write_bytes(original)
    finally:
        edited.write_bytes(original)
    return {name: (statistics.median(w for w, _ in got), statistics.median(c for _, c in got))
            for name, got in runs.items()}


def say_cache_figures(figures: dict[str, tuple[float, float]], repeat: int) -> None:
    """One line: the cold figure (the target's) and the warm ones beside it, labelled."""
    print(f"postil check with its results cache, medians of {repeat} alternated rounds (CPU s / wall s): "
          + "; ".join(f"{name} {cpu:.2f} / {wall:.2f}" for name, (wall, cpu) in figures.items())
          + " (the target figures above are the cold ones)")


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
    cached = cache_figures(postil_cmd, sorted(tree.rglob("*.py"))[files // 2], args.repeat)
    say_cache_figures(cached, args.repeat)
    record(cache={name: {"wall_s": wall, "cpu_s": cpu} for name, (wall, cpu) in cached.items()},
           tree=str(tree), files=files, lines=lines, findings=report["summary"]["findings"], postil_s=postil_time,
           postil_runs=postil_runs, bandit_s=bandit_time, bandit_runs=bandit_runs, ratio=postil_time / bandit_time,
           postil_cpu_s=postil_cpu, bandit_cpu_s=bandit_cpu, cpu_ratio=postil_cpu / bandit_cpu)
    write_json(args.json)


if __name__ == "__main__":
    main()
