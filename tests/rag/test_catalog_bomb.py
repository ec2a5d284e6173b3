"""A team server's answer is never inflated without a bound: a 1 GiB catalog image, pack or
gzip-encoded answer compressed to a megabyte is refused with one message, in bounded memory, with nothing large
written, and the clone's index keeps working locally. A real `chroma run` on 127.0.0.1."""

# ruff: noqa: F811 - test_team's fixtures, imported, are these tests' parameters

from __future__ import annotations

import base64
import threading
import tracemalloc
import zlib
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from postil.rag import team_publish, team_wire
from tests.rag.test_team import clone, make_team, origin  # noqa: F401 - fixtures

pytestmark = pytest.mark.slow  # a real Chroma server

BOMB_BYTES = 1 << 30
MB = 1 << 20


def deflated_zeros(wbits: int = zlib.MAX_WBITS) -> bytes:
    """1 GiB of zeros, deflated (~1 MB; ``wbits`` 31: as gzip)."""
    deflate = zlib.compressobj(9, zlib.DEFLATED, wbits)
    block = bytes(MB)
    compressed = b"".join(deflate.compress(block) for _ in range(BOMB_BYTES // MB)) + deflate.flush()
    assert len(compressed) < 2 * MB
    return compressed


def bomb_pieces() -> list[str]:
    """1 GiB of zeros, deflated, as base64 pieces of a packs row."""
    return team_wire.pieces_of(base64.b64encode(deflated_zeros()).decode("ascii"))


def bytes_written() -> int:
    """What this process has passed to write(2) so far (Linux /proc accounting)."""
    with open("/proc/self/io") as io:
        return next(int(line.split()[1]) for line in io if line.startswith("wchar:"))


def files_under(directory: Path) -> int:
    return sum(f.stat().st_size for f in directory.rglob("*") if f.is_file())


def update_measured(index) -> tuple[object, int, int]:
    """``index.update()``, with the peak of Python allocations and the bytes written meanwhile."""
    written = bytes_written()
    tracemalloc.start()
    try:
        stats = index.update()
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    return stats, peak, bytes_written() - written


def refused_locally(index, messages: list[str], peak: int, written: int, what: str) -> None:
    assert peak < 256 * MB and written < 128 * MB  # a 1 GiB inflation would show in both
    said = [m for m in messages if "using the local index only" in m]
    assert len(said) == 1 and what in said[0] and "using the local index only" in said[0], messages
    assert files_under(index.root / ".postil") < 64 * MB and not list(index.catalog.path.parent.glob("*.image"))
    assert index.context("app/billing.py", 7).chunks[0].path == "app/money.py"  # the local index answers


@pytest.mark.parametrize("declared", [None, 600_000, BOMB_BYTES], ids=["no-size", "a-plausible-size", "its-true-size"])
def test_a_catalog_image_bomb_is_refused_in_bounded_memory(origin, tmp_path, chroma_server, make_team, declared):
    publisher = make_team(origin, chroma_server)
    team_publish.publish(publisher)
    server = publisher.team.server
    pieces = bomb_pieces()
    server._packs.upsert(**team_wire.piece_rows(team_wire.image_ids("bomb", len(pieces)), pieces))
    server.set_manifest({**server.manifest(), "image": "bomb", "image_pieces": len(pieces), "image_bytes": declared})
    assert server.manifest().get("image_bytes") == declared  # None: the key is gone (a manifest of before)
    messages: list[str] = []
    index = make_team(clone(origin, tmp_path / "victim"), chroma_server, messages=messages)
    stats, peak, written = update_measured(index)
    assert stats.indexed == 5 and stats.mirrored == 0
    refused_locally(index, messages, peak, written, "the published catalog image is refused: it inflates to more than")


def test_a_pack_bomb_is_refused_in_bounded_memory(origin, tmp_path, chroma_server, make_team):
    publisher = make_team(origin, chroma_server)
    team_publish.publish(publisher)
    server = publisher.team.server
    pieces = bomb_pieces()
    rows = server._files.get(where={"path": "app/money.py"}, include=["metadatas"])
    server._packs.upsert(**team_wire.piece_rows(team_wire.piece_ids("app/money.py", len(pieces)), pieces))
    server._files.upsert(ids=rows["ids"], embeddings=[[1.0]],
                         metadatas=[{**rows["metadatas"][0], "pieces": len(pieces)}])
    server.set_manifest({**server.manifest(), "image": "gone"})  # no image: the packs are mirrored
    messages: list[str] = []
    index = make_team(clone(origin, tmp_path / "victim"), chroma_server, messages=messages)
    _stats, peak, written = update_measured(index)
    refused_locally(index, messages, peak, written, "a published pack is refused")


class _GzipBomb(BaseHTTPRequestHandler):
    """Answers every request with 1 GiB of zeros, gzip-encoded (httpx decodes it as it reads)."""

    body = b""

    def do_GET(self):  # noqa: N802 - http.server's name
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Encoding", "gzip")
        self.send_header("Content-Length", str(len(self.body)))
        self.end_headers()
        self.wfile.write(self.body)

    do_POST = do_GET

    def log_message(self, *args):
        pass


def test_a_gzip_encoded_answer_bomb_is_refused_in_bounded_memory(origin, tmp_path, make_team):
    server = ThreadingHTTPServer(("127.0.0.1", 0), type("Handler", (_GzipBomb,), {"body": deflated_zeros(31)}))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        messages: list[str] = []
        index = make_team(clone(origin, tmp_path / "victim"), f"http://127.0.0.1:{server.server_port}",
                          messages=messages)
        stats, peak, written = update_measured(index)
    finally:
        server.shutdown()
        server.server_close()
    assert stats.indexed == 5
    refused_locally(index, messages, peak, written, "the server's answer was more than")
