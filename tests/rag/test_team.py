"""The team index: one commit published to a real `chroma run` on 127.0.0.1, overlaid by clones."""

from __future__ import annotations

import subprocess
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from postil.rag import team, team_publish, team_wire
from postil.rag.indexer import WorkspaceIndex
from tests.gate.planted import HEX40, KEY_BLOCK
from tests.rag.conftest import FILES, running_chroma, write_tree

pytestmark = pytest.mark.slow  # CLI subprocesses, servers or real repositories

REMOTE = "git@git.example.com:Team/Demo.git"


def git(*args: str, cwd: Path) -> str:
    return subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.com", *args], cwd=cwd, check=True,
                          capture_output=True, text=True).stdout.strip()


@pytest.fixture
def origin(tmp_path: Path) -> Path:
    """The team's repository (the CI checkout that publishes), with a remote named like a real host."""
    root = tmp_path / "origin"
    write_tree(root, FILES)
    git("init", "-q", "-b", "main", cwd=root)
    git("remote", "add", "origin", REMOTE, cwd=root)
    git("add", "-A", cwd=root)
    git("commit", "-q", "-m", "first", cwd=root)
    return root


def clone(origin: Path, where: Path, *extra: str) -> Path:
    git("clone", "-q", *extra, f"file://{origin}", str(where), cwd=origin.parent)
    git("remote", "set-url", "origin", "https://git.example.com/team/demo", cwd=where)
    return where


@pytest.fixture
def make_team(backend, request):
    """A WorkspaceIndex on a clone, pointing at a server (collection named per test)."""
    opened: list[WorkspaceIndex] = []

    def make(root: Path, url: str, **kwargs) -> WorkspaceIndex:
        kwargs.setdefault("backend", backend)
        kwargs.setdefault("messages", [])
        messages = kwargs.pop("messages")
        index = WorkspaceIndex(root, chroma_url=url, collection=f"demo-{request.node.name[-40:]}",
                               on_message=messages.append, **kwargs)
        opened.append(index)
        return index

    yield make
    for index in opened:
        index.close()


def paths(hits) -> set[str]:
    return {h.path for h in hits}


def test_remote_urls_name_one_repository():
    same = {team_wire.normalise_remote(u) for u in (
        "git@github.com:Org/Repo.git", "https://user@GitHub.com/Org/Repo", "ssh://git@github.com/Org/Repo.git/",
        "https://github.com/Org/Repo.git")}
    assert same == {"github.com/Org/Repo"}


def test_the_default_name_comes_from_the_remote_never_a_path(origin, tmp_path, chroma_server):
    a = clone(origin, tmp_path / "a")
    git("remote", "set-url", "origin", "git@git.example.com:team/demo.git", cwd=a)
    b = clone(origin, tmp_path / "somewhere" / "else")
    ia, ib = WorkspaceIndex(a, chroma_url=chroma_server), WorkspaceIndex(b, chroma_url=chroma_server)
    assert ia.team.repository == ib.team.repository == "git.example.com/team/demo"
    assert ia.team.server.chunks_name == ib.team.server.chunks_name


def test_two_clones_share_the_published_index(origin, tmp_path, chroma_server, make_team, backend):
    stats = team_publish.publish(make_team(origin, chroma_server))
    assert stats.files == 5 and stats.changed == 5 and stats.embedded == stats.chunks > 0
    a, b = clone(origin, tmp_path / "alice"), clone(origin, tmp_path / "bob" / "work")
    for root in (a, b):
        calls = backend.calls
        index = make_team(root, chroma_server)
        first = index.update()
        assert first.mirrored == 5 and first.indexed == 0 and first.embedded == 0
        assert backend.calls == calls  # nothing embedded locally
        assert index.store.count() == 0  # every vector stays on the server
        assert index.update().mirrored == 0  # the second run reuses the mirror
        ctx = index.context("app/billing.py", 7)
        assert ctx.chunks[0].path == "app/money.py"
        similar = index.search("parcels ship mondays", k=5, modes=("vector",), docs=True)
        assert "docs/guide.md" in paths(similar)


