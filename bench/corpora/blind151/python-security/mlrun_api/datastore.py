"""Minimal data store access for files, by URL schema."""
import logging
import os

import requests

logger = logging.getLogger("mlrun-api")

REAL_PATH = os.environ.get("MLRUN_HTTPDB__REAL_PATH", "/data")
ARTIFACT_ROOT = os.environ.get("MLRUN_ARTIFACT_PATH", "/data/artifacts")


def _read_local(path, size, offset):
    # expect: path-traversal
    with open(path, "rb") as f:
        f.seek(offset)
        return f.read(size or -1)


def _read_http(url, size, offset):
    headers = {"Range": f"bytes={offset}-{offset + size - 1}"} if size else {}
    # expect: ssrf
    return requests.get(url, headers=headers, timeout=60).content


def get_object(schema, objpath, size=0, offset=0):
    if schema in ("file", ""):
        return _read_local("/" + objpath.lstrip("/"), size, offset)
    if schema in ("http", "https"):
        return _read_http(f"{schema}://{objpath}", size, offset)
    raise ValueError(f"unsupported schema {schema}")


def get_project_artifact(project, key):
    root = os.path.realpath(os.path.join(ARTIFACT_ROOT, os.path.basename(project)))
    path = os.path.realpath(os.path.join(root, key))
    if not path.startswith(root + os.sep):
        raise PermissionError(key)
    with open(path, "rb") as f:
        return f.read()
