"""LLM review of one function, end to end: wall time from starting ``postil review FILE``
to its findings, with default settings and a provider that answers at once (the fake
provider on 127.0.0.1, spoken to by the real openai SDK).

- fresh: the function changed since the last review (the answer is not cached; the
  index takes the change in);
- cached: the same code again (the answer comes from the cache; nothing is sent);
- rules only: the same command with ``--no-llm``, the floor.

Each figure is the median of ``--runs`` runs in a new process, wall time and CPU time (the
CPU figure is what a loaded machine cannot inflate much). Targets (issue 16): cached
≤ 1.0 s, fresh ≤ 1.5 s. The machine's load counts: run it when the machine is quiet.

Usage: python bench/llm_end_to_end.py [--runs N] [--json PATH]
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

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE.parent / "tests" / "analyzers" / "llm"))

from _common import add_json_option, record, write_json
from fake_provider import FakeProvider

SOURCE = '''"""Prices."""


def apply_discount(price, percent):
    """The price after a discount of ``percent`` per cent."""
    if percent > 100:
        raise ValueError("percent")
    return price - price * percent / {divisor}
'''


def timed(cwd: Path, env: dict, *args: str, cpu: list | None = None) -> float:
    """Wall seconds of one ``postil review``; its CPU seconds (user + system) appended to ``cpu``."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "postil", "review", "prices.py", *args], cwd=cwd, env=env,
                          capture_output=True, text=True, check=False, timeout=300)
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if cpu is not None:
        cpu.append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
    if done.returncode not in (0, 1):
        raise SystemExit(f"postil review failed ({done.returncode}): {done.stderr}")
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    add_json_option(parser)
    args = parser.parse_args()

    fake = FakeProvider().start()
    work = Path(tempfile.mkdtemp(prefix="postil-llm-e2e-"))
    # PYTHONDONTWRITEBYTECODE is left out: an installed postil has its bytecode, and compiling
    # postil's modules on every run would be counted as review time.
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("POSTIL_", "OPENAI_", "ANTHROPIC_")) and k != "PYTHONDONTWRITEBYTECODE"}
    env.update(POSTIL_LLM_PROVIDER="openai-compatible", POSTIL_LLM_BASE_URL=fake.openai_url,
               POSTIL_LLM_MODEL="bench", POSTIL_LLM_API_KEY="bench", XDG_STATE_HOME=str(work / "state"),
               XDG_CONFIG_HOME=str(work / "config"), PYTHONPATH=str(HERE.parent))
    project = work / "project"
    project.mkdir()
    subprocess.run(["git", "init", "-q"], cwd=project, check=True)
    source = project / "prices.py"
    try:
        source.write_text(SOURCE.format(divisor=10))
        timed(project, env)  # first run: builds the index
        fresh, cached, rules = [], [], []
        cpu: dict[str, list[float]] = {"fresh": [], "cached": [], "rules": []}
        for run in range(args.runs):
            source.write_text(SOURCE.format(divisor=11 + run))
            fresh.append(timed(project, env, cpu=cpu["fresh"]))
            cached.append(timed(project, env, cpu=cpu["cached"]))
            rules.append(timed(project, env, "--no-llm", cpu=cpu["rules"]))
        calls = len(fake.received)
    finally:
        fake.stop()
    figures = {"fresh_s": round(statistics.median(fresh), 3), "cached_s": round(statistics.median(cached), 3),
               "rules_only_s": round(statistics.median(rules), 3), "runs": args.runs,
               "provider_calls": calls, "expected_calls": args.runs + 1,
               **{f"{name}_cpu_s": round(statistics.median(values), 3) for name, values in cpu.items()}}
    print(f"one function, end to end (median of {args.runs}): fresh {figures['fresh_s']:.2f} s (target 1.5), "
          f"cached {figures['cached_s']:.2f} s (target 1.0), rules only {figures['rules_only_s']:.2f} s; "
          f"{calls} provider calls for {args.runs + 1} fresh reviews")
    print(f"CPU (user + system, median): fresh {figures['fresh_cpu_s']:.2f} s, cached {figures['cached_cpu_s']:.2f} s, "
          f"rules only {figures['rules_cpu_s']:.2f} s (on a loaded machine, closer to the quiet wall time)")
    record(**figures)
    write_json(args.json)


if __name__ == "__main__":
    main()
