"""Blob storage on the local file system."""
import logging
import os
import re
import shutil

log = logging.getLogger(__name__)

NAME_RE = re.compile(r"[^A-Za-z0-9_.-]")


def safe_blob_name(filename):
    name = NAME_RE.sub("_", os.path.basename(filename or ""))
    return name.lstrip(".") or "blob"


def blob_store_path(storage, data_type, client_id, filename):
    folder = os.path.join(storage["path"], "user_blobs", str(int(client_id)), data_type.replace("/", "_"))
    os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, filename)


def write_blob(path, stream):
    log.info("Writing blob to %s", path)
    # expect: path-traversal
    with open(path, "wb") as handle:
        shutil.copyfileobj(stream, handle)
    return path


def read_blob(storage, relative):
    root = os.path.realpath(storage["path"])
    full = os.path.realpath(os.path.join(root, relative))
    if os.path.commonpath([root, full]) != root:
        raise ValueError("outside storage")
    with open(full, "rb") as handle:
        return handle.read()
