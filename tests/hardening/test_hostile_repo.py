"""A repository is untrusted input. A hostile one is committed (``git add -f``), cloned with
``git clone`` and run through every command and the server: nothing outside the clone is
created, changed or deleted, no command it planted runs, and each command says what it
refused.

The repository plants:
- a committed ``.postil/`` (or a ``.postil`` link out of the clone) whose stores hold
  pickles that would run a marker command, diskcache rows naming files outside by
  ``../`` and absolute names, and links for its lock, ``.gitignore`` and databases;
- link-named temporary files beside fixable files (``.util.py.postil-tmp -> ../outside``);
- ``-r.py`` with a rule file named ``.py`` and 70+ Python files, so bulk scans run
  ast-grep's CLI with the file names on its command line;
- a ``rule-dirs`` entry leading out of the repository and a rule whose fix matches its
  own output;
- modules named like postil's imports (``json.py``, ``pygls/``, ``openai.py``) that would
  run the marker when imported (postil is launched with ``python -P``, as an installed
  console script runs it).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import ClientServerConfig

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "server"))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analyzers" / "llm"))
from fake_provider import FakeProvider
from lsp_harness import EDITORS, INDEX_DEADLINE, diagnostics, make_client, open_doc, wait_for

pytestmark = pytest.mark.slow  # the hardening suite: subprocesses, servers, hostile inputs

MODULES = 70
EVIL_FIX = "__import__('os').system"


class Payload:
    """Unpickling this runs ``touch MARKER``."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def _git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", "-c", "user.name=a", "-c", "user.email=a@example.com", *args], cwd=cwd,
                          check=True, capture_output=True, text=True).stdout


