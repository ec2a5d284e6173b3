"""Start-up of the commands a user (and the pre-commit hook) runs most, beside ruff, in one run.

Prints, for each command, the median over --runs of the wall time and of the CPU time (user +
system: what other load on the machine moves much less than wall time), the target, and
ruff's figure for the same job in the same run with the ratio:

* ``postil --version``            beside ``ruff --version``
* ``postil check app.py``         beside ``ruff check app.py`` (a 200-line Python file with findings)
* ``postil review --staged``      with nothing staged (what a commit that touches no code pays)

With ``--against DIR`` (another checkout of postil, e.g. main's worktree) each postil command also
runs from DIR's code, interleaved, with its own HOME: its CPU median and the median of the
per-run CPU ratios (this tree / DIR) are printed, the figure a loaded machine still compares.

Target for each postil command: ≤ 0.2 s wall on a quiet machine (issue 34). Everything runs in
a temporary git repository with a fresh HOME and XDG directories (no user config), with Python's
bytecode cached (one run of each command first, not counted), as an installed postil has it.
The machine's load average is printed before and after: figures from a loaded machine say so.

Usage: python bench/start_time.py [--runs N] [--against DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from _common import add_json_option, machine, record, write_json

REPO = Path(__file__).resolve().parent.parent
TARGET = 0.2  # seconds, each postil command, quiet machine
SOURCE = "import os\nimport subprocess\n\n" + "".join(
    f"def handler_{i}(request, items=None):\n    total = sum(x * {i} for x in items or [])\n"
    f"    if request.user == None:\n        return eval(request.body)\n" for i in range(50))


def ruff() -> str | None:
    beside = Path(sys.executable).parent / "ruff"
    return str(beside) if beside.exists() else None


def run_once(command: list[str], cwd: Path, env: dict) -> tuple[float, float]:
    """(wall seconds, CPU seconds of the command and its children) for one run."""
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(command, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                   stderr=subprocess.DEVNULL, check=False)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - used.ru_utime) + (after.ru_stime - used.ru_stime)


def project(work: Path) -> Path:
    root = work / "project"
    root.mkdir()
    (root / "app.py").write_text(SOURCE, encoding="utf-8")
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL, "check": True}
    subprocess.run(["git", "init", "-q"], cwd=root, **quiet)
    subprocess.run(["git", "add", "app.py"], cwd=root, **quiet)
    subprocess.run(["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "commit", "-qm", "app"],
                   cwd=root, **quiet)
    return root


def environment(work: Path, code: Path = REPO, home_name: str = "home") -> dict:
    """A fresh HOME under ``work`` and postil imported from ``code``."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONDONTWRITEBYTECODE", "POSTIL_LLM_API_KEY", "OPENAI_API_KEY", "ANTHROPIC_API_KEY")}
    home = work / home_name
    home.mkdir()
    env.update(HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"), XDG_CACHE_HOME=str(home / ".cache"),
               XDG_DATA_HOME=str(home / ".local" / "share"), XDG_STATE_HOME=str(home / ".local" / "state"),
               PYTHONPATH=os.pathsep.join(filter(None, [str(code), os.environ.get("PYTHONPATH", "")])),
               PYTHONPYCACHEPREFIX=str(work / f"pycache-{home_name}"), NO_COLOR="1")
    return env


def load() -> str:
    return " ".join(f"{x:.2f}" for x in os.getloadavg())


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--against", type=Path, help="another checkout of postil whose commands run interleaved")
    add_json_option(parser)
    args = parser.parse_args()
    postil = [sys.executable, "-P", "-m", "postil"]
    ruff_exe = ruff()
    jobs = [("--version", postil + ["--version"], [ruff_exe, "--version"] if ruff_exe else None),
            ("check app.py", postil + ["check", "app.py"], [ruff_exe, "check", "--no-cache", "app.py"] if ruff_exe else None),
            ("review --staged, nothing staged", postil + ["review", "--staged"], None)]
    before = load()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = environment(work)
        other_env = environment(work, args.against.resolve(), "home-against") if args.against else None
        root = project(work)
        samples: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for name, command, other in jobs:  # once each, not counted: bytecode caches written
            for tool, cmd, tool_env in (("postil", command, env), ("ruff", other, env), ("against", command, other_env)):
                if cmd and tool_env:
                    run_once(cmd, root, tool_env)
        for _ in range(args.runs):  # interleaved: slow spells of the machine hit both tools alike
            for name, command, other in jobs:
                for tool, cmd, tool_env in (("postil", command, env), ("ruff", other, env), ("against", command, other_env)):
                    if cmd and tool_env:
                        samples.setdefault((name, tool), []).append(run_once(cmd, root, tool_env))
    print(f"{machine()}; {args.runs} runs each, medians; load average {before} before, {load()} after")
    print(f"{'command':40} {'postil wall':>12} {'CPU':>8} {'target':>8}   {'ruff wall':>10} {'CPU':>8} {'ratio':>7}")
    for name, _, other in jobs:
        wall = statistics.median(w for w, _ in samples[(name, "postil")])
        cpu = statistics.median(c for _, c in samples[(name, "postil")])
        line = f"postil {name:33} {1000 * wall:9.0f} ms {1000 * cpu:5.0f} ms {'met' if wall <= TARGET else 'MISSED':>8}"
        figures = {"wall": wall, "cpu": cpu}
        if other:
            ruff_wall = statistics.median(w for w, _ in samples[(name, "ruff")])
            ruff_cpu = statistics.median(c for _, c in samples[(name, "ruff")])
            line += f"   {1000 * ruff_wall:7.0f} ms {1000 * ruff_cpu:5.0f} ms {wall / ruff_wall:6.0f}×"
            figures.update(ruff_wall=ruff_wall, ruff_cpu=ruff_cpu)
        if other_env:
            mine, theirs = samples[(name, "postil")], samples[(name, "against")]
            ratio = statistics.median(c / t for (_, c), (_, t) in zip(mine, theirs))
            line += f"   against: CPU {1000 * statistics.median(c for _, c in theirs):.0f} ms, ratio {ratio:.2f}"
            figures.update(against_cpu=statistics.median(c for _, c in theirs), cpu_ratio_to_against=ratio)
        print(line)
        record(**{name: figures})
    write_json(args.json)


if __name__ == "__main__":
    main()
