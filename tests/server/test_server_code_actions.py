"""Code actions end to end: quick fixes, suppression comments, fix-all and resolve."""

from __future__ import annotations

import asyncio

import pytest
from lsp_harness import DEADLINE, EDITORS, change, diagnostics, open_doc, running
from lsprotocol import types

pytestmark = pytest.mark.slow  # language-server sessions


def apply(text: str, edits) -> str:
    """Apply LSP text edits (ASCII text: columns are code points) like an editor."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(pos):
        return starts[pos.line] + pos.character if pos.line < len(lines) else len(text)

    for edit in sorted(edits, key=lambda e: (e.range.start.line, e.range.start.character), reverse=True):
        text = text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]
    return text


def edits_of(action: types.CodeAction):
    return [e for change in action.edit.document_changes for e in change.edits]


async def actions_for(client, uri, diagnostic, only=None):
    return await client.text_document_code_action_async(types.CodeActionParams(
        text_document=types.TextDocumentIdentifier(uri=uri), range=diagnostic.range,
        context=types.CodeActionContext(diagnostics=[diagnostic], only=only)))


PY = "def f(x):\n    if x == None:\n        return 1\n    return 2\n"


@pytest.mark.parametrize("editor", EDITORS)
async def test_quickfix_is_preferred_linked_and_fixes_the_line(tmp_path, editor):
    async with running(tmp_path, EDITORS[editor]()) as client:
        uri = open_doc(client, tmp_path / "a.py", PY)
        [diag] = await diagnostics(client, uri, lambda ds: len(ds) == 1)
        actions = await actions_for(client, uri, diag)
        fix = next(a for a in actions if a.is_preferred)
        assert fix.kind == types.CodeActionKind.QuickFix
        assert fix.title == "postil (python/correctness/none-equality-comparison): Replace with `x is None`"
        assert fix.diagnostics[0].code == diag.code
        assert apply(PY, edits_of(fix)) == PY.replace("x == None", "x is None")


@pytest.mark.parametrize("path,text,expected", [
    ("a.py", PY, "def f(x):\n    # postil: ignore[python/correctness/none-equality-comparison]\n    if x == None:\n"),
    ("a.js", "function f(y) {\n  const x = eval(y);\n}\n",
     "function f(y) {\n  // postil: ignore[js/security/eval-dynamic-code]\n  const x = eval(y);\n"),
    ("a.go", 'package main\n\nimport "crypto/md5"\n\nfunc main() {\n\tmd5.New()\n}\n',
     "func main() {\n\t// postil: ignore[go/security/weak-hash]\n\tmd5.New()\n"),
])
async def test_ignore_on_line_inserts_comment_in_language_syntax(tmp_path, path, text, expected):
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        uri = open_doc(client, tmp_path / path, text, language=path.rsplit(".")[-1])
        diags = await diagnostics(client, uri, lambda ds: len(ds) >= 1)
        actions = await actions_for(client, uri, diags[0])
        ignore = next(a for a in actions if a.title.endswith("ignore on this line"))
        new_text = apply(text, edits_of(ignore))
        assert expected in new_text
        # the suppression works: reopening the fixed text reports nothing for that rule
        uri2 = open_doc(client, tmp_path / f"fixed_{path}", new_text, language=path.rsplit(".")[-1])
        after = await diagnostics(client, uri2, lambda ds: True)
        assert diags[0].code not in {d.code for d in after}


async def test_ignore_in_file_goes_after_shebang_and_extends_existing_comment(tmp_path):
    text = "#!/usr/bin/env python\nimport os\nif os == None:\n    pass\n"
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        uri = open_doc(client, tmp_path / "s.py", text)
        [diag] = await diagnostics(client, uri, lambda ds: len(ds) == 1)
        actions = await actions_for(client, uri, diag)
        ignore = next(a for a in actions if a.title.endswith("ignore in this file"))
        new_text = apply(text, edits_of(ignore))
        assert new_text.startswith(
            "#!/usr/bin/env python\n# postil: ignore-file[python/correctness/none-equality-comparison]\nimport os\n")
        text2 = "# postil: ignore-file[python/correctness/bare-except]\nx = 1\nif x == None:\n    pass\n"
        uri2 = open_doc(client, tmp_path / "t.py", text2)
        [diag2] = await diagnostics(client, uri2, lambda ds: len(ds) == 1)
        ignore2 = next(a for a in await actions_for(client, uri2, diag2) if a.title.endswith("ignore in this file"))
        assert apply(text2, edits_of(ignore2)).startswith(
            "# postil: ignore-file[python/correctness/bare-except, python/correctness/none-equality-comparison]\n")


MANY = "def f(a, b, c):\n    if a == None or b != None:\n        return c == None\n    try:\n        pass\n    except:\n        pass\n"


@pytest.mark.parametrize("editor", EDITORS)
async def test_fix_all_applies_every_safe_fix(tmp_path, editor):
    async with running(tmp_path, EDITORS[editor]()) as client:
        uri = open_doc(client, tmp_path / "m.py", MANY)
        await diagnostics(client, uri, lambda ds: len(ds) >= 3)
        actions = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(0, 0), end=types.Position(0, 0)),
            context=types.CodeActionContext(diagnostics=[], only=["source.fixAll"])))
        [fix_all] = actions
        assert fix_all.kind == "source.fixAll.postil"
        # both capability sets advertise resolveSupport for `edit`: the edit is deferred
        assert fix_all.edit is None
        resolved = await client.code_action_resolve_async(fix_all)
        fixed = apply(MANY, edits_of(resolved))
        assert "a is None or b is not None" in fixed and "return c is None" in fixed
        uri2 = open_doc(client, tmp_path / "fixed.py", fixed)
        after = await diagnostics(client, uri2, lambda ds: True)
        assert not any(d.data.get("fix") for d in after)


async def test_fix_all_inline_when_client_cannot_resolve(tmp_path):
    caps = EDITORS["vscode"]()
    caps.text_document.code_action.resolve_support = None
    async with running(tmp_path, caps) as client:
        uri = open_doc(client, tmp_path / "m.py", MANY)
        await diagnostics(client, uri, lambda ds: len(ds) >= 3)
        [fix_all] = await client.text_document_code_action_async(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(start=types.Position(0, 0), end=types.Position(0, 0)),
            context=types.CodeActionContext(diagnostics=[], only=["source.fixAll.postil"])))
        assert "return c is None" in apply(MANY, edits_of(fix_all))


async def test_code_action_in_a_burst_of_changes_answers_for_the_version_it_was_asked_on(tmp_path):
    # An editor typing fast: the request arrives queued among hundreds of changes. Its
    # edits must target the document as it was when asked (no earlier, no later change).
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        uri = open_doc(client, tmp_path / "a.py", PY)
        [diag] = await diagnostics(client, uri, lambda ds: len(ds) == 1)
        for version in range(2, 302):
            change(client, uri, version, "#")  # line 0 grows; the finding's line stays put
        asked = client.text_document_code_action(types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri), range=diag.range,
            context=types.CodeActionContext(diagnostics=[diag])))
        for version in range(302, 602):
            change(client, uri, version, "#")
        actions = await asyncio.wait_for(asyncio.wrap_future(asked), DEADLINE)
        ignore = next(a for a in actions if a.title.endswith("ignore on this line"))
        assert ignore.edit.document_changes[0].text_document.version == 301
        assert apply("#" * 300 + PY, edits_of(ignore)).splitlines()[1] == (
            "    # postil: ignore[python/correctness/none-equality-comparison]")
