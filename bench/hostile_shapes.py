"""What a hostile repository's shapes cost `postil check` (issues 31/32: bad input never freezes
postil), at growing sizes: a JavaScript tree where each module hands `req` to the next module's
function (`chain`), a template of N unclosed `<% if (a) { %><div>` blocks (`ejs`) or
`{{#if a}}<div>` blocks (`hbs`), a Pug file of N lines each indented one space deeper (`pug`).
Each size is checked cold (`--no-cache`) in a fresh process; printed: CPU seconds (the process
and its workers), CPU per element, peak RSS, and what the check said of the file (checked,
skipped and why). A shape whose CPU per element grows with the size is superlinear.

Usage: python bench/hostile_shapes.py [--shape chain ejs hbs pug] [--sizes ...] [--postil PATH]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def _chain(root: Path, n: int) -> None:
    for i in range(n):
        head = f"const next = require('./m{i + 1}');\n" if i + 1 < n else "const { exec } = require('child_process');\n"
        call = f"  return next.f{i + 1}(req, res);\n" if i + 1 < n else "  exec(req.query.cmd);\n"
        (root / f"m{i}.js").write_text(f"{head}function f{i}(req, res) {{\n  const q = req.query.q;\n{call}}}\n"
                                       f"module.exports = {{ f{i} }};\n")


SHAPES = {  # name -> (writer of a tree of n elements, default sizes)
    "chain": (_chain, (50, 100, 200, 400)),
    "ejs": (lambda root, n: (root / "page.ejs").write_text("<% if (a) { %><div>\n" * n), (3_000, 6_000, 12_000, 24_000)),
    "hbs": (lambda root, n: (root / "page.hbs").write_text("{{#if a}}<div>\n" * n), (3_000, 6_000, 12_000)),
    "pug": (lambda root, n: (root / "page.pug").write_text("".join(" " * i + "div\n" for i in range(n))), (350, 700, 1_400)),
}


def measure(postil: str, shape: str, n: int) -> dict:
    """CPU seconds, peak RSS (MB) and the check's summary of one generated tree of ``n`` elements
    (the check's own process and the workers it waited for, by wait4)."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp, shape)
        root.mkdir()
        SHAPES[shape][0](root, n)
        out = Path(tmp, "report.json")
        with out.open("w") as handle:
            process = subprocess.Popen([postil, "check", "--no-cache", "--format", "json", "--exit-zero", str(root)],
                                       stdout=handle, stderr=subprocess.DEVNULL)
            _, status, usage = os.wait4(process.pid, 0)
            process.returncode = os.waitstatus_to_exitcode(status)
        try:
            summary = json.loads(out.read_text()).get("summary", {})
        except ValueError:
            summary = {}
    return {"cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024, "code": process.returncode,
            "skipped": [s.get("reason", "") for s in summary.get("files_skipped", [])],
            "checked": summary.get("files_checked")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shape", nargs="*", choices=sorted(SHAPES), default=sorted(SHAPES))
    parser.add_argument("--sizes", nargs="*", type=int, help="element counts (default: each shape's own)")
    parser.add_argument("--postil", default=str(Path(sys.executable).with_name("postil")))
    args = parser.parse_args()
    print(f"{'shape':6} {'n':>7} {'CPU s':>7} {'ms / 1,000':>11} {'peak MB':>8}  outcome")
    for shape in args.shape:
        for n in args.sizes or SHAPES[shape][1]:
            row = measure(args.postil, shape, n)
            outcome = f"skipped: {row['skipped'][0]}" if row["skipped"] else f"{row['checked']} files checked"
            print(f"{shape:6} {n:>7,} {row['cpu']:7.2f} {row['cpu'] / n * 1e6:11.0f} {row['rss']:8.0f}  {outcome}")


if __name__ == "__main__":
    main()
