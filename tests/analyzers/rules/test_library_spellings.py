"""A library's API written the ways other people write it (the module's full path, an alias of
the module or of the member, a submodule of a package) is reported as its usual spelling is
(issue 32, blind43): the same rule on the same line."""

from __future__ import annotations

from pathlib import Path

from postil import scan
from postil.analyzers.checker import CheckerCache

USUAL = '''import asyncio
import marshal
import uuid
from Crypto.Hash import MD4
from Crypto.PublicKey import DSA
from multiprocessing.connection import Client


async def handle(cmd, address, blob):
    await asyncio.create_subprocess_shell(cmd)
    key = DSA.generate(1024)
    digest = MD4.new(blob).hexdigest()
    ident = uuid.uuid1()
    conn = Client(address)
    reply = conn.recv()
    stored = marshal.dumps(reply)
'''
OTHERS = '''import asyncio.subprocess
import Crypto.Hash.MD4
import Cryptodome.PublicKey.DSA
import marshal as m
import multiprocessing.connection as mpc
from uuid import uuid1 as time_uuid


async def handle(cmd, address, blob):
    await asyncio.subprocess.create_subprocess_shell(cmd)
    key = Cryptodome.PublicKey.DSA.generate(1024)
    digest = Crypto.Hash.MD4.new(blob).hexdigest()
    ident = time_uuid()
    conn = mpc.Client(address)
    reply = conn.recv()
    stored = m.dumps(reply)
'''
# the same calls with nothing to report: a literal command, sizes and hashes that are strong
SAFE = '''import asyncio.subprocess
import Crypto.Hash.SHA256
import Cryptodome.PublicKey.DSA


async def handle(blob):
    command = "uptime"
    await asyncio.subprocess.create_subprocess_shell(command)
    key = Cryptodome.PublicKey.DSA.generate(2048)
    return Crypto.Hash.SHA256.new(blob).hexdigest()
'''
RULES = {"python/security/subprocess-shell-function", "python/security/weak-rsa-key-size", "python/security/weak-hash",
         "python/security/uuid1-for-secret", "python/security/multiprocessing-recv-unauthenticated",
         "python/security/marshal-serialization"}


def _lines(root: Path, name: str, monkeypatch) -> list[tuple[int, str]]:
    monkeypatch.chdir(root)
    result = scan.check_paths([Path(name)], CheckerCache(), jobs=1, bulk=False)
    return sorted((f.span.start_line + 1, f.rule) for r in result.reports for f in r.findings if f.rule in RULES)


def test_full_paths_and_aliases_are_reported_as_the_usual_spelling(tmp_path, monkeypatch):
    (tmp_path / "usual.py").write_text(USUAL)
    (tmp_path / "others.py").write_text(OTHERS)
    usual = _lines(tmp_path, "usual.py", monkeypatch)
    assert {rule for _, rule in usual} == RULES
    assert _lines(tmp_path, "others.py", monkeypatch) == usual


def test_their_safe_forms_are_not_reported(tmp_path, monkeypatch):
    (tmp_path / "safe.py").write_text(SAFE)
    assert _lines(tmp_path, "safe.py", monkeypatch) == []
