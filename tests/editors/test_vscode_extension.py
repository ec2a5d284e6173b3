"""The VS Code extension (editors/vscode): it installs from its lock file, compiles with tsc,
passes eslint and its own unit tests (node:test, mocked `vscode` module), and its settings
mirror the server's. VS Code itself cannot be downloaded here; these need node >= 20 and npm.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from postil.config.editor import Settings

pytestmark = pytest.mark.slow  # real editors

REPO = Path(__file__).resolve().parent.parent.parent
EXTENSION = REPO / "editors" / "vscode"
NEOVIM = REPO / "editors" / "neovim" / "lua" / "postil" / "init.lua"
MANIFEST = json.loads((EXTENSION / "package.json").read_text())
PROPERTIES = MANIFEST["contributes"]["configuration"]["properties"]


def camel(name: str) -> str:
    head, *rest = name.split("_")
    return head + "".join(part.title() for part in rest)


# `trusted` is the window's trust state, which the extension sends (never a user setting).
# the flat settings (llm and index are objects of their own; trusted is not a user setting)
SERVER_SETTINGS = [name for name in Settings.model_fields if name not in ("extra", "trusted", "llm", "index")]


def npm(*args: str, timeout: int = 300) -> subprocess.CompletedProcess:
    if shutil.which("npm") is None or shutil.which("node") is None:
        pytest.fail("node and npm are needed for the VS Code extension tests (apt-get install nodejs npm)")
    env = dict(os.environ, npm_config_update_notifier="false", npm_config_fund="false", npm_config_audit="false")
    return subprocess.run(["npm", *args], cwd=EXTENSION, capture_output=True, text=True, timeout=timeout, env=env)


def npm_ci() -> None:
    """`npm ci`, unless node_modules is newer than package-lock.json."""
    marker = EXTENSION / "node_modules" / ".package-lock.json"
    lock = EXTENSION / "package-lock.json"
    if not marker.exists() or marker.stat().st_mtime < lock.stat().st_mtime:
        result = npm("ci")
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]


def package_vsix(out: Path) -> Path:
    """The extension packaged as a user installs it (compiles first: vscode:prepublish)."""
    npm_ci()
    packaged = npm("exec", "--", "vsce", "package", "-o", str(out))
    assert packaged.returncode == 0, packaged.stdout[-3000:] + packaged.stderr[-3000:]
    return out


@pytest.fixture(scope="module")
def installed():
    npm_ci()


def test_every_server_setting_is_a_vscode_setting_with_the_servers_default():
    for name in SERVER_SETTINGS:
        key = f"postil.{camel(name)}"
        assert key in PROPERTIES, f"{key} (postil/config/editor.py) missing from package.json"
        default = getattr(Settings(), name)
        declared = PROPERTIES[key]["default"]
        assert (list(default) if isinstance(default, tuple) else default) == declared, key
    for key, schema in PROPERTIES.items():
        enum = schema.get("enum")
        name = key.removeprefix("postil.")
        if enum and name in ("run", "logLevel", "configurationPreference"):
            parsed, problems = Settings.parse({name: enum[0]})
            assert not problems, problems
            assert all(not Settings.parse({name: value})[1] for value in enum), f"{key}: server rejects a listed value"


def test_every_server_setting_is_a_neovim_plugin_setting():
    text = NEOVIM.read_text()
    block = text[text.index("M.default_settings = {"):text.index("M.defaults = {")]
    for name in SERVER_SETTINGS:
        assert re.search(rf"^\s+{camel(name)} = ", block, re.M), f"{camel(name)} missing from the Neovim plugin"


def test_settings_sent_by_the_extension_parse_without_problems_on_the_server():
    # What the extension sends by default: package.json defaults, flat keys plus llm/index objects.
    sent = {key.removeprefix("postil."): schema["default"] for key, schema in PROPERTIES.items()}
    flat = {k: v for k, v in sent.items() if "." not in k and k not in ("path", "interpreter", "serverArgs")}
    flat["llm"] = {k.split(".", 1)[1]: v for k, v in sent.items() if k.startswith("llm.") and v is not None}
    flat["index"] = {k.split(".", 1)[1]: v for k, v in sent.items() if k.startswith("index.") and v is not None}
    settings, problems = Settings.parse(flat)
    assert problems == []
    assert settings.model_copy(update={"llm": Settings().llm, "index": Settings().index}) == Settings()
    assert settings.llm.provider == "none" and settings.llm.review == "onRequest"  # "off", "onCommand" as sent
    assert settings.index.enable and settings.index.embeddings == "hash"


def test_extension_compiles_lints_and_unit_tests_pass(installed):
    compiled = npm("run", "compile")
    assert compiled.returncode == 0, compiled.stdout[-3000:] + compiled.stderr[-3000:]
    lint = npm("run", "lint")
    assert lint.returncode == 0, lint.stdout[-3000:] + lint.stderr[-3000:]
    tested = npm("test")
    output = tested.stdout + tested.stderr
    assert tested.returncode == 0, output[-4000:]
    passed = int(re.search(r"^# pass (\d+)", output, re.M).group(1))
    assert passed >= 30 and re.search(r"^# fail 0$", output, re.M), output[-2000:]


def test_extension_packages_into_a_vsix(installed, tmp_path):
    import zipfile

    names = zipfile.ZipFile(package_vsix(tmp_path / "postil.vsix")).namelist()
    assert "extension/out/src/extension.js" in names
    assert any(n.startswith("extension/node_modules/vscode-languageclient/") for n in names)
    assert not any(n.startswith("extension/src/") or n.startswith("extension/out/test/") for n in names)
