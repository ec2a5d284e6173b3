"""JavaScript findings whose range covers the two statements a reader may point at: a store
overwritten on the next line runs from the useless store to the assignment that wins (comments
between them skipped), and a JWT payload that gets a password before it is signed runs from where
the payload is built to the call that signs it. Semgrep's registry starts its multi-statement
matches at the first statement, call-anchored rules at the call: the range covers both."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow  # the CLI in a subprocess

OVERWRITTEN = """\
function requestOptions(overrides) {
  const options = { method: 'GET' };
  options.timeout = 3000;
  // the caller's value wins
  options.timeout = overrides.timeout || 5000;
  return options;
}

function nextPage(cursor) {
  let page = cursor.page;
  page = page + 1;
  return page;
}
"""

TOKENS = """\
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


def _ranges(postil, tmp_path, text: str, rule: str) -> list[tuple[int, int]]:
    (tmp_path / "module.js").write_text(text)
    result = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert result.code == 0, result.stderr
    return sorted((f["line"], f["end_line"]) for f in json.loads(result.stdout)["findings"] if f["rule"] == rule)


def test_an_overwritten_store_is_reported_from_the_store_to_the_overwrite(postil, tmp_path):
    assert _ranges(postil, tmp_path, OVERWRITTEN, "js/correctness/overwritten-assignment") == [(3, 5)]


def test_a_jwt_payload_built_ahead_is_reported_from_where_it_is_built(postil, tmp_path):
    assert _ranges(postil, tmp_path, TOKENS, "js/security/jwt-payload-credentials") == [(4, 6), (10, 10)]
