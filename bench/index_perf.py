"""Index performance on SQLAlchemy's sdist (~580k lines of Python plus docs).

Prints: cold index time (in a fresh process, with its peak RSS), no-op re-index (fresh
process, as ``postil index`` runs it, and in-process as the server does), one changed
file, ``context`` and ``search`` latency (p50/p95), and disk size. Targets: cold
<=90 s, no-op <=3 s, one file <=200 ms, p95 <=50 ms, RSS <=600 MB.

The sdist is copied to bench/.work/sqlalchemy-perf (the bench edits a file there).

    python bench/index_perf.py [--runs 3]
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
import time
from pathlib import Path

from _common import unpack

HERE = Path(__file__).resolve().parent
WORK = HERE / ".work"
REPO = HERE.parent
SOURCE = Path("/work/benchdata/sqlalchemy-2.0.36")
sys.path.insert(0, str(REPO))

CHILD = r"""
import json, resource, sys, time
started = time.perf_counter()
from postil.rag.indexer import WorkspaceIndex
index = WorkspaceIndex(sys.argv[1], index_dir=sys.argv[2])
stats = index.update()
index.close()
print(json.dumps({"seconds": time.perf_counter() - started, "update_seconds": stats.seconds,
                  "files": stats.files, "chunks": stats.chunks, "indexed": stats.indexed,
                  "rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
                  "skipped": dict(stats.skipped)}))
