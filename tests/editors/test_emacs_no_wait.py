"""Explain in a terminal Emacs 28 with eglot 1.9 (Debian `emacs-nox` + `elpa-eglot`), typed
into through a pty as a user does: eglot sends ``workspace/executeCommand`` with a synchronous
``jsonrpc-request``, so a server that answered only once the model had (20 s for a slow one)
froze Emacs until eglot gave up ("Timed out"), and a provider's HTTP 500 reached *Messages*
as a traceback.
"""

from __future__ import annotations

import fcntl
import json
import os
import pty
import struct
import subprocess
import sys
import termios
import threading
import time
from pathlib import Path

import pytest

from postil import trust_store
from tests.editors.test_emacs_eglot import DEMO, emacs_and_project
from tests.analyzers.llm.fake_provider import FakeProvider, Reply

pytestmark = pytest.mark.slow  # real editors

HERE = Path(__file__).parent
REPO = HERE.parent.parent

EXPLANATION = "## Why this matters\n\nCompare with `is None`, not `==`.\n"
TYPED = "zqx"
EXPLAIN = "\x14"  # C-t: the "Explain this" code action at point (emacs/eglot-explain-typing.el)
WAIT = 25  # seconds any one wait below may take before the test gives up


class TerminalEmacs:
    """`emacs -nw` on a pty, editing demo.py of a git project whose trusted .postil.toml names
    the fake provider; its state is read from the JSON files eglot-explain-typing.el writes."""

    def __init__(self, tmp_path: Path, fake: FakeProvider):
        project = tmp_path / "demo"
        emacs = emacs_and_project(project)
        (project / ".postil.toml").write_text(f'[llm]\nprovider = "openai-compatible"\nbase-url = "{fake.openai_url}"\n'
                                              'model = "test-model"\n')
        trust_store.record([project / ".postil.toml"])
        (project / "demo.py").write_text(DEMO)
        self.project = project
        self.out = tmp_path / "out"
        self.out.mkdir()
        env = dict(os.environ, POSTIL_TEST_OUT=str(self.out), TERM="xterm",
                   POSTIL_TEST_CMD=json.dumps([sys.executable, "-m", "postil", "serve"]),
                   PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))

        def controlling_terminal():  # Emacs opens /dev/tty: the pty must be its session's terminal
            os.setsid()
            fcntl.ioctl(0, termios.TIOCSCTTY, 0)

        self.proc = subprocess.Popen([emacs, "-nw", "-q", "--no-splash", "-l", str(HERE / "emacs" / "eglot-explain-typing.el"), "demo.py"],
                                     cwd=project, env=env, stdin=slave, stdout=slave, stderr=slave,
                                     preexec_fn=controlling_terminal)  # noqa: PLW1509 - only setsid and ioctl before exec
        os.close(slave)
        self.screen = bytearray()
        threading.Thread(target=self._drain, daemon=True).start()  # Emacs must never block on a full pty

    def _drain(self) -> None:
        while True:
            try:
                data = os.read(self.master, 65536)
            except OSError:
                return
            if not data:
                return
            self.screen += data

    def type(self, keys: str) -> None:
        os.write(self.master, keys.encode())

    def wait(self, name: str, until=lambda value: True) -> dict:
        """The JSON file ``name`` once ``until`` holds for it."""
        deadline = time.monotonic() + WAIT
        path = self.out / name
        value = None
        while time.monotonic() < deadline:
            if path.exists():
                value = json.loads(path.read_text())
                if until(value):
                    return value
            if self.proc.poll() is not None:
                raise AssertionError(f"emacs exited ({self.proc.returncode}): {self.screen[-2000:]!r}")
            time.sleep(0.05)  # polling a file Emacs writes, bounded by the deadline
        raise AssertionError(f"timed out waiting for {name}; last: {value}; screen: {self.screen[-3000:]!r}")

    def close(self) -> None:
        (self.out / "quit").write_text("")  # kill-emacs: the server goes with it
        try:
            self.proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.proc.kill()
            self.proc.wait()
        os.close(self.master)


@pytest.fixture
def emacs(tmp_path, fake):
    started = TerminalEmacs(tmp_path, fake)
    yield started
    started.close()


def asks_to_explain(body: dict) -> bool:
    """Whether a request to the provider is postil's Explain prompt."""
    return "Explain this finding" in json.dumps(body)


def failing_explain(body: dict) -> Reply:
    """A provider answering Explain with HTTP 500 (and anything else with no findings)."""
    return Reply(status=500) if asks_to_explain(body) else Reply(payload={"findings": []})


def new_lines(before: str, after: str) -> list[str]:
    """The lines *Messages* gained."""
    return [line for line in after[len(before):].splitlines() if line.strip()]


def test_keys_typed_while_a_slow_model_explains_land_at_once(emacs, fake):
    # A slow provider: the explanation is held until the test releases it.
    fake.responder = lambda body: Reply(payload={"markdown": EXPLANATION}, hold=asks_to_explain(body))
    emacs.wait("ready.json")
    emacs.type(EXPLAIN)
    deadline = time.monotonic() + WAIT
    while not any(asks_to_explain(r.body) for r in fake.received) and time.monotonic() < deadline:
        time.sleep(0.05)  # polling what the provider received, bounded
    assert any(asks_to_explain(r.body) for r in fake.received), "the explanation was never asked for"
    emacs.type(TYPED)  # while the model is still working on it
    typed = emacs.wait("state.json", lambda s: TYPED in s["text"] or len(s["commands"]) > 0 and "Timed out" in s["messages"])
    held = not fake.release.is_set()
    fake.release.set()
    shown = emacs.wait("state.json", lambda s: "explanation of demo.py" in s["messages"] or "Timed out" in s["messages"])
    print(f"Emacs was blocked by Explain for {typed['commands'][0]:.3f} s" if typed["commands"] else "Explain still running")
    # Every key typed landed in the buffer while the model was still working, after Explain's
    # command had returned without error (before: blocked until eglot's 10 s timeout).
    assert held and TYPED in typed["text"], typed
    assert len(typed["commands"]) == 1, typed
    assert "Timed out" not in shown["messages"] and "jsonrpc-error" not in shown["messages"], shown["messages"][-2000:]
    # The explanation arrives once the model answers: a Markdown file named in one message.
    named = [line for line in shown["messages"].splitlines() if "explanation of demo.py" in line]
    assert len(named) == 1, shown["messages"][-2000:]
    markdown = Path(named[0].rsplit(" is in ", 1)[1].strip())
    assert markdown.read_text() == EXPLANATION and markdown.parent == emacs.project / ".postil" / "explain"


def test_a_provider_answering_500_shows_one_plain_line(emacs, fake):
    fake.responder = failing_explain
    emacs.wait("ready.json")
    before = emacs.wait("state.json")["messages"]
    emacs.type(EXPLAIN)
    state = emacs.wait("state.json", lambda s: s["commands"] and any("fail" in line.lower() or "error" in line.lower()
                                                                     for line in new_lines(before, s["messages"])))
    lines = new_lines(before, state["messages"])
    assert len(lines) == 1, lines
    for word in ("ProviderError", "Traceback", "-32603", "jsonrpc", "postil.analyzers", "Exception"):
        assert word not in lines[0], lines
    assert "Explain failed" in lines[0] and "500" in lines[0], lines
