"""A project's rule (``rule-dirs``) writes its own message and note: `postil check --format sarif`
put them in the rule's descriptions and help with their link syntax live (`[x](command:...)`:
the results' messages had it escaped, the descriptions not) and every message with its escape
sequences and bidi marks, which code scanning and SARIF viewers show (U+202E reorders the text a
reviewer reads). SARIF text is now plain (core.plain_text, as the editor's diagnostics) and its
link syntax escaped in every message, description and help."""

from __future__ import annotations

import json

from postil.analyzers.findings import Finding, Related, Severity, Span
from postil.output import render_sarif

PLANTED = ("ok \x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\ \u202etxt.exe \x1b[2J "
           "[link](command:workbench.action.terminal.new)")


def _strings(value) -> list[str]:
    if isinstance(value, dict):
        return [s for v in value.values() for s in _strings(v)]
    if isinstance(value, list):
        return [s for v in value for s in _strings(v)]
    return [value] if isinstance(value, str) else []


def test_a_repositorys_rule_text_is_plain_in_sarif():
    span = Span(0, 0, 0, 5)
    finding = Finding("evil/rule", Severity.WARNING, PLANTED, "a.py", span,
                      related=(Related("b.py", span, PLANTED),))
    sarif = json.loads(render_sarif([finding], {"evil/rule": {"message": PLANTED, "note": PLANTED}}))
    texts = _strings(sarif)
    assert not [t for t in texts if any(c in t for c in "\x1b\u202e\x07")], texts
    shown = [t for t in texts if "txt.exe" in t]
    assert len(shown) == 5  # message, related, short and full description, help
    assert all("\\[link\\](command:" in t for t in shown), shown