def test_an_uncommitted_change_is_seen_only_by_its_clone(origin, tmp_path, chroma_server, make_team):
    team_publish.publish(make_team(origin, chroma_server))
    a, b = clone(origin, tmp_path / "a"), clone(origin, tmp_path / "b")
    ia, ib = make_team(a, chroma_server), make_team(b, chroma_server)
    (a / "app/money.py").write_text("def round_dollars(value):\n    return int(value + 0.5)\n")
    write_tree(a, {"app/tax.py": "def vat_for_region(region):\n    return 0.2\n"})
    stats = ia.update()
    assert stats.mirrored == 4 and stats.indexed == 2 and stats.embedded > 0
    ib.update()
    for query in ("round_dollars", "vat_for_region"):
        assert paths(ia.search(query, k=3))
        assert not any(query in h.text for h in ib.search(query, k=20))
    # the old round_cents is gone for a (its version of money.py wins), still there for b
    for mode in ("symbols", "keyword", "vector"):
        assert not any("round_cents(value)" in h.text and h.path == "app/money.py"
                       for h in ia.search("round_cents value cents", k=20, modes=(mode,)))
    assert any(h.path == "app/money.py" for h in ib.search("round_cents", k=5))


def test_a_file_deleted_locally_is_never_returned(origin, tmp_path, chroma_server, make_team):
    team_publish.publish(make_team(origin, chroma_server))
    b = clone(origin, tmp_path / "b")
    index = make_team(b, chroma_server)
    index.update()
    assert "app/money.py" in paths(index.search("round_cents", k=20))
    (b / "app/money.py").unlink()
    index.update()
    for mode in ("symbols", "keyword", "vector"):
        assert "app/money.py" not in paths(index.search("round cents money amount", k=50, modes=(mode,)))
    assert all(c.path != "app/money.py" for c in index.context("app/billing.py", 7).chunks)


def test_another_branch_overlays_the_same_way(origin, tmp_path, chroma_server, make_team):
    team_publish.publish(make_team(origin, chroma_server))
    b = clone(origin, tmp_path / "b")
    git("checkout", "-q", "-b", "feature", cwd=b)
    git("rm", "-q", "docs/guide.md", cwd=b)
    write_tree(b, {"web/shipping.js": "export function shippingDay() { return 'monday'; }\n"})
    git("add", "-A", cwd=b)
    git("commit", "-q", "-m", "feature", cwd=b)
    index = make_team(b, chroma_server)
    stats = index.update()
    assert stats.mirrored == 4 and stats.indexed == 1  # all but the deleted guide from the server; shipping.js here
    found = paths(index.search("parcels ship mondays shippingDay", k=20, docs=True))
    assert "web/shipping.js" in found and "docs/guide.md" not in found


def test_publish_after_a_merge_writes_only_what_changed(origin, tmp_path, chroma_server, make_team):
    first = team_publish.publish(make_team(origin, chroma_server))
    git("checkout", "-q", "-b", "topic", cwd=origin)
    (origin / "app/money.py").write_text((origin / "app/money.py").read_text()
                                         + "\n\ndef round_euros(value):\n    return round(value, 2)\n")
    git("rm", "-q", "README.md", cwd=origin)
    git("commit", "-qam", "topic", cwd=origin)
    git("checkout", "-q", "main", cwd=origin)
    git("merge", "-q", "--no-ff", "-m", "merge topic", "topic", cwd=origin)
    b = clone(origin, tmp_path / "b")  # cloned after the merge, before the re-publish
    again = team_publish.publish(make_team(origin, chroma_server))
    assert again.commit == git("rev-parse", "HEAD", cwd=origin) != first.commit
    assert (again.changed, again.removed, again.unchanged) == (1, 1, 3)
    assert 1 <= again.embedded <= 2 and again.deleted >= 1  # the new chunk(s) of money.py, README's chunk gone
    assert again.chunks == first.chunks - again.deleted + again.embedded
    image = make_team(origin, chroma_server).team.server.manifest()["image"]
    assert team_publish.publish(make_team(origin, chroma_server)).embedded == 0  # nothing new: nothing written
    assert make_team(origin, chroma_server).team.server.manifest()["image"] == image  # not even the image
    index = make_team(b, chroma_server)
    assert index.update().mirrored == 4
    assert "app/money.py" in paths(index.search("round_euros", k=3))


def test_published_text_is_masked_and_excludes_honoured(origin, tmp_path, chroma_server, make_team):
    write_tree(origin, {"app/settings.py": f'API_TOKEN = "{HEX40}"\nKEY = """\n{KEY_BLOCK}\n"""\n',
                        ".env": "DB_PASSWORD=hunter2hunter2\n", "private/notes.md": "# plans\n",
                        "lib/demo.egg-info/SOURCES.txt": "app/money.py\n"})  # the walk never indexes it
    git("add", "-A", cwd=origin)
    git("commit", "-qm", "secrets", cwd=origin)
    index = make_team(origin, chroma_server, exclude=["private/"])
    team_publish.publish(index)
    server = index.team.server
    rows = server.file_rows()
    assert "app/settings.py" in rows and ".env" not in rows and "private/notes.md" not in rows
    assert "lib/demo.egg-info/SOURCES.txt" not in rows
    documents = server._chunks.get(include=["documents"])["documents"]
    text = "\n".join(documents)
    assert "API_TOKEN" in text and HEX40 not in text and "hunter2" not in text
    assert all(line not in text for line in KEY_BLOCK.splitlines()[1:-1])


