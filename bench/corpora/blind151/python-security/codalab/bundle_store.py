"""On-disk bundle store: reading targets and filling contents."""
import logging
import os
import subprocess

import requests

log = logging.getLogger(__name__)


class BundleStore:
    def __init__(self, root):
        self.root = root

    def _bundle_dir(self, uuid):
        return os.path.join(self.root, uuid)

    def read_target(self, uuid, subpath):
        path = os.path.join(self._bundle_dir(uuid), subpath)
        # expect: path-traversal
        with open(path, "rb") as f:
            return f.read()

    def read_target_checked(self, uuid, subpath):
        base = os.path.realpath(self._bundle_dir(uuid))
        path = os.path.realpath(os.path.join(base, subpath))
        if not path.startswith(base + os.sep):
            raise ValueError("path outside bundle")
        with open(path, "rb") as f:
            return f.read()

    def upload_from_url(self, uuid, url):
        dest = os.path.join(self._bundle_dir(uuid), "contents")
        # expect: ssrf
        resp = requests.get(url, stream=True, timeout=60)
        with open(dest, "wb") as out:
            for chunk in resp.iter_content(65536):
                out.write(chunk)

    def clone_git(self, uuid, url):
        dest = self._bundle_dir(uuid)
        # expect: command-injection
        subprocess.check_call(f"git clone --depth 1 {url} {dest}", shell=True)

    def clone_git_argv(self, uuid, url):
        dest = self._bundle_dir(uuid) + ".git"
        subprocess.check_call(["git", "clone", "--depth", "1", "--", url, dest])
