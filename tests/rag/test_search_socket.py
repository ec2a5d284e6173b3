"""A running postil answers ``postil search`` over ``.postil/search.sock`` (issue 34: a one-shot
search at ~90 ms CPU, ~35 ms when a running postil answers): the answer is the command's own,
only the same user's private socket is asked, anything odd is no answer and the command
searches itself. The server and the command run in this process (the socket between them is real)."""

from __future__ import annotations

import json
import os
import socket
import stat
import threading

import pytest

from postil import cli
from postil.rag import search_socket
from postil.rag.indexer import WorkspaceIndex
from postil.rag.search_socket import SearchSocket, parse_answer, parse_request
from postil.server.search_answering import FolderSearcher

WORDS = "round a money amount to cents"


@pytest.fixture
def indexed(workspace, monkeypatch, capsys):
    monkeypatch.chdir(workspace)
    assert cli.main(["index", "--quiet"]) == 0
    capsys.readouterr()
    return workspace


@pytest.fixture
def serving(indexed):
    """A running postil answering searches for the workspace (stopped after the test)."""
    searcher = FolderSearcher(indexed)
    listening = SearchSocket(indexed / ".postil", searcher.answer, on_message=pytest.fail)
    assert listening.start()
    yield listening
    listening.stop()
    searcher.close()