def test_a_shallow_clone_overlays_without_the_published_commit(origin, tmp_path, chroma_server, make_team):
    published = team_publish.publish(make_team(origin, chroma_server)).commit
    (origin / "app/money.py").write_text("def round_cents(value):\n    return round(value, 2)\n")
    git("commit", "-qam", "later", cwd=origin)
    shallow = clone(origin, tmp_path / "shallow", "--depth", "1")
    index = make_team(shallow, chroma_server)
    stats = index.update()
    assert stats.mirrored == 4 and stats.indexed == 1
    state = team.status(index)
    assert state.commit == published and "not in this clone" in state.distance and state.overlay == 1
    full = make_team(clone(origin, tmp_path / "full"), chroma_server)
    assert "1 commit(s) ahead of and 0 behind" in team.status(full).distance


def test_the_server_going_away_degrades_with_one_message(origin, tmp_path, make_team):
    with running_chroma(tmp_path) as (url, proc):
        team_publish.publish(make_team(origin, url))
        b = clone(origin, tmp_path / "b")
        messages: list[str] = []
        index = make_team(b, url, messages=messages)
        index.update()
        (b / "app/billing.py").write_text((b / "app/billing.py").read_text() + "\n# touched\n")
        index.update()
        files, chunks = index.catalog.counts()
        before = index.context("app/billing.py", 7)
        proc.terminate()
        proc.wait(timeout=10)
        again = index.context("app/billing.py", 7)  # the same question: the server's answer was kept
        assert again.to_dict() == before.to_dict() and not messages
        during = [index.context("app/billing.py", 3) for _ in range(3)]
        assert [c.path for c in during[0].chunks][:1] == [c.path for c in before.chunks][:1] == ["app/money.py"]
        assert index.search("round_cents", k=3)  # symbols, keywords and local vectors still answer
        index.update()  # the next refresh cannot reach it either: still one message, nothing wiped
        assert index.catalog.counts() == (files, chunks)
        said = [m for m in messages if "team index" in m]
        assert len(said) == 1 and "using the local index only" in said[0], messages


def test_a_new_clone_with_the_server_down_indexes_locally(origin, tmp_path, make_team):
    messages: list[str] = []
    index = make_team(clone(origin, tmp_path / "b"), "http://127.0.0.1:9", messages=messages)
    stats = index.update()
    assert stats.indexed == 5 and stats.mirrored == 0
    assert index.context("app/billing.py", 7).chunks[0].path == "app/money.py"
    assert len(messages) == 1 and "cannot be reached" in messages[0]


def test_publish_from_the_cli(postil, origin, chroma_server, user_config_home):
    (user_config_home / "postil").mkdir(exist_ok=True)
    (user_config_home / "postil" / "config.toml").write_text(f'[index]\nchroma-url = "{chroma_server}"\n')
    first = postil("index", "--publish", "--json", cwd=origin)
    assert first.code == 0, first.stderr
    assert first.json["files"] == 5 and first.json["collection"].startswith("postil-team-git-example-com-Team-Demo")
    again = postil("index", "--publish", cwd=origin)
    assert again.code == 0 and "0 chunk(s) embedded" in again.stdout
    doctor = postil("doctor", "--no-call", cwd=origin)
    assert f"team index: {chroma_server}" in doctor.stdout
    assert "HEAD is 0 commit(s) ahead of and 0 behind" in doctor.stdout and "overlay: 0 file(s)" in doctor.stdout


def test_publish_needs_a_server(postil, origin):
    result = postil("index", "--publish", cwd=origin)
    assert result.code == 2 and "needs a Chroma server" in result.stderr and "Traceback" not in result.stderr


def big_function(name: str) -> str:
    body = "".join(f"    step_{i} = {name}_helper(value, {i})  # keep this chunk large enough to stand alone\n"
                   for i in range(25))
    return f"def {name}(value):\n{body}    return value\n\n\n"


