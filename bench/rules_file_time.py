"""Per-file rule time for a 1,000-line Python file (start-up times: bench/start_time.py).

Per-file: the in-process cost the language server pays on every save (rules + taint +
secrets + suppressions), median and p95 over repeated runs; target median ≤ 15 ms (issue 15's
budget, set when the taint rules joined; ``TARGET_MS``, which bench/run reads from --json).
With --flow the file is ~1,000 lines of web handlers (bench/corpora/fresh/taint-python repeated), so
the taint rules run their full flow analysis, not just the source probe.
Usage: python bench/rules_file_time.py [FILE | --flow]
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

import argparse

from _common import add_json_option, machine, percentile, record, sdist, write_json

from postil.analyzers.checker import Checker
from postil.config import LoadedConfig, PostilConfig

TARGET_MS = 15.0  # median per-file check time (issue 15)


def thousand_line_file() -> Path:
    """A real ~1,000-line module from SQLAlchemy (sql/functions.py is ~2k; take its first 1,000 lines)."""
    source = sdist("sqlalchemy", "2.0.36") / "lib" / "sqlalchemy" / "orm" / "strategy_options.py"
    target = Path(__file__).resolve().parent / ".work" / "thousand_lines.py"
    lines = source.read_text(encoding="utf-8").splitlines(keepends=True)[:1000]
    target.write_text("".join(lines), encoding="utf-8")
    return target


def flow_file() -> Path:
    """~1,000 lines of Flask/Django/FastAPI/Pyramid/Lambda handlers: the flow corpus, repeated, cut
    before the last top-level definition that would pass line 1,000 (cut at line 1,000 the file
    ended inside a block: a syntax error, which sent every check to CPython's parser as well)."""
    sources = sorted((Path(__file__).resolve().parent / "corpora" / "fresh" / "taint-python").glob("*.py"))
    chunks, lines = [], 0
    while lines < 1000:
        for source in sources:
            text = source.read_text(encoding="utf-8")
            chunks.append(text)
            lines += text.count("\n")
            if lines >= 1000:
                break
    target = Path(__file__).resolve().parent / ".work" / "thousand_flow_lines.py"
    target.parent.mkdir(exist_ok=True)
    kept = "".join(chunks).splitlines(keepends=True)
    end = max(i for i, line in enumerate(kept[:1001]) if line.startswith(("def ", "@", "class ", "async def ")))
    while end and kept[end - 1].startswith("@"):  # a decorated definition starts at its first decorator
        end -= 1
    target.write_text("".join(kept[:end]), encoding="utf-8")
    return target


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("file", nargs="?", type=Path)
    parser.add_argument("--flow", action="store_true", help="time a 1,000-line file of web handlers")
    add_json_option(parser)
    args = parser.parse_args()
    path = args.file or (flow_file() if args.flow else thousand_line_file())
    text = path.read_text(encoding="utf-8")
    checker = Checker(LoadedConfig(PostilConfig(), None, path.parent))
    checker.check_text(path, text)  # warm caches (grammar load, rule compile)
    runs, cpu_runs = [], []  # wall and CPU time: on a loaded machine compare the CPU figures
    for _ in range(50):
        started, cpu_started = time.perf_counter(), time.process_time()
        checker.check_text(path, text)
        runs.append((time.perf_counter() - started) * 1000)
        cpu_runs.append((time.process_time() - cpu_started) * 1000)
    secret_runs = []  # the part the editor runs on every keystroke
    for _ in range(100):
        started = time.perf_counter()
        checker.secret_findings(text, str(path))
        secret_runs.append((time.perf_counter() - started) * 1000)
    print(f"machine: {machine()}")
    print(f"file: {path} ({text.count(chr(10))} lines), {checker.rule_count} rules enabled")
    print(f"per-file check: median {statistics.median(runs):.2f} ms, p95 {percentile(runs, 95):.2f} ms (target median <= {TARGET_MS:g} ms)")
    print(f"per-file check, CPU time: median {statistics.median(cpu_runs):.2f} ms (steadier than wall time on a loaded machine)")
    print(f"secret scan alone: median {statistics.median(secret_runs):.2f} ms, p95 {percentile(secret_runs, 95):.2f} ms")
    record(lines=text.count(chr(10)), rules=checker.rule_count, check_ms_runs=runs, check_ms_median=statistics.median(runs),
           check_ms_p95=percentile(runs, 95), check_ms_target=TARGET_MS, check_cpu_ms_median=statistics.median(cpu_runs), secrets_ms_median=statistics.median(secret_runs))
    write_json(args.json)


if __name__ == "__main__":
    main()
