"""Typing through the real server (issue 31, item 9): after each of several edits (inside a function,
a call another function's finding depends on, a comment above the first line, a view renamed to
another's name, a flow typed and taken out; inside a class's methods, a flow typed into a method and
taken out, a helper other functions call changed and changed back; in a method's docstring naming a
dozen calls, and flows typed into methods and a function and taken out) what the editor is shown is what
a fresh check of the whole new text finds, an edit inside one function or method checks it alone again,
an edit of a helper it and its callers, and a keystroke in a docstring searches the rules one in plain
prose does, but the few that may read a docstring (counted, never timed)."""

from __future__ import annotations

import pytest
from lsp_harness import EDITORS, latest_published, open_doc, running, wait_for
from lsprotocol import types

from postil.analyzers.checker import Checker
from postil.config import load_config
from tests.analyzers.rules.test_incremental_beyond import COMPARISON, DUPLICATE_VIEW, VIEWS, XML

pytestmark = pytest.mark.slow  # a language-server session

EDITS = [  # (a line to insert the text above, or a (line, old, new) replacement), in order
    (16, "    size = len(name)\n"),
    (16, "    defusedxml.defuse_stdlib()\n"),
    (16, None),  # (the line above taken out again)
    (0, "# %%\n"),
    (0, None),
    (15, ("def other():", "def ping():")),
    (25, "    os.system(request.args['q'])\n"),
    (25, None),
    (15, ("def ping():", "def other():")),
]


METHODS = '''import os
import subprocess

from flask import Flask, request

app = Flask(__name__)


def run_command(cmd):
    return subprocess.run(cmd, shell=True)


class Cache:
    """Values kept between requests."""

    size = 10

    def get(self, key):
        value = key.strip()
        return value

    def clear(self):
        self.size = 0
        return self.size


class Reports:
    def build(self, name):
        return "/data/" + name

    def refresh(self):
        return run_command("ls")


@app.route("/r")
def report():
    name = request.args.get("name")
    run_command(name)
    return name


@app.route("/p")
def ping():
    host = request.args.get("host")
    return host
'''
COMMAND = "python/security/tainted-command"
METHOD_EDITS = [  # (line, edit) as EDITS; with the units the edit's check computes again, of 7
    (20, "        size = len(value)\n", 1),  # inside Cache.get
    (24, "        os.system(request.args['q'])\n", 1),  # a flow typed into Cache.clear
    (24, None, 1),  # (taken out)
    (9, ("subprocess.run(cmd, shell=True)", "cmd"), 3),  # the helper: it and the two functions calling it
    (9, ("return cmd", "return subprocess.run(cmd, shell=True)"), 3),
    (32, ('run_command("ls")', "run_command(request.args['x'])"), 2),  # a method's flow through the helper
    (32, ("run_command(request.args['x'])", 'run_command("ls")'), 2),
    (20, ("len(value)", "len(value) + 1"), 1),
]


def _apply(text: str, line: int, edit) -> tuple[str, tuple, str]:
    """The text after ``edit`` at ``line``, and the LSP change that makes it: (start, end, text)."""
    lines = text.split("\n")
    if edit is None:
        return "\n".join(lines[:line] + lines[line + 1:]), ((line, 0), (line + 1, 0)), ""
    if isinstance(edit, tuple):
        old, new = edit
        assert old in lines[line]
        replaced = lines[line].replace(old, new)
        return "\n".join(lines[:line] + [replaced] + lines[line + 1:]), ((line, 0), (line + 1, 0)), replaced + "\n"
    return "\n".join(lines[:line] + [edit.rstrip("\n")] + lines[line:]), ((line, 0), (line, 0)), edit


def _shown(diagnostics) -> list[tuple]:
    return sorted((d.code, d.range.start.line, d.range.end.line, d.message,  # (and where related places are)
                   tuple(r.location.range.start.line for r in d.related_information or ())) for d in diagnostics if d.code)


