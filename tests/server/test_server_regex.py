"""`postil serve` keeps answering while a repository's catastrophic regex meets a file
(issue 30, item 5): another file's diagnostics, a hover and shutdown all answer. Before, the
check held the GIL in Python's ``re`` and the server answered nothing, every time that file
opened."""

from __future__ import annotations

import asyncio
import time

import pytest
from lsp_harness import EDITORS, diagnostics, open_doc, running
from lsprotocol import types

pytestmark = pytest.mark.slow  # language-server sessions

RUN = "a" * 40
HOSTILE = f'def handler({RUN}X):\n    label = "{RUN}!"  # {RUN}!\n    eval({RUN}X)\n'
RULES = "---\n".join(
    f"id: hostile/constraint-{n}\nlanguage: python\nmessage: hostile\nrule: {{pattern: 'label = $S'}}\n"
    f"constraints: {{S: {{regex: '{pattern}'}}}}\n"
    for n, pattern in enumerate((r"(a+)+$", r"(a|aa)*b", r"(\w+\s?)*$")))
FINDING = "python/security/eval-exec-non-literal"
# A bound for a freeze, not a speed (the figures are printed): a backtracking engine takes ~2^40
# steps on these 40-character runs, far longer than this; it holds at 10x load on 2 cores.
ANSWER_WITHIN = 30.0


def _has_finding(found) -> bool:
    return any(d.code == FINDING for d in found)


async def test_other_files_hover_and_shutdown_answer_while_a_hostile_regex_meets_a_file(tmp_path):
    (tmp_path / "rules").mkdir()
    (tmp_path / "rules" / "hostile.yml").write_text(RULES)
    (tmp_path / ".postil.toml").write_text('rule-dirs = ["rules"]\n')
    (tmp_path / "app.py").write_text(HOSTILE)
    for name in ("warm.py", "other.py"):
        (tmp_path / name).write_text("def run(code):\n    eval(code)\n")
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        await diagnostics(client, open_doc(client, tmp_path / "warm.py"), _has_finding)  # rules loaded
        hostile = open_doc(client, tmp_path / "app.py")
        started = time.monotonic()
        other = open_doc(client, tmp_path / "other.py")
        await asyncio.wait_for(diagnostics(client, other, _has_finding), ANSWER_WITHIN)
        other_seconds = time.monotonic() - started
        started = time.monotonic()
        hover = await asyncio.wait_for(client.text_document_hover_async(types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=other), position=types.Position(1, 5))), ANSWER_WITHIN)
        hover_seconds = time.monotonic() - started
        assert hover is not None and FINDING in hover.contents.value
        await asyncio.wait_for(diagnostics(client, hostile, _has_finding), ANSWER_WITHIN)  # the file was checked
        started = time.monotonic()
        await asyncio.wait_for(client.shutdown_session(), ANSWER_WITHIN)
        print(f"other file's diagnostics {other_seconds:.3f} s, hover {hover_seconds:.3f} s, "
              f"shutdown {time.monotonic() - started:.3f} s")