def test_republish_moves_kept_chunks_without_embedding_them(origin, tmp_path, chroma_server, make_team):
    write_tree(origin, {"app/steps.py": big_function("alpha") + big_function("beta") + big_function("gamma")})
    git("add", "-A", cwd=origin)
    git("commit", "-qm", "steps", cwd=origin)
    team_publish.publish(make_team(origin, chroma_server))
    steps = origin / "app/steps.py"
    steps.write_text(big_function("omega") + steps.read_text())
    git("commit", "-qam", "omega first", cwd=origin)
    again = team_publish.publish(make_team(origin, chroma_server))
    assert again.changed == 1 and again.updated >= 2 and again.embedded <= 2
    index = make_team(clone(origin, tmp_path / "b"), chroma_server)
    index.update()
    index.team.wait()  # keyword terms come after update returns
    gamma = [h for h in index.search("gamma_helper", k=3) if "def gamma" in h.text]
    line = (tmp_path / "b/app/steps.py").read_text().split("\n").index("def gamma(value):") + 1
    assert gamma and gamma[0].start == line  # the kept chunk's new lines were published


def test_nothing_published_yet_indexes_locally_and_says_so_once(origin, tmp_path, chroma_server, make_team):
    messages: list[str] = []
    index = make_team(clone(origin, tmp_path / "b"), chroma_server, messages=messages)
    assert index.update().indexed == 5 and index.update().indexed == 0
    assert index.search("round_cents", k=1)[0].path == "app/money.py"
    assert len(messages) == 1 and "nothing is published for demo-" in messages[0]
    assert "postil index --publish" in messages[0]


def user_config(home: Path, text: str) -> None:
    (home / "postil").mkdir(exist_ok=True)
    (home / "postil" / "config.toml").write_text(text)


def test_publishing_where_an_untrusted_repository_says_needs_the_users_word(postil, origin, tmp_path, chroma_server,
                                                                           user_config_home):
    """A cloned repository's `[index] collection` may pick what a clone reads (only content identical to
    its own files is taken) but not which collection on the user's server `--publish` overwrites."""
    user_config(user_config_home, f'[index]\nchroma-url = "{chroma_server}"\n')
    (origin / ".postil.toml").write_text('[index]\ncollection = "git.example.com/Victim/Other"\n')
    refused = postil("index", "--publish", cwd=origin)
    assert refused.code == 2 and "Traceback" not in refused.stderr
    assert "not trusted" in refused.stderr and '--collection "git.example.com/Victim/Other"' in refused.stderr
    assert postil("index", "--publish", "--collection", "git.example.com/Other", cwd=origin).code == 2  # must match
    named = postil("index", "--publish", "--json", "--collection", "git.example.com/Victim/Other", cwd=origin)
    assert named.code == 0, named.stderr
    assert named.json["collection"].startswith("postil-team-git-example-com-Victim-Other")
    b = clone(origin, tmp_path / "b")
    (b / ".postil.toml").write_text((origin / ".postil.toml").read_text())
    mirror = postil("index", "--json", cwd=b)  # reading under the repository's name needs no trust
    assert mirror.code == 0 and mirror.json["mirrored"] == 5, mirror.stderr
    assert postil("trust", "--yes", cwd=origin).code == 0
    trusted = postil("index", "--publish", "--json", cwd=origin)
    assert trusted.code == 0 and trusted.json["embedded"] == 0, trusted.stderr
    user_config(user_config_home, f'[index]\nchroma-url = "{chroma_server}"\ncollection = "git.example.com/Mine"\n')
    assert postil("trust", "--revoke", cwd=origin).code == 0
    (origin / ".postil.toml").unlink()
    mine = postil("index", "--publish", "--json", cwd=origin)  # the user's own config names it
    assert mine.code == 0 and mine.json["collection"].startswith("postil-team-git-example-com-Mine"), mine.stderr