def _whole(checker: Checker, path, text: str) -> list[tuple]:
    return sorted((f.rule, f.span.start_line, f.span.end_line, f.message, tuple(r.span.start_line for r in f.related))
                  for f in checker.check_text(path, text))


async def _units(client) -> dict:
    status = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.showStatus"))
    return status["lastCheckUnits"]


async def _opened(client, path, whole: Checker, text: str) -> str:
    """The document's uri, once its first diagnostics are what a whole check finds."""
    uri = open_doc(client, path)
    await wait_for(client, lambda: (latest_published(client, uri) or types.PublishDiagnosticsParams(uri, [])).version == 1,
                   "the first diagnostics")
    assert _shown(latest_published(client, uri).diagnostics) == _whole(whole, path, text)
    return uri


async def _typed(client, uri: str, version: int, text: str, line: int, edit, whole: Checker, path) -> tuple[str, list]:
    """``text`` after ``edit`` at ``line``, sent as one ranged change; the editor then shows what a
    whole check of it finds (returned: the new text and the diagnostics shown)."""
    text, (start, end), typed = _apply(text, line, edit)
    client.text_document_did_change(types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[types.TextDocumentContentChangePartial(
            range=types.Range(start=types.Position(*start), end=types.Position(*end)), text=typed)]))
    await wait_for(client, lambda: latest_published(client, uri).version == version, f"version {version}")
    shown = latest_published(client, uri).diagnostics
    assert _shown(shown) == _whole(whole, path, text), (version, edit)
    return text, shown


async def test_every_edit_shows_what_a_whole_check_finds(tmp_path):
    path = tmp_path / "views.py"
    path.write_text(VIEWS)
    whole = Checker(load_config(path))
    text = VIEWS
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        uri = await _opened(client, path, whole, text)
        codes = {}
        for version, (line, edit) in enumerate(EDITS, start=2):
            text, shown = await _typed(client, uri, version, text, line, edit, whole, path)
            codes[version] = [d.code for d in shown]
            if version == 2:  # a line typed inside `other`: it alone is checked again
                assert await _units(client) == {"recomputed": 1, "of": 3}
    # (what changed on the way: each edit's effect reached the editor)
    assert XML in codes[2] and XML not in codes[3] and XML in codes[4]
    assert COMPARISON not in codes[5] and COMPARISON in codes[6]
    assert DUPLICATE_VIEW in codes[7] and DUPLICATE_VIEW not in codes[10]
    assert codes[8].count("python/security/tainted-command") == codes[7].count("python/security/tainted-command") + 1


async def test_every_edit_of_a_method_or_a_helper_shows_what_a_whole_check_finds(tmp_path):
    path = tmp_path / "reports.py"
    path.write_text(METHODS)
    whole = Checker(load_config(path))
    text = METHODS
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        uri = await _opened(client, path, whole, text)
        flows = {}
        for version, (line, edit, recomputed) in enumerate(METHOD_EDITS, start=2):
            text, shown = await _typed(client, uri, version, text, line, edit, whole, path)
            assert await _units(client) == {"recomputed": recomputed, "of": 7}, (version, edit)
            flows[version] = sorted(d.range.start.line + 1 for d in shown if d.code == COMMAND)
    # (what changed on the way: each edit's effect reached the editor)
    # (a flow into a helper of the same module is reported at the helper's sink, line 10)
    assert flows[3] == [10, 25] and flows[4] == [10]  # the flow typed into a method, then taken out
    assert flows[5] == [] and flows[6] == [10]  # the helper runs no command, then runs it again
    assert flows[7] == [10] and flows[8] == [10]  # a method passing request data to the helper: the same sink


DOCSTRING_EDITS = [  # (line, edit) as EDITS, in selectable-like code: a method's docstring and code
    (12, ("Rows older", "Kept rows older")),  # inside the docstring of Reports.rows
    (12, ("Kept rows", "Kept for rows")),
    (14, "        eval(input())\n"),  # a rule's word typed into the method's code: a flow
    (14, None),  # (taken out)
    (12, ("Kept for rows", "Kept eval(input()) rows")),  # the same words in the docstring: prose
    (18, ("list(range(limit))", "open(input()).read()")),  # a flow typed into another method
    (18, ("open(input()).read()", "list(range(limit))")),
    (22, ('["ping", "-c", "1", host]', "input(), shell=True")),  # and into a function
    (22, ("input(), shell=True", '["ping", "-c", "1", host]')),
]


