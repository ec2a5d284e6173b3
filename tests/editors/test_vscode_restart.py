"""The VS Code extension in code-server (as test_vscode_code_server.py drives it) when its server
dies: `kill -9` of `postil serve` → the extension starts it again and the status bar tells the
LLM's state as before, not "AI: no key" for a provider that runs without one."""

from __future__ import annotations

import os
import signal
import sys
from pathlib import Path

from test_vscode_code_server import (  # noqa: F401 - fixtures
    browser_page,
    code_server,
    group_processes,
    postil_launcher,
    quick_open,
    vscode,
    vsix,
    wait_until,
)

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analyzers" / "llm"))
import pytest
from fake_provider import FakeProvider

pytestmark = pytest.mark.slow  # real editors


def server_pids(pgid: int) -> list[int]:
    found = []
    for proc in Path("/proc").iterdir():
        try:
            if proc.name.isdigit() and int((proc / "stat").read_text().rsplit(")", 1)[1].split()[2]) == pgid:
                argv = (proc / "cmdline").read_bytes().split(b"\0")
                if b"postil" in b" ".join(argv) and b"serve" in argv:
                    found.append(int(proc.name))
        except (OSError, ValueError, IndexError):
            continue  # ended meanwhile
    return found


def test_a_killed_server_comes_back_with_the_llm_state_it_had(vscode, tmp_path):  # noqa: F811 - the fixture imported above
    from playwright.sync_api import expect

    fake = FakeProvider().start()
    try:
        # machine-scoped settings: code-server is a remote window, which reads them from Remote settings
        window = vscode({"postil.path": [str(postil_launcher(tmp_path))], "postil.llm.provider": "openai-compatible",
                         "postil.llm.baseUrl": fake.openai_url, "postil.llm.model": "test-model"})
        with browser_page(window["url"]) as page:
            editor = quick_open(page, "check.py")
            editor.locator(".squiggly-warning").first.wait_for(timeout=180_000)
            # the extension's own item (VS Code's progress item "postil: indexing" is another one)
            status = page.locator(".statusbar-item[id$='postil.status']")
            expect(status).to_contain_text("AI ready", timeout=60_000)
            [first] = server_pids(window["pgid"])
            os.kill(first, signal.SIGKILL)
            wait_until(lambda: [p for p in server_pids(window["pgid"]) if p != first], 60,
                       lambda: "the extension did not start the server again")
            editor.locator(".squiggly-warning").first.wait_for(timeout=120_000)
            expect(status).to_contain_text("AI ready", timeout=60_000)
            expect(status).not_to_contain_text("no key")
    finally:
        fake.stop()