def test_a_managed_chroma_key_comes_from_the_variable_the_users_config_names(tmp_path, user_config_home,
                                                                            monkeypatch):
    from postil.config import ConfigError, clear_config_cache, load_config

    root = tmp_path / "repo"
    write_tree(root, FILES)
    git("init", "-q", cwd=root)
    user_config(user_config_home, '[index]\nchroma-url = "https://api.trychroma.com"\nchroma-tenant = "acme"\n'
                                  'chroma-database = "code"\nchroma-api-key-env = "ACME_CHROMA_KEY"\n')
    (root / ".postil.toml").write_text('[index]\nchroma-api-key-env = "AWS_SECRET_ACCESS_KEY"\n'
                                       'chroma-tenant = "evil"\ncollection = "x"\n')
    clear_config_cache()
    loaded = load_config(root)
    index = loaded.settings.index
    assert (index.chroma_api_key_env, index.chroma_tenant, index.chroma_database) == ("ACME_CHROMA_KEY", "acme", "code")
    assert {"index.chroma-api-key-env", "index.chroma-tenant"} <= set(loaded.refused)
    assert loaded.untrusted_collection() == "x"
    (root / ".postil.toml").write_text('[index]\nchroma-api-key = "ck-1234567890"\n')  # a key in a file: no such key
    clear_config_cache()
    with pytest.raises(ConfigError, match="chroma-api-key.*unknown key|unknown key.*chroma-api-key"):
        load_config(root)
    (root / ".postil.toml").write_text('[index]\nchroma-api-key-env = "NOT A NAME"\n')
    clear_config_cache()
    with pytest.raises(ConfigError, match="chroma-api-key-env"):
        load_config(root)


class _Recorder(BaseHTTPRequestHandler):
    """Answers every request with 401 and keeps its headers."""

    seen: list[dict] = []

    def do_GET(self):  # noqa: N802 - http.server's name
        self.seen.append({k.lower(): v for k, v in self.headers.items()})
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"error": "Unauthorized", "message": "no"}')

    do_POST = do_GET

    def log_message(self, *args):
        pass


def test_the_key_goes_to_the_configured_server_only_in_chromas_token_header(origin, tmp_path, monkeypatch):
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Recorder.seen = []
    messages: list[str] = []
    try:
        monkeypatch.setenv("ACME_CHROMA_KEY", "ck-live-abcdef123456")
        index = WorkspaceIndex(clone(origin, tmp_path / "b"), chroma_url=f"http://127.0.0.1:{server.server_port}",
                               chroma_tenant="acme", chroma_database="code", chroma_api_key_env="ACME_CHROMA_KEY",
                               on_message=messages.append)
        stats = index.update()  # refused by the server: the clone indexes locally, said once
        index.close()
    finally:
        server.shutdown()
        server.server_close()
    assert _Recorder.seen and all(h.get("x-chroma-token") == "ck-live-abcdef123456" for h in _Recorder.seen)
    assert stats.indexed == 5 and len(messages) == 1 and "using the local index only" in messages[0]
    assert "ck-live" not in messages[0]
    monkeypatch.delenv("ACME_CHROMA_KEY")
    unset: list[str] = []
    index = WorkspaceIndex(tmp_path / "b", chroma_url="https://api.trychroma.com", chroma_api_key_env="ACME_CHROMA_KEY",
                           on_message=unset.append)
    index.update()
    index.close()
    assert len(unset) == 1 and "$ACME_CHROMA_KEY, which is not set" in unset[0]


def test_a_managed_chroma_client_publishes_and_mirrors(origin, tmp_path, chroma_server, make_team, monkeypatch):
    """CloudClient (token auth, tenant and database) against the loopback server: the same team index."""
    monkeypatch.setenv("TEAM_CHROMA_KEY", "ck-test")
    cloud = {"chroma_tenant": "default_tenant", "chroma_database": "default_database",
             "chroma_api_key_env": "TEAM_CHROMA_KEY"}
    assert team_publish.publish(make_team(origin, chroma_server, **cloud)).files == 5
    index = make_team(clone(origin, tmp_path / "b"), chroma_server, **cloud)
    assert index.update().mirrored == 5  # (without the variable set, nothing is reached: see above)
    assert index.context("app/billing.py", 7).chunks[0].path == "app/money.py"


def test_an_unfinished_mirror_is_mirrored_again(origin, tmp_path, chroma_server, make_team):
    """The keyword terms and references of mirrored packs come after `update` returns; a mirror
    that could not get them (here: one file's are being re-published) is forgotten and mirrored
    again next time. (A new clone mirrors packs when the image is gone: being published again.)"""
    publisher = make_team(origin, chroma_server)
    team_publish.publish(publisher)
    manifest = publisher.team.server.manifest()
    publisher.team.server.delete_image(manifest["image"], manifest["image_pieces"])
    packs = publisher.team.server._packs
    money = [i for i in team_wire.piece_ids("app/money.py", 1, "d")]
    saved = packs.get(ids=money, include=["metadatas", "embeddings"])
    packs.delete(ids=money)
    messages: list[str] = []
    index = make_team(clone(origin, tmp_path / "b"), chroma_server, messages=messages)
    assert index.update().mirrored == 5
    assert index.search("round_cents", k=3, modes=("symbols",))[0].path == "app/money.py"  # at once
    index.team.wait()
    assert index.catalog.get_meta("mirror") == "filling"
    assert any("could not be finished" in m and "published again" in m for m in messages), messages
    packs.upsert(ids=saved["ids"], metadatas=saved["metadatas"], embeddings=saved["embeddings"])
    again = index.update()
    assert again.mirrored == 5 and any("mirrored again" in m for m in messages)
    index.team.wait()
    assert not index.catalog.get_meta("mirror")
    assert "app/money.py" in paths(index.search("round cents whole", k=5, modes=("keyword",)))
    callers = index.context("app/money.py", 2).chunks
    assert any(c.path == "app/billing.py" and "calls `round_cents`" in c.reason for c in callers)


