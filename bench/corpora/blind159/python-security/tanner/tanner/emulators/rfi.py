"""Storage of the files attackers tried to include remotely."""
import hashlib
import logging
import os
import re

logger = logging.getLogger(__name__)

MD5_RE = re.compile(r"^[a-f0-9]{32}$")


class RfiStore:
    def __init__(self, rfi_dir):
        self.rfi_dir = rfi_dir
        os.makedirs(self.rfi_dir, exist_ok=True)

    def save(self, content: bytes) -> str:
        name = hashlib.md5(content).hexdigest()
        with open(os.path.join(self.rfi_dir, name), "wb") as handle:
            handle.write(content)
        return name

    def read(self, name):
        # expect: path-traversal
        with open(os.path.join(self.rfi_dir, name), "rb") as handle:
            return handle.read()

    def read_by_hash(self, name):
        if not MD5_RE.match(name):
            return b""
        with open(os.path.join(self.rfi_dir, name), "rb") as handle:
            return handle.read()
