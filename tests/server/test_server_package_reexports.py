"""In the editor, a change to a Python package's `__init__.py` that re-exports another module's names (see
taint_py_reexports) re-checks the open files that import through it, as a change to a JavaScript barrel does
(test_server_barrel_reexports): pointing the package's `get_param` at a helper that returns request data
shows the importer's flow, pointing it back clears it. The change is typed, not saved."""

from __future__ import annotations

import subprocess

import pytest
from lsp_harness import EDITORS, change, diagnostics, open_doc, running

pytestmark = pytest.mark.slow  # language-server sessions

SOURCE_HELPER = "def get_param(req, name):\n    return req.args.get(name)\n"
CONSTANT_HELPER = "def get_param(req, name):\n    return \"index.txt\"\n"
TO_CONSTANT = "from .constant import get_param\n"
TO_SOURCE = "from .params import get_param\n"
ROUTES = """import os

from flask import Flask, request

from lib import get_param

app = Flask(__name__)


@app.route("/run")
def run():
    os.system("ls " + get_param(request, "dir"))
    return "ok"
"""
TAINTED_COMMAND = "python/security/tainted-command"


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "shop"
    (root / "lib").mkdir(parents=True)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    (root / "lib" / "params.py").write_text(SOURCE_HELPER)
    (root / "lib" / "constant.py").write_text(CONSTANT_HELPER)
    (root / "lib" / "__init__.py").write_text(TO_CONSTANT)
    (root / "routes.py").write_text(ROUTES)
    return root


def _flows(items) -> list[int]:
    return [d.range.start.line + 1 for d in items if d.code == TAINTED_COMMAND]


@pytest.mark.parametrize("editor", EDITORS)
async def test_typing_in_a_package_init_refreshes_the_files_that_import_through_it(project, editor):
    async with running(project, EDITORS[editor]()) as client:
        routes = open_doc(client, project / "routes.py")
        package = open_doc(client, project / "lib" / "__init__.py")
        assert _flows(await diagnostics(client, routes)) == []
        await diagnostics(client, package)
        change(client, package, 2, TO_SOURCE, start=(0, 0), end=(1, 0))
        items = await diagnostics(client, routes, lambda ds: _flows(ds) != [],
                                  "the importer's flow through the helper the package now names")
        assert _flows(items) == [12]
        change(client, package, 3, TO_CONSTANT, start=(0, 0), end=(1, 0))
        await diagnostics(client, routes, lambda ds: _flows(ds) == [], "the flow gone once the package names the constant")
