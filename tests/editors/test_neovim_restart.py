"""The Neovim plugin when its server dies (`kill -9`) and when setup{} runs again, in real
headless Neovims (0.7 and 0.12, as test_neovim_plugin.py drives them)."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from test_neovim_plugin import NVIMS, editor  # noqa: F401 - the fixture

pytestmark = pytest.mark.slow  # real editors

HERE = Path(__file__).parent


@pytest.fixture
def scenarios(monkeypatch):
    monkeypatch.setenv("POSTIL_EXTRA_SCENARIOS", str(HERE / "nvim" / "plugin_scenarios.lua"))


def children(pid: int) -> list[int]:
    """Processes whose parent is ``pid``."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def server_pid(e, deadline: float, not_in: set[int] = frozenset()) -> int:
    """The `postil serve` process the editor started (one not in ``not_in``)."""
    while time.monotonic() < deadline:
        for pid in children(e.proc.pid):
            try:
                argv = (Path("/proc") / str(pid) / "cmdline").read_bytes().split(b"\0")
            except OSError:
                continue
            if b"postil" in argv and b"serve" in argv and pid not in not_in:
                return pid
        time.sleep(0.05)  # polling the process table, bounded by the deadline
    raise AssertionError(f"no new postil server under nvim; messages: {messages(e)}")


def messages(e) -> list[str]:
    path = e.out / "messages.json"
    return [m["message"] for m in json.loads(path.read_text())] if path.exists() else []


def postil_lines(e) -> list[str]:
    return [m for m in messages(e) if m.startswith("postil: the server stopped")]


@NVIMS
def test_a_killed_server_is_restarted_and_diagnostics_come_back(editor, scenarios, nvim):  # noqa: F811 - the fixture imported above
    e = editor(nvim, "restart")
    first = e.wait("first.json")
    os.kill(server_pid(e, e.deadline), signal.SIGKILL)
    restarted = e.wait("restarted.json")
    assert restarted["client"] != first["client"]
    assert postil_lines(e) == ["postil: the server stopped (signal 9); restarting it."]


@NVIMS
def test_restarts_are_bounded_and_the_last_line_says_how_to_restart(editor, scenarios, nvim):  # noqa: F811 - the fixture imported above
    e = editor(nvim, "restart")
    e.wait("first.json")
    killed: set[int] = set()
    for _ in range(4):
        pid = server_pid(e, e.deadline, not_in=killed)
        os.kill(pid, signal.SIGKILL)
        killed.add(pid)
    while time.monotonic() < e.deadline and len(postil_lines(e)) < 4:
        time.sleep(0.05)  # polling the messages Neovim writes, bounded by the deadline
    lines = postil_lines(e)
    assert lines[:3] == ["postil: the server stopped (signal 9); restarting it."] * 3, lines
    assert len(lines) == 4 and "not restarting it" in lines[3] and ":PostilRestart" in lines[3], lines
    assert not [pid for pid in children(e.proc.pid) if pid not in killed and b"serve" in
                (Path("/proc") / str(pid) / "cmdline").read_bytes().split(b"\0")]


@NVIMS
def test_setup_run_again_reaches_the_running_server(editor, scenarios, nvim):  # noqa: F811 - the fixture imported above
    e = editor(nvim, "setup_again")
    seen = e.wait("setup_again.json")
    assert seen["now"] == seen["first"]  # the same server, told the new settings (checks off)
    assert not postil_lines(e)
