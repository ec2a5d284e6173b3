"""MD5 stored as a password (python/security/md5-password-hash, a taint rule): the flow is
reported once, where the digest becomes the password; the MD5 call it starts from is the same
problem, so python/security/weak-hash (which the rule supersedes) says nothing there; an MD5 that
reaches no password keeps its weak-hash finding."""

from __future__ import annotations

from postil.analyzers.checker import Checker
from postil.config import LoadedConfig, PostilConfig

STORED = '''import hashlib


def reset(users, user_id, new_password):
    digest = hashlib.md5(new_password.encode()).hexdigest()
    users.update_password(user_id, digest)
'''
SIGNED = '''import hashlib


def sign(payload):
    digest = hashlib.md5(payload).hexdigest()
    return {"payload": payload, "sig": digest}
'''


def found(tmp_path, text: str) -> set[tuple[int, str]]:
    path = tmp_path / "accounts.py"
    path.write_text(text)
    checker = Checker(LoadedConfig(PostilConfig(), None, tmp_path))
    return {(f.span.start_line + 1, f.rule) for f in checker.check_text(path, text) if f.rule.startswith("python/security/")}


def test_an_md5_digest_stored_as_a_password_is_one_finding_at_the_store(tmp_path):
    assert found(tmp_path, STORED) == {(6, "python/security/md5-password-hash")}


def test_an_md5_digest_that_reaches_no_password_keeps_its_weak_hash_finding(tmp_path):
    assert found(tmp_path, SIGNED) == {(5, "python/security/weak-hash")}
