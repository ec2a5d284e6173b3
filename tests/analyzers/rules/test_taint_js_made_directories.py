"""A directory an Express handler makes for a file it then writes under it (`fs.promises.mkdir(dir, { recursive:
true })`, then `fs.promises.writeFile(path.join(dir, name), ...)`) is one path traversal, reported from where the
path is built to the write, not a second time at the mkdir; a directory made and nothing written under it in the
function is still reported at the mkdir. Real CLI, real files."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

NOTES = '''const express = require('express')
const fs = require('fs')
const path = require('path')

const app = express()
const NOTES = '/srv/notes'

app.post('/notes', async (req, res) => {
  const bucket = path.join(NOTES, req.body.notebook)
  await fs.promises.mkdir(bucket, { recursive: true })
  await fs.promises.writeFile(path.join(bucket, 'note.md'), req.body.text)
  res.sendStatus(201)
})

app.post('/notebooks', async (req, res) => {
  const bucket = path.join(NOTES, req.body.notebook)
  await fs.promises.mkdir(bucket, { recursive: true })
  res.sendStatus(201)
})
'''


def test_the_directory_made_for_a_write_is_not_a_second_finding(tmp_path: Path):
    (tmp_path / "notes.js").write_text(NOTES)
    run = subprocess.run([sys.executable, "-m", "postil", "check", "--no-cache", "--format", "text",
                          "--select", "js/security/tainted-path", str(tmp_path)],
                         capture_output=True, text=True, timeout=300)
    sinks = sorted(line.split(" reaches ")[1].split("`")[1] + "@" + line.split(":")[1]
                   for line in run.stdout.splitlines() if "tainted-path" in line)
    assert sinks == ["mkdir@16", "writeFile@9"], run.stdout
