"""In the editor, a Python file that does not parse shows one `syntax-error` diagnostic where
CPython stops, beside the other findings; fixing the syntax clears it."""

from __future__ import annotations

import pytest
from lsp_harness import EDITORS, change, diagnostics, open_doc, running
from lsprotocol import types

pytestmark = pytest.mark.slow  # language-server sessions

BROKEN = "import os\n\n\ndef load(path):\n    rows = [line for line in open(path)\n    return rows\n\n\ndef run(cmd):\n    os.system('sh -c ' + cmd)\n"


@pytest.mark.parametrize("editor", EDITORS)
async def test_one_syntax_error_beside_the_other_findings(tmp_path, editor):
    (tmp_path / "broken.py").write_text(BROKEN)
    async with running(tmp_path, EDITORS[editor]()) as client:
        uri = open_doc(client, tmp_path / "broken.py")
        items = await diagnostics(client, uri, lambda ds: any(d.code == "syntax-error" for d in ds)
                                  and any(d.code == "python/security/subprocess-shell-function" for d in ds))
        [error] = [d for d in items if d.code == "syntax-error"]
        assert error.message.startswith("SyntaxError: '[' was never closed")
        assert error.severity == types.DiagnosticSeverity.Error
        assert error.range.start == types.Position(line=4, character=11)
        change(client, uri, 2, "]", start=(4, 39), end=(4, 39))
        await diagnostics(client, uri, lambda ds: ds and not any(d.code == "syntax-error" for d in ds),
                          "the syntax error cleared")
