"""Settings that decide where code and keys go come from the user's side: a repository's
config names an endpoint (the "repo" fake provider) and the user's own config file names
another ("chosen"). With OPENAI_API_KEY in the environment, `postil review`, `review
--staged`, `index` and `serve` send nothing to the repository's endpoint until `postil
trust`, do after it, and stop again once the file changes. Real openai SDK, real git."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from fake_provider import FakeProvider, Reply, finding

from postil import trust_store
from postil.config import clear_config_cache, llm_refusal, load_config

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "server"))
from lsp_harness import EDITORS, INDEX_DEADLINE, diagnostics, open_doc, running, wait_for
from lsprotocol import types

pytestmark = pytest.mark.slow  # CLI subprocesses, servers or real repositories

KEY = "sk-user-secret-key"
CODE = "def total(items):\n    result = 0\n    for item in items:\n        result += item.price\n    return result\n"
EDITED = CODE.replace("result = 0", "result = 0.0")


@pytest.fixture
def repo_endpoint():
    server = FakeProvider().start()
    yield server
    server.stop()


@pytest.fixture
def chosen():
    server = FakeProvider().start()
    yield server
    server.stop()


def endpoint_tables(fake: FakeProvider, model: str) -> str:
    return (f'[llm]\nprovider = "openai-compatible"\nbase-url = "{fake.openai_url}"\nmodel = "{model}"\n'
            f'[index]\nembeddings = "openai-compatible"\nbase-url = "{fake.openai_url}"\nmodel = "{model}-embed"\n')


def user_config(fake: FakeProvider) -> Path:
    path = trust_store.user_config_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(endpoint_tables(fake, "user-model"))
    return path


def git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@t", *args], cwd=root, check=True,
                   capture_output=True)


def make_repo(root: Path, repo_endpoint: FakeProvider) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    git(root, "init", "-q")
    (root / "shop.py").write_text(CODE)
    (root / ".postil.toml").write_text('ignore = ["python/correctness/shadowed-builtin"]\n' + endpoint_tables(repo_endpoint, "repo-model"))
    git(root, "add", "-A")
    git(root, "commit", "-qm", "init")
    return root


def run(cwd: Path, *args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "OPENAI_", "ANTHROPIC_"))}
    env["OPENAI_API_KEY"] = KEY
    return subprocess.run([sys.executable, "-m", "postil", *args], cwd=cwd, capture_output=True, text=True, env=env,
                          timeout=180, check=False)


def chats(fake: FakeProvider) -> list:
    return [r for r in fake.received if r.path.endswith("/chat/completions")]


def embeddings(fake: FakeProvider) -> list:
    return [r for r in fake.received if r.path.endswith("/embeddings")]


def cli_round(repo: Path, *fakes: FakeProvider) -> dict[str, tuple]:
    """review (files), review --staged (a staged edit) and index, as a user runs them, each
    from a cold .postil/ (no cached answers); per command: its result and how many requests
    each of ``fakes`` received."""
    (repo / "shop.py").write_text(EDITED)
    git(repo, "add", "shop.py")
    out = {}
    for name, args in (("review", ("review", "shop.py")), ("staged", ("review", "--staged")), ("index", ("index", "-q"))):
        shutil.rmtree(repo / ".postil", ignore_errors=True)
        before = [len(f.received) for f in fakes]
        done = run(repo, *args)
        out[name] = (done, *(len(f.received) - n for f, n in zip(fakes, before)))
    git(repo, "reset", "-q", "--hard")
    return out


# --- the configuration model ---------------------------------------------------------------
def test_user_config_lies_under_the_project_and_an_untrusted_project_sets_only_what_narrows(tmp_path):
    user = trust_store.user_config_path()
    user.parent.mkdir(parents=True)
    user.write_text('ignore = ["a"]\nexclude = ["user-excluded/"]\n[llm]\nprovider = "openai"\nreview = "onSave"\n'
                    'exclude = ["u.py"]\n')
    project = tmp_path / "repo"
    project.mkdir()
    (project / ".git").mkdir()
    (project / ".postil.toml").write_text('ignore = ["b"]\n[llm]\nprovider = "anthropic"\nbase-url = "http://x/v1"\n'
                                          'review = "onRequest"\nexclude = ["p.py"]\ncontext-budget = 300\n')
    loaded = load_config(project)
    llm = loaded.settings.llm
    assert loaded.settings.ignore == ("b",) and loaded.settings.exclude == ("user-excluded/",)
    assert llm.provider == "openai" and llm.base_url is None  # the repository's endpoint keys: ignored
    assert llm.review == "onRequest" and llm.exclude == ("u.py", "p.py") and llm.context_budget == 300
    assert loaded.refused == ("llm.provider", "llm.base-url") and loaded.refusal == "untrusted"
    assert loaded.notice == (f"postil: {project / '.postil.toml'} sets llm.provider, llm.base-url but is not trusted: "
                             "ignored; run `postil trust` to allow")
    assert loaded.sources["llm.provider"] == str(user) and loaded.sources["llm.review"].endswith("(narrows only)")

    trust_store.record([project / ".postil.toml"])
    trusted = load_config(project)
    assert trusted.settings.llm.provider == "anthropic" and trusted.settings.llm.base_url == "http://x/v1"
    assert trusted.notice is None and trusted.sources["llm.base-url"] == str(project / ".postil.toml")

    with (project / ".postil.toml").open("a") as f:
        f.write("# edited\n")
    changed = load_config(project)
    assert changed.settings.llm.base_url is None and changed.refusal == "changed"
    assert "has changed since it was trusted" in changed.notice

    assert trust_store.revoke(project) == [str((project / ".postil.toml").resolve())]
    assert trust_store.trusted_files() == {}


def test_an_untrusted_review_setting_cannot_widen(tmp_path):
    user = trust_store.user_config_path()
    user.parent.mkdir(parents=True)
    user.write_text('[llm]\nprovider = "openai"\nreview = "onRequest"\n')
    (tmp_path / ".postil.toml").write_text('[llm]\nreview = "onSave"\n')
    loaded = load_config(tmp_path)
    assert loaded.settings.llm.review == "onRequest" and loaded.refused == ("llm.review",)


def test_an_untrusted_config_may_keep_everything_local(tmp_path):
    user = trust_store.user_config_path()
    user.parent.mkdir(parents=True)
    user.write_text('[llm]\nprovider = "openai"\n[index]\nembeddings = "openai"\n')
    (tmp_path / ".postil.toml").write_text('[llm]\nprovider = "none"\n[index]\nembeddings = "hash"\n')
    loaded = load_config(tmp_path)
    assert loaded.settings.llm.provider == "none" and loaded.settings.index.embeddings == "hash"
    assert loaded.refused == () and loaded.notice is None


def test_a_config_above_the_git_root_never_sets_endpoints_even_when_trusted(tmp_path):
    (tmp_path / ".postil.toml").write_text('select = ["python"]\n[llm]\nbase-url = "http://parent/v1"\n')
    trust_store.record([tmp_path / ".postil.toml"])
    repo = tmp_path / "repo"
    (repo / ".git").mkdir(parents=True)
    clear_config_cache()
    loaded = load_config(repo)
    assert loaded.settings.select == ("python",) and loaded.settings.llm.base_url is None
    assert loaded.refusal == "above-git-root" and "is above the git root" in loaded.notice
    # the same file is the workspace's own config when no git root lies below it
    assert load_config(tmp_path).settings.llm.base_url == "http://parent/v1"


def test_nested_exclude_and_review_off_refuse_whatever_the_trust(tmp_path):
    (tmp_path / ".postil.toml").write_text('[llm]\nexclude = ["top-secret.py"]\n')
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / ".postil.toml").write_text('[llm]\nexclude = ["vault.py"]\n')
    (tmp_path / "quiet").mkdir()
    (tmp_path / "quiet" / ".postil.toml").write_text('[llm]\nreview = "off"\n')
    clear_config_cache()
    assert "llm.exclude" in llm_refusal(tmp_path / "sub" / "vault.py")
    assert "llm.exclude" in llm_refusal(tmp_path / "sub" / "top-secret.py")  # the outer file counts too
    assert llm_refusal(tmp_path / "sub" / "ok.py") is None
    assert "review is off" in llm_refusal(tmp_path / "quiet" / "x.py")


def test_trust_command_lists_and_revokes(tmp_path, repo_endpoint):
    repo = make_repo(tmp_path / "repo", repo_endpoint)
    done = run(repo, "trust", "--yes")
    assert done.returncode == 0 and f"trusted: {repo / '.postil.toml'}" in done.stdout
    assert f'  llm.base-url = "{repo_endpoint.openai_url}"' in done.stdout  # what the user just allowed
    assert f"{repo / '.postil.toml'}: trusted" in run(repo, "trust", "--list").stdout
    (repo / ".postil.toml").write_text("# changed\n")
    assert "changed since trusted" in run(repo, "trust", "--list").stdout
    assert "no longer trusted" in run(repo, "trust", "--revoke").stdout
    assert "nothing trusted" in run(repo, "trust", "--list").stdout


# --- the CLI against real endpoints ------------------------------------------------------------
def test_cli_sends_nothing_to_a_repository_endpoint_until_trusted(tmp_path, repo_endpoint, chosen):
    user_config(chosen)
    repo = make_repo(tmp_path / "repo", repo_endpoint)

    before = cli_round(repo, repo_endpoint, chosen)
    assert repo_endpoint.received == []
    assert chats(chosen) and embeddings(chosen)  # the user's own endpoint works without trust
    assert all(r.headers["authorization"] == f"Bearer {KEY}" for r in chosen.received)
    notice = f"postil: {repo / '.postil.toml'} sets llm.provider, llm.model, llm.base-url, index.embeddings"
    for name, (done, to_repo, to_chosen) in before.items():
        assert done.returncode in (0, 1), (name, done.stderr)
        assert to_repo == 0 and to_chosen > 0, name
        assert done.stderr.count(notice) == 1 and "run `postil trust` to allow" in done.stderr, (name, done.stderr)
    doctor = run(repo, "doctor", "--no-call").stdout
    assert f"llm.base-url = {chosen.openai_url}  [{trust_store.user_config_path()}]" in doctor
    assert f"index.base-url = {chosen.openai_url}  [{trust_store.user_config_path()}]" in doctor
    [ignored] = [line for line in doctor.splitlines() if line.strip().startswith("ignored: ")]
    assert "llm.base-url" in ignored and "index.base-url" in ignored and "postil trust" in ignored

    assert run(repo, "trust", "--yes").returncode == 0
    trusted = cli_round(repo, repo_endpoint, chosen)
    for name, (done, to_repo, to_chosen) in trusted.items():
        assert to_repo > 0 and to_chosen == 0, (name, done.stderr)
        assert "postil trust" not in done.stderr
    assert chats(repo_endpoint) and embeddings(repo_endpoint)
    assert {r.body["model"] for r in chats(repo_endpoint)} == {"repo-model"}
    assert f"llm.base-url = {repo_endpoint.openai_url}  [{repo / '.postil.toml'}]" in run(repo, "doctor", "--no-call").stdout

    with (repo / ".postil.toml").open("a") as f:
        f.write("# one more line\n")
    after = cli_round(repo, repo_endpoint, chosen)
    for name, (done, to_repo, to_chosen) in after.items():
        assert to_repo == 0 and to_chosen > 0, (name, done.stderr)
        assert "has changed since it was trusted" in done.stderr


def test_cli_without_a_user_endpoint_sends_nothing_anywhere(tmp_path, repo_endpoint):
    repo = make_repo(tmp_path / "repo", repo_endpoint)
    done = cli_round(repo, repo_endpoint)
    assert repo_endpoint.received == []
    assert "no LLM provider configured" in done["review"][0].stderr


def test_cli_never_uses_an_endpoint_named_above_the_git_root(tmp_path, repo_endpoint, chosen):
    user_config(chosen)
    (tmp_path / ".postil.toml").write_text(endpoint_tables(repo_endpoint, "parent-model"))
    trust_store.record([tmp_path / ".postil.toml"])
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q")
    (repo / "shop.py").write_text(CODE)
    git(repo, "add", "-A")
    git(repo, "commit", "-qm", "init")
    done = cli_round(repo, repo_endpoint)
    assert repo_endpoint.received == [] and chats(chosen)
    assert "is above the git root" in done["review"][0].stderr
    chosen.received.clear()
    doctor = run(repo, "doctor")  # one real call to the provider in effect
    assert repo_endpoint.received == [] and len(chats(chosen)) == 1, doctor.stdout
    assert "is above the git root" in doctor.stdout
    assert run(repo, "trust", "--yes").returncode == 1  # nothing of its own to trust


def test_cli_honours_nested_exclude_and_review_off(tmp_path, chosen):
    user_config(chosen)
    repo = tmp_path / "repo"
    for sub, config in (("vault", '[llm]\nexclude = ["keys.py"]\n'), ("quiet", '[llm]\nreview = "off"\n')):
        (repo / sub).mkdir(parents=True)
        (repo / sub / ".postil.toml").write_text(config)
    (repo / "vault" / "keys.py").write_text("def vault_marker(name):\n    return name + 'VAULT-MARKER'\n")
    (repo / "vault" / "open.py").write_text("def open_marker(name):\n    return name + 'OPEN-MARKER'\n")
    (repo / "quiet" / "hush.py").write_text("def hush_marker(name):\n    return name + 'HUSH-MARKER'\n")
    git(repo, "init", "-q")
    done = run(repo, "review", "vault/keys.py", "vault/open.py", "quiet/hush.py")
    assert done.returncode in (0, 1), done.stderr
    sent = " ".join(r.everything for r in chats(chosen))  # (embeddings: the egress gate's part)
    assert "OPEN-MARKER" in sent and "VAULT-MARKER" not in sent and "HUSH-MARKER" not in sent
    # review = "off" at the root turns the LLM off for the CLI too
    (repo / ".postil.toml").write_text('[llm]\nreview = "off"\n')
    chosen.received.clear()
    off = run(repo, "review", "vault/open.py")
    assert chosen.received == [] and "llm.review is off" in off.stderr


# --- the server --------------------------------------------------------------------------------
async def serve_round(repo: Path, expected: FakeProvider) -> list:
    """Open a file in `postil serve` (cold .postil/), wait for the index (embeddings from
    ``expected``), edit and save it, wait for ``expected``'s review; return the warnings shown."""
    shutil.rmtree(repo / ".postil", ignore_errors=True)
    path = repo / "shop.py"
    expected.responder = lambda body: Reply(payload={"findings": [finding("result += item.price", "price may be None")]})
    async with running(repo, EDITORS["vscode"]()) as client:
        uri = open_doc(client, path, CODE)
        # the index is built in the background on open; the save's review comes after it
        await wait_for(client, lambda: client.record.statuses and client.record.statuses[-1]["index"]["state"] == "ready",
                       "the index", timeout=INDEX_DEADLINE)
        assert embeddings(expected)
        path.write_text(EDITED)
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=EDITED)]))
        client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
        await diagnostics(client, uri, lambda ds: any(str(d.code).startswith("llm/") for d in ds), "LLM findings")
        path.write_text(CODE)
        return [m.message for m in client.messages if m.type == types.MessageType.Warning]


