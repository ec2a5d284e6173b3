"""A path probed and then opened is one traversal (issue 31, blind152): Nexterm's script reader checks
`fs.existsSync(file)` and then reads `fs.readFileSync(file)`; the flow was reported at both, the probe's
finding ending above the line that opens the file. One finding now, at the open, its range from where the
path was built (the probe inside it). A probe alone is still reported. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

SCRIPTS = """const fs = require("fs");
const path = require("path");

module.exports.getScript = (req, res) => {
  const file = path.join(SCRIPTS_DIR, String(req.query.source), `${req.query.id}.sh`);
  if (!fs.existsSync(file)) return res.status(404).end();
  res.send(fs.readFileSync(file, "utf-8"));
};

module.exports.hasScript = (req, res) => {
  const file = path.join(SCRIPTS_DIR, String(req.query.source));
  res.json({ found: fs.existsSync(file) });
};
"""


def test_a_path_probed_then_opened_is_one_finding(tmp_path: Path):
    found = taint_findings(tmp_path, {"controllers/script.js": SCRIPTS}, select="js/security")
    assert found == ["controllers/script.js:5 tainted-path", "controllers/script.js:11 tainted-path"], found
