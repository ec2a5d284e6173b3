"""postil started exactly as each integration starts it, in a project planted with modules that
shadow its imports (tests/editors/shadowing.py): none of them may be imported.

- VS Code: the command line and environment the extension computes (its compiled
  serverPath/settings modules), for each place it finds the server, run in the workspace folder.
- git: the hook `postil install-hook` writes, run by a real `git commit`.
- pre-commit: the entry of .pre-commit-hooks.yaml (postil's console script), run in the repository.
(The Neovim plugin's launches are in test_neovim_plugin.py.)
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from lsprotocol import types
from shadowing import clean_env, fired, plant
from test_vscode_extension import EXTENSION, installed, npm  # noqa: F401 - fixture

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "server"))
from lsp_harness import EDITORS, diagnostics, make_client, open_doc  # noqa: E402

pytestmark = pytest.mark.slow  # real editors

REPO = Path(__file__).resolve().parent.parent.parent
BIN = Path(sys.executable).parent
BAD = "def check(value):\n    if value == None:\n        return 0\n    return value\n"
RULE = "python/correctness/none-equality-comparison"
GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@example.com", "GIT_CONFIG_NOSYSTEM": "1"}


@pytest.fixture
def project(tmp_path):
    """A git repository planted with shadowing modules, a file with a finding staged."""
    root = tmp_path / "clone"
    root.mkdir()
    markers = tmp_path / "markers"
    plant(root, markers)
    (root / "demo.py").write_text(BAD)
    env = clean_env(HOME=str(tmp_path), **GIT_ENV)
    subprocess.run(["git", "init", "-q", str(root)], check=True, env=env)
    subprocess.run(["git", "add", "demo.py"], cwd=root, check=True, env=env)
    return root, markers, env


def test_control_python_m_run_in_the_project_imports_its_modules(project):
    # What every launch path used to do: `python -m postil` with the project as working directory.
    root, markers, env = project
    subprocess.run([sys.executable, "-m", "postil", "--version"], cwd=root, env=env, capture_output=True, timeout=60)
    assert "postil.__main__" in fired(markers)


# --- VS Code --------------------------------------------------------------------------------
COMPUTE = """
const fs = require("fs");
const serverPath = require(process.argv[1] + "/out/src/serverPath.js");
const settings = require(process.argv[1] + "/out/src/settings.js");
const input = JSON.parse(process.argv[2]);
// config.isExecutable, without the vscode module
input.isExecutable = (file) => { try { fs.accessSync(file, fs.constants.X_OK); return fs.statSync(file).isFile(); } catch { return false; } };
const resolution = serverPath.resolveServer(input);
const env = settings.serverEnvironment(process.env, "off", undefined, input.trusted);
const options = settings.initializationOptions(() => undefined, input.trusted);
process.stdout.write(JSON.stringify({ resolution, env, options }));
"""


@pytest.fixture(scope="module")
def compiled(installed):  # noqa: F811 - the fixture imported above
    result = npm("run", "compile")
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def extension_launch(root: Path, env: dict, **input) -> dict:
    """What the extension would run: {resolution: {command, args, source}, env, options}."""
    data = {"paths": [], "interpreter": "", "serverArgs": [], "envPath": env["PATH"], "platform": sys.platform,
            "workspaceFolder": str(root), "trusted": True, **input}
    out = subprocess.run(["node", "-e", COMPUTE, str(EXTENSION), json.dumps(data)], env=env, capture_output=True,
                         text=True, timeout=60, check=True)
    return json.loads(out.stdout)


async def serve_and_check(command: list[str], env: dict, cwd: Path, options: dict) -> list:
    """Start the server as vscode-languageclient does (stdio, cwd = workspace folder), open the
    file, return its diagnostics."""
    client = make_client()
    await client.start_io(*command, env=env, cwd=str(cwd))
    try:
        client.init_result = await client.initialize_session(types.InitializeParams(
            capabilities=EDITORS["vscode"](), root_uri=cwd.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=cwd.as_uri(), name=cwd.name)], initialization_options=options))
        uri = open_doc(client, cwd / "demo.py")
        return await diagnostics(client, uri, lambda ds: any(d.code == RULE for d in ds), "rule diagnostics")
    finally:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(client.shutdown_session(), 10)
        await client.stop()


@pytest.mark.parametrize("source, trusted", [("postil.interpreter", True), ("python extension", True),
                                              ("PATH", True), ("PATH", False)])
async def test_vscode_extension_launch_never_imports_the_workspace(compiled, project, source, trusted):
    root, markers, env = project
    input = {"postil.interpreter": {"interpreter": sys.executable},
             "python extension": {"pythonExtensionInterpreter": sys.executable},
             "PATH": {"envPath": f"{BIN}:/usr/bin:/bin"}}[source]
    launch = extension_launch(root, env, trusted=trusted, **input)
    resolution = launch["resolution"]
    assert resolution["ok"] and resolution["source"] == source, resolution
    command = [resolution["command"], *resolution["args"]]
    assert command[-1] == "serve"
    found = await serve_and_check(command, launch["env"], root, launch["options"])
    assert any(d.code == RULE for d in found)
    assert fired(markers) == []


# --- git hook and pre-commit ------------------------------------------------------------------
def commit(root: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run(["git", "commit", "-m", "add demo"], cwd=root, env=env, capture_output=True, text=True,
                          timeout=120)


def test_installed_hook_reviews_the_commit_without_importing_the_repository(project):
    root, markers, env = project
    # The user installs the hook with postil's console script, in the repository.
    installed_hook = subprocess.run([str(BIN / "postil"), "install-hook"], cwd=root, env=env, capture_output=True,
                                    text=True, timeout=60)
    assert installed_hook.returncode == 0, installed_hook.stderr
    assert fired(markers) == []
    hook = root / ".git" / "hooks" / "pre-commit"
    assert f"{shlex.quote(sys.executable)} -P -m postil review --staged" in hook.read_text()

    blocked = commit(root, env)
    assert blocked.returncode != 0  # the finding blocks the commit: the hook ran postil
    assert RULE in blocked.stdout + blocked.stderr
    assert fired(markers) == []

    # The same hook as it was before (`python -m postil`, no PYTHONSAFEPATH) imports the repository.
    old = hook.read_text().replace(" -P -m postil", " -m postil").replace("export PYTHONSAFEPATH", "")
    hook.write_text(old.replace("PYTHONSAFEPATH=1\n", ""))
    commit(root, env)
    assert "postil.__main__" in fired(markers)


def test_pre_commit_entry_runs_the_console_script_without_importing_the_repository(project):
    root, markers, env = project
    [hook] = yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())
    argv = shlex.split(hook["entry"])
    assert argv[0] == "postil" and hook["language"] == "python"
    # pre-commit runs the entry from the hook's environment (its bin directory first on PATH)
    # in the repository's top directory, without file names (pass_filenames: false).
    done = subprocess.run(argv, cwd=root, env=dict(env, PATH=f"{BIN}:/usr/bin:/bin"), capture_output=True,
                          text=True, timeout=120)
    assert done.returncode == 1 and RULE in done.stdout, done.stdout + done.stderr
    assert fired(markers) == []
