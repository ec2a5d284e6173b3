"""Every labeled corpus lives in bench/corpora/<name>/ with one row in bench/corpora/README.md
(who wrote it, when, whether rules were tuned on it), and bench/run scores exactly the corpora the
table lists, with the table's label."""

from __future__ import annotations

import importlib.machinery
import importlib.util
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"
LABELS = ("corpus", "holdout", "fresh", "fresh2", "blind3", "blind4", "blind5", "blind6")


def _bench_run():
    loader = importlib.machinery.SourceFileLoader("bench_run", str(BENCH / "run"))
    spec = importlib.util.spec_from_loader("bench_run", loader)
    module = importlib.util.module_from_spec(spec)
    loader.exec_module(module)
    return module


def test_each_corpus_has_a_directory_and_a_row_that_says_who_wrote_it_and_whether_it_was_tuned_on():
    run = _bench_run()
    rows = {c.name: c for c in run.corpora()}
    directories = {p.name for p in (BENCH / "corpora").iterdir() if p.is_dir()}
    assert set(rows) == directories
    assert set(LABELS) <= set(rows)
    assert not any((BENCH / name).exists() for name in LABELS)  # none left at bench/'s top level
    for corpus in rows.values():
        assert corpus.written_by and corpus.written.startswith("2026-")
        assert corpus.tuned.split(":")[0] in ("tuned", "blind", "written ahead")
        assert corpus.name in ("holdout", "fresh2") or corpus.label.startswith(corpus.name)  # (not a cell shifted)
    assert rows["corpus"].tuned.startswith("tuned") and rows["blind15"].tuned.startswith("tuned: untouched")


def test_bench_run_scores_the_corpora_the_table_lists(tmp_path):
    run = _bench_run()
    names = [c.name for c in run.corpora()]
    scored = [key.removeprefix("rules_quality_") for key in run.BENCHMARKS if key.startswith("rules_quality_")]
    assert scored == names
    for name in names:
        script, full, quick = run.BENCHMARKS[f"rules_quality_{name}"]
        assert (script, full, quick) == ("rules_quality.py", ["--corpus", name], ["--corpus", name])
        assert (BENCH / "corpora" / name).is_dir()
    figures = {"python-security": {"precision": 0.5, "recall": 0.25},
               "bandit (py-security)": {"precision": 0.1, "recall": 0.2}}
    results = {f"rules_quality_{c.name}": {"figures": figures} for c in run.corpora()}
    rows = [row[0] for row in run.summary_rows(results)]
    for corpus in run.corpora():
        assert f"python-security precision / recall ({corpus.label})" in rows
