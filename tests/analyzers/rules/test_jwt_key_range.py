"""A JWT key a function writes in a name and then signs with is one finding whose range runs from
the assignment to the call: readers point at either line (blind46 and blind97 at the key, blind134
at the `jwt.encode` call). A module's key stays reported where it is written and at each use."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow  # the CLI in a subprocess

MODULE = """\
import jwt

INVITE_SECRET = "inv1te-s1gning-k3y-2024"


def reset_token(user_id):
    secret = "pw-reset-9d81c2aa"
    return jwt.encode({"sub": str(user_id), "purpose": "reset"}, secret, algorithm="HS256")


def invite_token(email):
    return jwt.encode({"email": email}, INVITE_SECRET, algorithm="HS256")
"""


def test_a_key_written_in_the_function_is_reported_from_the_key_to_the_call(postil, tmp_path):
    (tmp_path / "tokens.py").write_text(MODULE)
    result = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert result.code == 0, result.stderr
    ranges = sorted((f["line"], f["end_line"]) for f in json.loads(result.stdout)["findings"]
                    if f["rule"] == "python/security/jwt-hardcoded-key")
    assert ranges == [(3, 3), (7, 8), (12, 12)]
