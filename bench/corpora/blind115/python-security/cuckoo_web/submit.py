import os
import subprocess
import uuid

import requests

from .config import cfg

SUBMIT_ROOT = cfg("cuckoo", "submit", "dir")


def _submit_dir(submit_id):
    return os.path.join(SUBMIT_ROOT, submit_id)


def store_upload(filename, content):
    submit_id = uuid.uuid4().hex
    os.makedirs(_submit_dir(submit_id))
    safe = os.path.basename(filename)
    with open(os.path.join(_submit_dir(submit_id), safe), "wb") as fp:
        fp.write(content)
    return submit_id


def fetch_and_submit_url(website, platform="windows"):
    submit_id = uuid.uuid4().hex
    os.makedirs(_submit_dir(submit_id))
    # expect: ssrf
    resp = requests.get(website, timeout=30)
    with open(os.path.join(_submit_dir(submit_id), "download.bin"), "wb") as fp:
        fp.write(resp.content)
    subprocess.run(["file", "--brief", os.path.join(_submit_dir(submit_id), "download.bin")], check=False)
    return submit_id


def unpack_archive(submit_id, password):
    archive = os.path.join(_submit_dir(submit_id), "upload.zip")
    pw = password or "infected"
    # expect: command-injection
    subprocess.call("7z x -y -p%s %s -o%s" % (pw, archive, _submit_dir(submit_id)), shell=True)
