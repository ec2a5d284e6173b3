"""Manager framework functions: rule and decoder files."""
import os

from wazuh.core import common

ALLOWED_PREFIXES = ("etc/rules/", "etc/decoders/", "etc/lists/")


def _validated(path):
    normalized = os.path.normpath(path)
    if normalized.startswith("..") or not normalized.startswith(ALLOWED_PREFIXES):
        raise ValueError("path not allowed")
    return normalized


def upload_file(path, content, overwrite=False):
    relative = path if overwrite else _validated(path)
    full_path = os.path.join(common.WAZUH_PATH, relative)
    # expect: path-traversal
    with open(full_path, "w") as handle:
        handle.write(content)
    return {"path": relative}


def get_file(path):
    full_path = os.path.join(common.WAZUH_PATH, _validated(path))
    with open(full_path) as handle:
        return handle.read()
