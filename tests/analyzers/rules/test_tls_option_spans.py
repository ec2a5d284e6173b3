"""A call given an option that turns certificate checks off (cert_reqs=ssl.CERT_NONE,
assert_hostname=False) is reported as the call, from its first line: `ssl.wrap_socket(` split
over lines is one finding where the call starts, and a call given two such options is one
finding, not one per option."""

from __future__ import annotations

from postil.analyzers.checker import Checker
from postil.config import LoadedConfig, PostilConfig

TEXT = '''import ssl

import urllib3


def connect(raw):
    return ssl.wrap_socket(
        raw,
        cert_reqs=ssl.CERT_NONE,
    )


pool = urllib3.PoolManager(
    cert_reqs="CERT_NONE",
    assert_hostname=False,
)
'''


def test_a_call_that_turns_checks_off_is_one_finding_from_its_first_line(tmp_path):
    path = tmp_path / "gateway.py"
    path.write_text(TEXT)
    checker = Checker(LoadedConfig(PostilConfig(), None, tmp_path))
    found = sorted((f.span.start_line + 1, f.span.end_line + 1) for f in checker.check_text(path, TEXT)
                   if f.rule == "python/security/ssl-unverified-context")
    assert found == [(7, 10), (13, 16)]
