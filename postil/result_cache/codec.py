"""A check's file reports as plain JSON data and back, exactly: :func:`encode` gives None for
reports JSON cannot give back equal (then the run is not kept)."""

from __future__ import annotations

import json
from pathlib import Path

from postil.analyzers.checker import FileReport
from postil.analyzers.findings import Finding, Fix, Related, Severity, Span, TextEdit


def _span(span: Span | None) -> list[int] | None:
    return None if span is None else [span.start_line, span.start_col, span.end_line, span.end_col]


def _finding(f: Finding) -> dict:
    return {
        "rule": f.rule, "severity": int(f.severity), "message": f.message, "path": f.path, "span": _span(f.span),
        "source": f.source, "url": f.url, "note": f.note, "metadata": f.metadata, "fingerprint": f.fingerprint,
        "related": [[r.path, _span(r.span), r.message, *([True] if r.call else [])] for r in f.related], "sink": _span(f.sink),
        "fix": None if f.fix is None else [f.fix.description,
                                            [[e.start, e.end, e.new_text, _span(e.span)] for e in f.fix.edits]],
    }


def _report(r: FileReport) -> dict:
    return {"path": str(r.path), "findings": [_finding(f) for f in r.findings], "skipped": r.skipped,
            "fixable_text": r.fixable_text, "elapsed": r.elapsed, "hidden": [_finding(f) for f in r.hidden],
            "checked": r.checked}


def encode(reports: list[FileReport], known: list[dict | None] | None = None) -> list[dict] | None:
    """The reports as JSON data; None when decoding that would not give them back equal.
    ``known``: by position, the data a report was decoded from (a kept run's, see check), taken as
    it is, or None (the report encoded and read back)."""
    known = known or [None] * len(reports)
    data = [_report(r) if k is None else k for r, k in zip(reports, known, strict=True)]
    made = [(d, r) for d, r, k in zip(data, reports, known, strict=True) if k is None]
    try:
        again = decode(json.loads(json.dumps([d for d, _ in made], ensure_ascii=False, allow_nan=False)))
    except (TypeError, ValueError):
        return None
    return data if again == [r for _, r in made] else None


def _to_span(data) -> Span | None:
    return None if data is None else Span(*data)


def _to_finding(d: dict) -> Finding:
    fix = d["fix"]
    return Finding(
        rule=d["rule"], severity=Severity(d["severity"]), message=d["message"], path=d["path"], span=_to_span(d["span"]),
        source=d["source"], url=d["url"], note=d["note"], metadata=d["metadata"], fingerprint=d["fingerprint"],
        related=tuple(Related(path, _to_span(span), message, *call) for path, span, message, *call in d["related"]),
        sink=_to_span(d["sink"]),
        fix=None if fix is None else Fix(fix[0], tuple(TextEdit(s, e, text, _to_span(span)) for s, e, text, span in fix[1])),
    )


def decode(data: list[dict]) -> list[FileReport]:
    """Reports from :func:`encode`'s data (KeyError, TypeError or ValueError when it is not that)."""
    return [FileReport(path=Path(d["path"]), findings=[_to_finding(f) for f in d["findings"]], skipped=d["skipped"],
                       fixable_text=d["fixable_text"], elapsed=d["elapsed"], hidden=[_to_finding(f) for f in d["hidden"]],
                       checked=d["checked"])
            for d in data]