def _search(capsys, *args: str) -> tuple[int, str, str]:
    code = cli.main(["search", "--no-update", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def test_the_answer_of_a_running_postil_is_the_search_s_own(indexed, serving, capsys):
    index = WorkspaceIndex.from_config(indexed)
    for query, options in ((WORDS, ()), ("round_cents", ()), ("Invoices are rounded", ("--docs",)), ("-k", ())):
        if query == "-k":
            query, options = WORDS, ("-k", "2")
        k = int(options[1]) if options[:1] == ("-k",) else 10
        expected = [r.to_dict() for r in index.search(query, k=k, docs="--docs" in options)]
        answered = serving.answered
        code, out, _err = _search(capsys, "--json", *options, query)
        assert code == 0 and json.loads(out) == expected
        assert serving.answered == answered + 1  # the server answered it
    index.close()
    served = _search(capsys, WORDS)
    serving.stop()
    alone = _search(capsys, WORDS)
    assert served == alone  # the text, the exit code and the hint suggesting the local model alike
    assert "--download-model all-MiniLM-L6-v2" in alone[2]


def test_the_socket_is_private_and_goes_with_its_server(indexed, serving):
    path = indexed / ".postil" / search_socket.NAME
    st = os.lstat(path)
    assert stat.S_ISSOCK(st.st_mode) and stat.S_IMODE(st.st_mode) == 0o600
    serving.stop()
    assert not os.path.lexists(path)


def test_a_socket_its_server_left_is_removed_and_searches_go_on(indexed, capsys):
    left = socket.socket(socket.AF_UNIX)
    left.bind(str(indexed / ".postil" / search_socket.NAME))
    left.close()  # a server that died: the name stays, nobody listens
    code, out, _err = _search(capsys, "--json", "round_cents")
    assert code == 0 and json.loads(out)[0]["path"] == "app/money.py"
    searcher = FolderSearcher(indexed)
    listening = SearchSocket(indexed / ".postil", searcher.answer)
    assert listening.start()
    try:
        assert _search(capsys, "--json", "round_cents")[0] == 0 and listening.answered == 1
    finally:
        listening.stop()
        searcher.close()


def test_a_second_server_leaves_the_socket_to_the_live_one(indexed, serving, capsys):
    said = []
    assert not SearchSocket(indexed / ".postil", lambda request: {}, on_message=said.append).start()
    assert "another postil answers searches" in said[0]
    assert _search(capsys, "--json", "round_cents")[0] == 0 and serving.answered == 1


def test_only_a_private_socket_of_the_same_user_is_asked(indexed, serving, capsys, monkeypatch):
    directory = indexed / ".postil"
    os.chmod(directory, 0o777)  # others could have put a socket there
    try:
        code, out, _err = _search(capsys, "--json", "round_cents")
    finally:
        os.chmod(directory, 0o700)
    assert code == 0 and json.loads(out)[0]["path"] == "app/money.py" and serving.answered == 0
    # a server that sees another user at the other end hangs up: the command searches itself
    monkeypatch.setattr(search_socket, "_peer_uid", lambda conn: os.getuid() + 1)
    code, out, _err = _search(capsys, "--json", "round_cents")
    assert code == 0 and json.loads(out)[0]["path"] == "app/money.py" and serving.answered == 0


def test_a_link_in_the_socket_s_place_is_not_followed(indexed, serving, capsys, tmp_path):
    os.replace(indexed / ".postil" / search_socket.NAME, tmp_path / "moved.sock")
    os.symlink(tmp_path / "moved.sock", indexed / ".postil" / search_socket.NAME)
    code, out, _err = _search(capsys, "--json", "round_cents")
    assert code == 0 and json.loads(out)[0]["path"] == "app/money.py" and serving.answered == 0


def _fake_server(path, reply: bytes) -> threading.Thread:
    """A listener at ``path`` that answers one request with ``reply``."""
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(path))
    listener.listen(1)

    def serve():
        conn, _ = listener.accept()
        with conn, listener:
            conn.recv(65536)
            conn.sendall(reply)

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    return thread


@pytest.mark.parametrize("reply", [
    b"not json\n",
    b'{"error": "the index is being rebuilt"}\n',
    json.dumps({"results": [{"path": "\x1b]8;;evil\x07", "start": 1}]}).encode() + b"\n",  # fields missing
    json.dumps({"results": [], "messages": [1]}).encode() + b"\n",
    b'{"results": [',  # cut short
])
def test_an_answer_that_is_not_a_good_one_is_no_answer(indexed, capsys, reply):
    thread = _fake_server(indexed / ".postil" / search_socket.NAME, reply)
    code, out, err = _search(capsys, "--json", "round_cents")
    thread.join(5)
    assert not thread.is_alive()  # it was asked
    assert code == 0 and json.loads(out)[0]["path"] == "app/money.py"
    assert "\x1b" not in out + err


def test_a_server_that_does_not_answer_is_not_waited_for(indexed, capsys, monkeypatch):
    monkeypatch.setattr(search_socket, "SEARCH_TIMEOUT", 0.5)
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(str(indexed / ".postil" / search_socket.NAME))
    listener.listen(1)  # accepts (the kernel does), never answers
    try:
        code, out, _err = _search(capsys, "--json", "round_cents")
    finally:
        listener.close()
    assert code == 0 and json.loads(out)[0]["path"] == "app/money.py"


def test_what_is_checked_on_each_side():
    assert parse_request(b'{"query": "x"}') == {"query": "x", "k": 10, "docs": False, "update": False}
    for bad in (b"[]", b'{"query": 1}', b'{"query": "x", "k": 0}', b'{"query": "x", "k": true}',
                b'{"query": "x", "k": 100000}', b'{"query": "x", "docs": "yes"}', b"\xff"):
        assert isinstance(parse_request(bad), str), bad
    good = {"path": "a.py", "start": 1, "end": 2, "text": "x", "header": "", "kind": "code", "reason": "keyword match",
            "score": 0.1, "sources": ["keyword"], "tokens": 1}
    assert parse_answer(json.dumps({"results": [good]}).encode())["results"] == [good]
    for field, value in (("start", "1"), ("start", True), ("sources", [1]), ("score", None)):
        assert parse_answer(json.dumps({"results": [{**good, field: value}]}).encode()) is None
    assert parse_answer(json.dumps({"results": [{**good, "extra": 1}]}).encode()) is None
    assert parse_answer(json.dumps({"results": [], "hint": 3}).encode()) is None