"""


def workspace() -> Path:
    target = WORK / "sqlalchemy-perf"
    if target.is_dir():
        return target
    WORK.mkdir(parents=True, exist_ok=True)
    source = SOURCE
    if not source.is_dir():
        archive = WORK / "sqlalchemy-2.0.36.tar.gz"
        if not archive.exists():
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                            "-d", str(WORK), "sqlalchemy==2.0.36"], check=True, stdout=subprocess.DEVNULL)
        unpack(archive, WORK)
        source = WORK / "sqlalchemy-2.0.36"
    shutil.copytree(source, target, symlinks=True, ignore=shutil.ignore_patterns(".postil"))
    return target


def child(root: Path, index_dir: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", CHILD, str(root), str(index_dir)], capture_output=True, text=True,
                         check=True, cwd=REPO)
    return json.loads(out.stdout.strip().splitlines()[-1])


def du(path: Path) -> float:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file()) / 1e6


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=1, help="cold runs (median reported)")
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures as JSON to PATH")
    args = parser.parse_args()
    root = workspace()
    index_dir = WORK / "perf-index"
    lines = sum(p.read_bytes().count(b"\n") for p in root.rglob("*.py"))
    print(f"workspace: {root} ({lines:,} lines of Python)")

    colds = []
    for _ in range(args.runs):
        shutil.rmtree(index_dir, ignore_errors=True)
        colds.append(child(root, index_dir))
        c = colds[-1]
        print(f"cold index: {c['seconds']:.1f}s in a fresh process (update {c['update_seconds']:.1f}s), "
              f"{c['files']} files, {c['chunks']} chunks, peak RSS {c['rss_mb']:.0f} MB", flush=True)
    cold = statistics.median(c["seconds"] for c in colds)
    rss = max(c["rss_mb"] for c in colds)
    noop_cli = child(root, index_dir)
    print(f"no-op re-index, fresh process: {noop_cli['seconds']:.2f}s (update {noop_cli['update_seconds']:.2f}s)")
    catalog_mb = sum(p.stat().st_size for p in index_dir.glob("catalog.sqlite3*")) / 1e6
    chroma_mb = du(index_dir / "chroma")
    print(f"disk: {catalog_mb + chroma_mb:.0f} MB (catalog+keywords+symbols {catalog_mb:.0f} MB, chroma {chroma_mb:.0f} MB)")

    from postil.rag.indexer import WorkspaceIndex

    index = WorkspaceIndex(root, index_dir=index_dir)
    index.open()
    noops = []
    for _ in range(5):
        t = time.perf_counter()
        index.update()
        noops.append(time.perf_counter() - t)
    print(f"no-op re-index, in process: median {statistics.median(noops) * 1000:.0f} ms")

    target = root / "lib/sqlalchemy/orm/session.py"
    original = target.read_bytes()
    one_file, one_full = [], []
    try:
        for i in range(5):
            target.write_bytes(original + f"\n\ndef _bench_added_{i}(value):\n    return value + {i}\n".encode())
            t = time.perf_counter()
            stats = index.update(paths=[str(target)])
            one_file.append(time.perf_counter() - t)
            assert stats.indexed == 1
            target.write_bytes(original + f"\n\ndef _bench_again_{i}(value):\n    return value - {i}\n".encode())
            t = time.perf_counter()
            stats = index.update()
            one_full.append(time.perf_counter() - t)
            assert stats.indexed == 1
    finally:
        target.write_bytes(original)
        index.update(paths=[str(target)])
    print(f"one changed file: median {statistics.median(one_file) * 1000:.0f} ms (update(paths=[file]), as on didSave); "
          f"{statistics.median(one_full) * 1000:.0f} ms with a full walk")

    rng = random.Random(3)
    functions = []
    for path in sorted((root / "lib/sqlalchemy").rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        rel = path.relative_to(root).as_posix()
        functions += [(rel, n.lineno) for n in ast.walk(tree) if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef))]
    sample = rng.sample(functions, 300)
    index.context(*sample[0])  # warm caches once
    times = []
    for rel, line in sample:
        t = time.perf_counter()
        index.context(rel, line)
        times.append(time.perf_counter() - t)
    context_runs = [t * 1000 for t in times]
    print(f"context: p50 {percentile(times, 0.5) * 1000:.1f} ms, p95 {percentile(times, 0.95) * 1000:.1f} ms "
          f"({len(times)} functions)")
    words = ["connection pool timeout", "declarative base mapping", "execute many insert", "json type postgresql",
             "session flush order", "relationship lazy loading", "hybrid property", "alembic migration",
             "create_engine", "bulk_save_objects", "sqlite foreign keys pragma", "async session", "with_for_update",
             "compile select statement", "result fetchall rows", "identity map", "cascade delete orphan"]
    times = []
    for _ in range(5):
        for query in words:
            t = time.perf_counter()
            index.search(query, k=10)
            times.append(time.perf_counter() - t)
    search_runs = [t * 1000 for t in times]
    print(f"search: p50 {percentile(times, 0.5) * 1000:.1f} ms, p95 {percentile(times, 0.95) * 1000:.1f} ms "
          f"({len(times)} queries)")
    index.close()
    print(f"\nsummary: cold {cold:.1f}s | no-op {noop_cli['seconds']:.2f}s (fresh process) / "
          f"{statistics.median(noops) * 1000:.0f} ms (in process) | one file {statistics.median(one_file) * 1000:.0f} ms "
          f"| peak RSS {rss:.0f} MB | disk {catalog_mb + chroma_mb:.0f} MB")
    if args.json:
        args.json.write_text(json.dumps({
            "lines": lines, "cold_s": cold, "cold_runs": colds, "peak_rss_mb": rss, "noop_process_s": noop_cli["seconds"],
            "noop_in_process_ms": statistics.median(noops) * 1000, "one_file_ms": statistics.median(one_file) * 1000,
            "one_file_full_walk_ms": statistics.median(one_full) * 1000, "disk_mb": catalog_mb + chroma_mb,
            "context_ms_p50": percentile(context_runs, 0.5), "context_ms_p95": percentile(context_runs, 0.95),
            "search_ms_p50": percentile(search_runs, 0.5), "search_ms_p95": percentile(search_runs, 0.95),
            "context_ms_runs": context_runs, "search_ms_runs": search_runs}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
