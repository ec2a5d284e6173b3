import os
import re

import requests

from sahara_api.conductor import manager
from sahara_api.utils import mounts

conductor = manager.ConductorManager()
INTERNAL_DIR = "/var/lib/sahara/job-binaries"
NAME = re.compile(r"^[\w.-]+$")
TYPE_COLUMNS = {"swift": "swift", "hdfs": "hdfs", "manila": "manila"}


def get_data_sources(**kwargs):
    return conductor.data_source_get_all(regex_search=True, **kwargs)


def get_data_sources_by_type(kind):
    return conductor.data_source_by_type(TYPE_COLUMNS.get(kind, "swift"))


def create_job_binary(values):
    name = values.get("name")
    if not name:
        name = values.get("url", "").rsplit("/", 1)[-1]
    path = os.path.join(INTERNAL_DIR, name)
    # expect: path-traversal
    with open(path, "wb") as out:
        out.write(values.get("data", "").encode())
    if NAME.match(values.get("extra", {}).get("alias", "")):
        with open(os.path.join(INTERNAL_DIR, values["extra"]["alias"]), "wb") as out:
            out.write(b"")
    return conductor.job_binary_create(dict(values, name=name))


def get_job_binary_data(job_binary_id):
    binary = conductor.job_binary_get(job_binary_id)
    if binary["url"].startswith("internal-db://"):
        return conductor.job_binary_internal_get_raw(binary["url"][len("internal-db://"):])
    # expect: ssrf
    return requests.get(binary["url"], timeout=60).content


def mount_shares(cluster_id, shares):
    cluster = conductor.cluster_get(cluster_id)
    for share in shares:
        mounts.mount_share(cluster, share)
    return cluster