async def test_server_sends_nothing_to_a_repository_endpoint_until_trusted(tmp_path, repo_endpoint, chosen,
                                                                           monkeypatch):
    user_config(chosen)
    repo = make_repo(tmp_path / "repo", repo_endpoint)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)  # the server inherits it

    warnings = await serve_round(repo, expected=chosen)
    assert repo_endpoint.received == [] and chats(chosen)
    assert all(r.headers["authorization"] == f"Bearer {KEY}" for r in chosen.received)
    notices = [w for w in warnings if "run `postil trust` to allow" in w]
    assert len(notices) == 1 and str(repo / ".postil.toml") in notices[0] and "index.base-url" in notices[0]

    trust_store.record([repo / ".postil.toml"])
    chosen.received.clear()
    warnings = await serve_round(repo, expected=repo_endpoint)
    assert chats(repo_endpoint) and chosen.received == []
    assert not [w for w in warnings if "postil trust" in w]

    with (repo / ".postil.toml").open("a") as f:
        f.write("# changed after trust\n")
    repo_endpoint.received.clear()
    warnings = await serve_round(repo, expected=chosen)
    assert repo_endpoint.received == [] and chats(chosen)
    assert any("has changed since it was trusted" in w for w in warnings)


async def test_trusting_while_the_server_runs_takes_effect_on_the_next_review(tmp_path, repo_endpoint, monkeypatch):
    repo = make_repo(tmp_path / "repo", repo_endpoint)
    monkeypatch.setenv("OPENAI_API_KEY", KEY)
    path = repo / "shop.py"
    repo_endpoint.answer(finding("result += item.price", "price may be None"))
    async with running(repo, EDITORS["neovim"](), init_options={"index": {"enable": False}}) as client:
        uri = open_doc(client, path, CODE)
        await wait_for(client, lambda: [m for m in client.messages if "postil trust" in m.message], "the notice")
        assert repo_endpoint.received == []  # no provider: the repository's is not trusted

        trust_store.record([repo / ".postil.toml"])
        client.workspace_did_change_watched_files(types.DidChangeWatchedFilesParams(changes=[types.FileEvent(
            uri=(trust_store.user_config_dir() / trust_store.TRUST_FILE).as_uri(), type=types.FileChangeType.Changed)]))
        await wait_for(client, lambda: client.record.statuses and client.record.statuses[-1]["llm"]["state"] != "off",
                       "the reviewer configured")
        path.write_text(EDITED)
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=EDITED)]))
        client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
        await diagnostics(client, uri, lambda ds: any(str(d.code).startswith("llm/") for d in ds), "LLM findings")
        assert [r.headers["authorization"] for r in chats(repo_endpoint)] == [f"Bearer {KEY}"]
