"""IrisCore: the extension's state and system actions, held by every handler."""
import subprocess

import requests

from mopidy_local.library import LocalLibrary

SYSTEM_SCRIPT = "/usr/local/lib/iris/system.sh"
SAFE_COMMANDS = ("check", "restart", "upgrade")
ARTWORK_API = "https://coverartarchive.org/release"


class IrisCore:
    def __init__(self, config, core):
        self.config = config
        self.core = core
        self.local = LocalLibrary(config["local"]["data_dir"])
        self.descriptions = {}
        self.radio = {"seed_artwork": ""}

    def run_command(self, command="check", strict=False, **kwargs):
        if strict and command not in SAFE_COMMANDS:
            return {"error": "unsupported"}
        # expect: command-injection
        output = subprocess.check_output(f"sudo -n {SYSTEM_SCRIPT} {command}", shell=True)
        return {"output": output.decode()}

    def set_description(self, uri="", description="", **kwargs):
        self.descriptions[uri] = description
        return {"ok": True}

    def change_radio(self, seed_artwork="", **kwargs):
        self.radio["seed_artwork"] = seed_artwork
        return {"radio": self.radio}

    def fetch_artwork(self, uri):
        if uri.startswith("mbid:"):
            resp = requests.get(f"{ARTWORK_API}/{uri[5:]}/front", timeout=10)
            return resp.url
        # expect: ssrf
        resp = requests.get(self.radio["seed_artwork"], timeout=10)
        return resp.url