def _diskcache_db(path: Path, marker: Path, victims: list[str]) -> None:
    """A diskcache-shaped store: pickled values (mode 4) and expired file-backed rows naming
    victims (a cull or a clear deletes a row's file)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE Settings (key TEXT NOT NULL UNIQUE, value)")
        conn.execute("CREATE TABLE Cache (rowid INTEGER PRIMARY KEY, key BLOB, raw INTEGER, store_time REAL, "
                     "expire_time REAL, access_time REAL, access_count INTEGER DEFAULT 0, tag BLOB, size INTEGER "
                     "DEFAULT 0, mode INTEGER DEFAULT 0, filename TEXT, value BLOB)")
        evil = pickle.dumps(Payload(marker))
        for key in ("stats:calls", "latencies", "budget:2026-01-01:tokens", "dismissed:x"):
            conn.execute("INSERT INTO Cache (key, raw, store_time, expire_time, access_time, mode, value) "
                         "VALUES (?, 1, 0, NULL, 0, 4, ?)", (key, evil))
        for i, victim in enumerate(victims):
            conn.execute("INSERT INTO Cache (key, raw, store_time, expire_time, access_time, mode, filename) "
                         "VALUES (?, 1, 0, 1, 0, 2, ?)", (f"file{i}", victim))


def _kv_db(path: Path, marker: Path, victim: str) -> None:
    """postil's own store shape, holding a pickle and a path instead of JSON."""
    path.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE kv (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        evil = pickle.dumps(Payload(marker))
        for key in ("stats:calls", "latencies", "stats:cache_hits"):
            conn.execute("INSERT INTO kv VALUES (?, ?)", (key, evil))
        conn.execute("INSERT INTO kv VALUES ('filename', ?)", (victim,))


def _poison_postil(postil: Path, marker: Path, outside: Path) -> None:
    victims = ["../../../outside/victim.txt", str(outside / "victim.txt"), "../../../../home/.bashrc"]
    for store in ("llm", "cache/llm"):
        _diskcache_db(postil / store / "cache.db", marker, victims)
    _kv_db(postil / "llm" / "state.sqlite3", marker, victims[1])
    _kv_db(postil / "cache" / "llm" / "results.sqlite3", marker, victims[1])
    (postil / "owner-id").write_text("0123456789abcdef0123456789abcdef\n")
    index = postil / "index"
    index.mkdir(parents=True, exist_ok=True)
    (index / "chroma").mkdir()
    # links (relative to where they sit) out to the sibling "outside" directory
    os.symlink("../../../outside/app.db", index / "catalog.sqlite3")
    os.symlink("../../../outside/created-by-lock", index / "lock")
    os.symlink("../../../../outside/chroma.sqlite3", index / "chroma" / "chroma.sqlite3")
    os.symlink("../../outside/created-by-gitignore", postil / ".gitignore")
    os.symlink("../../outside/explain", postil / "explain")


@pytest.fixture(scope="module")
def hostile_source(tmp_path_factory):
    """The attacker's repository, once per module: (source repo, marker path)."""
    base = tmp_path_factory.mktemp("attacker")
    marker = base / "MARKER-ran"
    src = base / "src"
    src.mkdir()
    (src / ".gitignore").write_text(".postil/\n")
    (src / ".postil.toml").write_text('rule-dirs = ["rules", "../outside", "/"]\n')
    (src / "rules").mkdir()
    (src / "rules" / "flush.yml").write_text(
        "id: project/flush-print\nlanguage: python\nrule: {pattern: 'print($$$A)'}\n"
        "fix: 'print($$$A, flush=True)'\nmessage: print without flush\nseverity: warning\n")
    for i in range(MODULES):
        (src / f"mod{i}.py").write_text(f"def check_{i}(value):\n    if value == None:\n        return {i}\n    return 0\n")
    (src / "util.py").write_text("def util(x):\n    if x == None:\n        return 1\n    print('done')\n")
    (src / "-r.py").write_text("def r(x):\n    return x == None\n")
    # `ast-grep scan -r.py` would read this as the rule file `.py`
    (src / ".py").write_text(
        "id: python/correctness/none-equality-comparison\nlanguage: python\nrule: {pattern: '$A == None'}\n"
        f"fix: \"{EVIL_FIX}('touch {marker}') or $A is None\"\nmessage: x\nseverity: warning\n")
    for name in ("util.py", "mod0.py", "-r.py"):
        os.symlink(f"../outside/fix-target-{name}", src / f".{name}.postil-tmp")
        os.symlink("../home/.bashrc", src / f".{name}.tmp")
    os.symlink("../outside/victim.py", src / "linked.py")
    os.symlink("../outside/srcdir", src / "src")
    # modules that shadow what postil imports, were the clone first on sys.path
    shadow = f"import os\nos.system('touch {marker}')\n"
    (src / "json.py").write_text(shadow)
    (src / "openai.py").write_text(shadow)
    (src / "pygls").mkdir()
    (src / "pygls" / "__init__.py").write_text(shadow)
    _poison_postil(src / ".postil", marker, base / "outside")
    _git("init", "-q", "-b", "main", cwd=src)
    _git("add", "-f", "-A", cwd=src)
    _git("commit", "-q", "-m", "hostile", cwd=src)
    # the same repository with `.postil` a link out of the clone
    linked = base / "src-linked"
    _git("clone", "-q", str(src), str(linked), cwd=base)
    _git("rm", "-r", "-q", "--cached", ".postil", cwd=linked)
    subprocess.run(["rm", "-rf", str(linked / ".postil")], check=True)
    os.symlink("../outside", linked / ".postil")
    _git("add", "-f", ".postil", cwd=linked)
    _git("commit", "-q", "-m", "link", cwd=linked)
    return {"dir": src, "link": linked}, marker


def _outside_tree(work: Path) -> None:
    """What an attacker would like to reach: a sibling directory and a fake home."""
    outside = work / "outside"
    outside.mkdir()
    (outside / "victim.txt").write_text("keep me\n")
    (outside / "victim.py").write_text("def v(x):\n    if x == None:\n        return 1\n")
    (outside / "srcdir").mkdir()
    (outside / "srcdir" / "inner.py").write_text("def i(x):\n    return x == None\n")
    (outside / "rules").mkdir()
    (outside / "rules" / "steal.yml").write_text("id: outside/rule\nlanguage: python\nrule: {pattern: 'x'}\n"
                                                 "message: m\nseverity: error\n")
    with sqlite3.connect(outside / "app.db") as conn:
        conn.execute("CREATE TABLE accounts (id INTEGER PRIMARY KEY, name TEXT)")
        conn.execute("INSERT INTO accounts (name) VALUES ('alice')")
    home = work / "home"
    home.mkdir()
    (home / ".bashrc").write_text("# the user's shell\n")


def _snapshot(*roots: Path) -> dict:
    """Every entry under the roots, as lstat sees it, with file contents hashed."""
    seen = {}
    for root in roots:
        for directory, dirs, files in os.walk(root):
            for name in dirs + files:
                path = Path(directory) / name
                st = path.lstat()
                if path.is_symlink():
                    what = ("link", os.readlink(path))
                elif path.is_file():
                    what = ("file", hashlib.sha256(path.read_bytes()).hexdigest(), st.st_mode)
                else:
                    what = ("dir", st.st_mode)
                seen[str(path)] = what
        seen[str(root)] = sorted(os.listdir(root))
    return seen


@pytest.fixture(params=["dir", "link"])
def clone(request, hostile_source, tmp_path, monkeypatch):
    """A fresh clone of the hostile repository beside an outside dir and a fake home."""
    sources, marker = hostile_source
    work = tmp_path / "work"
    work.mkdir()
    _outside_tree(work)
    repo = work / "clone"
    _git("clone", "-q", str(sources[request.param]), str(repo), cwd=work)
    monkeypatch.setenv("HOME", str(work / "home"))
    for name in ("XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_DATA_HOME"):
        monkeypatch.setenv(name, str(tmp_path / name.lower()))
    for name in ("POSTIL_LLM_PROVIDER", "OPENAI_API_KEY", "ANTHROPIC_API_KEY"):
        monkeypatch.delenv(name, raising=False)
    if marker.exists():
        marker.unlink()
    before = _snapshot(work / "outside", work / "home") | {"work": sorted(os.listdir(work))}
    yield repo, request.param
    after = _snapshot(work / "outside", work / "home") | {"work": sorted(os.listdir(work))}
    assert not marker.exists(), "a command planted in the repository ran"
    assert after == before, "something outside the clone was created, changed or deleted"


def postil(repo: Path, *args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """``python -P -m postil`` (the clone is never on sys.path, as with the console script)."""
    return subprocess.run([sys.executable, "-P", "-m", "postil", *args], cwd=repo, capture_output=True,
                          text=True, timeout=300, check=False, env={**os.environ, **(env or {})})


def _said(proc: subprocess.CompletedProcess) -> str:
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.stdout + proc.stderr


def _moved_aside(output: str, repo: Path) -> None:
    assert "moved it aside to .postil.foreign-" in output, output
    assert (repo / ".postil").is_dir() and not (repo / ".postil").is_symlink()
    assert (repo / ".postil" / "owner-id").is_file()


def _rule_dirs_refused(output: str) -> None:
    assert "'../outside' is outside the repository" in output and "'/' is outside the repository" in output, output
    assert "outside/rule" not in output


def test_check_keeps_to_its_own_rules_and_reports_refused_rule_dirs(clone):
    repo, _ = clone
    output = _said(postil(repo, "check", "--format", "json"))
    _rule_dirs_refused(output)
    assert output.count("python/correctness/none-equality-comparison") >= MODULES  # postil's rules ran


def test_check_fix_writes_only_inside_and_applies_self_matching_fix_once(clone):
    repo, _ = clone
    output = _said(postil(repo, "check", "--fix"))
    _rule_dirs_refused(output)
    assert "project/flush-print's fix matches its own output; applied once" in output
    assert "print('done', flush=True)\n" in (repo / "util.py").read_text()
    for path in [*repo.glob("*.py"), repo / "-r.py"]:
        if not path.is_symlink() and path.name not in ("json.py", "openai.py", ".py"):
            text = path.read_text()
            assert EVIL_FIX not in text and "== None" not in text, (path, text)
    assert (repo / ".util.py.postil-tmp").is_symlink()  # left alone, never written through
    assert not list(repo.glob("*.tmp")) or all(p.is_symlink() for p in repo.glob("*.tmp"))


def test_check_fix_through_links_named_on_the_command_line_writes_nothing_outside(clone):
    """``src`` is a committed link to a directory outside, ``linked.py`` to a file outside:
    whether the walker refuses them or the write does, the command says so."""
    repo, _ = clone
    output = _said(postil(repo, "check", "src", "--fix"))
    assert "outside" in output, output
    output = _said(postil(repo, "check", "linked.py", "--fix"))
    assert "link" in output, output


@pytest.mark.parametrize("command", [
    ["index"], ["search", "check value"], ["stats"], ["stats", "--json"], ["doctor", "--no-call"], ["cache", "clear"],
])
def test_commands_that_use_postil_dir_move_a_foreign_one_aside(clone, command):
    repo, _ = clone
    proc = postil(repo, *command)
    output = _said(proc)
    _moved_aside(output, repo)
    if command[0] == "stats":
        assert '"calls": 0' in output or "LLM calls: 0" in output
    if command[0] == "cache":
        assert "removed 0 cached" in output
    again = _said(postil(repo, *command))  # now postil's own: nothing to refuse
    assert "moved it aside" not in again


def test_review_files_and_fix(clone):
    repo, _ = clone
    output = _said(postil(repo, "review", "--no-llm", "."))
    _rule_dirs_refused(output)
    output = _said(postil(repo, "review", "--no-llm", "--fix", "."))
    assert "applied once" in output
    assert EVIL_FIX not in (repo / "mod3.py").read_text() and " is None" in (repo / "mod3.py").read_text()


def test_llm_review_reads_no_planted_budget_cache_or_state(clone):
    """An ordinary review with a provider: budget, cache and stats live in postil's own
    ``.postil/``; the planted rows (predictable budget keys, pickles) are never read."""
    repo, _ = clone
    fake = FakeProvider().start()
    try:
        env = {"POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": fake.openai_url,
               "POSTIL_LLM_MODEL": "local-model", "POSTIL_LLM_API_KEY": "sk-local"}
        output = _said(postil(repo, "review", "util.py", env=env))
        _moved_aside(output, repo)
        assert fake.received, output  # the model was asked: no planted budget stopped it
        calls = len(fake.received)
        again = _said(postil(repo, "review", "util.py", env=env))
        assert "moved it aside" not in again and len(fake.received) == calls  # answered from postil's own cache
        stats = _said(postil(repo, "stats", "--json"))
        assert '"cache_hits": 1' in stats, stats
    finally:
        fake.stop()


def test_review_staged_fix_stages_regular_files_only(clone):
    repo, _ = clone
    with open(repo / "util.py", "a") as fh:
        fh.write("\n\ndef more(y):\n    return y == None\n")
    with open(repo / "mod5.py", "a") as fh:
        fh.write("\n\ndef more(y):\n    return y == None\n")
    _git("add", "util.py", "mod5.py", cwd=repo)
    _said(postil(repo, "review", "--staged", "--no-llm", "--fix"))
    staged = _git("ls-files", "-s", "util.py", "mod5.py", cwd=repo)
    assert all(line.startswith("100644 ") for line in staged.splitlines()), staged
    assert "y is None" in (repo / "util.py").read_text()
    assert (repo / ".util.py.postil-tmp").is_symlink()


@pytest.mark.parametrize("editor", ["vscode"])
async def test_server_opening_a_file_builds_its_own_postil_dir(clone, editor):
    repo, _ = clone
    # started in the clone, as an editor does; -P keeps the clone off sys.path
    command = ["sh", "-c", 'cd "$1" && exec "$2" -P -m postil serve', "sh", str(repo), sys.executable]
    config = ClientServerConfig(server_command=command, client_factory=make_client, server_env=dict(os.environ))
    client = await config.start()
    try:
        client.init_result = await client.initialize_session(types.InitializeParams(
            capabilities=EDITORS[editor](), root_uri=repo.as_uri(),
            workspace_folders=[types.WorkspaceFolder(uri=repo.as_uri(), name="clone")]))
        uri = open_doc(client, repo / "util.py")
        assert await diagnostics(client, uri, lambda ds: any(d.code == "python/correctness/none-equality-comparison"
                                                               for d in ds))
        # the index (and with it .postil/) is built only when asked, or when LLM review is on
        await client.workspace_execute_command_async(types.ExecuteCommandParams(command="postil.reindex"))
        await wait_for(client, lambda: client.record.statuses and client.record.statuses[-1]["index"]["state"] == "ready",
                       "index ready", timeout=INDEX_DEADLINE)
        said = "\n".join(m.message for m in [*client.log_messages, *client.messages])
        _moved_aside(said, repo)
        await client.shutdown_session()
    finally:
        await client.stop()
