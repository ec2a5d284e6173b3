"""A directory made for the file a flow then writes is one traversal (issue 31, blind188): Keystatic's local API
runs `fs.mkdir(path.dirname(full), { recursive: true })` and then `fs.writeFile(full, ...)`; the flow was
reported at both, the mkdir's finding ending above the line that writes the file. One finding now, at the
write, its range from where the path was built. A directory made alone is still reported. Real CLI, real files."""

from __future__ import annotations

from pathlib import Path

from tests.analyzers.rules.checked_tree import taint_findings

UPLOADS = """const fs = require("fs/promises");
const path = require("path");

exports.save = async (req, res) => {
  const target = path.join(UPLOAD_ROOT, req.body.folder, req.body.name);
  await fs.mkdir(path.dirname(target), { recursive: true });
  await fs.writeFile(target, req.body.data);
  res.sendStatus(204);
};

exports.makeFolder = async (req, res) => {
  const folder = path.join(UPLOAD_ROOT, req.body.folder);
  await fs.mkdir(folder, { recursive: true });
  res.sendStatus(204);
};
"""


def test_a_directory_made_for_a_file_then_written_is_one_finding(tmp_path: Path):
    found = taint_findings(tmp_path, {"routes/uploads.js": UPLOADS}, select="js/security")
    assert found == ["routes/uploads.js:5 tainted-path", "routes/uploads.js:12 tainted-path"], found
