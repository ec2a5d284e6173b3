"""A comparison of one key of a mapping checks that key, not the mapping (issue 31): Hue's
`guess_format` tests `file_format.get("inputFormat") == "url"` and then fetches
`file_format["path"]`; the test made the whole parsed JSON clean, so the fetch was never reported.
The safe twins check the very key they use (against a literal, an allowlist, or an exiting `!=`)
and stay quiet; a check of a name bound from the key stays a check of that name."""

from __future__ import annotations

from pathlib import Path

# (the real CLI over files written to a directory, whole lines: a flow's sink line is in its message)
from tests.analyzers.rules.test_taint_request_state_python import _findings, _write

HOOKS = '''import json
import subprocess

import requests
from flask import Flask, abort, request

app = Flask(__name__)
REGIONS = ("eu-west", "us-east")


@app.post("/import")
def import_source():
    spec = json.loads(request.data)
    if spec.get("kind", "file") == "remote":
        return requests.get(spec["location"], timeout=10).text
    return ""


@app.post("/deploy")
def deploy():
    job = request.get_json()
    if job["region"] in REGIONS:
        subprocess.run("deploy --region " + job["region"], shell=True, check=True)
        subprocess.run("deploy --tag " + job["tag"], shell=True, check=True)
    return ""


@app.post("/mirror")
def mirror():
    body = request.get_json()
    if body.get("mode") != "mirror":
        abort(400)
    return requests.get("https://mirror.example.org/" + body.get("mode"), timeout=10).text


@app.post("/fetch")
def fetch():
    form = request.form
    target = form.get("target")
    if target == "status":
        return requests.get("https://status.example.org/" + target, timeout=10).text
    return ""


@app.post("/upload")
def upload():
    fields = request.form
    if fields.get(":action") != "file_upload":
        abort(400)
    with open("/srv/files/" + fields["name"], "wb") as out:
        out.write(request.data)
    return ""
'''


def test_a_check_of_one_key_leaves_the_other_keys_tainted(tmp_path: Path):
    _write(tmp_path, {"site/hooks.py": HOOKS})
    found = [line.partition(" error ")[2] for line in _findings(tmp_path)]
    # the region (an allowlisted key), the mode (checked by an exiting `!=`) and the target (a
    # name compared with a literal) are clean; the location, the tag and the upload's name (beside
    # its `:action` key, a key of punctuation) were never checked
    assert len(found) == 3, found
    assert found[0].startswith("python/security/tainted-ssrf") and "reaches `get` at line 15" in found[0], found
    assert found[1].startswith("python/security/tainted-command") and "reaches `run` at line 24" in found[1], found
    assert found[2].startswith("python/security/tainted-path") and "reaches `open` at line 50" in found[2], found