def test_a_mirror_refreshed_after_a_republish_indexes_each_chunk_once(origin, tmp_path, chroma_server, make_team):
    from postil.rag.keyword import _document_frequencies

    write_tree(origin, {"app/steps.py": big_function("alpha") + big_function("gamma")})
    git("add", "-A", cwd=origin)
    git("commit", "-qm", "steps", cwd=origin)
    team_publish.publish(make_team(origin, chroma_server))
    b = clone(origin, tmp_path / "b")
    index = make_team(b, chroma_server)
    index.update()
    steps = origin / "app/steps.py"
    steps.write_text(big_function("omega") + steps.read_text())
    git("commit", "-qam", "omega first", cwd=origin)
    team_publish.publish(make_team(origin, chroma_server))
    git("fetch", "-q", f"file://{origin}", "main", cwd=b)
    git("reset", "-q", "--hard", "FETCH_HEAD", cwd=b)
    assert index.update().mirrored == 1  # gamma's chunk kept (it has its terms), omega's new
    index.team.wait()
    index.catalog.conn.execute("INSERT INTO fts(fts, rank) VALUES ('integrity-check', 0)")  # raises when corrupt
    frequencies = _document_frequencies(index.catalog.reader, ["gamma_helper", "omega_helper", "alpha_helper"])
    assert frequencies == {"gamma_helper": 2, "omega_helper": 2, "alpha_helper": 2}  # two chunks each
    git("rm", "-q", "app/steps.py", cwd=b)
    index.update()  # the kept chunks' terms are deleted as they were written: once
    index.catalog.conn.execute("INSERT INTO fts(fts, rank) VALUES ('integrity-check', 0)")
    assert _document_frequencies(index.catalog.reader, ["gamma_helper", "omega_helper", "alpha_helper"]) == {}


def summary(ctx) -> list[tuple]:
    return [(c.path, c.start, c.end, c.reason) for c in ctx.chunks]


def test_a_new_clone_answers_at_once_what_a_cold_local_index_answers(origin, tmp_path, chroma_server, make_team,
                                                                     make_index):
    """The image holds the keyword index and the references too: nothing is left for later, so the
    first answers (callers, keyword matches, similar code) are a cold local index's."""
    team_publish.publish(make_team(origin, chroma_server))
    refund = "\n\ndef refund(lines):\n    return -compute_invoice_total(lines, 0)\n"
    b, cold = clone(origin, tmp_path / "b"), clone(origin, tmp_path / "cold")
    for root in (b, cold):
        (root / "app/billing.py").write_text((root / "app/billing.py").read_text() + refund)
    index = make_team(b, chroma_server)
    stats = index.update()
    assert stats.mirrored == 4 and stats.indexed == 1
    assert not index.team.filling and index.catalog.get_meta("mirror") is None
    local = make_index(cold)
    local.update()
    for path, line in (("app/money.py", 2), ("app/billing.py", 7), ("app/billing.py", 20), ("web/cart.js", 6)):
        assert summary(index.context(path, line)) == summary(local.context(path, line)), (path, line)
    callers = index.context("app/money.py", 2).chunks
    assert any(c.path == "app/billing.py" and "calls `round_cents`" in c.reason for c in callers)
    assert "app/money.py" in paths(index.search("whole cents half", k=5, modes=("keyword",)))


