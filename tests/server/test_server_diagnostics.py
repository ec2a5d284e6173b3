"""Diagnostics end to end, with VS Code (push) and Neovim (pull) capabilities."""

from __future__ import annotations

import pytest
from lsp_harness import (
    EDITORS,
    change,
    diagnostics,
    is_pull,
    latest_published,
    open_doc,
    running,
    wait_for,
)
from lsprotocol import types

pytestmark = pytest.mark.slow  # language-server sessions

BAD = "def f(x):\n    if x == None:\n        return eval(x)\n    return 1\n"
CLEAN = "def f(x):\n    return x\n"


@pytest.fixture
def project(tmp_path):
    root = tmp_path / "proj"
    root.mkdir()
    (root / "app.py").write_text(BAD)
    return root


@pytest.mark.parametrize("editor", EDITORS)
async def test_open_reports_rule_findings_with_lsp_fields(project, editor):
    async with running(project, EDITORS[editor]()) as client:
        uri = open_doc(client, project / "app.py")
        items = await diagnostics(client, uri, lambda ds: len(ds) >= 2)
        by_code = {d.code: d for d in items}
        none_cmp = by_code["python/correctness/none-equality-comparison"]
        assert none_cmp.source == "postil"
        assert none_cmp.range.start == types.Position(line=1, character=7)
        assert none_cmp.range.end == types.Position(line=1, character=16)
        assert none_cmp.data["fix"]["title"] == "Replace with `x is None`"
        assert none_cmp.data["fix"]["edits"][0]["range"]["start"]["line"] == 1
        assert by_code["python/security/eval-exec-non-literal"].severity in (
            types.DiagnosticSeverity.Error, types.DiagnosticSeverity.Warning)
        assert any(d.code_description and d.code_description.href.startswith("http") for d in items)


FLOW = "from flask import request\n\n\n@app.route('/go')\ndef go():\n    nxt = request.args['next']\n    return redirect(nxt)\n"


async def _the(client, uri: str, code: str) -> types.Diagnostic:
    """The one diagnostic of rule ``code`` in the document, once it shows."""
    items = await diagnostics(client, uri, lambda ds: any(d.code == code for d in ds))
    [found] = [d for d in items if d.code == code]
    return found


async def test_taint_finding_points_at_its_source(project):
    async with running(project, EDITORS["vscode"]()) as client:
        uri = open_doc(client, project / "flow.py", FLOW)
        flow = await _the(client, uri, "python/security/tainted-redirect")
        assert flow.range.start == types.Position(line=6, character=11)
        [source] = flow.related_information
        assert source.location.uri == uri
        assert source.location.range.start == types.Position(line=5, character=10)
        assert source.message == "request data enters here"


HELPER_FLOW = "import sqlite3\nfrom flask import request\n\n\ndef run(sql):\n    return sqlite3.connect('a.db').execute(sql)\n" \
    "\n\n@app.route('/s')\ndef search():\n    term = request.args['q']\n    return run(\"SELECT id FROM t WHERE a = '\" + term + \"'\")\n"


async def test_a_flow_through_a_helper_shows_the_call_handing_it_the_data(project):
    """Reported at the helper's sink; the call is the flow's too (some corpora label it): related information."""
    async with running(project, EDITORS["vscode"]()) as client:
        uri = open_doc(client, project / "views.py", HELPER_FLOW)
        flow = await _the(client, uri, "python/security/tainted-sql")
        assert flow.range.start.line == 5
        assert [(r.location.uri, r.location.range.start.line, r.message) for r in flow.related_information] == [
            (uri, 10, "request data enters here"), (uri, 11, "request data is handed to `run` here")]


SQL = "def lookup(conn, user_id):\n    q = \"SELECT * FROM users WHERE id = '%s'\" % user_id\n" \
      "    cur = conn.cursor()\n    cur.execute(q)\n"


async def test_sql_built_above_its_call_is_underlined_from_the_building_line_to_the_call(project):
    async with running(project, EDITORS["vscode"]()) as client:
        sql = await _the(client, open_doc(client, project / "db.py", SQL), "python/security/sql-injection")
        assert sql.range.start == types.Position(line=1, character=4)
        assert sql.range.end == types.Position(line=3, character=18)
        assert sql.message.endswith("; SQL text built at line 2, run at line 4")


@pytest.mark.parametrize("editor", EDITORS)
async def test_push_or_pull_never_both(project, editor):
    async with running(project, EDITORS[editor]()) as client:
        uri = open_doc(client, project / "app.py")
        await diagnostics(client, uri, lambda ds: len(ds) >= 2)
        change(client, uri, 2, "x = 1\n")
        await diagnostics(client, uri, lambda ds: len(ds) >= 2)
        if is_pull(client):
            assert client.record.publishes == []
            assert client.init_result.capabilities.diagnostic_provider is not None
        else:
            assert all(p.uri == uri for p in client.record.publishes)


@pytest.mark.parametrize("editor", EDITORS)
async def test_edit_updates_and_close_clears(project, editor):
    async with running(project, EDITORS[editor]()) as client:
        uri = open_doc(client, project / "app.py")
        await diagnostics(client, uri, lambda ds: len(ds) >= 2)
        # incremental edit: fix line 2 (`if x == None:` -> `if x is None:`)
        change(client, uri, 2, "is", start=(1, 9), end=(1, 11))
        items = await diagnostics(client, uri, lambda ds: len(ds) == 1, "one finding after the edit")
        assert items[0].code == "python/security/eval-exec-non-literal"
        client.text_document_did_close(types.DidCloseTextDocumentParams(
            text_document=types.TextDocumentIdentifier(uri=uri)))
        if not is_pull(client):
            await wait_for(client, lambda: len(latest_published(client, uri).diagnostics) == 0, "cleared diagnostics")


async def test_utf16_columns_after_astral_characters(project):
    text = 's = "😀😀"; y = x == None\n'
    async with running(project, EDITORS["vscode"]()) as client:
        uri = open_doc(client, project / "emoji.py", text)
        items = await diagnostics(client, uri, lambda ds: len(ds) == 1)
        # "x == None" starts at code point 14, UTF-16 unit 16 (two surrogate pairs before it)
        assert items[0].range.start.character == 16


VUE = '''<template>
  <p>{{ title }}</p>
</template>

<script setup lang="ts">
const title: string = 'Preview'
const view = document.getElementById('view')!
view.innerHTML = location.hash.slice(1)
</script>
'''


@pytest.mark.parametrize("editor", EDITORS)
async def test_a_vue_component_s_script_is_checked_in_the_editor(tmp_path, editor):
    """The editor shows the script block's findings on the component's own lines (the block
    was HTML text to postil, never checked)."""
    path = tmp_path / "Preview.vue"
    path.write_text(VUE)
    async with running(tmp_path, EDITORS[editor]()) as client:
        uri = open_doc(client, path, VUE, language="vue")
        shown = await diagnostics(client, uri, lambda ds: any(d.code == "js/security/tainted-xss" for d in ds))
        [xss] = [d for d in shown if d.code == "js/security/tainted-xss"]
        assert xss.range.start.line == 7, xss.range  # `view.innerHTML = location.hash...`
