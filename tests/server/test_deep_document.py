"""An open document whose syntax tree nests too deep to search (one JavaScript line of 30,000 `a + `
terms: ast-grep's recursion overflows its stack) is skipped by the editor's check as `postil check`
skips such a file: one line saying why, on opening and after each change, asked cheaply (the
document's last tree parsed again from the change, see server/document_depth.py). Before, each check
of it ended the check process or ran into the time limit, on every keystroke."""

from __future__ import annotations

import pytest
from lsp_harness import EDITORS, change, diagnostics, open_doc, running
from lsprotocol import types

pytestmark = pytest.mark.slow  # a language-server session

DEEP = "const total = " + "a + " * 30_000 + "a;\n"
NORMAL = "def f(x):\n    if x == None:\n        return 1\n    return 2\n"


def _skipped_for_depth(ds) -> bool:
    return len(ds) == 1 and ds[0].severity == types.DiagnosticSeverity.Information \
        and ds[0].message.startswith("postil did not check this file: its syntax tree nests more than 5,000 levels")


async def test_a_deep_document_is_skipped_with_the_reason_on_each_change(tmp_path):
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        deep = open_doc(client, tmp_path / "deep.js", DEEP, language="javascript")
        await diagnostics(client, deep, _skipped_for_depth, "the deep document's notice")
        for version, typed in enumerate(("// a note\n", "// another\n"), start=2):
            change(client, deep, version, typed)
            await diagnostics(client, deep, lambda ds, v=version: _skipped_for_depth(ds) and client.record.publishes[
                -1].version == v, f"version {version}'s notice")
        # the shallow text typed over it is checked again, and other documents go on being checked
        change(client, deep, 4, "eval(input);\n", start=(2, 0), end=(3, 0))
        await diagnostics(client, deep, lambda ds: not any(d.message.startswith("postil did not check") for d in ds),
                          "the shallow text checked")
        normal = open_doc(client, tmp_path / "normal.py", NORMAL)
        await diagnostics(client, normal, lambda ds: any(d.code == "python/correctness/none-equality-comparison"
                                                           for d in ds), "the normal document's finding")
