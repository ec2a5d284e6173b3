"""Precision and recall of each built-in pack on a labeled corpus in bench/corpora/.

A line is positive when the line above carries an `expect: <topic>` comment (or its
number is listed in a `<file>.expect` sidecar). A finding of the pack's rules whose
span covers a positive line is a true positive (a taint flow through a helper of its file also
covers the calls handing the helper the data: its `related` entries marked `call`, as the editor
shows them); any other finding of the pack is a false positive; positives no finding covers are misses. bandit is scored the same way
on the Python security corpus for reference. Each pack is checked as its own workspace (a copy
outside the repository), as a user's project would be.
Usage: python bench/rules_quality.py [--corpus DIR] [--show-misses] [--show-fps]
(`--corpus NAME` scores bench/corpora/NAME/; bench/corpora/README.md lists the corpora, who wrote
them and whether rules were tuned on them. A relative DIR is taken from bench/corpora/, else
from the current directory; packs without a directory in DIR are skipped.)
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import tempfile
from collections import defaultdict
from pathlib import Path

from _common import add_json_option, record, tool, write_json

BENCH = Path(__file__).resolve().parent
CORPORA = BENCH / "corpora"
CORPUS = CORPORA / "corpus"
CONFIG = CORPUS / "postil-bench.toml"
# Each pack's rule prefixes: a security corpus's templates (Jinja/Django `.html` beside a view)
# are checked by the html/security rules, as a user's default run checks them. Two python/security
# rules find classes the registry files as best practice, which corpora label in python-correctness
# (a view's `return json.dumps(...)`, `use-jsonify`; an HTTP call without a timeout).
PACKS = {
    "python-security": ("python/security/", "html/security/"),
    "python-correctness": ("python/correctness/", "python/security/json-served-as-html",
                           "python/security/request-without-timeout"),
    "javascript": ("js/", "html/security/"),
    "go": ("go/",),
    "secrets": ("secrets/",),
    "secrets-2": ("secrets/",),
    "taint-python": ("python/security/",),
    "taint-javascript": ("js/security/",),
}
LABEL = re.compile(r"^\s*(#|//|;|--)\s*expect:\s*([a-z-]+)\s*$")


def labels(pack_dir: Path) -> dict[Path, set[int]]:
    """1-based positive line numbers per file."""
    positives: dict[Path, set[int]] = defaultdict(set)
    for path in sorted(pack_dir.rglob("*")):
        if not path.is_file() or path.suffix in {".md"}:
            continue
        if path.name.endswith(".expect"):
            target = path.with_name(path.name[: -len(".expect")])
            positives[target.resolve()] |= {int(x) for x in path.read_text().split()}
            continue
        lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        for number, line in enumerate(lines, start=1):
            if LABEL.match(line):
                positives[path.resolve()].add(number + 1)
    return positives


def score(found: list[tuple], positives: dict[Path, set[int]]) -> tuple[int, int, int, list, list]:
    """(tp, fp, fn, false-positive findings as (path, line, rule), missed lines) for (path, start,
    end, rule[, also]) findings; ``also``: more (start, end) lines of the finding (calls a flow goes through)."""
    covered: set[tuple[Path, int]] = set()
    tp = fp = 0
    fps = []
    for path, start, end, rule, *also in found:
        ranges = [(start, end), *(also[0] if also else ())]
        hit = [line for line in positives.get(path, ()) if any(s <= line <= e for s, e in ranges)]
        if hit:
            tp += 1
            covered.update((path, line) for line in hit)
        else:
            fp += 1
            fps.append((path, start, rule))
    missed = [(p, line) for p, lines in positives.items() for line in sorted(lines) if (p, line) not in covered]
    return tp, fp, len(missed), fps, missed


def postil_findings(pack_dir: Path, prefixes: tuple[str, ...]) -> list[tuple[Path, int, int, str]]:
    """postil's findings on a copy of ``pack_dir`` in a temporary folder outside any repository, so the
    pack is its own workspace (checked in place, the taint engine's files near a module reach other
    corpora of this repository), mapped back to ``pack_dir``'s paths. A check that did not finish (files
    that ran out of time on a loaded machine, a worker that ended) is said on stdout and in UNCHECKED:
    its misses are not the rules'."""
    selected = [option for prefix in prefixes for option in ("--select", prefix.rstrip("/"))]
    with tempfile.TemporaryDirectory(prefix="postil-corpus-") as scratch:
        copy = Path(scratch).resolve() / pack_dir.parent.name / pack_dir.name
        shutil.copytree(pack_dir, copy, symlinks=True)
        out = subprocess.run([tool("postil"), "check", str(copy), "--format", "json", "--exit-zero",
                              *selected, "--config", str(CONFIG)],
                             capture_output=True, text=True, cwd=scratch)
        report = json.loads(out.stdout)
        if not report["summary"].get("complete", True):
            skipped = [f"{s['path']} ({s['reason']})" for s in report["summary"].get("files_skipped", [])]
            UNCHECKED.extend(skipped or [f"{pack_dir.name}: the check did not complete"])
            print(f"    INCOMPLETE {pack_dir.name}: not checked: {'; '.join(skipped) or 'see postil check'}")
        return [(pack_dir.resolve() / Path(f["path"]).resolve().relative_to(copy), f["line"], f["end_line"], f["rule"],
                 [(r["line"], r["end_line"]) for r in f["related"] if r.get("call") and r["path"] == f["path"]])
                for f in report["findings"]]


