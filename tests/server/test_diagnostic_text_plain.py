"""A checkout's own rules (``rule-dirs``) write the messages its findings carry. The CLI's text
output shows escapes and bidi marks as ``\\x1b``/``\\u202e`` and JSON escapes them, but the editor
got them raw in each diagnostic: a right-to-left override reordered the words of the warning in
the Problems panel, an OSC 8 string carried a hidden address. The server now sends a diagnostic's
text plain (no escape sequences, controls or bidi marks), as it does the hover. Real server."""

from __future__ import annotations

import pytest
from lsp_harness import EDITORS, diagnostics, open_doc, running

pytestmark = pytest.mark.slow  # a language-server session

RULE = ('id: team/no-print\nlanguage: python\nseverity: warning\n'
        'message: "pay \\u202Eattention\\e[2J to \\e]8;;https://x.example\\e\\\\this\\u2066"\n'
        'rule:\n  pattern: print($$$A)\n')


async def test_a_rules_message_reaches_the_editor_plain(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "no-print.yml").write_text(RULE)
    (tmp_path / ".postil.toml").write_text('rule-dirs = ["rules"]\n')
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        uri = open_doc(client, tmp_path / "a.py", "print(1)\n")
        items = await diagnostics(client, uri, lambda ds: any(d.code == "team/no-print" for d in ds))
        shown = [d.message for d in items if d.code == "team/no-print"]
        assert shown == ["pay attention to this"], shown
