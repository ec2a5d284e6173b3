"""Team index on SQLAlchemy: a new clone's time to first useful context against a full local
cold index, and search/context latency with the published index on a loopback `chroma run`.

Steps: SQLAlchemy 2.0.36's sdist is made a git repository in a temp dir (remote named
github.com/sqlalchemy/sqlalchemy) and published (`postil index --publish`, in process). Then,
each in a fresh process (imports included), on a clone with one locally modified file (so the
overlay path is exercised), until the first ``context`` for that file returns:

* cold: the clone with no server indexes everything locally;
* team: the clone pointing at the server adopts the published catalog image and indexes only its
  overlay.

The team clone's first context must be a cold clone's (the same chunks: callers, keyword
matches and similar code included; cold clones of the same files need not agree among themselves
on similar code, whose vector index is approximate, so any of the runs' cold contexts counts, and
a difference only in similar-code chunks is reported as such); the bench says so, or prints the
difference and exits 1.

Then, in process on the team clone: context p50/p95 (300 functions) and search p50/p95 (85
queries), and an incremental re-publish after a one-file commit (what it wrote).
Targets: team ≤ 10% of cold; p95 ≤ 50 ms. On a shared machine the figures are upper bounds.

    python bench/team_index.py [--runs 1]
"""

from __future__ import annotations

import argparse
import ast
import json
import random
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(REPO / "tests" / "rag"))
sys.path.insert(0, str(HERE))

from index_perf import percentile

CHILD = r"""
import json, resource, sys, time
started = time.perf_counter()
from postil.rag.indexer import WorkspaceIndex
root, url = sys.argv[1], sys.argv[2] or None
index = WorkspaceIndex(root, chroma_url=url)
stats = index.update()
ctx = index.context("lib/sqlalchemy/orm/session.py", 2000)
seconds = time.perf_counter() - started
cpu = sum(resource.getrusage(resource.RUSAGE_SELF)[:2])
index.close()  # waits for a mirror's keyword terms and references
complete = time.perf_counter() - started
print(json.dumps({"seconds": seconds, "cpu": cpu, "complete_seconds": complete, "update_seconds": stats.seconds,
                  "files": stats.files, "chunks": stats.chunks, "mirrored": stats.mirrored, "indexed": stats.indexed,
                  "embedded": stats.embedded, "context": [(c.path, c.start, c.end, c.reason) for c in ctx.chunks],
                  "sources": sorted({s for c in ctx.chunks for s in c.sources}), "messages": stats.messages}))
"""


def source() -> Path:
    for candidate in (HERE / ".work" / "sqlalchemy-2.0.36", Path("/work/main/bench/.work/sqlalchemy-2.0.36")):
        if candidate.is_dir():
            return candidate
    from _common import sdist

    return sdist("SQLAlchemy", "2.0.36")


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", "-c", "user.name=bench", "-c", "user.email=bench@example.com", *args], cwd=cwd,
                          check=True, capture_output=True, text=True).stdout.strip()


def child(root: Path, url: str | None) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(root), url or ""], capture_output=True, text=True,
                         check=True, cwd=REPO)
    return json.loads(out.stdout.strip().splitlines()[-1])


def clone(origin: Path, where: Path) -> Path:
    """A clone with one uncommitted change (the file the first context is asked about)."""
    git("clone", "-q", f"file://{origin}", str(where), cwd=origin.parent)
    git("remote", "set-url", "origin", "https://github.com/sqlalchemy/sqlalchemy.git", cwd=where)
    session = where / "lib/sqlalchemy/orm/session.py"
    session.write_text(session.read_text() + "\n\ndef _bench_overlay(value):\n    return value\n")
    return where


def differences(team: list, cold: list) -> list[str]:
    """How the team clone's first context differs from the cold clone's (chunks; order aside:
    the server's and the local vector index are both approximate)."""
    mine, theirs = {tuple(c[:3]) for c in team}, {tuple(c[:3]) for c in cold}
    return [f"only team: {c}" for c in sorted(mine - theirs)] + [f"only cold: {c}" for c in sorted(theirs - mine)]


def only_similar(team: list, cold: list) -> bool:
    """Whether every chunk in one context and not the other is there only as similar code: the
    nearest neighbours of an approximate vector index (HNSW), which two cold indexes of the same
    files need not agree on either when distances tie."""
    mine, theirs = {tuple(c[:3]) for c in team}, {tuple(c[:3]) for c in cold}
    odd = [c for c in team + cold if tuple(c[:3]) in mine ^ theirs]
    return all(c[3] in ("similar code", "similar text") for c in odd)


def functions_sample(root: Path, n: int = 300) -> list[tuple[str, int]]:
    functions = []
    for path in sorted((root / "lib/sqlalchemy").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        rel = path.relative_to(root).as_posix()
        functions += [(rel, node.lineno) for node in ast.walk(tree)
                      if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))]
    return random.Random(3).sample(functions, n)


