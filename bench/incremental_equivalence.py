"""`postil check` answered in part from its results cache (result_cache.reuse: the files whose reports
can differ checked again) against `--no-cache` runs, on copies of trees edited one way at a time.

Each tree (the generated handler tree of handlers_vs_bandit.py, and copies of readable corpora with
flows across modules) is checked once to keep its results, then edited: a comment in a file that
imports the tree's most imported module (its helper) and in the helper; a line inserted at the
helper's top (its lines move); a statement added to a function body of the helper; the helper's
`return` lines made to return a constant (it stops returning request data) and put back (it starts
again); its first function renamed; the importer deleted; a new file (a copy of the importer). After
each edit, and after each is undone, the cached run's report (findings and summary, but elapsed time)
is compared with a `--no-cache` run's. Prints each comparison and the CPU seconds of both runs;
exits 1 on any difference.

Usage: python bench/incremental_equivalence.py [--handlers N] [--no-corpora] [CORPUS_DIR ...]
(default corpora: bench/corpora/blind116/javascript and blind112/javascript; postil runs as
`python -P -m postil`: set PYTHONPATH to measure a checkout)
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCES = (".py", ".js", ".mjs", ".cjs", ".ts", ".tsx", ".jsx")
DEFAULT_CORPORA = [HERE / "corpora" / "blind116" / "javascript", HERE / "corpora" / "blind112" / "javascript"]


def run(tree: Path, *extra: str) -> tuple[dict, float]:
    """The report of `postil check .` in ``tree`` (its elapsed time left out) and the CPU seconds it took."""
    before = os.times()
    proc = subprocess.run([sys.executable, "-P", "-m", "postil", "check", ".", "--format", "json", "--exit-zero",
                           *extra], cwd=tree, capture_output=True, text=True, check=False)
    after = os.times()
    if proc.returncode != 0:
        raise SystemExit(f"postil failed in {tree}: {proc.stderr[-2000:]}")
    report = json.loads(proc.stdout)
    report["summary"].pop("elapsed_seconds", None)
    return report, (after.children_user + after.children_system) - (before.children_user + before.children_system)


def _sources(tree: Path) -> list[Path]:
    return sorted(p for p in tree.rglob("*") if p.is_file() and p.suffix in SOURCES and ".postil" not in p.parts)


def helper_and_importer(tree: Path) -> tuple[Path, Path]:
    """The module most other files import (by an import or require line naming its stem) and one of them."""
    files = _sources(tree)
    texts = {p: p.read_text(errors="replace") for p in files}
    importers: dict[Path, list[Path]] = {}
    for path in files:
        stem = path.stem if path.stem != "index" else path.parent.name
        if not re.fullmatch(r"[\w.-]+", stem) or stem == "__init__":
            continue
        pattern = re.compile(rf"(?:\bimport\b|\brequire\(|\bfrom\b)[^\n]*\b{re.escape(stem)}\b")
        importers[path] = [other for other in files if other != path and pattern.search(texts[other])]
    helper = max(importers, key=lambda p: (len(importers[p]), str(p)))
    if not importers[helper]:
        raise SystemExit(f"no module of {tree} is imported by another")
    return helper, importers[helper][0]


def _python(path: Path) -> bool:
    return path.suffix == ".py"


def _append(path: Path, text: str) -> None:
    path.write_text(path.read_text() + text)


def _comment(path: Path) -> str:
    return "\n# edited\n" if _python(path) else "\n// edited\n"


def _body_changed(path: Path) -> None:
    """A statement added before the first `return` line of a function body."""
    lines = path.read_text().split("\n")
    for i, line in enumerate(lines):
        m = re.match(r"([ \t]+)return\b", line)
        if m:
            lines.insert(i, m.group(1) + ("_edited = 1" if _python(path) else "void 0;"))
            break
    path.write_text("\n".join(lines))


def _returns_constant(path: Path) -> None:
    """Each one-line `return EXPR` made `return "constant"`: what the helper gave its callers is gone."""
    constant = '"constant"' if _python(path) else '"constant";'
    path.write_text(re.sub(r"(?m)^([ \t]+return)[ \t]+[^\n]*[^\n{(\[,]$", rf"\1 {constant}", path.read_text()))


def _renamed(path: Path) -> None:
    """The first function defined renamed (its importers' names of it now name nothing)."""
    text = path.read_text()
    m = re.search(r"\b(?:def|function)\s+([A-Za-z_]\w*)\s*\(", text) or re.search(
        r"\bexport\s+(?:const|let)\s+([A-Za-z_]\w*)", text)
    if m:
        name = m.group(1)
        path.write_text(text[:m.start(1)] + name + "Renamed" + text[m.end(1):])


def edits(helper: Path, importer: Path) -> list[tuple[str, Callable[[], None]]]:
    """(what, apply) of each edit; each is undone from a copy of the tree's files before the next."""
    new = importer.with_name(f"added_{importer.name}")
    return [
        ("a comment appended to an importer", lambda: _append(importer, _comment(importer))),
        ("a comment appended to the helper", lambda: _append(helper, _comment(helper))),
        ("a comment line inserted at the helper's top",
         lambda: helper.write_text(_comment(helper).lstrip("\n") + helper.read_text())),
        ("a statement added to a function body of the helper", lambda: _body_changed(helper)),
        ("the helper stops returning what it read", lambda: _returns_constant(helper)),
        ("its first function renamed", lambda: _renamed(helper)),
        ("the importer deleted", importer.unlink),
        ("a new file (a copy of the importer)", lambda: shutil.copyfile(importer, new)),
    ]


def compare(tree: Path, what: str) -> bool:
    """Check ``tree`` with the cache and without; print whether their reports are the same."""
    cached, cached_cpu = run(tree)
    fresh, fresh_cpu = run(tree, "--no-cache")
    same = cached == fresh
    findings = len(fresh["findings"])
    print(f"  {'same' if same else 'DIFFERENT'}: {what} ({findings} findings; CPU cached {cached_cpu:.2f} s, "
          f"--no-cache {fresh_cpu:.2f} s)", flush=True)
    if not same:
        a, b = ({json.dumps(f, sort_keys=True) for f in report["findings"]} for report in (cached, fresh))
        for line in sorted(a - b)[:5]:
            print(f"    only cached: {line[:300]}")
        for line in sorted(b - a)[:5]:
            print(f"    only fresh:  {line[:300]}")
        if cached["summary"] != fresh["summary"]:
            print(f"    summaries: {cached['summary']} / {fresh['summary']}")
    return same


def check_tree(tree: Path) -> int:
    """The comparisons of one tree (a copy, edited in place): how many differed."""
    helper, importer = helper_and_importer(tree)
    print(f"{tree.name}: {len(_sources(tree))} source files; helper {helper.relative_to(tree)} "
          f"(importer {importer.relative_to(tree)})", flush=True)
    run(tree)  # keeps the results of the tree as it is
    originals = {p: p.read_bytes() for p in _sources(tree)}
    differed = 0
    for what, apply in edits(helper, importer):
        apply()
        differed += not compare(tree, what)
        for path in _sources(tree):
            if path not in originals:
                path.unlink()
        for path, data in originals.items():
            if not path.exists() or path.read_bytes() != data:
                path.write_bytes(data)
        if what.startswith("the helper stops"):
            differed += not compare(tree, "the helper returns what it read again")
    differed += not compare(tree, "every edit undone")
    return differed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("corpora", nargs="*", type=Path)
    parser.add_argument("--handlers", type=int, default=1250, help="handlers of the generated tree (0: none)")
    parser.add_argument("--no-corpora", action="store_true", help="the generated tree alone")
    args = parser.parse_args()
    sys.path.insert(0, str(HERE))
    import handlers_vs_bandit

    differed = 0
    with tempfile.TemporaryDirectory(prefix="postil-incremental-") as tmp:
        trees = []
        if args.handlers:
            handlers_vs_bandit.generate(Path(tmp) / "handlers", args.handlers)
            trees.append(Path(tmp) / "handlers")
        for corpus in [] if args.no_corpora else args.corpora or DEFAULT_CORPORA:
            copy = Path(tmp) / f"{corpus.parent.name}-{corpus.name}"
            shutil.copytree(corpus, copy)
            trees.append(copy)
        for tree in trees:
            differed += check_tree(tree)
    print(f"{differed} difference(s)")
    raise SystemExit(1 if differed else 0)


if __name__ == "__main__":
    main()
