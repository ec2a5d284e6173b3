"""The bulk scan runs ast-grep's CLI, a tool, on untrusted files, and reads what it prints as untrusted
text. A JavaScript file whose parse tree-sitter's error recovery crawls through (980 lines of 1,000 quotes)
is kept out of the run: the rules in process refuse it with the reason (before, the CLI parsed it: ~7 s
of CPU for 990 KB, with no limit of its own). A run past its budget of CPU is stopped, its process
group killed, and the files checked in process, the reason naming the file it had not finished; what
is not a record of the shape postil reads fails the run the same way, never a crash or a partial
scan reported whole. Work counted (the files given to the CLI, the runs stopped), no clock."""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import pytest

from postil.analyzers.checker import CheckerCache
from postil.analyzers.rules import bulk
from postil.scan import check_paths

pytestmark = pytest.mark.slow  # (the CLI's runs and a megabyte's parse: over the fast tier's budget)

HANDLER = """const express = require('express');
const { exec } = require('child_process');
const app = express();
app.get('/run', (req, res) => {
  exec(req.query.cmd);
  res.send('ok');
});
"""
# (lines of 1,000: a longer line sends the file to the rules in process anyway, see record_flood)
QUOTES = "const { exec } = require('child_process');\n" + ("'" * 1000 + "\n") * 980


def _tree(root: Path, hostile: bool) -> Path:
    for i in range(70):  # (from 64 files the check runs the CLI)
        (root / f"h{i}.js").write_text(HANDLER.replace("/run", f"/run{i}"))
    if hostile:
        (root / "quotes.js").write_text(QUOTES)
    return root


def _found(result) -> dict[str, list[tuple[str, int]]]:
    return {r.path.name: sorted((f.rule, f.span.start_line) for f in r.findings) for r in result.reports}


def _children() -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{os.getpid()}/task").iterdir():
        found.update(int(pid) for pid in (task / "children").read_text().split())
    return found


def test_a_file_whose_parse_crawls_is_kept_out_of_the_bulk_run(tmp_path: Path, monkeypatch):
    given: list[str] = []
    run = bulk._run_streaming
    monkeypatch.setattr(bulk, "_run_streaming", lambda *args, **kwargs: (given.extend(args[3]), run(*args, **kwargs)))
    monkeypatch.chdir(_tree(tmp_path, hostile=True))
    result = check_paths([tmp_path], CheckerCache(), jobs=1)
    reports = {r.path.name: r for r in result.reports}
    assert len(given) == 70 and not [name for name in given if name.endswith("quotes.js")]
    assert "parsing this malformed text for the rules" in (reports["quotes.js"].skipped or "")
    assert [f.rule for f in reports["h3.js"].findings] == ["js/security/tainted-command"]


def test_a_file_refused_before_the_bulk_run_is_not_parsed_again_in_process(tmp_path: Path, monkeypatch):
    """The pre-pass's refusal stands for the check in process: tree-sitter crawls through the file once."""
    from postil.analyzers import syntax
    from postil.analyzers.rules import bounded_parse

    monkeypatch.setattr(bounded_parse, "_REFUSED", set())  # (none refused by an earlier test)
    parses: list[int] = []
    parse = syntax.parsed_in_pieces
    monkeypatch.setattr(syntax, "parsed_in_pieces", lambda parser, data, deadline: (
        parses.append(len(data)), parse(parser, data, deadline))[1])
    monkeypatch.chdir(_tree(tmp_path, hostile=True))
    result = check_paths([tmp_path], CheckerCache(), jobs=1)
    reports = {r.path.name: r for r in result.reports}
    assert "parsing this malformed text for the rules" in (reports["quotes.js"].skipped or "")
    assert parses.count(len(QUOTES)) == 1


# A tool that never ends and prints nothing, and starts one more like it (its process group is killed):
# the real CLI's run may end before its budget is first looked at on a fast machine.
ENDLESS = """import subprocess, sys
child = subprocess.Popen([sys.executable, "-c", "while True: pass"])
open(sys.argv[0] + ".child", "w").write(str(child.pid))
while True:
    pass
"""


def _gone(pid: int) -> bool:
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0] == "Z"
    except FileNotFoundError:
        return True


def test_a_run_past_its_budget_is_stopped_and_its_files_checked_in_process(tmp_path: Path, monkeypatch, caplog):
    tool = tmp_path.parent / f"{tmp_path.name}-tool"
    tool.write_text(f"#!{sys.executable}\n{ENDLESS}")
    tool.chmod(0o755)
    monkeypatch.chdir(_tree(tmp_path, hostile=False))
    whole = _found(check_paths([tmp_path], CheckerCache(), jobs=1))
    monkeypatch.setattr(bulk, "ast_grep_binary", lambda: str(tool))
    monkeypatch.setattr(bulk, "run_budget", lambda given_bytes: 0.5)
    before = _children()
    with caplog.at_level(logging.WARNING):
        stopped = check_paths([tmp_path], CheckerCache(), jobs=1)
    assert "used more than 0 s of CPU for 70 files" in caplog.text and "it printed nothing of: h" in caplog.text
    assert _found(stopped) == whole and all(r.skipped is None for r in stopped.reports)
    assert _children() <= before  # (its process group killed: the tool and what it started)
    assert _gone(int(Path(f"{tool}.child").read_text()))


@pytest.mark.parametrize(("printed", "said"), [
    ('print("no json")', "not JSON"),
    ('print("[1, 2]")', "cannot read"),
    ('print(json.dumps({"file": "h1.js", "ruleId": "x", "range": {"byteOffset": {"start": "0", "end": 5}}}))',
     "cannot read"),
    ('print("{" + " " * 3_000_000 + "}")', "longer than"),
], ids=["not JSON", "a list", "offsets as text", "an endless line"])
def test_what_the_tool_prints_is_read_as_untrusted(tmp_path: Path, monkeypatch, caplog, printed, said):
    tool = tmp_path.parent / f"{tmp_path.name}-tool"
    tool.write_text(f"#!{sys.executable}\nimport json\n{printed}\n")
    tool.chmod(0o755)
    monkeypatch.chdir(_tree(tmp_path, hostile=False))
    whole = _found(check_paths([tmp_path], CheckerCache(), jobs=1))
    monkeypatch.setattr(bulk, "ast_grep_binary", lambda: str(tool))
    with caplog.at_level(logging.WARNING):
        read = check_paths([tmp_path], CheckerCache(), jobs=1)
    assert "bulk scan with ast-grep failed" in caplog.text and said in caplog.text
    assert _found(read) == whole and all(r.skipped is None for r in read.reports)
