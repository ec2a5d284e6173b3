"""An MD5 digest of a password held in a local and then handed to a function that stores password
hashes is reported at the storing call, its range run up from the statement that made the digest
(a reviewer points at either line: the weak hash, or where it is kept)."""

from __future__ import annotations

from postil.analyzers.checker import Checker
from postil.config import load_config

RESET = """\
const crypto = require('crypto');

async function adminResetPassword(userId, temporary) {
  const digest = crypto.createHash('md5').update(temporary).digest('hex');
  await savePasswordHash(userId, digest, 'md5');
}
"""


def test_the_stored_digest_is_reported_from_where_it_was_made(tmp_path):
    path = tmp_path / "accounts.js"
    path.write_text(RESET)
    lines = RESET.splitlines()
    report = Checker(load_config(path)).check_file(path)
    found = [(lines[f.span.start_line].strip(), lines[f.span.end_line].strip())
             for f in report.findings if f.rule == "js/security/weak-hash-for-password"]
    assert found == [("const digest = crypto.createHash('md5').update(temporary).digest('hex');",
                      "await savePasswordHash(userId, digest, 'md5');")]
