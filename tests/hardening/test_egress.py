"""End to end through the egress gate: a workspace seeded with every way code used to leak
(links out and to excluded files, excluded files, a key block right above a reviewed function,
a staged .env, neutral-name high-entropy values, passwords in URLs on example hosts, unstaged
and untracked code) run through `postil index`, `review`, `review --staged`, `context` and
explain, with remote embeddings and the LLM both on the fake provider, which logs every
request: no marker reaches it, and nothing is written outside the workspace."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "analyzers" / "llm"))


from tests.gate.planted import B64_NEUTRAL, HEX40, KEY_LINES, SEED, URL_PASSWORD
from tests.gate.planted import KEY_BLOCK as PEM

pytestmark = pytest.mark.slow  # the hardening suite: subprocesses, servers, hostile inputs

API_KEY = "sk-user-" + "chosen-key-123"

OUTSIDE = "OUTSIDE_MARKER_" + "e41"
VAULT = "VAULT_MARKER_" + "a17"
PRIVATE = "PRIVATE_MARKER_" + "c93"
PEM_FILE = "PEMFILE_MARKER_" + "d55"
UNSTAGED = "UNSTAGED_MARKER_" + "b28"
UNTRACKED = "UNTRACKED_MARKER_" + "f06"
SECRET_MARKERS = [*KEY_LINES, HEX40, B64_NEUTRAL, SEED, URL_PASSWORD, OUTSIDE, VAULT, PRIVATE, PEM_FILE]
WORKTREE_MARKERS = [UNSTAGED, UNTRACKED]

SERVICE = f'''import hmac

from app.util import helper
from app.clean import clean_helper
from app.untracked import untracked_helper
from app.private import private_rules
from app.link import vault_fn
from app.passwd import outside_fn

SIGNING_KEY = """{PEM}"""
def sign(data, n):
    blob = "{HEX40}"
    payload = "{B64_NEUTRAL}"
    dsn = "postgres://app:{URL_PASSWORD}@db.example.com/app"
    value = helper(data) + clean_helper(n) + untracked_helper(n) + private_rules(n) + vault_fn() + outside_fn()
    return hmac.new(SIGNING_KEY.encode(), value, "sha256"), blob, payload, dsn
'''


def git(ws: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=ws, check=True, capture_output=True,
                   env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
                        "GIT_COMMITTER_EMAIL": "t@t"})


@pytest.fixture
def seeded(tmp_path: Path, fake):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "passwd.py").write_text(f'def outside_fn():\n    return "{OUTSIDE}"\n')
    ws = tmp_path / "ws"
    (ws / "app").mkdir(parents=True)
    (ws / "secrets").mkdir()
    (ws / "certs").mkdir()
    index_config = (f'[index]\nembeddings = "openai-compatible"\nbase-url = "{fake.openai_url}"\n'
                    f'model = "embed-model"\n')
    (ws / ".postil.toml").write_text('[llm]\nexclude = ["app/private.py"]\ncontext-budget = 4000\n')
    # the endpoints are the user's choice: in the user's own config file
    user_config = tmp_path / "home" / ".config" / "postil"
    user_config.mkdir(parents=True)
    (user_config / "config.toml").write_text(index_config)
    (ws / "app" / "__init__.py").write_text("")
    (ws / "app" / "util.py").write_text("def helper(data):\n    return data\n")
    (ws / "app" / "clean.py").write_text("def clean_helper(n):\n    return 'committed and clean' * n\n")
    (ws / "app" / "private.py").write_text(f'def private_rules(n):\n    return "{PRIVATE}" * n\n')
    (ws / "secrets" / "vault.py").write_text(f'def vault_fn():\n    return "{VAULT}"\n')
    (ws / "certs" / "server.pem").write_text(PEM.replace(KEY_LINES[0], KEY_LINES[0]) + f"\n# {PEM_FILE}\n")
    os.symlink("../secrets/vault.py", ws / "app" / "link.py")
    os.symlink(outside / "passwd.py", ws / "app" / "passwd.py")
    (ws / "app" / "service.py").write_text("def sign(data, n):\n    return data\n")
    git(ws, "init", "-q")
    git(ws, "add", "-A")
    git(ws, "commit", "-qm", "init")
    # the change under review, staged; a staged .env too
    (ws / "app" / "service.py").write_text(SERVICE)
    (ws / ".env").write_text(f"SEED={SEED}\nDEBUG=1\n")
    git(ws, "add", "app/service.py", ".env")
    # not part of the commit: an unstaged edit and an untracked file, both called by the staged code
    (ws / "app" / "util.py").write_text(f'def helper(data):\n    return data + "{UNSTAGED}"\n')
    (ws / "app" / "untracked.py").write_text(f'def untracked_helper(n):\n    return "{UNTRACKED}" * n\n')
    return tmp_path, ws


def listing(root: Path) -> set[str]:
    return {str(p.relative_to(root)) for p in root.rglob("*")}


def postil(ws: Path, tmp: Path, fake, *args: str) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("POSTIL_", "OPENAI_", "ANTHROPIC_", "XDG_"))}
    env = {**clean, "HOME": str(tmp / "home"), "XDG_CONFIG_HOME": str(tmp / "home" / ".config"),
           "XDG_CACHE_HOME": str(tmp / "home" / ".cache"), "POSTIL_LLM_PROVIDER": "openai-compatible",
           "POSTIL_LLM_BASE_URL": fake.openai_url, "POSTIL_LLM_MODEL": "review-model", "OPENAI_API_KEY": API_KEY}
    return subprocess.run([sys.executable, "-m", "postil", *args], cwd=ws, capture_output=True, text=True, env=env,
                          timeout=180, check=False)


def leaked(fake, markers) -> list[str]:
    sent = "\n".join(json.dumps(r.body) + json.dumps(r.headers) + r.path for r in fake.received)
    return [m for m in markers if m in sent or json.dumps(m)[1:-1] in sent]


def test_nothing_unmasked_excluded_outside_or_uncommitted_reaches_any_endpoint(seeded, fake):
    tmp, ws = seeded
    outside_before = listing(tmp / "outside")

    # 1. staged review: reviewed code and context only from what is being committed
    done = postil(ws, tmp, fake, "review", "--staged", "--format", "json")
    assert done.returncode in (0, 1), done.stderr
    chats = [r for r in fake.received if r.path.endswith("/chat/completions")]
    assert chats and fake.embedding_requests, "the staged review reached neither the model nor the embeddings"
    assert "def sign(data, n):" in chats[0].user and "helper(data)" in chats[0].user
    assert leaked(fake, SECRET_MARKERS + WORKTREE_MARKERS) == []
    assert all(r.headers.get("authorization") == f"Bearer {API_KEY}" for r in chats)

    # 2. the index, the working-tree review, context and explain: the working tree is fair game,
    # secrets, excluded files and files outside are not
    fake.received.clear()
    done = postil(ws, tmp, fake, "index", "--json")
    assert done.returncode == 0, done.stderr
    indexed = json.loads(done.stdout)
    assert fake.embedding_requests and "untracked_helper" in json.dumps(fake.embedding_requests[0].body)
    done = postil(ws, tmp, fake, "review", "app/service.py")
    assert done.returncode in (0, 1), done.stderr
    calls = len(fake.received)
    done = postil(ws, tmp, fake, "review", "app/passwd.py", "app/link.py", "app/private.py", "certs/server.pem")
    assert done.returncode in (0, 1), done.stderr
    assert "Traceback" not in done.stderr and len(fake.received) == calls  # nothing of these is sent
    (ws / "app" / "clean.py").write_text("def clean_helper(n):\n    return 'changed, not yet indexed' * n\n")
    dry = postil(ws, tmp, fake, "review", "app/service.py", "--dry-run")
    assert dry.returncode == 0, dry.stderr
    assert len(fake.received) == calls, "a dry run sent something"
    assert "CODE UNDER REVIEW" in dry.stdout and [m for m in SECRET_MARKERS if m in dry.stdout] == []
    done = postil(ws, tmp, fake, "context", "app/service.py:12", "--json")
    assert done.returncode == 0, done.stderr
    for link in ("app/passwd.py:1", "app/link.py:1", "app/private.py:1", ".env:1"):
        refused = postil(ws, tmp, fake, "context", link)
        assert refused.returncode == 2 and "nothing retrieved" in refused.stderr, (link, refused.stderr)
    (tmp / "fresh").mkdir()
    (tmp / "fresh" / "a.py").write_text(f'blob = "{HEX40}"\n')
    dry = postil(tmp / "fresh", tmp, fake, "index", "--dry-run", "--embeddings", "openai-compatible",
                 "--base-url", fake.openai_url, "--model", "m")
    assert dry.returncode == 0 and HEX40 not in dry.stdout and "high-entropy" in dry.stdout
    assert sorted(p.name for p in (tmp / "fresh").iterdir()) == ["a.py"]  # a dry run writes nothing
    shutil.rmtree(tmp / "fresh")
    dry = postil(ws, tmp, fake, "index", "--dry-run")
    assert dry.returncode == 0 and "POST " + fake.openai_url + "/embeddings" in dry.stdout
    assert [m for m in SECRET_MARKERS if m in dry.stdout] == []
    _explain(ws, fake)
    assert any(r.path.endswith("/chat/completions") for r in fake.received)
    assert leaked(fake, SECRET_MARKERS) == []

    # nothing written outside the workspace (no .postil/ next to a link's target)
    assert listing(tmp / "outside") == outside_before
    assert sorted(p.name for p in tmp.iterdir()) == ["home", "outside", "ws"]
    assert indexed["files"] >= 3


def _explain(ws: Path, fake) -> None:
    from postil.analyzers.llm.reviewer import Reviewer
    from postil.analyzers.llm.units import unit_at
    from postil.config import load_config
    from postil.config.environment import resolve

    env = {"POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": fake.openai_url,
           "POSTIL_LLM_MODEL": "review-model", "POSTIL_LLM_API_KEY": API_KEY}
    settings = resolve(load_config(ws).settings.llm, env)
    reviewer = Reviewer(ws, settings, update_index=False)
    try:
        path = ws / "app" / "service.py"
        reviewer.explain(unit_at(path, path.read_text(), 12), f"why is {HEX40} here?")
    finally:
        reviewer.close()


def test_doctor_lists_every_endpoint_that_receives_project_text(seeded, fake):
    tmp, ws = seeded
    user_config = tmp / "home" / ".config" / "postil" / "config.toml"
    user_config.write_text(user_config.read_text() + 'chroma-url = "http://127.0.0.1:9"\n')
    done = postil(ws, tmp, fake, "doctor", "--no-call", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    kinds = {e["kind"]: e for e in report["endpoints"]}
    assert set(kinds) == {"LLM", "embeddings", "Chroma server"}
    assert kinds["LLM"]["endpoint"] == fake.openai_url
    assert kinds["embeddings"]["endpoint"] == fake.openai_url + "/embeddings"
    assert kinds["Chroma server"]["receives"][0].startswith("from `postil index --publish` only")
    assert "never the text of uncommitted" in kinds["Chroma server"]["receives"][1]
    assert report["team"]["server"] == "http://127.0.0.1:9" and report["team"]["error"]
    assert any(".env*" in line and "app/private.py" in line for line in report["gate"])
    assert fake.received == []  # --no-call: doctor itself sent nothing
    text = postil(ws, tmp, fake, "doctor", "--no-call").stdout
    assert "embeddings: " + fake.openai_url + "/embeddings (model embed-model)" in text


def test_staged_review_takes_no_context_from_an_index_that_holds_unstaged_or_untracked_code(seeded, fake):
    tmp, ws = seeded
    done = postil(ws, tmp, fake, "index", "--json")  # the working tree, untracked file included
    assert done.returncode == 0, done.stderr
    assert leaked(fake, WORKTREE_MARKERS) == WORKTREE_MARKERS  # the index did read them
    fake.received.clear()
    done = postil(ws, tmp, fake, "review", "--staged")
    assert done.returncode in (0, 1), done.stderr
    chats = [r for r in fake.received if r.path.endswith("/chat/completions")]
    assert chats, done.stdout + done.stderr
    assert "committed and clean" in chats[0].user  # context from a committed, clean file
    assert leaked(fake, SECRET_MARKERS + WORKTREE_MARKERS) == []


async def test_the_editor_review_on_save_and_background_index_send_no_marker(seeded, fake, monkeypatch):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "server"))
    from lsp_harness import EDITORS, INDEX_DEADLINE, open_doc, running, wait_for
    from lsprotocol import types

    tmp, ws = seeded
    for name, value in {"HOME": str(tmp / "home"), "XDG_CONFIG_HOME": str(tmp / "home" / ".config"),
                        "POSTIL_LLM_PROVIDER": "openai-compatible", "POSTIL_LLM_BASE_URL": fake.openai_url,
                        "POSTIL_LLM_MODEL": "review-model", "OPENAI_API_KEY": API_KEY}.items():
        monkeypatch.setenv(name, value)
    path = ws / "app" / "service.py"
    async with running(ws, EDITORS["vscode"]()) as client:
        uri = open_doc(client, path)
        index_done = lambda: [t for t, r in client.progress_reports.items()
                              if str(t).startswith("postil-index") and r and r[-1].kind == "end"]
        await wait_for(client, index_done, "background index end", timeout=INDEX_DEADLINE)
        edited = path.read_text().replace('"sha256"', '"sha512"')
        path.write_text(edited)
        client.text_document_did_change(types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text=edited)]))
        client.text_document_did_save(types.DidSaveTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri)))
        await wait_for(client, lambda: any(r.path.endswith("/chat/completions") for r in fake.received), "a review call")
    assert fake.embedding_requests
    assert leaked(fake, SECRET_MARKERS) == []
    assert sorted(p.name for p in tmp.iterdir()) == ["home", "outside", "ws"]
