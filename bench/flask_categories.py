"""TPR - FPR per category on a tree of one-handler-per-file cases, beside bandit (issue 31).

The independent benchmark issue 31 names scores tools per category of vulnerability (command
injection, SQL, path traversal, ...) on one request handler per file, half of them safe twins: the
true-positive rate minus the false-positive rate, averaged over the categories. This prints the
same for a tree laid out as ``DIR/<category>/**/*.py`` with the corpora's labels (`# expect:` on the
line above the sink of a vulnerable file; a safe file has none): a vulnerable file counts as found
when a finding covers its labelled line, a safe file as a false alarm when any finding lies in it.
postil runs its python/security rules (taint and pattern rules) with the corpora's config; bandit
its defaults. Files with no label and no sibling label (helper modules) are in neither count.

Usage: python bench/flask_categories.py [DIR]   (default: bench/corpora/blind12/taint-python)
"""

from __future__ import annotations

import argparse
import shutil
from collections import defaultdict
from pathlib import Path

from _common import add_json_option, record, tool, write_json
from rules_quality import CORPORA, bandit_findings, labels, postil_findings

DEFAULT = CORPORA / "blind12" / "taint-python"


def cases(tree: Path) -> dict[str, dict[Path, set[int]]]:
    """category -> {handler file: its labelled lines (empty: a safe twin)}; a file of a helper
    package (``helpers/``, ``__init__.py``) is no case."""
    positives = labels(tree)
    found: dict[str, dict[Path, set[int]]] = defaultdict(dict)
    for path in sorted(tree.rglob("*.py")):
        relative = path.relative_to(tree)
        if len(relative.parts) < 2 or "helpers" in relative.parts or path.name == "__init__.py":
            continue
        found[relative.parts[0]][path.resolve()] = positives.get(path.resolve(), set())
    return found


def rates(by_category: dict[str, dict[Path, set[int]]], findings: list[tuple[Path, int, int, str]]) -> dict[str, tuple]:
    """category -> (TPR, FPR, vulnerable files, safe files)."""
    spans: dict[Path, list[tuple[int, int]]] = defaultdict(list)
    for path, start, end, _ in findings:
        spans[path].append((start, end))
    out = {}
    for category, files in sorted(by_category.items()):
        vulnerable = [p for p, lines in files.items() if lines]
        safe = [p for p, lines in files.items() if not lines]
        found = sum(any(s <= line <= e for s, e in spans[p] for line in files[p]) for p in vulnerable)
        alarms = sum(bool(spans[p]) for p in safe)
        out[category] = (found / len(vulnerable) if vulnerable else 0.0, alarms / len(safe) if safe else 0.0,
                         len(vulnerable), len(safe))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("tree", nargs="?", type=Path, default=DEFAULT)
    add_json_option(parser)
    args = parser.parse_args()
    by_category = cases(args.tree.resolve())
    tools = {"postil": postil_findings(args.tree.resolve(), ("python/security/",))}
    if shutil.which(tool("bandit")):
        tools["bandit"] = bandit_findings(args.tree.resolve())
    scored = {name: rates(by_category, found) for name, found in tools.items()}
    print(f"{'category':18} {'vuln':>5} {'safe':>5}  " + "  ".join(f"{name + ' TPR  FPR  TPR-FPR':>24}" for name in tools))
    for category in sorted(by_category):
        _, _, vulnerable, safe = scored["postil"][category]
        row = "  ".join(f"{tpr:10.2f} {fpr:4.2f} {tpr - fpr:8.2f}" for tpr, fpr, _, _ in (s[category] for s in scored.values()))
        print(f"{category:18} {vulnerable:5d} {safe:5d}  {row}")
    for name, by in scored.items():
        average = sum(tpr - fpr for tpr, fpr, _, _ in by.values()) / len(by)
        worst = min(by, key=lambda c: by[c][0] - by[c][1])
        print(f"{name}: average TPR - FPR {average:.2f} over {len(by)} categories; lowest {worst} "
              f"{by[worst][0] - by[worst][1]:.2f}")
        record(**{name: {"average": average, "categories": {c: {"tpr": t, "fpr": f} for c, (t, f, _, _) in by.items()}}})
    write_json(args.json)


if __name__ == "__main__":
    main()
