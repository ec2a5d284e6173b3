"""Every example in the README and the editor READMEs runs as documented, so none can rot.

Each fenced block is run by what its language is: `postil ...` command lines in a sandbox
repository (a copy of examples/demo with a staged change, a branch and a user config that
points the LLM at the fake provider on 127.0.0.1), `[tool.postil]` TOML as the project's
config, suppression comments in a checked file, editor snippets by the editor's own
loader (headless Neovim, batch Emacs) or by the server's settings parser. A block no test
can run here is listed in NOT_RUN_HERE with the reason; a new block that fits no handler
fails the suite.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent / "analyzers" / "llm"))
sys.path.insert(0, str(Path(__file__).parent / "editors"))

from test_neovim_plugin import neovims, version  # noqa: E402

pytestmark = pytest.mark.slow  # CLI subprocesses, servers or real repositories

REPO = Path(__file__).resolve().parent.parent
DOCS = ("README.md", "editors/README.md", *sorted(p.relative_to(REPO).as_posix() for p in REPO.glob("editors/*/README.md")))
# Words in examples that stand for something of the reader's.
PLACEHOLDERS = {"RULE-ID": "python/security/eval-exec-non-literal"}
# Blocks (file, first line) run elsewhere or not runnable here, and why.
NOT_RUN_HERE = {
    ("README.md", "./scripts/test"): "the test command itself: .ci/run runs it on a clean clone",
    ("editors/vscode/README.md", "npm ci"): "tests/editors/test_vscode_code_server.py builds, packages and installs it",
    ("editors/README.md", "// src/lib.rs"): "the Zed extension needs zed_extension_api from crates.io (no network here)",
    ("README.md", "POSTIL_LLM_MODEL=gpt-4o-mini python bench/llm_quality.py --json > mini.json"):
        "needs a real model; tests/analyzers/llm/test_llm_quality.py runs the harness against the fake provider",
    ("README.md", "./scripts/test --fast"): "the test command itself: tests/test_scripts_test.py runs it on a small tree",
}
# Shell blocks that are more than postil commands: run whole, as written, in a fresh copy of the
# repository (test_blocks_run_as_written); every other shell block holds postil commands only.
AS_WRITTEN = {
    ("README.md", "python3 -m venv .venv && .venv/bin/pip install -q . && .venv/bin/postil check --exit-zero examples/demo"),
}


@dataclass
class Example:
    doc: str
    line: int
    lang: str
    body: str

    @property
    def key(self) -> tuple[str, str]:
        return self.doc, self.body.strip().splitlines()[0].strip()

    def __str__(self) -> str:
        return f"{self.doc}:{self.line} ({self.lang})"


def examples() -> list[Example]:
    found = []
    for doc in DOCS:
        text = (REPO / doc).read_text(encoding="utf-8")
        for match in re.finditer(r"^( *)```(\w*)\n(.*?)^ *```", text, re.S | re.M):
            body = re.sub(rf"^{match.group(1)}", "", match.group(3), flags=re.M)  # blocks inside list items
            found.append(Example(doc, text.count("\n", 0, match.start()) + 1, match.group(2), body))
    return found


def of(*langs: str) -> list:
    return [pytest.param(e, id=str(e)) for e in examples()
            if e.lang in langs and e.key not in NOT_RUN_HERE and e.key not in AS_WRITTEN]


def run_postil(args: list[str], cwd: Path, env: dict) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-P", "-m", "postil", *args], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=180)


def git(cwd: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=cwd, check=True, capture_output=True)


@pytest.fixture
def sandbox(tmp_path, fake, user_config_home) -> tuple[Path, dict]:
    """examples/demo in a git repository: `main` committed, a `feature` branch with a commit
    and a staged change to src/app.py; the user config points the LLM at the fake provider."""
    root = tmp_path / "project"
    shutil.copytree(REPO / "examples" / "demo", root)
    (root / "src").mkdir()
    app = (REPO / "examples" / "demo" / "app.py").read_text(encoding="utf-8")
    (root / "src" / "app.py").write_text(app + "".join(f"\n\ndef helper_{i}(x):\n    return x + {i}\n" for i in range(15)))
    (root / "tools" / "postil-rules").mkdir(parents=True)
    (root / "migrations").mkdir()
    git(root, "init", "-q", "-b", "main")
    git(root, "-c", "user.email=a@b", "-c", "user.name=a", "add", "-A")
    git(root, "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-qm", "start")
    git(root, "tag", "v2.1")
    git(root, "remote", "add", "origin", "https://github.com/example/demo.git")
    git(root, "checkout", "-qb", "feature")
    with open(root / "src" / "app.py", "a", encoding="utf-8") as fh:
        fh.write("\n\ndef parse_config(text):\n    return eval(text)\n")
    git(root, "-c", "user.email=a@b", "-c", "user.name=a", "commit", "-qam", "parse config")
    with open(root / "src" / "app.py", "a", encoding="utf-8") as fh:
        fh.write("\n\ndef load(path):\n    return open(path).read()\n")
    git(root, "add", "src/app.py")
    config = user_config_home / "postil" / "config.toml"
    config.parent.mkdir(parents=True, exist_ok=True)
    config.write_text(f'[tool.postil.llm]\nprovider = "openai-compatible"\nmodel = "m"\nbase-url = "{fake.openai_url}"\n')
    env = {**os.environ, "OPENAI_API_KEY": "sk-test", "HOME": str(tmp_path / "home")}
    return root, env


def command_lines(body: str) -> list[list[str]]:
    """Each `postil ...` invocation in a shell block (also inside `a && b` chains); any other
    command fails: such a block is run whole (AS_WRITTEN) or listed in NOT_RUN_HERE."""
    commands = []
    for line in body.splitlines():
        for part in line.split("&&"):
            words = shlex.split(part, comments=True)
            if not words:
                continue
            assert re.fullmatch(r"(\S*/)?postil", words[0]), f"{part.strip()!r} is not a postil command: run the " \
                "block in test_blocks_run_as_written (AS_WRITTEN) or list it in NOT_RUN_HERE"
            commands.append([PLACEHOLDERS.get(w, w) for w in words[1:]])
    return commands


@pytest.mark.parametrize("example", of("sh"))
def test_shell_examples_run(example, sandbox, fake, tmp_path, user_config_home):
    root, env = sandbox
    commands = command_lines(example.body)
    assert commands, f"{example}: a shell block with no postil command: run it here or list it in NOT_RUN_HERE"
    with contextlib.ExitStack() as stack:
        if any("--publish" in args for args in commands):  # the team index: a real `chroma run` on loopback
            from tests.rag.conftest import running_chroma

            (tmp_path / "chroma").mkdir()
            url, _process = stack.enter_context(running_chroma(tmp_path / "chroma"))
            with open(user_config_home / "postil" / "config.toml", "a", encoding="utf-8") as fh:
                fh.write(f'\n[tool.postil.index]\nchroma-url = "{url}"\n')
        run_commands(example, commands, root, env)


def run_commands(example: Example, commands: list[list[str]], root: Path, env: dict) -> None:
    for args in commands:
        cwd = REPO if "examples/demo" in args else root
        done = run_postil(args, cwd, env)
        shown = f"{example}: postil {shlex.join(args)} -> exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        assert done.returncode in (0, 1), shown
        assert "Traceback" not in done.stderr and "Error:" not in done.stderr, shown
        if "--format" in args and args[args.index("--format") + 1] == "json":
            json.loads(done.stdout)


def _as_a_new_user(script: str, tmp_path: Path) -> subprocess.CompletedProcess:
    """``script`` run by bash in a fresh copy of the repository's files, as a new user runs it (a
    fresh venv, installed from the package index; nothing of this test run's environment is on
    PATH or PYTHONPATH); the copy is ``tmp_path / "clone"``, kept between calls."""
    copy = tmp_path / "clone"
    if not copy.exists():
        listed = subprocess.run(["git", "ls-files", "-co", "--exclude-standard", "-z"], cwd=REPO, capture_output=True,
                                check=True).stdout.decode().split("\0")
        for name in filter(None, listed):
            if (REPO / name).is_file():
                (copy / name).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(REPO / name, copy / name)
    path = os.pathsep.join(p for p in os.environ.get("PATH", "").split(os.pathsep)
                           if p and Path(p).resolve() != Path(sys.executable).parent.resolve())
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONSAFEPATH")}
    return subprocess.run(["bash", "-euo", "pipefail", "-c", script], cwd=copy, capture_output=True, text=True,
                          timeout=1500, env={**env, "PATH": path, "HOME": str(tmp_path / "home")})


@pytest.mark.parametrize("key", sorted(AS_WRITTEN), ids=lambda key: f"{key[0]}: {key[1][:40]}")
def test_blocks_run_as_written(key, tmp_path):
    [example] = [e for e in examples() if e.key == key]
    done = _as_a_new_user(example.body, tmp_path)
    assert done.returncode == 0, f"{example}: exit {done.returncode}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    assert "Traceback" not in done.stderr and "error:" not in done.stderr.lower(), done.stderr[-3000:]


def test_the_quick_tier_runs_after_the_quick_start(tmp_path):
    """The Quick start's `.venv` holds postil without the test extras: the quick tier, run next,
    installs them (it once ran pytest there only when `.venv` was missing: "No module named pytest")."""
    [quick_start] = [e for e in examples() if e.key in AS_WRITTEN and "postil check" in e.body]
    assert _as_a_new_user(quick_start.body, tmp_path).returncode == 0
    done = _as_a_new_user("./scripts/test --fast tests/test_module_names.py", tmp_path)
    assert done.returncode == 0, f"exit {done.returncode}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    assert " passed" in done.stdout, done.stdout[-3000:]


def test_dry_run_example_sends_nothing_and_review_sends(sandbox, fake):
    root, env = sandbox
    assert run_postil(["review", "src/", "--dry-run"], root, env).returncode in (0, 1)
    assert not [r for r in fake.received if "chat/completions" in r.path]
    assert run_postil(["review", "src/"], root, env).returncode in (0, 1)
    assert [r for r in fake.received if "chat/completions" in r.path]


@pytest.mark.parametrize("example", [p for p in of("toml") if "[tool.postil" in p.values[0].body])
def test_config_examples_load(example, sandbox):
    """A `[tool.postil]` block, as the project's pyproject.toml: no config error (exit 2),
    no key postil does not know; egress keys are read once the repository is trusted."""
    root, env = sandbox
    (root / "pyproject.toml").write_text(example.body, encoding="utf-8")
    for args in (["trust", "--yes"], ["check", "."], ["doctor"]):
        done = run_postil(args, root, env)
        shown = f"{example}: postil {' '.join(args)} -> exit {done.returncode}\n{done.stdout[-2000:]}\n{done.stderr[-2000:]}"
        assert done.returncode in (0, 1), shown
        assert "unknown" not in done.stderr.lower() and "Traceback" not in done.stderr, shown


@pytest.mark.parametrize("example", of("python"))
def test_suppression_examples_name_real_rules(example, sandbox):
    root, env = sandbox
    source = "expr = input()\n" + example.body.replace("<- applies", "applies")
    (root / "suppressed.py").write_text(source, encoding="utf-8")
    done = run_postil(["check", "suppressed.py", "--format", "json"], root, env)
    assert done.returncode in (0, 1), done.stderr
    ids = {f["rule"] for f in json.loads(done.stdout)["findings"]}
    assert not any("suppression" in i for i in ids), f"{example}: {ids}"
    assert "python/security/eval-exec-non-literal" not in ids, f"{example}: the suppression did not apply"


@pytest.mark.parametrize("example", [p for p in of("toml") if "[tool.postil" not in p.values[0].body])
def test_editor_toml_examples(example):
    data = tomllib.loads(example.body)
    if "language-server" in data:  # Helix languages.toml
        server = data["language-server"]["postil"]
        assert [server["command"], *server["args"]] == ["postil", "serve"]
        assert_server_settings(server.get("config", {}), example)
        assert all("postil" in lang["language-servers"] for lang in data["language"])
    else:  # Zed extension.toml
        assert data["language_servers"]["postil"]["name"] == "postil"


def assert_server_settings(raw: dict, example: Example) -> None:
    from postil.config.editor import Settings

    _settings, problems = Settings.parse(raw)
    assert problems == [], f"{example}: {problems}"
    provider = (raw.get("postil", raw).get("llm") or {}).get("provider")
    assert provider in (None, "off", "none", "openai", "anthropic", "openai-compatible", "ollama"), example


def jsonc(text: str):
    stripped = re.sub(r"^\s*//.*$", "", text, flags=re.M)
    stripped = stripped.strip().rstrip(",")
    return json.loads(stripped if stripped.startswith("{") else "{" + stripped + "}")


@pytest.mark.parametrize("example", of("jsonc"))
def test_json_settings_examples(example):
    data = jsonc(example.body)
    text = json.dumps(data)
    assert "postil" in text
    if "editor.codeActionsOnSave" in data:  # VS Code
        assert "source.fixAll.postil" in data["editor.codeActionsOnSave"]
    for client in (data.get("clients") or {}).values():  # Sublime LSP
        assert client["command"] == ["postil", "serve"]
        assert_server_settings(client.get("settings", {}), example)
        assert_server_settings(client.get("initializationOptions", {}), example)
    for server in (data.get("lsp") or {}).values():  # Zed settings
        assert_server_settings(server.get("settings", {}), example)
        assert_server_settings(server.get("initialization_options", {}), example)


@pytest.mark.parametrize("example", of("yaml"))
def test_yaml_examples(example, sandbox):
    """A pre-commit config names our hook; a rule file loads in postil (and finds what it
    says it finds) and in the ast-grep CLI alike."""
    import yaml

    documents = [doc for doc in yaml.safe_load_all(example.body) if doc]
    config = next((doc for doc in documents if "id" in doc), documents[0])  # a rule file may define taint sets first
    if "repos" in config:
        hooks = {h["id"] for h in yaml.safe_load((REPO / ".pre-commit-hooks.yaml").read_text())}
        assert {h["id"] for repo in config["repos"] for h in repo["hooks"]} <= hooks
        return
    root, env = sandbox
    (root / "tools" / "postil-rules" / "example.yml").write_text(example.body, encoding="utf-8")
    (root / "pyproject.toml").write_text('[tool.postil]\nrule-dirs = ["tools/postil-rules"]\n', encoding="utf-8")
    if "taint" in config:  # postil's extension: a flow into a sink is found, the same sink fed a constant is not
        (root / "app.py").write_text('@app.route("/a")\ndef a():\n    q = request.args["q"]\n'
                                     '    cursor.execute("SELECT * FROM t WHERE a = \'" + q + "\'")\n'
                                     '    cursor.execute("SELECT * FROM t WHERE a = \'" + "x" + "\'")\n')
        done = run_postil(["check", "app.py", "--select", config["id"], "--format", "json"], root, env)
        found = json.loads(done.stdout)["findings"]
        assert [(f["rule"], f["line"]) for f in found] == [(config["id"], 4)], done.stderr
        return
    (root / "lib.py").write_text('def main():\n    print("ok")\n\n\ndef work(x):\n    print("x is", x)\n')
    done = run_postil(["check", "lib.py", "--select", config["id"], "--format", "json"], root, env)
    found = json.loads(done.stdout)["findings"]
    assert [(f["rule"], f["line"]) for f in found] == [(config["id"], 6)], done.stderr
    assert found[0]["message"] == 'print("x is", x) in library code; use logging'
    from postil.analyzers.rules.bulk import ast_grep_binary

    assert ast_grep_binary(), "the ast-grep CLI is not installed (pip install -e '.[test]' installs it)"
    sg = subprocess.run([ast_grep_binary(), "scan", "--rule",
                         str(root / "tools" / "postil-rules" / "example.yml"), "--json=compact", "lib.py"],
                        cwd=root, capture_output=True, text=True, timeout=60)
    assert sg.returncode == 0, sg.stderr
    assert [(m["ruleId"], m["range"]["start"]["line"] + 1, m["message"]) for m in json.loads(sg.stdout)] == \
        [(config["id"], 6, found[0]["message"])]


NEW_NEOVIMS = [n for n in neovims() if version(n).startswith("v0.1") and version(n) >= "v0.11"]


@pytest.mark.parametrize("example", of("lua"))
def test_lua_examples_load_in_neovim(example, tmp_path):
    assert NEW_NEOVIMS, "no Neovim >= 0.11 found (scripts/test installs one)"
    snippet = tmp_path / "example.lua"
    snippet.write_text(example.body + "\nvim.cmd('qall!')\n", encoding="utf-8")
    # As for a user who installed postil: its console script is on PATH (CI does not activate the venv).
    env = {**os.environ, "PATH": os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])}
    done = subprocess.run([NEW_NEOVIMS[0], "--headless", "--clean", "--cmd", f"set rtp^={REPO / 'editors' / 'neovim'}",
                           "-c", f"luafile {snippet}"], capture_output=True, text=True, timeout=60,
                          cwd=tmp_path, stdin=subprocess.DEVNULL, env=env)
    assert done.returncode == 0 and "Error" not in done.stderr + done.stdout, f"{example}: {done.stderr}{done.stdout}"


@pytest.mark.parametrize("example", of("elisp"))
def test_elisp_examples_load_in_emacs(example, tmp_path):
    emacs = shutil.which("emacs")
    assert emacs, "emacs not found (scripts/test installs emacs-nox and elpa-eglot)"
    snippet = tmp_path / "example.el"
    snippet.write_text(example.body, encoding="utf-8")
    check = ("(progn (require 'eglot) (load-file \"%s\")"
             " (unless (assoc '(python-mode python-ts-mode js-mode js-ts-mode typescript-ts-mode go-mode go-ts-mode)"
             " eglot-server-programs) (error \"postil not registered\")))") % snippet
    done = subprocess.run([emacs, "--batch", "--eval", check], capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, f"{example}: {done.stderr}"


def test_every_example_has_a_runner():
    runnable = {"sh", "toml", "python", "jsonc", "yaml", "lua", "elisp"}
    for example in examples():
        assert example.lang in runnable or example.key in NOT_RUN_HERE, f"{example}: no test runs this block"


# Words in inline `postil ...` spans that stand for the reader's own value.
INLINE_PLACEHOLDERS = {"FINGERPRINT": "0123456789abcdef", "DRAFT": "draft.yml", "NAME": "team", "FILE": "app.py",
                       "...": "a reason", "RULE-ID": PLACEHOLDERS["RULE-ID"]}


def inline_commands() -> list:
    """Every `postil ...` code span in the prose of the docs (the fenced blocks run above)."""
    found = []
    for doc in DOCS:
        text = re.sub(r"^( *)```.*?^ *```", "", (REPO / doc).read_text(encoding="utf-8"), flags=re.S | re.M)
        for line_number, line in enumerate(text.splitlines(), 1):
            for span in re.findall(r"`(postil [^`]+)`", line):
                if span.isascii():  # not a status-bar text such as `postil · AI ready`
                    found.append(pytest.param(span, id=f"{doc}: {span}"))
    return found


@pytest.mark.parametrize("span", inline_commands())
def test_inline_commands_are_postil_command_lines(span):
    """A command named in a sentence exists with the options it is shown with (postil's own
    parser reads it, placeholders filled in): a renamed command or option fails here."""
    from postil.cli import build_parser

    words = shlex.split(span.split("||")[0])
    args = [INLINE_PLACEHOLDERS.get(w, w) for w in words[1:]]
    try:
        build_parser(args[0] if args else None).parse_args(args)
    except SystemExit as exit:
        assert exit.code == 0 and args == ["--version"], f"`{span}` is not a postil command line"
