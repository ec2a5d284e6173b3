"""Retrieval recall on real code nobody here wrote.

For each function of a few PyPI sdists, does ``context(path, def line)`` include the
definitions of the project functions it calls? Ground truth comes from Python's
``ast``: every ``Call`` in the function whose callee name (``f(...)`` or
``obj.f(...)``) has exactly one definition (function or class) in the project.
Names defined several times are left out (a name map cannot say which one is
meant); how many were left out is printed. A definition counts as retrieved when one
of the top-k chunks covers its ``def``/``class`` line.

Prints recall@5 and recall@10 per repo (mean over functions) for symbols-only,
keyword-only, vector-only and hybrid retrieval.

    python bench/index_recall.py [--sample 400] [--repos sqlalchemy,requests,rich,click]
"""

from __future__ import annotations

import argparse
import ast
import random
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path

from _common import unpack

HERE = Path(__file__).resolve().parent
WORK = HERE / ".work"
sys.path.insert(0, str(HERE.parent))

REPOS = {
    # name: (pip requirement, package directory inside the sdist)
    "sqlalchemy": ("sqlalchemy==2.0.36", "lib/sqlalchemy"),
    "requests": ("requests==2.32.3", "src/requests"),
    "rich": ("rich==13.9.4", "rich"),
    "click": ("click==8.1.7", "src/click"),
}
PREFETCHED = {"sqlalchemy": Path("/work/benchdata/sqlalchemy-2.0.36")}
MODES = {
    "symbols": ("symbols",),
    "keyword": ("keyword",),
    "vector": ("vector",),
    "sym+kw": ("symbols", "keyword"),
    "hybrid": ("symbols", "keyword", "vector"),
}


def fetch(name: str) -> Path:
    """The unpacked sdist of a repo, downloaded with pip into bench/.work when absent."""
    requirement, _package = REPOS[name]
    version = requirement.split("==")[1]
    if name in PREFETCHED and PREFETCHED[name].is_dir():
        return PREFETCHED[name]
    WORK.mkdir(parents=True, exist_ok=True)
    for candidate in WORK.glob(f"{name}-{version}"):
        if candidate.is_dir():
            return candidate
    archives = list(WORK.glob(f"{name}-{version}.tar.gz"))
    if not archives:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--no-binary", ":all:",
                        "-d", str(WORK), requirement], check=True, stdout=subprocess.DEVNULL)
        archives = list(WORK.glob(f"{name}-{version}.tar.gz"))
    unpack(archives[0], WORK)
    return WORK / f"{name}-{version}"


def ground_truth(root: Path, package: str):
    """(functions of the package, {function: set of unique callee definitions}, skipped ambiguous calls)."""
    definitions: dict[str, list[tuple[str, int, int]]] = defaultdict(list)
    trees: dict[str, ast.AST] = {}
    for path in root.rglob("*.py"):
        rel = path.relative_to(root).as_posix()
        if any(part in {"build", "dist", ".git"} for part in path.relative_to(root).parts[:1]):
            continue
        try:
            tree = ast.parse(path.read_text(encoding="utf-8", errors="replace"))
        except (SyntaxError, ValueError):
            continue
        trees[rel] = tree
        for node in ast.walk(tree):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
                definitions[node.name].append((rel, node.lineno, node.end_lineno or node.lineno))
    functions = []
    truth = {}
    ambiguous = 0
    loose: dict = {}  # function -> list of candidate sets for names defined 2-5 times
    for rel, tree in trees.items():
        if not rel.startswith(package + "/"):
            continue
        for node in ast.walk(tree):
            if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            called = set()
            for sub in ast.walk(node):
                if isinstance(sub, ast.Call):
                    f = sub.func
                    name = f.id if isinstance(f, ast.Name) else f.attr if isinstance(f, ast.Attribute) else None
                    if name:
                        called.add(name)
            wanted = set()
            for name in called:
                defs = definitions.get(name, [])
                if len(defs) == 1:
                    d_rel, d_line, _d_end = defs[0]
                    inside = d_rel == rel and node.lineno <= d_line <= (node.end_lineno or node.lineno)
                    if not inside:
                        wanted.add((d_rel, d_line))
                elif len(defs) > 1:
                    ambiguous += 1
                    end = node.end_lineno or node.lineno
                    group = {(d[0], d[1]) for d in defs if not (d[0] == rel and node.lineno <= d[1] <= end)}
                    # A call to the function's own name (obj.close() inside close) is left out:
                    # it almost always means another object's method.
                    if len(defs) <= 5 and group and name != node.name:
                        loose.setdefault((rel, node.lineno), []).append(group)
            if wanted:
                key = (rel, node.lineno)
                functions.append(key)
                truth[key] = wanted
    return functions, truth, ambiguous, loose


