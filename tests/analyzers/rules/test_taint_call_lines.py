"""A flow through a helper of its file is reported at the helper's sink and carries each call handing it the
data (a related place marked `call`): the results cache keeps the mark, and the corpus scorer counts the
finding on those lines too (corpora label either end: blind4's Lambda handlers the call, others the sink)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

from postil.analyzers.checker import FileReport
from postil.analyzers.findings import Finding, Related, Severity, Span
from postil.result_cache.codec import decode, encode

BENCH = Path(__file__).resolve().parents[3] / "bench"


def _scorer():
    sys.path.insert(0, str(BENCH))  # (it imports bench/_common.py)
    try:
        spec = importlib.util.spec_from_file_location("rules_quality_under_test", BENCH / "rules_quality.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        return module
    finally:
        sys.path.remove(str(BENCH))


def test_the_scorer_counts_a_flow_on_the_call_handing_its_helper_the_data():
    path = Path("/corpus/handlers.js")
    flow = (path, 5, 5, "js/security/tainted-sql", [(10, 10)])
    tp, fp, fn, fps, missed = _scorer().score([flow], {path: {10}})
    assert (tp, fp, fn, fps, missed) == (1, 0, 0, [], [])
    tp, fp, fn, _, _ = _scorer().score([flow[:4]], {path: {10}})  # (without the call: a false alarm and a miss)
    assert (tp, fp, fn) == (0, 1, 1)


def test_the_results_cache_keeps_which_related_place_is_a_call():
    finding = Finding("js/security/tainted-sql", Severity.ERROR, "SQL injection", "handlers.js", Span(4, 2, 4, 40),
                      related=(Related("handlers.js", Span(7, 2, 7, 9), "event data enters here"),
                               Related("handlers.js", Span(9, 2, 9, 30), "event data is handed to `query` here", call=True)))
    reports = [FileReport(path=Path("handlers.js"), findings=[finding])]
    data = encode(reports)
    assert data is not None and decode(data) == reports
    assert [r.call for r in decode(data)[0].findings[0].related] == [False, True]