def test_republishing_replaces_the_image_and_a_new_clone_gets_the_new_one(origin, tmp_path, chroma_server, make_team):
    publisher = make_team(origin, chroma_server)
    team_publish.publish(publisher)
    first = publisher.team.server.manifest()
    (origin / "app/money.py").write_text((origin / "app/money.py").read_text()
                                         + "\n\ndef round_euros(value):\n    return round(value, 2)\n")
    git("commit", "-qam", "euros", cwd=origin)
    again = team_publish.publish(make_team(origin, chroma_server))
    assert again.changed == 1 and again.unchanged == 4  # the last image, updated with the one file
    server = publisher.team.server
    second = server.manifest()
    assert second["image"] != first["image"]
    assert not server.pieces(team_wire.image_ids(first["image"], first["image_pieces"]))  # the old image is gone
    index = make_team(clone(origin, tmp_path / "b"), chroma_server)
    assert index.update().mirrored == 5
    assert index.search("round_euros", k=1, modes=("keyword",))[0].path == "app/money.py"
    assert index.search("round_cents", k=1, modes=("symbols",))[0].path == "app/money.py"


class _Garbage(BaseHTTPRequestHandler):
    """Answers every request with 200 and a body that is not Chroma's."""

    body = b"<html>a captive portal</html>"

    def do_GET(self):  # noqa: N802 - http.server's name
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(self.body)

    do_POST = do_GET

    def log_message(self, *args):
        pass


@pytest.mark.parametrize("body", [b"<html>a captive portal</html>", b'{"id": 7, "ids": "x"}', b"[1, 2]"])
def test_a_server_answering_garbage_degrades_with_one_message_and_wipes_nothing(origin, tmp_path, chroma_server,
                                                                               make_team, body):
    team_publish.publish(make_team(origin, chroma_server))
    b = clone(origin, tmp_path / "b")
    mirrored = make_team(b, chroma_server)
    mirrored.update()
    counts = mirrored.catalog.counts()
    mirrored.close()
    server = ThreadingHTTPServer(("127.0.0.1", 0), type("Handler", (_Garbage,), {"body": body}))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        messages: list[str] = []
        index = make_team(b, url, messages=messages)  # the mirrored clone: nothing wiped
        index.update()
        assert index.catalog.counts() == counts
        assert index.search("round_cents", k=1)[0].path == "app/money.py"
        fresh: list[str] = []
        new = make_team(clone(origin, tmp_path / "c"), url, messages=fresh)  # a new clone: indexes locally
        assert new.update().indexed == 5
        assert new.context("app/billing.py", 7).chunks[0].path == "app/money.py"
    finally:
        server.shutdown()
        server.server_close()
    for said in (messages, fresh):
        assert len(said) == 1 and "using the local index only" in said[0] and "Traceback" not in said[0], said


def test_a_damaged_or_foreign_image_is_never_adopted(origin, tmp_path, chroma_server, make_team):
    import sqlite3

    publisher = make_team(origin, chroma_server)
    team_publish.publish(publisher)
    server = publisher.team.server
    manifest = server.manifest()
    foreign = tmp_path / "foreign.sqlite3"
    conn = sqlite3.connect(foreign)
    conn.executescript("CREATE TABLE files(path TEXT); CREATE TRIGGER t AFTER INSERT ON files BEGIN SELECT 1; END;")
    conn.close()
    for label, pieces in (("damaged", None), ("foreign", server.put_image(foreign, "foreign"))):
        if pieces is None:  # valid base64, not a compressed image
            server._packs.upsert(**team_wire.piece_rows(team_wire.image_ids(manifest["image"], 1), ["AAAA"]))
        else:
            server.set_manifest({**manifest, "image": "foreign", "image_pieces": pieces})
        messages: list[str] = []
        index = make_team(clone(origin, tmp_path / label), chroma_server, messages=messages)
        assert index.update().indexed == 5  # local only
        assert len(messages) == 1 and "cannot be read" in messages[0] and "using the local index only" in messages[0]
        assert not index.catalog.reader.execute("SELECT 1 FROM sqlite_master WHERE type = 'trigger'").fetchall()
        assert not list(index.catalog.path.parent.glob("*.image"))


