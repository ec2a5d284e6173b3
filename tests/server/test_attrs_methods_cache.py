"""First sight (issue 37): `postil serve` builds lsprotocol's ~550 attrs classes without compiling
their methods again on every start (about half its CPU time to the first diagnostics). Counted
(scripts compiled, the cache file rewritten or not), not timed; the classes behave the same
whether their code came from the cache or not, and a damaged cache is a miss, never an error."""

from __future__ import annotations

import json
import marshal
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # language-server sessions

# A fresh interpreter imports pygls as `postil serve` does, then uses what it built.
PROBE = r"""
import json
from postil.server.attrs_methods import compiled_once
with compiled_once() as scripts:
    from lsprotocol import types
    from pygls.protocol import default_converter
converter = default_converter()
params = converter.structure({"processId": 7, "rootUri": "file:///w", "capabilities": {}}, types.InitializeParams)
start, end = types.Position(line=1, character=2), types.Position(line=1, character=2)
print(json.dumps({"compiled": scripts.compiled, "kept": len(scripts.kept),
                  "behaviour": [start == end, start != types.Position(line=2, character=2), repr(start),
                                types.Range(start=start, end=end) != types.Range(start=start, end=types.Position(line=3, character=0)),
                                params.process_id, params.root_uri,
                                converter.unstructure(types.Diagnostic(range=types.Range(start=start, end=end),
                                                                       message="m"))]}))
"""


def start(cache_home: Path) -> dict:
    out = subprocess.run([sys.executable, "-c", PROBE], capture_output=True, text=True, timeout=120, check=False,
                         env={**os.environ, "XDG_CACHE_HOME": str(cache_home)})
    assert out.returncode == 0, out.stderr
    return json.loads(out.stdout.strip().splitlines()[-1])


def cache_file(cache_home: Path) -> Path:
    (found,) = (cache_home / "postil" / "attrs-methods").glob("*.marshal")
    return found


def test_a_second_start_compiles_none_of_the_classes_methods_and_they_behave_the_same(tmp_path):
    first = start(tmp_path)
    assert first["compiled"] > 500 and first["kept"] == 0  # lsprotocol's classes, nothing kept yet
    written = cache_file(tmp_path).stat()
    second = start(tmp_path)
    assert second["compiled"] == 0 and second["kept"] >= first["compiled"]
    assert second["behaviour"] == first["behaviour"]
    assert second["behaviour"][:4] == [True, True, "1:2", True]
    assert cache_file(tmp_path).stat().st_mtime_ns == written.st_mtime_ns  # nothing new to keep


def test_a_changed_script_is_compiled_again_and_a_damaged_file_is_a_miss(tmp_path):
    reference = start(tmp_path)
    path = cache_file(tmp_path)
    kept = marshal.loads(path.read_bytes())
    position = next(name for name in kept if name.endswith("lsprotocol.types.Position>"))
    code = kept[position][1]
    other = next(name for name in kept if name.endswith("lsprotocol.types.Range>"))
    kept[position] = (bytes(16), code)  # the digest of other source (as a new attrs would write)
    kept[other] = (kept[other][0], code)  # another class's code under this script's name
    path.write_bytes(marshal.dumps(kept))
    changed = start(tmp_path)
    assert changed["compiled"] == 2 and changed["behaviour"] == reference["behaviour"]
    assert start(tmp_path)["compiled"] == 0  # the start that compiled them kept them again

    for damage in (b"", b"not marshal data", path.read_bytes()[:1000], marshal.dumps(["a", "list"]),
                   marshal.dumps({position: "not an entry"})):
        path.write_bytes(damage)
        damaged = start(tmp_path)
        assert damaged["compiled"] > 500 and damaged["behaviour"] == reference["behaviour"]


def test_kept_code_that_others_may_write_or_behind_a_link_is_not_run(tmp_path):
    reference = start(tmp_path)
    path = cache_file(tmp_path)
    path.chmod(0o666)  # another user could have put code there
    assert start(tmp_path)["compiled"] > 500
    good = tmp_path / "elsewhere.marshal"
    good.write_bytes(path.read_bytes())
    good.chmod(0o600)
    path.unlink()
    path.symlink_to(good)
    linked = start(tmp_path)
    assert linked["compiled"] > 500 and linked["behaviour"] == reference["behaviour"]


def test_an_unwritable_cache_leaves_the_server_working(tmp_path):
    (tmp_path / "postil").write_text("a file where the cache directory would be")
    first = start(tmp_path)
    assert first["compiled"] > 500 and first["behaviour"][:4] == [True, True, "1:2", True]
    assert start(tmp_path)["compiled"] > 500  # nothing kept, nothing broken


def frame(message: dict) -> bytes:
    body = json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n" % len(body) + body


def serve(cache_home: Path, root: Path) -> bytes:
    """Run the real `postil serve` through initialize, shutdown and exit; what it wrote."""
    messages = [{"jsonrpc": "2.0", "id": 1, "method": "initialize",
                 "params": {"processId": None, "rootUri": root.as_uri(), "capabilities": {}}},
                {"jsonrpc": "2.0", "method": "initialized", "params": {}},
                {"jsonrpc": "2.0", "id": 2, "method": "shutdown"}, {"jsonrpc": "2.0", "method": "exit"}]
    out = subprocess.run([sys.executable, "-P", "-m", "postil", "serve"], input=b"".join(map(frame, messages)),
                         capture_output=True, timeout=120, check=False, cwd=root,
                         env={**os.environ, "XDG_CACHE_HOME": str(cache_home)})
    assert out.returncode == 0, out.stderr
    return out.stdout


def test_postil_serve_keeps_the_compiled_methods_for_its_next_start(tmp_path):
    cache_home, root = tmp_path / "cache", tmp_path / "project"
    root.mkdir()
    first = serve(cache_home, root)
    assert b'"capabilities"' in first
    written = cache_file(cache_home).stat()
    assert serve(cache_home, root) == first  # the same answers from the kept code
    assert cache_file(cache_home).stat().st_mtime_ns == written.st_mtime_ns  # it compiled nothing new
