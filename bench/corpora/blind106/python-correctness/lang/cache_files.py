"""File cache for rendered thumbnails and API responses."""
import json
import os
import tempfile
from pathlib import Path

CACHE_ROOT = Path(os.environ.get("CACHE_ROOT", tempfile.gettempdir())) / "thumbs"


def save_response(key, payload):
    # expect: temp-file
    with open("/tmp/api-cache-" + key + ".json", "w") as fh:
        json.dump(payload, fh)


def load_response(key):
    # expect: temp-file
    with open(f"/tmp/api-cache-{key}.json") as fh:
        return json.load(fh)


class LockFile:
    def acquire(self):
        # expect: temp-file
        self.handle = open("/tmp/thumbnailer.lock", "x")
        return self.handle


def write_scratch(data):
    fd, path = tempfile.mkstemp(suffix=".bin")
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    return path


def save_thumb(name, data):
    CACHE_ROOT.mkdir(parents=True, exist_ok=True)
    with open(CACHE_ROOT / name, "wb") as fh:
        fh.write(data)


def read_config():
    with open("/etc/thumbnailer/config.json") as fh:
        return json.load(fh)


def spool():
    with tempfile.NamedTemporaryFile("w", delete=False, prefix="thumb-") as fh:
        fh.write("queued")
        return fh.name
