"""A JavaScript store overwritten on the next line is reported from the useless store to the
assignment that wins (comments between them skipped): Semgrep's registry starts its match at the
first store, a reader points at either line, and the finding covers both."""

from __future__ import annotations

import json

import pytest

pytestmark = pytest.mark.slow  # the CLI in a subprocess

MODULE = """\
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

RULE = "js/correctness/overwritten-assignment"


def test_an_overwritten_store_is_reported_from_the_store_to_the_overwrite(postil, tmp_path):
    (tmp_path / "options.js").write_text(MODULE)
    result = postil("check", ".", "--format", "json", "--exit-zero", cwd=tmp_path)
    assert result.code == 0, result.stderr
    found = [f for f in json.loads(result.stdout)["findings"] if f["rule"] == RULE]
    assert [(f["line"], f["end_line"]) for f in found] == [(3, 5)]
