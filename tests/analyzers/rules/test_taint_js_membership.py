"""An `in` test in a JavaScript condition (`if (!(name in TOOLS)) name = "uptime"`) is an
allowlist check the taint engine understands, as Python's `name not in TOOLS` is: a helper
module that replaces a value it did not find in its table returns clean data. It once asked
ast-grep for Python's `comparison_operator` kind in JavaScript, so every summary of such a
module failed with a warning and its calls were followed as unknown (fastify's own source
printed 94 of them). Checked through the real CLI on a two-file Express project."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

APP = """const express = require('express');
const { exec } = require('child_process');
const { pick } = require('./tools');
const app = express();

app.get('/run', (req, res) => {
  const name = pick(req);
  exec('/usr/bin/' + name, (err, out) => res.send(out));
});
"""

TOOLS = """const TOOLS = { uptime: '/usr/bin/uptime', df: '/bin/df' };

function pick(req) {
  let name = req.query.tool;
  if (CHECK) name = 'uptime';
  return name;
}

module.exports = { pick };
"""


def _check(tmp_path: Path, check: str) -> subprocess.CompletedProcess:
    (tmp_path / "app.js").write_text(APP)
    (tmp_path / "tools.js").write_text(TOOLS.replace("CHECK", check))
    return subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", str(tmp_path)],
                          capture_output=True, text=True, timeout=300)


def test_a_value_replaced_unless_found_in_an_allowlist_leaves_the_helper_clean(tmp_path):
    run = _check(tmp_path, "!(name in TOOLS)")
    assert "failed" not in run.stderr and "is invalid" not in run.stderr, run.stderr
    assert "js/security/tainted-command" not in run.stdout, run.stdout


def test_a_value_replaced_only_when_empty_still_carries_the_request_data(tmp_path):
    run = _check(tmp_path, "!name")
    assert "failed" not in run.stderr, run.stderr
    assert "js/security/tainted-command" in run.stdout, run.stdout
