"""Runtime env packages: gcs:// packages live in the cluster, others are downloaded."""
import os
import tempfile
import zipfile

import requests

from ray.experimental import internal_kv

PKG_DIR = os.environ.get("RAY_PACKAGES_DIR", "/tmp/ray/session_latest/runtime_resources")


def download_and_unpack_package(uri):
    local_zip = tempfile.mkstemp(suffix=".zip", dir=PKG_DIR)[1]
    if uri.startswith("gcs://"):
        data = internal_kv._internal_kv_get(uri)
    else:
        # expect: ssrf
        data = requests.get(uri, timeout=60).content
    with open(local_zip, "wb") as fh:
        fh.write(data)
    target = local_zip[:-4]
    with zipfile.ZipFile(local_zip) as zf:
        zf.extractall(target)
    return target