@pytest.mark.parametrize("env, header, value", [
    ({"CHROMA_CLIENT_AUTH_PROVIDER": "chromadb.auth.token_authn.TokenAuthClientProvider",
      "CHROMA_CLIENT_AUTH_CREDENTIALS": "tok-123"}, "authorization", "Bearer tok-123"),
    ({"CHROMA_CLIENT_AUTH_PROVIDER": "chromadb.auth.token_authn.TokenAuthClientProvider",
      "CHROMA_CLIENT_AUTH_CREDENTIALS": "tok-123", "CHROMA_AUTH_TOKEN_TRANSPORT_HEADER": "X-Chroma-Token"},
     "x-chroma-token", "tok-123"),
    ({"CHROMA_CLIENT_AUTH_PROVIDER": "chromadb.auth.basic_authn.BasicAuthClientProvider",
      "CHROMA_CLIENT_AUTH_CREDENTIALS": "ci:pw"}, "authorization", "Basic Y2k6cHc="),
])
def test_reads_authenticate_as_chromas_client_does_from_the_environment(origin, tmp_path, monkeypatch, env, header,
                                                                        value):
    """A clone reads the team index with httpx, not chromadb: the headers are the ones chromadb's
    token and basic providers send for the same CHROMA_CLIENT_AUTH_* variables."""
    import chromadb

    for name, setting in env.items():
        monkeypatch.setenv(name, setting)
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Recorder)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    _Recorder.seen = []
    messages: list[str] = []
    try:
        url = f"http://127.0.0.1:{server.server_port}"
        index = WorkspaceIndex(clone(origin, tmp_path / "b"), chroma_url=url, on_message=messages.append)
        assert index.update().indexed == 5
        index.close()
        ours = list(_Recorder.seen)
        _Recorder.seen = []
        with pytest.raises(Exception):
            chromadb.HttpClient(host="127.0.0.1", port=server.server_port)
        theirs = list(_Recorder.seen)
    finally:
        server.shutdown()
        server.server_close()
    assert ours and all(h.get(header) == value for h in ours)
    assert theirs and all(h.get(header) == value for h in theirs)  # what chromadb itself sends
    assert len(messages) == 1 and "HTTP 401" in messages[0] and value not in messages[0]


def test_a_publish_without_a_usable_image_writes_a_whole_new_one(origin, tmp_path, chroma_server, make_team):
    publisher = make_team(origin, chroma_server)
    team_publish.publish(publisher)
    server = publisher.team.server
    old = server.manifest()
    server.delete_image(old["image"], old["image_pieces"])  # lost (or a publish cut short before it was written)
    again = team_publish.publish(make_team(origin, chroma_server))
    assert again.changed == 5 and again.embedded == 0  # every file into the image; no chunk embedded again
    index = make_team(clone(origin, tmp_path / "b"), chroma_server)
    assert index.update().mirrored == 5 and not index.team.filling  # the image, not the packs
    assert index.context("app/money.py", 2).chunks[0].path == "app/billing.py"  # its caller, at once


def test_the_reader_answers_as_chromadbs_client_does(origin, chroma_server, make_team):
    """The httpx reader against a real `chroma run`: the same rows and neighbours chromadb's client gets."""
    import chromadb

    from postil.rag.store import ChromaReader, ChromaServer

    publisher = make_team(origin, chroma_server)
    team_publish.publish(publisher)
    names = publisher.team.server
    reader = ChromaReader(ChromaServer(chroma_server))
    client = chromadb.HttpClient(host="127.0.0.1", port=int(chroma_server.rsplit(":", 1)[1]))
    try:
        assert reader.collection("postil-no-such-collection") is None
        chunks = client.get_collection(names.chunks_name)
        ours = reader.collection(names.chunks_name)
        assert ours == str(chunks.id) and reader.max_batch() == client.get_max_batch_size()
        theirs = chunks.get(include=["embeddings", "documents"], limit=3)
        got = reader.get(ours, ["documents"], ids=theirs["ids"])
        assert dict(zip(got["ids"], got["documents"])) == dict(zip(theirs["ids"], theirs["documents"]))
        vector = list(theirs["embeddings"][0])
        want = chunks.query(query_embeddings=[vector], n_results=4, include=["distances"])
        hits = reader.query(ours, vector, 4)
        assert [h[0] for h in hits] == want["ids"][0]
        assert [round(h[1], 5) for h in hits] == [round(d, 5) for d in want["distances"][0]]
    finally:
        reader.close()


def test_an_image_of_many_pieces_goes_up_and_comes_back_byte_for_byte(origin, tmp_path, chroma_server, make_team):
    import os

    publisher = make_team(origin, chroma_server)
    team_publish.publish(publisher)
    server = publisher.team.server
    source = tmp_path / "image"
    source.write_bytes(os.urandom(2_500_000) + b"catalog " * 400_000)
    pieces = server.put_image(source, "many", batch=3)  # streamed: uploads of 3 pieces
    assert pieces > 200  # fetched in more than one request pair
    server.fetch_image({"image": "many", "image_pieces": pieces}, tmp_path / "back")
    assert (tmp_path / "back").read_bytes() == source.read_bytes()
    server.delete_image("many", pieces)
    with pytest.raises(team_wire.TeamError, match="published again"):
        server.fetch_image({"image": "many", "image_pieces": pieces}, tmp_path / "gone")
