"""A taint rule that follows request data into a call of the file's own function (`mergeInto(preferences,
body)`) judges that function for the pattern rules it supersedes: the unguarded merge loop inside is the
flaw the flow reaches (one finding, at the call), and a call the engine followed with data of the
program's own is no finding either."""

from __future__ import annotations

from pathlib import Path

import pytest

pytestmark = pytest.mark.slow  # the CLI in a subprocess

MERGE = """\
const Router = require('@koa/router');

const router = new Router();
const preferences = { layout: 'grid', alerts: { digest: 'weekly' } };

function mergeInto(dest, patch) {
  Object.keys(patch).forEach((k) => {
    if (typeof patch[k] === 'object' && patch[k] !== null) {
      dest[k] = mergeInto(dest[k] || {}, patch[k]);
    } else {
      dest[k] = patch[k];
    }
  });
  return dest;
}

router.put('/preferences', async (ctx) => {
  mergeInto(preferences, CALLED_WITH);
  ctx.status = 204;
});
"""

RULES = ("js/security/tainted-prototype-pollution", "js/security/prototype-pollution-merge-loop")


def found(postil, tmp_path: Path, argument: str) -> list[tuple[str, int]]:
    (tmp_path / "settings.js").write_text(MERGE.replace("CALLED_WITH", argument))
    done = postil("check", "settings.js", "--exit-zero", "--format", "json", cwd=tmp_path)
    assert done.code == 0, done.stderr
    return sorted((f["rule"], f["line"]) for f in done.json["findings"] if f["rule"] in RULES)


def test_request_data_merged_by_the_files_own_loop_is_one_finding_at_the_call(postil, tmp_path):
    assert found(postil, tmp_path, "ctx.request.body.preferences") == [("js/security/tainted-prototype-pollution", 18)]


def test_the_loop_merging_only_the_programs_own_data_is_not_reported(postil, tmp_path):
    # (the request picks which of the program's objects is merged)
    assert found(postil, tmp_path, "ctx.query.reset ? { layout: 'list' } : preferences") == []
