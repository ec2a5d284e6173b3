"""A JWT payload that gets a password before it is signed is reported from where the payload is
built to the call that signs it: some readers point at the claim, the registry's call-anchored
rules at the call, and the finding covers both."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow  # the CLI in a subprocess

MODULE = """\
const jwt = require('jsonwebtoken');

function rememberMe(form) {
  const claims = { sub: form.username, scope: 'remember' };
  claims.password = form.password;
  return jwt.sign(claims, process.env.JWT_SECRET, { expiresIn: '30d' });
}

function login(user, password) {
  return jwt.sign({ sub: user.id, password }, process.env.JWT_SECRET);
}
"""

RULE = "js/security/jwt-payload-credentials"


def test_a_payload_built_ahead_is_reported_from_where_it_is_built(postil, tmp_path):
    (tmp_path / "tokens.js").write_text(MODULE)
    result = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert result.code == 0, result.stderr
    found = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == RULE]
    assert sorted((f["line"], f["end_line"]) for f in found) == [(4, 6), (10, 10)]
