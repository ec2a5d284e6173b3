"""A weak elliptic curve kept in a module constant is reported where a key is made with it (the
line a reviewer and a registry rule on `generate_private_key` point at), not on the constant, and
a weak curve written in the call is reported there as before."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.slow  # the CLI in a subprocess

KEYS = """\
from cryptography.hazmat.primitives.asymmetric import ec

LEGACY_CURVE = ec.SECT163R2()


def legacy_gateway_key():
    return ec.generate_private_key(LEGACY_CURVE)


def device_key():
    return ec.generate_private_key(ec.SECP192R1())


def signing_key():
    return ec.generate_private_key(ec.SECP384R1())
"""


def test_a_weak_curve_constant_is_reported_where_the_key_is_made(postil, tmp_path):
    (tmp_path / "keys.py").write_text(KEYS)
    done = postil("check", "keys.py", "--exit-zero", "--format", "json", "--select", "python/security/weak-ec-curve",
                  cwd=tmp_path)
    assert done.code == 0, done.stderr
    assert [f["line"] for f in done.json["findings"]] == [7, 11]
