"""`postil search` from the command line beside `rg` and `git grep` of the same words, in one run.

Indexes a copy of this repository's ``postil/`` package (a git repository in a temporary
directory, fresh HOME and XDG directories, default offline vectors), then prints for each query
the medians over --runs of wall and CPU time (user + system) of:

* ``postil search --no-update WORDS``  (one-shot search of the index as it is)
* ``postil search WORDS``              (what a user types: the index is refreshed first)
* ``rg -i -e WORD ...`` and ``git grep -i -e WORD ...``  (the same words, any of them)

then, with a ``postil serve`` running in the project (as the editor's server runs), the two
postil commands again: the server answers them over ``.postil/search.sock`` (their rows end in
"(served)"); and the search itself in one process (``WorkspaceIndex.search``, index open):
median and p95 over all queries and runs. Target (issue 34): search p95 ≤ 50 ms on a loaded
machine, the one-shot command's wall time beside it. The load average is printed before,
between the two parts and after; for "a loaded machine", run it beside two processes that
burn a core each (``python -c 'while 1: pass' &``, twice).

Usage: python bench/search_time.py [--runs N]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from _common import add_json_option, machine, percentile, record, write_json
from start_time import REPO, environment, load, run_once
from typing_latency import RawClient, cpu_seconds

TARGET = 0.05  # seconds, search p95, loaded machine
QUERIES = ("open the vector store", "mask secrets before sending", "parse the config file",
           "reciprocal rank fusion of lists", "lock the index while writing")


def project(work: Path) -> Path:
    root = work / "project"
    shutil.copytree(REPO / "postil", root / "postil", ignore=shutil.ignore_patterns("__pycache__"))
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    subprocess.run(["git", "init", "-q"], cwd=root, check=True, **quiet)
    subprocess.run(["git", "add", "-A"], cwd=root, check=True, **quiet)
    subprocess.run(["git", "-c", "user.name=bench", "-c", "user.email=bench@example.invalid", "commit", "-qm", "src"],
                   cwd=root, check=True, **quiet)
    return root


# The search itself, in a process of its own with the CLI's environment (HOME, XDG: no user
# config or cached model that would make it another index): each query's seconds, index open.
IN_PROCESS = """
import json, sys, time
from postil.rag.indexer import WorkspaceIndex
index = WorkspaceIndex.from_config(sys.argv[1])
queries, runs = json.loads(sys.argv[2]), int(sys.argv[3])
index.search(queries[0])
times = []
for _ in range(runs):
    for query in queries:
        started = time.perf_counter()
        assert index.search(query), query
        times.append(time.perf_counter() - started)
print(json.dumps(times))
"""


def in_process(root: Path, env: dict, runs: int) -> list[float]:
    """Seconds of each search in one process, the index open (the first search not counted)."""
    out = subprocess.run([sys.executable, "-P", "-c", IN_PROCESS, str(root), json.dumps(QUERIES), str(runs)],
                         cwd=root, env=env, check=True, capture_output=True, text=True).stdout
    return json.loads(out)


async def serving(command: list[str], root: Path, env: dict) -> RawClient:
    """A ``postil serve`` in ``root`` (an LSP session as an editor starts it), once it says it
    answers ``postil search``."""
    client = await RawClient.launch(tuple(command), root, env)
    await client.request("initialize", {"processId": None, "rootUri": root.as_uri(), "capabilities": {},
                                        "workspaceFolders": [{"uri": root.as_uri(), "name": "bench"}]})
    client.notify("initialized", {})
    while not any("answering `postil search`" in str(m.get("params", {}).get("message"))
                  for m in client.notifications):
        client.notified.clear()
        await asyncio.wait_for(client.notified.wait(), 60)
    return client


async def measure_served(postil: list[str], jobs: dict, root: Path, env: dict, runs: int) -> dict:
    """{row: [(wall, CPU)]} of each job in ``jobs`` while a ``postil serve`` runs in ``root`` (the CPU
    the server spent meanwhile counted in: the command's and the server's)."""
    client = await serving(postil + ["serve"], root, env)
    try:
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in jobs}
        for _ in range(runs):
            for query in QUERIES:
                for name, command in jobs.items():
                    server = cpu_seconds(client.proc.pid)
                    wall, cpu = await asyncio.to_thread(run_once, command(query), root, env)
                    samples[name].append((wall, cpu + cpu_seconds(client.proc.pid) - server))
        return samples
    finally:
        await client.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=9)
    add_json_option(parser)
    args = parser.parse_args()
    postil = [sys.executable, "-P", "-m", "postil"]
    before = load()
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        env = environment(work)
        root = project(work)
        subprocess.run(postil + ["index"], cwd=root, env=env, check=True, stdout=subprocess.DEVNULL)
        jobs = {"postil search --no-update": lambda q: postil + ["search", "--no-update", q],
                "postil search": lambda q: postil + ["search", q],
                "rg": lambda q: ["rg", "-i", *(x for w in q.split() for x in ("-e", w)), "."],
                "git grep": lambda q: ["git", "grep", "-i", *(x for w in q.split() for x in ("-e", w))]}
        for command in jobs.values():  # once each, not counted: bytecode caches written, the snapshot too
            run_once(command(QUERIES[0]), root, env)
        samples: dict[str, list[tuple[float, float]]] = {name: [] for name in jobs}
        for _ in range(args.runs):  # interleaved: slow spells of the machine hit every tool alike
            for query in QUERIES:
                for name, command in jobs.items():
                    samples[name].append(run_once(command(query), root, env))
        between = load()
        served = {f"{name} (served)": jobs[name] for name in ("postil search --no-update", "postil search")}
        samples.update(asyncio.run(measure_served(postil, served, root, env, args.runs)))
        searches = in_process(root, env, args.runs)
    print(f"{machine()}; {len(QUERIES)} queries x {args.runs} runs, medians; load average {before} before, "
          f"{between} between, {load()} after")
    print(f"{'command':37} {'wall':>9} {'CPU':>8}  (served: the command's CPU and the server's)")
    for name, figures in samples.items():
        wall = statistics.median(w for w, _ in figures)
        cpu = statistics.median(c for _, c in figures)
        print(f"{name:37} {1000 * wall:6.0f} ms {1000 * cpu:5.0f} ms")
        record(**{name: {"wall": wall, "cpu": cpu}})
    p95 = percentile(searches, 95)
    print(f"search in one process: median {1000 * statistics.median(searches):.1f} ms, p95 {1000 * p95:.1f} ms "
          f"(target ≤ {1000 * TARGET:.0f} ms: {'met' if p95 <= TARGET else 'MISSED'})")
    record(search_median=statistics.median(searches), search_p95=p95)
    write_json(args.json)


if __name__ == "__main__":
    main()
