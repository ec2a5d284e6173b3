"""In the editor, a change to a barrel (an `index.ts` re-exporting another module's names: see
taint_reexports) re-checks the open files that import through it, as a change to the module itself
does (test_server_taint_modules): pointing the barrel's `getParam` at a helper that returns request
data shows the importer's flow, pointing it back clears it. The change is typed, not saved."""

from __future__ import annotations

import subprocess

import pytest
from lsp_harness import EDITORS, change, diagnostics, open_doc, running

pytestmark = pytest.mark.slow  # language-server sessions

SOURCE_HELPER = "export function getParam(req: any, name: string) {\n  return req.query[name]\n}\n"
CONSTANT_HELPER = "export function getParam(req: any, name: string) {\n  return 'index.txt'\n}\n"
TO_CONSTANT = "export { getParam } from './constant'\n"
TO_SOURCE = "export { getParam } from './params'\n"
ROUTES = """import express from 'express'
import { exec } from 'child_process'
import { getParam } from './lib'

const app = express()
app.get('/run', (req, res) => {
  exec('ls ' + getParam(req, 'dir'))
  res.send('ok')
})
"""
TAINTED_COMMAND = "js/security/tainted-command"


FILES = {"lib/params.ts": SOURCE_HELPER, "lib/constant.ts": CONSTANT_HELPER, "lib/index.ts": TO_CONSTANT,
         "routes.ts": ROUTES}


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "shop"
    for name, text in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    return root


def _flows(items) -> list[int]:
    return [d.range.start.line + 1 for d in items if d.code == TAINTED_COMMAND]


@pytest.mark.parametrize("editor", EDITORS)
async def test_typing_in_a_barrel_refreshes_the_files_that_import_through_it(project, editor):
    async with running(project, EDITORS[editor]()) as client:
        routes = open_doc(client, project / "routes.ts", language="typescript")
        barrel = open_doc(client, project / "lib" / "index.ts", language="typescript")
        assert _flows(await diagnostics(client, routes)) == []
        await diagnostics(client, barrel)
        change(client, barrel, 2, TO_SOURCE, start=(0, 0), end=(1, 0))
        items = await diagnostics(client, routes, lambda ds: _flows(ds) != [],
                                  "the importer's flow through the helper the barrel now names")
        assert _flows(items) == [7]
        change(client, barrel, 3, TO_CONSTANT, start=(0, 0), end=(1, 0))
        await diagnostics(client, routes, lambda ds: _flows(ds) == [], "the flow gone once the barrel names the constant")
