"""Forms of known classes that a second, independent writer used (issue 32): a module imported
under another name (`import logging.config as logconf` ... `logconf.listen(port)`), an ECB mode
kept in a module constant and used where the cipher is made, a key size that is a parameter's
default. Each is reported on the line a reviewer points at, and the safe look-alikes beside them
are not. Real CLI, real files."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # the CLI in a subprocess

LISTENER = """\
import logging.config as logconf


class RemoteLogging:
    def __init__(self, port=9030):
        self.port = port

    def enable(self):
        self.thread = logconf.listen(self.port)
        self.thread.start()

    def disable(self):
        logconf.stopListening()


def load(path):
    logconf.fileConfig(path)
"""

CIPHERS = """\
from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

ARCHIVE_MODE = modes.ECB()
EXPORTED_MODE = modes.ECB()


def archive_cipher(key):
    return Cipher(algorithms.AES(key), ARCHIVE_MODE)


def record_cipher(key, iv):
    return Cipher(algorithms.AES(key), modes.CBC(iv))
"""

KEYS = """\
from cryptography.hazmat.primitives.asymmetric import rsa


def test_key(bits=1024):
    return rsa.generate_private_key(
        public_exponent=65537,
        key_size=bits,
    )


def deploy_key(bits=1024):
    bits = max(bits, 4096)
    return rsa.generate_private_key(public_exponent=65537, key_size=bits)
"""


def _lines(postil, tmp_path, name, text, rule):
    (tmp_path / name).write_text(text)
    done = postil("check", name, "--exit-zero", "--format", "json", "--no-cache", "--select", rule, cwd=tmp_path)
    assert done.code == 0, done.stderr
    return [(f["line"], f["end_line"]) for f in done.json["findings"]]


def test_a_listener_of_logging_config_imported_under_another_name_is_reported(postil, tmp_path):
    assert _lines(postil, tmp_path, "remote_logging.py", LISTENER, "python/security/logging-config-listen") == [(9, 9)]


def test_an_ecb_constant_is_reported_where_the_cipher_is_made_and_an_unused_one_where_it_is_made(postil, tmp_path):
    assert _lines(postil, tmp_path, "ciphers.py", CIPHERS, "python/security/ecb-mode") == [(4, 4), (8, 8)]


def test_a_short_default_key_size_is_reported_on_the_call_that_uses_it(postil, tmp_path):
    assert _lines(postil, tmp_path, "keys.py", KEYS, "python/security/weak-rsa-key-size") == [(5, 8)]
