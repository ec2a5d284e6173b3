"""S3 and filesystem helpers for the jobs Lambda."""
import os
import tempfile

import boto3

BUCKET = os.environ.get("JOBS_BUCKET", "jobs-artifacts")
s3 = boto3.client("s3")


def artifact_key(owner, name):
    return f"artifacts/{owner}/{name}"


def download_to_tmp(key):
    tmpdir = tempfile.mkdtemp(prefix="job-")
    local = os.path.join(tmpdir, "artifact.bin")
    s3.download_file(BUCKET, key, local)
    return local


def read_local(name):
    # expect: path-traversal
    with open(os.path.join("/tmp/jobs", name), "rb") as fh:
        return fh.read()
