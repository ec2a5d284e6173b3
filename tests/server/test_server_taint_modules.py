"""In the editor, a change to a module of the project re-checks the open files that import
it (issue 31, item 5): their taint flows go through its functions. The change is typed, not
saved: the importer's findings follow the module's text in the editor, not on disk."""

from __future__ import annotations

import subprocess

import pytest
from lsp_harness import EDITORS, change, diagnostics, open_doc, running

from tests.analyzers.rules.test_taint_modules import VIEWS  # the project's views: `read_file` reads a file named by `get_param`

pytestmark = pytest.mark.slow  # language-server sessions

SAFE_HELPER = "def get_param(req, name):\n    return 'index.txt'\n"
SOURCE_HELPER = "def get_param(req, name):\n    return req.args.get(name)\n"
TAINTED_PATH = "python/security/tainted-path"


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "shop"
    (root / "helpers").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / "helpers" / "__init__.py").write_text("")
    (root / "helpers" / "params.py").write_text(SAFE_HELPER)
    (root / "views.py").write_text(VIEWS)
    return root


@pytest.mark.parametrize("editor", EDITORS)
async def test_typing_in_a_helper_module_refreshes_the_files_that_import_it(project, editor):
    async with running(project, EDITORS[editor]()) as client:
        views = open_doc(client, project / "views.py")
        helper = open_doc(client, project / "helpers" / "params.py")
        first = await diagnostics(client, views)
        assert [d for d in first if d.code == TAINTED_PATH] == []
        await diagnostics(client, helper)
        change(client, helper, 2, SOURCE_HELPER, start=(0, 0), end=(2, 0))
        items = await diagnostics(client, views, lambda ds: any(d.code == TAINTED_PATH for d in ds),
                                  "the importer's flow through the changed helper")
        [flow] = [d for d in items if d.code == TAINTED_PATH]
        assert flow.range.start.line == 12  # (from the read through the helper, line 13, to the open: built-text)
        assert "`get_param(request, \"name\")`" in flow.message
        change(client, helper, 3, SAFE_HELPER, start=(0, 0), end=(2, 0))
        await diagnostics(client, views, lambda ds: not any(d.code == TAINTED_PATH for d in ds),
                          "the flow gone once the helper returns a constant again")