def bandit_findings(pack_dir: Path) -> list[tuple[Path, int, int, str]]:
    out = subprocess.run([tool("bandit"), "-r", str(pack_dir), "-q", "-f", "json"], capture_output=True, text=True)
    report = json.loads(out.stdout or "{}")
    return [(Path(r["filename"]).resolve(), r["line_number"], r["line_range"][-1] if r.get("line_range") else r["line_number"],
             r["test_id"]) for r in report.get("results", [])]


UNCHECKED: list[str] = []  # files a check left out while scoring (see postil_findings)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--show-misses", action="store_true")
    parser.add_argument("--show-fps", action="store_true")
    parser.add_argument("--corpus", default="corpus", help="labeled corpus: a name in bench/corpora/ or a directory (default: corpus)")
    add_json_option(parser)
    args = parser.parse_args()
    corpus = Path(args.corpus)
    if not corpus.is_absolute() and not (CORPORA / corpus).is_dir() and corpus.is_dir():
        corpus = corpus.absolute()  # `bench/corpora/fresh` typed from the repository root
    corpus = (corpus if corpus.is_absolute() else CORPORA / corpus).resolve()
    if not any((corpus / pack).is_dir() for pack in PACKS):
        raise SystemExit(f"{args.corpus}: no labeled pack directory there ({', '.join(PACKS)}); "
                         "give a corpus directory (relative to bench/corpora/ or to the current directory)")
    print(f"{'pack':20} {'positives':>9} {'TP':>5} {'FP':>5} {'FN':>5} {'precision':>9} {'recall':>7}")
    rows = [(pack, postil_findings(corpus / pack, prefixes)) for pack, prefixes in PACKS.items() if (corpus / pack).is_dir()]
    if (corpus / "python-security").is_dir():  # bandit's reference row, where there is Python security to score
        if shutil.which(tool("bandit")):
            rows.append(("bandit (py-security)", bandit_findings(corpus / "python-security")))
        else:
            print("(bandit is not installed: its reference row is left out)")
    for name, found in rows:
        pack_dir = corpus / ("python-security" if name.startswith("bandit") else name)
        positives = labels(pack_dir)
        tp, fp, fn, fps, missed = score(found, positives)
        total = sum(len(v) for v in positives.values())
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = (total - fn) / total if total else 0.0
        print(f"{name:20} {total:9d} {tp:5d} {fp:5d} {fn:5d} {precision:9.2f} {recall:7.2f}")
        record(**{name: {"positives": total, "tp": tp, "fp": fp, "fn": fn, "precision": precision, "recall": recall}})
        if args.show_fps and not name.startswith("bandit"):
            for path, line, rule in fps:
                print(f"    FP {path.relative_to(corpus)}:{line}  {rule}")
        if args.show_misses and not name.startswith("bandit"):
            for path, line in missed:
                print(f"    miss {path.relative_to(corpus)}:{line}")
    write_json(args.json)
    if UNCHECKED:
        raise SystemExit(f"incomplete: {len(UNCHECKED)} file(s) not checked; these figures undercount (re-run on a quieter machine)")


if __name__ == "__main__":
    main()