def covered(chunks, target: tuple[str, int]) -> bool:
    return any(c.path == target[0] and c.start <= target[1] <= c.end for c in chunks)


def evaluate(name: str, sample: int, seed: int) -> dict:
    from postil.rag.indexer import WorkspaceIndex

    root = fetch(name)
    package = REPOS[name][1]
    index = WorkspaceIndex(root, index_dir=WORK / f"index-{name}")
    started = time.perf_counter()
    stats = index.update()
    print(f"[{name}] index: {stats.files} files, {stats.chunks} chunks, {time.perf_counter() - started:.1f}s "
          f"({stats.indexed} indexed)", flush=True)
    functions, truth, ambiguous, loose = ground_truth(root, package)
    random.Random(seed).shuffle(functions)
    chosen = functions[:sample]
    pairs = sum(len(truth[f]) for f in chosen)
    print(f"[{name}] {len(functions)} functions with unique project callees; evaluating {len(chosen)} "
          f"({pairs} calls; {ambiguous} calls to names defined more than once left out)", flush=True)
    results = {}
    for mode, modes in MODES.items():
        r5 = r10 = 0.0
        times = []
        for rel, line in chosen:
            t = time.perf_counter()
            ctx = index.context(rel, line, k=10, budget=10**9, modes=modes)
            times.append(time.perf_counter() - t)
            wanted = truth[(rel, line)]
            top5, top10 = ctx.chunks[:5], ctx.chunks[:10]
            r5 += sum(covered(top5, w) for w in wanted) / len(wanted)
            r10 += sum(covered(top10, w) for w in wanted) / len(wanted)
        n = max(1, len(chosen))
        times.sort()
        results[mode] = (r5 / n, r10 / n, times[len(times) // 2] * 1000 if times else 0.0)
    # Looser ground truth: calls to names defined 2-5 times; any of those definitions counts.
    loose_fns = sorted(loose)
    random.Random(seed).shuffle(loose_fns)
    loose_fns = loose_fns[:sample]
    for mode in ("symbols", "hybrid"):
        r5 = r10 = 0.0
        for rel, line in loose_fns:
            ctx = index.context(rel, line, k=10, budget=10**9, modes=MODES[mode])
            sets = loose[(rel, line)]
            r5 += sum(any(covered(ctx.chunks[:5], t) for t in group) for group in sets) / len(sets)
            r10 += sum(any(covered(ctx.chunks[:10], t) for t in group) for group in sets) / len(sets)
        n = max(1, len(loose_fns))
        results[f"{mode}*"] = (r5 / n, r10 / n, 0.0)
    index.close()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sample", type=int, default=400, help="functions per repo (random, seeded)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--repos", default=",".join(REPOS))
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the figures as JSON to PATH")
    args = parser.parse_args()
    table = {}
    for name in args.repos.split(","):
        table[name] = evaluate(name.strip(), args.sample, args.seed)
    print()
    print("(* = calls to names defined 2-5 times in the project; any of their definitions counts)")
    print(f"{'repo':12} {'mode':8} {'recall@5':>9} {'recall@10':>10} {'p50 ms':>8}")
    for name, results in table.items():
        for mode, (r5, r10, p50) in results.items():
            print(f"{name:12} {mode:8} {r5:9.3f} {r10:10.3f} {p50:8.1f}")
    if args.json:
        import json

        args.json.write_text(json.dumps({"sample": args.sample, "repos": {
            name: {mode: {"recall@5": r5, "recall@10": r10, "p50_ms": p50} for mode, (r5, r10, p50) in results.items()}
            for name, results in table.items()}}, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
