"""A document the server does not check (too large, binary) gets one Information diagnostic
saying why, in push (VS Code) and pull (Neovim) mode, instead of nothing."""

from __future__ import annotations

import pytest
from lsp_harness import EDITORS, diagnostics, open_doc, running
from lsprotocol import types

pytestmark = pytest.mark.slow  # language-server sessions

FINDING = "def f(x):\n    if x == None:\n        return 1\n"
LARGE = FINDING + "# padding\n" * 110_000  # ~1.1 MB, over the default max-file-size (1,000,000 bytes)
BINARY = FINDING + "\0\1\2 binary tail\n"


@pytest.mark.parametrize("editor", EDITORS)
@pytest.mark.parametrize(("name", "text", "why"), [
    ("large.py", LARGE, "larger than max-file-size (1000000 bytes)"),
    ("blob.py", BINARY, "binary content"),
])
async def test_a_skipped_document_says_why(tmp_path, editor, name, text, why):
    async with running(tmp_path, EDITORS[editor]()) as client:
        uri = open_doc(client, tmp_path / name, text)
        [notice] = await diagnostics(client, uri, lambda ds: len(ds) > 0, what="the skip notice")
        assert notice.severity == types.DiagnosticSeverity.Information
        assert notice.source == "postil" and notice.code is None
        assert notice.message == f"postil did not check this file: {why}"
        assert notice.range.start == types.Position(line=0, character=0)