def latencies(index, sample, words) -> tuple[list[float], list[float]]:
    """Milliseconds of each context call (one per sampled function) and search (5 rounds of words)."""
    index.context(*sample[0])  # warm caches once
    context_ms, search_ms = [], []
    for rel, line in sample:
        started = time.perf_counter()
        index.context(rel, line)
        context_ms.append((time.perf_counter() - started) * 1000)
    for _ in range(5):
        for query in words:
            started = time.perf_counter()
            index.search(query, k=10)
            search_ms.append((time.perf_counter() - started) * 1000)
    return context_ms, search_ms


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=1, help="runs of each cold/team measurement (median reported)")
    args = parser.parse_args()
    from conftest import running_chroma  # the tests' `chroma run` on loopback

    from postil.rag import team_publish
    from postil.rag.indexer import WorkspaceIndex

    tmp = Path(tempfile.mkdtemp(prefix="postil-team-bench-"))
    try:
        origin = tmp / "sqlalchemy"
        shutil.copytree(source(), origin, symlinks=True, ignore=shutil.ignore_patterns(".postil"))
        git("init", "-q", "-b", "main", cwd=origin)
        git("remote", "add", "origin", "git@github.com:sqlalchemy/sqlalchemy.git", cwd=origin)
        git("add", "-A", cwd=origin)
        git("commit", "-q", "-m", "2.0.36", cwd=origin)
        (tmp / "chroma").mkdir()
        with running_chroma(tmp / "chroma") as (url, _proc):
            publisher = WorkspaceIndex(origin, chroma_url=url)
            first = team_publish.publish(publisher)
            print(f"publish: {first.files} files, {first.chunks} chunks in {first.seconds:.1f}s "
                  f"(commit {first.commit[:12]}, {url})", flush=True)

            colds, teams, wrong = [], [], []
            for run in range(args.runs):
                colds.append(child(clone(origin, tmp / f"cold-{run}"), None))
                c = colds[-1]
                print(f"cold local index + first context: {c['seconds']:.1f}s, CPU {c['cpu']:.1f}s ({c['files']} files, {c['chunks']} "
                      f"chunks, {c['embedded']} embedded)", flush=True)
                teams.append(child(clone(origin, tmp / f"team-{run}"), url))
                t = teams[-1]
                diff = differences(t["context"], c["context"])
                approximate = bool(diff) and only_similar(t["context"], c["context"])
                verdict = ("the cold clone's" if not diff else
                           "the cold clone's but for approximate similar-code neighbours" if approximate else
                           "NOT the cold clone's") + (", same order" if t["context"] == c["context"] else "")
                print(f"new clone on the team index + first context: {t['seconds']:.1f}s, CPU {t['cpu']:.1f}s "
                      f"(not counting the server's) ({t['mirrored']} files from the team index, {t['indexed']} "
                      f"indexed locally, {t['embedded']} chunks embedded locally; context {len(t['context'])} chunks "
                      f"from {'+'.join(t['sources'])}: {verdict}); closed at {t['complete_seconds']:.1f}s",
                      flush=True)
                for line in diff:
                    print(f"  {line}")
            among_colds = sum(bool(differences(c["context"], colds[0]["context"])) for c in colds[1:])
            print(f"cold clones whose first context differs from the first cold clone's: {among_colds} of "
                  f"{len(colds) - 1}", flush=True)
            # A cold index's first context is itself not unique (its vector index is approximate): a
            # team clone's must be one of the cold clones', or differ only in similar-code neighbours.
            for t in teams:
                if not any(not differences(t["context"], c["context"]) or only_similar(t["context"], c["context"])
                           for c in colds):
                    wrong += differences(t["context"], colds[0]["context"])
            cold_s = statistics.median(c["seconds"] for c in colds)
            team_s = statistics.median(t["seconds"] for t in teams)
            cpu = statistics.median(t["cpu"] for t in teams) / statistics.median(c["cpu"] for c in colds)
            runs = ", ".join(f"{t['seconds']:.2f}" for t in teams)
            print(f"time to first useful context: team {team_s:.1f}s (runs {runs}) "
                  f"vs cold {cold_s:.1f}s = {team_s / cold_s:.1%} (target <= 10%; CPU {cpu:.1%})"
                  f"{'' if not wrong else '; INVALID: a first context was none of the cold ones'}", flush=True)

            words = ["connection pool timeout", "declarative base mapping", "execute many insert",
                     "json type postgresql", "session flush order", "relationship lazy loading", "hybrid property",
                     "alembic migration", "create_engine", "bulk_save_objects", "sqlite foreign keys pragma",
                     "async session", "with_for_update", "compile select statement", "result fetchall rows",
                     "identity map", "cascade delete orphan"]
            sample = None
            for label, root, server in (("with the server", tmp / "team-0", url), ("local only", tmp / "cold-0", None)):
                index = WorkspaceIndex(root, chroma_url=server)
                index.update()
                if sample is None:
                    sample = functions_sample(index.root)
                context_ms, search_ms = latencies(index, sample, words)
                index.close()
                print(f"context {label}: p50 {percentile(context_ms, 0.5):.1f} ms, p95 {percentile(context_ms, 0.95):.1f} ms "
                      f"({len(context_ms)} functions); search: p50 {percentile(search_ms, 0.5):.1f} ms, "
                      f"p95 {percentile(search_ms, 0.95):.1f} ms ({len(search_ms)} queries); target p95 <= 50 ms",
                      flush=True)

            engine = origin / "lib/sqlalchemy/engine/base.py"
            engine.write_text(engine.read_text() + "\n\ndef _bench_merged(value):\n    return value * 2\n")
            git("commit", "-qam", "one file", cwd=origin)
            again = team_publish.publish(publisher)
            print(f"re-publish after a one-file commit: {again.seconds:.1f}s; {again.changed} file(s) written, "
                  f"{again.unchanged} unchanged, {again.embedded} chunk(s) embedded, {again.updated} updated, "
                  f"{again.deleted} deleted")
            publisher.close()
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    print("(shared machine: every time above is an upper bound)")
    return 1 if wrong else 0


if __name__ == "__main__":
    raise SystemExit(main())