async def _searched(client) -> int:
    status = await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.showStatus"))
    return status["lastCheckRulesSearched"]


async def test_typing_in_a_docstring_searches_what_prose_would_and_shows_what_a_whole_check_finds(tmp_path):
    from tests.analyzers.rules.test_incremental_docstrings import PLAIN, SOURCE, WORDY

    texts = {"plain": SOURCE.format(doc=PLAIN), "wordy": SOURCE.format(doc=WORDY)}
    paths = {name: tmp_path / f"{name}.py" for name in texts}
    for name, text in texts.items():
        paths[name].write_text(text)
    whole = Checker(load_config(paths["plain"]))
    searched: dict[str, list[int]] = {"plain": [], "wordy": []}
    flows: dict[int, list[int]] = {}
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        for name, text in texts.items():
            uri = await _opened(client, paths[name], whole, text)
            for version, (line, edit) in enumerate(DOCSTRING_EDITS, start=2):
                text, shown = await _typed(client, uri, version, text, line, edit, whole, paths[name])
                searched[name].append(await _searched(client))
                flows[version] = sorted((d.code, d.range.start.line + 1) for d in shown if d.code.startswith(
                    "python/security/tainted-"))
    # a keystroke in a docstring naming a dozen calls searches the rules plain prose does, but the few
    # whose questions may read a docstring's text (a regex asked of a string or a function: 16 more before;
    # one more since session 53's rule changes, likely python/security/sql-injection's text built anywhere, which
    # asks a regex of strings: a docstring is one; plain prose searched the same 16 before and after)
    assert all(isinstance(n, int) for n in searched["wordy"])
    assert all(w <= p + 4 for w, p in zip(searched["wordy"][:2], searched["plain"][:2])), searched
    # (what changed on the way, in the wordy document: each edit's effect reached the editor)
    code = "python/security/tainted-code"
    assert flows[3] == [(code, 26)] and flows[4] == [(code, 15), (code, 27)] and flows[5] == flows[6] == [(code, 26)]
    assert flows[7] == [(code, 26), ("python/security/tainted-path", 19)] and flows[8] == [(code, 26)]
    assert flows[9] == [(code, 26), ("python/security/tainted-command", 23)] and flows[10] == [(code, 26)]


JOBS_EDITS = [  # (line, edit) as EDITS, in a class whose methods the rules over the module see (JOBS)
    (12, '        d["a"] = 2\n'),  # a sibling statement a rule over the module asks about
    (12, None),
    (7, ("subprocess.run(cmd, shell=True)", 'subprocess.run(" ".join(cmd), shell=True)')),
    (9, ("def keys(self):", "def exit(self):")),  # a method named as a builtin the module calls
    (9, ("def exit(self):", "def keys(self):")),
    (15, "        exit = print\n"),  # a name bound in a method
    (14, "    def added(self):\n        return 1\n"),  # the class's members move
]


async def test_every_edit_of_a_method_the_rules_over_the_module_see_shows_what_a_whole_check_finds(tmp_path):
    from tests.analyzers.rules.test_incremental_beyond import JOBS

    path = tmp_path / "jobs.py"
    path.write_text(JOBS)
    whole = Checker(load_config(path))
    text = JOBS
    async with running(tmp_path, EDITORS["vscode"]()) as client:
        uri = await _opened(client, path, whole, text)
        shown = {}
        for version, (line, edit) in enumerate(JOBS_EDITS, start=2):
            text, found = await _typed(client, uri, version, text, line, edit, whole, path)
            shown[version] = {(d.code, d.range.start.line + 1) for d in found}
    # (what changed on the way: each edit's effect reached the editor)
    assert ("python/correctness/useless-assignment", 12) in shown[2] - shown[3]
